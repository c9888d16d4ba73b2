// High contrast: with black-on-white and white-on-black palettes (as the desktops' high-contrast
// themes set them) badge text and body text keep a contrast of at least 4.5:1 (WCAG AA),
// measured from the painted pixels: the colour that fills the badge or the widget, against the
// text pixel that stands out most from it.

#include "core/apiclient.h"
#include "core/preferences.h"
#include "core/ticket.h"
#include "gui/delegates/badgepainter.h"
#include "gui/mainwindow.h"
#include "gui/style/appstyle.h"
#include "gui/style/theme.h"
#include "gui/views/commentview.h"
#include "gui/views/markdownview.h"
#include "gui/views/ticketview.h"
#include "support/fakeankraserver.h"
#include "support/fixtures.h"
#include "support/isolatedmain.h"

#include <QApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Ankra::Badge::Kind)

namespace {

enum class Scheme { HighContrastWhite, HighContrastBlack, Light, Dark };

QPalette highContrast(bool dark);

QPalette paletteFor(Scheme scheme)
{
    switch (scheme) {
    case Scheme::HighContrastWhite:
        return highContrast(false);
    case Scheme::HighContrastBlack:
        return highContrast(true);
    case Scheme::Light:
        return Theme::lightPalette();
    case Scheme::Dark:
        return Theme::darkPalette();
    }
    return {};
}

const char *schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::HighContrastWhite:
        return "high-contrast white";
    case Scheme::HighContrastBlack:
        return "high-contrast black";
    case Scheme::Light:
        return "light";
    case Scheme::Dark:
        return "dark";
    }
    return "";
}

QPalette highContrast(bool dark)
{
    const QColor fg = dark ? Qt::white : Qt::black;
    const QColor bg = dark ? Qt::black : Qt::white;
    QPalette p(fg, bg, bg, fg, fg, fg, bg, bg, bg);
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                      QPalette::ToolTipBase})
        p.setColor(role, bg);
    for (auto role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
        p.setColor(role, fg);
    // The colours of Windows' "High Contrast Black" / "High Contrast White".
    p.setColor(QPalette::Link, dark ? QColor(0xff, 0xff, 0x00) : QColor(0x00, 0x00, 0x9f));
    p.setColor(QPalette::Highlight, dark ? QColor(0x1a, 0xeb, 0xff) : QColor(0x37, 0x00, 0x6e));
    p.setColor(QPalette::HighlightedText, dark ? Qt::black : Qt::white);
    p.setColor(QPalette::PlaceholderText,
               dark ? QColor(0xc0, 0xc0, 0xc0) : QColor(0x40, 0x40, 0x40));
    return p;
}

struct Measured
{
    QColor background; // the colour covering most of the area
    QColor ink;        // the pixel that contrasts most with it
    qreal ratio = 1;
};

Measured measure(const QImage &image, const QRect &area)
{
    QHash<QRgb, int> counts;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000];
    Measured m;
    int best = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            m.background = QColor::fromRgb(it.key());
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const qreal ratio = Theme::contrastRatio(QColor::fromRgb(it.key()), m.background);
        if (ratio > m.ratio) {
            m.ratio = ratio;
            m.ink = QColor::fromRgb(it.key());
        }
    }
    return m;
}

QString report(const Measured &m)
{
    return u"%1 on %2: %3:1"_s.arg(m.ink.name(), m.background.name()).arg(m.ratio, 0, 'f', 2);
}

} // namespace

class TestHighContrast final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(new AppStyle(u"Fusion"_s));
    }

    void badgeText_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<Badge::Kind>("kind");
        QTest::addColumn<QString>("wire");
        using K = Badge::Kind;
        const QList<std::pair<K, QStringList>> values = {
            {K::Status,
             {u"pending_review"_s, u"open"_s, u"triaging"_s, u"in_progress"_s,
              u"waiting_customer"_s, u"resolved"_s, u"closed"_s, u"escalated"_s}},
            {K::Severity, {u"low"_s, u"medium"_s, u"high"_s, u"critical"_s, u"urgent"_s}},
            {K::AiReview, {u"pending"_s, u"passed"_s, u"flagged"_s, u"needs_human"_s}},
            {K::Category, {u"technical"_s, u"billing"_s, u"feature_request"_s, u"odd"_s}},
            {K::Source, {u"portal"_s, u"cli"_s, u"slack"_s}},
            {K::AuthorType, {u"customer"_s, u"team"_s, u"ai"_s, u"system"_s, u"partner"_s}},
        };
        // The app's own palettes too: what passes in high contrast must not break them.
        for (Scheme scheme :
             {Scheme::HighContrastWhite, Scheme::HighContrastBlack, Scheme::Light, Scheme::Dark}) {
            for (const auto &[kind, wires] : values) {
                for (const QString &wire : wires) {
                    const QString name = QString::fromLatin1(schemeName(scheme)) + u' ' + wire
                                         + u' ' + QString::number(int(kind));
                    QTest::newRow(qPrintable(name)) << int(scheme) << kind << wire;
                }
            }
        }
    }
    void badgeText()
    {
        QFETCH(int, scheme);
        QFETCH(Badge::Kind, kind);
        QFETCH(QString, wire);
        const QPalette palette = paletteFor(Scheme(scheme));
        const Badge badge = BadgePainter::fromWire(kind, wire);
        QVERIFY(!badge.isNull());
        QFont font = QApplication::font();
        font.setWeight(QFont::Bold);
        QImage image(260, 40, QImage::Format_RGB32);
        image.fill(palette.color(QPalette::Base));
        QPainter painter(&image);
        const QRect painted = BadgePainter::paint(&painter, image.rect(), badge, palette, font);
        painter.end();
        QVERIFY(!painted.isEmpty());
        // Inside the outline: the fill and the text only.
        const int inset = painted.height() / 2;
        const Measured m = measure(image, painted.adjusted(inset, 2, -inset, -2));
        QVERIFY2(m.ratio >= 4.5, qPrintable(badge.text + u": "_s + report(m)));
    }

    // The measure itself: grey on grey is found out.
    void lowContrastIsMeasuredAsLow()
    {
        QImage image(200, 40, QImage::Format_RGB32);
        image.fill(QColor(0x88, 0x88, 0x88));
        QPainter painter(&image);
        QFont font = QApplication::font();
        font.setWeight(QFont::Bold);
        painter.setFont(font);
        painter.setPen(QColor(0x6e, 0x6e, 0x6e));
        painter.drawText(image.rect(), Qt::AlignCenter, u"In progress"_s);
        painter.end();
        const Measured m = measure(image, image.rect());
        QCOMPARE(m.background, QColor(0x88, 0x88, 0x88));
        QVERIFY2(m.ratio > 1.3 && m.ratio < 1.6, qPrintable(report(m)));
    }

    void bodyText_data()
    {
        QTest::addColumn<int>("scheme");
        for (Scheme scheme :
             {Scheme::HighContrastWhite, Scheme::HighContrastBlack, Scheme::Light, Scheme::Dark})
            QTest::newRow(schemeName(scheme)) << int(scheme);
    }
    void bodyText()
    {
        QFETCH(int, scheme);
        QApplication::setPalette(paletteFor(Scheme(scheme)));
        QSettings().clear();
        FakeAnkraServer server;
        QVERIFY(server.listen());
        QVERIFY(server.loadFixtures() > 0);
        ApiClient client;
        client.setRetryDelays({});
        Preferences preferences;
        Config config;
        config.baseUrl = server.baseUrl();
        config.token = QString::fromLatin1(FakeAnkraServer::DefaultToken);
        config.tokenSource = TokenSource::Environment;
        MainWindow window(&client, &preferences, config);
        window.resize(1100, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(&window, &MainWindow::ticketShown);
        window.openTicket(QJsonDocument::fromJson(readFixture(u"typical.json"_s))
                              .object()
                              .value(u"id"_s)
                              .toString());
        QVERIFY(shown.count() > 0 || shown.wait(10000));
        QTest::qWait(50); // the thread lays out its first batch

        // The description and AI summary, the thread, and the subject: grabbed as painted.
        QList<QWidget *> bodies;
        const auto views = window.findChildren<MarkdownView *>();
        for (MarkdownView *view : views)
            bodies << view;
        bodies << window.findChild<CommentView *>();
        int measured = 0;
        for (QWidget *body : std::as_const(bodies)) {
            if (!body || !body->isVisible() || body->width() < 20 || body->height() < 10)
                continue;
            const QImage image = body->grab().toImage().convertToFormat(QImage::Format_RGB32);
            const Measured m = measure(image, image.rect());
            QVERIFY2(m.ratio >= 4.5, qPrintable(body->objectName() + u": "_s + report(m)));
            ++measured;
        }
        QVERIFY(measured >= 2);
        QApplication::setPalette(QPalette());
    }
};

ANKRA_ISOLATED_GUI_TEST_MAIN(TestHighContrast)

#include "tst_highcontrast.moc"
