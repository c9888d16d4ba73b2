#include "core/store/ticketstore.h"

#include "core/apiclient.h"
#include "core/config.h"
#include "core/ticketjson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

Q_LOGGING_CATEGORY(lcStore, "ankra.store")

// SQLite's primary result codes, as QSqlError::nativeErrorCode() gives them.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

// The search index holds at most this much text of one ticket (a 30 MiB ticket is not indexed
// whole; its first 4 MiB are).
constexpr qsizetype MaxIndexedChars = 4 * 1024 * 1024;

using Outcome = TicketStore::Outcome;

Outcome classify(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // extended codes: low byte
    if (!ok)
        return Outcome::Failed;
    if (code == SqliteCorrupt || code == SqliteNotADatabase)
        return Outcome::Corrupt;
    if (code == SqliteBusy || code == SqliteLocked)
        return Outcome::Locked;
    return Outcome::Failed;
}

// Each schema version's statements: migrations[i] leads from version i to i + 1. A later
// version appends its step here; the steps run in one transaction with user_version.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        // 0 → 1: the copies, the list pages, what was seen, the watched tickets.
        {
            u"CREATE TABLE tickets (scope TEXT NOT NULL, ticket_id TEXT NOT NULL, "
            "json BLOB NOT NULL, fetched_at INTEGER NOT NULL, subject TEXT NOT NULL DEFAULT '', "
            "PRIMARY KEY (scope, ticket_id))"_s,
            u"CREATE INDEX tickets_by_fetched_at ON tickets (fetched_at)"_s,
            u"CREATE TABLE list_pages (scope TEXT NOT NULL, filter_key TEXT NOT NULL, "
            "json BLOB NOT NULL, fetched_at INTEGER NOT NULL, PRIMARY KEY (scope, filter_key))"_s,
            u"CREATE TABLE seen (scope TEXT NOT NULL, ticket_id TEXT NOT NULL, "
            "comment_ids TEXT NOT NULL, seen_at INTEGER NOT NULL, status TEXT NOT NULL, "
            "severity TEXT NOT NULL, PRIMARY KEY (scope, ticket_id))"_s,
            u"CREATE TABLE watched (scope TEXT NOT NULL, ticket_id TEXT NOT NULL, "
            "subject TEXT NOT NULL, added_at INTEGER NOT NULL, PRIMARY KEY (scope, ticket_id))"_s,
        },
    };
    return steps;
}

// The search index is derived data: made wherever FTS5 is available (whether it is, is known
// only by trying), filled from the stored tickets when it is new, kept in step by a trigger.
const QStringList &ftsStatements()
{
    static const QStringList statements{
        u"CREATE VIRTUAL TABLE IF NOT EXISTS ticket_fts USING fts5(subject, content, "
        "tokenize = 'unicode61 remove_diacritics 2')"_s,
        u"CREATE TRIGGER IF NOT EXISTS tickets_fts_delete AFTER DELETE ON tickets BEGIN "
        "DELETE FROM ticket_fts WHERE rowid = old.rowid; END"_s,
    };
    return statements;
}

qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString normalisedId(const QString &id)
{
    return id.trimmed().toLower();
}

bool exec(QSqlDatabase &db, const QString &sql, QSqlError *error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError();
    return false;
}

// The text of a ticket that search looks at, from its JSON: subject apart (ranked higher),
// then description, AI summary, each comment with its author, and the attachment names.
struct IndexedText
{
    QString subject;
    QString content;
};

std::optional<IndexedText> indexedText(const QByteArray &json)
{
    const std::optional<Ticket> ticket = parseTicket(json);
    if (!ticket)
        return std::nullopt;
    IndexedText text;
    text.subject = ticket->subject.left(MaxIndexedChars);
    QString &c = text.content;
    c += ticket->description;
    if (ticket->aiSummary)
        c += u'\n' + *ticket->aiSummary;
    for (const Comment &comment : ticket->comments) {
        if (c.size() > MaxIndexedChars)
            break;
        c += u'\n' + comment.authorLabel + u": "_s + comment.body;
    }
    for (const Attachment &attachment : ticket->attachments)
        c += u'\n' + attachment.filename;
    c.truncate(MaxIndexedChars);
    return text;
}

void logFailure(const char *what, const QSqlError &error)
{
    qCWarning(lcStore, "store: %s failed: %s", what, qUtf8Printable(error.text()));
}

} // namespace

// The writer: a thread of its own with its own connection. Jobs queue up under a mutex and
// are run in one transaction per turn of its event loop, however many there are.
class TicketStoreWorker final : public QObject
{
public:
    using Job = std::function<bool(QSqlDatabase &)>; // true: ticket copies changed

    explicit TicketStoreWorker(TicketStore *store)
        : m_store(store)
    {
        m_thread.setObjectName(u"ankra-store"_s);
        moveToThread(&m_thread);
        m_thread.start(QThread::LowPriority);
    }

    ~TicketStoreWorker() override
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                drain();
                const QString name = m_store->connectionName();
                QSqlDatabase::database(name, false).close();
                QSqlDatabase::removeDatabase(name);
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    void post(Job job)
    {
        QMutexLocker locker(&m_mutex);
        m_jobs.append(std::move(job));
        if (m_scheduled)
            return;
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &TicketStoreWorker::drain, Qt::QueuedConnection);
    }

    void flush()
    {
        QMetaObject::invokeMethod(this, &TicketStoreWorker::drain, Qt::BlockingQueuedConnection);
    }

private:
    void drain()
    {
        QList<Job> jobs;
        {
            QMutexLocker locker(&m_mutex);
            jobs.swap(m_jobs);
            m_scheduled = false;
        }
        if (jobs.isEmpty() || !m_store->m_open) // m_open: written on this thread
            return;
        QSqlDatabase db = m_store->connection();
        if (!db.isOpen())
            return;
        QSqlError error;
        if (!exec(db, u"BEGIN IMMEDIATE"_s, &error)) {
            logFailure("a write (the file is locked)", error);
            return;
        }
        bool changed = false;
        for (const Job &job : std::as_const(jobs))
            changed = job(db) || changed;
        changed = prune(db) || changed;
        if (!exec(db, u"COMMIT"_s, &error)) {
            logFailure("a write", error);
            exec(db, u"ROLLBACK"_s);
            return;
        }
        if (changed) {
            QMetaObject::invokeMethod(
                m_store, [store = m_store] { emit store->ticketsChanged(); }, Qt::QueuedConnection);
        }
    }

    // Retention: the newest maxTickets copies, none older than maxDays.
    bool prune(QSqlDatabase &db)
    {
        const qint64 cutoff = toMs(m_store->now().addDays(-m_store->m_maxDays.load()));
        bool changed = false;
        QSqlQuery query(db);
        for (const QString &table : {u"tickets"_s, u"list_pages"_s}) {
            query.prepare(u"DELETE FROM "_s + table + u" WHERE fetched_at < ?"_s);
            query.addBindValue(cutoff);
            if (!query.exec())
                logFailure("pruning", query.lastError());
            else if (table == u"tickets"_s)
                changed = query.numRowsAffected() > 0 || changed;
        }
        query.prepare(u"DELETE FROM seen WHERE seen_at < ?"_s);
        query.addBindValue(cutoff);
        query.exec();
        query.prepare(u"DELETE FROM tickets WHERE rowid IN (SELECT rowid FROM tickets "
                      "ORDER BY fetched_at DESC LIMIT -1 OFFSET ?)"_s);
        query.addBindValue(std::max(0, m_store->m_maxTickets.load()));
        if (!query.exec())
            logFailure("pruning", query.lastError());
        else
            changed = query.numRowsAffected() > 0 || changed;
        return changed;
    }

    TicketStore *m_store;
    QThread m_thread;
    QMutex m_mutex;
    QList<Job> m_jobs;
    bool m_scheduled = false;
};

TicketStore::TicketStore(const TicketStoreOptions &options, QObject *parent)
    : QObject(parent)
    , m_path(options.path.isEmpty() ? defaultPath() : options.path)
    , m_busyTimeoutMs(options.busyTimeoutMs)
    , m_clock(options.clock)
    , m_maxTickets(options.maxTickets)
    , m_maxDays(options.maxDays)
    , m_id(QUuid::createUuid().toString(QUuid::Id128))
{
    // Opened on the worker while the window is being built (SQLite's driver loaded, the file
    // made and migrated); what needs the file waits for it (waitUntilOpen()).
    m_worker = std::make_unique<TicketStoreWorker>(this);
    auto promise = std::make_shared<std::promise<void>>();
    m_opening = promise->get_future().share();
    QMetaObject::invokeMethod(
        m_worker.get(),
        [this, promise] {
            openFile();
            promise->set_value();
            if (m_open)
                post([](QSqlDatabase &) { return false; }); // retention, on open
            QMetaObject::invokeMethod(
                this, [this] { emit opened(); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void TicketStore::waitUntilOpen() const
{
    if (!m_waited) {
        m_opening.wait();
        m_waited = true;
    }
}

bool TicketStore::isReady() const
{
    return m_waited || m_opening.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

bool TicketStore::isOpen() const
{
    waitUntilOpen();
    return m_open;
}

QString TicketStore::notice() const
{
    waitUntilOpen();
    return m_notice;
}

bool TicketStore::hasFullTextSearch() const
{
    waitUntilOpen();
    return m_fts;
}

TicketStore::~TicketStore()
{
    m_worker.reset(); // writes the queued jobs first
    QMutexLocker locker(&m_connectionsMutex);
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QString TicketStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/store.sqlite"_s;
}

QString TicketStore::scopeFor(const QString &origin, const QString &organisationId,
                              const QString &token)
{
    // Length-prefixed parts: ("ab", "c") and ("a", "bc") are different scopes.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("ankra-ticket-store-scope-v1"));
    for (const QString &part : {origin, organisationId.trimmed().toLower(), token.trimmed()}) {
        const QByteArray bytes = part.toUtf8();
        hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString TicketStore::scopeFor(const Endpoint &endpoint)
{
    return scopeFor(originOf(endpoint.baseUrl), endpoint.organisationId, endpoint.token);
}

QString TicketStore::usableScope(const Endpoint &endpoint) const
{
    if (!isUsable() || endpoint.token.isEmpty() || !endpoint.configError.isEmpty())
        return QString();
    return scopeFor(endpoint);
}

QDateTime TicketStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void TicketStore::setRetention(int maxTickets, int maxDays)
{
    m_maxTickets = std::max(1, maxTickets);
    m_maxDays = std::max(1, maxDays);
    post([](QSqlDatabase &) { return false; }); // prunes
}

QString TicketStore::connectionName() const
{
    return u"ankra-store-"_s + m_id + u'-'
           + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

// This thread's connection, opened on first use (QSqlDatabase connections are per thread).
QSqlDatabase TicketStore::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(m_busyTimeoutMs));
    if (QThread::currentThread() == thread()) {
        QMutexLocker locker(&m_connectionsMutex);
        m_connections.append(name);
    }
    if (db.open()) {
        // Deleted rows are overwritten, not left in free pages of the file.
        exec(db, u"PRAGMA secure_delete = ON"_s);
        exec(db, u"PRAGMA synchronous = NORMAL"_s); // safe with WAL; a commit fsyncs less
    }
    return db;
}

bool TicketStore::prepareFile(QString *error)
{
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = tr("The folder %1 could not be made.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const auto privateMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!info.exists()) {
        // Made private before SQLite writes a byte into it.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            *error = file.errorString();
            return false;
        }
        file.setPermissions(privateMode);
        file.close();
    }
#ifdef Q_OS_UNIX
    QFile file(m_path);
    if ((file.permissions() & ~(privateMode | QFileDevice::ReadUser | QFileDevice::WriteUser))
        != 0) {
        if (!file.setPermissions(privateMode)) {
            *error = tr("%1 is readable by others and could not be made private.")
                         .arg(QDir::toNativeSeparators(m_path));
            return false;
        }
    }
#endif
    return true;
}

void TicketStore::openFile()
{
    const QString fileName = QFileInfo(m_path).fileName();
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        m_notice = tr("Saved copies of tickets are off: Qt's SQLite driver is not installed "
                      "(Debian and Ubuntu: libqt6sql6-sqlite). Tickets open as usual.");
        return;
    }

    QString movedAside;
    Outcome outcome = Outcome::Ok;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QString error;
        if (!prepareFile(&error)) {
            m_notice = tr("Saved copies of tickets are off for this session: %1 cannot be "
                          "written (%2). Tickets open as usual; make the folder writable and "
                          "start the app again.")
                           .arg(QDir::toNativeSeparators(m_path), error);
            return;
        }
        QSqlError sqlError;
        int version = 0;
        outcome = initialise(&sqlError, &version);
        if (outcome == Outcome::Ok)
            break;
        // Release the file before anything moves it (this thread's connection: the worker's).
        {
            const QString name = connectionName();
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
        if (outcome == Outcome::Locked || outcome == Outcome::Failed || attempt == 1) {
            qCWarning(lcStore, "store: %s could not be opened: %s", qUtf8Printable(fileName),
                      qUtf8Printable(sqlError.text()));
            m_notice = outcome == Outcome::Locked
                           ? tr("Saved copies of tickets are off for this session: %1 is in use "
                                "by another program (it stayed locked for %2 s). Tickets open as "
                                "usual; close the other program and start the app again.")
                                 .arg(QDir::toNativeSeparators(m_path))
                                 .arg(m_busyTimeoutMs / 1000.0, 0, 'g', 2)
                           : tr("Saved copies of tickets are off for this session: %1 could not "
                                "be opened (%2). Tickets open as usual.")
                                 .arg(QDir::toNativeSeparators(m_path), sqlError.text());
            return;
        }
        const QString suffix = outcome == Outcome::Newer ? u".newer-"_s : u".corrupt-"_s;
        movedAside
            = m_path + suffix + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
        if (!QFile::rename(m_path, movedAside)) {
            m_notice = tr("Saved copies of tickets are off for this session: %1 could not be "
                          "read or moved aside. Tickets open as usual; delete the file and start "
                          "the app again.")
                           .arg(QDir::toNativeSeparators(m_path));
            return;
        }
        // Its journal belongs to it: kept beside it, never replayed into the new file.
        for (const QString &journal : {u"-wal"_s, u"-shm"_s}) {
            if (QFile::exists(m_path + journal)
                && !QFile::rename(m_path + journal, movedAside + journal))
                QFile::remove(m_path + journal);
        }
        qCWarning(
            lcStore, "store: %s moved aside (%s): %s", qUtf8Printable(fileName),
            outcome == Outcome::Newer ? "newer schema" : "not readable",
            qUtf8Printable(outcome == Outcome::Newer ? QString::number(version) : sqlError.text()));
        m_notice = outcome == Outcome::Newer
                       ? tr("The saved copies of tickets were made by a newer version of the app "
                            "(schema %1; this one knows %2). They were moved aside to %3 and "
                            "saving starts afresh; the newer version can still read them.")
                             .arg(version)
                             .arg(SchemaVersion)
                             .arg(QDir::toNativeSeparators(movedAside))
                       : tr("The saved copies of tickets could not be read (the file is damaged). "
                            "It was moved aside to %1 and an empty one made; tickets open as "
                            "usual. You may delete the moved file.")
                             .arg(QDir::toNativeSeparators(movedAside));
    }
    m_open = true;
}

// Opens this thread's connection and brings the file to SchemaVersion; the FTS index when the
// SQLite in use has FTS5.
TicketStore::Outcome TicketStore::initialise(QSqlError *error, int *version)
{
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        *error = db.lastError();
        return classify(*error);
    }
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        *error = query.lastError();
        return classify(*error);
    }
    *version = query.value(0).toInt();
    query.finish();
    if (*version > SchemaVersion)
        return Outcome::Newer;

    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next()) {
        *error = query.lastError();
        return classify(*error);
    }
    const QString mode = query.value(0).toString();
    query.finish();
    if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        // Some file systems refuse WAL (network ones): the store works, readers may wait.
        qCWarning(lcStore, "store: journal mode is %s, not WAL", qUtf8Printable(mode));
    }

    if (*version < SchemaVersion) {
        if (!exec(db, u"BEGIN IMMEDIATE"_s, error))
            return classify(*error);
        bool ok = true;
        for (int v = *version; ok && v < SchemaVersion; ++v) {
            for (const QString &statement : migrations().at(v)) {
                if (!exec(db, statement, error)) {
                    ok = false;
                    break;
                }
            }
        }
        ok = ok && exec(db, u"PRAGMA user_version = "_s + QString::number(SchemaVersion), error)
             && exec(db, u"COMMIT"_s, error);
        if (!ok) {
            const QSqlError failure = *error;
            exec(db, u"ROLLBACK"_s);
            *error = failure;
            const Outcome outcome = classify(failure);
            return outcome == Outcome::Ok ? Outcome::Failed : outcome;
        }
    }

    // FTS5: present or not, only trying tells.
    bool hadIndex = false;
    if (query.exec(u"SELECT 1 FROM sqlite_master WHERE name = 'ticket_fts'"_s))
        hadIndex = query.next();
    query.finish();
    QSqlError ftsError;
    m_fts
        = exec(db, ftsStatements().at(0), &ftsError) && exec(db, ftsStatements().at(1), &ftsError);
    if (!m_fts) {
        if (classify(ftsError) == Outcome::Locked) {
            *error = ftsError;
            return Outcome::Locked;
        }
        qCWarning(lcStore, "store: no full-text search (%s)", qUtf8Printable(ftsError.text()));
    } else if (!hadIndex) {
        m_reindex = true;
    }
    return Outcome::Ok;
}

void TicketStore::post(std::function<bool(QSqlDatabase &)> job)
{
    if (m_worker)
        m_worker->post(std::move(job));
}

void TicketStore::flush()
{
    if (m_worker)
        m_worker->flush();
}

namespace {

bool writeIndex(QSqlDatabase &db, qint64 rowid, const QByteArray &json)
{
    const std::optional<IndexedText> text = indexedText(json);
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM ticket_fts WHERE rowid = ?"_s);
    query.addBindValue(rowid);
    query.exec();
    if (!text)
        return false;
    query.prepare(u"INSERT INTO ticket_fts (rowid, subject, content) VALUES (?, ?, ?)"_s);
    query.addBindValue(rowid);
    query.addBindValue(text->subject);
    query.addBindValue(text->content);
    if (!query.exec()) {
        logFailure("indexing a ticket", query.lastError());
        return false;
    }
    return true;
}

} // namespace

void TicketStore::saveTicket(const QString &scope, const QString &ticketId, const QByteArray &json,
                             const QDateTime &fetchedAt)
{
    if (!isUsable() || scope.isEmpty())
        return;
    const bool fts = hasFullTextSearch();
    post([scope, id = normalisedId(ticketId), json, ms = toMs(fetchedAt), fts](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO tickets (scope, ticket_id, json, fetched_at, subject) "
                      "VALUES (?, ?, ?, ?, '') ON CONFLICT (scope, ticket_id) DO UPDATE SET "
                      "json = excluded.json, fetched_at = excluded.fetched_at"_s);
        query.addBindValue(scope);
        query.addBindValue(id);
        query.addBindValue(json);
        query.addBindValue(ms);
        if (!query.exec()) {
            logFailure("saving a ticket", query.lastError());
            return false;
        }
        if (!fts)
            return true;
        query.prepare(u"SELECT rowid FROM tickets WHERE scope = ? AND ticket_id = ?"_s);
        query.addBindValue(scope);
        query.addBindValue(id);
        if (query.exec() && query.next())
            writeIndex(db, query.value(0).toLongLong(), json);
        return true;
    });
    if (std::exchange(m_reindex, false))
        reindexLater();
}

// A new index (FTS5 newly available, or its first use) is filled from the stored copies.
void TicketStore::reindexLater()
{
    post([](QSqlDatabase &db) {
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(u"SELECT rowid, json FROM tickets WHERE rowid NOT IN "
                       "(SELECT rowid FROM ticket_fts)"_s))
            return false;
        QList<std::pair<qint64, QByteArray>> pending;
        while (rows.next())
            pending.append({rows.value(0).toLongLong(), rows.value(1).toByteArray()});
        rows.finish();
        for (const auto &[rowid, json] : std::as_const(pending))
            writeIndex(db, rowid, json);
        return false;
    });
}

std::optional<StoredTicket> TicketStore::ticket(const QString &scope, const QString &ticketId) const
{
    if (!isUsable() || scope.isEmpty())
        return std::nullopt;
    QSqlQuery query(connection());
    query.prepare(u"SELECT json, fetched_at FROM tickets WHERE scope = ? AND ticket_id = ? "
                  "AND fetched_at >= ?"_s);
    query.addBindValue(scope);
    query.addBindValue(normalisedId(ticketId));
    query.addBindValue(toMs(now().addDays(-m_maxDays.load())));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return StoredTicket{query.value(0).toByteArray(), fromMs(query.value(1).toLongLong())};
}

int TicketStore::ticketCount(const QString &scope) const
{
    if (!isOpen())
        return 0;
    QSqlQuery query(connection());
    if (scope.isEmpty()) {
        query.prepare(u"SELECT count(*) FROM tickets"_s);
    } else {
        query.prepare(u"SELECT count(*) FROM tickets WHERE scope = ?"_s);
        query.addBindValue(scope);
    }
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

void TicketStore::saveListPage(const QString &scope, const QString &filterKey,
                               const QByteArray &json, const QDateTime &fetchedAt)
{
    if (!isUsable() || scope.isEmpty())
        return;
    post([scope, filterKey, json, ms = toMs(fetchedAt)](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(u"INSERT OR REPLACE INTO list_pages (scope, filter_key, json, fetched_at) "
                      "VALUES (?, ?, ?, ?)"_s);
        query.addBindValue(scope);
        query.addBindValue(filterKey);
        query.addBindValue(json);
        query.addBindValue(ms);
        if (!query.exec())
            logFailure("saving a list page", query.lastError());
        return false;
    });
}

std::optional<StoredListPage> TicketStore::listPage(const QString &scope,
                                                    const QString &filterKey) const
{
    if (!isUsable() || scope.isEmpty())
        return std::nullopt;
    QSqlQuery query(connection());
    query.prepare(u"SELECT json, fetched_at FROM list_pages WHERE scope = ? AND filter_key = ?"_s);
    query.addBindValue(scope);
    query.addBindValue(filterKey);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return StoredListPage{query.value(0).toByteArray(), fromMs(query.value(1).toLongLong())};
}

bool TicketStore::hasListPage(const QString &scope, const QString &filterKey) const
{
    if (!isUsable() || scope.isEmpty())
        return false;
    QSqlQuery query(connection());
    query.prepare(u"SELECT 1 FROM list_pages WHERE scope = ? AND filter_key = ?"_s);
    query.addBindValue(scope);
    query.addBindValue(filterKey);
    return query.exec() && query.next();
}

void TicketStore::saveSeen(const QString &scope, const QString &ticketId, const SeenState &seen)
{
    if (!isUsable() || scope.isEmpty())
        return;
    const QByteArray ids
        = QJsonDocument(QJsonArray::fromStringList(seen.commentIds)).toJson(QJsonDocument::Compact);
    post([scope, id = normalisedId(ticketId), ids, seen](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(u"INSERT OR REPLACE INTO seen (scope, ticket_id, comment_ids, seen_at, "
                      "status, severity) VALUES (?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''))"_s);
        query.addBindValue(scope);
        query.addBindValue(id);
        query.addBindValue(QString::fromUtf8(ids));
        query.addBindValue(toMs(seen.seenAt));
        query.addBindValue(seen.status);
        query.addBindValue(seen.severity);
        if (!query.exec())
            logFailure("saving what was seen", query.lastError());
        return false;
    });
}

std::optional<SeenState> TicketStore::seen(const QString &scope, const QString &ticketId) const
{
    if (!isUsable() || scope.isEmpty())
        return std::nullopt;
    QSqlQuery query(connection());
    query.prepare(u"SELECT comment_ids, seen_at, status, severity FROM seen "
                  "WHERE scope = ? AND ticket_id = ?"_s);
    query.addBindValue(scope);
    query.addBindValue(normalisedId(ticketId));
    if (!query.exec() || !query.next())
        return std::nullopt;
    SeenState seen;
    const QJsonArray ids = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array();
    for (const QJsonValue &id : ids)
        seen.commentIds.append(id.toString());
    seen.seenAt = fromMs(query.value(1).toLongLong());
    seen.status = query.value(2).toString();
    seen.severity = query.value(3).toString();
    return seen;
}

QHash<QString, SeenState> TicketStore::seenTickets(const QString &scope) const
{
    QHash<QString, SeenState> all;
    if (!isUsable() || scope.isEmpty())
        return all;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT ticket_id, comment_ids, seen_at, status, severity FROM seen "
                  "WHERE scope = ?"_s);
    query.addBindValue(scope);
    if (!query.exec())
        return all;
    while (query.next()) {
        SeenState seen;
        const QJsonArray ids = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).array();
        for (const QJsonValue &id : ids)
            seen.commentIds.append(id.toString());
        seen.seenAt = fromMs(query.value(2).toLongLong());
        seen.status = query.value(3).toString();
        seen.severity = query.value(4).toString();
        all.insert(query.value(0).toString(), seen);
    }
    return all;
}

void TicketStore::setWatched(const QString &scope, const QString &ticketId, const QString &subject,
                             bool watched)
{
    if (!isUsable() || scope.isEmpty())
        return;
    post([scope, id = normalisedId(ticketId), subject, watched,
          ms = toMs(now())](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (watched) {
            query.prepare(u"INSERT INTO watched (scope, ticket_id, subject, added_at) VALUES "
                          "(?, ?, coalesce(?, ''), ?) ON CONFLICT (scope, ticket_id) DO UPDATE SET "
                          "subject = excluded.subject"_s);
            query.addBindValue(scope);
            query.addBindValue(id);
            query.addBindValue(subject);
            query.addBindValue(ms);
        } else {
            query.prepare(u"DELETE FROM watched WHERE scope = ? AND ticket_id = ?"_s);
            query.addBindValue(scope);
            query.addBindValue(id);
        }
        if (!query.exec())
            logFailure("saving a watched ticket", query.lastError());
        return false;
    });
}

QList<WatchedTicket> TicketStore::watched(const QString &scope) const
{
    QList<WatchedTicket> result;
    if (!isUsable() || scope.isEmpty())
        return result;
    QSqlQuery query(connection());
    query.prepare(u"SELECT ticket_id, subject FROM watched WHERE scope = ? ORDER BY added_at"_s);
    query.addBindValue(scope);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(WatchedTicket{query.value(0).toString(), query.value(1).toString()});
    return result;
}

QString TicketStore::matchExpression(const QString &userText)
{
    // Words, never syntax: each whitespace-separated term becomes an FTS5 string ("" doubled
    // inside), so that quotes, *, -, NEAR, AND, OR, NOT and parentheses are text to find. A
    // term without a letter or digit would be a string of no tokens: dropped.
    QStringList terms;
    QString text = userText;
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control) // a NUL would end FTS5's string early
            c = u' ';
    }
    const QStringList words = text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (std::none_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        terms.append(u'"' + QString(word).replace(u'"', u"\"\""_s) + u'"');
    }
    if (terms.isEmpty())
        return QString();
    // While typing, the last word is a prefix ("certif" finds "certificate").
    if (!text.back().isSpace())
        terms.last() += u'*';
    return terms.join(u' ');
}

QList<SearchHit> TicketStore::search(const QString &scope, const QString &userText, int limit) const
{
    QList<SearchHit> hits;
    const QString match = matchExpression(userText.left(1000));
    if (!isUsable() || !hasFullTextSearch() || scope.isEmpty() || match.isEmpty())
        return hits;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    // The subject weighs more than the rest; the snippet is plain text (no markers).
    query.prepare(u"SELECT t.ticket_id, ticket_fts.subject, "
                  "snippet(ticket_fts, -1, '', '', '…', 16) FROM ticket_fts "
                  "JOIN tickets t ON t.rowid = ticket_fts.rowid "
                  "WHERE ticket_fts MATCH ? AND t.scope = ? "
                  "ORDER BY bm25(ticket_fts, 4.0, 1.0) LIMIT ?"_s);
    query.addBindValue(match);
    query.addBindValue(scope);
    query.addBindValue(limit);
    if (!query.exec()) {
        logFailure("a search", query.lastError());
        return hits;
    }
    while (query.next()) {
        hits.append(SearchHit{query.value(0).toString(), query.value(1).toString(),
                              query.value(2).toString().simplified()});
    }
    return hits;
}

void TicketStore::clearScope(const QString &scope)
{
    deleteScopes(u"scope = ?"_s, scope);
}

void TicketStore::removeOtherScopes(const QString &keep)
{
    deleteScopes(u"scope <> ?"_s, keep);
}

// Every table's rows where `condition` (on the bound `scope`) holds; the job answers whether
// tickets went.
void TicketStore::deleteScopes(const QString &condition, const QString &scope)
{
    post([condition, scope](QSqlDatabase &db) {
        bool changed = false;
        QSqlQuery query(db);
        for (const QString &table : {u"tickets"_s, u"list_pages"_s, u"seen"_s, u"watched"_s}) {
            query.prepare(u"DELETE FROM "_s + table + u" WHERE "_s + condition);
            query.addBindValue(scope);
            if (query.exec() && table == u"tickets"_s)
                changed = query.numRowsAffected() > 0;
        }
        return changed;
    });
}

int TicketStore::clearAll()
{
    if (!isOpen())
        return 0;
    flush();
    const int count = ticketCount();
    post([](QSqlDatabase &db) {
        exec(db, u"DELETE FROM tickets"_s);
        exec(db, u"DELETE FROM list_pages"_s);
        return true;
    });
    flush();
    // The deleted pages leave the journal too.
    QSqlDatabase db = connection();
    exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return count;
}

} // namespace Ankra
