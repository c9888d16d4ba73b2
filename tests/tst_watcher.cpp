// The Watcher on a test clock against the real fake server and a real store file: a watched
// ticket is fetched every 2 minutes; a new comment or another status is reported once, an
// unchanged answer not at all; the first look at a ticket without a saved copy only learns it,
// one with a saved copy is compared with that copy; at most 50 watched, kept in the store per
// scope; one request at a time.

#include "core/apiclient.h"
#include "core/store/ticketstore.h"
#include "core/watch/watcher.h"
#include "support/fakeankraserver.h"
#include "support/manualclock.h"
#include "support/watchtickets.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

const QString IdA = u"0b8c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e"_s;
const QString IdB = u"1c9d8e7f-6a5b-4c4d-8e3f-2a1b0c9d8e7f"_s;
const QString IdC = u"2d0e9f8a-7b6c-4d5e-9f4a-3b2c1d0e9f8a"_s;

QString uuid(int i)
{
    return u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0'));
}

} // namespace

class TestWatcher final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newCommentIsReportedOnce();
    void statusChangeIsReported();
    void savedCopyIsTheBaseline();
    void atMostFiftyAndKeptInTheStore();
    void oneRequestAtATime();
    void errorsBackOffAndOfflineWaits();

private:
    Watcher *makeWatcher();
    // Runs what is due after `ms` and waits for the fetch it starts to finish.
    bool poll(qint64 ms = Watcher::IntervalMs);

    QTemporaryDir m_dir;
    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<TicketStore> m_store;
    std::unique_ptr<Watcher> m_watcher;
    ManualClock *m_clock = nullptr;
    QString m_scope;
};

void TestWatcher::init()
{
    m_server = std::make_unique<FakeAnkraServer>();
    QVERIFY(m_server->listen());
    m_server->addTicket(IdA, sampleTicketJson(IdA, u"Printer on fire"_s));
    m_server->addTicket(IdB, sampleTicketJson(IdB, u"Ticket B"_s));
    m_server->addTicket(IdC, sampleTicketJson(IdC, u"Ticket C"_s));
    m_client = std::make_unique<ApiClient>();
    m_client->setRetryDelays({});
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setToken(QString::fromLatin1(FakeAnkraServer::DefaultToken));
    TicketStoreOptions options;
    options.path
        = m_dir.filePath(u"store-%1.sqlite"_s.arg(QUuid::createUuid().toString(QUuid::Id128)));
    m_store = std::make_unique<TicketStore>(options);
    QVERIFY(m_store->isOpen());
    m_scope = TicketStore::scopeFor(m_client->endpoint());
}

void TestWatcher::cleanup()
{
    m_watcher.reset();
    m_store.reset();
    m_client.reset();
    m_server.reset();
}

Watcher *TestWatcher::makeWatcher()
{
    auto clock = std::make_unique<ManualClock>();
    m_clock = clock.get();
    m_watcher = std::make_unique<Watcher>(m_client.get(), m_store.get(), std::move(clock));
    m_watcher->setScope(m_scope);
    return m_watcher.get();
}

bool TestWatcher::poll(qint64 ms)
{
    QSignalSpy started(m_watcher.get(), &Watcher::fetchStarted);
    m_clock->advance(ms);
    if (started.isEmpty())
        return false;
    return QTest::qWaitFor([this] { return !m_watcher->isBusy(); }, 10000);
}

void TestWatcher::newCommentIsReportedOnce()
{
    Watcher *watcher = makeWatcher();
    QSignalSpy changed(watcher, &Watcher::changed);
    QVERIFY(watcher->setWatched(IdA, u"Printer on fire"_s, true));
    QVERIFY(watcher->isWatched(IdA.toUpper())); // IDs compared canonically
    // Nothing before 2 minutes have passed.
    QSignalSpy started(watcher, &Watcher::fetchStarted);
    m_clock->advance(Watcher::IntervalMs - 1000);
    QCOMPARE(started.size(), 0);
    // The first look (no saved copy): learnt, nothing reported.
    QVERIFY(poll(1000));
    QCOMPARE(m_server->requestCount(IdA), 1);
    QCOMPARE(changed.size(), 0);

    m_server->addTicket(IdA, withComment(sampleTicketJson(IdA, u"Printer on fire"_s),
                                         u"9a8b7c6d-0000-4000-8000-000000000001"_s,
                                         u"Maja Lindqvist"_s));
    QVERIFY(poll());
    QCOMPARE(changed.size(), 1);
    const auto event = changed.at(0).at(0).value<WatchEvent>();
    QCOMPARE(event.kind, WatchEvent::Kind::Comment);
    QCOMPARE(event.ticketId, IdA);
    QCOMPARE(event.subject, u"Printer on fire"_s);
    QCOMPARE(event.author, u"Maja Lindqvist"_s);
    QCOMPARE(event.newComments, 1);

    // Unchanged since: fetched again, nothing reported.
    QVERIFY(poll());
    QVERIFY(poll());
    QCOMPARE(m_server->requestCount(IdA), 4);
    QCOMPARE(changed.size(), 1);

    // Unwatched: no longer fetched.
    QVERIFY(watcher->setWatched(IdA, QString(), false));
    QVERIFY(!poll());
    QCOMPARE(m_server->requestCount(IdA), 4);
}

void TestWatcher::statusChangeIsReported()
{
    Watcher *watcher = makeWatcher();
    QSignalSpy changed(watcher, &Watcher::changed);
    QVERIFY(watcher->setWatched(IdB, u"Ticket B"_s, true));
    QVERIFY(poll());
    m_server->addTicket(IdB, withStatus(sampleTicketJson(IdB, u"Ticket B"_s), u"resolved"_s));
    QVERIFY(poll());
    QCOMPARE(changed.size(), 1);
    const auto event = changed.at(0).at(0).value<WatchEvent>();
    QCOMPARE(event.kind, WatchEvent::Kind::Status);
    QCOMPARE(event.oldStatus, u"Open"_s);
    QCOMPARE(event.newStatus, u"Resolved"_s);
    // The answer is the store's copy now.
    m_store->flush();
    const std::optional<StoredTicket> stored = m_store->ticket(m_scope, IdB);
    QVERIFY(stored);
    QVERIFY(stored->json.contains("\"resolved\""));
}

void TestWatcher::savedCopyIsTheBaseline()
{
    // A copy saved when the ticket was last open (another session, an earlier start).
    m_store->saveTicket(m_scope, IdA, sampleTicketJson(IdA, u"Printer on fire"_s),
                        QDateTime::currentDateTimeUtc());
    m_store->setWatched(m_scope, IdA, u"Printer on fire"_s, true);
    m_store->flush();
    m_server->addTicket(IdA, withComment(sampleTicketJson(IdA, u"Printer on fire"_s),
                                         u"9a8b7c6d-0000-4000-8000-000000000002"_s,
                                         u"Maja Lindqvist"_s));
    Watcher *watcher = makeWatcher(); // reads the watched list of the scope
    QCOMPARE(watcher->count(), 1);
    QSignalSpy changed(watcher, &Watcher::changed);
    QVERIFY(poll());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<WatchEvent>().author, u"Maja Lindqvist"_s);

    // Another scope (token, server or organisation) sees none of it.
    watcher->setScope(TicketStore::scopeFor(u"https://other.example"_s, QString(), u"t"_s));
    QCOMPARE(watcher->count(), 0);
    QVERIFY(!watcher->isWatched(IdA));
}

void TestWatcher::atMostFiftyAndKeptInTheStore()
{
    Watcher *watcher = makeWatcher();
    for (int i = 0; i < Watcher::MaxWatched; ++i)
        QVERIFY(watcher->setWatched(uuid(i), u"Ticket %1"_s.arg(i), true));
    QCOMPARE(watcher->count(), 50);
    QVERIFY(!watcher->canWatchMore());
    QVERIFY(!watcher->setWatched(uuid(50), u"One too many"_s, true));
    QVERIFY(!watcher->isWatched(uuid(50)));
    QVERIFY(watcher->setWatched(uuid(3), u"Ticket 3"_s, true)); // already watched: fine
    QVERIFY(watcher->setWatched(uuid(0), QString(), false));
    QVERIFY(watcher->setWatched(uuid(50), u"Now it fits"_s, true));
    QVERIFY(!watcher->setWatched(u"not a ticket id"_s, QString(), true));

    // Kept: a watcher of the next start reads them back, in the order they were watched.
    m_store->flush();
    m_watcher.reset();
    watcher = makeWatcher();
    QCOMPARE(watcher->count(), 50);
    QVERIFY(!watcher->isWatched(uuid(0)));
    QVERIFY(watcher->isWatched(uuid(50)));
    QCOMPARE(watcher->watchedTickets().constLast().subject, u"Now it fits"_s);
}

void TestWatcher::oneRequestAtATime()
{
    Watcher *watcher = makeWatcher();
    for (const QString &id : {IdA, IdB, IdC})
        QVERIFY(watcher->setWatched(id, QString(), true));
    QSignalSpy started(watcher, &Watcher::fetchStarted);
    // All three are due; one request goes out, the next only when it has finished.
    m_clock->advance(Watcher::IntervalMs);
    QCOMPARE(started.size(), 1);
    QVERIFY(watcher->isBusy());
    QStringList order{started.at(0).at(0).toString()};
    for (int i = 1; i < 3; ++i) {
        QTRY_VERIFY(!watcher->isBusy());
        QCOMPARE(m_server->requestCount(), i); // the earlier ones all answered
        m_clock->advance(0);                   // what was due meanwhile runs now
        QCOMPARE(started.size(), i + 1);
        order.append(started.at(i).at(0).toString());
    }
    QTRY_VERIFY(!watcher->isBusy());
    m_clock->advance(0);
    QCOMPARE(started.size(), 3);
    QCOMPARE(order, (QStringList{IdA, IdB, IdC}));
    // Each one due again 2 minutes after its own fetch.
    for (const QString &id : {IdA, IdB, IdC})
        QCOMPARE(watcher->dueAt(id), m_clock->now() + Watcher::IntervalMs);
}

void TestWatcher::errorsBackOffAndOfflineWaits()
{
    Watcher *watcher = makeWatcher();
    QVERIFY(watcher->setWatched(IdA, QString(), true));
    m_server->setFault(Fault::Status, IdA).status = 503;
    QVERIFY(poll());
    QCOMPARE(watcher->dueAt(IdA), m_clock->now() + 2 * Watcher::IntervalMs);
    QVERIFY(poll(2 * Watcher::IntervalMs));
    QCOMPARE(watcher->dueAt(IdA), m_clock->now() + 4 * Watcher::IntervalMs);
    m_server->clearFaults();

    watcher->setOnline(false);
    QSignalSpy started(watcher, &Watcher::fetchStarted);
    m_clock->advance(Watcher::BackoffCapMs);
    QCOMPARE(started.size(), 0);
    watcher->setOnline(true);
    m_clock->advance(0);
    QCOMPARE(started.size(), 1);
    QTRY_VERIFY(!watcher->isBusy());
    QCOMPARE(watcher->dueAt(IdA), m_clock->now() + Watcher::IntervalMs);
}

QTEST_GUILESS_MAIN(TestWatcher)
#include "tst_watcher.moc"
