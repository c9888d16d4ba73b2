// `ankra-ticket-viewer --screenshot FILE [TICKET]` end to end: the real binary, offscreen,
// against the demo server or the fake Ankra server; a PNG of the right size, or a non-zero
// exit with the message.

#include "core/apierror.h"
#include "support/appprocess.h"
#include "support/fakeankraserver.h"
#include "support/fixtures.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

class tst_Screenshot final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoWithoutToken();
    void sizeAndScheme_data();
    void sizeAndScheme();
    void realTicketFromServer();
    void startupTimelineOnRequest();
    void severalTicketsShowTheLast();
    void savedTabsWithoutTickets();
    void fetchErrorExitsNonZero();
    void invalidTicketExitsNonZero();
    void offlineSavedCopyIsPictured();
    void savedCopyConfirmedUnchangedIsPictured();

private:
    using Run = Ankra::Test::AppRun;
    Run run(const QStringList &arguments, const QProcessEnvironment &extra = {});
    QProcessEnvironment baseEnvironment() const;
    static qreal meanLightness(const QImage &image);
    static QString fixtureId(const QString &name);
    static QProcessEnvironment serverEnvironment(const FakeAnkraServer &server);

    QTemporaryDir m_dir;
};

void tst_Screenshot::initTestCase()
{
    // Every picture here is of a new user's window (demo data, no token): only where the
    // environment gives the app empty folders can the test be sure it is one.
    if (!Ankra::Test::childSharesNothingWithTheUser())
        QSKIP("the app would read this user's ~/.ankra.yaml, settings and keychain; set "
              "ANKRA_TEST_FRESH_USER=1 on an account without them (support/appprocess.h)");
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(ANKRA_APP_BINARY)));
}

QProcessEnvironment tst_Screenshot::baseEnvironment() const
{
    // A new user: no token anywhere, settings in a scratch directory.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"ANKRA_API_TOKEN", "ANKRA_BASE_URL", "ANKRA_ORG",
                             "ANKRA_ALLOW_INSECURE_HTTP", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s)); // its log file
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.path());
    return env;
}

tst_Screenshot::Run tst_Screenshot::run(const QStringList &arguments,
                                        const QProcessEnvironment &extra)
{
    QProcessEnvironment env = baseEnvironment();
    const QStringList keys = extra.keys();
    for (const QString &key : keys)
        env.insert(key, extra.value(key));
    return Ankra::Test::runApp(arguments, env);
}

qreal tst_Screenshot::meanLightness(const QImage &image)
{
    qreal sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7, ++n)
            sum += image.pixelColor(x, y).lightness();
    return n ? sum / n : 0;
}

void tst_Screenshot::demoWithoutToken()
{
    const QString file = m_dir.filePath(u"demo.png"_s);
    const Run result = run({u"--screenshot"_s, file});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 860));
    QVERIFY(QFileInfo(file).size() > 10000); // a real picture, not a blank
}

void tst_Screenshot::sizeAndScheme_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << u"light"_s << false;
    QTest::newRow("dark") << u"dark"_s << true;
}

void tst_Screenshot::sizeAndScheme()
{
    QFETCH(QString, scheme);
    QFETCH(bool, dark);
    const QString file = m_dir.filePath(scheme + u".png"_s);
    const Run result = run({u"--demo"_s, u"--screenshot"_s, file, u"--size"_s, u"900x640"_s,
                            u"--color-scheme"_s, scheme});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QImage image(file);
    QCOMPARE(image.size(), QSize(900, 640));
    const qreal lightness = meanLightness(image);
    QVERIFY2(dark ? lightness < 100 : lightness > 170, qPrintable(QString::number(lightness)));
}

void tst_Screenshot::realTicketFromServer()
{
    FakeAnkraServer server;
    QVERIFY(server.listen());
    server.loadFixtures();
    const QString id = QJsonDocument::fromJson(readFixture(u"typical.json"_s))
                           .object()
                           .value(u"id"_s)
                           .toString();
    QProcessEnvironment extra;
    extra.insert(u"ANKRA_API_TOKEN"_s, QString::fromLatin1(FakeAnkraServer::DefaultToken));
    extra.insert(u"ANKRA_BASE_URL"_s, server.baseUrl().toString());
    const QString file = m_dir.filePath(u"typical.png"_s);
    const Run result = run({u"--screenshot"_s, file, id}, extra);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QImage(file).size(), QSize(1280, 860));
    QCOMPARE(server.requestCount(id), 1);
}

// QT_LOGGING_RULES="ankra.startup.debug=true": one line per phase of the start, in the order
// a start passes them, each with the time since main(); nothing of it without the rule.
void tst_Screenshot::startupTimelineOnRequest()
{
    FakeAnkraServer server;
    QVERIFY(server.listen());
    server.loadFixtures();
    const QString id = fixtureId(u"typical.json"_s);
    QProcessEnvironment extra = serverEnvironment(server);
    extra.insert(u"QT_LOGGING_RULES"_s, u"ankra.startup.debug=true"_s);
    const QString file = m_dir.filePath(u"timeline.png"_s);
    const Run result = run({u"--screenshot"_s, file, id}, extra);
    QVERIFY2(result.exitCode == 0, result.err.constData());

    static const QRegularExpression line(u"^ankra\\.startup: (\\d+\\.\\d) ms (.+)$"_s,
                                         QRegularExpression::MultilineOption);
    QStringList phases;
    double last = 0;
    for (auto it = line.globalMatch(QString::fromUtf8(result.err)); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const double ms = match.captured(1).toDouble();
        QVERIFY2(ms >= last, qPrintable(match.captured(0)));
        last = ms;
        phases << match.captured(2);
    }
    const QStringList expected{
        u"application"_s,      u"window built"_s,     u"window shown"_s,   u"first ticket shown"_s,
        u"ticket list done"_s, u"picture rendered"_s, u"picture written"_s};
    QCOMPARE(phases, expected);
    QVERIFY(last > 0);

    extra.insert(u"QT_LOGGING_RULES"_s, QString()); // the category's default: off
    const Run plain = run({u"--screenshot"_s, file, id}, extra);
    QVERIFY2(plain.exitCode == 0, plain.err.constData());
    QVERIFY2(!plain.err.contains("ankra.startup"), plain.err.constData());
}

QString tst_Screenshot::fixtureId(const QString &name)
{
    return QJsonDocument::fromJson(readFixture(name)).object().value(u"id"_s).toString();
}

QProcessEnvironment tst_Screenshot::serverEnvironment(const FakeAnkraServer &server)
{
    QProcessEnvironment extra;
    extra.insert(u"ANKRA_API_TOKEN"_s, QString::fromLatin1(FakeAnkraServer::DefaultToken));
    extra.insert(u"ANKRA_BASE_URL"_s, server.baseUrl().toString());
    return extra;
}

// Several tickets: each opened in its tab (each fetched once), the picture taken once the last
// one is shown, even when it answers last.
void tst_Screenshot::severalTicketsShowTheLast()
{
    FakeAnkraServer server;
    QVERIFY(server.listen());
    server.loadFixtures();
    const QString first = fixtureId(u"minimal.json"_s);
    const QString last = fixtureId(u"typical.json"_s);
    server.setFault(Fault::SlowHeaders, last).delayMs = 300;
    const QString file = m_dir.filePath(u"several.png"_s);
    const Run result = run({u"--screenshot"_s, file, first, last}, serverEnvironment(server));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QImage(file).size(), QSize(1280, 860));
    QCOMPARE(server.requestCount(first), 1);
    QCOMPARE(server.requestCount(last), 1);
}

// No ticket on the command line: the saved tabs, as the next start would show them; only the
// current one is fetched. --demo leaves them alone.
void tst_Screenshot::savedTabsWithoutTickets()
{
    FakeAnkraServer server;
    QVERIFY(server.listen());
    server.loadFixtures();
    const QString other = fixtureId(u"minimal.json"_s);
    const QString current = fixtureId(u"typical.json"_s);
    const QString missing = u"11111111-2222-4333-8444-555555555555"_s;
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QString folder = data.filePath(u"Ankra/ankra-ticket-viewer"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile tabs(folder + u"/tabs.json"_s);
    QVERIFY(tabs.open(QIODevice::WriteOnly));
    tabs.write(QJsonDocument(QJsonObject{{u"tickets"_s, QJsonArray{other, current, missing}},
                                         {u"current"_s, 1}})
                   .toJson());
    tabs.close();

    QProcessEnvironment extra = serverEnvironment(server);
    extra.insert(u"XDG_DATA_HOME"_s, data.path());
    const QString file = m_dir.filePath(u"restored.png"_s);
    const Run result = run({u"--screenshot"_s, file}, extra);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QImage(file).size(), QSize(1280, 860));
    QCOMPARE(server.requestCount(current), 1);
    QCOMPARE(server.requestCount(other), 0);
    QCOMPARE(server.requestCount(missing), 0);

    const Run demo = run({u"--demo"_s, u"--screenshot"_s, file}, extra);
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    // The first run's ticket and its ticket list; the demo run asked this server for nothing.
    QCOMPARE(server.listTargets().size(), 1);
    QCOMPARE(server.requestCount(), 2);
}

void tst_Screenshot::fetchErrorExitsNonZero()
{
    FakeAnkraServer server;
    QVERIFY(server.listen());
    QProcessEnvironment extra;
    extra.insert(u"ANKRA_API_TOKEN"_s, QString::fromLatin1(FakeAnkraServer::DefaultToken));
    extra.insert(u"ANKRA_BASE_URL"_s, server.baseUrl().toString());
    const QString file = m_dir.filePath(u"missing.png"_s);
    const Run result
        = run({u"--screenshot"_s, file, u"11111111-2222-4333-8444-555555555555"_s}, extra);
    ApiError notFound;
    notFound.kind = ApiError::Kind::NotFound;
    QCOMPARE(result.exitCode, notFound.exitCode());
    QVERIFY2(result.err.contains(notFound.title().toUtf8()), result.err.constData());
    QVERIFY(!QFile::exists(file));
}

void tst_Screenshot::invalidTicketExitsNonZero()
{
    const QString file = m_dir.filePath(u"invalid.png"_s);
    const Run result = run({u"--demo"_s, u"--screenshot"_s, file, u"not-a-ticket"_s});
    QVERIFY(result.exitCode != 0);
    QVERIFY(!result.err.trimmed().isEmpty());
    QVERIFY(!QFile::exists(file));
}

// A ticket seen once, then the server gone: the picture is the saved copy under the offline
// banner and the exit code 0; --export never reads the copy and fails as before.
void tst_Screenshot::offlineSavedCopyIsPictured()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QString id = fixtureId(u"typical.json"_s);
    QProcessEnvironment extra;
    {
        FakeAnkraServer server;
        QVERIFY(server.listen());
        server.loadFixtures();
        extra = serverEnvironment(server);
        extra.insert(u"XDG_DATA_HOME"_s, data.path());
        const Run online = run({u"--screenshot"_s, m_dir.filePath(u"online.png"_s), id}, extra);
        QVERIFY2(online.exitCode == 0, online.err.constData());
    }
    const QString store = data.filePath(u"Ankra/ankra-ticket-viewer/store.sqlite"_s);
    QVERIFY(QFile::exists(store));
    QVERIFY(!QFile::exists(store + u".corrupt"_s));

    // Nothing listens at that address now.
    const QString file = m_dir.filePath(u"offline.png"_s);
    const Run offline = run({u"--screenshot"_s, file, id}, extra);
    QVERIFY2(offline.exitCode == 0, offline.err.constData());
    QCOMPARE(QImage(file).size(), QSize(1280, 860));

    ApiError refused;
    refused.kind = ApiError::Kind::ConnectionRefused;
    const Run exported = run({u"--export"_s, u"json"_s, id}, extra);
    QCOMPARE(exported.exitCode, refused.exitCode());
    QVERIFY(exported.out.isEmpty());
}

// The saved copy is on screen before the server answers, and the answer is the copy's bytes
// again: nothing is shown anew, yet the picture is taken (it hung before).
void tst_Screenshot::savedCopyConfirmedUnchangedIsPictured()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QString id = fixtureId(u"typical.json"_s);
    FakeAnkraServer server;
    QVERIFY(server.listen());
    server.loadFixtures();
    QProcessEnvironment extra = serverEnvironment(server);
    extra.insert(u"XDG_DATA_HOME"_s, data.path());
    const Run first = run({u"--screenshot"_s, m_dir.filePath(u"first.png"_s), id}, extra);
    QVERIFY2(first.exitCode == 0, first.err.constData());

    server.setFault(Fault::SlowHeaders, id).delayMs = 1000; // the copy is read first
    const QString file = m_dir.filePath(u"confirmed.png"_s);
    const Run second = run({u"--screenshot"_s, file, id}, extra);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(QImage(file).size(), QSize(1280, 860));
}

QTEST_GUILESS_MAIN(tst_Screenshot)
#include "tst_screenshot.moc"
