#include "core/apiclient.h"

#include "core/config.h"
#include "core/download/attachmentdownload.h"
#include "core/ticketjson.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace Ankra {
namespace {

using Kind = ApiError::Kind;

// Debug output (--verbose): each attempt and its outcome, by path only (no query, no header).
Q_LOGGING_CATEGORY(lcApi, "ankra.api")

constexpr qsizetype MaxDetailChars = 500;
constexpr qint64 MaxRetryAfterSeconds = 24 * 60 * 60;
// Answers up to this size are decoded on the client's thread, larger ones on a worker.
constexpr qsizetype InlineDecodeBytes = 256 * 1024;

struct DeleteLater
{
    void operator()(QObject *object) const { object->deleteLater(); }
};

QString origin(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                  | QUrl::RemoveFragment)
        .toString();
}

// Retry-After is delta-seconds or an HTTP-date (RFC 9110 10.2.3); -1 when neither.
int parseRetryAfter(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qlonglong>(seconds, MaxRetryAfterSeconds));
    // IMF-fixdate ends in "GMT", which Qt's RFC 2822 parser (6.4) does not take.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(" GMT"_L1))
        date = date.chopped(4) + " +0000"_L1;
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(
        qBound<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when), MaxRetryAfterSeconds));
}

// FastAPI's 422 list, made readable the way the CLI does: "path.ticket_id: Input should be ...".
QString validationText(const QJsonArray &items)
{
    QStringList parts;
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        QStringList location;
        const QJsonArray loc = object.value("loc"_L1).toArray();
        for (qsizetype i = 0; i < loc.size(); ++i) {
            const QJsonValue element = loc.at(i);
            if (i == 0 && element.toString() == "body"_L1)
                continue; // the CLI drops it: it only says the error is in the request body
            if (element.isString())
                location.append(element.toString());
            else if (element.isDouble())
                location.append(QString::number(element.toInteger()));
        }
        QString message = object.value("msg"_L1).toString();
        if (message.startsWith("Value error, "_L1))
            message.remove(0, 13);
        if (message.isEmpty() && location.isEmpty())
            continue;
        parts.append(location.isEmpty() ? message : location.join(u'.') + u": "_s + message);
    }
    return parts.join("; "_L1);
}

ApiError errorOf(Kind kind)
{
    ApiError error;
    error.kind = kind;
    return error;
}

bool isRetryable(const ApiError &error)
{
    switch (error.kind) {
    case Kind::Offline:
    case Kind::ConnectionRefused:
    case Kind::Network:
        return true;
    case Kind::ServerError:
        return error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504;
    default:
        return false;
    }
}

} // namespace

bool isHeaderSafe(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

QString cleanDetail(const QString &text, const QString &token)
{
    QString clean = text.simplified();
    if (!token.isEmpty())
        clean.replace(token, "[token]"_L1);
    if (clean.size() > MaxDetailChars)
        clean = clean.left(MaxDetailChars - 1) + u'\u2026';
    return clean;
}

// The body of a 2xx answer as a JSON document (on a worker thread: thread-safe).
ApiError parseJsonBody(const QByteArray &body, const QString &contentType, QJsonDocument *json)
{
    ApiError error;
    QJsonParseError parseError;
    *json = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return error;
    error.kind = Kind::BadResponse;
    if (body.isEmpty()) {
        error.detail = ApiClient::tr("the response was empty");
    } else {
        error.detail = ApiClient::tr("not valid JSON: %1 at byte %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        if (!contentType.isEmpty() && !contentType.contains("json"_L1, Qt::CaseInsensitive))
            error.detail += ApiClient::tr(" (content type %1)").arg(contentType.left(100));
    }
    return error;
}

// One GET and its retries. Every reply is handled in one order: take ownership, transport
// error, HTTP status; then the body of a success is decoded (JSON and shape, the caller's
// decoder) on a worker thread, so that a body of megabytes never stalls the UI. stop() ends it
// silently, also while the body is being decoded (the result is then dropped).
class ApiClient::Get final : public QObject
{
public:
    Get(QNetworkAccessManager *nam, const QNetworkRequest &request, const RequestLimits &limits,
        const QString &token, BodyDecoder decoder, Completion completion, QObject *parent)
        : QObject(parent)
        , m_nam(nam)
        , m_request(request)
        , m_decoder(std::move(decoder))
        , m_completion(std::move(completion))
        , m_retryDelaysMs(limits.retryDelaysMs)
        , m_maxBytes(limits.maxResponseBytes)
        , m_token(token)
    {
        m_retryTimer.setSingleShot(true);
        connect(&m_retryTimer, &QTimer::timeout, this, [this] {
            if (m_giveUp)
                giveUp();
            else
                startAttempt();
        });
        // One deadline for the whole request, started once: retries do not restart it.
        if (limits.deadlineMs > 0) {
            m_deadlineTimer.setSingleShot(true);
            connect(&m_deadlineTimer, &QTimer::timeout, this, &Get::onDeadline);
            m_deadlineTimer.start(limits.deadlineMs);
        }
        startAttempt();
    }

    ~Get() override { stop(); }

    // Retryable failures end the request from now on; one waiting for its retry ends from the
    // event loop (never inside the caller) with the failure it would have retried.
    void stopRetrying()
    {
        m_retryDelaysMs.clear();
        if (m_retryTimer.isActive()) {
            m_giveUp = true;
            m_retryTimer.start(0);
        }
    }

    // The reply is aborted unseen (disconnected first, so no handler runs) and no retry follows.
    void stop()
    {
        if (m_decoding) {
            m_decoding->disconnect(this);
            m_decoding = nullptr;
        }
        m_retryTimer.stop();
        m_deadlineTimer.stop();
        if (QNetworkReply *reply = m_reply) {
            m_reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }

private:
    void giveUp()
    {
        m_giveUp = false;
        m_deadlineTimer.stop();
        // Last: the completion may schedule this object's deletion.
        m_completion(std::exchange(m_retryableError, {}));
    }

    void onDeadline()
    {
        m_deadlineHit = true;
        m_retryTimer.stop();
        if (QNetworkReply *reply = m_reply) {
            reply->abort(); // finished() at once: onFinished() reports DeadlineExceeded
            return;
        }
        // Between attempts (waiting to retry): nothing to abort. Last: may delete this.
        m_deadlineTimer.stop();
        m_completion(errorOf(Kind::DeadlineExceeded));
    }

    void startAttempt()
    {
        ++m_attempts;
        m_body.clear();
        m_tooLarge = false;
        qCDebug(lcApi, "GET %s (attempt %d)", qUtf8Printable(m_request.url().path()), m_attempts);
        QNetworkReply *reply = m_nam->get(m_request);
        m_reply = reply;
        connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && length.toLongLong() > m_maxBytes)
                abortTooLarge(reply);
        });
        connect(reply, &QNetworkReply::redirected, this, [this] { m_body.clear(); });
        // Read as it arrives, so that the cap also holds without Content-Length (chunked).
        connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
            m_body += reply->readAll();
            if (m_body.size() > m_maxBytes)
                abortTooLarge(reply);
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    }

    void abortTooLarge(QNetworkReply *reply)
    {
        m_tooLarge = true;
        m_body.clear();
        reply->abort(); // emits finished() at once: onFinished() runs before this returns
    }

    void onFinished(QNetworkReply *reply)
    {
        const std::unique_ptr<QNetworkReply, DeleteLater> owned(reply);
        reply->disconnect(this);
        m_reply = nullptr;
        if (!m_tooLarge && reply->isOpen()) {
            m_body += reply->readAll();
            m_tooLarge = m_body.size() > m_maxBytes;
        }

        const ApiError error = evaluate(reply);
        qCDebug(lcApi, "GET %s: HTTP %d, network error %d, %lld bytes",
                qUtf8Printable(m_request.url().path()), error.httpStatus, int(reply->error()),
                static_cast<long long>(m_body.size()));
        if (isRetryable(error) && m_attempts <= m_retryDelaysMs.size()) {
            m_body.clear();
            m_retryableError = error;
            // The deadline keeps running through the wait and the next attempt.
            m_retryTimer.start(qMax(0, m_retryDelaysMs.at(m_attempts - 1)));
            return;
        }
        m_deadlineTimer.stop();
        if (error.isError()) {
            m_body.clear();
            // Last: the completion may schedule this object's deletion.
            m_completion(error);
            return;
        }
        decode(reply->header(QNetworkRequest::ContentTypeHeader).toString(), error.httpStatus);
    }

    // A body of megabytes goes to a worker thread (moved, not copied); the result comes back
    // through a watcher that dies with this object. A small one (most answers) is decoded at
    // once: a millisecond or two, less than starting the worker.
    void decode(const QString &contentType, int httpStatus)
    {
        if (m_body.size() <= InlineDecodeBytes) {
            ApiError result = m_decoder(std::exchange(m_body, {}), contentType);
            if (result.isError())
                result.httpStatus = httpStatus;
            // Last: the completion may schedule this object's deletion.
            m_completion(result);
            return;
        }
        auto promise = std::make_shared<QPromise<ApiError>>();
        auto *watcher = new QFutureWatcher<ApiError>(this);
        m_decoding = watcher;
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, httpStatus] {
            m_decoding = nullptr;
            watcher->deleteLater();
            ApiError result = watcher->result();
            if (result.isError())
                result.httpStatus = httpStatus; // a 200 whose body was not what was asked for
            // Last: the completion may schedule this object's deletion.
            m_completion(result);
        });
        watcher->setFuture(promise->future());
        promise->start();
        QThreadPool::globalInstance()->start(
            [promise, decoder = m_decoder, body = std::exchange(m_body, {}), contentType] {
                promise->addResult(decoder(body, contentType));
                promise->finish();
            });
    }

    ApiError evaluate(QNetworkReply *reply) const
    {
        ApiError error;
        error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError code = reply->error();

        if (m_deadlineHit) {
            error.kind = Kind::DeadlineExceeded;
            return error;
        }
        if (m_tooLarge) {
            error.kind = Kind::TooLarge;
            error.detail
                = ApiClient::tr("more than %1").arg(QLocale().formattedDataSize(m_maxBytes, 0));
            return error;
        }
        // Codes below 200 are the network and proxy layers; above, mostly Qt's names for HTTP
        // error statuses. Any error with a 2xx status (a broken chunked body...) is transport.
        const bool success = error.httpStatus >= 200 && error.httpStatus <= 299;
        if (code != QNetworkReply::NoError && (error.httpStatus == 0 || code < 200 || success))
            return transportError(reply, code, error.httpStatus);
        if (!success)
            return httpError(reply, error.httpStatus);
        // A connection that ends early sometimes finishes without an error (Qt 6.4, a reset
        // racing the last read): fewer bytes than the Content-Length promised is a broken
        // transfer, retried like one — not a malformed ticket. Unless the body was compressed,
        // where the header counts the bytes before Qt inflated them.
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && !reply->hasRawHeader("Content-Encoding")
            && m_body.size() < length.toLongLong()) {
            error.kind = Kind::Network;
            error.detail = ApiClient::tr("the connection closed after %1 of %2 bytes")
                               .arg(m_body.size())
                               .arg(length.toLongLong());
        }
        return error;
    }

    ApiError transportError(QNetworkReply *reply, QNetworkReply::NetworkError code,
                            int httpStatus) const
    {
        ApiError error;
        error.httpStatus = httpStatus;
        switch (code) {
        case QNetworkReply::ConnectionRefusedError:
            error.kind = Kind::ConnectionRefused;
            break;
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
            error.kind = Kind::Offline;
            break;
        // Our own aborts are flagged (too large) or disconnected first (stop), so a cancelled
        // reply seen here was ended by the transfer timeout.
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            error.kind = Kind::Timeout;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            error.kind = Kind::Tls;
            error.detail = clean(reply->errorString());
            break;
        case QNetworkReply::InsecureRedirectError: {
            error.kind = Kind::InsecureRedirect;
            QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
            if (!target.isValid())
                target = QUrl::fromEncoded(reply->rawHeader("Location"));
            if (target.isValid())
                error.detail = origin(reply->url().resolved(target));
            break;
        }
        default:
            error.kind = Kind::Network;
            error.detail = clean(reply->errorString());
            break;
        }
        return error;
    }

    ApiError httpError(QNetworkReply *reply, int status) const
    {
        ApiError error;
        error.httpStatus = status;
        // FastAPI: {"detail": "..."} or, for 422, {"detail": [{loc, msg, type}...]}.
        const QJsonObject body = QJsonDocument::fromJson(m_body).object();
        const QJsonValue detail = body.value("detail"_L1);
        const QString text
            = detail.isArray() ? validationText(detail.toArray()) : detail.toString();
        error.detail = clean(text);

        if (status == 401) {
            error.kind = Kind::Unauthorized;
        } else if (status == 403 && text == "permission_denied"_L1) {
            error.kind = Kind::Forbidden;
            error.permission = clean(body.value("permission"_L1).toString());
            error.detail = error.permission;
        } else if (status == 403 && text == "Not authenticated"_L1) {
            // FastAPI's HTTPBearer answers a missing or malformed credential with 403.
            error.kind = Kind::Unauthorized;
        } else if (status == 403) {
            error.kind = Kind::Forbidden;
        } else if (status == 404) {
            error.kind = Kind::NotFound;
        } else if (status == 400 || status == 422) {
            error.kind = Kind::Validation;
        } else if (status == 429) {
            error.kind = Kind::RateLimited;
            error.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"));
        } else if (status >= 500 && status <= 599) {
            error.kind = Kind::ServerError;
        } else {
            error.kind = Kind::BadResponse;
            error.detail = error.detail.isEmpty()
                               ? ApiClient::tr("unexpected HTTP status %1").arg(status)
                               : ApiClient::tr("unexpected HTTP status %1: %2")
                                     .arg(status)
                                     .arg(error.detail);
        }
        return error;
    }

    QString clean(const QString &text) const { return cleanDetail(text, m_token); }

    QPointer<QNetworkAccessManager> m_nam;
    const QNetworkRequest m_request;
    const BodyDecoder m_decoder;
    const Completion m_completion;
    QList<int> m_retryDelaysMs;
    const qint64 m_maxBytes;
    const QString m_token; // only to keep it out of error details
    QPointer<QNetworkReply> m_reply;
    QFutureWatcher<ApiError> *m_decoding = nullptr; // while the body is decoded
    QTimer m_retryTimer;
    QTimer m_deadlineTimer;
    QByteArray m_body;
    int m_attempts = 0;
    bool m_tooLarge = false;
    bool m_deadlineHit = false;
    bool m_giveUp = false;     // the retry timer ends the request instead (stopRetrying())
    ApiError m_retryableError; // the failure waiting for its retry
};

Endpoint Endpoint::fromConfig(const Config &config)
{
    Endpoint endpoint;
    endpoint.baseUrl = config.error.isEmpty() ? config.baseUrl : QUrl();
    endpoint.token = config.token;
    endpoint.organisationId = config.organisationId;
    endpoint.configError = config.error;
    return endpoint;
}

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    // Qt's default (NoLessSafeRedirectPolicy) re-sends our Authorization header to whatever
    // origin a redirect names; same-origin only turns that into InsecureRedirectError.
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_nam->setStrictTransportSecurityEnabled(true);
}

ApiClient::~ApiClient() = default;

void ApiClient::configure(const Config &config)
{
    setEndpoint(Endpoint::fromConfig(config));
}

void ApiClient::setEndpoint(const Endpoint &endpoint)
{
    m_endpoint = endpoint;
    m_endpoint.token = endpoint.token.trimmed();
    m_endpoint.organisationId = endpoint.organisationId.trimmed();
}

void ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    m_endpoint.baseUrl = baseUrl;
    m_endpoint.configError.clear();
}

void ApiClient::setToken(const QString &token)
{
    m_endpoint.token = token.trimmed();
}

void ApiClient::setOrganisationId(const QString &organisationId)
{
    m_endpoint.organisationId = organisationId.trimmed();
}

void ApiClient::setTransferTimeout(int milliseconds)
{
    m_limits.transferTimeoutMs = qMax(0, milliseconds);
}

void ApiClient::setRequestDeadline(int milliseconds)
{
    m_limits.deadlineMs = qMax(0, milliseconds);
}

void ApiClient::setMaxResponseBytes(qint64 bytes)
{
    m_limits.maxResponseBytes = qMax<qint64>(0, bytes);
}

void ApiClient::setRetryDelays(const QList<int> &milliseconds)
{
    m_limits.retryDelaysMs = milliseconds;
}

QString ApiClient::userAgent()
{
    return QStringLiteral("ankra-ticket-viewer/" ANKRA_VERSION " (Qt ") + QLatin1String(qVersion())
           + u')';
}

void ApiClient::adopt(ApiRequest *request, QObject *parent)
{
    request->m_ownedByClient = parent == nullptr;
    if (++m_running == 1)
        emit busyChanged(true);
    // Counted down however it ends: finished, cancelled, or deleted by its owner unseen.
    auto counted = std::make_shared<bool>(true);
    auto done = [this, counted] {
        if (!*counted)
            return;
        *counted = false;
        if (--m_running == 0)
            emit busyChanged(false);
    };
    connect(request, &ApiRequest::finished, this, done);
    connect(request, &QObject::destroyed, this, done);
}

TicketRequest *ApiClient::fetchTicket(const TicketId &id, QObject *parent, const KnownTicket &known)
{
    const QString path
        = id.isValid() ? u"/api/v1/org/support/tickets/"_s + id.toString() : QString();
    auto *request = new TicketRequest(id, path, parent ? parent : this);
    adopt(request, parent);
    connect(request, &ApiRequest::finished, this, [this, request] {
        if (request->error().isError())
            emit fetchFailed(request->ticketId(), request->error());
        else
            emit ticketFetched(request->ticket());
    });
    if (!id.isValid()) {
        const ApiError error = errorOf(Kind::InvalidTicketId);
        QMetaObject::invokeMethod(
            request, [request, error] { request->finish(error); }, Qt::QueuedConnection);
        return request;
    }
    // JSON and ticket both parsed on the worker: a ticket of 30 MiB takes most of a second.
    auto ticket = std::make_shared<std::optional<Ticket>>();
    // The answer's fingerprint; an answer with the known one's bytes is not parsed again (most
    // automatic refreshes: their ticket has not changed).
    auto digest = std::make_shared<QByteArray>();
    auto unchanged = std::make_shared<bool>(false);
    auto raw = std::make_shared<QByteArray>(); // the body as received, for the local store
    const QString token = m_endpoint.token.trimmed();
    const QByteArray knownDigest = known.bodyDigest;
    BodyDecoder decoder = [ticket, id, token, digest, unchanged, knownDigest,
                           raw](const QByteArray &body, const QString &type) {
        *raw = body; // shared, not copied
        *digest = QCryptographicHash::hash(body, QCryptographicHash::Sha1);
        if (!knownDigest.isEmpty() && *digest == knownDigest) {
            *unchanged = true;
            return ApiError{};
        }
        QJsonDocument json;
        ApiError result = parseJsonBody(body, type, &json);
        if (result.isError())
            return result;
        result.kind = Kind::BadResponse;
        ParseError parseError;
        if (!json.isObject()) {
            result.detail = tr("expected a ticket object");
        } else if (!(*ticket = ticketFromJson(json.object(), &parseError))) {
            result.detail = cleanDetail(parseError.toString(), token);
        } else if ((*ticket)->id.compare(id.toString(), Qt::CaseInsensitive) != 0) {
            ticket->reset();
            result.detail = tr("the server sent another ticket than the one asked for");
        } else {
            result = ApiError{};
        }
        return result;
    };
    start(request, m_endpoint, m_limits, true, std::move(decoder),
          [request, ticket, digest, unchanged, raw,
           knownTicket = known.ticket](const ApiError &result) {
              if (!result.isError()) {
                  request->m_bodyDigest = *digest;
                  request->m_unchanged = *unchanged;
                  request->m_ticket = *unchanged ? knownTicket : std::move(**ticket);
                  request->m_json = std::move(*raw);
              }
              request->finish(result);
          });
    return request;
}

TicketListRequest *ApiClient::fetchTicketList(const TicketListQuery &query, QObject *parent)
{
    auto *request
        = new TicketListRequest(query, u"/api/v1/org/support/tickets"_s, parent ? parent : this);
    adopt(request, parent);
    // JSON and rows parsed on the worker, as a ticket is.
    auto page = std::make_shared<std::optional<TicketListPage>>();
    auto raw = std::make_shared<QByteArray>(); // the body as received, for the local store
    const QString token = m_endpoint.token.trimmed();
    BodyDecoder decoder = [page, raw, token](const QByteArray &body, const QString &type) {
        *raw = body; // shared, not copied
        QJsonDocument json;
        ApiError result = parseJsonBody(body, type, &json);
        if (result.isError())
            return result;
        ParseError parseError;
        *page = ticketListFromJson(json, &parseError);
        if (!*page) {
            result.kind = Kind::BadResponse;
            result.detail = cleanDetail(parseError.toString(), token);
        }
        return result;
    };
    start(request, m_endpoint, m_limits, true, std::move(decoder),
          [request, page, raw](const ApiError &result) {
              if (!result.isError() && *page) {
                  request->m_page = std::move(**page);
                  request->m_json = std::move(*raw);
              }
              request->finish(result);
          });
    return request;
}

OrganisationsRequest *ApiClient::fetchOrganisations(QObject *parent)
{
    return fetchOrganisations(m_endpoint, m_limits, parent);
}

OrganisationsRequest *ApiClient::fetchOrganisations(const Endpoint &endpoint,
                                                    const RequestLimits &limits, QObject *parent)
{
    auto *request = new OrganisationsRequest(u"/api/v1/org/organisation"_s, parent ? parent : this);
    adopt(request, parent);
    const QString token = endpoint.token.trimmed();
    start(request, endpoint, limits, false,
          [this, request, token](const ApiError &result, const QJsonDocument &json) {
              onOrganisationsJson(request, token, result, json);
          });
    return request;
}

AttachmentDownload *ApiClient::downloadAttachment(const TicketId &ticket,
                                                  const Attachment &attachment,
                                                  const QString &targetPath, QObject *parent)
{
    auto *download = new AttachmentDownload(AttachmentDownload::Mode::File, ticket, attachment,
                                            targetPath, QString(), parent ? parent : this);
    adopt(download, parent);
    return startDownload(download);
}

AttachmentDownload *ApiClient::previewAttachment(const TicketId &ticket,
                                                 const Attachment &attachment, QObject *parent)
{
    auto *download = new AttachmentDownload(AttachmentDownload::Mode::Memory, ticket, attachment,
                                            QString(), QString(), parent ? parent : this);
    adopt(download, parent);
    return startDownload(download);
}

AttachmentDownload *ApiClient::startDownload(AttachmentDownload *download)
{
    // Both IDs go into the path: only well-formed UUIDs do (the server's attachment ID too).
    const QString attachmentId = download->attachment().id;
    const bool idOk = attachmentId.size() == 36 && !QUuid::fromString(attachmentId).isNull();
    ApiError error = configurationError(m_endpoint, true);
    if (!download->ticketId().isValid()) {
        error = errorOf(Kind::InvalidTicketId);
    } else if (!idOk && !error.isError()) {
        error = errorOf(Kind::BadResponse);
        error.detail = tr("the attachment ID is not a UUID");
    } else if (download->mode() == AttachmentDownload::Mode::File
               && download->targetPath().isEmpty() && !error.isError()) {
        error = errorOf(Kind::FileError);
        error.detail = tr("no file name to save to");
    }
    if (error.isError()) {
        QMetaObject::invokeMethod(
            download, [download, error] { download->finish(error); }, Qt::QueuedConnection);
        return download;
    }
    download->m_path = u"/api/v1/org/support/tickets/"_s + download->ticketId().toString()
                       + u"/attachments/"_s + attachmentId.toLower();
    QUrl url = m_endpoint.baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment
                                           | QUrl::StripTrailingSlash);
    url.setPath(url.path() + download->path());
    QNetworkRequest request = makeRequest(m_endpoint, m_limits, url, true);
    request.setRawHeader("Accept", "*/*");
    // Redirects are followed by the download itself: another https origin without our headers.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // No whole-request deadline: a large file on a slow line may take long; the transfer
    // timeout still ends a download that stops moving.
    download->start(m_nam, request, m_endpoint.token);
    return download;
}

void ApiClient::start(ApiRequest *request, const Endpoint &endpoint, const RequestLimits &limits,
                      bool withOrganisation, JsonHandler handler)
{
    auto json = std::make_shared<QJsonDocument>();
    start(
        request, endpoint, limits, withOrganisation,
        [json](const QByteArray &body, const QString &type) {
            return parseJsonBody(body, type, json.get());
        },
        [json, handler = std::move(handler)](const ApiError &error) { handler(error, *json); });
}

void ApiClient::start(ApiRequest *request, const Endpoint &given, const RequestLimits &limits,
                      bool withOrganisation, BodyDecoder decoder, Completion completion)
{
    Endpoint endpoint = given;
    endpoint.token = given.token.trimmed();
    endpoint.organisationId = given.organisationId.trimmed();
    const ApiError error = configurationError(endpoint, withOrganisation);
    if (error.isError()) {
        // Nothing is sent. Reported from the event loop, so that the caller can connect first.
        QMetaObject::invokeMethod(
            request, [request, error] { request->finish(error); }, Qt::QueuedConnection);
        return;
    }
    QUrl url = endpoint.baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment
                                         | QUrl::StripTrailingSlash);
    url.setPath(url.path() + request->path());
    // Already percent-encoded (TicketListQuery): kept byte for byte.
    if (!request->query().isEmpty())
        url.setQuery(QString::fromLatin1(request->query()), QUrl::StrictMode);
    RequestLimits effective = limits;
    if (request->m_retriesStopped)
        effective.retryDelaysMs.clear();
    auto *get = new Get(m_nam, makeRequest(endpoint, effective, url, withOrganisation), effective,
                        endpoint.token, std::move(decoder), std::move(completion), request);
    request->m_transport = get;
    request->m_stopRetrying = [get] {
        get->stopRetrying();
    };
}

ApiError ApiClient::configurationError(const Endpoint &endpoint, bool withOrganisation)
{
    ApiError error = errorOf(Kind::Configuration);
    const QString scheme = endpoint.baseUrl.scheme();
    if (!endpoint.configError.isEmpty()) {
        error.detail = endpoint.configError;
    } else if (endpoint.token.isEmpty()) {
        error.detail = tr("no API token is set");
    } else if (!isHeaderSafe(endpoint.token)) {
        error.detail = tr("the API token contains spaces or characters that cannot be sent");
    } else if (!endpoint.baseUrl.isValid() || endpoint.baseUrl.host().isEmpty()
               || (scheme != "https"_L1 && scheme != "http"_L1)) {
        error.detail = tr("no valid server address is set");
    } else if (withOrganisation && !isHeaderSafe(endpoint.organisationId)) {
        error.detail = tr("the organisation ID contains characters that cannot be sent");
    } else {
        return ApiError{};
    }
    return error;
}

// The one place where a request gets its headers and policies.
QNetworkRequest ApiClient::makeRequest(const Endpoint &endpoint, const RequestLimits &limits,
                                       const QUrl &url, bool withOrganisation) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + endpoint.token.toLatin1());
    if (withOrganisation && !endpoint.organisationId.isEmpty())
        request.setRawHeader("X-Ankra-Organisation-Id", endpoint.organisationId.toLatin1());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(limits.transferTimeoutMs);
    return request;
}

void ApiClient::onOrganisationsJson(OrganisationsRequest *request, const QString &token,
                                    const ApiError &error, const QJsonDocument &json)
{
    ApiError result = error;
    if (!result.isError()) {
        ParseError parseError;
        std::optional<QList<Organisation>> organisations = organisationsFromJson(json, &parseError);
        if (organisations) {
            request->m_organisations = std::move(*organisations);
        } else {
            result.kind = Kind::BadResponse;
            result.detail = cleanDetail(parseError.toString(), token);
        }
    }
    request->finish(result);
}

} // namespace Ankra
