// The client's list call against the fake server: the query it sends (repeated status, q with
// characters that mean something in a URL, non-Latin text), the page it parses (rows the parser
// rejects left out and named, unknown enum values kept verbatim), documents that are not a
// TicketList, and each fault of the server.

#include "core/apiclient.h"
#include "core/ticketlist.h"
#include "support/fakeankraserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(Ankra::Test::Fault)
Q_DECLARE_METATYPE(Ankra::ApiError::Kind)

class TestTicketList final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fetchesAPage();
    void queryEncoding_data();
    void queryEncoding();
    void searchReachesTheServerAsTyped_data();
    void searchReachesTheServerAsTyped();
    void rejectedRowsAreSkippedAndNamed();
    void unknownEnumValuesKeptVerbatim();
    void notATicketList_data();
    void notATicketList();
    void faults_data();
    void faults();
    void filterNormalisation();

private:
    // Fetches and waits; the request (owned by the test) is returned finished, or null.
    TicketListRequest *fetch(const TicketListQuery &query);

    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestTicketList::init()
{
    m_server = std::make_unique<FakeAnkraServer>();
    QVERIFY(m_server->listen());
    m_server->setListRows(FakeAnkraServer::makeListRows(120));
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setToken(QString::fromLatin1(FakeAnkraServer::DefaultToken));
    m_client->setTransferTimeout(500);
    m_client->setRetryDelays({20, 40});
    m_client->setMaxResponseBytes(256 * 1024);
}

void TestTicketList::cleanup()
{
    m_client.reset();
    m_server.reset();
}

TicketListRequest *TestTicketList::fetch(const TicketListQuery &query)
{
    TicketListRequest *request = m_client->fetchTicketList(query, m_client.get());
    if (!QTest::qWaitFor([request] { return request->isFinished(); }, 10000))
        return nullptr;
    return request;
}

void TestTicketList::fetchesAPage()
{
    TicketListQuery query;
    query.page = 2;
    TicketListRequest *request = fetch(query);
    QVERIFY(request);
    QVERIFY2(!request->error().isError(), qPrintable(request->error().message()));
    const TicketListPage &page = request->page();
    QCOMPARE(page.tickets.size(), 50);
    QCOMPARE(page.pagination.page, 2);
    QCOMPARE(page.pagination.pageSize, 50);
    QCOMPARE(page.pagination.totalPages, 3);
    QCOMPARE(page.pagination.totalCount, 120);
    QCOMPARE(page.tickets.first().subject, u"Ticket 51"_s);
    QCOMPARE(page.tickets.first().id,
             m_server->listRows().at(50).toObject().value("id"_L1).toString());
    QVERIFY(page.skipped.isEmpty());
    // Sent with the token, to the list route, with the page asked for.
    QCOMPARE(m_server->listTargets().size(), 1);
    QCOMPARE(m_server->listTargets().first(), "/api/v1/org/support/tickets?page=2&page_size=50");
    QCOMPARE(m_server->requests().first().headers.value("authorization"),
             QByteArray("Bearer ") + FakeAnkraServer::DefaultToken);
}

void TestTicketList::queryEncoding_data()
{
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QByteArray>("expected"); // the query string, byte for byte

    QTest::newRow("none") << QStringList() << QString() << QByteArray("page=1&page_size=50");
    QTest::newRow("repeated status")
        << QStringList{u"open"_s, u"in_progress"_s} << QString()
        << QByteArray("page=1&page_size=50&status=open&status=in_progress");
    QTest::newRow("space") << QStringList() << u"disk full"_s
                           << QByteArray("page=1&page_size=50&q=disk%20full");
    QTest::newRow("ampersand") << QStringList{u"open"_s} << u"a&b=c"_s
                               << QByteArray("page=1&page_size=50&status=open&q=a%26b%3Dc");
    QTest::newRow("hash") << QStringList() << u"#502"_s
                          << QByteArray("page=1&page_size=50&q=%23502");
    QTest::newRow("plus") << QStringList() << u"C++ 1+1"_s
                          << QByteArray("page=1&page_size=50&q=C%2B%2B%201%2B1");
    QTest::newRow("percent") << QStringList() << u"100%"_s
                             << QByteArray("page=1&page_size=50&q=100%25");
    QTest::newRow("non-Latin") << QStringList() << u"Über 日本"_s
                               << QByteArray(
                                      "page=1&page_size=50&q=%C3%9Cber%20%E6%97%A5%E6%9C%AC");
    QTest::newRow("trimmed") << QStringList() << u"  502  "_s
                             << QByteArray("page=1&page_size=50&q=502");
    QTest::newRow("blank search is none")
        << QStringList() << u"   "_s << QByteArray("page=1&page_size=50");
}

void TestTicketList::queryEncoding()
{
    QFETCH(QStringList, statuses);
    QFETCH(QString, search);
    QFETCH(QByteArray, expected);
    TicketListQuery query;
    query.filter.statuses = statuses;
    query.filter.search = search;
    QVERIFY(fetch(query));
    QCOMPARE(m_server->listTargets().size(), 1);
    // What arrived on the wire, not what the client meant to send.
    QCOMPARE(m_server->listTargets().first(), "/api/v1/org/support/tickets?" + expected);
}

void TestTicketList::searchReachesTheServerAsTyped_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("search");
    QTest::newRow("space") << u"Ingress returns 502 after upgrade"_s << u"returns 502"_s;
    QTest::newRow("ampersand") << u"Billing & invoices"_s << u"g & i"_s;
    QTest::newRow("hash") << u"Build #4711 failed"_s << u"#4711"_s;
    QTest::newRow("plus") << u"C++ operator+ broken"_s << u"operator+"_s;
    QTest::newRow("non-Latin") << u"Störung im Cluster 東京"_s << u"störung im cluster 東京"_s;
}

void TestTicketList::searchReachesTheServerAsTyped()
{
    QFETCH(QString, subject);
    QFETCH(QString, search);
    QList<QJsonValue> rows = FakeAnkraServer::makeListRows(3);
    QJsonObject row = rows[1].toObject();
    row.insert("subject"_L1, subject);
    rows[1] = row;
    m_server->setListRows(rows);

    TicketListQuery query;
    query.filter.search = search;
    TicketListRequest *request = fetch(query);
    QVERIFY(request);
    QVERIFY2(!request->error().isError(), qPrintable(request->error().message()));
    // The server decoded q to the text typed (a '+' sent raw would have become a space).
    QCOMPARE(request->page().tickets.size(), 1);
    QCOMPARE(request->page().tickets.first().subject, subject);
    const QByteArray target = m_server->listTargets().first();
    const QUrlQuery decoded(QString::fromLatin1(target.mid(target.indexOf('?') + 1)));
    QCOMPARE(decoded.queryItemValue(u"q"_s, QUrl::FullyDecoded), search);
}

void TestTicketList::rejectedRowsAreSkippedAndNamed()
{
    QList<QJsonValue> rows = FakeAnkraServer::makeListRows(6);
    QJsonObject wrongSubject = rows[1].toObject();
    wrongSubject.insert("subject"_L1, 42);
    rows[1] = wrongSubject;
    QJsonObject noUpdated = rows[3].toObject();
    noUpdated.remove("updated_at"_L1);
    rows[3] = noUpdated;
    rows[4] = QJsonValue(u"not a row"_s);
    QJsonObject badId = rows[5].toObject();
    badId.insert("id"_L1, u"nope"_s);
    rows[5] = badId;
    m_server->setListRows(rows);

    TicketListRequest *request = fetch({});
    QVERIFY(request);
    QVERIFY2(!request->error().isError(), qPrintable(request->error().message()));
    const TicketListPage &page = request->page();
    QCOMPARE(page.tickets.size(), 2);
    QCOMPARE(page.tickets.at(0).subject, u"Ticket 1"_s);
    QCOMPARE(page.tickets.at(1).subject, u"Ticket 3"_s);
    QCOMPARE(page.skipped.size(), 4);
    QCOMPARE(page.skipped.at(0).index, 1);
    QCOMPARE(page.skipped.at(0).field, u"subject"_s);
    QCOMPARE(page.skipped.at(0).message, u"expected a string"_s);
    QCOMPARE(page.skipped.at(0).id, rows[1].toObject().value("id"_L1).toString());
    QCOMPARE(page.skipped.at(1).field, u"updated_at"_s);
    QCOMPARE(page.skipped.at(1).message, u"missing"_s);
    QCOMPARE(page.skipped.at(2).field, QString());
    QCOMPARE(page.skipped.at(2).message, u"expected an object"_s);
    QCOMPARE(page.skipped.at(3).field, u"id"_s);
    QCOMPARE(page.skipped.at(3).id, QString());
    // The page's count is the server's, not the rows that parsed.
    QCOMPARE(page.pagination.totalCount, 6);
}

void TestTicketList::unknownEnumValuesKeptVerbatim()
{
    QList<QJsonValue> rows = FakeAnkraServer::makeListRows(1);
    QJsonObject row = rows[0].toObject();
    row.insert("status"_L1, u"escalated"_s);
    row.insert("severity"_L1, u"sev0"_s);
    row.insert("source"_L1, u"email"_s);
    rows[0] = row;
    m_server->setListRows(rows);
    TicketListRequest *request = fetch({});
    QVERIFY(request);
    QCOMPARE(request->page().tickets.size(), 1);
    const TicketSummary &t = request->page().tickets.first();
    QCOMPARE(t.status.value, Status::Unknown);
    QCOMPARE(label(t.status), u"escalated"_s);
    QCOMPARE(t.severity.value, Severity::Unknown);
    QCOMPARE(label(t.severity), u"sev0"_s);
    QCOMPARE(ticketSummaryToJson(t).value("source"_L1).toString(), u"email"_s);
    // And back: the summary's JSON parses to the same summary.
    QCOMPARE(ticketSummaryFromJson(ticketSummaryToJson(t)), std::optional<TicketSummary>(t));
}

void TestTicketList::notATicketList_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");
    const QByteArray pagination
        = R"("pagination": {"page": 1, "page_size": 50, "total_pages": 1, "total_count": 0})";
    QTest::newRow("array") << QByteArray("[]") << u"expected a ticket list"_s;
    QTest::newRow("no result") << "{" + pagination + "}" << u"result: missing"_s;
    QTest::newRow("result not an array")
        << R"({"result": {}, )" + pagination + "}" << u"result: expected an array"_s;
    QTest::newRow("no pagination") << QByteArray(R"({"result": []})") << u"pagination: missing"_s;
    QTest::newRow("count not a number")
        << QByteArray(R"({"result": [], "pagination": {"page": 1, "page_size": 50, )"
                      R"("total_pages": 1, "total_count": "many"}})")
        << u"pagination.total_count: expected a non-negative integer"_s;
    QTest::newRow("negative pages")
        << QByteArray(R"({"result": [], "pagination": {"page": 1, "page_size": 50, )"
                      R"("total_pages": -1, "total_count": 0}})")
        << u"pagination.total_pages: expected a non-negative integer"_s;
}

void TestTicketList::notATicketList()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    ParseError parseError;
    QVERIFY(!ticketListFromJson(document, &parseError));
    QCOMPARE(parseError.toString(), detail);
}

void TestTicketList::faults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("faultStatus");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("requests");
    QTest::newRow("401") << Fault::Unauthorized << 0 << Kind::Unauthorized << 1;
    QTest::newRow("403") << Fault::PermissionDenied << 0 << Kind::Forbidden << 1;
    QTest::newRow("422") << Fault::Validation << 0 << Kind::Validation << 1;
    QTest::newRow("429") << Fault::RateLimited << 0 << Kind::RateLimited << 1;
    QTest::newRow("500") << Fault::Status << 500 << Kind::ServerError << 1;
    QTest::newRow("503 x3") << Fault::Status << 503 << Kind::ServerError << 3;
    QTest::newRow("slow headers") << Fault::SlowHeaders << 0 << Kind::Timeout << 1;
    QTest::newRow("stalled body") << Fault::StallBody << 0 << Kind::Timeout << 1;
    QTest::newRow("reset mid-body x3") << Fault::ResetMidBody << 0 << Kind::Network << 3;
    QTest::newRow("oversized") << Fault::OversizedChunked << 0 << Kind::TooLarge << 1;
    QTest::newRow("malformed JSON") << Fault::MalformedJson << 0 << Kind::BadResponse << 1;
    QTest::newRow("wrong types") << Fault::WrongTypes << 0 << Kind::BadResponse << 1;
    QTest::newRow("cross-origin redirect") << Fault::Redirect << 302 << Kind::InsecureRedirect << 1;
}

void TestTicketList::faults()
{
    QFETCH(Fault, fault);
    QFETCH(int, faultStatus);
    QFETCH(Kind, kind);
    QFETCH(int, requests);
    FaultSpec &spec = m_server->setListFault(fault);
    spec.status = faultStatus;
    if (fault == Fault::Redirect)
        spec.location = QUrl(u"http://localhost:1/elsewhere"_s);
    TicketListRequest *request = fetch({});
    QVERIFY(request);
    QCOMPARE(request->error().kind, kind);
    QCOMPARE(m_server->listTargets().size(), requests);
    QVERIFY(request->page().tickets.isEmpty());
}

void TestTicketList::filterNormalisation()
{
    QCOMPARE(
        TicketListFilter::normalizedStatuses({u"closed"_s, u"open"_s, u"open"_s, u"escalated"_s}),
        (QStringList{u"open"_s, u"closed"_s, u"escalated"_s}));
    QCOMPARE(TicketListFilter::normalizedStatuses(TicketListFilter::allStatuses()), QStringList());
    QCOMPARE(TicketListFilter::activeStatuses().size(), 5);
    QVERIFY(!TicketListFilter::activeStatuses().contains(u"resolved"_s));
    QVERIFY(!TicketListFilter::activeStatuses().contains(u"closed"_s));
}

QTEST_GUILESS_MAIN(TestTicketList)
#include "tst_ticketlist.moc"
