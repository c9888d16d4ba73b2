// One window per user, between real processes of the real executable: a second start hands its
// tickets to the running window and exits 0; junk on the socket changes nothing; a lock left by
// a killed process is taken over; two starts at once end with one window. What the running
// window does is seen from outside: it fetches the handed-over ticket from the fake server.

#include "core/singleinstance.h"
#include "support/appprocess.h"
#include "support/fakeankraserver.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using Ankra::SingleInstance;
using Ankra::Test::FakeAnkraServer;
using Ankra::Test::sampleTicketJson;

namespace {

const QStringList Ids = {
    u"11111111-1111-4111-8111-111111111111"_s, u"22222222-2222-4222-8222-222222222222"_s,
    u"33333333-3333-4333-8333-333333333333"_s, u"44444444-4444-4444-8444-444444444444"_s,
    u"55555555-5555-4555-8555-555555555555"_s,
};

constexpr int StartTimeoutMs = 30000;

} // namespace

class TestInstance final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The channel lives in XDG_RUNTIME_DIR, and each window saves its tabs in the data
        // folder: elsewhere the starts of this test would meet the real user's window and tabs.
        if (!Ankra::Test::appFoldersFollowEnvironment())
            QSKIP("the app's socket and saved tabs cannot be moved aside here "
                  "(support/appprocess.h)");
        QVERIFY(m_server.listen());
        for (const QString &id : Ids)
            m_server.addTicket(id, sampleTicketJson(id, u"Ticket "_s + id.left(1)));
    }
    void init()
    {
        m_server.clearRequests();
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        QVERIFY(QDir().mkdir(runtimeDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
    void cleanup()
    {
        for (const auto &process : m_processes) {
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(10000);
            }
        }
        m_processes.clear();
    }

    void secondStartHandsOverAndExits()
    {
        QProcess *first = startWindow({Ids[0]});
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(Ids[0]) > 0, StartTimeoutMs);

        // The folder and the socket are the user's alone.
        const QString folder = channelDir();
        const QFileInfo info(folder);
        QVERIFY(info.isDir());
        QCOMPARE(info.permissions() & others(), QFile::Permissions());
        QVERIFY(info.permissions().testFlag(QFile::ExeOwner));
#ifdef Q_OS_UNIX
        const QFileInfo socket(folder + u"/instance.socket"_s);
        QVERIFY(socket.exists());
        QCOMPARE(socket.permissions() & others(), QFile::Permissions());
#endif

        // An ID, and a link of the app's scheme: each one lands in the running window.
        Ankra::Test::AppRun second = run({Ids[1]});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.isEmpty(), second.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(Ids[1]) > 0, StartTimeoutMs);

        second = run({u"ankra-ticket://ticket/"_s + Ids[2].toUpper()});
        QCOMPARE(second.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(Ids[2]) > 0, StartTimeoutMs);

        // Several: all of them, the last one last.
        second = run({Ids[3], Ids[4]});
        QCOMPARE(second.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(Ids[4]) > 0, StartTimeoutMs);
        QVERIFY(m_server.requests().constLast().target.contains(Ids[4].toLatin1()));

        // No tickets: only "come to the front"; nothing is fetched.
        const int before = m_server.requestCount();
        second = run({});
        QCOMPARE(second.exitCode, 0);
        // What is not a ticket is said on the second start's terminal; the window is raised.
        second = run({u"not-a-ticket"_s});
        QCOMPARE(second.exitCode, 3);
        QVERIFY2(second.err.contains("No ticket ID found"), second.err.constData());
        QCOMPARE(first->state(), QProcess::Running);
        QCOMPARE(m_server.requestCount(), before);
        // --export never hands over: it fetches for itself and prints.
        second = run({u"--export"_s, u"json"_s, Ids[0]});
        QCOMPARE(second.exitCode, 0);
        QVERIFY(second.out.contains(Ids[0].toLatin1()));
        QCOMPARE(first->state(), QProcess::Running);
    }

    void junkOnTheSocketIsDropped()
    {
        QProcess *first = startWindow({Ids[0]});
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(Ids[0]) > 0, StartTimeoutMs);
        const QString socketName = channelDir() + u"/instance.socket"_s;

        const QByteArray oversized = SingleInstance::frame("{\"version\":1,\"tickets\":[\""
                                                           + QByteArray(70 * 1024, 'a') + "\"]}");
        const QList<QByteArray> junk = {
            QByteArray("\xde\xad\xbe\xef garbage", 13),
            QByteArray("\xff\xff\xff\xff", 4) + QByteArray(1000, 'x'),
            oversized,
            SingleInstance::frame("not json at all"),
            SingleInstance::frame("{\"version\":1,\"tickets\":[\"hello\",\"../../etc/passwd\","
                                  "\"https://evil.example/\"]}"),
            SingleInstance::frame("{\"version\":1,\"tickets\":[\"ankra-ticket://settings/"
                                  + Ids[1].toLatin1() + "\"]}"),
            QByteArray("\0\0\0\x40{\"vers", 10), // and then nothing: dropped after a while
        };
        for (const QByteArray &bytes : junk) {
            QLocalSocket socket;
            socket.connectToServer(socketName);
            QVERIFY(socket.waitForConnected(10000));
            socket.write(bytes);
            QVERIFY(socket.waitForBytesWritten(10000) || socket.bytesToWrite() == 0);
            // The window closes the connection, with at most a "refused".
            QVERIFY(socket.state() == QLocalSocket::UnconnectedState
                    || socket.waitForDisconnected(20000));
            const QByteArray answer = socket.readAll();
            QVERIFY2(!answer.endsWith("ok"), answer.constData());
        }
        QCOMPARE(first->state(), QProcess::Running);
        QCOMPARE(m_server.requestCount(Ids[1]), 0);

        // And it still takes tickets.
        const Ankra::Test::AppRun second = run({Ids[2]});
        QCOMPARE(second.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(Ids[2]) > 0, StartTimeoutMs);
        first->kill();
        first->waitForFinished(10000);
        const QByteArray log = first->readAllStandardError();
        QVERIFY2(log.contains("message dropped"), log.constData());
        QVERIFY2(log.contains("entry dropped"), log.constData());
        QVERIFY2(!log.contains("passwd"), log.constData()); // the junk itself is not logged
    }

    void staleLockOfAKilledProcessIsTakenOver()
    {
        QProcess *killed = startWindow({Ids[0]});
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(Ids[0]) > 0, StartTimeoutMs);
        killed->kill(); // SIGKILL: no clean-up at all
        QVERIFY(killed->waitForFinished(10000));
        QVERIFY(QFileInfo::exists(channelDir() + u"/instance.lock"_s));

        // The next start is the first again: it opens its window and stays.
        QProcess *next = startWindow({Ids[1]});
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(Ids[1]) > 0, StartTimeoutMs);
        QCOMPARE(next->state(), QProcess::Running);

        // And it is the one that later starts reach.
        const Ankra::Test::AppRun third = run({Ids[2]});
        QCOMPARE(third.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(Ids[2]) > 0, StartTimeoutMs);
        QCOMPARE(next->state(), QProcess::Running);
    }

    void twoStartsAtOnceEndWithOneWindow()
    {
        QProcess *a = startWindow({Ids[0]});
        QProcess *b = startWindow({Ids[1]});
        // One of them hands over and ends with 0; the other one keeps running and opens both.
        QTRY_VERIFY_WITH_TIMEOUT(a->state() == QProcess::NotRunning
                                     || b->state() == QProcess::NotRunning,
                                 StartTimeoutMs);
        QProcess *ended = a->state() == QProcess::NotRunning ? a : b;
        QProcess *window = ended == a ? b : a;
        QCOMPARE(ended->exitStatus(), QProcess::NormalExit);
        QCOMPARE(ended->exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(Ids[0]) > 0, StartTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(Ids[1]) > 0, StartTimeoutMs);
        QCOMPARE(window->state(), QProcess::Running);
        QVERIFY2(!window->readAllStandardError().contains("opening another"), "two windows");
    }

private:
    static QFile::Permissions others()
    {
        return QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
               | QFile::WriteOther | QFile::ExeOther;
    }
    QString runtimeDir() const
    {
        return m_home->filePath(u"runtime"_s);
    }
    QString channelDir() const
    {
        return runtimeDir() + u"/app.ankra.TicketViewer"_s;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QStringList keys = env.keys();
        for (const QString &key : keys) {
            if (key.startsWith(u"ANKRA_"_s))
                env.remove(key);
        }
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"XDG_ACTIVATION_TOKEN"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"ankra.instance=true"_s);
        env.insert(u"HOME"_s, m_home->path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_home->filePath(u"cache"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir());
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/ankra-test-no-bus"_s);
        env.insert(u"ANKRA_API_TOKEN"_s, QString::fromLatin1(FakeAnkraServer::DefaultToken));
        env.insert(u"ANKRA_BASE_URL"_s, m_server.baseUrl().toString());
        return env;
    }

    // A window that stays until the test ends (killed in cleanup()).
    QProcess *startWindow(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        process->setWorkingDirectory(m_home->path());
        process->start(QStringLiteral(ANKRA_APP_BINARY), arguments);
        m_processes.push_back(std::move(process));
        return m_processes.back().get();
    }

    Ankra::Test::AppRun run(const QStringList &arguments)
    {
        return Ankra::Test::runApp(arguments, environment(), m_home->path());
    }

    FakeAnkraServer m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

QTEST_GUILESS_MAIN(TestInstance)
#include "tst_instance.moc"
