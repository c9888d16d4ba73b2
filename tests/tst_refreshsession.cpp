// Automatic refresh against the fake Ankra server, on a test clock: the scheduler refreshes a
// ticket document, which picks up a changed ticket with precise row signals and leaves its
// models alone (no signal at all) when the answer is unchanged; a 429's Retry-After read by the
// real client holds the next refresh; the ticket list is refreshed in place.

#include "core/apiclient.h"
#include "core/apirequest.h"
#include "core/models/attachmenttablemodel.h"
#include "core/models/commentlistmodel.h"
#include "core/models/ticketlistmodel.h"
#include "core/models/ticketmodel.h"
#include "core/refresh/refreshscheduler.h"
#include "core/store/ticketstore.h"
#include "core/ticketsession.h"
#include "support/fakeankraserver.h"
#include "support/manualclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;
using Kind = RefreshScheduler::Kind;

namespace {

const QString IdA = u"0b8c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e"_s;
constexpr qint64 Minute = 60 * 1000;

// Every signal by which a model tells a view to lay something out again.
class ModelSignals final
{
public:
    explicit ModelSignals(QAbstractItemModel *model)
        : m_name(QString::fromLatin1(model->metaObject()->className()))
    {
        m_spies.push_back(std::make_unique<QSignalSpy>(model, &QAbstractItemModel::dataChanged));
        m_spies.push_back(std::make_unique<QSignalSpy>(model, &QAbstractItemModel::rowsInserted));
        m_spies.push_back(std::make_unique<QSignalSpy>(model, &QAbstractItemModel::rowsRemoved));
        m_spies.push_back(std::make_unique<QSignalSpy>(model, &QAbstractItemModel::rowsMoved));
        m_spies.push_back(std::make_unique<QSignalSpy>(model, &QAbstractItemModel::modelReset));
        m_spies.push_back(std::make_unique<QSignalSpy>(model, &QAbstractItemModel::layoutChanged));
        m_spies.push_back(
            std::make_unique<QSignalSpy>(model, &QAbstractItemModel::headerDataChanged));
    }
    qsizetype total() const
    {
        qsizetype n = 0;
        for (const auto &spy : m_spies)
            n += spy->size();
        return n;
    }
    qsizetype count(int which) const { return m_spies.at(size_t(which))->size(); }
    QString name() const { return m_name; }

    enum { DataChanged, RowsInserted, RowsRemoved, RowsMoved, ModelReset, LayoutChanged };

private:
    QString m_name;
    std::vector<std::unique_ptr<QSignalSpy>> m_spies;
};

QByteArray withExtraComment(const QByteArray &json)
{
    QJsonObject ticket = QJsonDocument::fromJson(json).object();
    QJsonArray comments = ticket.value(u"comments"_s).toArray();
    comments.append(QJsonObject{{u"id"_s, u"7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910"_s},
                                {u"author_label"_s, u"Maja Lindqvist"_s},
                                {u"author_type"_s, u"customer"_s},
                                {u"body"_s, u"It happened again this morning."_s},
                                {u"created_at"_s, u"2025-03-02T08:00:00Z"_s}});
    ticket.insert(u"comments"_s, comments);
    ticket.insert(u"updated_at"_s, u"2025-03-02T08:00:00Z"_s);
    return QJsonDocument(ticket).toJson(QJsonDocument::Compact);
}

} // namespace

class TestRefreshSession final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void clientKnowsAnUnchangedAnswer();
    void unchangedAnswerEmitsNoModelSignal();
    void changedTicketIsPickedUp();
    void failedRefreshBacksOffAndRetryAfterHolds();
    void notFoundTicketIsNotRetried();
    void listIsRefreshedInPlace();
    void serverBackRefreshesTheKeptListAtOnce();

private:
    // A session with IdA loaded, registered as the current tab.
    std::unique_ptr<TicketSession> loadedSession(int *target);

    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    ManualClock *m_clock = nullptr;
    std::unique_ptr<RefreshScheduler> m_scheduler;
};

void TestRefreshSession::init()
{
    m_server = std::make_unique<FakeAnkraServer>();
    QVERIFY(m_server->listen());
    m_server->addTicket(IdA, sampleTicketJson(IdA, u"Ticket A"_s));
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setToken(QString::fromLatin1(FakeAnkraServer::DefaultToken));
    m_client->setTransferTimeout(3000);
    m_client->setRetryDelays({});
    auto clock = std::make_unique<ManualClock>();
    m_clock = clock.get();
    m_scheduler = std::make_unique<RefreshScheduler>(std::move(clock), [] { return 0.5; });
}

void TestRefreshSession::cleanup()
{
    m_scheduler.reset();
    m_client.reset();
    m_server.reset();
}

std::unique_ptr<TicketSession> TestRefreshSession::loadedSession(int *target)
{
    auto session = std::make_unique<TicketSession>(m_client.get());
    *target = m_scheduler->addSession(session.get());
    m_scheduler->setCurrentSession(session.get());
    QSignalSpy loaded(session.get(), &TicketSession::loaded);
    session->open(TicketId::fromUserInput(IdA));
    if (!loaded.wait(5000))
        qWarning("the ticket did not load");
    return session;
}

void TestRefreshSession::clientKnowsAnUnchangedAnswer()
{
    const TicketId id = TicketId::fromUserInput(IdA);
    std::unique_ptr<TicketRequest> first(m_client->fetchTicket(id, this));
    QSignalSpy firstDone(first.get(), &ApiRequest::finished);
    QVERIFY(firstDone.wait(5000));
    QVERIFY(!first->error().isError());
    QCOMPARE(first->bodyDigest().size(), 20); // SHA-1
    QVERIFY(!first->isUnchanged());

    // The same bytes again: not parsed, the known ticket handed back.
    const KnownTicket known{first->ticket(), first->bodyDigest()};
    std::unique_ptr<TicketRequest> again(m_client->fetchTicket(id, this, known));
    QSignalSpy againDone(again.get(), &ApiRequest::finished);
    QVERIFY(againDone.wait(5000));
    QVERIFY(again->isUnchanged());
    QCOMPARE(again->bodyDigest(), first->bodyDigest());
    QCOMPARE(again->ticket(), first->ticket());

    // Other bytes: parsed as ever.
    m_server->addTicket(IdA, withExtraComment(m_server->ticketJson(IdA)));
    std::unique_ptr<TicketRequest> changed(m_client->fetchTicket(id, this, known));
    QSignalSpy changedDone(changed.get(), &ApiRequest::finished);
    QVERIFY(changedDone.wait(5000));
    QVERIFY(!changed->isUnchanged());
    QVERIFY(changed->bodyDigest() != first->bodyDigest());
    QCOMPARE(changed->ticket().comments.size(), first->ticket().comments.size() + 1);
}

void TestRefreshSession::unchangedAnswerEmitsNoModelSignal()
{
    int target = 0;
    const auto session = loadedSession(&target);
    QVERIFY(session->hasTicket());
    QCOMPARE(m_scheduler->kind(target), Kind::CurrentTicket);
    // Opening reported a success: the first refresh is a minute after it.
    QCOMPARE(m_scheduler->dueAt(target) - m_scheduler->now(), Minute);

    ModelSignals ticket(session->ticketModel());
    ModelSignals comments(session->comments());
    ModelSignals attachments(session->attachments());
    QSignalSpy loaded(session.get(), &TicketSession::loaded);
    QSignalSpy aboutToLoad(session.get(), &TicketSession::aboutToLoad);
    QSignalSpy unchanged(session.get(), &TicketSession::unchanged);
    QSignalSpy states(session.get(), &TicketSession::stateChanged);
    const QDateTime before = session->fetchedAt();

    for (int round = 1; round <= 3; ++round) {
        m_clock->advance(Minute);
        QVERIFY(m_scheduler->isInFlight(target));
        QVERIFY(session->isBusy());
        QVERIFY(unchanged.wait(5000));
        QCOMPARE(unchanged.size(), round);
        QVERIFY(!m_scheduler->isInFlight(target));
        QCOMPARE(m_server->requestCount(IdA), 1 + round);
    }
    for (const ModelSignals *spies : {&ticket, &comments, &attachments})
        QVERIFY2(spies->total() == 0, qPrintable(spies->name()));
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(aboutToLoad.size(), 0);
    QCOMPARE(states.size(), 0);
    QVERIFY(session->fetchedAt() >= before);
    QCOMPARE(m_scheduler->failureCount(target), 0);
}

void TestRefreshSession::changedTicketIsPickedUp()
{
    int target = 0;
    const auto session = loadedSession(&target);
    const qsizetype commentsBefore = session->comments()->rowCount();
    ModelSignals ticket(session->ticketModel());
    ModelSignals comments(session->comments());
    ModelSignals attachments(session->attachments());
    QSignalSpy loaded(session.get(), &TicketSession::loaded);

    m_server->addTicket(IdA, withExtraComment(m_server->ticketJson(IdA)));
    m_clock->advance(Minute);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.constFirst().at(0).toBool(), false); // the same ticket, refreshed
    QCOMPARE(session->comments()->rowCount(), commentsBefore + 1);
    QCOMPARE(session->comments()->comments().constLast().authorLabel, u"Maja Lindqvist"_s);
    // One row inserted at the end: the thread keeps its place; nothing else moves.
    QCOMPARE(comments.count(ModelSignals::RowsInserted), 1);
    QCOMPARE(comments.count(ModelSignals::ModelReset), 0);
    QCOMPARE(comments.count(ModelSignals::DataChanged), 0);
    QCOMPARE(ticket.count(ModelSignals::DataChanged), 1);
    QCOMPARE(attachments.total(), 0);
    QCOMPARE(m_scheduler->dueAt(target) - m_scheduler->now(), Minute);
}

void TestRefreshSession::failedRefreshBacksOffAndRetryAfterHolds()
{
    int target = 0;
    const auto session = loadedSession(&target);
    QSignalSpy failed(session.get(), &TicketSession::failed);
    QSignalSpy unchanged(session.get(), &TicketSession::unchanged);

    m_server->setFault(Fault::Status, IdA).status = 500;
    m_clock->advance(Minute);
    QVERIFY(failed.wait(5000));
    QVERIFY(session->isStale());
    QCOMPARE(m_scheduler->failureCount(target), 1);
    QCOMPARE(m_scheduler->dueAt(target) - m_scheduler->now(), 2 * Minute);

    // The server limits us: its Retry-After (read by the client from the real header) wins
    // over the backoff's four minutes.
    m_server->setFault(Fault::RateLimited, IdA).retryAfter = "600";
    m_clock->advance(2 * Minute);
    QVERIFY(failed.wait(5000));
    QCOMPARE(session->lastError().kind, ApiError::Kind::RateLimited);
    QCOMPARE(m_scheduler->holdUntil(), m_scheduler->now() + 600 * 1000);
    QCOMPARE(m_scheduler->dueAt(target) - m_scheduler->now(), 600 * 1000);
    const int requests = m_server->requestCount(IdA);
    m_clock->advance(600 * 1000 - 1);
    QCOMPARE(m_server->requestCount(IdA), requests);
    QVERIFY(!session->isBusy());

    // Then the server is fine again: the stale mark goes, the backoff is forgotten.
    m_server->clearFaults();
    m_clock->advance(1);
    QVERIFY(unchanged.wait(5000));
    QVERIFY(!session->isStale());
    QCOMPARE(m_scheduler->failureCount(target), 0);
    QCOMPARE(m_scheduler->dueAt(target) - m_scheduler->now(), Minute);
}

void TestRefreshSession::notFoundTicketIsNotRetried()
{
    TicketSession session(m_client.get());
    const int target = m_scheduler->addSession(&session);
    m_scheduler->setCurrentSession(&session);
    QSignalSpy failed(&session, &TicketSession::failed);
    session.open(TicketId::fromUserInput(u"9f9f9f9f-9f9f-4f9f-9f9f-9f9f9f9f9f9f"_s));
    QVERIFY(failed.wait(5000));
    QCOMPARE(session.state(), TicketSession::State::Error);
    const qsizetype requests = m_server->requests().size();
    m_clock->advance(60 * Minute);
    QVERIFY(!session.isBusy()); // nothing to refresh: the user has to change the ID
    QCOMPARE(m_server->requests().size(), requests);
    QVERIFY(!m_scheduler->isInFlight(target));
}

void TestRefreshSession::listIsRefreshedInPlace()
{
    m_server->setListRows(FakeAnkraServer::makeListRows(30));
    TicketListModel model(m_client.get());
    const int target = m_scheduler->addListModel(&model, true);
    QSignalSpy pages(&model, &TicketListModel::pageLoaded);
    model.setFilter({});
    QVERIFY(pages.wait(5000));
    QCOMPARE(model.rowCount(), 30);
    ModelSignals rows(&model);

    // Unchanged: fetched again, not a single row signal.
    m_clock->advance(Minute);
    QVERIFY(model.isRefreshing());
    QVERIFY(pages.wait(5000));
    QCOMPARE(rows.total(), 0);
    QVERIFY(!m_scheduler->isInFlight(target));

    // A new ticket at the top: one row inserted, the rest kept.
    QList<QJsonValue> list = m_server->listRows();
    list.prepend(FakeAnkraServer::makeListRows(1, 77).constFirst());
    m_server->setListRows(list);
    m_clock->advance(Minute);
    QVERIFY(pages.wait(5000));
    QCOMPARE(model.rowCount(), 31);
    QCOMPARE(rows.count(ModelSignals::RowsInserted), 1);
    QCOMPARE(rows.count(ModelSignals::ModelReset), 0);

    // Hidden: not refreshed.
    m_scheduler->setEnabled(target, false);
    const qsizetype requests = m_server->requests().size();
    m_clock->advance(10 * Minute);
    QVERIFY(!model.isBusy());
    QCOMPARE(m_server->requests().size(), requests);
}

void TestRefreshSession::serverBackRefreshesTheKeptListAtOnce()
{
    // A first start, online: the ticket and the list's first page are kept in a real store.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TicketStoreOptions options;
    options.path = dir.filePath(u"store.sqlite"_s);
    TicketStore store(options);
    QVERIFY(store.isOpen());
    m_server->setListRows(FakeAnkraServer::makeListRows(30));
    {
        TicketListModel list(m_client.get(), &store);
        QSignalSpy pages(&list, &TicketListModel::pageLoaded);
        list.setFilter({});
        QVERIFY(pages.wait(5000));
        TicketSession session(m_client.get(), &store);
        QSignalSpy loaded(&session, &TicketSession::loaded);
        session.open(TicketId::fromUserInput(IdA));
        QVERIFY(loaded.wait(5000));
        store.flush();
    }

    // The next start, the server gone (503 to everything): both show what was kept.
    m_server->setFault(Fault::Status).status = 503;
    TicketListModel list(m_client.get(), &store);
    const int listTarget = m_scheduler->addListModel(&list, true);
    QSignalSpy listFailed(&list, &TicketListModel::failed);
    list.setFilter({});
    QVERIFY(listFailed.wait(5000));
    QVERIFY(list.isSavedCopy());
    const qint64 listDue = m_scheduler->dueAt(listTarget);
    QVERIFY(listDue - m_scheduler->now() > Minute); // backing off

    TicketSession session(m_client.get(), &store);
    session.setRetryBackoff(100, 100); // the document's own retry, soon
    m_scheduler->addSession(&session);
    m_scheduler->setCurrentSession(&session);
    QSignalSpy sessionFailed(&session, &TicketSession::failed);
    session.open(TicketId::fromUserInput(IdA));
    QVERIFY(sessionFailed.wait(5000));
    QVERIFY(session.isSavedCopy());
    // The copy from the store is no answer of the server: the list still backs off.
    QCOMPARE(m_scheduler->dueAt(listTarget), listDue);

    // The server is back: the document's retry reaches it, and the list follows at once
    // instead of two minutes after it failed.
    m_server->clearFaults();
    // The same bytes as the copy: the document says "unchanged", and is no saved copy any more.
    QSignalSpy unchanged(&session, &TicketSession::unchanged);
    QVERIFY(unchanged.wait(5000));
    QVERIFY(!session.isSavedCopy());
    QSignalSpy pages(&list, &TicketListModel::pageLoaded);
    m_clock->advance(0);
    QVERIFY(list.isRefreshing());
    QVERIFY(pages.wait(5000));
    QVERIFY(!list.isSavedCopy());
    QCOMPARE(list.rowCount(), 30);
}

QTEST_GUILESS_MAIN(TestRefreshSession)
#include "tst_refreshsession.moc"
