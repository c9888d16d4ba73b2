// The refresh scheduler on a test clock (no sleeps): intervals per kind of target, jitter
// bounds, backoff doubling to its cap and back after a success, Retry-After holding every
// target, at most two refreshes in flight, paused while the network is down and the current tab
// refreshed at once when it returns, the Off setting, and a change of the current tab.

#include "core/refresh/networkmonitor.h"
#include "core/refresh/refreshscheduler.h"
#include "support/manualclock.h"

#include <QNetworkInformation>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Ankra;
using namespace Ankra::Test;
using Kind = RefreshScheduler::Kind;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;

ApiError serverError()
{
    return ApiError{ApiError::Kind::ServerError, 503, {}, -1};
}

ApiError refused()
{
    return ApiError{ApiError::Kind::ConnectionRefused, 0, {}, -1};
}

ApiError rateLimited(int seconds)
{
    return ApiError{ApiError::Kind::RateLimited, 429, {}, seconds};
}

} // namespace

class TestRefreshScheduler final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void intervalsPerKind_data();
    void intervalsPerKind();
    void jitterStaysWithinTenPercent_data();
    void jitterStaysWithinTenPercent();
    void backoffDoublesUpToItsCapAndResetsAfterSuccess();
    void retryAfterHoldsEveryTarget();
    void serverBackEndsTheBackoffOfWhatIsShown();
    void atMostTwoInFlight();
    void currentTicketGoesFirst();
    void pausedWhileOfflineAndCurrentRefreshedOnReturn();
    void offLeavesTheCurrentTabAlone();
    void currentTabChangeRearms();
    void disabledTargetWaitsAndRunsWhenEnabled();
    void nothingToRefreshAsksAgainLater();
    void completionByOthersRearms();
    void removedTargetFreesItsSlot();
    void networkWithoutBackendCountsAsOnline();

private:
    // A target whose start() is counted and succeeds (unless told otherwise).
    int add(Kind kind, bool startable = true);
    int starts(int id) const { return m_starts.value(id); }

    double m_random = 0.5; // no jitter
    ManualClock *m_clock = nullptr;
    std::unique_ptr<RefreshScheduler> m_scheduler;
    QHash<int, int> m_starts;
};

void TestRefreshScheduler::init()
{
    m_random = 0.5;
    m_starts.clear();
    auto clock = std::make_unique<ManualClock>();
    m_clock = clock.get();
    m_scheduler = std::make_unique<RefreshScheduler>(std::move(clock), [this] { return m_random; });
}

void TestRefreshScheduler::cleanup()
{
    m_scheduler.reset();
    m_clock = nullptr;
}

int TestRefreshScheduler::add(Kind kind, bool startable)
{
    auto *starts = &m_starts;
    auto *scheduler = m_scheduler.get();
    // The id is known only once added; the start function reads it from a shared cell.
    auto id = std::make_shared<int>(0);
    *id = scheduler->addTarget(kind, [starts, id, startable] {
        if (!startable)
            return false;
        ++(*starts)[*id];
        return true;
    });
    return *id;
}

void TestRefreshScheduler::intervalsPerKind_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<qint64>("interval");
    QTest::newRow("current tab") << Kind::CurrentTicket << 60 * Second;
    QTest::newRow("other tabs") << Kind::OtherTicket << 5 * Minute;
    QTest::newRow("list") << Kind::List << 60 * Second;
}

void TestRefreshScheduler::intervalsPerKind()
{
    QFETCH(Kind, kind);
    QFETCH(qint64, interval);
    const int id = add(kind);
    m_clock->advance(interval - 1);
    QCOMPARE(starts(id), 0);
    m_clock->advance(1);
    QCOMPARE(starts(id), 1);
    QVERIFY(m_scheduler->isInFlight(id));
    QCOMPARE(m_scheduler->dueAt(id), -1);

    // A success: due one interval after it, again and again.
    m_clock->advance(5 * Second);
    m_scheduler->reportFinished(id, {});
    QCOMPARE(m_scheduler->dueAt(id), m_scheduler->now() + interval);
    m_clock->advance(interval);
    QCOMPARE(starts(id), 2);
}

void TestRefreshScheduler::jitterStaysWithinTenPercent_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expected"); // of a 60 s interval
    QTest::newRow("lowest") << 0.0 << 54 * Second;
    QTest::newRow("quarter") << 0.25 << 57 * Second;
    QTest::newRow("middle") << 0.5 << 60 * Second;
    QTest::newRow("highest") << 0.99999 << 66 * Second;
    QTest::newRow("out of range is clamped") << 7.0 << 66 * Second;
}

void TestRefreshScheduler::jitterStaysWithinTenPercent()
{
    QFETCH(double, random);
    QFETCH(qint64, expected);
    m_random = random;
    const int list = add(Kind::List);
    QCOMPARE(m_scheduler->dueAt(list) - m_scheduler->now(), expected);
    const int other = add(Kind::OtherTicket);
    const qint64 delay = m_scheduler->dueAt(other) - m_scheduler->now();
    QVERIFY2(delay >= 270 * Second && delay <= 330 * Second, qPrintable(QString::number(delay)));
}

void TestRefreshScheduler::backoffDoublesUpToItsCapAndResetsAfterSuccess()
{
    const int id = add(Kind::CurrentTicket);
    m_clock->advance(Minute);
    QCOMPARE(starts(id), 1);
    const QList<qint64> expected{2 * Minute, 4 * Minute, 8 * Minute, 15 * Minute, 15 * Minute};
    for (int i = 0; i < expected.size(); ++i) {
        m_scheduler->reportFinished(id, serverError());
        QCOMPARE(m_scheduler->failureCount(id), i + 1);
        QCOMPARE(m_scheduler->dueAt(id) - m_scheduler->now(), expected.at(i));
        m_clock->advance(expected.at(i) - 1);
        QCOMPARE(starts(id), i + 1); // not earlier
        m_clock->advance(1);
        QCOMPARE(starts(id), i + 2);
    }
    m_scheduler->reportFinished(id, {});
    QCOMPARE(m_scheduler->failureCount(id), 0);
    QCOMPARE(m_scheduler->dueAt(id) - m_scheduler->now(), Minute);

    // A cancel is no failure either.
    m_clock->advance(Minute);
    m_scheduler->reportFinished(id, ApiError{ApiError::Kind::Cancelled, 0, {}, -1});
    QCOMPARE(m_scheduler->failureCount(id), 0);
    QCOMPARE(m_scheduler->dueAt(id) - m_scheduler->now(), Minute);
}

void TestRefreshScheduler::serverBackEndsTheBackoffOfWhatIsShown()
{
    // An offline start: the current tab, the list and another tab all fail to reach the server.
    const int current = add(Kind::CurrentTicket);
    const int list = add(Kind::List);
    const int other = add(Kind::OtherTicket);
    const int refusedToken = add(Kind::List); // a second list, refused for its token
    m_clock->advance(5 * Minute);
    QCOMPARE(m_scheduler->inFlightCount(), 2);
    m_scheduler->reportFinished(current, refused());
    m_scheduler->reportFinished(list, refused());
    m_clock->advance(1);
    QCOMPARE(m_scheduler->inFlightCount(), 2); // the other two started meanwhile
    m_scheduler->reportFinished(other, refused());
    m_scheduler->reportFinished(refusedToken, ApiError{ApiError::Kind::Unauthorized, 401, {}, -1});
    QVERIFY(m_scheduler->dueAt(list) - m_scheduler->now() > Minute); // backing off
    const qint64 otherDue = m_scheduler->dueAt(other);
    const qint64 tokenDue = m_scheduler->dueAt(refusedToken);

    // The current tab's own retry reaches the server (a success reported by its document).
    m_clock->advance(10 * Second);
    m_scheduler->reportFinished(current, {});
    m_clock->advance(0);
    QCOMPARE(starts(list), 2); // at once, not two minutes after it failed
    QCOMPARE(m_scheduler->failureCount(list), 0);
    QCOMPARE(m_scheduler->dueAt(other), otherDue); // other tabs keep theirs: no burst
    QCOMPARE(m_scheduler->failureCount(other), 1);
    QCOMPARE(m_scheduler->dueAt(refusedToken), tokenDue); // not about reaching the server
    QCOMPARE(starts(refusedToken), 1);
}

void TestRefreshScheduler::retryAfterHoldsEveryTarget()
{
    const int current = add(Kind::CurrentTicket);
    const int list = add(Kind::List);
    m_clock->advance(Minute);
    QCOMPARE(starts(current), 1);
    QCOMPARE(starts(list), 1);
    m_scheduler->reportFinished(list, {}); // due again in a minute
    m_scheduler->reportFinished(current, rateLimited(600));
    QCOMPARE(m_scheduler->holdUntil(), m_scheduler->now() + 600 * Second);
    QVERIFY(m_scheduler->dueAt(current) >= m_scheduler->now() + 600 * Second);

    // The list is due after a minute but waits for the server's ten minutes.
    m_clock->advance(600 * Second - 1);
    QCOMPARE(starts(list), 1);
    QCOMPARE(starts(current), 1);
    m_clock->advance(1);
    QCOMPARE(starts(list), 2);
    QCOMPARE(starts(current), 2);
    QCOMPARE(m_scheduler->holdUntil(), -1);

    // A Retry-After shorter than the backoff does not shorten it.
    m_scheduler->reportFinished(current, rateLimited(5));
    QCOMPARE(m_scheduler->dueAt(current) - m_scheduler->now(), 4 * Minute);
}

void TestRefreshScheduler::atMostTwoInFlight()
{
    QList<int> ids;
    for (int i = 0; i < 5; ++i)
        ids << add(Kind::OtherTicket);
    QSignalSpy started(m_scheduler.get(), &RefreshScheduler::refreshStarted);
    m_clock->advance(5 * Minute);
    QCOMPARE(started.size(), 2);
    QCOMPARE(m_scheduler->inFlightCount(), 2);
    m_clock->advance(10 * Minute); // nothing more while both are out
    QCOMPARE(started.size(), 2);

    // One comes back: the next one due starts at once (the clock is armed for now).
    const int first = started.at(0).at(0).toInt();
    m_scheduler->reportFinished(first, {});
    m_clock->advance(0);
    QCOMPARE(started.size(), 3);
    QCOMPARE(m_scheduler->inFlightCount(), 2);
    for (int round = 0; round < 4; ++round) {
        for (const int id : std::as_const(ids)) {
            if (m_scheduler->isInFlight(id))
                m_scheduler->reportFinished(id, {});
        }
        m_clock->advance(0);
        QVERIFY(m_scheduler->inFlightCount() <= RefreshScheduler::MaxInFlight);
    }
    for (const int id : std::as_const(ids))
        QCOMPARE(starts(id), 1);
}

void TestRefreshScheduler::currentTicketGoesFirst()
{
    const int a = add(Kind::OtherTicket);
    const int b = add(Kind::OtherTicket);
    const int current = add(Kind::OtherTicket);
    m_clock->advance(10 * Minute); // all three overdue at once... but two may go
    QCOMPARE(starts(a) + starts(b) + starts(current), 2);
    for (const int id : {a, b, current}) {
        if (m_scheduler->isInFlight(id))
            m_scheduler->reportFinished(id, {});
    }
    m_clock->advance(0); // the third one
    for (const int id : {a, b, current}) {
        if (m_scheduler->isInFlight(id))
            m_scheduler->reportFinished(id, {});
    }
    // Now all are due together again: the current tab is among the two that go.
    m_scheduler->setKind(current, Kind::CurrentTicket);
    m_scheduler->setCurrentInterval(5 * Minute);
    m_clock->advance(5 * Minute);
    QVERIFY(m_scheduler->isInFlight(current));
}

void TestRefreshScheduler::pausedWhileOfflineAndCurrentRefreshedOnReturn()
{
    const int current = add(Kind::CurrentTicket);
    const int other = add(Kind::OtherTicket);
    m_clock->advance(30 * Second);
    m_scheduler->setOnline(false);
    QCOMPARE(m_clock->wakeTime(), -1); // nothing armed
    m_clock->advance(20 * Minute);
    QCOMPARE(starts(current), 0);
    QCOMPARE(starts(other), 0);

    m_scheduler->setOnline(true);
    m_clock->advance(0);
    QCOMPARE(starts(current), 1); // at once
    QVERIFY(starts(other) <= 1);  // overdue too; may share the two slots
    m_scheduler->reportFinished(current, {});
    QCOMPARE(m_scheduler->dueAt(current) - m_scheduler->now(), Minute);

    // A failure while offline is forgotten when the network returns.
    m_clock->advance(Minute);
    QCOMPARE(starts(current), 2);
    m_scheduler->setOnline(false);
    m_scheduler->reportFinished(current, ApiError{ApiError::Kind::Offline, 0, {}, -1});
    QCOMPARE(m_scheduler->failureCount(current), 1);
    m_scheduler->setOnline(true);
    QCOMPARE(m_scheduler->failureCount(current), 0);
    m_clock->advance(0);
    QCOMPARE(starts(current), 3);
}

void TestRefreshScheduler::offLeavesTheCurrentTabAlone()
{
    m_scheduler->setCurrentInterval(0);
    QCOMPARE(m_scheduler->interval(Kind::CurrentTicket), 0);
    const int current = add(Kind::CurrentTicket);
    const int other = add(Kind::OtherTicket);
    QCOMPARE(m_scheduler->dueAt(current), -1);
    for (int i = 0; i < 12; ++i) { // the other tabs keep their 5 minutes
        m_clock->advance(5 * Minute);
        QCOMPARE(starts(other), i + 1);
        m_scheduler->reportFinished(other, {});
    }
    QCOMPARE(starts(current), 0);

    // Back to 15 minutes: due 15 minutes after its last fetch; other tabs no more often.
    m_scheduler->setCurrentInterval(15 * Minute);
    QCOMPARE(m_scheduler->interval(Kind::OtherTicket), 15 * Minute);
    m_clock->advance(0); // overdue since its addition: now
    QCOMPARE(starts(current), 1);
}

void TestRefreshScheduler::currentTabChangeRearms()
{
    const int a = add(Kind::CurrentTicket);
    const int b = add(Kind::OtherTicket);
    m_clock->advance(Minute);
    QCOMPARE(starts(a), 1);
    m_scheduler->reportFinished(a, {});
    m_clock->advance(30 * Second);

    // B becomes current: last fetched 90 s ago, over its new minute: refreshed at once. A is
    // due five minutes after its last fetch.
    m_scheduler->setKind(b, Kind::CurrentTicket);
    m_scheduler->setKind(a, Kind::OtherTicket);
    QCOMPARE(m_scheduler->kind(b), Kind::CurrentTicket);
    m_clock->advance(0);
    QCOMPARE(starts(b), 1);
    QCOMPARE(m_scheduler->dueAt(a), m_scheduler->now() - 30 * Second + 5 * Minute);
    m_scheduler->reportFinished(b, {});

    // And back 10 s later: A was fetched 40 s ago, due in 20 s.
    m_clock->advance(10 * Second);
    m_scheduler->setKind(a, Kind::CurrentTicket);
    m_scheduler->setKind(b, Kind::OtherTicket);
    QCOMPARE(m_scheduler->dueAt(a) - m_scheduler->now(), 20 * Second);
    QCOMPARE(m_scheduler->dueAt(b) - m_scheduler->now(), 5 * Minute - 10 * Second);
}

void TestRefreshScheduler::disabledTargetWaitsAndRunsWhenEnabled()
{
    const int list = add(Kind::List);
    m_scheduler->setEnabled(list, false);
    m_clock->advance(10 * Minute);
    QCOMPARE(starts(list), 0);
    m_scheduler->setEnabled(list, true);
    m_clock->advance(0);
    QCOMPARE(starts(list), 1);
}

void TestRefreshScheduler::nothingToRefreshAsksAgainLater()
{
    const int id = add(Kind::CurrentTicket, false);
    QSignalSpy started(m_scheduler.get(), &RefreshScheduler::refreshStarted);
    m_clock->advance(Minute);
    QCOMPARE(started.size(), 0);
    QVERIFY(!m_scheduler->isInFlight(id));
    QCOMPARE(m_scheduler->inFlightCount(), 0);
    QCOMPARE(m_scheduler->dueAt(id) - m_scheduler->now(), Minute);
}

void TestRefreshScheduler::completionByOthersRearms()
{
    // F5 (or opening the ticket) at 50 s: the automatic refresh comes a minute after that.
    const int id = add(Kind::CurrentTicket);
    m_clock->advance(50 * Second);
    m_scheduler->reportFinished(id, {});
    m_clock->advance(Minute - 1);
    QCOMPARE(starts(id), 0);
    m_clock->advance(1);
    QCOMPARE(starts(id), 1);
}

void TestRefreshScheduler::removedTargetFreesItsSlot()
{
    const int a = add(Kind::OtherTicket);
    const int b = add(Kind::OtherTicket);
    const int c = add(Kind::OtherTicket);
    m_clock->advance(5 * Minute);
    QCOMPARE(m_scheduler->inFlightCount(), 2);
    const int out = m_scheduler->isInFlight(a) ? a : b;
    m_scheduler->removeTarget(out); // its tab closed
    QVERIFY(!m_scheduler->contains(out));
    m_clock->advance(0);
    QCOMPARE(m_scheduler->inFlightCount(), 2);
    QCOMPARE(starts(c), 1);
    m_scheduler->reportFinished(out, {}); // a late report of a removed target: ignored
    QCOMPARE(m_scheduler->inFlightCount(), 2);
}

void TestRefreshScheduler::networkWithoutBackendCountsAsOnline()
{
    // Here (no NetworkManager on a system bus) no backend loads: unknown, so online. Where one
    // loads, the monitor says what it says.
    NetworkMonitor monitor;
    QVERIFY(monitor.isOnline()); // before start(): nothing known
    if (!monitor.start()) {
        QVERIFY(!monitor.hasBackend());
        QVERIFY(monitor.isOnline());
        return;
    }
    QCOMPARE(monitor.isOnline(), QNetworkInformation::instance()->reachability()
                                     != QNetworkInformation::Reachability::Disconnected);
}

QTEST_GUILESS_MAIN(TestRefreshScheduler)
#include "tst_refreshscheduler.moc"
