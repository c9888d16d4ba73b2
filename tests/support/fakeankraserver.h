#pragma once

#include "core/localhttpserver.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

// A fake Ankra API on loopback for tests: serves tickets by id, checks the Bearer token,
// records every request and misbehaves on demand (HTTP errors, stalls, resets, huge bodies,
// bad JSON, redirects), per ticket id or for every request.

namespace Ankra::Test {

inline constexpr char16_t TicketsPath[] = u"/api/v1/org/support/tickets/";
inline constexpr char16_t OrganisationsPath[] = u"/api/v1/org/organisation";
// GET TicketsPath{ticket}/attachments/{id}: an attachment's bytes (any ticket id).
inline constexpr char16_t AttachmentsSegment[] = u"/attachments/";
inline constexpr char16_t ListPath[] = u"/api/v1/org/support/tickets";

enum class Fault {
    None,
    Unauthorized,     // 401 {"detail": "Invalid or expired token"}
    PermissionDenied, // 403 {"detail": "permission_denied", "permission": spec.permission}
    NotFound,         // 404 {"detail": "Support ticket not found"}
    Validation,       // 422 with a FastAPI detail list
    RateLimited,      // 429, Retry-After: spec.retryAfter (no header when empty)
    Status,           // spec.status with {"detail": spec.detail}; with `remaining` = N failures
    SlowHeaders,      // waits spec.delayMs, then answers normally
    StallBody,        // headers and half the body, then nothing (the connection stays open)
    ResetMidBody,     // headers and half the body, then a connection reset
    OversizedLength,  // Content-Length: spec.sizeBytes, a little body, then nothing
    OversizedChunked, // chunked, no length, streams spec.sizeBytes of filler (< 0: for ever)
    MalformedJson,    // 200 with a truncated document
    WrongTypes,       // 200 with valid JSON where "subject" is 42
    Redirect,         // spec.status (302) with Location: spec.location
    Trickle,          // chunked, one byte every spec.delayMs, for ever (until the client leaves)
    Chunked,          // 200 with the body as HTTP chunks, no Content-Length
    SlowBody,         // chunked, spec.sizeBytes every spec.delayMs until the body is out
};

struct FaultSpec
{
    Fault fault = Fault::None;
    int remaining = -1; // requests that still get the fault; -1: all of them
    int status = 0;     // Status, Redirect (0: 500 / 302)
    QByteArray detail = "Internal Server Error";
    QByteArray retryAfter = "30";
    QByteArray permission = "tickets:read";
    int delayMs = 2000;
    qint64 sizeBytes = 1024 * 1024;
    QUrl location; // Redirect: absolute, or relative to this server
};

// What the last streamed body (OversizedChunked) got out to the operating system.
struct StreamStats
{
    qint64 bytesOut = 0;  // body and chunk framing handed to the socket's kernel buffer
    bool running = false; // false once the client went away (or the stream ended)
};

class FakeAnkraServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeAnkraServer)

public:
    static constexpr char DefaultToken[] = "test-token-0123456789";

    explicit FakeAnkraServer(QObject *parent = nullptr);

    // Loopback only; false when the address cannot be bound (e.g. 127.0.0.2 on macOS).
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl baseUrl() const { return m_http.baseUrl(); }
    QUrl ticketUrl(const QString &id) const;

    // An empty token accepts any request, with or without Authorization.
    void setExpectedToken(const QByteArray &token) { m_expectedToken = token; }

    // Every *.json in `directory` whose top level has a string "id"; returns how many.
    int loadFixtures(const QString &directory = QStringLiteral(ANKRA_FIXTURES_DIR));
    void addTicket(const QString &id, const QByteArray &json);
    // An attachment's bytes, served for any ticket id. Faults set for the attachment id (as
    // for a ticket id) apply to its route; the token is checked as for tickets.
    void addAttachment(const QString &attachmentId, const QByteArray &bytes,
                       const QByteArray &contentType = "application/octet-stream");
    // `size` bytes of a repeating pattern, written as the socket drains (never all in memory).
    void addGeneratedAttachment(const QString &attachmentId, qint64 size);
    static QByteArray generatedBytes(qint64 offset, qint64 size);
    int attachmentRequestCount(const QString &attachmentId) const;
    QByteArray ticketJson(const QString &id) const { return m_tickets.value(id.toLower()); }

    // The body of GET /api/v1/org/organisation (default: sampleOrganisationsJson()). Faults set
    // for every request (an empty ticket id) apply to it too.
    void setOrganisationsJson(const QByteArray &json) { m_organisations = json; }
    int organisationRequestCount() const;

    // Sets the fault for one ticket id, or for every request when ticketId is empty (a ticket's
    // own fault wins). Returns the spec so a test can tune it:
    //   server.setFault(Fault::Status).remaining = 2;  // 2 x 500, then success
    FaultSpec &setFault(Fault fault, const QString &ticketId = QString());
    void clearFaults();

    // The list route (GET /api/v1/org/support/tickets): rows as given (a row need not be a valid
    // TicketSummary), filtered by `status` (repeated) and `q` (case-insensitive, in the
    // subject), paged by `page` and `page_size` (default 25). Rows are served as they are
    // when they do not parse, so tests can send broken ones.
    void setListRows(const QList<QJsonValue> &rows) { m_listRows = rows; }
    const QList<QJsonValue> &listRows() const { return m_listRows; }
    // `count` valid summaries with ids derived from `seed` and subjects "Ticket N", statuses
    // cycling through the seven.
    static QList<QJsonValue> makeListRows(int count, int seed = 0);
    // A fault for the list route only; for one page of it when page > 0. A list fault wins
    // over one for every request.
    FaultSpec &setListFault(Fault fault, int page = 0);
    // The list requests received (their targets, query included).
    QList<QByteArray> listTargets() const;

    const QList<HttpRequest> &requests() const { return m_requests; }
    // Requests for one ticket's path (query ignored); all requests when ticketId is empty.
    int requestCount(const QString &ticketId = QString()) const;
    void clearRequests() { m_requests.clear(); }

    LocalHttpServer &http() { return m_http; }
    const StreamStats &stream() const { return *m_stream; }

private:
    void handle(const HttpRequest &request, HttpResponder &responder);
    bool takeFault(const QString &ticketId, FaultSpec *spec);
    bool takeFaultByKey(const QString &key, FaultSpec *spec);
    QByteArray listJson(const QByteArray &query) const;
    void serveFault(const FaultSpec &spec, const QByteArray &ticket, HttpResponder responder);
    static QString ticketIdOf(const QByteArray &target);
    static QString attachmentIdOf(const QByteArray &target);
    struct Attachment
    {
        QByteArray bytes;
        QByteArray contentType;
        qint64 generated = -1; // >= 0: a generated body of that size
    };
    void serveAttachment(const Attachment &attachment, HttpResponder responder);

    LocalHttpServer m_http;
    QByteArray m_expectedToken = DefaultToken;
    QHash<QString, QByteArray> m_tickets;     // by lower-case id
    QHash<QString, FaultSpec> m_faults;       // by lower-case id; "" for every request
    QHash<QString, Attachment> m_attachments; // by lower-case id
    QList<HttpRequest> m_requests;
    QByteArray m_organisations;
    QList<QJsonValue> m_listRows;
    std::shared_ptr<StreamStats> m_stream = std::make_shared<StreamStats>();
};

// Two organisations, the second one current, as GET /api/v1/org/organisation answers.
inline constexpr char16_t SampleOrganisationA[] = u"1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
inline constexpr char16_t SampleOrganisationB[] = u"6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d";
QByteArray sampleOrganisationsJson();

// A ticket document that follows the contract, for tests that need no fixture file.
QByteArray sampleTicketJson(const QString &id, const QString &subject = QStringLiteral("Sample"));

} // namespace Ankra::Test
