// The ticket document against the fake Ankra server: its states, refresh and stale, cancel,
// a superseded fetch never seen, and several documents fetching at once over one client.

#include "core/apiclient.h"
#include "core/models/commentlistmodel.h"
#include "core/models/ticketmodel.h"
#include "core/ticket.h"
#include "core/ticketsession.h"
#include "support/fakeankraserver.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

const QString IdA = u"0b8c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e"_s;
const QString IdB = u"1c9d8e7f-6a5b-4c4d-8e3f-2a1b0c9d8e7f"_s;
const QString IdC = u"2dae9f80-7b6c-4d5e-9f40-3b2c1d0e9f80"_s;

TicketId ticketId(const QString &text)
{
    return TicketId::fromUserInput(text);
}

} // namespace

class TestTicketSession final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadsTicketIntoItsModels();
    void failedFirstFetchIsAnError();
    void failedRefreshKeepsTicketAsStale();
    void refreshAfterErrorRetriesThatTicket();
    void openingAnotherTicketSupersedesTheFirst();
    void cancelGoesBackToWhatWasShown();
    void severalSessionsFetchAtOnce();
    void deletedSessionNeverReports();

private:
    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestTicketSession::init()
{
    m_server = std::make_unique<FakeAnkraServer>();
    QVERIFY(m_server->listen());
    m_server->addTicket(IdA, sampleTicketJson(IdA, u"Ticket A"_s));
    m_server->addTicket(IdB, sampleTicketJson(IdB, u"Ticket B"_s));
    m_server->addTicket(IdC, sampleTicketJson(IdC, u"Ticket C"_s));
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setToken(QString::fromLatin1(FakeAnkraServer::DefaultToken));
    m_client->setTransferTimeout(3000);
    m_client->setRetryDelays({});
}

void TestTicketSession::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestTicketSession::loadsTicketIntoItsModels()
{
    TicketSession session(m_client.get());
    QCOMPARE(session.state(), TicketSession::State::Empty);
    QVERIFY(!session.id().isValid());
    QSignalSpy loaded(&session, &TicketSession::loaded);
    QSignalSpy busy(&session, &TicketSession::busyChanged);

    session.open(ticketId(IdA));
    QCOMPARE(session.state(), TicketSession::State::Loading);
    QVERIFY(session.isBusy());
    QCOMPARE(session.id(), ticketId(IdA));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.constFirst().at(0).toBool(), true); // a new ticket, not a refresh
    QCOMPARE(session.state(), TicketSession::State::Loaded);
    QVERIFY(!session.isBusy());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(session.loadedId(), ticketId(IdA));
    QCOMPARE(session.ticket().subject, u"Ticket A"_s);
    QCOMPARE(session.ticketModel()->ticket().id, IdA);
    QCOMPARE(session.comments()->rowCount(), session.ticket().comments.size());
    QVERIFY(session.fetchedAt().isValid());

    // A refresh that brings the same ticket leaves the models alone.
    QSignalSpy unchanged(&session, &TicketSession::unchanged);
    QSignalSpy comments(session.comments(), &QAbstractItemModel::modelReset);
    QSignalSpy ticketData(session.ticketModel(), &QAbstractItemModel::dataChanged);
    session.refresh();
    QCOMPARE(session.state(), TicketSession::State::Loaded); // a refresh keeps the ticket
    QVERIFY(session.isBusy());
    QVERIFY(unchanged.wait(5000));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(ticketData.size(), 0);
    QCOMPARE(comments.size(), 0);
    QCOMPARE(m_server->requestCount(IdA), 2);

    // One that brings a changed ticket loads it: the same ticket, not a new one.
    m_server->addTicket(IdA, sampleTicketJson(IdA, u"Ticket A, renamed"_s));
    session.refresh();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.constLast().at(0).toBool(), false);
    QCOMPARE(session.ticket().subject, u"Ticket A, renamed"_s);
    QCOMPARE(ticketData.size(), 1);
    QCOMPARE(unchanged.size(), 1);
    QCOMPARE(m_server->requestCount(IdA), 3);
}

void TestTicketSession::failedFirstFetchIsAnError()
{
    TicketSession session(m_client.get());
    QSignalSpy failed(&session, &TicketSession::failed);
    session.open(ticketId(u"9f9f9f9f-9f9f-4f9f-9f9f-9f9f9f9f9f9f"_s)); // the server has none
    QVERIFY(failed.wait(5000));
    QCOMPARE(session.state(), TicketSession::State::Error);
    QCOMPARE(session.lastError().kind, ApiError::Kind::NotFound);
    QVERIFY(!session.hasTicket());
    QVERIFY(!session.isStale());
}

void TestTicketSession::failedRefreshKeepsTicketAsStale()
{
    TicketSession session(m_client.get());
    QSignalSpy loaded(&session, &TicketSession::loaded);
    QSignalSpy failed(&session, &TicketSession::failed);
    session.open(ticketId(IdA));
    QVERIFY(loaded.wait(5000));

    m_server->setFault(Fault::Status).status = 500;
    session.refresh();
    QVERIFY(failed.wait(5000));
    QCOMPARE(session.state(), TicketSession::State::Loaded);
    QVERIFY(session.isStale());
    QCOMPARE(session.lastError().kind, ApiError::Kind::ServerError);
    QCOMPARE(session.ticket().subject, u"Ticket A"_s);

    // The same ticket again: no longer stale, without loading it into the models again.
    m_server->clearFaults();
    QSignalSpy unchanged(&session, &TicketSession::unchanged);
    QSignalSpy states(&session, &TicketSession::stateChanged);
    session.refresh();
    QVERIFY(unchanged.wait(5000));
    QVERIFY(!session.isStale());
    QCOMPARE(states.size(), 1); // the stale mark went
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(session.lastError().kind, ApiError::Kind::None);
}

void TestTicketSession::refreshAfterErrorRetriesThatTicket()
{
    TicketSession session(m_client.get());
    QSignalSpy loaded(&session, &TicketSession::loaded);
    QSignalSpy failed(&session, &TicketSession::failed);
    session.open(ticketId(IdA));
    QVERIFY(loaded.wait(5000));
    m_server->setFault(Fault::NotFound, IdB);
    session.open(ticketId(IdB)); // another ticket: not a refresh
    QVERIFY(failed.wait(5000));
    QCOMPARE(session.state(), TicketSession::State::Error);
    QCOMPARE(session.id(), ticketId(IdB));

    m_server->clearFaults();
    session.refresh();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(session.loadedId(), ticketId(IdB));
    QCOMPARE(m_server->requestCount(IdB), 2);
}

void TestTicketSession::openingAnotherTicketSupersedesTheFirst()
{
    m_server->setFault(Fault::SlowHeaders, IdA).delayMs = 300;
    TicketSession session(m_client.get());
    QSignalSpy loaded(&session, &TicketSession::loaded);
    QSignalSpy failed(&session, &TicketSession::failed);
    session.open(ticketId(IdA));
    QTRY_COMPARE(m_server->requestCount(IdA), 1);
    session.open(ticketId(IdB));
    QVERIFY(loaded.wait(5000));
    QTest::qWait(600); // A's late answer has come and gone
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(session.loadedId(), ticketId(IdB));
    QCOMPARE(session.ticket().subject, u"Ticket B"_s);
}

void TestTicketSession::cancelGoesBackToWhatWasShown()
{
    TicketSession session(m_client.get());
    QSignalSpy loaded(&session, &TicketSession::loaded);
    QSignalSpy failed(&session, &TicketSession::failed);
    m_server->setFault(Fault::StallBody, IdA);
    session.open(ticketId(IdA));
    QTRY_COMPARE(m_server->requestCount(IdA), 1);
    session.cancel();
    QCOMPARE(session.state(), TicketSession::State::Empty);
    QVERIFY(!session.isBusy());

    session.open(ticketId(IdB));
    QVERIFY(loaded.wait(5000));
    session.open(ticketId(IdA)); // stalls
    QCOMPARE(session.state(), TicketSession::State::Loading);
    session.cancel();
    QCOMPARE(session.state(), TicketSession::State::Loaded); // B is still there
    QCOMPARE(session.id(), ticketId(IdB));
    QTest::qWait(100);
    QCOMPARE(failed.count(), 0); // cancelling is not an error to show
}

// One client, three documents, all in flight at once; a stalled one holds up nobody.
void TestTicketSession::severalSessionsFetchAtOnce()
{
    m_server->setFault(Fault::StallBody, IdC);
    TicketSession a(m_client.get()), b(m_client.get()), c(m_client.get());
    QSignalSpy loadedA(&a, &TicketSession::loaded);
    QSignalSpy loadedB(&b, &TicketSession::loaded);
    a.open(ticketId(IdA));
    b.open(ticketId(IdB));
    c.open(ticketId(IdC));
    QVERIFY(a.isBusy() && b.isBusy() && c.isBusy());
    QTRY_VERIFY(loadedA.count() == 1 && loadedB.count() == 1);
    QCOMPARE(a.ticket().subject, u"Ticket A"_s);
    QCOMPARE(b.ticket().subject, u"Ticket B"_s);
    QVERIFY(c.isBusy());
    QCOMPARE(c.state(), TicketSession::State::Loading);
    QVERIFY(m_client->isBusy());
    c.cancel();
    QVERIFY(!m_client->isBusy());
}

void TestTicketSession::deletedSessionNeverReports()
{
    m_server->setFault(Fault::SlowHeaders, IdA).delayMs = 200;
    QSignalSpy fetched(m_client.get(), &ApiClient::ticketFetched);
    {
        TicketSession session(m_client.get());
        session.open(ticketId(IdA));
        QTRY_COMPARE(m_server->requestCount(IdA), 1);
    } // the tab closed while its fetch ran
    QVERIFY(!m_client->isBusy());
    QTest::qWait(500);
    QCOMPARE(fetched.count(), 0);
}

QTEST_GUILESS_MAIN(TestTicketSession)
#include "tst_ticketsession.moc"
