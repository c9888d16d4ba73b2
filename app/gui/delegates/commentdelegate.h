#pragma once

#include "gui/delegates/badgepainter.h"
#include "gui/find/findhighlight.h"

#include <QCache>
#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

class QTextDocument;

// Paints one comment of the thread as a card: author-kind badge, author, relative and absolute
// time, and the body rendered by SafeMarkdown. No widget per comment, and only rows that are
// painted are laid out: a row never shown gets a cheap height estimate from its text; when it
// is first painted its real height is measured, cached per width, and the view re-laid out
// once if the estimate was off. Rendered bodies are kept for recently painted rows only. So a
// 5,000-comment thread opens at once and scrolls smoothly. An "editor" is a read-only
// MarkdownView over the body, for selecting part of the text.

namespace Ankra {

// Find matches in one comment: in its author label and in its rendered body.
struct CommentHighlights
{
    FindHighlights author;
    FindHighlights body;
};

class CommentDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentDelegate)

public:
    explicit CommentDelegate(QObject *parent = nullptr);

    // What a row lays out of a comment's body: all of it, or for a body of megabytes its head
    // and a note that says it was shortened (copies and exports keep all of it). Find searches
    // the same text.
    static QString shownBody(const QString &body);

    void setAlwaysAbsolute(bool absolute) { m_alwaysAbsolute = absolute; }
    bool alwaysAbsolute() const { return m_alwaysAbsolute; }

    // Find matches to paint, by source row (CommentThreadModel::SourceRowRole). Painted as
    // format ranges over the author and the body; the text and the heights do not change.
    void setFindHighlights(const QHash<int, CommentHighlights> &highlights)
    {
        m_highlights = highlights;
    }
    const QHash<int, CommentHighlights> &findHighlights() const { return m_highlights; }
    // Where a range of a comment's body (or author) is painted, in view coordinates.
    QRect rangeRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                    const TextRange &range, bool inAuthor) const;

    // Forget measured heights and rendered bodies (new ticket, new palette or font).
    void clearCache();
    // How many rows have been laid out for real since the last clearCache() (tests).
    int measuredRows() const { return int(m_heights.size()); }
    // The height estimate for a row's body before it is first painted.
    int estimatedBodyHeight(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // Measures a row about to be shown (CommentView does this for the rows scrolled into view,
    // so that no frame shows an estimate). True when the real height differs from the one the
    // view laid out: the caller lays out again.
    bool measureRow(const QStyleOptionViewItem &option, const QModelIndex &index) const;

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

    // The "New since you last looked" rule goes above this row: it is new (Roles::IsNewRole)
    // and the row above it in the view is not.
    static bool separatorAbove(const QModelIndex &index);

    enum class Style { Customer, Team, Ai, System, Unknown };
    static Style styleFor(const QModelIndex &index);
    // The card's background for a comment style (tests check they differ).
    static QColor cardColor(Style style, const QPalette &palette);

signals:
    // A link clicked in a comment's selectable copy (the editor).
    void linkActivated(const QUrl &url);

private:
    struct Geometry
    {
        QRect separator; // "New since you last looked", or empty
        QRect mark;      // the "New" badge, or empty
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
    int separatorHeight(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    int bodyWidth(const QStyleOptionViewItem &option) const;
    int bodyHeight(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // Stores a row's real height; true when it differs from the estimate it was laid out with.
    bool recordHeight(const QModelIndex &index, QTextDocument *document) const;
    // recordHeight() from paint(): a changed height lays the view out again, queued.
    void measure(const QModelIndex &index, QTextDocument *document) const;
    void checkWidth(const QStyleOptionViewItem &option) const;
    QTextDocument *document(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QString timeText(const QModelIndex &index) const;
    QFont badgeFont(const QFont &base) const;
    QFont authorFont(const QFont &base) const;

    struct FontMetrics
    {
        QFont font;
        int headerHeight = 0;
        int averageCharWidth = 1;
        int lineSpacing = 0;
        bool valid = false;
    };
    const FontMetrics &fontMetrics(const QFont &font) const;

    void paintAuthor(QPainter *painter, const QRect &rect, const QString &text, const QFont &font,
                     const QPalette &palette, Qt::LayoutDirection direction,
                     const FindHighlights &highlights) const;

    QHash<int, CommentHighlights> m_highlights;
    bool m_alwaysAbsolute = false;
    mutable QHash<int, int> m_heights;   // source row -> measured body height at m_measuredWidth
    mutable QHash<int, int> m_estimates; // source row -> estimated body height
    mutable int m_measuredWidth = -1;
    mutable bool m_relayoutPending = false;
    mutable QCache<int, QTextDocument> m_documents;
    mutable FontMetrics m_fontMetrics;
};

} // namespace Ankra
