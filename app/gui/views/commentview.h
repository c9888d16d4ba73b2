#pragma once

#include "gui/delegates/commentdelegate.h"

#include <QListView>

// The comment thread: a QListView painted by CommentDelegate (which lays out only the rows it
// paints), with per-pixel scrolling. The rows that a layout or a scroll brings into view are
// measured before they are painted, so no frame shows an estimated height. Up / Down, PgUp /
// PgDn, Home / End move comment by comment (the current one is announced to screen readers by
// its accessible text). Ctrl+C copies the selected comments; the context menu copies them as
// text, as Markdown, or the ticket's link; a double-click (or F2) opens a selectable copy of a
// comment's text; a clicked link is emitted (linkActivated), never opened by the view.

namespace Ankra {

class CommentDelegate;

class CommentView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentView)

public:
    explicit CommentView(QWidget *parent = nullptr);

    CommentDelegate *commentDelegate() const { return m_delegate; }
    void setModel(QAbstractItemModel *model) override;
    void setAlwaysAbsolute(bool absolute);

    // The selected comments' text as copied by Ctrl+C (in view order); with author and time
    // when `withHeaders`.
    QString selectedText(bool withHeaders = false) const;
    void copySelection(bool withHeaders = false);
    // The selected comments as Markdown: "**author** · time", then the body as written.
    QString selectedMarkdown() const;
    // What Copy Link copies (the ticket's link or ID, set by the ticket view).
    void setCopyLinkText(const QString &text) { m_copyLinkText = text; }
    QString copyLinkText() const { return m_copyLinkText; }

    // Find matches to paint (CommentDelegate::setFindHighlights).
    void setFindHighlights(const QHash<int, CommentHighlights> &highlights);
    // Scrolls so that a range of the comment at `sourceRow` is in view; rows between are
    // placed by their estimated heights, not measured.
    void scrollToSourceRow(int sourceRow, const TextRange &range, bool inAuthor);
    // Scrolls the comment at `sourceRow` to the top of the view (the rule above it in sight)
    // and makes it current: Jump to First New.
    void showSourceRowAtTop(int sourceRow);
    // The link at a viewport position, or empty.
    QString anchorAt(const QPoint &pos) const;

    // Lays out the thread (estimates for rows never shown), measures the rows in view and
    // lays out again if one of them differed from its estimate.
    void doItemsLayout() override;

signals:
    // A link clicked in a comment or in its selectable copy; the view never opens one.
    void linkActivated(const QUrl &url);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void activateLink(const QString &href);
    // Measures the rows in the viewport; true if one of them was laid out with a wrong height.
    bool measureVisibleRows();

    CommentDelegate *m_delegate;
    QString m_pressedAnchor;
    QString m_copyLinkText;
    bool m_inLayout = false;
};

} // namespace Ankra
