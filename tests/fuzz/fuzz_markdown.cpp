// libFuzzer target: the safe Markdown renderer (issue 15 item 12). Any bytes, read as the UTF-8
// text of a description or a comment, go through SafeMarkdown::render into a SafeTextDocument
// and are laid out, as MarkdownView does. Whatever the input: the document asks for no
// resource, keeps no image, leaves no link clickable that the allow-list refuses, and carries
// no colour that raw HTML (<font>, style="") could have set.

#include "gui/style/theme.h"
#include "gui/text/links.h"
#include "gui/text/safemarkdown.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QPalette>
#include <QTextBlock>
#include <QTextFragment>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

QGuiApplication *g_app = nullptr;

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz_markdown: %s %s\n", what, qUtf8Printable(detail));
    std::abort();
}

void renderAndCheck(const QString &markdown)
{
    const QPalette palette = QGuiApplication::palette();
    const int requestsBefore = Ankra::SafeTextDocument::resourceRequests();

    Ankra::SafeTextDocument document;
    Ankra::SafeMarkdown::render(&document, markdown, palette);
    // Laid out at a view's width, as MarkdownView::install does: images would be loaded here.
    document.setTextWidth(480);
    (void)document.documentLayout()->documentSize();

    if (Ankra::SafeTextDocument::resourceRequests() != requestsBefore || document.refusedLoads())
        fail("the document asked for a resource");

    // The only colours the renderer sets: links, plain text, the muted notes.
    const QColor link = palette.color(QPalette::Link);
    const QColor text = palette.color(QPalette::Text);
    const QColor muted = Ankra::Theme::mutedText(palette);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat())
                fail("an image is left in the document:", format.toImageFormat().name());
            if (format.isAnchor() || !format.anchorHref().isEmpty()) {
                const QString href = format.anchorHref();
                if (!Ankra::Links::isAllowed(QUrl(href)))
                    fail("a link outside the allow-list is clickable:", href);
            }
            if (format.hasProperty(QTextFormat::ForegroundBrush)) {
                const QColor c = format.foreground().color();
                if (c != link && c != text && c != muted)
                    fail("a colour the renderer never sets:", c.name());
            }
        }
    }
}

} // namespace

// fontconfig's own caches, held until exit (system library, not this project's code).
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libfontconfig.so\n";
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    g_app = new QGuiApplication(*argc, *argv);
    // Font database, font engines and the Markdown parser set up once, not inside the first
    // input (else it shows as that input's leak).
    renderAndCheck(QStringLiteral("# h\n\n**b** *i* `c` [l](https://example.com)\n\n```\nx\n```\n"
                                  "\n| a |\n|---|\n| b |\n\n- [ ] t\n"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    renderAndCheck(
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    return 0;
}
