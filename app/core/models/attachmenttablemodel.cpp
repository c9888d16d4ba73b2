#include "core/models/attachmenttablemodel.h"

#include "core/models/displaytext.h"
#include "core/models/listupdate.h"
#include "core/roles.h"

#include <QLocale>

namespace Ankra {
namespace {

bool sameAttachment(const Attachment &a, const Attachment &b)
{
    return a.id == b.id;
}

bool equalAttachment(const Attachment &a, const Attachment &b)
{
    return a.id == b.id && a.filename == b.filename && a.contentType == b.contentType
           && a.sizeBytes == b.sizeBytes && a.createdAt == b.createdAt;
}

} // namespace

AttachmentTableModel::AttachmentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AttachmentTableModel::setAttachments(const QList<Attachment> &attachments)
{
    // As for comments: a refresh that adds attachments only inserts their rows.
    const ListUpdate plan
        = planListUpdate(m_attachments, attachments, sameAttachment, equalAttachment);
    if (plan.reset) {
        beginResetModel();
        m_attachments = attachments;
        endResetModel();
        return;
    }
    if (plan.insertFirst >= 0) {
        beginInsertRows({}, static_cast<int>(plan.insertFirst), static_cast<int>(plan.insertLast));
        m_attachments = attachments;
        endInsertRows();
    } else if (plan.removeFirst >= 0) {
        beginRemoveRows({}, static_cast<int>(plan.removeFirst), static_cast<int>(plan.removeLast));
        m_attachments = attachments;
        endRemoveRows();
    } else {
        m_attachments = attachments;
    }
    if (plan.changedFirst >= 0) {
        emit dataChanged(index(static_cast<int>(plan.changedFirst), 0),
                         index(static_cast<int>(plan.changedLast), ColumnCount - 1));
    }
}

int AttachmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_attachments.size());
}

int AttachmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() < 0
        || index.row() >= m_attachments.size() || index.column() < 0
        || index.column() >= ColumnCount)
        return {};

    const Attachment &a = m_attachments.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Roles::ContentTypeRole)
        return a.contentType;

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Filename:
            return visibleText(a.filename);
        case Type:
            return a.contentType;
        case Size:
            return humanSize(a.sizeBytes);
        case Created:
            return localIsoText(a.createdAt);
        case ColumnCount:
            break;
        }
        break;
    case Roles::RawValueRole:
        switch (column) {
        case Filename:
            return a.filename;
        case Type:
            return a.contentType;
        case Size:
            return a.sizeBytes;
        case Created:
            return a.createdAt;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        // The exact count behind a rounded "1.4 MB".
        if (column == Size && a.sizeBytes >= 1000)
            return tr("%Ln byte(s)", nullptr, int(qMin<qint64>(a.sizeBytes, INT_MAX)));
        break;
    case Qt::TextAlignmentRole:
        // Sizes line up on their units, as in file managers.
        if (column == Size)
            return (Qt::AlignTrailing | Qt::AlignVCenter).toInt();
        break;
    default:
        break;
    }
    return {};
}

QVariant AttachmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (static_cast<Column>(section)) {
    case Filename:
        return tr("Name");
    case Type:
        return tr("Type");
    case Size:
        return tr("Size");
    case Created:
        return tr("Added");
    case ColumnCount:
        break;
    }
    return {};
}

QString AttachmentTableModel::humanSize(qint64 bytes)
{
    if (bytes < 0)
        return noValueText();
    // QLocale says "1 bytes"; below 1 kB the count is written out instead.
    if (bytes < 1000)
        return tr("%Ln byte(s)", nullptr, int(bytes));
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace Ankra

// The meta-object code in this file, so that linking this model alone pulls in nothing else.
#include "moc_attachmenttablemodel.cpp"
