#include "core/refresh/refreshscheduler.h"

#include "core/models/ticketlistmodel.h"
#include "core/refresh/refreshclock.h"
#include "core/ticketsession.h"

#include <QPointer>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Ankra {

namespace {

// Which due target goes first when not all can: what the user looks at.
int priority(RefreshScheduler::Kind kind)
{
    switch (kind) {
    case RefreshScheduler::Kind::CurrentTicket:
        return 0;
    case RefreshScheduler::Kind::List:
        return 1;
    case RefreshScheduler::Kind::OtherTicket:
        break;
    }
    return 2;
}

} // namespace

RefreshScheduler::RefreshScheduler(QObject *parent)
    : RefreshScheduler(
        std::make_unique<SystemRefreshClock>(),
        [] { return QRandomGenerator::global()->generateDouble(); }, parent)
{}

RefreshScheduler::RefreshScheduler(std::unique_ptr<RefreshClock> clock, Random random,
                                   QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_random(std::move(random))
{
    m_clock->setWakeHandler([this] { runDue(); });
}

RefreshScheduler::~RefreshScheduler()
{
    m_clock->setWakeHandler({});
    m_clock->cancelWake();
}

qint64 RefreshScheduler::now() const
{
    return m_clock->now();
}

qint64 RefreshScheduler::interval(Kind kind) const
{
    switch (kind) {
    case Kind::CurrentTicket:
        return m_currentIntervalMs;
    case Kind::OtherTicket:
        // Never more often than the current tab (whose setting may be 15 minutes).
        return std::max(OtherTicketIntervalMs, m_currentIntervalMs);
    case Kind::List:
        return ListIntervalMs;
    }
    return 0;
}

void RefreshScheduler::setCurrentInterval(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    if (ms == m_currentIntervalMs)
        return;
    m_currentIntervalMs = ms;
    for (auto &[id, target] : m_targets) {
        if (target.kind != Kind::List && !target.inFlight && target.failures == 0)
            rearm(target);
    }
    reschedule();
}

qint64 RefreshScheduler::jittered(qint64 ms) const
{
    const double r = std::clamp(m_random ? m_random() : 0.5, 0.0, 1.0);
    return std::llround(double(ms) * (1.0 + Jitter * (2.0 * r - 1.0)));
}

qint64 RefreshScheduler::backoff(const Target &target) const
{
    const qint64 base = interval(target.kind) > 0 ? interval(target.kind) : ListIntervalMs;
    const qint64 cap = std::max(BackoffCapMs, base);
    qint64 delay = base;
    for (int i = 0; i < target.failures && delay < cap; ++i)
        delay *= 2;
    return jittered(std::min(delay, cap));
}

void RefreshScheduler::rearm(Target &target)
{
    const qint64 every = interval(target.kind);
    if (every <= 0) {
        target.due = -1;
        return;
    }
    const qint64 from = target.lastDone >= 0 ? target.lastDone : now();
    target.due = std::max(now(), from + jittered(every));
}

int RefreshScheduler::addTarget(Kind kind, Start start)
{
    const int id = m_nextId++;
    Target &target = m_targets[id];
    target.kind = kind;
    target.start = std::move(start);
    target.lastDone = now();
    rearm(target);
    reschedule();
    return id;
}

void RefreshScheduler::removeTarget(int id)
{
    const auto it = m_targets.find(id);
    if (it == m_targets.end())
        return;
    if (it->second.inFlight)
        --m_inFlight;
    m_targets.erase(it);
    reschedule();
}

void RefreshScheduler::setKind(int id, Kind kind)
{
    const auto it = m_targets.find(id);
    if (it == m_targets.end() || it->second.kind == kind)
        return;
    Target &target = it->second;
    target.kind = kind;
    if (!target.inFlight) {
        if (target.failures > 0)
            target.due = target.lastDone + backoff(target);
        else
            rearm(target);
    }
    reschedule();
}

void RefreshScheduler::setEnabled(int id, bool enabled)
{
    const auto it = m_targets.find(id);
    if (it == m_targets.end() || it->second.enabled == enabled)
        return;
    it->second.enabled = enabled;
    reschedule();
}

void RefreshScheduler::reportFinished(int id, const ApiError &error)
{
    const auto it = m_targets.find(id);
    if (it == m_targets.end())
        return;
    Target &target = it->second;
    if (target.inFlight) {
        target.inFlight = false;
        --m_inFlight;
    }
    target.lastDone = now();
    if (error.kind == ApiError::Kind::Cancelled) {
        rearm(target);
    } else if (error.isError()) {
        ++target.failures;
        target.unreachable = error.isUnreachable();
        target.due = now() + backoff(target);
        if (error.kind == ApiError::Kind::RateLimited && error.retryAfterSeconds > 0) {
            const qint64 until = now() + qint64(error.retryAfterSeconds) * 1000;
            m_holdUntil = std::max(m_holdUntil, until);
            target.due = std::max(target.due, until);
        }
    } else {
        target.failures = 0;
        target.unreachable = false;
        rearm(target);
        endUnreachableBackoff(id);
    }
    reschedule();
}

void RefreshScheduler::endUnreachableBackoff(int answered)
{
    // The server answers again: what is on screen and waits out a backoff for not reaching it
    // (the list after an offline start) is due at once, not minutes later. Other tabs keep
    // theirs, so that a return after a long outage is not a burst of every open ticket.
    for (auto &[id, target] : m_targets) {
        if (id == answered || !target.unreachable || target.inFlight
            || target.kind == Kind::OtherTicket)
            continue;
        target.failures = 0;
        target.unreachable = false;
        target.due = now();
    }
}

void RefreshScheduler::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (online) {
        // Back: the current tab at once, its failures were the network's.
        for (auto &[id, target] : m_targets) {
            if (target.kind == Kind::CurrentTicket && interval(target.kind) > 0
                && !target.inFlight) {
                target.failures = 0;
                target.due = now();
            }
        }
    }
    reschedule();
}

bool RefreshScheduler::contains(int id) const
{
    return m_targets.count(id) > 0;
}

RefreshScheduler::Kind RefreshScheduler::kind(int id) const
{
    const auto it = m_targets.find(id);
    return it == m_targets.end() ? Kind::OtherTicket : it->second.kind;
}

qint64 RefreshScheduler::dueAt(int id) const
{
    const auto it = m_targets.find(id);
    return it == m_targets.end() || it->second.inFlight ? -1 : it->second.due;
}

bool RefreshScheduler::isInFlight(int id) const
{
    const auto it = m_targets.find(id);
    return it != m_targets.end() && it->second.inFlight;
}

bool RefreshScheduler::isEnabled(int id) const
{
    const auto it = m_targets.find(id);
    return it != m_targets.end() && it->second.enabled;
}

int RefreshScheduler::failureCount(int id) const
{
    const auto it = m_targets.find(id);
    return it == m_targets.end() ? 0 : it->second.failures;
}

void RefreshScheduler::reschedule()
{
    if (m_running)
        return; // runDue() arms the clock when it is done
    if (!m_online || m_inFlight >= MaxInFlight) {
        m_clock->cancelWake(); // a completion or the network's return calls this again
        return;
    }
    qint64 next = -1;
    for (const auto &[id, target] : m_targets) {
        if (!target.enabled || target.inFlight || target.due < 0)
            continue;
        if (next < 0 || target.due < next)
            next = target.due;
    }
    if (next < 0) {
        m_clock->cancelWake();
        return;
    }
    m_clock->wakeAt(std::max(next, m_holdUntil));
}

void RefreshScheduler::runDue()
{
    if (m_running || !m_online)
        return;
    const qint64 t = now();
    if (m_holdUntil >= 0 && t < m_holdUntil) {
        reschedule();
        return;
    }
    m_holdUntil = -1;
    std::vector<int> due;
    for (const auto &[id, target] : m_targets) {
        if (target.enabled && !target.inFlight && target.due >= 0 && target.due <= t)
            due.push_back(id);
    }
    std::stable_sort(due.begin(), due.end(), [this](int a, int b) {
        const Target &x = m_targets.at(a);
        const Target &y = m_targets.at(b);
        if (priority(x.kind) != priority(y.kind))
            return priority(x.kind) < priority(y.kind);
        return x.due < y.due;
    });
    m_running = true;
    for (const int id : due) {
        if (m_inFlight >= MaxInFlight)
            break;
        auto it = m_targets.find(id);
        if (it == m_targets.end())
            continue; // removed by an earlier start
        it->second.inFlight = true;
        ++m_inFlight;
        const bool started = it->second.start && it->second.start();
        it = m_targets.find(id);
        if (it == m_targets.end())
            continue;
        if (started) {
            emit refreshStarted(id);
        } else if (it->second.inFlight) {
            // Nothing to refresh now: asked again one interval later.
            it->second.inFlight = false;
            --m_inFlight;
            it->second.lastDone = t;
            rearm(it->second);
            if (it->second.due <= t)
                it->second.due = t + jittered(interval(it->second.kind));
        }
    }
    m_running = false;
    reschedule();
}

int RefreshScheduler::addSession(TicketSession *session, Kind kind)
{
    const int id = addTarget(kind, [session] {
        if (session->isBusy())
            return false;
        const bool loaded
            = session->state() == TicketSession::State::Loaded && session->hasTicket();
        // A first fetch that failed for a reason that passes by itself is tried again; a 404
        // or a 401 is not (the user has to do something first).
        const bool retry = session->state() == TicketSession::State::Error
                           && (session->lastError().isUnreachable()
                               || session->lastError().kind == ApiError::Kind::RateLimited);
        if (!loaded && !retry)
            return false;
        session->refresh();
        return session->isBusy();
    });
    m_sessions.insert(session, id);
    // A copy from the store is no answer of the server: the fetch behind it reports its own.
    connect(session, &TicketSession::loaded, this, [this, id, session] {
        if (!session->isSavedCopy())
            reportFinished(id, {});
    });
    connect(session, &TicketSession::unchanged, this, [this, id] { reportFinished(id, {}); });
    connect(session, &TicketSession::failed, this,
            [this, id](const ApiError &error) { reportFinished(id, error); });
    // A cancel ends a fetch without a result. Looked at once the emitting call is done: a
    // fetch that finishes emits busyChanged(false) just before loaded() or failed().
    connect(
        session, &TicketSession::busyChanged, this,
        [this, id, guard = QPointer<TicketSession>(session)](bool busy) {
            if (!busy && guard && !guard->isBusy() && isInFlight(id))
                reportFinished(id, ApiError{ApiError::Kind::Cancelled, 0, {}, -1});
        },
        Qt::QueuedConnection);
    connect(session, &QObject::destroyed, this, [this, session, id] {
        m_sessions.remove(session);
        removeTarget(id);
    });
    return id;
}

void RefreshScheduler::setCurrentSession(TicketSession *session)
{
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
        setKind(it.value(), it.key() == session ? Kind::CurrentTicket : Kind::OtherTicket);
}

int RefreshScheduler::sessionTarget(const TicketSession *session) const
{
    return m_sessions.value(session, 0);
}

int RefreshScheduler::addListModel(TicketListModel *model, bool enabled)
{
    const int id = addTarget(Kind::List, [model] {
        if (model->isBusy() || model->state() == TicketListModel::State::Idle
            || model->state() == TicketListModel::State::Loading)
            return false;
        model->refresh();
        return model->isBusy();
    });
    setEnabled(id, enabled);
    connect(model, &TicketListModel::pageLoaded, this, [this, id] { reportFinished(id, {}); });
    connect(model, &TicketListModel::failed, this,
            [this, id](const ApiError &error) { reportFinished(id, error); });
    connect(model, &QObject::destroyed, this, [this, id] { removeTarget(id); });
    return id;
}

} // namespace Ankra
