#include "core/newsince/newcommentcounts.h"

#include "core/newsince/newsince.h"
#include "core/store/ticketstore.h"
#include "core/ticket.h"
#include "core/ticketjson.h"
#include "core/ticketsession.h"

namespace Ankra {

namespace {

int countNew(const QSet<QString> &seen, const Ticket &ticket)
{
    int count = 0;
    for (const Comment &comment : ticket.comments) {
        if (!seen.contains(comment.id))
            ++count;
    }
    return count;
}

} // namespace

NewCommentCounts::NewCommentCounts(TicketStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

NewCommentCounts::~NewCommentCounts() = default;

void NewCommentCounts::setScope(const QString &scope)
{
    m_scope = scope;
    m_entries.clear();
    if (m_store && !scope.isEmpty()) {
        const QHash<QString, SeenState> seen = m_store->seenTickets(scope);
        m_entries.reserve(seen.size());
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            Entry entry;
            entry.seenIds = QSet<QString>(it->commentIds.cbegin(), it->commentIds.cend());
            entry.seenAt = it->seenAt;
            // The stored copy, when it was fetched after the look.
            const std::optional<StoredTicket> stored = m_store->ticket(scope, it.key());
            if (stored && stored->fetchedAt >= it->seenAt) {
                if (const std::optional<Ticket> ticket = parseTicket(stored->json))
                    entry.newCount = countNew(entry.seenIds, *ticket);
            }
            m_entries.insert(key(it.key()), entry);
        }
    }
    emit reset();
}

void NewCommentCounts::follow(TicketSession *session)
{
    connect(session, &TicketSession::loaded, this, [this, session] {
        if (session->hasTicket())
            ticketKnown(session->loadedId().toString(), session->ticket());
    });
    connect(session->newSince(), &NewSince::looked, this, [this, session] {
        if (session->hasTicket())
            looked(session->loadedId().toString(), session->ticket());
    });
}

void NewCommentCounts::ticketKnown(const QString &id, const Ticket &ticket)
{
    const auto it = m_entries.find(key(id));
    if (it == m_entries.end())
        return;
    const int count = countNew(it->seenIds, ticket);
    if (count == it->newCount)
        return;
    it->newCount = count;
    emit changed(key(id));
}

void NewCommentCounts::looked(const QString &id, const Ticket &ticket)
{
    Entry entry;
    for (const Comment &comment : ticket.comments)
        entry.seenIds.insert(comment.id);
    entry.seenAt = QDateTime::currentDateTimeUtc();
    entry.newCount = 0;
    const QString k = key(id);
    const auto it = m_entries.constFind(k);
    const bool same = it != m_entries.cend() && it->newCount == 0;
    m_entries.insert(k, entry);
    if (!same)
        emit changed(k);
}

const NewCommentCounts::Entry *NewCommentCounts::entry(const QString &id) const
{
    const auto it = m_entries.constFind(key(id));
    return it == m_entries.cend() ? nullptr : &*it;
}

int NewCommentCounts::newCount(const QString &id) const
{
    const Entry *e = entry(id);
    return e ? e->newCount : -1;
}

bool NewCommentCounts::updatedSinceLooked(const QString &id, const QDateTime &updatedAt) const
{
    const Entry *e = entry(id);
    return e && e->newCount < 0 && updatedAt.isValid() && e->seenAt.isValid()
           && updatedAt > e->seenAt;
}

QString NewCommentCounts::badgeText(int count)
{
    //: The ticket list row's mark: comments added since the ticket was last looked at
    return tr("%n new", nullptr, count);
}

QString NewCommentCounts::accessibleText(int count)
{
    //: Read aloud for a ticket list row: comments added since the ticket was last looked at
    return tr("%n new comments since you last looked", nullptr, count);
}

QString NewCommentCounts::updatedText()
{
    //: The ticket list row's dot: the ticket changed after it was last looked at
    return tr("Updated since you last looked");
}

} // namespace Ankra
