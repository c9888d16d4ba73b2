#pragma once

#include "core/ticket.h"

#include <QSortFilterProxyModel>

// The comment thread in reading order: oldest first (by time, then the server's order) or
// newest first. Adds what the view needs on top of CommentListModel: the source row as a
// stable cache key, an accessible text per comment, and "editable" rows so that the view can
// open a read-only, selectable copy of a comment's body.

namespace Ankra {

class CommentThreadModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentThreadModel)

public:
    enum : int {
        SourceRowRole = Qt::UserRole + 200,
    };

    explicit CommentThreadModel(QObject *parent = nullptr);

    void setNewestFirst(bool newestFirst);
    bool newestFirst() const { return m_newestFirst; }

    // The author kind of a comment row (of this model or the source model).
    static EnumValue<AuthorType> authorTypeOf(const QModelIndex &index);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_newestFirst = false;
};

} // namespace Ankra
