#pragma once

#include "core/apierror.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <map>
#include <memory>

namespace Ankra {

class RefreshClock;
class TicketListModel;
class TicketSession;

// Decides WHEN something shown is fetched again; what is fetched is the target's business.
// Targets: the current tab's ticket (every 60 s by default; Preferences: off, 30 s, 1, 5 or
// 15 min), the other open tabs (every 5 min, never more often than the current one) and the
// ticket list while it is shown (every 60 s). Every interval is jittered by ±10 % so that many
// windows do not ask in step. Errors back off per target, doubling from twice the interval up
// to 15 minutes; a success goes back to the interval. A 429 with Retry-After holds every target
// until that time has passed (the server limits this client, not one ticket). A success after
// the server could not be reached ends that backoff for the current tab and the list: the
// server is back. At most two refreshes are in flight at once. While the network is known to
// be down nothing starts; when it returns the current tab is refreshed at once.
//
// One timer is armed for the nearest due target (the clock is injectable: tests advance a
// clock of their own). Completions are reported for every fetch of a target, whoever started
// it, so that F5 or opening a ticket re-arms its interval too.
class RefreshScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshScheduler)

public:
    enum class Kind { CurrentTicket, OtherTicket, List };
    Q_ENUM(Kind)

    static constexpr qint64 DefaultCurrentIntervalMs = 60 * 1000;
    static constexpr qint64 OtherTicketIntervalMs = 5 * 60 * 1000;
    static constexpr qint64 ListIntervalMs = 60 * 1000;
    static constexpr qint64 BackoffCapMs = 15 * 60 * 1000;
    static constexpr double Jitter = 0.1; // ± this fraction of each interval
    static constexpr int MaxInFlight = 2;

    // Uniform in [0, 1).
    using Random = std::function<double()>;
    // Begins a refresh of the target: true when one is now on its way, false when there is
    // nothing to refresh now (the target is asked again one interval later).
    using Start = std::function<bool()>;

    // The system clock and QRandomGenerator.
    explicit RefreshScheduler(QObject *parent = nullptr);
    RefreshScheduler(std::unique_ptr<RefreshClock> clock, Random random, QObject *parent = nullptr);
    ~RefreshScheduler() override;

    // The current tab's interval; 0: off (it is refreshed only when asked).
    void setCurrentInterval(qint64 ms);
    qint64 currentInterval() const { return m_currentIntervalMs; }
    // The interval of a kind of target, before jitter; 0: not refreshed.
    qint64 interval(Kind kind) const;

    // Targets, by the id addTarget() returns. A new target is first due one interval from now.
    int addTarget(Kind kind, Start start);
    void removeTarget(int id);
    void setKind(int id, Kind kind);
    // A disabled target is not refreshed (the list while it is hidden); enabling it makes it
    // due at once when its interval has passed meanwhile.
    void setEnabled(int id, bool enabled);
    // The outcome of a fetch of the target: a success re-arms the interval, an error backs off
    // (Cancelled is neither).
    void reportFinished(int id, const ApiError &error);

    // A ticket document as a target: refreshed while it holds a ticket (or after a transient
    // error), its loaded / unchanged / failed reported; removed when the session is destroyed.
    int addSession(TicketSession *session, Kind kind = Kind::OtherTicket);
    // This session's target becomes the current one, every other session's an OtherTicket.
    void setCurrentSession(TicketSession *session);
    int sessionTarget(const TicketSession *session) const;
    // The ticket list as a target (refreshed in place while loaded).
    int addListModel(TicketListModel *model, bool enabled);

    // The network: false while it is known to be down (NetworkMonitor). Unknown is online.
    void setOnline(bool online);
    bool isOnline() const { return m_online; }

    // For tests and diagnostics.
    bool contains(int id) const;
    Kind kind(int id) const;
    qint64 now() const;
    // When the target is next due (a now() value), -1 when it is not scheduled.
    qint64 dueAt(int id) const;
    bool isInFlight(int id) const;
    bool isEnabled(int id) const;
    int inFlightCount() const { return m_inFlight; }
    int failureCount(int id) const;
    // No target starts before this (a 429's Retry-After), -1 when none.
    qint64 holdUntil() const { return m_holdUntil; }

signals:
    // The scheduler began a refresh of the target.
    void refreshStarted(int id);

private:
    struct Target
    {
        Kind kind = Kind::OtherTicket;
        Start start;
        bool enabled = true;
        bool inFlight = false;
        int failures = 0;
        bool unreachable = false; // the last failure: the server could not be reached
        qint64 due = -1;          // -1: not scheduled
        qint64 lastDone = -1;     // the last completion (or when added)
    };

    qint64 jittered(qint64 ms) const;
    qint64 backoff(const Target &target) const;
    // Due one interval after its last completion (at once when that has passed).
    void rearm(Target &target);
    // After a success of `answered`: the current tab and the list, backing off because the
    // server could not be reached, are due at once.
    void endUnreachableBackoff(int answered);
    void reschedule();
    void runDue();

    std::unique_ptr<RefreshClock> m_clock;
    Random m_random;
    std::map<int, Target> m_targets;
    QHash<const TicketSession *, int> m_sessions;
    int m_nextId = 1;
    int m_inFlight = 0;
    qint64 m_currentIntervalMs = DefaultCurrentIntervalMs;
    qint64 m_holdUntil = -1;
    bool m_online = true;
    bool m_running = false; // inside runDue(): completions reported meanwhile do not re-enter
};

} // namespace Ankra
