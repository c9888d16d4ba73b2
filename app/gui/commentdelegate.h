#pragma once

#include "gui/badgepainter.h"

#include <QCache>
#include <QHash>
#include <QStyledItemDelegate>

class QTextDocument;

// Paints one comment of the thread as a card: author-kind badge, author, relative and absolute
// time, and the body rendered by SafeMarkdown. No widget per comment: heights are measured
// once per row and width and cached, documents are kept only for recently painted rows, so a
// 5,000-comment thread stays smooth. An "editor" is a read-only MarkdownView over the body,
// for selecting part of the text.

namespace Ankra {

class CommentDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentDelegate)

public:
    explicit CommentDelegate(QObject *parent = nullptr);

    void setAlwaysAbsolute(bool absolute) { m_alwaysAbsolute = absolute; }
    bool alwaysAbsolute() const { return m_alwaysAbsolute; }

    // Forget measured heights and rendered bodies (new ticket, new palette or font).
    void clearCache();
    // How many rows have been measured since the last clearCache() (tests).
    int measuredRows() const { return int(m_heights.size()); }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The link under `pos` (view coordinates) in the comment painted with `option`, or empty.
    QString anchorAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                     const QPoint &pos) const;

    enum class Style { Customer, Team, Ai, System, Unknown };
    static Style styleFor(const QModelIndex &index);
    // The card's background for a comment style (tests check they differ).
    static QColor cardColor(Style style, const QPalette &palette);

private:
    struct Geometry
    {
        QRect card;
        QRect header;
        QRect badge;
        QRect author;
        QRect time;
        QRect body;
    };
    Geometry geometry(const QStyleOptionViewItem &option, const QModelIndex &index,
                      int bodyHeight) const;
    int headerHeight(const QFont &font) const;
    int bodyWidth(const QStyleOptionViewItem &option) const;
    QTextDocument *document(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QString timeText(const QModelIndex &index) const;
    QFont badgeFont(const QFont &base) const;
    QFont authorFont(const QFont &base) const;

    bool m_alwaysAbsolute = false;
    mutable QHash<int, int> m_heights; // source row -> body height at m_measuredWidth
    mutable int m_measuredWidth = -1;
    mutable QCache<int, QTextDocument> m_documents;
};

} // namespace Ankra
