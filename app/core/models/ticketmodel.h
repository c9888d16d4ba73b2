#pragma once

#include "core/ticket.h"

#include <QAbstractTableModel>

// One row, one column per ticket field: made for QDataWidgetMapper. DisplayRole and EditRole
// give the readable text ("In progress"; a dash for a null cluster); RawValueRole the value.
//
// Text: enum labels from Ankra::label() (an unknown value verbatim, a null severity "No
// severity"); times as ISO 8601 local time with offset; "Yes"/"No"; counts as int. The AI
// summary is "" when there is none, not a dash, so that the view can show its own empty state.
// RawValueRole: QString, QDateTime (UTC), bool, int (counts, and the enum value as int,
// Severity::None for a null severity); QVariant() for a null cluster or AI summary.
// Enum columns also answer WireValueRole (the server's string) and KnownValueRole.
// No rows until setTicket(); setTicket() on a shown ticket emits dataChanged over the row.

namespace Ankra {

class TicketModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketModel)

public:
    enum Column {
        Id,
        OrganisationId,
        Subject,
        Description,
        Source,
        Category,
        Status,
        Severity,
        AiReviewStatus,
        CreatedAt,
        UpdatedAt,
        ClusterId,
        ClusterName,
        AiSummary,
        IsTrackedByTeam,
        CommentCount,
        AttachmentCount,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit TicketModel(QObject *parent = nullptr);

    void setTicket(const Ticket &ticket);
    void clear();
    bool hasTicket() const { return m_hasTicket; }
    const Ticket &ticket() const { return m_ticket; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Ticket m_ticket;
    bool m_hasTicket = false;
};

} // namespace Ankra
