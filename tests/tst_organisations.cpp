// The organisations list: its parser, and fetchOrganisations()/testConnection() over real HTTP.

#include "core/apiclient.h"
#include "core/organisation.h"
#include "support/fakeankraserver.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestOrganisations final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void parses();
    void parseErrors_data();
    void parseErrors();
    void displayName_data();
    void displayName();

    void fetchesList();
    void organisationHeaderNotSent();
    void testConnectionSucceeds();
    void testConnectionReportsErrors_data();
    void testConnectionReportsErrors();
    void testConnectionWithoutTokenSendsNothing();
    void badListIsBadResponse();
    void laterCallSupersedesEarlier();
    void cancelReportsCancelled();
    void independentOfTicketFetch();

private:
    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

namespace {

const QString Token = QString::fromLatin1(FakeAnkraServer::DefaultToken);

std::optional<QList<Organisation>> parse(const QByteArray &json, ParseError *error = nullptr)
{
    return organisationsFromJson(QJsonDocument::fromJson(json), error);
}

} // namespace

void TestOrganisations::init()
{
    m_server = std::make_unique<FakeAnkraServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setToken(Token);
    m_client->setTransferTimeout(2000);
    m_client->setRetryDelays({});
}

void TestOrganisations::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestOrganisations::parses()
{
    ParseError error;
    const auto list = parse(sampleOrganisationsJson(), &error);
    QVERIFY2(list, qPrintable(error.toString()));
    QCOMPARE(list->size(), 2);
    const Organisation &a = list->at(0);
    QCOMPARE(a.id, QString::fromUtf16(SampleOrganisationA));
    QCOMPARE(a.name, u"Acme Support"_s);
    QCOMPARE(a.slug, u"acme"_s);
    QCOMPARE(a.current, false);
    QCOMPARE(a.status, u"active"_s);
    QCOMPARE(a.role, u"member"_s);
    QCOMPARE(list->at(1).current, true);
    QCOMPARE(list->at(1).role, u"admin"_s);

    // Optional members absent or null; an upper-case id is normalised; unknown members ignored.
    const auto sparse = parse(R"([{"organisation_id": "1B2C3D4E-5F60-4A7B-8C9D-0E1F2A3B4C5D",
                                   "name": null, "extra": {"x": 1}}])");
    QVERIFY(sparse);
    QCOMPARE(sparse->size(), 1);
    QCOMPARE(sparse->at(0).id, QString::fromUtf16(SampleOrganisationA));
    QVERIFY(sparse->at(0).name.isEmpty());
    QVERIFY(!sparse->at(0).current);

    const auto empty = parse("[]");
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());
}

void TestOrganisations::parseErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const QByteArray id = R"("organisation_id": "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d")";
    QTest::newRow("object, not array")
        << QByteArray(R"({"result": []})") << QString() << u"expected an array"_s;
    QTest::newRow("element not object")
        << QByteArray(R"([{)" + id + R"(}, 3])") << u"[1]"_s << u"expected an object"_s;
    QTest::newRow("id missing") << QByteArray(R"([{"name": "x"}])") << u"[0].organisation_id"_s
                                << u"missing"_s;
    QTest::newRow("id not uuid") << QByteArray(R"([{"organisation_id": "acme"}])")
                                 << u"[0].organisation_id"_s << u"expected a UUID"_s;
    // Braces or spaces would be accepted by a lenient reader; the id goes into a header.
    QTest::newRow("id with braces")
        << QByteArray(R"([{"organisation_id": "{1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d}"}])")
        << u"[0].organisation_id"_s << u"expected a UUID"_s;
    QTest::newRow("id with header injection")
        << QByteArray(R"([{"organisation_id": "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c\r\nX: y"}])")
        << u"[0].organisation_id"_s << u"expected a UUID"_s;
    QTest::newRow("id number") << QByteArray(R"([{"organisation_id": 7}])")
                               << u"[0].organisation_id"_s << u"expected a UUID"_s;
    QTest::newRow("name number") << QByteArray(R"([{)" + id + R"(, "name": 5}])") << u"[0].name"_s
                                 << u"expected a string"_s;
    QTest::newRow("role object") << QByteArray(R"([{)" + id + R"(, "role": {}}])") << u"[0].role"_s
                                 << u"expected a string"_s;
    QTest::newRow("current string") << QByteArray(R"([{)" + id + R"(, "user_current": "yes"}])")
                                    << u"[0].user_current"_s << u"expected a boolean"_s;
}

void TestOrganisations::parseErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);
    ParseError error;
    QVERIFY(!parse(json, &error));
    QCOMPARE(error.path, path);
    QCOMPARE(error.message, message);
}

void TestOrganisations::displayName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("expected");
    QTest::newRow("both") << u"Acme"_s << u"acme"_s << u"Acme (acme)"_s;
    QTest::newRow("same") << u"acme"_s << u"acme"_s << u"acme"_s;
    QTest::newRow("name only") << u"Acme"_s << QString() << u"Acme"_s;
    QTest::newRow("slug only") << QString() << u"acme"_s << u"acme"_s;
    QTest::newRow("neither") << u"  "_s << QString() << QString::fromUtf16(SampleOrganisationA);
    QTest::newRow("line breaks") << u"Ac\nme"_s << QString() << u"Ac me"_s;
}

void TestOrganisations::displayName()
{
    QFETCH(QString, name);
    QFETCH(QString, slug);
    QFETCH(QString, expected);
    Organisation organisation;
    organisation.id = QString::fromUtf16(SampleOrganisationA);
    organisation.name = name;
    organisation.slug = slug;
    QCOMPARE(organisation.displayName(), expected);
}

// Waits for the handle to finish; false when it does not within the time.
static bool waitFor(ApiRequest *request, int ms = 5000)
{
    if (request->isFinished())
        return true;
    QSignalSpy finished(request, &ApiRequest::finished);
    return finished.wait(ms);
}

void TestOrganisations::fetchesList()
{
    std::unique_ptr<OrganisationsRequest> request(m_client->fetchOrganisations(this));
    QVERIFY(request->isRunning());
    QCOMPARE(request->path(), u"/api/v1/org/organisation"_s);
    QVERIFY(m_client->isBusy());
    QVERIFY(waitFor(request.get()));
    QCOMPARE(request->error().kind, Kind::None);
    QCOMPARE(request->organisations(), *parse(sampleOrganisationsJson()));
    QCOMPARE(m_server->organisationRequestCount(), 1);
    QVERIFY(!m_client->isBusy());

    const HttpRequest &sent = m_server->requests().constLast();
    QCOMPARE(sent.target, QByteArray("/api/v1/org/organisation"));
    QCOMPARE(sent.headers.value("authorization"), "Bearer " + Token.toLatin1());
}

// A saved organisation the user has left must not hide the list they choose from.
void TestOrganisations::organisationHeaderNotSent()
{
    m_client->setOrganisationId(QString::fromUtf16(SampleOrganisationA));
    std::unique_ptr<OrganisationsRequest> request(m_client->fetchOrganisations(this));
    QVERIFY(waitFor(request.get()));
    QVERIFY(!m_server->requests().constLast().headers.contains("x-ankra-organisation-id"));
}

// Settings tests values before they are saved: another endpoint and other limits, per call.
void TestOrganisations::testConnectionSucceeds()
{
    m_client->setToken(u"not-the-token"_s); // the client's own endpoint is not used
    Endpoint typed;
    typed.baseUrl = m_server->baseUrl();
    typed.token = Token;
    RequestLimits limits;
    limits.retryDelaysMs = {};
    std::unique_ptr<OrganisationsRequest> request(
        m_client->fetchOrganisations(typed, limits, this));
    QVERIFY(waitFor(request.get()));
    QCOMPARE(request->error().kind, Kind::None);
    QCOMPARE(request->organisations().size(), parse(sampleOrganisationsJson())->size());
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().constLast().headers.value("authorization"),
             "Bearer " + Token.toLatin1());
}

void TestOrganisations::testConnectionReportsErrors_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("token");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("wrong token") << Fault::None << u"not-the-token"_s << Kind::Unauthorized;
    QTest::newRow("expired token") << Fault::Unauthorized << Token << Kind::Unauthorized;
    QTest::newRow("server error") << Fault::Status << Token << Kind::ServerError;
    QTest::newRow("malformed") << Fault::MalformedJson << Token << Kind::BadResponse;
    QTest::newRow("not a list") << Fault::WrongTypes << Token << Kind::BadResponse;
}

void TestOrganisations::testConnectionReportsErrors()
{
    QFETCH(Fault, fault);
    QFETCH(QString, token);
    QFETCH(Kind, kind);
    if (fault != Fault::None)
        m_server->setFault(fault);
    m_client->setToken(token);
    std::unique_ptr<OrganisationsRequest> request(m_client->fetchOrganisations(this));
    QVERIFY(waitFor(request.get()));
    const ApiError error = request->error();
    QCOMPARE(error.kind, kind);
    QVERIFY(!error.message().isEmpty());
    QVERIFY(!error.message().contains(token));
    QVERIFY(request->organisations().isEmpty());
}

void TestOrganisations::testConnectionWithoutTokenSendsNothing()
{
    m_client->setToken(QString());
    std::unique_ptr<OrganisationsRequest> request(m_client->fetchOrganisations(this));
    QSignalSpy finished(request.get(), &ApiRequest::finished);
    QVERIFY(finished.wait(1000)); // from the event loop, so that the caller can connect first
    QCOMPARE(finished.count(), 1);
    QCOMPARE(request->error().kind, Kind::Configuration);
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestOrganisations::badListIsBadResponse()
{
    m_server->setOrganisationsJson(R"([{"organisation_id": "not-a-uuid", "name": "x"}])");
    std::unique_ptr<OrganisationsRequest> request(m_client->fetchOrganisations(this));
    QVERIFY(waitFor(request.get()));
    QCOMPARE(request->error().kind, Kind::BadResponse);
    QVERIFY2(request->error().detail.contains(u"[0].organisation_id"_s),
             qPrintable(request->error().detail));
}

// A handle deleted by its owner is dropped unseen; a later one is not disturbed.
void TestOrganisations::laterCallSupersedesEarlier()
{
    m_server->setFault(Fault::SlowHeaders).remaining = 1;
    auto *first = m_client->fetchOrganisations(this);
    QSignalSpy firstFinished(first, &ApiRequest::finished);
    QTRY_COMPARE(m_server->requestCount(), 1);
    delete first;
    std::unique_ptr<OrganisationsRequest> second(m_client->fetchOrganisations(this));
    QVERIFY(waitFor(second.get()));
    QCOMPARE(second->error().kind, Kind::None);
    QTest::qWait(100);
    QCOMPARE(firstFinished.count(), 0);
    QTRY_VERIFY(!m_client->isBusy());
}

void TestOrganisations::cancelReportsCancelled()
{
    m_server->setFault(Fault::SlowHeaders);
    std::unique_ptr<OrganisationsRequest> request(m_client->fetchOrganisations(this));
    QSignalSpy finished(request.get(), &ApiRequest::finished);
    QTRY_COMPARE(m_server->requestCount(), 1);
    request->cancel();
    QCOMPARE(finished.count(), 1); // at once
    QCOMPARE(request->error().kind, Kind::Cancelled);
    QVERIFY(!m_client->isBusy());
    request->cancel(); // finished: nothing more
    QCOMPARE(finished.count(), 1);
}

// The picker's request and a ticket load do not cancel each other.
void TestOrganisations::independentOfTicketFetch()
{
    const QString id = u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"_s;
    m_server->addTicket(id, sampleTicketJson(id));
    std::unique_ptr<TicketRequest> ticket(m_client->fetchTicket(TicketId::fromUserInput(id), this));
    std::unique_ptr<OrganisationsRequest> organisations(m_client->fetchOrganisations(this));
    QVERIFY(waitFor(ticket.get()));
    QVERIFY(waitFor(organisations.get()));
    QCOMPARE(ticket->error().kind, Kind::None);
    QCOMPARE(ticket->ticket().id, id);
    QCOMPARE(organisations->error().kind, Kind::None);
}

QTEST_GUILESS_MAIN(TestOrganisations)
#include "tst_organisations.moc"
