#pragma once

#include "gui/find/findhighlight.h"

#include <QTextBrowser>

// A read-only view of server-written Markdown (description, AI summary): rendered by
// SafeMarkdown, selectable; a clicked link is never followed by the view, only emitted
// (linkActivated) for a LinkOpener to confirm and open. Optionally as tall as its content, for use
// inside a scroll area.

namespace Ankra {

class SafeTextDocument;

class MarkdownView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownView)

public:
    explicit MarkdownView(QWidget *parent = nullptr);

    void setMarkdownText(const QString &markdown);
    QString markdownText() const { return m_markdown; }

    // Render only when shown: text set while the view is hidden (the description of a page
    // that is not shown yet) is laid out once, at the width it is shown at, instead of at the
    // width a hidden view happens to have and again when it is shown. Off by default: callers
    // that read document() of a hidden view get what they set.
    void setRenderWhenShown(bool when);
    bool renderWhenShown() const { return m_renderWhenShown; }

    // Grow to show the whole document instead of scrolling (the parent scrolls).
    void setFitToContent(bool fit);
    bool fitToContent() const { return m_fitToContent; }

    SafeTextDocument *safeDocument() const { return m_document; }

    // The text as rendered (also before it is shown): what find searches, in document
    // positions.
    QString plainText() const;
    // Find matches, painted as extra selections over the document (its text is not touched).
    void setFindHighlights(const FindHighlights &highlights);
    const FindHighlights &findHighlights() const { return m_highlights; }
    // Where a range of plainText() is, in viewport coordinates (after it is shown).
    QRect rangeRect(const TextRange &range) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    QVariant loadResource(int type, const QUrl &name) override;

signals:
    // Every activated link, allowed or not; the view itself never opens one.
    void linkActivated(const QUrl &url);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rerender();
    void install();
    void connectDocument();
    void updateFit();
    void applyHighlights();

    FindHighlights m_highlights;
    SafeTextDocument *m_document;
    SafeTextDocument *m_pending = nullptr; // rendered, not shown yet
    QString m_markdown;
    bool m_fitToContent = false;
    bool m_renderWhenShown = false;
    int m_fitHeight = 0;
};

} // namespace Ankra
