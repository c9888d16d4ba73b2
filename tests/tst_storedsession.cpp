// Stale while revalidate: a ticket document with the local store (a real SQLite file) against
// the fake Ankra server — the saved copy shown at once and replaced by the fresh answer with
// precise model updates, kept as offline when the server is gone or failing (retried with
// backoff), never shown under another token, and the error as before without a copy.

#include "core/apiclient.h"
#include "core/models/commentlistmodel.h"
#include "core/store/ticketstore.h"
#include "core/ticket.h"
#include "core/ticketjson.h"
#include "core/ticketsession.h"
#include "support/fakeankraserver.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

const QString IdA = u"0b8c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e"_s;

TicketId ticketId(const QString &text)
{
    return TicketId::fromUserInput(text);
}

// The sample ticket with one more comment at the end.
QByteArray withExtraComment(const QByteArray &json)
{
    Ticket ticket = *parseTicket(json);
    Comment comment = ticket.comments.constLast();
    comment.id = u"5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716"_s;
    comment.body = u"A new answer"_s;
    comment.createdAt = comment.createdAt.addSecs(60);
    ticket.comments.append(comment);
    return QJsonDocument(ticketToJson(ticket)).toJson(QJsonDocument::Compact);
}

} // namespace

class TestStoredSession final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void eachFetchIsSaved();
    void savedCopyShownAtOnceThenReplaced();
    void serverGoneKeepsTheCopyOffline();
    void offlineAfterOneAttemptWhenACopyIsShown();
    void droppedConnectionWithACopyIsNotRetriedByTheClient();
    void withoutACopyTheClientStillRetries();
    void failingServerIsRetriedWithBackoffUntilItAnswers();
    void otherErrorsKeepTheCopyWithoutRetries();
    void withoutACopyTheErrorIsAsBefore();
    void anotherTokenNeverSeesTheCopy();
    void storeOffShowsNoCopy();
    void cancelKeepsTheCopy();

private:
    // Opens IdA in a session of its own so that the store holds a copy.
    void saveCopy();
    std::unique_ptr<TicketSession> newSession()
    {
        auto session = std::make_unique<TicketSession>(m_client.get(), m_store.get());
        session->setRetryBackoff(20, 80);
        return session;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<TicketStore> m_store;
    QByteArray m_json;
};

void TestStoredSession::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(u"store.sqlite"_s));
    m_server = std::make_unique<FakeAnkraServer>();
    QVERIFY(m_server->listen());
    m_json = sampleTicketJson(IdA, u"Ticket A"_s);
    m_server->addTicket(IdA, m_json);
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setToken(QString::fromLatin1(FakeAnkraServer::DefaultToken));
    m_client->setTransferTimeout(3000);
    m_client->setRetryDelays({});
    TicketStoreOptions options;
    options.path = m_dir.filePath(
        u"store-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_store = std::make_unique<TicketStore>(options);
    QVERIFY(m_store->isOpen());
}

void TestStoredSession::cleanup()
{
    m_store.reset();
    m_client.reset();
    m_server.reset();
}

void TestStoredSession::saveCopy()
{
    auto session = newSession();
    QSignalSpy loaded(session.get(), &TicketSession::loaded);
    session->open(ticketId(IdA));
    QVERIFY(loaded.wait(5000));
    QVERIFY(!session->isSavedCopy());
    m_store->flush();
    QVERIFY(m_store->ticket(session->storeScope(), IdA));
}

void TestStoredSession::eachFetchIsSaved()
{
    saveCopy();
    const QString scope = TicketStore::scopeFor(m_client->endpoint());
    const std::optional<StoredTicket> stored = m_store->ticket(scope, IdA);
    QVERIFY(stored);
    QCOMPARE(stored->json, m_json); // the bytes the server sent
    QVERIFY(qAbs(stored->fetchedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // A refresh saves the new answer over it.
    m_server->addTicket(IdA, withExtraComment(m_json));
    auto session = newSession();
    QSignalSpy loaded(session.get(), &TicketSession::loaded);
    session->open(ticketId(IdA));
    QTRY_COMPARE(loaded.count(), 2); // the copy, then the fresh ticket
    m_store->flush();
    QCOMPARE(m_store->ticket(scope, IdA)->json, withExtraComment(m_json));
}

void TestStoredSession::savedCopyShownAtOnceThenReplaced()
{
    saveCopy();
    m_server->addTicket(IdA, withExtraComment(m_json));
    m_server->setFault(Fault::SlowHeaders, IdA).delayMs = 300; // the copy surely comes first

    auto session = newSession();
    QSignalSpy loaded(session.get(), &TicketSession::loaded);
    QSignalSpy copyChanged(session.get(), &TicketSession::savedCopyChanged);
    session->open(ticketId(IdA));
    QCOMPARE(session->state(), TicketSession::State::Loading); // as without a store
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.constFirst().at(0).toBool(), true);
    QCOMPARE(session->state(), TicketSession::State::Loaded);
    QVERIFY(session->isSavedCopy());
    QVERIFY(!session->isOffline());
    QVERIFY(session->isBusy()); // "Saved copy from 10:42 · refreshing…"
    QVERIFY(session->savedAt().isValid());
    QCOMPARE(session->loadedId(), ticketId(IdA));
    const qsizetype before = session->comments()->rowCount();
    QCOMPARE(before, parseTicket(m_json)->comments.size());

    // The fresh answer replaces it in place: one row appended, no reset.
    QSignalSpy resets(session->comments(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(session->comments(), &QAbstractItemModel::rowsInserted);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.constLast().at(0).toBool(), false); // a refresh of the same ticket
    QVERIFY(!session->isSavedCopy());
    QVERIFY(!session->isBusy());
    QVERIFY(!session->isStale());
    QCOMPARE(session->comments()->rowCount(), before + 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(copyChanged.count(), 2);
}

void TestStoredSession::serverGoneKeepsTheCopyOffline()
{
    saveCopy();
    m_server.reset(); // nothing listens there any more

    auto session = newSession();
    session->setRetryBackoff(60 * 1000, 5 * 60 * 1000); // not within this test
    QSignalSpy failed(session.get(), &TicketSession::failed);
    QSignalSpy loaded(session.get(), &TicketSession::loaded);
    session->open(ticketId(IdA));
    QVERIFY(failed.wait(10000));
    QCOMPARE(loaded.count(), 1); // the copy, shown before the failure is
    QCOMPARE(failed.constFirst().at(0).value<ApiError>().kind, ApiError::Kind::ConnectionRefused);
    QCOMPARE(session->state(), TicketSession::State::Loaded);
    QVERIFY(session->isSavedCopy());
    QVERIFY(session->isOffline());
    QVERIFY(session->isStale());
    QVERIFY(!session->isBusy());
    QVERIFY(session->isRetryScheduled());
    QCOMPARE(session->retryDelayMs(), 2 * 60 * 1000); // the next one doubles
    QCOMPARE(session->ticket().subject, u"Ticket A"_s);
}

void TestStoredSession::offlineAfterOneAttemptWhenACopyIsShown()
{
    saveCopy();
    m_server.reset(); // a closed port: connection refused
    // Retries the client would make only after ten minutes: the banner must not wait for them.
    m_client->setRetryDelays({10 * 60 * 1000, 10 * 60 * 1000});
    auto session = newSession();
    session->setRetryBackoff(60 * 1000, 5 * 60 * 1000);
    QSignalSpy failed(session.get(), &TicketSession::failed);
    session->open(ticketId(IdA));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.constFirst().at(0).value<ApiError>().kind, ApiError::Kind::ConnectionRefused);
    QVERIFY(session->isSavedCopy());
    QVERIFY(session->isOffline());
    QVERIFY(!session->isBusy());
    QVERIFY(!m_client->isBusy()); // no retry left waiting in the client
    QVERIFY(session->isRetryScheduled());
}

void TestStoredSession::droppedConnectionWithACopyIsNotRetriedByTheClient()
{
    saveCopy();
    m_server->setFault(Fault::ResetMidBody, IdA);
    m_server->clearRequests();
    m_client->setRetryDelays({0, 0}); // would retry at once
    auto session = newSession();
    session->setRetryBackoff(60 * 1000, 5 * 60 * 1000);
    QSignalSpy failed(session.get(), &TicketSession::failed);
    session->open(ticketId(IdA));
    QVERIFY(failed.wait(10000));
    QVERIFY(session->isOffline());
    // One attempt. Qt itself sends a request again once when a reset beats its read of the
    // answer's head, so the server may count two; the client's retries would make it three.
    QVERIFY2(m_server->requestCount(IdA) < 3,
             qPrintable(QString::number(m_server->requestCount(IdA))));
    QCOMPARE(failed.count(), 1);
}

void TestStoredSession::withoutACopyTheClientStillRetries()
{
    m_server->setFault(Fault::ResetMidBody, IdA);
    m_server->clearRequests();
    m_client->setRetryDelays({0, 0});
    auto session = newSession();
    QSignalSpy failed(session.get(), &TicketSession::failed);
    session->open(ticketId(IdA));
    QVERIFY(failed.wait(10000));
    QCOMPARE(session->state(), TicketSession::State::Error);
    // The client's three tries, as before (and Qt's own resend of one of them, at times).
    QVERIFY2(m_server->requestCount(IdA) >= 3,
             qPrintable(QString::number(m_server->requestCount(IdA))));
}

void TestStoredSession::failingServerIsRetriedWithBackoffUntilItAnswers()
{
    saveCopy();
    FaultSpec &fault = m_server->setFault(Fault::Status, IdA);
    fault.status = 503;
    fault.remaining = 3;
    m_server->clearRequests();

    auto session = newSession(); // 20 ms, doubling to 80 ms
    QSignalSpy failed(session.get(), &TicketSession::failed);
    QSignalSpy loaded(session.get(), &TicketSession::loaded);
    QSignalSpy unchanged(session.get(), &TicketSession::unchanged);
    session->open(ticketId(IdA));
    QVERIFY(failed.wait(5000));
    QVERIFY(session->isOffline());
    QCOMPARE(session->retryDelayMs(), 40);
    // Retried by itself: 3 failures, then the fresh ticket.
    QTRY_VERIFY_WITH_TIMEOUT(!session->isSavedCopy(), 10000);
    QCOMPARE(failed.count(), 3);
    QCOMPARE(m_server->requestCount(IdA), 4);
    QVERIFY(!session->isOffline());
    QVERIFY(!session->isStale());
    QVERIFY(!session->isRetryScheduled());
    QCOMPARE(session->retryDelayMs(), 20); // back to the first delay
    // The copy, then the server's answer: the same ticket, so nothing is laid out again.
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(unchanged.count(), 1);
}

void TestStoredSession::otherErrorsKeepTheCopyWithoutRetries()
{
    saveCopy();
    m_server->setFault(Fault::Unauthorized, IdA);
    auto session = newSession();
    QSignalSpy failed(session.get(), &TicketSession::failed);
    session->open(ticketId(IdA));
    QVERIFY(failed.wait(5000));
    QCOMPARE(session->state(), TicketSession::State::Loaded);
    QVERIFY(session->isSavedCopy());
    QVERIFY(session->isStale());
    QVERIFY(!session->isOffline()); // the server answered: it is the token
    QVERIFY(!session->isRetryScheduled());
}

void TestStoredSession::withoutACopyTheErrorIsAsBefore()
{
    m_server.reset();
    auto session = newSession();
    QSignalSpy failed(session.get(), &TicketSession::failed);
    QSignalSpy loaded(session.get(), &TicketSession::loaded);
    session->open(ticketId(IdA));
    QVERIFY(failed.wait(10000));
    QCOMPARE(session->state(), TicketSession::State::Error);
    QCOMPARE(session->lastError().kind, ApiError::Kind::ConnectionRefused);
    QVERIFY(!session->isSavedCopy());
    QVERIFY(!session->isOffline());
    QVERIFY(!session->isRetryScheduled());
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(m_store->ticketCount(), 0);
}

void TestStoredSession::anotherTokenNeverSeesTheCopy()
{
    saveCopy();
    m_server->setExpectedToken("another-token-9876543210");
    m_client->setToken(u"another-token-9876543210"_s);
    m_server->setFault(Fault::SlowHeaders, IdA).delayMs = 200;
    auto session = newSession();
    QSignalSpy loaded(session.get(), &TicketSession::loaded);
    session->open(ticketId(IdA));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.count(), 1); // only the fetched ticket
    QVERIFY(!session->isSavedCopy());
    m_store->flush();
    QCOMPARE(m_store->ticketCount(), 2); // one copy per scope
}

void TestStoredSession::storeOffShowsNoCopy()
{
    saveCopy();
    m_store->setEnabled(false);
    m_server.reset();
    auto session = newSession();
    QSignalSpy failed(session.get(), &TicketSession::failed);
    session->open(ticketId(IdA));
    QVERIFY(failed.wait(10000));
    QCOMPARE(session->state(), TicketSession::State::Error);
    QVERIFY(!session->isSavedCopy());
}

void TestStoredSession::cancelKeepsTheCopy()
{
    saveCopy();
    m_server->setFault(Fault::SlowHeaders, IdA).delayMs = 3000;
    auto session = newSession();
    QSignalSpy loaded(session.get(), &TicketSession::loaded);
    session->open(ticketId(IdA));
    QVERIFY(loaded.wait(5000));
    QVERIFY(session->isSavedCopy());
    session->cancel();
    QVERIFY(!session->isBusy());
    QCOMPARE(session->state(), TicketSession::State::Loaded);
    QVERIFY(session->isSavedCopy());
}

QTEST_GUILESS_MAIN(TestStoredSession)
#include "tst_storedsession.moc"
