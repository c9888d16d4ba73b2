#pragma once

#include <QStyledItemDelegate>
#include <QTextLayout>

// Paints one hit of the saved-copies search (SavedSearchModel): the status badge (when the
// stored copy has one) and the subject on the first line, the snippet on the second — plain
// text, its words that match the query painted bold by ranges here, never by markup from the
// stored text — and when the stored ticket was last updated on the third.

namespace Ankra {

class SavedSearchDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedSearchDelegate)

public:
    explicit SavedSearchDelegate(QObject *parent = nullptr);

    void setAlwaysAbsolute(bool absolute) { m_alwaysAbsolute = absolute; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The ranges of `text` painted bold: each occurrence of a term (case-insensitive) at the
    // start of a word, as the search matched it (for tests).
    static QList<QTextLayout::FormatRange> matchRanges(const QString &text,
                                                       const QStringList &terms);
    // The third line ("Updated 3 hours ago"), empty when the copy does not say.
    QString detailText(const QModelIndex &index) const;

private:
    bool m_alwaysAbsolute = false;
};

} // namespace Ankra
