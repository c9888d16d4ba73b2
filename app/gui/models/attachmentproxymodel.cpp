#include "gui/models/attachmentproxymodel.h"

#include "core/models/attachmenttablemodel.h"
#include "core/roles.h"
#include "gui/find/findhighlight.h"
#include "gui/style/icons.h"
#include "gui/text/timeformat.h"
#include "gui/text/tooltips.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QHash>
#include <QTextDocument>

using namespace Qt::StringLiterals;

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
            return Icons::forContentType(
                QSortFilterProxyModel::data(index, Roles::ContentTypeRole).toString());
        if ((role == Qt::BackgroundRole || role == Qt::ForegroundRole) && !m_findRows.isEmpty()) {
            const int source = mapToSource(index).row();
            if (m_findRows.contains(source)) {
                const QTextCharFormat f
                    = FindHighlight::format(QGuiApplication::palette(), source == m_findCurrent);
                return role == Qt::BackgroundRole ? f.background() : f.foreground();
            }
        }
        if (role == Qt::ToolTipRole) // server text, shown as exactly these characters
            return ToolTips::fromPlainText(
                QSortFilterProxyModel::data(index, Qt::DisplayRole).toString());
    }
    if (column == AttachmentTableModel::Type) {
        const QString contentType
            = QSortFilterProxyModel::data(index, Roles::ContentTypeRole).toString();
        if (role == Qt::DisplayRole)
            return typeLabel(contentType);
        if (role == Qt::ToolTipRole)
            return ToolTips::fromPlainText(contentType);
    }
    if (column == AttachmentTableModel::Size
        && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const auto status = m_status.constFind(mapToSource(index).row());
        // The status in place of the size (which the tooltip keeps): a wider column would
        // squeeze the names in the narrow side pane.
        if (status != m_status.cend() && role == Qt::DisplayRole)
            return status->first;
        if (status != m_status.cend())
            return ToolTips::fromPlainText(
                QSortFilterProxyModel::data(index, Qt::DisplayRole).toString()
                + (status->second.isEmpty() ? QString() : u"\n"_s + status->second));
    }
    if (column == AttachmentTableModel::Created) {
        const QDateTime when = QSortFilterProxyModel::data(index, Roles::RawValueRole).toDateTime();
        if (role == Qt::DisplayRole && when.isValid())
            return TimeFormat::shown(when, m_alwaysAbsolute);
        if (role == Qt::ToolTipRole && when.isValid())
            return TimeFormat::toolTip(when, m_alwaysAbsolute);
    }
    return QSortFilterProxyModel::data(index, role);
}

void AttachmentProxyModel::clearRowStatuses()
{
    if (m_status.isEmpty())
        return;
    m_status.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, AttachmentTableModel::Size),
                         index(rowCount() - 1, AttachmentTableModel::Size),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

void AttachmentProxyModel::setRowStatus(int sourceRow, const QString &text, const QString &toolTip)
{
    if (text.isEmpty())
        m_status.remove(sourceRow);
    else
        m_status.insert(sourceRow, {text, toolTip});
    if (!sourceModel() || sourceRow < 0 || sourceRow >= sourceModel()->rowCount())
        return;
    const QModelIndex changed
        = mapFromSource(sourceModel()->index(sourceRow, AttachmentTableModel::Size));
    emit dataChanged(changed, changed, {Qt::DisplayRole, Qt::ToolTipRole});
}

QString AttachmentProxyModel::typeLabel(const QString &contentType)
{
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    const QString major = type.section(u'/', 0, 0);
    QString minor = type.section(u'/', 1);
    if (minor.startsWith(u"x-"))
        minor = minor.mid(2);
    if (minor.startsWith(u"vnd."))
        minor = minor.mid(4);
    if (minor.isEmpty())
        return contentType; // not a content type: show what the server sent
    static const QHash<QString, const char *> known{
        {QStringLiteral("text/plain"), QT_TR_NOOP("Text")},
        {QStringLiteral("text/csv"), QT_TR_NOOP("CSV")},
        {QStringLiteral("text/markdown"), QT_TR_NOOP("Markdown")},
        {QStringLiteral("text/html"), QT_TR_NOOP("HTML")},
        {QStringLiteral("application/pdf"), QT_TR_NOOP("PDF")},
        {QStringLiteral("application/json"), QT_TR_NOOP("JSON")},
        {QStringLiteral("application/yaml"), QT_TR_NOOP("YAML")},
        {QStringLiteral("application/x-yaml"), QT_TR_NOOP("YAML")},
        {QStringLiteral("text/yaml"), QT_TR_NOOP("YAML")},
        {QStringLiteral("application/xml"), QT_TR_NOOP("XML")},
        {QStringLiteral("text/xml"), QT_TR_NOOP("XML")},
        {QStringLiteral("application/zip"), QT_TR_NOOP("ZIP archive")},
        {QStringLiteral("application/gzip"), QT_TR_NOOP("Gzip archive")},
        {QStringLiteral("application/x-gzip"), QT_TR_NOOP("Gzip archive")},
        {QStringLiteral("application/x-tar"), QT_TR_NOOP("Tar archive")},
        {QStringLiteral("application/octet-stream"), QT_TR_NOOP("Binary")},
        {QStringLiteral("application/x-pem-file"), QT_TR_NOOP("PEM certificate")},
        {QStringLiteral("application/x-x509-ca-cert"), QT_TR_NOOP("Certificate")},
    };
    if (const auto it = known.constFind(type); it != known.constEnd())
        return tr(it.value());
    if (major == u"image")
        return tr("%1 image").arg(minor.section(u'+', 0, 0).toUpper());
    if (major == u"text")
        return tr("%1 text").arg(minor.section(u'+', 0, 0).toUpper());
    return minor.section(u'+', 0, 0).toUpper();
}

void AttachmentProxyModel::setFindMatches(const QSet<int> &sourceRows, int currentSourceRow)
{
    if (sourceRows == m_findRows && currentSourceRow == m_findCurrent)
        return;
    m_findRows = sourceRows;
    m_findCurrent = currentSourceRow;
    if (rowCount() > 0) {
        emit dataChanged(index(0, AttachmentTableModel::Filename),
                         index(rowCount() - 1, AttachmentTableModel::Filename),
                         {Qt::BackgroundRole, Qt::ForegroundRole});
    }
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
