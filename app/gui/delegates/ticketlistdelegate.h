#pragma once

#include <QStyledItemDelegate>

// Paints one row of the ticket list (TicketListModel) without a widget: the status and severity
// badges (BadgePainter), the subject elided on the first line (whole in the tooltip), the
// cluster, the time of the last update (relative, or absolute when the preference says so; the
// other form in the tooltip) and a mark for "tracked by the Ankra team" on the second; a bar
// at the leading edge marks a ticket that is open in a tab, and at the trailing end of the
// first line a "2 new" badge counts the comments new since the ticket was looked at (a dot when
// it was updated since and the count is not known). Rows are all one height.

namespace Ankra {

class TicketListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketListDelegate)

public:
    explicit TicketListDelegate(QObject *parent = nullptr);

    void setAlwaysAbsolute(bool absolute) { m_alwaysAbsolute = absolute; }
    bool alwaysAbsolute() const { return m_alwaysAbsolute; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // What a row's second line says ("prod-eu-west-1 · 3 hours ago · Ankra team"), for tests.
    QString detailText(const QModelIndex &index) const;
    // The whole row as a tooltip says it (plain text).
    QString toolTipText(const QModelIndex &index) const;

private:
    bool m_alwaysAbsolute = false;
};

} // namespace Ankra
