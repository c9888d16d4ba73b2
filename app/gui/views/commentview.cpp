#include "gui/views/commentview.h"

#include "core/roles.h"
#include "gui/delegates/commentdelegate.h"
#include "gui/models/commentthreadmodel.h"
#include "gui/style/theme.h"
#include "gui/text/timeformat.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ankra {

CommentView::CommentView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new CommentDelegate(this))
{
    setItemDelegate(m_delegate);
    connect(m_delegate, &CommentDelegate::linkActivated, this, &CommentView::linkActivated);
    setUniformItemSizes(false);
    // Thousands of comments: the delegate estimates the height of rows not yet shown, so one
    // layout pass is cheap. (Batched layout shows no row at all until its last batch is done.)
    // Scroll by pixel because rows are tall.
    setLayoutMode(QListView::SinglePass);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A scroll bar that comes and goes would change the width, and with it every height.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    // Heights depend on the width only, and resizeEvent() lays out again at once when it
    // changes. QListView's own rules (Adjust mode, or word wrap, which the delegate does not
    // need: it wraps bodies itself) wait 100 ms after every resize, the splitters' first
    // sizing included, and relayout on height-only changes too.
    setResizeMode(QListView::Fixed);
    setWordWrap(false);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setMouseTracking(true);
    setSpacing(0);
    verticalScrollBar()->setSingleStep(24);

    // Relative times ("5 minutes ago") age.
    auto *timer = new QTimer(this);
    timer->setInterval(60 * 1000);
    connect(timer, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    timer->start();
}

void CommentView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QListView::setModel(model);
    m_delegate->clearCache();
    if (!model)
        return;
    // Heights are cached by source row: a new thread invalidates them, a new order does not.
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_delegate->clearCache(); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { m_delegate->clearCache(); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { m_delegate->clearCache(); });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                // The new marks change no body (the heights stay), only the rule above the
                // first new comment: the rows are placed again.
                if (roles == QList<int>{Roles::IsNewRole}) {
                    scheduleDelayedItemsLayout();
                    viewport()->update();
                    return;
                }
                m_delegate->clearCache();
            });
}

void CommentView::setAlwaysAbsolute(bool absolute)
{
    m_delegate->setAlwaysAbsolute(absolute);
    viewport()->update();
}

QString CommentView::selectedText(bool withHeaders) const
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList{};
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList parts;
    for (const QModelIndex &index : std::as_const(rows)) {
        QString part;
        if (withHeaders) {
            part
                = tr("%1 — %2").arg(index.data(Roles::AuthorLabelRole).toString(),
                                    TimeFormat::full(index.data(Roles::CreatedAtRole).toDateTime()))
                  + u'\n';
        }
        part += index.data(Roles::BodyRole).toString();
        parts << part;
    }
    return parts.join(u"\n\n"_s);
}

QString CommentView::selectedMarkdown() const
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList{};
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList parts;
    for (const QModelIndex &index : std::as_const(rows)) {
        // The author is plain text inside Markdown: escape what would turn into formatting.
        QString author = index.data(Roles::AuthorLabelRole).toString();
        static const QString special = u"\\`*_{}[]<>()#+-.!|~"_s;
        QString escaped;
        for (QChar c : std::as_const(author)) {
            if (special.contains(c))
                escaped += u'\\';
            escaped += c;
        }
        parts << u"**%1** · %2\n\n%3"_s.arg(
            escaped, TimeFormat::full(index.data(Roles::CreatedAtRole).toDateTime()),
            index.data(Roles::BodyRole).toString());
    }
    return parts.join(u"\n\n---\n\n"_s);
}

void CommentView::setFindHighlights(const QHash<int, CommentHighlights> &highlights)
{
    if (highlights.isEmpty() && m_delegate->findHighlights().isEmpty())
        return;
    m_delegate->setFindHighlights(highlights);
    viewport()->update();
}

void CommentView::showSourceRowAtTop(int sourceRow)
{
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    if (!proxy || !proxy->sourceModel())
        return;
    const QModelIndex index = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0));
    if (!index.isValid())
        return;
    executeDelayedItemsLayout();
    setCurrentIndex(index);
    // Scrolling measures the rows that come into view, which can move this one: place it again.
    for (int pass = 0; pass < 3; ++pass) {
        scrollTo(index, QAbstractItemView::PositionAtTop);
        if (visualRect(index).top() == 0
            || verticalScrollBar()->value() == verticalScrollBar()->maximum())
            break;
    }
}

void CommentView::scrollToSourceRow(int sourceRow, const TextRange &range, bool inAuthor)
{
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    if (!proxy || !proxy->sourceModel())
        return;
    const QModelIndex index = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0));
    if (!index.isValid())
        return;
    // The row by its laid-out (maybe estimated) place; scrolling there measures the rows that
    // come into view (scrollContentsBy), which can move it: place it again, then the match.
    for (int pass = 0; pass < 3; ++pass) {
        const QRect row = visualRect(index);
        if (viewport()->rect().contains(row)
            || (row.top() >= 0 && row.top() < viewport()->height()
                && row.height() > viewport()->height()))
            break;
        scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    const QRect match = m_delegate->rangeRect(option, index, range, inAuthor);
    const QRect area = viewport()->rect();
    int delta = 0;
    if (match.bottom() > area.bottom())
        delta = match.bottom() - area.bottom() + area.height() / 3;
    else if (match.top() < area.top())
        delta = match.top() - area.top() - area.height() / 3;
    if (delta != 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + delta);
}

void CommentView::copySelection(bool withHeaders)
{
    const QString text = selectedText(withHeaders);
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

QString CommentView::anchorAt(const QPoint &pos) const
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return {};
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return m_delegate->anchorAt(option, index, pos);
}

void CommentView::activateLink(const QString &href)
{
    emit linkActivated(QUrl(href));
}

void CommentView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copySelection();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

QModelIndex CommentView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    // Page Up / Page Down: to the comment a page away, even when a comment is taller than the
    // page (QListView would stay on it).
    const QModelIndex current = currentIndex();
    if (!model() || !current.isValid() || (action != MovePageDown && action != MovePageUp))
        return QListView::moveCursor(action, modifiers);
    const QModelIndex next = QListView::moveCursor(action, modifiers);
    if (next.isValid() && next != current)
        return next;
    const int row
        = std::clamp(current.row() + (action == MovePageDown ? 1 : -1), 0, model()->rowCount() - 1);
    return model()->index(row, 0);
}

void CommentView::mousePressEvent(QMouseEvent *event)
{
    m_pressedAnchor
        = event->button() == Qt::LeftButton ? anchorAt(event->position().toPoint()) : QString();
    QListView::mousePressEvent(event);
}

void CommentView::mouseMoveEvent(QMouseEvent *event)
{
    const QString href = anchorAt(event->position().toPoint());
    viewport()->setCursor(href.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    QListView::mouseMoveEvent(event);
}

void CommentView::mouseReleaseEvent(QMouseEvent *event)
{
    const QString pressed = std::exchange(m_pressedAnchor, QString());
    QListView::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && !pressed.isEmpty()
        && anchorAt(event->position().toPoint()) == pressed)
        activateLink(pressed);
}

void CommentView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    if (!selectionModel()->isSelected(index))
        selectionModel()->select(index,
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    setCurrentIndex(index);

    QMenu menu(this);
    const QString href = anchorAt(event->pos());
    if (!href.isEmpty()) {
        const QUrl url(href);
        menu.addAction(tr("Open Link…"), this, [this, href] { activateLink(href); });
        menu.addAction(tr("Copy Link Address"), this, [url] {
            QGuiApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
        });
        menu.addSeparator();
    }
    const int count = int(selectionModel()->selectedRows().size());
    QAction *copy = menu.addAction(
        count > 1 ? tr("Copy Text of %Ln Comment(s)", nullptr, int(count)) : tr("Copy Text"), this,
        [this] { copySelection(false); });
    copy->setShortcut(QKeySequence::Copy);
    menu.addAction(tr("Copy with Author and Time"), this, [this] { copySelection(true); });
    menu.addAction(tr("Copy as Markdown"), this,
                   [this] { QGuiApplication::clipboard()->setText(selectedMarkdown()); });
    if (!m_copyLinkText.isEmpty()) {
        menu.addAction(tr("Copy Link"), this,
                       [this] { QGuiApplication::clipboard()->setText(m_copyLinkText); });
    }
    menu.addSeparator();
    menu.addAction(tr("Select Text…"), this, [this, index] { edit(index); });
    menu.exec(event->globalPos());
}

void CommentView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_delegate->clearCache();
        scheduleDelayedItemsLayout();
    }
    QListView::changeEvent(event);
}

void CommentView::doItemsLayout()
{
    if (m_inLayout) {
        QListView::doItemsLayout();
        return;
    }
    m_inLayout = true;
    QListView::doItemsLayout();
    // A row that shrank can pull more rows into view: measure until nothing in view changes.
    for (int pass = 0; pass < 4 && measureVisibleRows(); ++pass)
        QListView::doItemsLayout();
    m_inLayout = false;
}

bool CommentView::measureVisibleRows()
{
    QAbstractItemModel *m = model();
    if (!m || m->rowCount() == 0)
        return false;
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QRect area = viewport()->rect();
    QModelIndex index = indexAt(QPoint(area.center().x(), area.top()));
    if (!index.isValid())
        index = m->index(0, 0);
    bool changed = false;
    for (int row = index.row(); row < m->rowCount(); ++row) {
        index = m->index(row, 0);
        option.rect = visualRect(index);
        if (option.rect.top() > area.bottom())
            break;
        changed = m_delegate->measureRow(option, index) || changed;
    }
    return changed;
}

void CommentView::scrollContentsBy(int dx, int dy)
{
    QListView::scrollContentsBy(dx, dy);
    // Rows scrolled into view get their real height before they are painted; the rows above
    // keep theirs, so what is on screen does not move.
    if (dy != 0 && !m_inLayout && measureVisibleRows())
        doItemsLayout();
}

void CommentView::resizeEvent(QResizeEvent *event)
{
    const bool widthChanged = event->size().width() != event->oldSize().width();
    QListView::resizeEvent(event);
    if (widthChanged)
        scheduleDelayedItemsLayout();
}

void CommentView::paintEvent(QPaintEvent *event)
{
    if (model() && model()->rowCount() == 0) {
        QPainter painter(viewport());
        painter.setPen(Theme::mutedText(palette()));
        painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         tr("No comments yet."));
        return;
    }
    QListView::paintEvent(event);
}

} // namespace Ankra
