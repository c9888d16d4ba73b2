#include "gui/attachmentproxymodel.h"

#include "core/models/attachmenttablemodel.h"
#include "core/roles.h"
#include "gui/icons.h"
#include "gui/timeformat.h"

#include <QDateTime>
#include <QLocale>

namespace Ankra {

AttachmentProxyModel::AttachmentProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Roles::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void AttachmentProxyModel::setAlwaysAbsolute(bool absolute)
{
    if (m_alwaysAbsolute == absolute)
        return;
    m_alwaysAbsolute = absolute;
    if (rowCount() > 0)
        emit dataChanged(index(0, AttachmentTableModel::Created),
                         index(rowCount() - 1, AttachmentTableModel::Created),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

QVariant AttachmentProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int column = index.column();
    if (column == AttachmentTableModel::Filename) {
        if (role == Qt::DecorationRole)
            return Icons::forContentType(index.data(Roles::ContentTypeRole).toString());
        if (role == Qt::ToolTipRole)
            return QSortFilterProxyModel::data(index, Qt::DisplayRole).toString().toHtmlEscaped();
    }
    if (column == AttachmentTableModel::Size && role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
    if (column == AttachmentTableModel::Size && role == Qt::ToolTipRole) {
        const qint64 bytes = index.data(Roles::RawValueRole).toLongLong();
        return tr("%1 bytes").arg(QLocale().toString(bytes));
    }
    if (column == AttachmentTableModel::Created) {
        const QDateTime when = index.data(Roles::RawValueRole).toDateTime();
        if (role == Qt::DisplayRole && when.isValid())
            return TimeFormat::shown(when, m_alwaysAbsolute);
        if (role == Qt::ToolTipRole && when.isValid())
            return TimeFormat::toolTip(when, m_alwaysAbsolute);
    }
    return QSortFilterProxyModel::data(index, role);
}

bool AttachmentProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(Roles::RawValueRole);
    const QVariant b = right.data(Roles::RawValueRole);
    // Strings go to the base class, which compares them locale-aware and case-insensitively.
    if (a.metaType() == b.metaType() && a.metaType().id() != QMetaType::QString) {
        const auto order = QVariant::compare(a, b);
        if (order != QPartialOrdering::Unordered && order != QPartialOrdering::Equivalent)
            return order == QPartialOrdering::Less;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Ankra
