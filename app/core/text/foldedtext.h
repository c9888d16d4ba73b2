#pragma once

#include <QList>
#include <QString>

// Text prepared for find-as-you-type: case-folded and with accents removed ("Résumé" reads as
// "resume"), with a map back to the original positions, so that a match found in the folded
// text is highlighted over exactly the characters the user sees. Folding is done once per
// text; each query is then a plain substring search over the folded copy.

namespace Ankra {

struct TextRange
{
    int start = 0;
    int length = 0;

    int end() const { return start + length; }
    friend bool operator==(const TextRange &a, const TextRange &b)
    {
        return a.start == b.start && a.length == b.length;
    }
};

class FoldedText final
{
public:
    FoldedText() = default;
    explicit FoldedText(const QString &text);

    // The folded form of a query, as matched against folded text.
    static QString fold(const QString &text);

    const QString &original() const { return m_original; }
    const QString &folded() const { return m_folded; }
    bool isEmpty() const { return m_original.isEmpty(); }

    // Every occurrence of `foldedQuery` (from fold()), as ranges of the original text, in order.
    // Matches do not overlap. An empty query matches nothing.
    QList<TextRange> find(const QString &foldedQuery) const;
    // Appends the same to `out`; returns how many were found.
    int findInto(const QString &foldedQuery, QList<TextRange> &out) const;

private:
    QString m_original;
    QString m_folded;
    // m_map[i] is the position in the original of folded character i; one more entry at the
    // end, for the end of the text.
    QList<int> m_map;
};

} // namespace Ankra
