#include "core/models/commentlistmodel.h"

#include "core/models/displaytext.h"
#include "core/models/listupdate.h"
#include "core/roles.h"

namespace Ankra {
namespace {

bool sameComment(const Comment &a, const Comment &b)
{
    return a.id == b.id;
}

bool equalComment(const Comment &a, const Comment &b)
{
    return a.id == b.id && a.authorLabel == b.authorLabel && a.authorType == b.authorType
           && a.body == b.body && a.createdAt == b.createdAt;
}

} // namespace

CommentListModel::CommentListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void CommentListModel::setComments(const QList<Comment> &comments)
{
    // A refresh usually brings the same thread plus new comments at the end: insert just those
    // rows so the view keeps its scroll position and selection. Any other change is a reset,
    // which costs O(1) here (the list is implicitly shared), so 5,000 comments stay cheap.
    const ListUpdate plan = planListUpdate(m_comments, comments, sameComment, equalComment);
    if (plan.reset) {
        beginResetModel();
        m_comments = comments;
        endResetModel();
        return;
    }
    if (plan.insertFirst >= 0) {
        beginInsertRows({}, static_cast<int>(plan.insertFirst), static_cast<int>(plan.insertLast));
        m_comments = comments;
        endInsertRows();
    } else if (plan.removeFirst >= 0) {
        beginRemoveRows({}, static_cast<int>(plan.removeFirst), static_cast<int>(plan.removeLast));
        m_comments = comments;
        endRemoveRows();
    } else {
        m_comments = comments;
    }
    if (plan.changedFirst >= 0)
        emit dataChanged(index(static_cast<int>(plan.changedFirst)),
                         index(static_cast<int>(plan.changedLast)));
}

void CommentListModel::setNewCommentIds(const QSet<QString> &ids)
{
    if (ids == m_newIds)
        return;
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_comments.size(); ++row) {
        const QString &id = m_comments.at(row).id;
        if (m_newIds.contains(id) != ids.contains(id)) {
            if (first < 0)
                first = row;
            last = row;
        }
    }
    m_newIds = ids;
    if (first >= 0)
        emit dataChanged(index(first), index(last), {Roles::IsNewRole});
}

int CommentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_comments.size());
}

QVariant CommentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.column() != 0 || index.row() < 0
        || index.row() >= m_comments.size())
        return {};

    const Comment &c = m_comments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Roles::BodyRole:
        return c.body;
    case Qt::ToolTipRole:
        return localIsoText(c.createdAt);
    case Roles::AuthorLabelRole:
        return c.authorLabel;
    case Roles::AuthorTypeRole:
        return static_cast<int>(c.authorType.value);
    case Roles::WireValueRole:
        return c.authorType.raw;
    case Roles::KnownValueRole:
        return c.authorType.isKnown();
    case Roles::CreatedAtRole:
        return c.createdAt;
    case Roles::RawValueRole:
        return QVariant::fromValue(c);
    case Roles::IsNewRole:
        return m_newIds.contains(c.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> CommentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(Roles::BodyRole, "body");
    names.insert(Roles::AuthorLabelRole, "authorLabel");
    names.insert(Roles::AuthorTypeRole, "authorType");
    names.insert(Roles::WireValueRole, "authorTypeWire");
    names.insert(Roles::KnownValueRole, "authorTypeKnown");
    names.insert(Roles::CreatedAtRole, "createdAt");
    names.insert(Roles::RawValueRole, "comment");
    names.insert(Roles::IsNewRole, "isNew");
    return names;
}

} // namespace Ankra

// The meta-object code in this file, so that linking this model alone pulls in nothing else.
#include "moc_commentlistmodel.cpp"
