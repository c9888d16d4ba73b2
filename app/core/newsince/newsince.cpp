#include "core/newsince/newsince.h"

#include "core/models/commentlistmodel.h"
#include "core/refresh/refreshclock.h"
#include "core/ticket.h"
#include "core/ticketsession.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Ankra {

NewSince::NewSince(TicketSession *session, TicketStore *store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_systemClock(std::make_unique<SystemRefreshClock>())
    , m_clock(m_systemClock.get())
{
    m_clock->setWakeHandler([this] { save(); });
    connect(session, &TicketSession::loaded, this, &NewSince::onLoaded);
}

NewSince::~NewSince()
{
    m_clock->cancelWake();
    m_clock->setWakeHandler({});
}

void NewSince::setClock(RefreshClock *clock)
{
    m_clock->cancelWake();
    m_clock->setWakeHandler({});
    m_clock = clock ? clock : m_systemClock.get();
    m_clock->setWakeHandler([this] { save(); });
    armLook();
}

void NewSince::setLooking(bool looking)
{
    if (looking == m_looking)
        return;
    m_looking = looking;
    if (looking) {
        m_looked = false;
        armLook();
        return;
    }
    m_clock->cancelWake();
    // Looked at during this visit: what was seen then is what the next visit is measured by.
    if (m_looked && m_saved) {
        m_baseline = m_saved;
        recomputeNow();
    }
    m_looked = false;
}

void NewSince::armLook()
{
    m_clock->cancelWake();
    if (m_looking && m_session->hasTicket() && m_session->state() == TicketSession::State::Loaded)
        m_clock->wakeAt(m_clock->now() + LookMs);
}

void NewSince::markAsRead()
{
    if (!m_session->hasTicket())
        return;
    save();
    m_baseline = m_saved;
    recomputeNow();
}

SeenState NewSince::current(const Ticket &ticket)
{
    SeenState seen;
    seen.commentIds.reserve(ticket.comments.size());
    for (const Comment &comment : ticket.comments)
        seen.commentIds.append(comment.id);
    seen.seenAt = QDateTime::currentDateTimeUtc();
    seen.status = ticket.status.raw;
    seen.severity = ticket.severity.raw;
    return seen;
}

void NewSince::save()
{
    if (!m_session->hasTicket())
        return;
    m_saved = current(m_session->ticket());
    m_looked = true;
    const QString scope = m_session->storeScope();
    if (!scope.isEmpty())
        m_store->saveSeen(scope, m_ticketId, *m_saved);
    emit looked();
}

void NewSince::prepare(const TicketId &id, const Ticket &ticket)
{
    if (id.toString() != m_ticketId) {
        // Another ticket: its baseline is what the store says was seen of it, or, for one never
        // seen, the ticket as first shown (nothing new in it; what arrives later is).
        m_ticketId = id.toString();
        m_saved.reset();
        m_looked = false;
        m_baseline.reset();
        const QString scope = m_session->storeScope();
        if (!scope.isEmpty())
            m_baseline = m_store->seen(scope, m_ticketId);
        if (!m_baseline) {
            m_baseline = current(ticket);
            m_baseline->seenAt = QDateTime();
        }
    }
    // Before the models take the ticket: the rows a refresh inserts come marked, with no
    // dataChanged after them.
    m_pendingChange = recompute(ticket) || m_pendingChange;
}

void NewSince::onLoaded()
{
    if (std::exchange(m_pendingChange, false))
        emit changed();
    // Something new on screen: it has been looked at 2 seconds from now.
    armLook();
}

bool NewSince::recompute(const Ticket &ticket)
{
    QStringList ids;
    bool statusChanged = false;
    bool severityChanged = false;
    QString statusBefore;
    QString severityBefore;
    if (m_baseline) {
        const QSet<QString> seen(m_baseline->commentIds.cbegin(), m_baseline->commentIds.cend());
        for (const Comment &comment : ticket.comments) {
            if (!seen.contains(comment.id))
                ids.append(comment.id);
        }
        statusChanged = m_baseline->status != ticket.status.raw;
        severityChanged = m_baseline->severity != ticket.severity.raw;
        if (statusChanged)
            statusBefore = m_baseline->status;
        if (severityChanged)
            severityBefore = m_baseline->severity;
    }
    if (ids == m_newIds && statusChanged == m_statusChanged && severityChanged == m_severityChanged
        && statusBefore == m_statusBefore && severityBefore == m_severityBefore)
        return false;
    m_newIds = ids;
    m_newSet = QSet<QString>(ids.cbegin(), ids.cend());
    m_statusChanged = statusChanged;
    m_severityChanged = severityChanged;
    m_statusBefore = statusBefore;
    m_severityBefore = severityBefore;
    m_session->comments()->setNewCommentIds(m_newSet);
    return true;
}

void NewSince::recomputeNow()
{
    if (m_session->hasTicket() && recompute(m_session->ticket()))
        emit changed();
}

QString NewSince::changeText() const
{
    if (!m_session->hasTicket())
        return QString();
    const Ticket &ticket = m_session->ticket();
    const auto severityText = [](const EnumValue<Severity> &severity) {
        return severity.raw.isEmpty() ? NewSince::tr("none") : label(severity);
    };
    QStringList parts;
    if (m_statusChanged) {
        //: The ticket's status before and now, e.g. "Status changed: Open → Waiting on customer"
        parts.append(tr("Status changed: %1 → %2")
                         .arg(label(statusFromWire(m_statusBefore)), label(ticket.status)));
    }
    if (m_severityChanged) {
        //: The ticket's severity before and now, e.g. "Severity changed: Low → High"
        parts.append(tr("Severity changed: %1 → %2")
                         .arg(severityText(severityFromWire(m_severityBefore)),
                              severityText(ticket.severity)));
    }
    return parts.join(u" · "_s);
}

} // namespace Ankra
