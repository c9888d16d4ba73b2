#include "core/watch/watcher.h"

#include "core/apiclient.h"
#include "core/refresh/refreshclock.h"
#include "core/ticketid.h"
#include "core/ticketjson.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace Ankra {

namespace {

QString canonical(const QString &ticketId)
{
    const TicketId id = TicketId::fromUserInput(ticketId);
    return id.isValid() ? id.toString() : QString();
}

} // namespace

Watcher::Watcher(ApiClient *client, TicketStore *store, std::unique_ptr<RefreshClock> clock,
                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_clock(clock ? std::move(clock) : std::make_unique<SystemRefreshClock>())
{
    qRegisterMetaType<Ankra::WatchEvent>();
    m_clock->setWakeHandler([this] { runDue(); });
}

Watcher::~Watcher()
{
    m_clock->setWakeHandler({});
    m_clock->cancelWake();
    if (m_request) {
        disconnect(m_request, nullptr, this, nullptr);
        m_request->cancel();
    }
}

qint64 Watcher::now() const
{
    return m_clock->now();
}

void Watcher::setScope(const QString &scope)
{
    if (scope == m_scope)
        return;
    if (m_request) {
        TicketRequest *request = m_request;
        m_request = nullptr;
        m_inFlight.clear();
        request->cancel();
    }
    m_scope = scope;
    m_entries.clear();
    m_order.clear();
    if (!scope.isEmpty() && m_store && m_store->isUsable()) {
        const QList<WatchedTicket> stored = m_store->watched(scope);
        for (const WatchedTicket &ticket : stored) {
            const QString id = canonical(ticket.ticketId);
            if (id.isEmpty() || m_entries.count(id) > 0 || count() >= MaxWatched)
                continue;
            Entry &entry = m_entries[id];
            entry.subject = ticket.subject;
            entry.due = now() + IntervalMs;
            loadBaseline(id, entry);
            m_order.append(id);
        }
    }
    reschedule();
    emit watchedChanged();
}

void Watcher::loadBaseline(const QString &ticketId, Entry &entry) const
{
    if (!m_store || !m_store->isUsable())
        return;
    const std::optional<StoredTicket> stored = m_store->ticket(m_scope, ticketId);
    if (!stored)
        return;
    std::optional<Ticket> ticket = parseTicket(stored->json);
    if (!ticket)
        return;
    entry.last.ticket = std::move(*ticket);
    entry.known = true;
}

bool Watcher::setWatched(const QString &ticketId, const QString &subject, bool on)
{
    const QString id = canonical(ticketId);
    if (id.isEmpty() || m_scope.isEmpty())
        return false;
    const auto it = m_entries.find(id);
    if (on) {
        if (it != m_entries.end()) {
            if (it->second.subject == subject || subject.isEmpty())
                return true;
            it->second.subject = subject;
        } else {
            if (!canWatchMore())
                return false;
            Entry &entry = m_entries[id];
            entry.subject = subject;
            entry.due = now() + IntervalMs;
            loadBaseline(id, entry);
            m_order.append(id);
        }
    } else {
        if (it == m_entries.end())
            return true;
        m_entries.erase(it);
        m_order.removeAll(id);
        if (m_inFlight == id && m_request) {
            TicketRequest *request = m_request;
            m_request = nullptr;
            m_inFlight.clear();
            request->cancel();
        }
    }
    if (m_store)
        m_store->setWatched(m_scope, id, subject, on);
    reschedule();
    emit watchedChanged();
    return true;
}

bool Watcher::isWatched(const QString &ticketId) const
{
    return m_entries.count(canonical(ticketId)) > 0;
}

QList<WatchedTicket> Watcher::watchedTickets() const
{
    QList<WatchedTicket> result;
    result.reserve(m_order.size());
    for (const QString &id : m_order)
        result.append(WatchedTicket{id, m_entries.at(id).subject});
    return result;
}

void Watcher::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    reschedule();
}

void Watcher::checkNow()
{
    const qint64 t = now();
    for (auto &[id, entry] : m_entries)
        entry.due = std::min(entry.due, t);
    reschedule();
}

qint64 Watcher::dueAt(const QString &ticketId) const
{
    const auto it = m_entries.find(canonical(ticketId));
    return it == m_entries.end() ? -1 : it->second.due;
}

void Watcher::reschedule()
{
    if (m_request || !m_online || m_scope.isEmpty()) {
        m_clock->cancelWake(); // the completion, the network or a scope calls this again
        return;
    }
    qint64 next = -1;
    for (const auto &[id, entry] : m_entries) {
        if (next < 0 || entry.due < next)
            next = entry.due;
    }
    if (next < 0)
        m_clock->cancelWake();
    else
        m_clock->wakeAt(next);
}

void Watcher::runDue()
{
    if (m_request || !m_online || m_scope.isEmpty())
        return;
    const qint64 t = now();
    // The one due longest: one request at a time, the others follow as each one finishes.
    QString pick;
    qint64 pickDue = -1;
    for (const QString &id : std::as_const(m_order)) {
        const Entry &entry = m_entries.at(id);
        if (entry.due <= t && (pickDue < 0 || entry.due < pickDue)) {
            pick = id;
            pickDue = entry.due;
        }
    }
    if (pick.isEmpty()) {
        reschedule();
        return;
    }
    const TicketId id = TicketId::fromUserInput(pick);
    Entry &entry = m_entries.at(pick);
    TicketRequest *request = m_client->fetchTicket(id, this, entry.last);
    m_request = request;
    m_inFlight = pick;
    connect(request, &ApiRequest::finished, this,
            [this, request, pick, scope = m_scope] { onFinished(request, pick, scope); });
    emit fetchStarted(pick);
}

void Watcher::onFinished(TicketRequest *request, const QString &ticketId, const QString &scope)
{
    request->deleteLater();
    if (m_request == request) {
        m_request = nullptr;
        m_inFlight.clear();
    }
    const auto it = m_entries.find(ticketId);
    if (scope != m_scope || it == m_entries.end()
        || request->error().kind == ApiError::Kind::Cancelled) {
        reschedule();
        return;
    }
    Entry &entry = it->second;
    if (request->error().isError()) {
        ++entry.failures;
        qint64 delay = IntervalMs;
        for (int i = 0; i < entry.failures && delay < BackoffCapMs; ++i)
            delay *= 2;
        entry.due = now() + std::min(delay, BackoffCapMs);
        if (request->error().kind == ApiError::Kind::RateLimited
            && request->error().retryAfterSeconds > 0)
            entry.due
                = std::max(entry.due, now() + qint64(request->error().retryAfterSeconds) * 1000);
        reschedule();
        return;
    }
    entry.failures = 0;
    entry.due = now() + IntervalMs;
    if (request->isUnchanged()) {
        reschedule();
        return;
    }
    const Ticket &ticket = request->ticket();
    const bool known = entry.known;
    const Ticket before = entry.last.ticket;
    entry.last.ticket = ticket;
    entry.last.bodyDigest = request->bodyDigest();
    entry.known = true;
    if (!ticket.subject.isEmpty() && ticket.subject != entry.subject) {
        entry.subject = ticket.subject;
        if (m_store)
            m_store->setWatched(m_scope, ticketId, ticket.subject, true);
        emit watchedChanged();
    }
    if (m_store && !request->json().isEmpty())
        m_store->saveTicket(m_scope, ticketId, request->json(), QDateTime::currentDateTimeUtc());
    reschedule();
    emit fetched(ticketId, ticket);
    if (!known)
        return; // the first look: nothing to compare with

    QSet<QString> seen;
    for (const Comment &comment : before.comments)
        seen.insert(comment.id);
    WatchEvent comments;
    comments.kind = WatchEvent::Kind::Comment;
    comments.ticketId = ticketId;
    comments.subject = ticket.subject;
    for (const Comment &comment : ticket.comments) {
        if (seen.contains(comment.id))
            continue;
        ++comments.newComments;
        comments.author = comment.authorLabel;
    }
    const bool statusChanged = !(before.status == ticket.status);
    if (statusChanged) {
        WatchEvent status;
        status.kind = WatchEvent::Kind::Status;
        status.ticketId = ticketId;
        status.subject = ticket.subject;
        status.oldStatus = label(before.status);
        status.newStatus = label(ticket.status);
        emit changed(status);
    }
    if (comments.newComments > 0)
        emit changed(comments);
}

} // namespace Ankra
