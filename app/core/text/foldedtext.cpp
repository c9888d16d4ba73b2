#include "core/text/foldedtext.h"

namespace Ankra {

namespace {

bool isCombiningMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
           || category == QChar::Mark_Enclosing;
}

// Appends the folded form of code point `c` (at `origin` in the original) to `out`.
void foldInto(char32_t c, int origin, QString &out, QList<int> *map)
{
    auto append = [&](char32_t folded) {
        if (QChar::requiresSurrogates(folded)) {
            out += QChar(QChar::highSurrogate(folded));
            out += QChar(QChar::lowSurrogate(folded));
            if (map)
                map->append({origin, origin});
        } else {
            out += QChar(char16_t(folded));
            if (map)
                map->append(origin);
        }
    };

    if (c < 0x80) { // the common case, without a decomposition lookup
        append(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        return;
    }
    if (isCombiningMark(c))
        return; // an accent written apart from its letter
    // Letters that carry their accent without a canonical decomposition.
    switch (c) {
    case U'ß':
        append(U's');
        append(U's');
        return;
    case U'æ':
    case U'Æ':
        append(U'a');
        append(U'e');
        return;
    case U'œ':
    case U'Œ':
        append(U'o');
        append(U'e');
        return;
    case U'ø':
    case U'Ø':
        append(U'o');
        return;
    case U'đ':
    case U'Đ':
        append(U'd');
        return;
    case U'ł':
    case U'Ł':
        append(U'l');
        return;
    case U'ı':
        append(U'i');
        return;
    default:
        break;
    }
    // Canonical decomposition (é = e + ◌́), keeping only the base letters, then case folding.
    const QString decomposed = QChar::decomposition(c);
    if (!decomposed.isEmpty() && QChar::decompositionTag(c) == QChar::Canonical) {
        for (char32_t part : QStringView(decomposed).toUcs4()) {
            if (!isCombiningMark(part))
                foldInto(part, origin, out, map);
        }
        return;
    }
    const QChar::Decomposition tag = QChar::decompositionTag(c);
    const bool readsTheSame
        = tag == QChar::Compat || tag == QChar::Wide || tag == QChar::Narrow || tag == QChar::Font;
    if (decomposed.isEmpty() || !readsTheSame) {
        append(QChar::toCaseFolded(c));
        return;
    }
    // Compatibility forms that read the same (fullwidth letters, ligatures such as ﬁ).
    for (char32_t part : QStringView(decomposed).toUcs4())
        foldInto(part, origin, out, map);
}

QString foldText(QStringView text, QList<int> *map)
{
    QString out;
    out.reserve(text.size());
    if (map)
        map->reserve(text.size() + 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int origin = int(i);
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size()
            && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            c = QChar::surrogateToUcs4(text.at(i).unicode(), text.at(i + 1).unicode());
            ++i;
        }
        foldInto(c, origin, out, map);
    }
    if (map)
        map->append(int(text.size()));
    return out;
}

} // namespace

FoldedText::FoldedText(const QString &text)
    : m_original(text)
{
    m_folded = foldText(text, &m_map);
}

QString FoldedText::fold(const QString &text)
{
    return foldText(text, nullptr);
}

QList<TextRange> FoldedText::find(const QString &foldedQuery) const
{
    QList<TextRange> out;
    findInto(foldedQuery, out);
    return out;
}

int FoldedText::findInto(const QString &foldedQuery, QList<TextRange> &out) const
{
    if (foldedQuery.isEmpty())
        return 0;
    int count = 0;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = m_folded.indexOf(foldedQuery, from, Qt::CaseSensitive);
        if (at < 0)
            break;
        const qsizetype last = at + foldedQuery.size(); // one past the match, folded
        const int start = m_map.at(at);
        // The end is where the next folded character starts in the original: a match ending in
        // a letter includes the accents written after it.
        // A match that ends inside one original character (the first "s" of "ß") takes all
        // of it.
        qsizetype next = last;
        while (next < m_folded.size() && m_map.at(next) == m_map.at(last - 1))
            ++next;
        const int end = m_map.at(next);
        out.append({start, end - start});
        ++count;
        from = last;
    }
    return count;
}

} // namespace Ankra
