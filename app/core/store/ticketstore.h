#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlError;

namespace Ankra {

struct Endpoint;

// A ticket's JSON as it was last fetched (the raw bytes) and when.
struct StoredTicket
{
    QByteArray json;
    QDateTime fetchedAt;
};

// A page of the ticket list as it was last shown, under the filter that asked for it.
struct StoredListPage
{
    QByteArray json;
    QDateTime fetchedAt;
};

// What the agent has seen of a ticket: the comments (by ID) and when, the status and severity
// then (their wire names).
struct SeenState
{
    QStringList commentIds;
    QDateTime seenAt;
    QString status;
    QString severity;
};

struct WatchedTicket
{
    QString ticketId;
    QString subject;
};

// One hit of search(): the ticket, its subject and a plain-text snippet of the match.
struct SearchHit
{
    QString ticketId;
    QString subject;
    QString snippet;
};

struct TicketStoreOptions
{
    QString path;                     // empty: defaultPath()
    int maxTickets = 500;             // retention: at most this many stored tickets...
    int maxDays = 30;                 // ...and none fetched longer ago than this
    int busyTimeoutMs = 3000;         // how long a locked file is waited for
    std::function<QDateTime()> clock; // "now" for retention (tests); empty: the system clock
};

class TicketStoreWorker;

// The local store (issue 13): one SQLite file (QSQLITE) in the user's application-data folder,
// mode 0600, WAL, a busy timeout, one connection per thread, the schema versioned by
// PRAGMA user_version and migrated in one transaction. It keeps the last fetched JSON of each
// ticket, the list pages last shown, what the agent has seen of each ticket and the watched
// tickets — never the token — each under a scope, a one-way fingerprint of the server origin,
// the organisation and the token (scopeFor()): what is written under one scope is never
// returned under another.
//
// Writes go to a worker thread with its own connection and are batched there in one
// transaction, so none stalls a frame; reads are synchronous on the calling thread's own
// connection (one indexed row or one FTS query: well under a millisecond for typical tickets,
// and in WAL mode a reader never waits for the writer). flush() waits for the queued writes.
//
// Nothing here stops the app: a corrupt or newer-versioned file is moved aside
// (store.sqlite.corrupt-<time> / .newer-<time>) and rebuilt; a locked file or an unwritable
// folder turns the store off for the session. Each case leaves one human-readable notice().
class TicketStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketStore)

public:
    // The schema version this build writes; migrations lead from 0 (an empty file) to it.
    static constexpr int SchemaVersion = 1;

    explicit TicketStore(const TicketStoreOptions &options = {}, QObject *parent = nullptr);
    ~TicketStore() override;

    // store.sqlite in QStandardPaths::AppDataLocation.
    static QString defaultPath();
    // SHA-256 (hex) over the origin, the organisation and the token: the token cannot be read
    // back from it, and another token, organisation or server gives another scope.
    static QString scopeFor(const QString &origin, const QString &organisationId,
                            const QString &token);
    static QString scopeFor(const Endpoint &endpoint);
    // The scope to read and write under for requests to `endpoint`: empty when the store is
    // not usable, or the endpoint has no token or a configuration error (nothing is kept then).
    QString usableScope(const Endpoint &endpoint) const;

    // The file is opened (and made, migrated, moved aside) on the worker thread, while the
    // application builds its window: these wait for that, isReady() never does, and opened()
    // is emitted (on this object's thread) when it is done.
    bool isReady() const;
    // Usable for this session (false: locked, unwritable, or no SQLite driver).
    bool isOpen() const;
    // Empty, or one sentence saying what went wrong with the file and what to do.
    QString notice() const;
    QString path() const { return m_path; }
    bool hasFullTextSearch() const;

    // Off: reads return nothing, writes are dropped (the preference, demo mode). On by default.
    void setEnabled(bool on) { m_enabled = on; }
    bool isEnabled() const { return m_enabled; }
    bool isUsable() const { return m_enabled && isOpen(); }

    void setRetention(int maxTickets, int maxDays);
    int maxTickets() const { return m_maxTickets; }
    int maxDays() const { return m_maxDays; }

    // Tickets (written on the worker, batched; the text for search extracted there too).
    void saveTicket(const QString &scope, const QString &ticketId, const QByteArray &json,
                    const QDateTime &fetchedAt);
    std::optional<StoredTicket> ticket(const QString &scope, const QString &ticketId) const;
    // Stored tickets under `scope`, or in all scopes when it is empty.
    int ticketCount(const QString &scope = QString()) const;

    // List pages, by a key the caller makes of the filter (status, search, page).
    void saveListPage(const QString &scope, const QString &filterKey, const QByteArray &json,
                      const QDateTime &fetchedAt);
    std::optional<StoredListPage> listPage(const QString &scope, const QString &filterKey) const;
    bool hasListPage(const QString &scope, const QString &filterKey) const;

    // What was seen of a ticket.
    void saveSeen(const QString &scope, const QString &ticketId, const SeenState &seen);
    std::optional<SeenState> seen(const QString &scope, const QString &ticketId) const;
    // Every ticket seen under `scope`, by ID (lower case), in one query.
    QHash<QString, SeenState> seenTickets(const QString &scope) const;

    // Watched tickets (never pruned by retention).
    void setWatched(const QString &scope, const QString &ticketId, const QString &subject,
                    bool watched);
    QList<WatchedTicket> watched(const QString &scope) const;

    // Full-text search over the stored tickets of `scope`: subject, description, AI summary,
    // comments (and their authors) and attachment names, best first. `userText` is always
    // searched for as words (never FTS syntax): quotes, `*`, `-`, NEAR, AND, parentheses are
    // plain text. The last word also matches as a prefix unless the text ends with a space.
    // Empty without FTS5 (hasFullTextSearch()).
    QList<SearchHit> search(const QString &scope, const QString &userText, int limit = 50) const;
    // The FTS5 MATCH expression search() uses for `userText` (empty: nothing to search for).
    static QString matchExpression(const QString &userText);

    // Removal, on the worker after the writes queued before it (flush() to wait).
    void clearScope(const QString &scope);
    void removeOtherScopes(const QString &keep);
    // Everything (Settings → Delete saved copies now): waits, and returns the tickets removed.
    int clearAll();

    // Waits until every write queued so far is in the file.
    void flush();

signals:
    // Ticket copies were written or removed (on the worker; delivered queued to this thread).
    void ticketsChanged();
    // The file is open, or the store is off (notice()).
    void opened();

public:
    // How opening the file went (internal; public for the helpers in the .cpp).
    enum class Outcome { Ok, Corrupt, Newer, Locked, Failed };

private:
    friend class TicketStoreWorker;

    void openFile();
    bool prepareFile(QString *error);
    Outcome initialise(QSqlError *error, int *version);
    QString connectionName() const;
    QSqlDatabase connection() const;
    QDateTime now() const;
    void post(std::function<bool(QSqlDatabase &)> job);
    void deleteScopes(const QString &condition, const QString &scope);
    void reindexLater();
    void waitUntilOpen() const;

    QString m_path;
    int m_busyTimeoutMs;
    std::function<QDateTime()> m_clock;
    std::atomic<int> m_maxTickets; // read by the worker's pruning
    std::atomic<int> m_maxDays;
    bool m_open = false;
    bool m_enabled = true;
    bool m_fts = false;
    bool m_reindex = false; // the search index is new: fill it from the copies
    QString m_notice;
    QString m_id; // part of every connection name of this store
    // The connections opened on this object's thread (the worker's closes its own).
    mutable QMutex m_connectionsMutex;
    mutable QStringList m_connections;
    std::unique_ptr<TicketStoreWorker> m_worker;
    std::shared_future<void> m_opening; // ready once openFile() has run on the worker
    mutable bool m_waited = false;
};

} // namespace Ankra
