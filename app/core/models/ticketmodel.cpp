#include "core/models/ticketmodel.h"

#include "core/models/displaytext.h"
#include "core/roles.h"

namespace Ankra {
namespace {

QVariant optionalText(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// Display text for a cluster field: the server's text, or a dash when it sent null or "".
QString clusterText(const std::optional<QString> &value)
{
    return value && !value->isEmpty() ? *value : noValueText();
}

template<typename E>
QVariant enumRole(const EnumValue<E> &v, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return label(v);
    case Roles::RawValueRole:
        return static_cast<int>(v.value);
    case Roles::WireValueRole:
        return v.raw;
    case Roles::KnownValueRole:
        return v.isKnown();
    default:
        return {};
    }
}

} // namespace

TicketModel::TicketModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TicketModel::setTicket(const Ticket &ticket)
{
    if (m_hasTicket) {
        // Same single row: views and a QDataWidgetMapper keep their state and just repaint.
        m_ticket = ticket;
        emit dataChanged(index(0, 0), index(0, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_ticket = ticket;
    m_hasTicket = true;
    endInsertRows();
}

void TicketModel::clear()
{
    if (!m_hasTicket)
        return;
    beginRemoveRows({}, 0, 0);
    m_hasTicket = false;
    m_ticket = Ticket();
    endRemoveRows();
}

int TicketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_hasTicket ? 0 : 1;
}

int TicketModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || !m_hasTicket || index.row() != 0
        || index.column() < 0 || index.column() >= ColumnCount)
        return {};

    const Ticket &t = m_ticket;
    const auto column = static_cast<Column>(index.column());
    switch (column) {
    case Source:
        return enumRole(t.source, role);
    case Category:
        return enumRole(t.category, role);
    case Status:
        return enumRole(t.status, role);
    case Severity:
        return enumRole(t.severity, role);
    case AiReviewStatus:
        return enumRole(t.aiReviewStatus, role);
    default:
        break;
    }

    const bool text = role == Qt::DisplayRole || role == Qt::EditRole;
    if (!text && role != Roles::RawValueRole)
        return {};

    switch (column) {
    case Id:
        return t.id;
    case OrganisationId:
        return t.organisationId;
    case Subject:
        return t.subject;
    case Description:
        return t.description;
    case CreatedAt:
        return text ? QVariant(localIsoText(t.createdAt)) : QVariant(t.createdAt);
    case UpdatedAt:
        return text ? QVariant(localIsoText(t.updatedAt)) : QVariant(t.updatedAt);
    case ClusterId:
        return text ? QVariant(clusterText(t.clusterId)) : optionalText(t.clusterId);
    case ClusterName:
        return text ? QVariant(clusterText(t.clusterName)) : optionalText(t.clusterName);
    case AiSummary:
        // No dash here: the view shows its own "no summary yet" state for an empty text.
        return text ? QVariant(t.aiSummary.value_or(QString())) : optionalText(t.aiSummary);
    case IsTrackedByTeam:
        if (text)
            return t.isTrackedByTeam ? tr("Yes") : tr("No");
        return t.isTrackedByTeam;
    case CommentCount:
        return static_cast<int>(t.comments.size());
    case AttachmentCount:
        return static_cast<int>(t.attachments.size());
    case Source:
    case Category:
    case Status:
    case Severity:
    case AiReviewStatus:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TicketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (static_cast<Column>(section)) {
    case Id:
        return tr("Ticket ID");
    case OrganisationId:
        return tr("Organisation ID");
    case Subject:
        return tr("Subject");
    case Description:
        return tr("Description");
    case Source:
        return tr("Source");
    case Category:
        return tr("Category");
    case Status:
        return tr("Status");
    case Severity:
        return tr("Severity");
    case AiReviewStatus:
        return tr("AI review");
    case CreatedAt:
        return tr("Created");
    case UpdatedAt:
        return tr("Updated");
    case ClusterId:
        return tr("Cluster ID");
    case ClusterName:
        return tr("Cluster");
    case AiSummary:
        return tr("AI summary");
    case IsTrackedByTeam:
        return tr("Tracked by Ankra team");
    case CommentCount:
        return tr("Comments");
    case AttachmentCount:
        return tr("Attachments");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Ankra

// The meta-object code in this file, so that linking this model alone pulls in nothing else.
#include "moc_ticketmodel.cpp"
