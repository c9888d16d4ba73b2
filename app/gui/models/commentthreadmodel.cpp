#include "gui/models/commentthreadmodel.h"

#include "core/roles.h"
#include "core/ticket.h"
#include "gui/text/shortenedtext.h"
#include "gui/text/timeformat.h"

#include <QDateTime>

namespace Ankra {

CommentThreadModel::CommentThreadModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

void CommentThreadModel::setNewestFirst(bool newestFirst)
{
    if (m_newestFirst == newestFirst)
        return;
    m_newestFirst = newestFirst;
    sort(0, newestFirst ? Qt::DescendingOrder : Qt::AscendingOrder);
}

QVariant CommentThreadModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == SourceRowRole)
        return mapToSource(index).row();
    if (role == Qt::AccessibleTextRole) {
        const QString author = index.data(Roles::AuthorLabelRole).toString();
        const EnumValue<AuthorType> kind = authorTypeOf(index);
        const QDateTime when = index.data(Roles::CreatedAtRole).toDateTime();
        const QString who
            = kind.value == AuthorType::None ? author : tr("%1 (%2)").arg(author, label(kind));
        // What a screen reader is handed is bounded like what is painted (a comment of
        // megabytes would otherwise be copied whole at each query).
        QString body = index.data(Roles::BodyRole).toString();
        if (body.size() > ShortenedText::CommentLimit)
            body = ShortenedText::head(body, ShortenedText::CommentLimit) + u'…';
        const QString text = tr("%1, %2: %3").arg(who, TimeFormat::full(when), body);
        //: Read before a comment added since the agent last looked at the ticket
        return index.data(Roles::IsNewRole).toBool() ? tr("New: %1").arg(text) : text;
    }
    return QSortFilterProxyModel::data(index, role);
}

Qt::ItemFlags CommentThreadModel::flags(const QModelIndex &index) const
{
    // "Editable" only opens a read-only view for selecting text; nothing is ever written.
    if (!index.isValid())
        return QSortFilterProxyModel::flags(index);
    return QSortFilterProxyModel::flags(index) | Qt::ItemIsEditable;
}

EnumValue<AuthorType> CommentThreadModel::authorTypeOf(const QModelIndex &index)
{
    // WireValueRole keeps an unknown author_type verbatim; without it, the enum is enough.
    const QVariant wire = index.data(Roles::WireValueRole);
    if (wire.isValid())
        return authorTypeFromWire(wire.toString());
    return {static_cast<AuthorType>(index.data(Roles::AuthorTypeRole).toInt()), QString()};
}

bool CommentThreadModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QDateTime a = left.data(Roles::CreatedAtRole).toDateTime();
    const QDateTime b = right.data(Roles::CreatedAtRole).toDateTime();
    if (a != b)
        return a < b;
    return left.row() < right.row(); // same time: the server's order
}

} // namespace Ankra
