#include "gui/views/markdownview.h"

#include "gui/text/links.h"
#include "gui/text/safemarkdown.h"
#include "gui/text/tooltips.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QHelpEvent>
#include <QScrollBar>
#include <QToolTip>

#include <cmath>
#include <utility>

namespace Ankra {

MarkdownView::MarkdownView(QWidget *parent)
    : QTextBrowser(parent)
    , m_document(new SafeTextDocument(this))
{
    setDocument(m_document);
    connectDocument();
    // Never follow a link by itself: anchorClicked goes through the allow-list.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    setTabChangesFocus(true);
    connect(this, &QTextBrowser::anchorClicked, this, &MarkdownView::linkActivated);
}

void MarkdownView::connectDocument()
{
    connect(m_document->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            [this] { updateFit(); });
}

void MarkdownView::setMarkdownText(const QString &markdown)
{
    m_markdown = markdown;
    rerender();
}

void MarkdownView::rerender()
{
    // Built in a new document that has no layout yet, then shown: the text is laid out once,
    // at the view's width. Built in place, every step of the build (the import, each rewritten
    // link, each code block) would lay the document out again, at first without a width.
    auto *document = new SafeTextDocument(this);
    document->setDefaultFont(m_document->defaultFont());
    document->setDocumentMargin(m_document->documentMargin());
    document->setDefaultStyleSheet(m_document->defaultStyleSheet());
    SafeMarkdown::render(document, m_markdown, palette());
    delete m_pending;
    m_pending = document;
    if (!m_renderWhenShown || isVisible())
        install();
}

void MarkdownView::install()
{
    SafeTextDocument *document = std::exchange(m_pending, nullptr);
    if (!document)
        return;
    document->setTextWidth(viewport()->width());
    // Extra selections hold cursors into the old document: gone before it is.
    if (!extraSelections().isEmpty())
        setExtraSelections({});
    SafeTextDocument *old = m_document;
    m_document = document;
    setDocument(document);
    delete old;
    connectDocument();
    updateFit();
    applyHighlights();
}

QString MarkdownView::plainText() const
{
    return (m_pending ? m_pending : m_document)->toPlainText();
}

void MarkdownView::setFindHighlights(const FindHighlights &highlights)
{
    if (highlights.isEmpty() && m_highlights.isEmpty())
        return;
    m_highlights = highlights;
    applyHighlights();
}

void MarkdownView::applyHighlights()
{
    if (m_highlights.isEmpty() && extraSelections().isEmpty())
        return; // the common case: no find on this page
    QList<QTextEdit::ExtraSelection> selections;
    const int end = m_document->characterCount() - 1;
    for (int i = 0; i < m_highlights.ranges.size(); ++i) {
        const TextRange &range = m_highlights.ranges.at(i);
        if (range.end() > end)
            break; // highlights for a document not installed yet: applied by install()
        QTextCursor cursor(m_document);
        cursor.setPosition(range.start);
        cursor.setPosition(range.end(), QTextCursor::KeepAnchor);
        selections.append({cursor, FindHighlight::format(palette(), i == m_highlights.current)});
    }
    setExtraSelections(selections);
}

QRect MarkdownView::rangeRect(const TextRange &range) const
{
    QTextCursor cursor(m_document);
    cursor.setPosition(std::min(range.start, m_document->characterCount() - 1));
    const QRect start = cursorRect(cursor);
    cursor.setPosition(std::min(range.end(), m_document->characterCount() - 1));
    return start.united(cursorRect(cursor));
}

void MarkdownView::setRenderWhenShown(bool when)
{
    m_renderWhenShown = when;
    if (!when || isVisible())
        install();
}

void MarkdownView::setFitToContent(bool fit)
{
    m_fitToContent = fit;
    setVerticalScrollBarPolicy(fit ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, fit ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    updateFit();
}

void MarkdownView::updateFit()
{
    if (!m_fitToContent)
        return;
    const int frame = 2 * frameWidth() + contentsMargins().top() + contentsMargins().bottom();
    const int height = int(std::ceil(m_document->size().height())) + frame;
    if (height != m_fitHeight) {
        m_fitHeight = height;
        setFixedHeight(height);
        updateGeometry();
    }
}

QSize MarkdownView::sizeHint() const
{
    if (m_fitToContent)
        return {QTextBrowser::sizeHint().width(), m_fitHeight};
    return QTextBrowser::sizeHint();
}

QSize MarkdownView::minimumSizeHint() const
{
    if (m_fitToContent)
        return {50, m_fitHeight};
    return QTextBrowser::minimumSizeHint();
}

QVariant MarkdownView::loadResource(int type, const QUrl &name)
{
    // The document refuses remote resources too; this covers anything QTextBrowser itself asks.
    if (!SafeMarkdown::isLoadableResource(name))
        return {};
    return QTextBrowser::loadResource(type, name);
}

bool MarkdownView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint viewportPos = viewport()->mapFrom(this, help->pos());
        const QString href = anchorAt(viewportPos);
        if (!href.isEmpty()) {
            ToolTips::show(help->globalPos(), Links::displayTarget(QUrl(href)), this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QTextBrowser::event(event);
}

void MarkdownView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // Link colours are baked into the document; render again for the new palette.
    if (event->type() == QEvent::PaletteChange && !m_markdown.isEmpty())
        rerender();
}

void MarkdownView::showEvent(QShowEvent *event)
{
    install(); // the width is the one it is shown at now
    QTextBrowser::showEvent(event);
}

void MarkdownView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateFit();
}

} // namespace Ankra
