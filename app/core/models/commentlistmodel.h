#pragma once

#include "core/ticket.h"

#include <QAbstractListModel>
#include <QSet>

// The comment thread, one row per comment in the server's order (oldest first).
// DisplayRole is the body; the author, kind and time come through Ankra::Roles:
// AuthorLabelRole, AuthorTypeRole (AuthorType as int), WireValueRole (author_type as sent),
// KnownValueRole, CreatedAtRole (QDateTime UTC), BodyRole, RawValueRole (the whole Comment).
// ToolTipRole is the absolute local time. setComments() emits precise row signals when the
// thread grew or shrank at the end or comments changed in place, and resets otherwise.

namespace Ankra {

class CommentListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentListModel)

public:
    explicit CommentListModel(QObject *parent = nullptr);

    void setComments(const QList<Comment> &comments);
    const QList<Comment> &comments() const { return m_comments; }
    // The comments marked new (Roles::IsNewRole), by ID; dataChanged for the rows that changed.
    void setNewCommentIds(const QSet<QString> &ids);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Comment> m_comments;
    QSet<QString> m_newIds;
};

} // namespace Ankra
