// The ticket list with the local store (a real SQLite file) against the fake Ankra server: the
// first page of each filter is kept, shown when the server cannot be reached (a stopped server,
// a 503) and replaced in place once it answers again; never under another token, another
// filter, or for errors that are not about reaching the server; a kept page that does not
// parse is the error as without one.

#include "core/apiclient.h"
#include "core/models/ticketlistmodel.h"
#include "core/store/ticketstore.h"
#include "support/fakeankraserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;
using State = TicketListModel::State;

class TestStoredList final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstPageIsKept();
    void serverGoneShowsTheKeptPage();
    void keptPageReplacedInPlaceWhenTheServerAnswers();
    void keptPageShownAfterOneAttempt();
    void otherErrorsShowNoKeptPage();
    void anotherTokenNeverSeesTheKeptPage();
    void anotherFilterHasItsOwnPage();
    void unreadableKeptPageIsTheError();

private:
    std::unique_ptr<TicketListModel> newModel()
    {
        auto model = std::make_unique<TicketListModel>(m_client.get(), m_store.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        return model;
    }
    static bool waitIdle(const TicketListModel &model)
    {
        return QTest::qWaitFor([&model] { return !model.isBusy(); }, 10000);
    }
    // Loads the default filter once with the server up, so that the store keeps its page.
    QStringList keepFirstPage();
    static QStringList idsOf(const TicketListModel &model)
    {
        QStringList ids;
        for (const TicketSummary &t : model.tickets())
            ids << t.id;
        return ids;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<TicketStore> m_store;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestStoredList::init()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<FakeAnkraServer>();
    QVERIFY(m_server->listen());
    m_server->setListRows(FakeAnkraServer::makeListRows(120));
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

void TestStoredList::cleanup()
{
    m_tester.reset();
    m_store.reset();
    m_client.reset();
    m_server.reset();
}

QStringList TestStoredList::keepFirstPage()
{
    auto model = newModel();
    model->setFilter({});
    if (!waitIdle(*model) || model->state() != State::Loaded || model->isSavedCopy())
        return {};
    m_store->flush();
    return idsOf(*model);
}

void TestStoredList::firstPageIsKept()
{
    const QStringList ids = keepFirstPage();
    QCOMPARE(ids.size(), 50);
    const QString scope = m_store->usableScope(m_client->endpoint());
    QVERIFY(!scope.isEmpty());
    TicketListQuery query;
    query.page = 1;
    query.pageSize = 50;
    const std::optional<StoredListPage> page
        = m_store->listPage(scope, QString::fromLatin1(query.toQueryString()));
    QVERIFY(page);
    QVERIFY(page->json.contains(ids.constFirst().toLatin1()));
    QVERIFY(page->fetchedAt.isValid());
}

void TestStoredList::serverGoneShowsTheKeptPage()
{
    const QStringList ids = keepFirstPage();
    QCOMPARE(ids.size(), 50);
    m_server.reset(); // nothing listens there any more: a new start, offline

    auto model = newModel();
    QSignalSpy failed(model.get(), &TicketListModel::failed);
    model->setFilter({});
    QVERIFY(waitIdle(*model));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(model->lastError().kind, ApiError::Kind::ConnectionRefused);
    QCOMPARE(model->state(), State::Loaded);
    QVERIFY(model->isSavedCopy());
    QVERIFY(model->isStale());
    QVERIFY(model->savedAt().isValid());
    QVERIFY(qAbs(model->savedAt().secsTo(QDateTime::currentDateTime())) < 600);
    QCOMPARE(idsOf(*model), ids);
    QCOMPARE(model->totalCount(), 120);
    QVERIFY(!model->canFetchMore({})); // only what was kept
}

void TestStoredList::keptPageReplacedInPlaceWhenTheServerAnswers()
{
    const QStringList ids = keepFirstPage();
    QCOMPARE(ids.size(), 50);
    m_server->setListFault(Fault::Status).status = 503;

    auto model = newModel();
    model->setFilter({});
    QVERIFY(waitIdle(*model));
    QVERIFY(model->isSavedCopy());
    QCOMPARE(model->lastError().kind, ApiError::Kind::ServerError);

    // The server answers again, with one ticket renamed: merged into the rows shown.
    m_server->clearFaults();
    QList<QJsonValue> rows = FakeAnkraServer::makeListRows(120);
    QJsonObject first = rows.first().toObject();
    first.insert("subject"_L1, u"Renamed while we were offline"_s);
    rows.first() = first;
    m_server->setListRows(rows);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    model->retry();
    QVERIFY(waitIdle(*model));
    QVERIFY(!model->isSavedCopy());
    QVERIFY(!model->isStale());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model->index(0).data().toString(), u"Renamed while we were offline"_s);
    QCOMPARE(idsOf(*model), ids);
    QVERIFY(model->canFetchMore({})); // paging again
    model->fetchMore({});
    QVERIFY(waitIdle(*model));
    QCOMPARE(model->rowCount(), 100);
}

void TestStoredList::keptPageShownAfterOneAttempt()
{
    // The client's own retries, short: without a kept page a 503 is asked three times.
    m_client->setRetryDelays({20, 20});
    m_server->setListFault(Fault::Status).status = 503;
    {
        auto model = newModel();
        model->setFilter({});
        QVERIFY(waitIdle(*model));
        QCOMPARE(model->state(), State::Error);
        QCOMPARE(m_server->listTargets().size(), 3);
    }

    // With a kept page the first failure shows it; the scheduler retries, not the client.
    m_server->clearFaults();
    m_client->setRetryDelays({});
    QCOMPARE(keepFirstPage().size(), 50);
    m_client->setRetryDelays({20, 20});
    m_server->setListFault(Fault::Status).status = 503;
    m_server->clearRequests();
    auto model = newModel();
    model->setFilter({});
    QVERIFY(waitIdle(*model));
    QVERIFY(model->isSavedCopy());
    QCOMPARE(m_server->listTargets().size(), 1);

    // A refresh of the kept page is the scheduler's retry: one attempt too.
    model->retry();
    QVERIFY(waitIdle(*model));
    QVERIFY(model->isSavedCopy());
    QCOMPARE(m_server->listTargets().size(), 2);
}

void TestStoredList::otherErrorsShowNoKeptPage()
{
    QCOMPARE(keepFirstPage().size(), 50);
    for (const Fault fault : {Fault::Unauthorized, Fault::Validation, Fault::MalformedJson}) {
        m_server->setListFault(fault);
        auto model = newModel();
        model->setFilter({});
        QVERIFY(waitIdle(*model));
        QCOMPARE(model->state(), State::Error);
        QVERIFY(!model->isSavedCopy());
        QCOMPARE(model->rowCount(), 0);
    }
}

void TestStoredList::anotherTokenNeverSeesTheKeptPage()
{
    QCOMPARE(keepFirstPage().size(), 50);
    m_server->setExpectedToken("another-token-0123456789");
    m_client->setToken(u"another-token-0123456789"_s);
    m_server->setListFault(Fault::Status).status = 503;
    auto model = newModel();
    model->setFilter({});
    QVERIFY(waitIdle(*model));
    QCOMPARE(model->state(), State::Error);
    QVERIFY(!model->isSavedCopy());
}

void TestStoredList::anotherFilterHasItsOwnPage()
{
    QCOMPARE(keepFirstPage().size(), 50);
    m_server->setListFault(Fault::Status).status = 503;
    auto model = newModel();
    TicketListFilter open;
    open.statuses = {u"open"_s};
    model->setFilter(open);
    QVERIFY(waitIdle(*model));
    QCOMPARE(model->state(), State::Error); // never the page of another filter
    model->setFilter({});
    QVERIFY(waitIdle(*model));
    QVERIFY(model->isSavedCopy());
    QCOMPARE(model->rowCount(), 50);
}

void TestStoredList::unreadableKeptPageIsTheError()
{
    const QString scope = m_store->usableScope(m_client->endpoint());
    TicketListQuery query;
    m_store->saveListPage(scope, QString::fromLatin1(query.toQueryString()), "{\"result\": [",
                          QDateTime::currentDateTimeUtc());
    m_store->flush();
    m_server->setListFault(Fault::Status).status = 503;
    auto model = newModel();
    model->setFilter({});
    QVERIFY(waitIdle(*model));
    QCOMPARE(model->state(), State::Error);
    QCOMPARE(model->lastError().kind, ApiError::Kind::ServerError);
    QVERIFY(!model->isSavedCopy());
}

QTEST_GUILESS_MAIN(TestStoredList)
#include "tst_storedlist.moc"
