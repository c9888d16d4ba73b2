// End to end, with every debug log category on: the real executable loads a ticket in the
// window (rendered with --screenshot), exports it as JSON and Markdown, fails against a server
// that echoes the token back, and reads a token from ~/.ankra.yaml — and the token appears in no
// output and in no file the app wrote (settings, exports, the screenshot, caches).

#include "support/appprocess.h"
#include "support/fakeankraserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

const QString TicketId = u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"_s;
// Shaped like a real token, unique enough that any hit is a leak.
const QString Token = u"ankra_pat_7Qm2xV9kLr4TfZ8wNc3HsB6yJd1PgE5a"_s;

using Run = Ankra::Test::AppRun;

} // namespace

class TestTokenLeaks final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void windowLoadsTicket();
    void exportJsonAndMarkdown();
    void serverEchoingTheToken_data();
    void serverEchoingTheToken();
    void tokenFromCliConfig();
    void savedTokenWithDeadKeychain();

private:
    QProcessEnvironment environment() const;
    Run run(const QStringList &arguments, const QProcessEnvironment &env);
    void verifyClean(const Run &run);

    QTemporaryDir m_home;
    FakeAnkraServer m_server;
    // Another origin (another port) that answers and records every request's headers: where a
    // redirect would take the token if the client followed it.
    FakeAnkraServer m_sink;
    QByteArray m_allOutput; // everything every run printed, checked once more at the end
};

void TestTokenLeaks::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(ANKRA_APP_BINARY)));
    QVERIFY(m_server.listen());
    m_server.setExpectedToken(Token.toLatin1());
    m_server.addTicket(TicketId, sampleTicketJson(TicketId, u"Printer on fire"_s));
    QVERIFY(m_sink.listen());
    m_sink.setExpectedToken(QByteArray()); // answers with or without a token
    m_sink.addTicket(TicketId, sampleTicketJson(TicketId, u"Printer on fire"_s));
}

QProcessEnvironment TestTokenLeaks::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(u"ANKRA_"_s))
            env.remove(key);
    }
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, m_home.path());
    env.insert(u"TMPDIR"_s, m_home.path());
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/ankra-test-no-bus"_s);
    env.insert(u"ANKRA_API_TOKEN"_s, Token);
    env.insert(u"ANKRA_BASE_URL"_s, m_server.baseUrl().toString());
    return env;
}

Run TestTokenLeaks::run(const QStringList &arguments, const QProcessEnvironment &env)
{
    const Run result = Ankra::Test::runApp(arguments, env, m_home.path());
    m_allOutput += result.out + result.err;
    return result;
}

void TestTokenLeaks::verifyClean(const Run &result)
{
    const QByteArray token = Token.toLatin1();
    QVERIFY2(!result.out.contains(token), result.out.constData());
    QVERIFY2(!result.err.contains(token), result.err.constData());
    // Not even a recognisable part of it (a log line cut short, or a prefix of it).
    QVERIFY(!result.err.contains(token.mid(10, 20)));
}

void TestTokenLeaks::cleanupTestCase()
{
    // Every file the app wrote under its home, except the CLI's own config that holds a token.
    const QByteArray token = Token.toLatin1();
    const QString cliConfig = QDir(m_home.path()).filePath(u".ankra.yaml"_s);
    QStringList leaks;
    int files = 0;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == cliConfig)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(token) || bytes.contains(Token.toUtf8().toBase64()))
            leaks << path;
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
    QVERIFY(files >= 3); // screenshot, two exports, settings
    QVERIFY(!m_allOutput.contains(token));
}

void TestTokenLeaks::windowLoadsTicket()
{
    const QString png = m_home.filePath(u"window.png"_s);
    const Run result = run({u"--screenshot"_s, png, TicketId}, environment());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(QFile::exists(png));
    QCOMPARE(m_server.requests().constLast().headers.value("authorization"),
             "Bearer " + Token.toLatin1());
    // Debug logging really was on: Qt's own categories wrote to stderr.
    QVERIFY2(result.err.contains("qt."), result.err.left(500).constData());
    verifyClean(result);
}

void TestTokenLeaks::exportJsonAndMarkdown()
{
    const QString json = m_home.filePath(u"ticket.json"_s);
    Run result = run({u"--export"_s, u"json"_s, TicketId, u"-o"_s, json}, environment());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    verifyClean(result);
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QVERIFY(jsonFile.readAll().contains("Printer on fire"));

    result = run({u"--export"_s, u"markdown"_s, TicketId}, environment());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("Printer on fire"));
    verifyClean(result);
    QFile markdown(m_home.filePath(u"ticket.md"_s));
    QVERIFY(markdown.open(QIODevice::WriteOnly));
    markdown.write(result.out); // kept for the scan at the end, as a user's redirect would
}

void TestTokenLeaks::serverEchoingTheToken_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("500 with the token in detail") << int(Fault::Status);
    QTest::newRow("401") << int(Fault::Unauthorized);
    QTest::newRow("redirect elsewhere") << int(Fault::Redirect);
}

void TestTokenLeaks::serverEchoingTheToken()
{
    QFETCH(int, fault);
    FaultSpec &spec = m_server.setFault(Fault(fault), TicketId);
    spec.detail = "token " + Token.toLatin1() + " is not valid here";
    // A live sink, not a closed port: had the client followed the redirect, the sink would
    // have answered and recorded the headers it was sent.
    spec.location = m_sink.ticketUrl(TicketId);
    m_sink.clearRequests();
    const Run exported = run({u"--export"_s, u"json"_s, TicketId}, environment());
    QVERIFY(exported.exitCode > 1);
    QVERIFY(!exported.err.isEmpty()); // an error line was printed...
    verifyClean(exported);            // ...without the token

    const QString png = m_home.filePath(u"failed.png"_s);
    const Run window = run({u"--screenshot"_s, png, TicketId}, environment());
    // A 500 with the copy saved by the runs before: the picture is that copy, offline.
    if (Fault(fault) == Fault::Status)
        QVERIFY2(window.exitCode == 0, window.err.constData());
    else
        QVERIFY(window.exitCode > 1);
    verifyClean(window);
    m_server.clearFaults();
    for (const Ankra::HttpRequest &request : m_sink.requests()) {
        QVERIFY2(!request.headers.contains("authorization"), request.target.constData());
        for (const QByteArray &value : request.headers)
            QVERIFY2(!value.contains(Token.toLatin1()), value.constData());
    }
    if (Fault(fault) == Fault::Redirect)
        QCOMPARE(m_sink.requestCount(), 0); // not followed at all (same-origin policy)
}

void TestTokenLeaks::tokenFromCliConfig()
{
    QFile yaml(QDir(m_home.path()).filePath(u".ankra.yaml"_s));
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write("token: " + Token.toLatin1() + "\nbase-url: " + m_server.baseUrl().toEncoded()
               + "\n");
    yaml.close();
    // Readable by others: the app warns, and the warning must not quote the file's content.
    QVERIFY(yaml.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QProcessEnvironment env = environment();
    env.remove(u"ANKRA_API_TOKEN"_s);
    env.remove(u"ANKRA_BASE_URL"_s);
    const Run result = run({u"--export"_s, u"json"_s, TicketId}, env);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.err.contains("chmod 600"));
    verifyClean(result);
    QVERIFY(yaml.remove());
}

// A token was saved in the app once; this time no keychain answers. The app says so and uses
// the environment's token; the keychain's log lines carry no token either.
void TestTokenLeaks::savedTokenWithDeadKeychain()
{
    const QString settingsDir = m_home.filePath(u"config/Ankra"_s);
    QVERIFY(QDir().mkpath(settingsDir));
    QFile settings(settingsDir + u"/ankra-ticket-viewer.conf"_s);
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[connection]\ntokenInKeychain=true\n");
    settings.close();

    const Run result = run({u"--export"_s, u"json"_s, TicketId}, environment());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.contains("Keychain unavailable"), result.err.constData());
    QVERIFY2(result.err.contains("ankra.keychain"), result.err.constData());
    verifyClean(result);
}

QTEST_GUILESS_MAIN(TestTokenLeaks)
#include "tst_tokenleaks.moc"
