// TicketListModel against the fake server, under QAbstractItemModelTester: paging on demand
// (one page at a time), a late page of an earlier filter, a ticket on two pages, a refresh of
// the first page merged with precise row signals, errors and the stale state, rejected rows.

#include "core/apiclient.h"
#include "core/models/ticketlistmodel.h"
#include "support/fakeankraserver.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;
using State = TicketListModel::State;

namespace {

QString idOf(const QJsonValue &row)
{
    return row.toObject().value("id"_L1).toString();
}

QJsonValue withSubject(const QJsonValue &row, const QString &subject)
{
    QJsonObject object = row.toObject();
    object.insert("subject"_L1, subject);
    return object;
}

} // namespace

class TestTicketListModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pagesOnDemandOneAtATime();
    void filterIsSentAndCounted();
    void latePageOfAnEarlierFilterIsNeverAdded();
    void ticketOnTwoPagesIsShownOnce();
    void refreshMergesTheFirstPagePrecisely();
    void refreshDropsANextPageInFlight();
    void firstPageErrorThenRetry();
    void failedRefreshKeepsRowsStale();
    void failedNextPageStopsPagingUntilRetry();
    void rejectedRowsAreCounted();
    void openTicketsAreMarked();

private:
    bool waitIdle() const
    {
        return QTest::qWaitFor([this] { return !m_model->isBusy(); }, 10000);
    }
    void load(const TicketListFilter &filter = {})
    {
        m_model->setFilter(filter);
        QVERIFY(waitIdle());
    }

    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<TicketListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTicketListModel::init()
{
    m_server = std::make_unique<FakeAnkraServer>();
    QVERIFY(m_server->listen());
    m_server->setListRows(FakeAnkraServer::makeListRows(120));
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setToken(QString::fromLatin1(FakeAnkraServer::DefaultToken));
    m_client->setTransferTimeout(2000);
    m_client->setRetryDelays({});
    m_model = std::make_unique<TicketListModel>(m_client.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTicketListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_client.reset();
    m_server.reset();
}

void TestTicketListModel::pagesOnDemandOneAtATime()
{
    QCOMPARE(m_model->state(), State::Idle);
    QVERIFY(!m_model->canFetchMore({}));
    load();
    QCOMPARE(m_model->state(), State::Loaded);
    QCOMPARE(m_model->rowCount(), 50);
    QCOMPARE(m_model->totalCount(), 120);
    QCOMPARE(m_model->totalPages(), 3);
    QCOMPARE(m_model->data(m_model->index(0)).toString(), u"Ticket 1"_s);
    QVERIFY(m_model->canFetchMore({}));

    // A view asks again and again while it is near the end: one request goes out.
    m_model->fetchMore({});
    QVERIFY(!m_model->canFetchMore({}));
    m_model->fetchMore({});
    m_model->fetchMore({});
    QVERIFY(waitIdle());
    QCOMPARE(m_server->listTargets().size(), 2);
    QVERIFY(m_server->listTargets().at(1).startsWith("/api/v1/org/support/tickets?page=2&"));
    QCOMPARE(m_model->rowCount(), 100);
    m_model->fetchMore({});
    QVERIFY(waitIdle());
    QCOMPARE(m_model->rowCount(), 120);
    QCOMPARE(m_model->data(m_model->index(119)).toString(), u"Ticket 120"_s);
    QVERIFY(!m_model->canFetchMore({}));
    m_model->fetchMore({});
    QCOMPARE(m_server->listTargets().size(), 3);
}

void TestTicketListModel::filterIsSentAndCounted()
{
    TicketListFilter filter;
    filter.statuses = {u"closed"_s, u"open"_s};
    filter.search = u" Ticket 1 "_s;
    load(filter);
    QCOMPARE(m_model->filter().statuses, (QStringList{u"open"_s, u"closed"_s}));
    QCOMPARE(
        m_server->listTargets().constLast(),
        "/api/v1/org/support/tickets?page=1&page_size=50&status=open&status=closed&q=Ticket%201");
    // Every row is of the filter, and the count is the server's for it.
    QVERIFY(m_model->rowCount() > 0);
    for (const TicketSummary &t : m_model->tickets()) {
        QVERIFY(t.subject.contains(u"Ticket 1"_s));
        QVERIFY(t.status.value == Status::Open || t.status.value == Status::Closed);
    }
    QCOMPARE(m_model->totalCount(), m_model->rowCount());
}

void TestTicketListModel::latePageOfAnEarlierFilterIsNeverAdded()
{
    load();
    m_server->setListFault(Fault::SlowHeaders, 2).delayMs = 300;
    m_model->fetchMore({});
    QVERIFY(m_model->isBusy());
    const int generation = m_model->generation();
    TicketListFilter filter;
    filter.search = u"Ticket 7"_s;
    m_model->setFilter(filter);
    QCOMPARE(m_model->generation(), generation + 1);
    QVERIFY(waitIdle());
    const int rows = m_model->rowCount();
    QVERIFY(rows > 0);
    QTest::qWait(450); // the slow page 2 of the old list has been answered by now
    QCOMPARE(m_model->rowCount(), rows);
    for (const TicketSummary &t : m_model->tickets())
        QVERIFY2(t.subject.contains(u"Ticket 7"_s), qPrintable(t.subject));
}

void TestTicketListModel::ticketOnTwoPagesIsShownOnce()
{
    load();
    // Five new tickets arrive at the top while the user reads page 1: page 2 now starts with
    // the last five of page 1.
    QList<QJsonValue> rows = m_server->listRows();
    const QList<QJsonValue> fresh = FakeAnkraServer::makeListRows(5, 9);
    for (const QJsonValue &row : fresh)
        rows.prepend(row);
    m_server->setListRows(rows);
    m_model->fetchMore({});
    QVERIFY(waitIdle());
    QCOMPARE(m_model->rowCount(), 95);
    QCOMPARE(m_model->duplicatesDropped(), 5);
    QSet<QString> ids;
    for (const TicketSummary &t : m_model->tickets())
        ids.insert(t.id);
    QCOMPARE(ids.size(), 95);
    QCOMPARE(m_model->totalCount(), 125);
}

void TestTicketListModel::refreshMergesTheFirstPagePrecisely()
{
    load();
    m_model->fetchMore({});
    QVERIFY(waitIdle());
    QCOMPARE(m_model->rowCount(), 100);
    const QList<QJsonValue> before = m_server->listRows();
    const QPersistentModelIndex selected = m_model->index(30); // a selection stays on its ticket
    const QString selectedId = m_model->idAt(30);
    const QString tailId = m_model->idAt(80);

    // The service's list changed: one new ticket on top, one gone, one edited, one moved up
    // from page 2 into page 1, two swapped.
    QList<QJsonValue> rows = before;
    rows.removeAt(3);
    rows[9] = withSubject(rows[9], u"Edited subject"_s);
    const QString edited = idOf(rows.at(9));
    const QString movedUp = idOf(rows.at(60)); // on page 2 before, in the first page after
    rows.move(60, 5);
    rows.swapItemsAt(20, 21);
    rows.prepend(FakeAnkraServer::makeListRows(1, 77).first());
    m_server->setListRows(rows);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->refresh();
    QVERIFY(m_model->isRefreshing());
    QCOMPARE(m_model->rowCount(), 100); // rows stay while it runs
    QVERIFY(waitIdle());

    QCOMPARE(reset.count(), 0);
    QVERIFY(inserted.count() >= 1);
    QVERIFY(removed.count() >= 1);
    QVERIFY(changed.count() >= 1);
    QVERIFY(moved.count() >= 1);
    // The first page is now the server's, row for row; the second page's rows stay after it,
    // without the one that moved up.
    for (int i = 0; i < 50; ++i)
        QCOMPARE(m_model->idAt(i), idOf(rows.at(i)));
    QCOMPARE(m_model->data(m_model->index(m_model->rowOf(edited))).toString(), u"Edited subject"_s);
    QCOMPARE(m_model->rowOf(idOf(before.at(3))), -1);
    QCOMPARE(m_model->rowOf(movedUp), 6);
    QVERIFY(m_model->rowOf(tailId) >= 50);
    // The first page's 50, and page 2's rows without the one that moved up. (The ticket pushed
    // off the first page by the new one is on the server's page 2, fetched before: it goes.)
    QCOMPARE(m_model->rowCount(), 50 + 49);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(TicketListModel::TicketIdRole).toString(), selectedId);
    QSet<QString> ids;
    for (const TicketSummary &t : m_model->tickets())
        ids.insert(t.id);
    QCOMPARE(ids.size(), m_model->rowCount());
}

void TestTicketListModel::refreshDropsANextPageInFlight()
{
    load();
    m_server->setListFault(Fault::SlowHeaders, 2).delayMs = 300;
    m_model->fetchMore({});
    m_model->refresh();
    QVERIFY(m_model->isRefreshing());
    QVERIFY(waitIdle());
    QTest::qWait(400);
    QCOMPARE(m_model->rowCount(), 50);
    QVERIFY(m_model->canFetchMore({}));
}

void TestTicketListModel::firstPageErrorThenRetry()
{
    m_server->setListFault(Fault::Status).status = 500;
    QSignalSpy failed(m_model.get(), &TicketListModel::failed);
    load();
    QCOMPARE(m_model->state(), State::Error);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_model->lastError().kind, ApiError::Kind::ServerError);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->isStale());
    QVERIFY(!m_model->canFetchMore({}));
    m_server->clearFaults();
    m_model->retry();
    QCOMPARE(m_model->state(), State::Loading);
    QVERIFY(waitIdle());
    QCOMPARE(m_model->state(), State::Loaded);
    QCOMPARE(m_model->rowCount(), 50);
    QVERIFY(!m_model->lastError().isError());
}

void TestTicketListModel::failedRefreshKeepsRowsStale()
{
    load();
    m_server->setListFault(Fault::Unauthorized);
    m_model->refresh();
    QVERIFY(waitIdle());
    QCOMPARE(m_model->state(), State::Loaded);
    QVERIFY(m_model->isStale());
    QCOMPARE(m_model->lastError().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(m_model->rowCount(), 50);
    m_server->clearFaults();
    m_model->retry();
    QVERIFY(waitIdle());
    QVERIFY(!m_model->isStale());
    QCOMPARE(m_model->rowCount(), 50);
}

void TestTicketListModel::failedNextPageStopsPagingUntilRetry()
{
    load();
    m_server->setListFault(Fault::MalformedJson, 2);
    m_model->fetchMore({});
    QVERIFY(waitIdle());
    QCOMPARE(m_model->rowCount(), 50);
    QVERIFY(m_model->isStale());
    QCOMPARE(m_model->lastError().kind, ApiError::Kind::BadResponse);
    // The view would ask again at once, for ever: not until the user retries.
    QVERIFY(!m_model->canFetchMore({}));
    m_server->clearFaults();
    m_model->retry();
    QVERIFY(waitIdle());
    QCOMPARE(m_model->rowCount(), 100);
    QVERIFY(m_model->canFetchMore({}));
}

void TestTicketListModel::rejectedRowsAreCounted()
{
    QList<QJsonValue> rows = FakeAnkraServer::makeListRows(60);
    QJsonObject broken = rows[2].toObject();
    broken.insert("subject"_L1, 42);
    rows[2] = broken;
    QJsonObject brokenToo = rows[55].toObject();
    brokenToo.remove("status"_L1);
    rows[55] = brokenToo;
    m_server->setListRows(rows);
    load();
    QCOMPARE(m_model->rowCount(), 49);
    QCOMPARE(m_model->skippedCount(), 1);
    QCOMPARE(m_model->skippedReason(), u"subject: expected a string"_s);
    m_model->fetchMore({});
    QVERIFY(waitIdle());
    QCOMPARE(m_model->rowCount(), 58);
    QCOMPARE(m_model->skippedCount(), 2);
    // A refresh counts the first page's anew, not twice.
    m_model->refresh();
    QVERIFY(waitIdle());
    QCOMPARE(m_model->skippedCount(), 2);
}

void TestTicketListModel::openTicketsAreMarked()
{
    load();
    const QString id = m_model->idAt(4);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setOpenTickets({id, u"ffffffff-ffff-4fff-8fff-ffffffffffff"_s});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 4);
    QVERIFY(m_model->index(4).data(TicketListModel::OpenInTabRole).toBool());
    QVERIFY(!m_model->index(5).data(TicketListModel::OpenInTabRole).toBool());
    m_model->setOpenTickets({});
    QVERIFY(!m_model->index(4).data(TicketListModel::OpenInTabRole).toBool());
}

QTEST_GUILESS_MAIN(TestTicketListModel)
#include "tst_ticketlistmodel.moc"
