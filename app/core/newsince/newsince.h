#pragma once

#include "core/store/ticketstore.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Ankra {

class RefreshClock;
class TicketId;
struct Ticket;
class TicketSession;

// "New since you last looked" (issue 13) for one ticket document. A ticket counts as looked at
// when its tab has been current in the active window for 2 seconds (setLooking(), timed on a
// RefreshClock so tests need no sleep): then what is on screen — the comments' IDs, the status
// and the severity — is saved in the store under the session's scope, and kept across restarts.
//
// What is marked new is measured against the baseline: what was seen when the tab was last
// looked at before this visit (the store's, or for a ticket never seen before the ticket as
// first shown here). While the agent looks, the marks stay (they are reading them); leaving the
// tab after a look moves the baseline on, and so does markAsRead(). Without a store, or with
// it off, the same holds for the session's lifetime.
class NewSince final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSince)

public:
    static constexpr qint64 LookMs = 2000;

    // Follows `session`'s loads (the session must outlive this; it is usually its parent).
    NewSince(TicketSession *session, TicketStore *store, QObject *parent = nullptr);
    ~NewSince() override;

    // The clock the 2 seconds are counted on (not owned: it must outlive this; nullptr: the
    // system's).
    void setClock(RefreshClock *clock);

    // The tab is current in the active window (true) or not.
    void setLooking(bool looking);
    bool isLooking() const { return m_looking; }
    // The ticket has been looked at during this visit (the state saved as seen).
    bool hasLooked() const { return m_looked; }

    // The session calls this just before its models take `ticket` (the one `id` names).
    void prepare(const TicketId &id, const Ticket &ticket);

    // Saves the ticket as seen and clears every mark.
    void markAsRead();

    // The comments added since the baseline, in the thread's order (oldest first).
    const QStringList &newCommentIds() const { return m_newIds; }
    int newCount() const { return int(m_newIds.size()); }
    bool isNew(const QString &commentId) const { return m_newSet.contains(commentId); }
    QString firstNewCommentId() const { return m_newIds.value(0); }

    // The status and severity changed since the baseline; what they were (wire names).
    bool statusChanged() const { return m_statusChanged; }
    bool severityChanged() const { return m_severityChanged; }
    QString statusBefore() const { return m_statusBefore; }
    QString severityBefore() const { return m_severityBefore; }
    bool hasChanges() const { return !m_newIds.isEmpty() || m_statusChanged || m_severityChanged; }
    // One line naming the changes: "Status changed: Open → Waiting on customer"; with a
    // severity change too, both, separated by " · ". Empty when neither changed.
    QString changeText() const;

signals:
    // The marks (new comments, status or severity change) are different.
    void changed();
    // The ticket was saved as seen (2 seconds current, or Mark as Read).
    void looked();

private:
    void onLoaded();
    bool recompute(const Ticket &ticket);
    void recomputeNow();
    static SeenState current(const Ticket &ticket);
    void save();
    void armLook();

    TicketSession *m_session;
    TicketStore *m_store;
    std::unique_ptr<RefreshClock> m_systemClock;
    RefreshClock *m_clock;
    QString m_ticketId; // the ticket the baseline belongs to (canonical)
    std::optional<SeenState> m_baseline;
    std::optional<SeenState> m_saved; // what was last saved this visit
    bool m_looking = false;
    bool m_looked = false;
    bool m_pendingChange = false; // prepare() changed the marks; changed() follows the load
    QStringList m_newIds;
    QSet<QString> m_newSet;
    bool m_statusChanged = false;
    bool m_severityChanged = false;
    QString m_statusBefore;
    QString m_severityBefore;
};

} // namespace Ankra
