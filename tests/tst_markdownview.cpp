// Server-written Markdown is rendered without surprises: HTML stays literal, images are never
// loaded, every link says where it goes, and only http, https and mailto links are opened,
// after confirmation.

#include "core/localhttpserver.h"
#include "gui/style/theme.h"
#include "gui/text/links.h"
#include "gui/text/safemarkdown.h"
#include "gui/views/markdownview.h"
#include "support/scriptedlinkopener.h"

#include <QApplication>
#include <QDesktopServices>
#include <QHelpEvent>
#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFragment>
#include <QToolTip>

using namespace Ankra;
using namespace Qt::StringLiterals;

namespace {

struct Anchor
{
    QString href;
    QString text;
};

QList<Anchor> anchorsOf(const QTextDocument &doc)
{
    QList<Anchor> anchors;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().isAnchor() && !f.charFormat().anchorHref().isEmpty())
                anchors.append({f.charFormat().anchorHref(), f.text()});
        }
    }
    return anchors;
}

int imagesOf(const QTextDocument &doc)
{
    int images = 0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            images += it.fragment().charFormat().isImageFormat() ? 1 : 0;
    return images;
}

} // namespace

// Receives what QDesktopServices would hand to the browser.
class UrlSink final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened.append(url); }
};

class tst_MarkdownView final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void htmlStaysLiteral_data();
    void htmlStaysLiteral();
    void links_data();
    void links();
    void emptyLinkTargetIsPlainText();
    void imagesBecomeTextAndAreNeverLoaded();
    void loadResourceRefusesEverythingButQrc_data();
    void loadResourceRefusesEverythingButQrc();
    void allowList_data();
    void allowList();
    void displayTargetShowsPunycode();
    void viewNeverOpensALinkItself();
    void clickOpensOnlyAllowedLinksAfterConfirmation();
    void mailtoKeepsOnlySubjectAndBody_data();
    void mailtoKeepsOnlySubjectAndBody();
    void headingsStayModest();
    void codeSpansAndBlocksShareOneFont();
    void fitToContentGrows();
    void renderedAtTheViewsWidthInANewDocument();
    void renderWhenShownWaitsForTheShow();
    void paletteChangeKeepsText();
    void linkTooltipShowsTargetAsTyped_data();
    void linkTooltipShowsTargetAsTyped();

private:
    LocalHttpServer *m_sentinel = nullptr;
    UrlSink *m_sink = nullptr;
};

void tst_MarkdownView::init()
{
    m_sentinel = new LocalHttpServer(this);
    m_sentinel->setHandler([](const HttpRequest &, HttpResponder &r) { r.send(200, "GIF89a"); });
    QVERIFY(m_sentinel->listen());
    m_sink = new UrlSink;
    for (const char *scheme : {"http", "https", "mailto", "file", "javascript", "smb"})
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), m_sink, "open");
}

void tst_MarkdownView::cleanup()
{
    for (const char *scheme : {"http", "https", "mailto", "file", "javascript", "smb"})
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    delete m_sink;
    m_sink = nullptr;
    delete m_sentinel;
    m_sentinel = nullptr;
}

void tst_MarkdownView::htmlStaysLiteral_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("literal");
    QTest::newRow("bold") << u"<b>bold</b> text"_s << u"<b>bold</b>"_s;
    QTest::newRow("script") << u"<script>alert(1)</script>"_s << u"<script>alert(1)</script>"_s;
    QTest::newRow("img") << u"<img src=\"http://127.0.0.1:9/x.png\">"_s
                         << u"<img src=\"http://127.0.0.1:9/x.png\">"_s;
    QTest::newRow("a href") << u"<a href=\"javascript:alert(1)\">x</a>"_s
                            << u"<a href=\"javascript:alert(1)\">x</a>"_s;
    QTest::newRow("html block") << u"<details><summary>more</summary>hidden</details>"_s
                                << u"<details><summary>more</summary>hidden</details>"_s;
    QTest::newRow("in a fence") << u"```\n<i>fenced</i>\n```"_s << u"<i>fenced</i>"_s;
}

void tst_MarkdownView::htmlStaysLiteral()
{
    QFETCH(QString, markdown);
    QFETCH(QString, literal);
    SafeTextDocument doc;
    SafeMarkdown::render(&doc, markdown, Theme::lightPalette());
    QVERIFY2(doc.toPlainText().contains(literal), qPrintable(doc.toPlainText()));
    QVERIFY(anchorsOf(doc).isEmpty());
    QCOMPARE(imagesOf(doc), 0);
}

void tst_MarkdownView::links_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("href");  // the one anchor expected, empty for none
    QTest::addColumn<QString>("shown"); // text the reader sees

    QTest::newRow("https, target differs")
        << u"[the guide](https://docs.example.com/a)"_s << u"https://docs.example.com/a"_s
        << u"the guide (docs.example.com)"_s;
    QTest::newRow("looks like another url")
        << u"[https://bank.example](https://evil.example/x)"_s << u"https://evil.example/x"_s
        << u"https://bank.example (evil.example)"_s;
    QTest::newRow("autolink") << u"<https://example.com/p>"_s << u"https://example.com/p"_s
                              << u"https://example.com/p"_s;
    QTest::newRow("mailto") << u"[write](mailto:help@example.com)"_s << u"mailto:help@example.com"_s
                            << u"write (help@example.com)"_s;
    QTest::newRow("file") << u"[click](file:///etc/passwd)"_s << QString()
                          << u"click (link not opened: file:///etc/passwd)"_s;
    QTest::newRow("javascript") << u"[js](javascript:alert(1))"_s << QString()
                                << u"js (link not opened: javascript:alert(1))"_s;
    QTest::newRow("smb") << u"[share](smb://host/share)"_s << QString()
                         << u"share (link not opened: smb://host/share)"_s;
    QTest::newRow("relative") << u"[x](/etc/passwd)"_s << QString()
                              << u"x (link not opened: /etc/passwd)"_s;
    QTest::newRow("bold inside") << u"[**bold** link](https://example.com)"_s
                                 << u"https://example.com"_s << u"bold link (example.com)"_s;
}

void tst_MarkdownView::links()
{
    QFETCH(QString, markdown);
    QFETCH(QString, href);
    QFETCH(QString, shown);
    SafeTextDocument doc;
    SafeMarkdown::render(&doc, markdown, Theme::lightPalette());
    QCOMPARE(doc.toPlainText().trimmed(), shown);
    const QList<Anchor> anchors = anchorsOf(doc);
    QStringList hrefs;
    for (const Anchor &a : anchors)
        hrefs << a.href;
    hrefs.removeDuplicates();
    if (href.isEmpty())
        QVERIFY2(hrefs.isEmpty(), qPrintable(hrefs.join(u' ')));
    else
        QCOMPARE(hrefs, QStringList{href});
}

// Found by fuzz_markdown: `[click]()` stayed an anchor in the link colour, with no target and
// no note, looking like a link that went nowhere.
void tst_MarkdownView::emptyLinkTargetIsPlainText()
{
    SafeTextDocument doc;
    const QPalette palette = Theme::lightPalette();
    SafeMarkdown::render(&doc, u"[click]() and [x](<>) then [ok](https://example.com)"_s, palette);
    QCOMPARE(doc.toPlainText().trimmed(), u"click and x then ok (example.com)"_s);
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (it.fragment().text() == u"ok"_s) {
                QVERIFY(f.isAnchor());
                continue;
            }
            QVERIFY2(!f.isAnchor(), qPrintable(it.fragment().text()));
            QVERIFY2(!f.fontUnderline(), qPrintable(it.fragment().text()));
            QVERIFY(!f.hasProperty(QTextFormat::ForegroundBrush)
                    || f.foreground().color() != palette.color(QPalette::Link));
        }
    }
}

void tst_MarkdownView::imagesBecomeTextAndAreNeverLoaded()
{
    const QString base = m_sentinel->baseUrl().toString();
    const QString markdown = u"Before ![tracking pixel](%1/track.png) after\n\n"
                             "![](%1/empty-alt.png)\n\n"
                             "![local](file:///etc/hosts)\n\n"
                             "<img src=\"%1/html.png\">"_s.arg(base);
    MarkdownView view;
    view.resize(500, 300);
    view.setMarkdownText(markdown);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.grab(); // lays out and paints everything
    QCoreApplication::processEvents();

    const QTextDocument &doc = *view.document();
    QCOMPARE(imagesOf(doc), 0);
    const QString text = doc.toPlainText();
    QVERIFY2(text.contains(u"[Image: tracking pixel] (127.0.0.1)"_s), qPrintable(text));
    // Qt's Markdown reader drops an image without alt text altogether: nothing to load either.
    QVERIFY2(!text.contains(u"empty-alt"_s), qPrintable(text));
    QVERIFY2(text.contains(u"[Image: local] (image not loaded: file:///etc/hosts)"_s),
             qPrintable(text));
    QCOMPARE(m_sentinel->requestCount(), 0);
}

void tst_MarkdownView::loadResourceRefusesEverythingButQrc_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("loads");
    QTest::newRow("http") << u"SENTINEL/x.png"_s << false;
    QTest::newRow("file") << u"file:///etc/hosts"_s << false;
    QTest::newRow("unc") << u"file://server/share/x.png"_s << false;
    QTest::newRow("relative") << u"x.png"_s << false;
    QTest::newRow("qrc") << u"qrc:/icons/copy.svg"_s << true;
}

void tst_MarkdownView::loadResourceRefusesEverythingButQrc()
{
    QFETCH(QString, url);
    QFETCH(bool, loads);
    url.replace(u"SENTINEL"_s, m_sentinel->baseUrl().toString());
    MarkdownView view;
    const QVariant fromView = view.loadResource(QTextDocument::ImageResource, QUrl(url));
    const QVariant fromDocument
        = view.document()->resource(QTextDocument::ImageResource, QUrl(url));
    QCOMPARE(fromView.isValid(), loads);
    QCOMPARE(fromDocument.isValid(), loads);
    QCoreApplication::processEvents();
    QCOMPARE(m_sentinel->requestCount(), 0);
}

void tst_MarkdownView::allowList_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << u"https://example.com/a"_s << true;
    QTest::newRow("http") << u"http://example.com"_s << true;
    QTest::newRow("HTTPS upper") << u"HTTPS://example.com"_s << true;
    QTest::newRow("mailto") << u"mailto:a@example.com"_s << true;
    QTest::newRow("mailto empty") << u"mailto:"_s << false;
    QTest::newRow("https no host") << u"https:///path"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("unc") << u"file://server/share"_s << false;
    QTest::newRow("smb") << u"smb://server/share"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("data") << u"data:text/html,<b>x</b>"_s << false;
    QTest::newRow("ftp") << u"ftp://example.com"_s << false;
    QTest::newRow("custom handler") << u"slack://open"_s << false;
    QTest::newRow("relative") << u"/etc/passwd"_s << false;
}

void tst_MarkdownView::allowList()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(Links::isAllowed(QUrl(url)), allowed);
}

void tst_MarkdownView::mailtoKeepsOnlySubjectAndBody_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("opened");
    QTest::newRow("attach") << u"mailto:a@example.com?attach=/home/u/.ssh/id_rsa&subject=Hi"_s
                            << u"mailto:a@example.com?subject=Hi"_s;
    QTest::newRow("subject and body kept")
        << u"mailto:a@example.com?subject=Log%20in&body=Line%201"_s
        << u"mailto:a@example.com?subject=Log%20in&body=Line%201"_s;
    QTest::newRow("case of the name")
        << u"mailto:a@example.com?ATTACHMENT=~/x&Subject=S&cc=x@evil.example&bcc=y@evil.example"_s
        << u"mailto:a@example.com?subject=S"_s;
    QTest::newRow("encoded query in the address")
        << u"mailto:a@example.com%3Fattach=/etc/passwd"_s << u"mailto:a@example.com"_s;
    QTest::newRow("fragment") << u"mailto:a@example.com#x"_s << u"mailto:a@example.com"_s;
    QTest::newRow("plain") << u"mailto:a@example.com,b@example.com"_s
                           << u"mailto:a@example.com,b@example.com"_s;
}

// Issue 15 item 4: some mail clients attach the files an `attach=` field names. The link that
// is confirmed, shown and opened is the cleaned one.
void tst_MarkdownView::mailtoKeepsOnlySubjectAndBody()
{
    QFETCH(QString, link);
    QFETCH(QString, opened);
    ScriptedLinkOpener links;
    links.accept = true;
    QVERIFY(links.open(nullptr, QUrl(link)));
    QCOMPARE(links.confirmed.size(), 1);
    QCOMPARE(links.confirmed.constFirst().toString(QUrl::FullyEncoded), opened);
    QCOMPARE(m_sink->opened.size(), 1);
    QCOMPARE(m_sink->opened.constFirst().toString(QUrl::FullyEncoded), opened);
    QVERIFY(!Links::displayTarget(links.confirmed.constFirst()).contains(u"attach"_s));
}

// Issue 15 item 5: hovering a link shows its real target as these characters, even when they
// look like markup or entities.
void tst_MarkdownView::linkTooltipShowsTargetAsTyped_data()
{
    QTest::addColumn<QString>("link");
    QTest::newRow("entities") << u"https://example.com/R&D/%3Cb%3E?x=1&amp;y=2"_s;
    QTest::newRow("markup in mailto") << u"mailto:%3Cb%3Ebold%3C/b%3E@example.com"_s;
    QTest::newRow("markup in query") << u"https://example.com/?q=<b>bold</b>"_s;
}

void tst_MarkdownView::linkTooltipShowsTargetAsTyped()
{
    QFETCH(QString, link);
    MarkdownView view;
    view.resize(500, 200);
    view.setMarkdownText(u"[the R&D page](%1)"_s.arg(link));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString target = Links::displayTarget(QUrl(link));
    QSet<QString> seen;
    for (int y = 0; y < view.viewport()->height(); y += 3) {
        for (int x = 0; x < view.viewport()->width(); x += 3) {
            const QPoint pos = view.viewport()->mapTo(&view, QPoint(x, y));
            QHelpEvent help(QEvent::ToolTip, pos, view.mapToGlobal(pos));
            QApplication::sendEvent(&view, &help);
            if (QToolTip::isVisible()) {
                const QString tip = QToolTip::text();
                seen.insert(Qt::mightBeRichText(tip)
                                ? QTextDocumentFragment::fromHtml(tip).toPlainText()
                                : tip);
            }
            QToolTip::hideText();
        }
    }
    QCOMPARE(QStringList(seen.values()), QStringList{target});
}

void tst_MarkdownView::displayTargetShowsPunycode()
{
    // "bаnk" with a Cyrillic а looks like "bank".
    const QUrl url(u"https://b\u0430nk.example/login"_s);
    QVERIFY(Links::displayTarget(url).startsWith(u"https://xn--"_s));
    QVERIFY(Links::shortTarget(url).startsWith(u"xn--"_s));
    // Credentials that disguise the host stay visible; a password does not.
    const QUrl disguised(u"https://bank.example:secret@evil.example/"_s);
    QCOMPARE(Links::displayTarget(disguised), u"https://bank.example@evil.example/"_s);
    QCOMPARE(Links::shortTarget(QUrl(u"mailto:help@example.com"_s)), u"help@example.com"_s);
}

void tst_MarkdownView::viewNeverOpensALinkItself()
{
    MarkdownView view;
    view.setMarkdownText(u"[docs](https://example.com/guide)"_s);
    QSignalSpy activated(&view, &MarkdownView::linkActivated);
    emit view.anchorClicked(QUrl(u"https://example.com/guide"_s));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toUrl(), QUrl(u"https://example.com/guide"_s));
    QVERIFY(m_sink->opened.isEmpty());
    QVERIFY(!view.openLinks());
    QVERIFY(!view.openExternalLinks());
    QCOMPARE(view.source(), QUrl());
}

void tst_MarkdownView::clickOpensOnlyAllowedLinksAfterConfirmation()
{
    MarkdownView view;
    ScriptedLinkOpener links;
    connect(&view, &MarkdownView::linkActivated, &view,
            [&](const QUrl &url) { links.open(&view, url); });

    // Refused by the user: nothing opens.
    emit view.anchorClicked(QUrl(u"https://example.com/a"_s));
    QCOMPARE(links.confirmed, QList<QUrl>{QUrl(u"https://example.com/a"_s)});
    QVERIFY(m_sink->opened.isEmpty());

    // Confirmed: handed to the system once.
    links.accept = true;
    emit view.anchorClicked(QUrl(u"https://example.com/b"_s));
    QCOMPARE(m_sink->opened, QList<QUrl>{QUrl(u"https://example.com/b"_s)});

    // Not on the allow-list: never even asked about, never opened, and the user is told.
    links.confirmed.clear();
    m_sink->opened.clear();
    const QList<QUrl> bad{QUrl(u"file:///etc/passwd"_s), QUrl(u"javascript:alert(1)"_s),
                          QUrl(u"smb://server/share"_s)};
    for (const QUrl &url : bad)
        emit view.anchorClicked(url);
    QVERIFY(links.confirmed.isEmpty());
    QVERIFY(m_sink->opened.isEmpty());
    QCOMPARE(links.refusedLinks, bad);
}

void tst_MarkdownView::headingsStayModest()
{
    SafeTextDocument doc;
    doc.setDefaultFont(QFont());
    SafeMarkdown::render(&doc, u"# Heading\n\nbody"_s, Theme::lightPalette());
    const QTextBlock heading = doc.begin();
    QCOMPARE(heading.text(), u"Heading"_s);
    const QTextCharFormat format = heading.begin().fragment().charFormat();
    QVERIFY(format.property(QTextFormat::FontSizeAdjustment).toInt() <= 1);
}

void tst_MarkdownView::codeSpansAndBlocksShareOneFont()
{
    // One font request for all code, so one font engine (and one set of glyphs) for it.
    QTextDocument doc;
    SafeMarkdown::render(&doc, u"Run `kubectl get pods`:\n\n```\n$ kubectl get pods\n```\n"_s,
                         Theme::lightPalette());
    QList<QFont> codeFonts;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.text().contains(u"kubectl"_s))
                codeFonts.append(f.charFormat().font());
        }
    }
    QCOMPARE(codeFonts.size(), 2);
    QVERIFY(codeFonts.at(0).fixedPitch());
    QCOMPARE(codeFonts.at(0), codeFonts.at(1));
}

void tst_MarkdownView::fitToContentGrows()
{
    MarkdownView view;
    view.setFitToContent(true);
    view.resize(300, 50);
    view.setMarkdownText(u"one line"_s);
    const int oneLine = view.height();
    view.setMarkdownText(u"a\n\nb\n\nc\n\nd\n\ne\n\nf"_s);
    QVERIFY(view.height() > oneLine);
    QCOMPARE(view.verticalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
}

void tst_MarkdownView::renderedAtTheViewsWidthInANewDocument()
{
    MarkdownView view;
    view.resize(320, 200);
    view.document()->setDefaultFont(QFont(u"Monospace"_s, 11));
    view.setMarkdownText(u"first"_s);
    QPointer<QTextDocument> first = view.document();
    QCOMPARE(first.data(), static_cast<QTextDocument *>(view.safeDocument()));

    view.setMarkdownText(u"**second**, long enough to wrap at this width: "_s + QString(40, u'x'));
    // A new document, built before it was shown, so it was laid out once, at the view's width;
    // what the caller set on the old one (the comment editor's font) carried over.
    QVERIFY(first.isNull());
    QTextDocument *second = view.document();
    QCOMPARE(second, static_cast<QTextDocument *>(view.safeDocument()));
    QCOMPARE(second->textWidth(), qreal(view.viewport()->width()));
    QCOMPARE(second->defaultFont().family(), u"Monospace"_s);
    QVERIFY(second->toPlainText().startsWith(u"second, long enough"_s));
    QVERIFY(second->size().height() > QFontMetricsF(second->defaultFont()).lineSpacing() * 1.5);

    // Text selection and link handling still go to the view's own document.
    view.selectAll();
    QVERIFY(view.textCursor().document() == second);
    QVERIFY(view.textCursor().hasSelection());
}

void tst_MarkdownView::renderWhenShownWaitsForTheShow()
{
    QWidget page;
    page.resize(500, 300);
    auto *view = new MarkdownView(&page);
    view->setGeometry(10, 10, 400, 200);
    view->setRenderWhenShown(true);
    view->setMarkdownText(u"**before** the page is shown"_s);
    // Hidden: nothing laid out at a width the view does not have yet.
    QVERIFY(view->document()->isEmpty());
    QCOMPARE(view->markdownText(), u"**before** the page is shown"_s);

    page.show();
    QCOMPARE(view->document()->toPlainText(), u"before the page is shown"_s);
    QCOMPARE(view->document()->textWidth(), qreal(view->viewport()->width()));

    // Shown: at once, as without the option.
    view->setMarkdownText(u"after"_s);
    QCOMPARE(view->document()->toPlainText(), u"after"_s);

    // Hidden again, then the option turned off: the text is there at once.
    page.hide();
    view->setMarkdownText(u"while hidden"_s);
    QCOMPARE(view->document()->toPlainText(), u"after"_s);
    view->setRenderWhenShown(false);
    QCOMPARE(view->document()->toPlainText(), u"while hidden"_s);
}

void tst_MarkdownView::paletteChangeKeepsText()
{
    MarkdownView view;
    view.setMarkdownText(u"[a](https://example.com) and <b>b</b>"_s);
    const QString before = view.toPlainText();
    view.setPalette(Theme::darkPalette());
    QCOMPARE(view.toPlainText(), before);
    const QList<Anchor> anchors = anchorsOf(*view.document());
    QCOMPARE(anchors.size(), 1);
}

QTEST_MAIN(tst_MarkdownView)
#include "tst_markdownview.moc"
