#pragma once

#include <QListView>

// The comment thread: a QListView painted by CommentDelegate (which lays out only the rows it
// paints), with per-pixel scrolling. The rows that a layout or a scroll brings into view are
// measured before they are painted, so no frame shows an estimated height. Ctrl+C copies the
// selected comments; a double-click (or F2) opens a selectable copy of a comment's text; links
// open through Links::activate.

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
    // The link at a viewport position, or empty.
    QString anchorAt(const QPoint &pos) const;

    // Lays out the thread (estimates for rows never shown), measures the rows in view and
    // lays out again if one of them differed from its estimate.
    void doItemsLayout() override;

signals:
    void linkActivated(const QUrl &url);

protected:
    void keyPressEvent(QKeyEvent *event) override;
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
    bool m_inLayout = false;
};

} // namespace Ankra
