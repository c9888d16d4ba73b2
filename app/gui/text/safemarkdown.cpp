#include "gui/text/safemarkdown.h"

#include "gui/style/theme.h"
#include "gui/text/links.h"

#include <QCoreApplication>
#include <QPalette>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFragment>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ankra {

SafeTextDocument::SafeTextDocument(QObject *parent)
    : QTextDocument(parent)
{}

namespace {
int g_resourceRequests = 0;
} // namespace

int SafeTextDocument::resourceRequests()
{
    return g_resourceRequests;
}

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    ++g_resourceRequests;
    if (SafeMarkdown::isLoadableResource(name))
        return QTextDocument::loadResource(type, name);
    ++m_refusedLoads;
    return {};
}

namespace SafeMarkdown {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ankra::SafeMarkdown", text);
}

// One link or image found in the document, to be rewritten.
struct Span
{
    int position = 0;
    int length = 0;
    bool image = false;
    QString target; // href or image source, as written
    QString text;   // the link's visible text, or the image's alt text
    QTextCharFormat format;
};

QList<Span> collectSpans(const QTextDocument *document)
{
    QList<Span> spans;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat()) {
                // One U+FFFC per image; a fragment may hold several identical images.
                const QTextImageFormat image = format.toImageFormat();
                for (int i = 0; i < fragment.length(); ++i) {
                    Span span;
                    span.position = fragment.position() + i;
                    span.length = 1;
                    span.image = true;
                    span.target = image.name();
                    span.text = image.property(QTextFormat::ImageAltText).toString();
                    span.format = format;
                    spans.append(span);
                }
            } else if (format.isAnchor() || !format.anchorHref().isEmpty()) {
                // Even `[text]()`: the importer styles it as a link, with no target.
                // A link with bold or code inside spans several fragments: join them.
                if (!spans.isEmpty() && !spans.constLast().image
                    && spans.constLast().target == format.anchorHref()
                    && spans.constLast().position + spans.constLast().length
                           == fragment.position()) {
                    spans.last().length += fragment.length();
                    spans.last().text += fragment.text();
                    continue;
                }
                Span span;
                span.position = fragment.position();
                span.length = fragment.length();
                span.target = format.anchorHref();
                span.text = fragment.text();
                span.format = format;
                spans.append(span);
            }
        }
    }
    return spans;
}

// Whether the visible text already says where the link goes (an autolink, or the address).
bool textShowsTarget(const QString &text, const QUrl &url)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    return t == url.toString() || t == url.toDisplayString() || t == Links::displayTarget(url)
           || (url.scheme() == u"mailto" && t == url.path());
}

void rewrite(QTextDocument *document, const Span &span, const QPalette &palette)
{
    const QUrl url(span.target);
    const bool allowed = Links::isAllowed(url);
    const QColor muted = Theme::mutedText(palette);

    QTextCursor cursor(document);
    cursor.setPosition(span.position);
    cursor.setPosition(span.position + span.length, QTextCursor::KeepAnchor);

    // The base look of the surrounding text, without any link or image attributes.
    QTextCharFormat plain = span.format.isImageFormat() ? QTextCharFormat() : span.format;
    if (span.format.isImageFormat())
        plain.setFont(document->defaultFont());
    plain.setAnchor(false);
    plain.setAnchorHref(QString());
    plain.setFontUnderline(false);
    plain.clearForeground();
    plain.setToolTip(QString());

    QTextCharFormat link = plain;
    if (allowed) {
        link.setAnchor(true);
        link.setAnchorHref(url.toString(QUrl::FullyEncoded));
        link.setForeground(palette.color(QPalette::Link));
        link.setFontUnderline(true);
        link.setToolTip(Links::displayTarget(url));
    }

    QTextCharFormat note = plain;
    note.setForeground(muted);
    note.setFontItalic(false);

    QString text = span.text;
    if (span.image) {
        text = span.text.trimmed().isEmpty() ? tr("[Image]")
                                             : tr("[Image: %1]").arg(span.text.trimmed());
        cursor.removeSelectedText();
        cursor.insertText(text, allowed ? link : plain);
    } else {
        // Merge rather than set: bold or code inside the link keeps its look.
        QTextCharFormat change;
        change.setAnchor(allowed);
        change.setAnchorHref(allowed ? link.anchorHref() : QString());
        change.setForeground(allowed ? palette.color(QPalette::Link)
                                     : palette.color(QPalette::Text));
        change.setFontUnderline(allowed);
        change.setToolTip(allowed ? link.toolTip() : QString());
        cursor.mergeCharFormat(change);
        cursor.clearSelection();
        cursor.setPosition(span.position + span.length);
    }

    if (!allowed && span.target.trimmed().isEmpty()) {
        // No target at all: nothing to warn about, the text is just text.
    } else if (!allowed) {
        const QString what = span.image ? tr("image not loaded") : tr("link not opened");
        cursor.insertText(u" "_s, plain);
        cursor.insertText(tr("(%1: %2)").arg(what, Links::displayTarget(url)), note);
    } else if (span.image || !textShowsTarget(span.text, url)) {
        cursor.insertText(u" "_s, plain);
        cursor.insertText(tr("(%1)").arg(Links::shortTarget(url)), note);
    }
}

} // namespace

bool isLoadableResource(const QUrl &url)
{
    return url.scheme() == u"qrc";
}

void render(QTextDocument *document, const QString &markdown, const QPalette &palette)
{
    document->setUndoRedoEnabled(false); // thousands of comments: no undo history to keep
    // NoHTML: the GitHub dialect would otherwise pass raw HTML through.
    document->setMarkdown(markdown,
                          QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                          | QTextDocument::MarkdownNoHTML));

    // Long tokens (URLs, hashes, log lines) wrap instead of running off the edge.
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);

    const QList<Span> spans = collectSpans(document);
    QTextCursor edit(document);
    edit.beginEditBlock();
    // Back to front, so that earlier positions stay valid.
    for (auto it = spans.crbegin(); it != spans.crend(); ++it)
        rewrite(document, *it, palette);

    // Headings inside a ticket are not page titles: bold, at most a little larger.
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level <= 0)
            continue;
        QTextCursor c(block);
        c.select(QTextCursor::BlockUnderCursor);
        QTextCharFormat heading;
        heading.setProperty(QTextFormat::FontSizeAdjustment, level == 1 ? 1 : 0);
        heading.setFontWeight(QFont::Bold);
        c.mergeCharFormat(heading);
    }

    // Code blocks: keep the monospace font but wrap long lines, and set them apart.
    const QColor codeBackground
        = Theme::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.07);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.hasProperty(QTextFormat::BlockCodeFence)
            || format.hasProperty(QTextFormat::BlockCodeLanguage) || format.nonBreakableLines()) {
            format.setNonBreakableLines(false);
            format.setBackground(codeBackground);
            QTextCursor c(block);
            c.setBlockFormat(format);
            // The importer asks for code spans with a fixed pitch and for code blocks
            // without: two requests, two font engines for the same monospace font.
            c.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
            QTextCharFormat fixed;
            fixed.setFontFixedPitch(true);
            c.mergeCharFormat(fixed);
        }
    }
    edit.endEditBlock();
}

} // namespace SafeMarkdown

} // namespace Ankra
