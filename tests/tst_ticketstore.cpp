// The local store on real SQLite files in a temporary folder: creation (0600, WAL, the schema
// version), migration, a corrupt, newer-versioned, locked or unwritable file, scopes, retention
// on an injected clock, wiping, the token in no byte of the file, and full-text search with
// non-Latin text and hostile queries.

#include "core/store/ticketstore.h"
#include "core/ticketjson.h"
#include "support/sampletickets.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ankra;
using namespace Qt::StringLiterals;

namespace {

const QString Origin = u"https://platform.example.test"_s;
const QString Org = u"5d6a8e4c-2b1f-4c3d-9e8f-7a6b5c4d3e2f"_s;
const QString Token = u"ankra_tok_9f8e7d6c5b4a39281706f5e4d3c2b1a0"_s;

QString idFor(int n)
{
    return u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0'));
}

QByteArray ticketJson(const QString &id, const QString &subject,
                      const QString &description = u"A description"_s,
                      const QList<Comment> &comments = {},
                      const QList<Attachment> &attachments = {})
{
    Ticket t = Samples::fullTicket();
    t.id = id;
    t.subject = subject;
    t.description = description;
    t.comments = comments;
    t.attachments = attachments;
    t.clusterId = u"7c6b5a49-3827-4615-9e0d-c1b2a3948576"_s;
    return QJsonDocument(ticketToJson(t)).toJson(QJsonDocument::Compact);
}

// Runs `sql` on a connection of its own (not the store's), returning the first value.
QVariant rawValue(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return value;
}

QStringList movedAside(const QString &folder)
{
    return QDir(folder).entryList({u"store.sqlite.*"_s}, QDir::Files);
}

} // namespace

class TestTicketStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void createsAPrivateWalFileAtTheCurrentVersion();
    void migratesAnEmptyFile();
    void newerVersionIsMovedAsideAndRebuilt();
    void corruptFileIsMovedAsideAndRebuilt();
    void lockedFileTurnsTheStoreOff();
    void unwritableFolderTurnsTheStoreOff();
    void keepsTicketsAcrossRestarts();
    void scopesAreIsolated();
    void scopeIsAOneWayFingerprint();
    void retentionByCount();
    void retentionByAge();
    void clearScopeAndRemoveOtherScopes();
    void clearAllCountsWhatItFreed();
    void disabledStoreReadsAndWritesNothing();
    void seenWatchedAndListPagesRoundTrip();
    void tokenIsInNoByteOfTheFiles();
    void searchFindsEveryPartOfATicket();
    void searchNonLatinText();
    void hostileQueriesNeverFail_data();
    void hostileQueriesNeverFail();
    void matchExpressionQuotesEveryTerm();

private:
    QString path() const { return m_dir->filePath(u"store.sqlite"_s); }
    TicketStoreOptions options() const
    {
        TicketStoreOptions o;
        o.path = path();
        return o;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    const QString m_scope = TicketStore::scopeFor(Origin, Org, Token);
};

void TestTicketStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTicketStore::createsAPrivateWalFileAtTheCurrentVersion()
{
    TicketStore store(options());
    QVERIFY(store.isOpen());
    QVERIFY(store.notice().isEmpty());
#ifdef Q_OS_UNIX // Windows has no mode bits: the file's ACL, that of the user's profile, keeps it private
    QCOMPARE(QFile(path()).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
#endif
    QCOMPARE(rawValue(path(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(rawValue(path(), u"PRAGMA user_version"_s).toInt(), TicketStore::SchemaVersion);
    QVERIFY(store.hasFullTextSearch()); // Debian's and Qt's bundled SQLite both have FTS5
}

void TestTicketStore::migratesAnEmptyFile()
{
    // Version 0 is an empty file (as a crash right after creating it leaves one).
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(QFileInfo(path()).size(), 0);
    TicketStore store(options());
    QVERIFY(store.isOpen());
    QVERIFY(store.notice().isEmpty());
    QCOMPARE(rawValue(path(), u"PRAGMA user_version"_s).toInt(), TicketStore::SchemaVersion);
    for (const QString &table : {u"tickets"_s, u"list_pages"_s, u"seen"_s, u"watched"_s}) {
        QCOMPARE(rawValue(path(),
                          u"SELECT count(*) FROM sqlite_master WHERE name = '"_s + table + u"'"_s)
                     .toInt(),
                 1);
    }
    store.saveTicket(m_scope, idFor(1), ticketJson(idFor(1), u"Hello"_s),
                     QDateTime::currentDateTimeUtc());
    store.flush();
    QVERIFY(store.ticket(m_scope, idFor(1)));
}

void TestTicketStore::newerVersionIsMovedAsideAndRebuilt()
{
    QVERIFY(!rawValue(path(), u"PRAGMA user_version = 99"_s).isValid()); // makes the file
    rawValue(path(), u"CREATE TABLE future (x)"_s);
    QCOMPARE(rawValue(path(), u"PRAGMA user_version"_s).toInt(), 99);

    TicketStore store(options());
    QVERIFY(store.isOpen());
    QVERIFY2(store.notice().contains(u"newer version"_s), qPrintable(store.notice()));
    const QStringList aside = movedAside(m_dir->path());
    QCOMPARE(aside.size(), 1);
    QVERIFY(aside.first().startsWith(u"store.sqlite.newer-"_s));
    QVERIFY(store.notice().contains(aside.first()));
    QCOMPARE(rawValue(m_dir->filePath(aside.first()), u"PRAGMA user_version"_s).toInt(), 99);
    QCOMPARE(rawValue(path(), u"PRAGMA user_version"_s).toInt(), TicketStore::SchemaVersion);
}

void TestTicketStore::corruptFileIsMovedAsideAndRebuilt()
{
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage += char((i * 7919) & 0xff);
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    TicketStore store(options());
    QVERIFY(store.isOpen());
    QVERIFY2(store.notice().contains(u"could not be read"_s), qPrintable(store.notice()));
    const QStringList aside = movedAside(m_dir->path());
    QCOMPARE(aside.size(), 1);
    QVERIFY(aside.first().startsWith(u"store.sqlite.corrupt-"_s));
    QFile moved(m_dir->filePath(aside.first()));
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), garbage); // kept as it was
    // The new file works.
    store.saveTicket(m_scope, idFor(1), ticketJson(idFor(1), u"Rebuilt"_s),
                     QDateTime::currentDateTimeUtc());
    store.flush();
    QVERIFY(store.ticket(m_scope, idFor(1)));
}

void TestTicketStore::lockedFileTurnsTheStoreOff()
{
    {
        TicketStore made(options());
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
    db.setDatabaseName(path());
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(query.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(query.exec(u"INSERT INTO watched VALUES ('s', 't', 'x', 0)"_s));
    }
    TicketStoreOptions o = options();
    o.busyTimeoutMs = 50;
    {
        TicketStore store(o);
        QVERIFY(!store.isOpen());
        QVERIFY2(store.notice().contains(u"in use by another program"_s),
                 qPrintable(store.notice()));
        // Off, and harmless.
        store.saveTicket(m_scope, idFor(1), "{}", QDateTime::currentDateTimeUtc());
        store.flush();
        QVERIFY(!store.ticket(m_scope, idFor(1)));
        QVERIFY(store.search(m_scope, u"x"_s).isEmpty());
        QCOMPARE(store.clearAll(), 0);
    }
    QVERIFY(movedAside(m_dir->path()).isEmpty()); // a locked file is nobody's to move
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"locker"_s);
}

void TestTicketStore::unwritableFolderTurnsTheStoreOff()
{
    // CI runs as root, for whom a chmod 0500 folder is writable all the same: a folder that
    // cannot exist — below a regular file — is unwritable for everybody.
    const QString file = m_dir->filePath(u"not-a-folder"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    TicketStoreOptions o;
    o.path = file + u"/ankra/store.sqlite"_s;
    TicketStore store(o);
    QVERIFY(!store.isOpen());
    QVERIFY2(store.notice().contains(u"cannot be written"_s), qPrintable(store.notice()));
    store.saveTicket(m_scope, idFor(1), "{}", QDateTime::currentDateTimeUtc());
    store.flush();
    QVERIFY(!store.ticket(m_scope, idFor(1)));
    QCOMPARE(store.ticketCount(), 0);
}

void TestTicketStore::keepsTicketsAcrossRestarts()
{
    const QByteArray json = ticketJson(idFor(1), u"Kept"_s);
    const QDateTime fetched = QDateTime::currentDateTimeUtc().addSecs(-60);
    {
        TicketStore store(options());
        QSignalSpy changed(&store, &TicketStore::ticketsChanged);
        store.saveTicket(m_scope, idFor(1).toUpper(), json, fetched);
        store.flush();
        QTRY_COMPARE(changed.count(), 1);
    }
    TicketStore store(options());
    const std::optional<StoredTicket> stored = store.ticket(m_scope, idFor(1));
    QVERIFY(stored);
    QCOMPARE(stored->json, json); // the bytes as fetched
    QCOMPARE(stored->fetchedAt.toMSecsSinceEpoch(), fetched.toMSecsSinceEpoch());
    QCOMPARE(store.ticketCount(m_scope), 1);
}

void TestTicketStore::scopesAreIsolated()
{
    TicketStore store(options());
    const QString other = TicketStore::scopeFor(Origin, Org, Token + u'x');
    store.saveTicket(m_scope, idFor(1), ticketJson(idFor(1), u"Expired certificate"_s),
                     QDateTime::currentDateTimeUtc());
    store.saveListPage(m_scope, u"open"_s, "[1]", QDateTime::currentDateTimeUtc());
    store.saveSeen(m_scope, idFor(1),
                   SeenState{{u"c1"_s}, QDateTime::currentDateTimeUtc(), u"open"_s, u"low"_s});
    store.setWatched(m_scope, idFor(1), u"Expired certificate"_s, true);
    store.flush();
    QVERIFY(store.ticket(m_scope, idFor(1)));
    QCOMPARE(store.search(m_scope, u"certificate"_s).size(), 1);

    QVERIFY(!store.ticket(other, idFor(1)));
    QVERIFY(store.search(other, u"certificate"_s).isEmpty());
    QVERIFY(!store.listPage(other, u"open"_s));
    QVERIFY(!store.seen(other, idFor(1)));
    QVERIFY(store.watched(other).isEmpty());
    QCOMPARE(store.ticketCount(other), 0);
    QVERIFY(!store.ticket(QString(), idFor(1))); // no scope is no scope, not every scope
}

void TestTicketStore::scopeIsAOneWayFingerprint()
{
    const QString scope = TicketStore::scopeFor(Origin, Org, Token);
    QCOMPARE(scope.size(), 64);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(scope).hasMatch());
    QCOMPARE(TicketStore::scopeFor(Origin, Org, Token), scope);
    QVERIFY(!scope.contains(Token.left(8)));
    QVERIFY(TicketStore::scopeFor(u"https://other.example.test"_s, Org, Token) != scope);
    QVERIFY(TicketStore::scopeFor(Origin, QString(), Token) != scope);
    QVERIFY(TicketStore::scopeFor(Origin, Org, u"another"_s) != scope);
    // Parts do not run into each other.
    QVERIFY(TicketStore::scopeFor(u"ab"_s, u"c"_s, u"d"_s)
            != TicketStore::scopeFor(u"a"_s, u"bc"_s, u"d"_s));
}

void TestTicketStore::retentionByCount()
{
    TicketStoreOptions o = options();
    o.maxTickets = 3;
    TicketStore store(o);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 1; i <= 5; ++i) {
        store.saveTicket(m_scope, idFor(i), ticketJson(idFor(i), u"Ticket %1"_s.arg(i)),
                         now.addSecs(-600 + 60 * i));
    }
    store.flush();
    QCOMPARE(store.ticketCount(), 3);
    QVERIFY(!store.ticket(m_scope, idFor(1)));
    QVERIFY(!store.ticket(m_scope, idFor(2)));
    QVERIFY(store.ticket(m_scope, idFor(5)));
    QVERIFY(store.search(m_scope, u"Ticket"_s).size() == 3); // the index follows

    store.setRetention(2, 30);
    store.flush();
    QCOMPARE(store.ticketCount(), 2);
    QVERIFY(!store.ticket(m_scope, idFor(3)));
}

void TestTicketStore::retentionByAge()
{
    QDateTime now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    TicketStoreOptions o = options();
    o.maxDays = 30;
    o.clock = [&now] {
        return now;
    };
    {
        TicketStore store(o);
        store.saveTicket(m_scope, idFor(1), ticketJson(idFor(1), u"Old"_s), now.addDays(-31));
        store.saveTicket(m_scope, idFor(2), ticketJson(idFor(2), u"Recent"_s), now.addDays(-2));
        store.saveListPage(m_scope, u"old"_s, "[]", now.addDays(-40));
        store.flush();
        QCOMPARE(store.ticketCount(), 1);
        QVERIFY(store.ticket(m_scope, idFor(2)));
        QVERIFY(!store.listPage(m_scope, u"old"_s));
    }
    // A month later the recent one is old too: pruned when the store opens, and never
    // returned even before that.
    now = now.addDays(29);
    TicketStore store(o);
    QVERIFY(!store.ticket(m_scope, idFor(2)));
    store.flush();
    QCOMPARE(store.ticketCount(), 0);
}

void TestTicketStore::clearScopeAndRemoveOtherScopes()
{
    TicketStore store(options());
    const QString a = TicketStore::scopeFor(Origin, Org, u"token-a"_s);
    const QString b = TicketStore::scopeFor(Origin, Org, u"token-b"_s);
    const QString c = TicketStore::scopeFor(Origin, Org, u"token-c"_s);
    for (const QString &scope : {a, b, c}) {
        store.saveTicket(scope, idFor(1), ticketJson(idFor(1), u"Same ticket"_s),
                         QDateTime::currentDateTimeUtc());
        store.saveSeen(scope, idFor(1), SeenState{{}, QDateTime::currentDateTimeUtc(), {}, {}});
        store.setWatched(scope, idFor(1), u"Same ticket"_s, true);
    }
    store.flush();
    QCOMPARE(store.ticketCount(), 3);

    store.clearScope(a); // sign-out
    store.flush();
    QVERIFY(!store.ticket(a, idFor(1)));
    QVERIFY(!store.seen(a, idFor(1)));
    QVERIFY(store.watched(a).isEmpty());
    QVERIFY(store.ticket(b, idFor(1)));

    store.removeOtherScopes(c); // the token changed to c's
    store.flush();
    QVERIFY(!store.ticket(b, idFor(1)));
    QVERIFY(store.watched(b).isEmpty());
    QVERIFY(store.ticket(c, idFor(1)));
    QCOMPARE(store.watched(c).size(), 1);
    QCOMPARE(store.ticketCount(), 1);
    QCOMPARE(store.search(c, u"same"_s).size(), 1);
    QCOMPARE(rawValue(path(), u"SELECT count(*) FROM ticket_fts"_s).toInt(), 1);
}

void TestTicketStore::clearAllCountsWhatItFreed()
{
    TicketStore store(options());
    for (int i = 1; i <= 4; ++i)
        store.saveTicket(m_scope, idFor(i), ticketJson(idFor(i), u"T"_s),
                         QDateTime::currentDateTimeUtc());
    QCOMPARE(store.clearAll(), 4); // waits for the writes queued before it
    QCOMPARE(store.ticketCount(), 0);
    QVERIFY(store.search(m_scope, u"T"_s).isEmpty());
    QCOMPARE(store.clearAll(), 0);
}

void TestTicketStore::disabledStoreReadsAndWritesNothing()
{
    TicketStore store(options());
    store.saveTicket(m_scope, idFor(1), ticketJson(idFor(1), u"On"_s),
                     QDateTime::currentDateTimeUtc());
    store.flush();
    store.setEnabled(false);
    QVERIFY(!store.ticket(m_scope, idFor(1)));
    store.saveTicket(m_scope, idFor(2), ticketJson(idFor(2), u"Off"_s),
                     QDateTime::currentDateTimeUtc());
    store.flush();
    store.setEnabled(true);
    QVERIFY(store.ticket(m_scope, idFor(1)));
    QVERIFY(!store.ticket(m_scope, idFor(2)));
}

void TestTicketStore::seenWatchedAndListPagesRoundTrip()
{
    TicketStore store(options());
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-3600);
    store.saveSeen(
        m_scope, idFor(1),
        SeenState{{u"c1"_s, u"c2"_s}, QDateTime::currentDateTimeUtc(), u"open"_s, u"high"_s});
    store.setWatched(m_scope, idFor(1), u"First"_s, true);
    store.setWatched(m_scope, idFor(2), u"Second"_s, true);
    store.setWatched(m_scope, idFor(2), u"Second, renamed"_s, true);
    store.setWatched(m_scope, idFor(1), QString(), false);
    store.saveListPage(m_scope, u"status=open&page=1"_s, "{\"items\":[]}", at);
    store.flush();

    const std::optional<SeenState> seen = store.seen(m_scope, idFor(1));
    QVERIFY(seen);
    QCOMPARE(seen->commentIds, QStringList({u"c1"_s, u"c2"_s}));
    QCOMPARE(seen->status, u"open"_s);
    QCOMPARE(seen->severity, u"high"_s);
    const QList<WatchedTicket> watched = store.watched(m_scope);
    QCOMPARE(watched.size(), 1);
    QCOMPARE(watched.first().ticketId, idFor(2));
    QCOMPARE(watched.first().subject, u"Second, renamed"_s);
    const std::optional<StoredListPage> page = store.listPage(m_scope, u"status=open&page=1"_s);
    QVERIFY(page);
    QCOMPARE(page->json, QByteArray("{\"items\":[]}"));
    QCOMPARE(page->fetchedAt, at);
}

void TestTicketStore::tokenIsInNoByteOfTheFiles()
{
    auto scan = [this](const QString &when) {
        for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files)) {
            QFile file(m_dir->filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QByteArray &needle :
                 {Token.toUtf8(), Token.left(16).toUtf8(), Token.right(16).toUtf8(),
                  QByteArray(reinterpret_cast<const char *>(Token.utf16()), Token.size() * 2)})
                QVERIFY2(!bytes.contains(needle), qPrintable(when + u": "_s + name));
        }
    };
    {
        TicketStore store(options());
        for (int i = 1; i <= 20; ++i) {
            store.saveTicket(m_scope, idFor(i), ticketJson(idFor(i), u"Ticket %1"_s.arg(i)),
                             QDateTime::currentDateTimeUtc());
        }
        store.saveSeen(m_scope, idFor(1),
                       SeenState{{u"c"_s}, QDateTime::currentDateTimeUtc(), u"open"_s, {}});
        store.setWatched(m_scope, idFor(1), u"Ticket 1"_s, true);
        store.saveListPage(m_scope, u"all"_s, "[]", QDateTime::currentDateTimeUtc());
        store.flush();
        QVERIFY(QFileInfo(path() + u"-wal"_s).size() > 0); // the journal is read too
        scan(u"open"_s);
    }
    scan(u"closed"_s);
}

void TestTicketStore::searchFindsEveryPartOfATicket()
{
    TicketStore store(options());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store.saveTicket(m_scope, idFor(1), ticketJson(idFor(1), u"Expired certificate on ingress"_s),
                     now);
    store.saveTicket(m_scope, idFor(2),
                     ticketJson(idFor(2), u"Invoice question"_s, u"The certificate expired"_s,
                                {Samples::comment(u"8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d"_s,
                                                  u"Rotated the keystore yesterday"_s, u"team"_s,
                                                  u"Maja Lindqvist"_s)},
                                {Samples::attachment(u"9b8c7d6e-5f4a-4b2c-8d9e-0f1a2b3c4d5e"_s,
                                                     u"payments-values.yaml"_s, 10)}),
                     now);
    store.flush();

    // The subject weighs more than the description.
    QList<SearchHit> hits = store.search(m_scope, u"certificate"_s);
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).ticketId, idFor(1));
    QCOMPARE(hits.at(0).subject, u"Expired certificate on ingress"_s);
    QCOMPARE(hits.at(1).subject, u"Invoice question"_s);
    QVERIFY2(hits.at(1).snippet.contains(u"certificate expired"_s), qPrintable(hits.at(1).snippet));

    QCOMPARE(store.search(m_scope, u"keystore"_s).value(0).ticketId, idFor(2));  // a comment
    QCOMPARE(store.search(m_scope, u"lindqvist"_s).value(0).ticketId, idFor(2)); // its author
    QCOMPARE(store.search(m_scope, u"values.yaml"_s).value(0).ticketId, idFor(2));
    QCOMPARE(store.search(m_scope, u"certif"_s).size(), 2);          // the last word is a prefix...
    QCOMPARE(store.search(m_scope, u"certif "_s).size(), 0);         // ...until a space ends it
    QCOMPARE(store.search(m_scope, u"expired ingress"_s).size(), 1); // every word
}

void TestTicketStore::searchNonLatinText()
{
    TicketStore store(options());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store.saveTicket(m_scope, idFor(1), ticketJson(idFor(1), u"Åtgärd krävs för kluster"_s), now);
    store.saveTicket(m_scope, idFor(2), ticketJson(idFor(2), u"Größe des Volumes"_s), now);
    store.saveTicket(m_scope, idFor(3), ticketJson(idFor(3), u"証明書 の期限切れ"_s), now);
    store.saveTicket(m_scope, idFor(4), ticketJson(idFor(4), u"Сертификат истёк вчера"_s), now);
    store.flush();

    auto first = [&store, this](const QString &text) {
        return store.search(m_scope, text).value(0).ticketId;
    };
    QCOMPARE(first(u"åtgärd"_s), idFor(1));
    QCOMPARE(first(u"ÅTGÄRD "_s), idFor(1)); // case folded
    QCOMPARE(first(u"atgard "_s), idFor(1)); // remove_diacritics 2: å and ä fold to a
    QCOMPARE(first(u"größe "_s), idFor(2));
    QCOMPARE(first(u"grosse "_s), QString()); // ß is a letter of its own, not s + s
    QCOMPARE(first(u"grösse "_s), QString());
    QCOMPARE(first(u"証明書 "_s), idFor(3));
    // unicode61 splits at spaces and punctuation, not between CJK characters: a run without
    // spaces is one word, found by its beginning (the last word is a prefix), not its middle.
    QCOMPARE(first(u"の期限"_s), idFor(3));
    QCOMPARE(first(u"期限"_s), QString());
    QCOMPARE(first(u"сертификат "_s), idFor(4));
    QCOMPARE(first(u"истёк "_s), idFor(4));
    QCOMPARE(first(u"истек "_s), QString()); // remove_diacritics folds Latin letters only
}

void TestTicketStore::hostileQueriesNeverFail_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("hits");
    QTest::newRow("quote") << u"\""_s << 0;
    QTest::newRow("quoted word") << u"\"disk"_s << 1;
    QTest::newRow("star") << u"*"_s << 0;
    QTest::newRow("star word") << u"*disk"_s << 1;
    QTest::newRow("minus") << u"-disk"_s << 1;
    QTest::newRow("near") << u"NEAR(disk full)"_s << 0; // the phrase "near disk"
    QTest::newRow("near words") << u"NEAR disk"_s << 0;
    QTest::newRow("and") << u"disk AND"_s << 0; // "and" is a word that is not there
    QTest::newRow("or") << u"OR NOT"_s << 0;
    QTest::newRow("parens") << u"((("_s << 0;
    QTest::newRow("parens word") << u"(((disk"_s << 1;
    QTest::newRow("sql") << u"'; DROP TABLE tickets; --"_s << 0;
    QTest::newRow("column filter") << u"subject:disk"_s << 0;
    QTest::newRow("caret") << u"^disk"_s << 1;
    QTest::newRow("braces") << u"{subject content}: disk"_s << 0;
    QTest::newRow("nul") << QString(u"disk"_s + QChar(0) + u"full"_s) << 1;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("spaces") << u"   "_s << 0;
    QTest::newRow("long") << QString(5000, u'a') << 0;
}

void TestTicketStore::hostileQueriesNeverFail()
{
    QFETCH(QString, text);
    QFETCH(int, hits);
    TicketStore store(options());
    store.saveTicket(m_scope, idFor(1),
                     ticketJson(idFor(1), u"Disk full on node"_s, u"The disk is full"_s),
                     QDateTime::currentDateTimeUtc());
    store.flush();
    QTest::failOnWarning(QRegularExpression(u".*"_s)); // no "search failed"
    QCOMPARE(store.search(m_scope, text).size(), hits);
    QCOMPARE(store.ticketCount(), 1); // nothing was dropped
}

void TestTicketStore::matchExpressionQuotesEveryTerm()
{
    QCOMPARE(TicketStore::matchExpression(u"expired cert"_s), u"\"expired\" \"cert\"*"_s);
    QCOMPARE(TicketStore::matchExpression(u"say \"hi\" "_s), u"\"say\" \"\"\"hi\"\"\""_s);
    QCOMPARE(TicketStore::matchExpression(u"a AND b "_s), u"\"a\" \"AND\" \"b\""_s);
    QCOMPARE(TicketStore::matchExpression(u"* - ("_s), QString());
}

QTEST_GUILESS_MAIN(TestTicketStore)
#include "tst_ticketstore.moc"
