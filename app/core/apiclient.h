#pragma once

#include "core/apierror.h"
#include "core/apirequest.h"
#include "core/organisation.h"
#include "core/ticket.h"
#include "core/ticketid.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QJsonDocument;
class QNetworkAccessManager;
class QNetworkRequest;

// The one way to talk to the Ankra API, one per application. Owns the QNetworkAccessManager and
// configures every request in one place: Bearer token, organisation header, Accept, User-Agent,
// same-origin redirects only, a transfer timeout, a response-size cap and the CLI's retry rule.
// Every call returns a request handle (apirequest.h) that finishes with a value or a typed
// ApiError; several may be in flight at once. It never hands out a QNetworkReply.
//
// Retries follow the CLI: GET only, 3 tries in all, on 502/503/504 and on network errors
// (offline, refused, connection dropped). A timeout is not retried: the user has already
// waited the whole transfer timeout, and three of them would be minutes; they can retry.

namespace Ankra {

class AttachmentDownload;
struct Config;

// Where requests go and with which credentials.
struct Endpoint
{
    QUrl baseUrl; // already validated (validateBaseUrl)
    QString token;
    QString organisationId;
    // Non-empty: this configuration cannot be used; requests fail with it, nothing is sent.
    QString configError;

    // The one place where a Config becomes what the client sends.
    static Endpoint fromConfig(const Config &config);
};

// How long a request may take and how large its answer may be. Defaults follow the CLI: 30 s
// without a byte, 5 min in all, 32 MiB, waits of 1 s then 2 s.
struct RequestLimits
{
    int transferTimeoutMs = 30000;
    int deadlineMs = 5 * 60 * 1000; // the whole request, retries included; 0: none
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    QList<int> retryDelaysMs{1000, 2000}; // one entry per retry; {} disables
};

class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void configure(const Config &config);
    void setEndpoint(const Endpoint &endpoint);
    const Endpoint &endpoint() const { return m_endpoint; }
    void setBaseUrl(const QUrl &baseUrl); // already validated (validateBaseUrl)
    QUrl baseUrl() const { return m_endpoint.baseUrl; }
    void setToken(const QString &token);
    void setOrganisationId(const QString &organisationId);

    void setLimits(const RequestLimits &limits) { m_limits = limits; }
    const RequestLimits &limits() const { return m_limits; }
    void setTransferTimeout(int milliseconds);
    // The whole request, every attempt and retry included (the CLI's 5 min); the transfer
    // timeout restarts with each byte, this does not. 0: none. Ends in DeadlineExceeded.
    void setRequestDeadline(int milliseconds);
    void setMaxResponseBytes(qint64 bytes);
    void setRetryDelays(const QList<int> &milliseconds);

    // GET /api/v1/org/support/tickets/{id}. An invalid id or an unusable configuration fails
    // before anything is sent (finished() then follows from the event loop).
    // With `known` (a refresh), an answer with the bytes of the one `known` came from is not
    // parsed again: the request finishes with isUnchanged() and the known ticket.
    TicketRequest *fetchTicket(const TicketId &id, QObject *parent = nullptr,
                               const KnownTicket &known = KnownTicket());

    // GET /api/v1/org/support/tickets?page=&page_size=&status=…&q=: one page of the list.
    // Rows the parser rejects are left out and listed in the page's `skipped`; a document
    // that is not a TicketList fails with BadResponse.
    TicketListRequest *fetchTicketList(const TicketListQuery &query, QObject *parent = nullptr);

    // GET /api/v1/org/organisation: the organisations of the token's user, for a picker; also
    // the cheap authenticated request that proves a base URL and token. Sent without the
    // organisation header (a stale saved organisation must not hide the list). The second
    // form asks another endpoint (values typed in Settings, not saved yet) with other limits.
    OrganisationsRequest *fetchOrganisations(QObject *parent = nullptr);
    OrganisationsRequest *fetchOrganisations(const Endpoint &endpoint, const RequestLimits &limits,
                                             QObject *parent = nullptr);

    // GET /api/v1/org/support/tickets/{ticket}/attachments/{id}, streamed to `targetPath`
    // (pick it with uniqueFilePath(), core/download/downloadfolder.h), or kept for a preview
    // (memory, then a private temporary file). See core/download/attachmentdownload.h.
    AttachmentDownload *downloadAttachment(const TicketId &ticket, const Attachment &attachment,
                                           const QString &targetPath, QObject *parent = nullptr);
    AttachmentDownload *previewAttachment(const TicketId &ticket, const Attachment &attachment,
                                          QObject *parent = nullptr);

    // Whether any request of this client is in flight.
    bool isBusy() const { return m_running > 0; }

    static QString userAgent();

signals:
    // Every ticket request as it finishes, for observers (activity, logs, tests); emitted just
    // before the handle's own finished().
    void ticketFetched(const Ankra::Ticket &ticket);
    void fetchFailed(const Ankra::TicketId &id, const Ankra::ApiError &error);
    void busyChanged(bool busy);

private:
    // One GET with its retries: request -> decoded body or ApiError (defined in the .cpp).
    class Get;
    // Runs on a worker thread, never the UI thread, with the whole body of a 2xx answer and its
    // content type: turns it into the call's value (kept by the decoder's own state) or an
    // error. Only thread-safe state may be captured.
    using BodyDecoder = std::function<ApiError(const QByteArray &body, const QString &contentType)>;
    // Back on the client's thread with the outcome: the decoder's, or the transport's or
    // HTTP's error (the decoder then never ran).
    using Completion = std::function<void(const ApiError &error)>;
    using JsonHandler = std::function<void(const ApiError &error, const QJsonDocument &json)>;

    // The generic step every endpoint uses: starts the GET for `request` (or fails it before
    // anything is sent). `path` is the request's, built from validated values only.
    void start(ApiRequest *request, const Endpoint &endpoint, const RequestLimits &limits,
               bool withOrganisation, BodyDecoder decoder, Completion completion);
    // The same for a JSON answer: the document is parsed off the UI thread, `handler` shapes it.
    void start(ApiRequest *request, const Endpoint &endpoint, const RequestLimits &limits,
               bool withOrganisation, JsonHandler handler);
    void adopt(ApiRequest *request, QObject *parent);
    static ApiError configurationError(const Endpoint &endpoint, bool withOrganisation);
    QNetworkRequest makeRequest(const Endpoint &endpoint, const RequestLimits &limits,
                                const QUrl &url, bool withOrganisation) const;

    AttachmentDownload *startDownload(AttachmentDownload *download);
    void onOrganisationsJson(OrganisationsRequest *request, const QString &token,
                             const ApiError &error, const QJsonDocument &json);

    QNetworkAccessManager *m_nam;
    Endpoint m_endpoint;
    RequestLimits m_limits;
    int m_running = 0; // requests started and not finished
};

// Printable ASCII without spaces: what can go into a header value without surprises (a pasted
// token with a line break must not become a second header).
bool isHeaderSafe(const QString &value);

// Server and Qt texts end up in messages: short, on one line, and never the token.
QString cleanDetail(const QString &text, const QString &token);

} // namespace Ankra

Q_DECLARE_METATYPE(Ankra::TicketId)
