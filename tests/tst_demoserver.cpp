// Demo mode's server: realistic samples at the real API path, through the real ApiClient,
// with timestamps moved close to now; it answers like the service for a wrong token or id.

#include "core/apiclient.h"
#include "core/demoserver.h"
#include "core/download/attachmentdownload.h"
#include "core/download/runnabletype.h"
#include "core/ticketid.h"
#include "core/ticketjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Ankra;
using namespace Qt::StringLiterals;

class tst_DemoServer final : public QObject
{
    Q_OBJECT

private slots:
    void samplesAreValidTickets();
    void samplesCoverTheStates();
    void fetchedThroughApiClient();
    void attachmentsHaveRealBytes();
    void wrongTokenIsUnauthorized();
    void unknownTicketIsNotFound();
    void listEndpoint();
    void listFiltersAndSearchesThroughApiClient();
    void onlyLoopbackHostsAndNoBrowsers_data();
    void onlyLoopbackHostsAndNoBrowsers();
};

void tst_DemoServer::samplesAreValidTickets()
{
    DemoServer demo;
    const auto samples = demo.samples();
    QVERIFY(samples.size() >= 4 && samples.size() <= 6);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const DemoServer::Sample &sample : samples) {
        QVERIFY(TicketId::fromUserInput(sample.id).isValid());
        QVERIFY(!sample.subject.isEmpty());
        ParseError error;
        const auto ticket = parseTicket(demo.ticketJson(sample.id), &error);
        QVERIFY2(ticket, qPrintable(sample.id + u": "_s + error.toString()));
        QCOMPARE(ticket->id, sample.id);
        QCOMPARE(ticket->subject, sample.subject);
        // Moved near now, never into the future, order kept.
        QVERIFY(ticket->updatedAt <= now);
        QVERIFY(ticket->createdAt <= ticket->updatedAt);
        for (const Comment &c : ticket->comments)
            QVERIFY(c.createdAt <= now);
    }
    // The newest activity of the first sample is about 25 minutes ago.
    const auto first = parseTicket(demo.ticketJson(samples.constFirst().id));
    const qint64 age = first->updatedAt.secsTo(now);
    QVERIFY2(age >= 24 * 60 && age <= 30 * 60, qPrintable(QString::number(age)));
}

void tst_DemoServer::samplesCoverTheStates()
{
    // The samples show what the window can show: several statuses, a flagged AI review, a
    // ticket without severity or summary, attachments and comments of every author kind.
    DemoServer demo;
    QSet<QString> statuses;
    bool flagged = false, noSeverity = false, noSummary = false, attachments = false;
    QList<AuthorType> kinds;
    const auto samples = demo.samples();
    for (const DemoServer::Sample &sample : samples) {
        const Ticket t = *parseTicket(demo.ticketJson(sample.id));
        statuses << t.status.raw;
        flagged |= t.aiReviewStatus.value == AiReview::Flagged;
        noSeverity |= t.severity.value == Severity::None;
        noSummary |= !t.aiSummary.has_value();
        attachments |= !t.attachments.isEmpty();
        for (const Comment &c : t.comments)
            kinds << c.authorType.value;
    }
    QVERIFY(statuses.size() >= 4);
    QVERIFY(flagged && noSeverity && noSummary && attachments);
    for (AuthorType k : {AuthorType::Customer, AuthorType::Team, AuthorType::Ai, AuthorType::System,
                         AuthorType::Unknown})
        QVERIFY(kinds.contains(k));
}

void tst_DemoServer::fetchedThroughApiClient()
{
    DemoServer demo;
    QVERIFY(demo.start());
    QCOMPARE(demo.baseUrl().host(), u"127.0.0.1"_s);
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setToken(DemoServer::token());
    QSignalSpy fetched(&client, &ApiClient::ticketFetched);
    const QString id = demo.samples().constFirst().id;
    client.fetchTicket(TicketId::fromUserInput(id));
    QVERIFY(fetched.wait(5000));
    QCOMPARE(fetched.constFirst().constFirst().value<Ticket>().id, id);
    QCOMPARE(demo.requestCount(), 1);
}

// Issue 12: every sample attachment downloads with the size its ticket declares; the chart is
// a PNG, the log and the values texts; none of them could run.
void tst_DemoServer::attachmentsHaveRealBytes()
{
    DemoServer demo;
    QVERIFY(demo.start());
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setToken(DemoServer::token());
    int served = 0;
    bool png = false, log = false, yaml = false;
    for (const DemoServer::Sample &sample : demo.samples()) {
        const auto ticket
            = ticketFromJson(QJsonDocument::fromJson(demo.ticketJson(sample.id)).object());
        QVERIFY(ticket);
        for (const Attachment &a : ticket->attachments) {
            AttachmentDownload *d
                = client.previewAttachment(TicketId::fromUserInput(sample.id), a, this);
            QVERIFY(QTest::qWaitFor([d] { return d->isFinished(); }, 5000));
            QVERIFY2(!d->error().isError(), qPrintable(a.filename + u": "_s + d->errorMessage()));
            QCOMPARE(d->bytesReceived(), a.sizeBytes);
            QVERIFY(!runnableType(a.filename, d->head(RunnableSniffBytes)));
            png |= a.filename.endsWith(u".png"_s) && d->data().startsWith("\x89PNG\r\n");
            log |= a.filename.endsWith(u".log"_s) && d->data().contains("BackOff");
            yaml |= a.filename.endsWith(u".yaml"_s) && d->data().contains("replicaCount:");
            ++served;
            delete d;
        }
    }
    QVERIFY(served >= 5);
    QVERIFY(png && log && yaml);
}

void tst_DemoServer::wrongTokenIsUnauthorized()
{
    DemoServer demo;
    QVERIFY(demo.start());
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setToken(u"someone-elses-token"_s);
    QSignalSpy failed(&client, &ApiClient::fetchFailed);
    client.fetchTicket(TicketId::fromUserInput(demo.samples().constFirst().id));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.constFirst().at(1).value<ApiError>().kind, ApiError::Kind::Unauthorized);
}

void tst_DemoServer::unknownTicketIsNotFound()
{
    DemoServer demo;
    QVERIFY(demo.start());
    ApiClient client;
    client.setBaseUrl(demo.baseUrl());
    client.setToken(DemoServer::token());
    QSignalSpy failed(&client, &ApiClient::fetchFailed);
    client.fetchTicket(TicketId::fromUserInput(u"11111111-2222-4333-8444-555555555555"_s));
    QVERIFY(failed.wait(5000));
    const ApiError error = failed.constFirst().at(1).value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::NotFound);
    QCOMPARE(error.detail, u"Support ticket not found"_s);
}

void tst_DemoServer::listEndpoint()
{
    DemoServer demo;
    QVERIFY(demo.start());
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(demo.baseUrl().toString() + u"/api/v1/org/support/tickets"_s));
    request.setRawHeader("Authorization", "Bearer " + DemoServer::token().toLatin1());
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject list = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(list.value(u"result"_s).toArray().size(), demo.samples().size());
    QCOMPARE(list.value(u"pagination"_s).toObject().value(u"total_count"_s).toInt(),
             demo.samples().size());
    QVERIFY(!list.value(u"result"_s).toArray().at(0).toObject().contains(u"comments"_s));
    reply->deleteLater();
}

void tst_DemoServer::listFiltersAndSearchesThroughApiClient()
{
    DemoServer demo;
    QVERIFY(demo.start());
    ApiClient client;
    Endpoint endpoint;
    endpoint.baseUrl = demo.baseUrl();
    endpoint.token = DemoServer::token();
    client.setEndpoint(endpoint);
    auto fetch = [&client](const QStringList &statuses, const QString &search, int pageSize) {
        TicketListQuery query;
        query.filter.statuses = statuses;
        query.filter.search = search;
        query.pageSize = pageSize;
        TicketListRequest *request = client.fetchTicketList(query, &client);
        if (!QTest::qWaitFor([request] { return request->isFinished(); }, 5000))
            qWarning("the list request did not finish");
        return request;
    };
    // "About the 502", without its ID.
    TicketListRequest *found = fetch({}, u"about the 502"_s, 50);
    QVERIFY(!found->error().isError());
    QCOMPARE(found->page().tickets.size(), 0); // the words must be in the subject
    found = fetch({}, u"returns 502"_s, 50);
    QCOMPARE(found->page().tickets.size(), 1);
    QVERIFY(found->page().tickets.first().subject.startsWith(u"Ingress returns 502"_s));
    QVERIFY(found->page().skipped.isEmpty());

    // Active: everything but resolved and closed.
    TicketListRequest *active = fetch(TicketListFilter::activeStatuses(), QString(), 50);
    QCOMPARE(active->page().pagination.totalCount, demo.samples().size() - 2);
    for (const TicketSummary &t : active->page().tickets) {
        QVERIFY(t.status.value != Status::Resolved);
        QVERIFY(t.status.value != Status::Closed);
    }
    // Paged as asked.
    TicketListRequest *paged = fetch({}, QString(), 4);
    QCOMPARE(paged->page().tickets.size(), 4);
    QCOMPARE(paged->page().pagination.totalPages, 2);
    QCOMPARE(paged->page().pagination.totalCount, demo.samples().size());
}

namespace {

// One raw request (the headers exactly as given) and the status line's code.
int rawStatus(const DemoServer &demo, const QByteArray &headers)
{
    // The server runs in this thread: wait with the event loop running, never blocking it.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(demo.baseUrl().port()));
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return -1;
    const QString id = demo.samples().constFirst().id;
    socket.write("GET /api/v1/org/support/tickets/" + id.toLatin1() + " HTTP/1.1\r\n" + headers
                 + "Authorization: Bearer " + DemoServer::token().toLatin1() + "\r\n\r\n");
    QByteArray reply;
    if (!QTest::qWaitFor(
            [&] {
                reply += socket.readAll();
                return reply.contains("\r\n");
            },
            5000))
        return -1;
    const QList<QByteArray> words = reply.split(' ');
    return words.size() > 1 ? words.at(1).toInt() : -1;
}

} // namespace

void tst_DemoServer::onlyLoopbackHostsAndNoBrowsers_data()
{
    QTest::addColumn<QByteArray>("headers"); // each line ends in CRLF; %1 is the port
    QTest::addColumn<int>("status");
    QTest::newRow("127.0.0.1") << QByteArray("Host: 127.0.0.1:%1\r\n") << 200;
    QTest::newRow("localhost") << QByteArray("Host: LocalHost:%1\r\n") << 200;
    QTest::newRow("rebound name") << QByteArray("Host: attacker.example:%1\r\n") << 421;
    QTest::newRow("no port") << QByteArray("Host: 127.0.0.1\r\n") << 421;
    QTest::newRow("other port") << QByteArray("Host: 127.0.0.1:1\r\n") << 421;
    QTest::newRow("no host") << QByteArray() << 421;
    QTest::newRow("origin") << QByteArray("Host: 127.0.0.1:%1\r\nOrigin: http://a.example\r\n")
                            << 403;
    QTest::newRow("null origin") << QByteArray("Host: localhost:%1\r\nOrigin: null\r\n") << 403;
}

// Issue 15 item 14: a web page that rebinds its name to 127.0.0.1 must not read the demo
// server (its token is public). Before, any Host and any Origin were answered with 200.
void tst_DemoServer::onlyLoopbackHostsAndNoBrowsers()
{
    QFETCH(QByteArray, headers);
    QFETCH(int, status);
    DemoServer demo;
    QVERIFY(demo.start());
    headers.replace("%1", QByteArray::number(demo.baseUrl().port()));
    QCOMPARE(rawStatus(demo, headers), status);
}

QTEST_GUILESS_MAIN(tst_DemoServer)
#include "tst_demoserver.moc"
