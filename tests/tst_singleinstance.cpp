// The single-instance channel in one process: who is first, what a second start hands over,
// and what the receiver does with junk. A second start blocks, so it runs on a thread of its
// own while the first one's event loop turns here. (Two real processes: tst_instance.)

#include "core/singleinstance.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using Ankra::SingleInstance;
using Role = SingleInstance::Role;

namespace {

const QString IdA = u"3f2504e0-4f89-41d3-9a0c-0305e82c3301"_s;
const QString IdB = u"9b2f6c1e-0d4a-4e55-8a7b-1c2d3e4f5a6b"_s;

// A second start on a thread of its own; role() once it has decided.
class SecondStart
{
public:
    SecondStart(const QString &directory, const QStringList &tickets, int timeoutMs = 5000,
                const QString &token = {})
        : m_thread([this, directory, tickets, timeoutMs, token] {
            SingleInstance instance(directory);
            instance.setAnswerTimeout(timeoutMs);
            m_role = instance.start(tickets, token);
        })
    {}
    ~SecondStart() { m_thread.join(); }
    Role role() const { return m_role; }
    bool decided() const { return m_role != Role::Undecided; }

private:
    std::atomic<Role> m_role{Role::Undecided};
    std::thread m_thread;
};

// What a raw client gets back: the answer's payload, or empty when the connection was closed.
QByteArray send(const QString &serverName, const QByteArray &bytes, bool *closed = nullptr)
{
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(5000))
        return "no connection";
    socket.write(bytes);
    QByteArray received;
    // The server runs on this thread: turn the event loop while waiting.
    // The server runs on this thread: turn the event loop while waiting. It closes the
    // connection after its answer, or at once for junk.
    const bool ended = QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return socket.state() == QLocalSocket::UnconnectedState;
        },
        10000);
    Q_UNUSED(ended);
    received += socket.readAll();
    if (closed)
        *closed = socket.state() == QLocalSocket::UnconnectedState;
    return received.mid(4);
}

} // namespace

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_folder = m_dir->filePath(u"runtime/app.ankra.TicketViewer"_s);
    }

    void firstIsPrimaryInAPrivateFolder()
    {
        SingleInstance first(m_folder);
        QCOMPARE(first.start({IdA}), Role::Primary);
        const QFileInfo folder(m_folder);
        QVERIFY(folder.isDir());
        const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                          | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(folder.permissions() & (owner | others), owner);
        QVERIFY(QFileInfo::exists(first.lockFilePath()));
#ifdef Q_OS_UNIX
        const QFileInfo socket(first.serverName());
        QVERIFY(socket.exists());
        QCOMPARE(socket.permissions() & others, QFile::Permissions());
#endif
    }

    void existingFolderIsMadePrivate()
    {
        QVERIFY(QDir().mkpath(m_folder));
        QVERIFY(QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner
                                                    | QFile::ExeOwner | QFile::ReadOther
                                                    | QFile::WriteOther | QFile::ExeOther));
        SingleInstance first(m_folder);
        QCOMPARE(first.start(), Role::Primary);
        QCOMPARE(QFileInfo(m_folder).permissions()
                     & (QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
                 QFile::Permissions());
    }

    void refusesASymlinkedFolder()
    {
#ifdef Q_OS_UNIX
        const QString elsewhere = m_dir->filePath(u"elsewhere"_s);
        QVERIFY(QDir().mkpath(elsewhere));
        QVERIFY(QDir().mkpath(m_dir->filePath(u"runtime"_s)));
        QVERIFY(QFile::link(elsewhere, m_folder));
        SingleInstance first(m_folder);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"is not a folder"_s));
        QCOMPARE(first.start(), Role::Standalone);
        QVERIFY(!first.errorString().isEmpty());
#else
        QSKIP("symbolic links: Unix");
#endif
    }

    void secondStartHandsOverItsTickets()
    {
        SingleInstance first(m_folder);
        QCOMPARE(first.start(), Role::Primary);
        QSignalSpy tickets(&first, &SingleInstance::ticketsReceived);
        QSignalSpy activation(&first, &SingleInstance::activationRequested);

        SecondStart second(m_folder, {IdB, IdA}, 5000, u"token-123"_s);
        QTRY_VERIFY_WITH_TIMEOUT(second.decided(), 10000);
        QCOMPARE(second.role(), Role::HandedOver);
        QCOMPARE(tickets.size(), 1);
        QCOMPARE(tickets.at(0).at(0).toStringList(), (QStringList{IdB, IdA}));
        QCOMPARE(activation.size(), 1);
        QCOMPARE(activation.at(0).at(0).toString(), u"token-123"_s);
    }

    void emptyListOnlyActivates()
    {
        SingleInstance first(m_folder);
        QCOMPARE(first.start(), Role::Primary);
        QSignalSpy tickets(&first, &SingleInstance::ticketsReceived);
        QSignalSpy activation(&first, &SingleInstance::activationRequested);
        SecondStart second(m_folder, {});
        QTRY_VERIFY_WITH_TIMEOUT(second.decided(), 10000);
        QCOMPARE(second.role(), Role::HandedOver);
        QCOMPARE(tickets.size(), 0);
        QCOMPARE(activation.size(), 1);
        QCOMPARE(activation.at(0).at(0).toString(), QString()); // no token given
    }

    void receiverKeepsOnlyTickets()
    {
        SingleInstance first(m_folder);
        QCOMPARE(first.start(), Role::Primary);
        QSignalSpy tickets(&first, &SingleInstance::ticketsReceived);

        // Links and upper case are canonicalised; what is not a ticket is left out.
        const QByteArray mixed = SingleInstance::frame(
            QByteArrayLiteral("{\"version\":1,\"tickets\":[\"ankra-ticket://ticket/")
            + IdA.toUpper().toLatin1()
            + QByteArrayLiteral("\", \"rm -rf /\", 42, \"ankra-ticket://settings/") + IdB.toLatin1()
            + QByteArrayLiteral("\"],\"activationToken\":\"bad token\\n\"}"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"entry dropped"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"entry dropped"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"entry dropped"_s));
        QSignalSpy activation(&first, &SingleInstance::activationRequested);
        QCOMPARE(send(first.serverName(), mixed), QByteArray("ok"));
        QCOMPARE(tickets.size(), 1);
        QCOMPARE(tickets.at(0).at(0).toStringList(), QStringList{IdA});
        QCOMPARE(activation.at(0).at(0).toString(), QString()); // a token with a newline: none

        // Only junk entries: refused, and no reason to raise the window either.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"entry dropped"_s));
        QCOMPARE(send(first.serverName(),
                      SingleInstance::frame("{\"version\":1,\"tickets\":[\"hello\"]}")),
                 QByteArray("refused"));
        QCOMPARE(tickets.size(), 1);
        QCOMPARE(activation.size(), 1);
    }

    void junkIsDroppedAndTheChannelKeepsWorking_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("logged");
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("oversized length")
            << QByteArray("\x7f\xff\xff\xff", 4) + "x" << u"bytes announced"_s << QByteArray();
        QTest::newRow("zero length")
            << QByteArray("\0\0\0\0", 4) << u"0 bytes announced"_s << QByteArray();
        QTest::newRow("just over the cap")
            << SingleInstance::frame(QByteArray(SingleInstance::MaxMessageBytes + 1, '['))
            << u"65537 bytes announced"_s << QByteArray();
        QTest::newRow("more than announced")
            << SingleInstance::frame("{\"version\":1,\"tickets\":[]}") + "trailing"
            << u"more bytes than announced"_s << QByteArray();
        QTest::newRow("not json") << SingleInstance::frame("\x01\x02 hello \xff")
                                  << u"not a JSON object"_s << QByteArray("refused");
        QTest::newRow("json array")
            << SingleInstance::frame("[1,2,3]") << u"not a JSON object"_s << QByteArray("refused");
        QTest::newRow("other version") << SingleInstance::frame("{\"version\":2,\"tickets\":[]}")
                                       << u"not a request"_s << QByteArray("refused");
        QTest::newRow("tickets not a list")
            << SingleInstance::frame("{\"version\":1,\"tickets\":\"3f2504e0\"}")
            << u"not a request"_s << QByteArray("refused");
        QTest::newRow("incomplete") << QByteArray("\0\0\0\x20{\"ver", 9)
                                    << u"no complete message in time"_s << QByteArray();
    }
    void junkIsDroppedAndTheChannelKeepsWorking()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, logged);
        QFETCH(QByteArray, answer);
        SingleInstance first(m_folder);
        QCOMPARE(first.start(), Role::Primary);
        QSignalSpy tickets(&first, &SingleInstance::ticketsReceived);
        QSignalSpy activation(&first, &SingleInstance::activationRequested);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(logged)));
        bool closed = false;
        QCOMPARE(send(first.serverName(), bytes, &closed), answer);
        QVERIFY(closed);
        QCOMPARE(tickets.size(), 0);
        QCOMPARE(activation.size(), 0);

        SecondStart second(m_folder, {IdA});
        QTRY_VERIFY_WITH_TIMEOUT(second.decided(), 10000);
        QCOMPARE(second.role(), Role::HandedOver);
        QCOMPARE(tickets.size(), 1);
    }

    void senderRefusesTooMuch()
    {
        SingleInstance first(m_folder);
        QCOMPARE(first.start(), Role::Primary);
        QStringList many;
        for (int i = 0; i <= SingleInstance::MaxTickets; ++i)
            many << IdA;
        SingleInstance second(m_folder);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Too many tickets"_s));
        QCOMPARE(second.start(many), Role::Standalone);
    }

    void nobodyListening()
    {
        // The lock is held by a live process (this one) that never listens: the second start
        // gives up after the answer timeout and opens its own window.
        QVERIFY(QDir().mkpath(m_folder));
        QLockFile lock(m_folder + u"/instance.lock"_s);
        QVERIFY(lock.tryLock());
        SingleInstance second(m_folder);
        second.setAnswerTimeout(300);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"does not listen"_s));
        QCOMPARE(second.start({IdA}), Role::Standalone);
    }

    void runningOneDoesNotAnswer()
    {
        // Lock held and a socket that accepts but never answers (a hung window).
        QVERIFY(QDir().mkpath(m_folder));
        SingleInstance probe(m_folder);
        QLockFile lock(probe.lockFilePath());
        QVERIFY(lock.tryLock());
        QLocalServer hung;
        QVERIFY(hung.listen(probe.serverName()));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"did not answer"_s));
        SecondStart second(m_folder, {IdA}, 300);
        QTRY_VERIFY_WITH_TIMEOUT(second.decided(), 10000);
        QCOMPARE(second.role(), Role::Standalone);
    }

    void releasedLockIsTakenAgain()
    {
        {
            SingleInstance first(m_folder);
            QCOMPARE(first.start(), Role::Primary);
        }
        SingleInstance next(m_folder);
        QCOMPARE(next.start(), Role::Primary);
    }

    void leftoverSocketFileIsReplaced()
    {
        // A killed process leaves its socket file: the next first start listens anyway.
        QVERIFY(QDir().mkpath(m_folder));
        SingleInstance probe(m_folder);
        QFile leftover(probe.serverName());
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        SingleInstance first(m_folder);
        QCOMPARE(first.start(), Role::Primary);
        SecondStart second(m_folder, {IdA});
        QTRY_VERIFY_WITH_TIMEOUT(second.decided(), 10000);
        QCOMPARE(second.role(), Role::HandedOver);
    }

    void defaultFolderIsTheRuntimeFolder()
    {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
        const QString runtime = m_dir->filePath(u"run"_s);
        QVERIFY(QDir().mkdir(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        QCOMPARE(SingleInstance::defaultDirectory(), runtime + u"/app.ankra.TicketViewer"_s);
        // A runtime folder others may enter is not used: the configuration folder is.
        QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner
                                                   | QFile::ExeOwner | QFile::ExeOther));
        QVERIFY(!SingleInstance::defaultDirectory().startsWith(runtime));
        qputenv("XDG_RUNTIME_DIR", "/tmp");
        QVERIFY(!SingleInstance::defaultDirectory().startsWith(u"/tmp/"_s));
        qunsetenv("XDG_RUNTIME_DIR");
        QVERIFY(SingleInstance::defaultDirectory().contains(u"/instance-"_s));
        qputenv("XDG_RUNTIME_DIR", saved);
#else
        QSKIP("XDG runtime folder: Linux and other Unix desktops");
#endif
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
