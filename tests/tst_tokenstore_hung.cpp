// TokenStore against a Secret Service that never answers (a keyring waiting on an unlock prompt
// nobody sees): after the time limit the store is unavailable, every call in flight and later
// reports it, and the event loop ran the whole time.

#include "gui/signin/tokenstore.h"
#include "support/secretservicebus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;
using Status = TokenStore::Status;

namespace {

const QString Service = u"app.ankra.TicketViewer.test"_s;
constexpr int TimeoutMs = 1500;

} // namespace

class TestTokenStoreHung final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void readTimesOutAndEventLoopRuns();
    void queuedCallsEndWithTheFirst();
    void laterCallsFailFast();
    void destroyedWhileHanging();

private:
    PrivateSessionBus m_bus;
    std::unique_ptr<SilentSecretService> m_service;
};

void TestTokenStoreHung::initTestCase()
{
    QString error;
    if (!m_bus.start(&error)) {
        // QTest::qSkip, not QSKIP: Qt 6.4's variadic QSKIP trips clang's -Wpedantic.
        QTest::qSkip(qPrintable(u"no private D-Bus session bus for this test: "_s + error),
                     __FILE__, __LINE__);
        return;
    }
    m_service = std::make_unique<SilentSecretService>();
    QVERIFY2(m_service->start(m_bus.address(), &error), qPrintable(error));
    // From now on libsecret (inside QtKeychain) talks to the bus where nobody answers.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.address().toUtf8());
}

void TestTokenStoreHung::cleanupTestCase()
{
    m_service.reset();
}

void TestTokenStoreHung::readTimesOutAndEventLoopRuns()
{
    TokenStore store(Service);
    store.setTimeout(TimeoutMs);
    QSignalSpy read(&store, &TokenStore::readFinished);
    QSignalSpy unavailable(&store, &TokenStore::becameUnavailable);
    QSignalSpy calls(m_service.get(), &SilentSecretService::called);

    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(10);

    store.read();
    // The keychain really was asked, and sat on the question...
    QVERIFY(calls.wait(10000));
    QCOMPARE(read.count(), 0);
    const int ticksWhenAsked = ticks;
    // ...then the time limit ended it.
    QVERIFY(read.wait(10000));
    QCOMPARE(read.count(), 1);
    QCOMPARE(read.constFirst().at(0).value<Status>(), Status::Unavailable);
    QCOMPARE(unavailable.count(), 1);
    QVERIFY2(store.unavailableReason().contains(u"did not answer in time"_s),
             qPrintable(store.unavailableReason()));
    QVERIFY(!store.isAvailable());
    QVERIFY(!store.isBusy());
    // Timers kept firing while the keychain call was outstanding: nothing blocked the thread.
    QVERIFY2(ticks > ticksWhenAsked, qPrintable(QString::number(ticks)));
}

// QtKeychain runs jobs one at a time: a write queued behind the hung read can never run, so it
// must end with the read rather than wait for a time limit of its own.
void TestTokenStoreHung::queuedCallsEndWithTheFirst()
{
    TokenStore store(Service);
    store.setTimeout(TimeoutMs);
    QSignalSpy read(&store, &TokenStore::readFinished);
    QSignalSpy written(&store, &TokenStore::writeFinished);
    QSignalSpy removed(&store, &TokenStore::removeFinished);
    QList<int> order;
    connect(&store, &TokenStore::readFinished, this, [&] { order << 0; });
    connect(&store, &TokenStore::writeFinished, this, [&] { order << 1; });
    connect(&store, &TokenStore::removeFinished, this, [&] { order << 2; });

    store.read();
    store.write(u"ankra_tok_Hung_0d1c2b3a"_s);
    store.remove();
    QVERIFY(store.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 10000);
    QCOMPARE(order, (QList<int>{0, 1, 2}));
    QCOMPARE(written.constFirst().at(0).value<Status>(), Status::Unavailable);
    QCOMPARE(removed.constFirst().at(0).value<Status>(), Status::Unavailable);
}

void TestTokenStoreHung::laterCallsFailFast()
{
    TokenStore store(Service);
    store.setTimeout(TimeoutMs);
    QSignalSpy read(&store, &TokenStore::readFinished);
    store.read();
    QVERIFY(read.wait(10000));
    QVERIFY(!store.isAvailable());

    const int callsBefore = m_service->callCount();
    QSignalSpy written(&store, &TokenStore::writeFinished);
    store.write(u"ankra_tok_Hung_0d1c2b3a"_s);
    QVERIFY(!store.isBusy());
    QVERIFY(written.wait(1000));
    QCOMPARE(written.constFirst().at(0).value<Status>(), Status::Unavailable);
    QTest::qWait(100);
    QCOMPARE(m_service->callCount(), callsBefore); // the keychain was not asked again
}

// Jobs outlive their store. When the silent service finally leaves the bus, the bus ends the
// hung call with an error, so the job finishes (and the ones queued behind it run) after every
// store is gone: nothing may touch freed memory then (the asan preset runs this too).
void TestTokenStoreHung::destroyedWhileHanging()
{
    {
        TokenStore store(Service);
        store.setTimeout(TimeoutMs);
        store.read();
        store.write(u"ankra_tok_Hung_0d1c2b3a"_s);
        QVERIFY(store.isBusy());
    }
    m_service.reset();
    QTest::qWait(1000);
    // And a new store still works the same way, with no service at all on the bus now.
    TokenStore store(Service);
    store.setTimeout(TimeoutMs);
    QSignalSpy read(&store, &TokenStore::readFinished);
    store.read();
    QVERIFY(read.wait(10000));
    QCOMPARE(read.constFirst().at(0).value<Status>(), Status::Unavailable);
}

int main(int argc, char *argv[])
{
    // Nothing may reach a real session bus before the private one is up.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ankra-test-no-bus");
    QCoreApplication app(argc, argv);
    TestTokenStoreHung test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tokenstore_hung.moc"
