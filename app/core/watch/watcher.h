#pragma once

#include "core/apirequest.h"
#include "core/refresh/refreshclock.h"
#include "core/store/ticketstore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <map>
#include <memory>

namespace Ankra {

class ApiClient;

// What changed on a watched ticket since the watcher last saw it.
struct WatchEvent
{
    enum class Kind { Comment, Status };
    Kind kind = Kind::Comment;
    QString ticketId;
    QString subject;
    QString author;      // Comment: who wrote the newest of the new comments
    int newComments = 0; // Comment: how many are new
    QString oldStatus;   // Status: the labels before and after
    QString newStatus;
};

// Watched tickets (issue 13): at most MaxWatched per scope, kept in the store, fetched every
// IntervalMs whether or not a tab shows them, one request at a time. Each answer is compared
// with the last copy the watcher knows (the store's copy when it starts, then its own last
// answer): comments with IDs not seen before, or another status, are reported by changed().
// The first answer for a ticket without a copy only sets what is known. Errors back off,
// doubling up to BackoffCapMs. Nothing is fetched while the scope is empty or the network is
// known to be down. The clock is injectable (tests/support/manualclock.h).
class Watcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Watcher)

public:
    static constexpr int MaxWatched = 50;
    static constexpr qint64 IntervalMs = 2 * 60 * 1000;
    static constexpr qint64 BackoffCapMs = 15 * 60 * 1000;

    // `store` may be null (then the list lasts for the session only). Without a clock, the
    // system's.
    Watcher(ApiClient *client, TicketStore *store, std::unique_ptr<RefreshClock> clock = {},
            QObject *parent = nullptr);
    ~Watcher() override;

    // The account the watched tickets belong to (TicketStore::scopeFor); its list is read
    // from the store. Empty: nothing is watched (signed out, demo data).
    void setScope(const QString &scope);
    QString scope() const { return m_scope; }

    // False when `on` and MaxWatched tickets are watched already, or without a scope.
    bool setWatched(const QString &ticketId, const QString &subject, bool on);
    bool isWatched(const QString &ticketId) const;
    QList<WatchedTicket> watchedTickets() const;
    int count() const { return int(m_entries.size()); }
    bool canWatchMore() const { return count() < MaxWatched; }

    void setOnline(bool online);
    // Every watched ticket due now (still one request at a time).
    void checkNow();

    // For tests and diagnostics.
    qint64 now() const;
    qint64 dueAt(const QString &ticketId) const; // -1 when not watched
    bool isBusy() const { return !m_request.isNull(); }
    QString inFlightTicket() const { return m_inFlight; }

signals:
    void watchedChanged();
    void changed(const Ankra::WatchEvent &event);
    // A watched ticket's fetch began.
    void fetchStarted(const QString &ticketId);
    // A watched ticket's fetch brought a new copy (saved in the store too).
    void fetched(const QString &ticketId, const Ankra::Ticket &ticket);

private:
    struct Entry
    {
        QString subject;
        qint64 due = -1;
        int failures = 0;
        bool known = false; // `last` holds what was seen
        KnownTicket last;
    };

    void reschedule();
    void runDue();
    void onFinished(TicketRequest *request, const QString &ticketId, const QString &scope);
    void loadBaseline(const QString &ticketId, Entry &entry) const;

    ApiClient *m_client;
    TicketStore *m_store;
    std::unique_ptr<RefreshClock> m_clock;
    QString m_scope;
    std::map<QString, Entry> m_entries;
    QList<QString> m_order; // watched first first (the store's order)
    QPointer<TicketRequest> m_request;
    QString m_inFlight;
    bool m_online = true;
};

} // namespace Ankra

Q_DECLARE_METATYPE(Ankra::WatchEvent)
