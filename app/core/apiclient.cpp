#include "core/apiclient.h"

#include "core/ticketjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace Ankra {
namespace {

using Kind = ApiError::Kind;

constexpr qsizetype MaxDetailChars = 500;
constexpr qint64 MaxRetryAfterSeconds = 24 * 60 * 60;

struct DeleteLater
{
    void operator()(QObject *object) const { object->deleteLater(); }
};

// Printable ASCII without spaces: what can go into a header value without surprises
// (a pasted token with a line break must not become a second header).
bool isHeaderSafe(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

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

// One GET and its retries. Every reply is handled in one order: take ownership, transport
// error, HTTP status, JSON parse; the shape is the caller's step. stop() ends it silently.
class ApiClient::Get final : public QObject
{
public:
    Get(ApiClient *client, const QNetworkRequest &request, JsonHandler handler)
        : QObject(client)
        , m_client(client)
        , m_request(request)
        , m_handler(std::move(handler))
        , m_retryDelaysMs(client->m_retryDelaysMs)
        , m_maxBytes(client->m_maxResponseBytes)
    {
        m_retryTimer.setSingleShot(true);
        connect(&m_retryTimer, &QTimer::timeout, this, &Get::startAttempt);
        // One deadline for the whole request, started once: retries do not restart it.
        if (client->m_requestDeadlineMs > 0) {
            m_deadlineTimer.setSingleShot(true);
            connect(&m_deadlineTimer, &QTimer::timeout, this, &Get::onDeadline);
            m_deadlineTimer.start(client->m_requestDeadlineMs);
        }
        startAttempt();
    }

    ~Get() override { stop(); }

    // The reply is aborted unseen (disconnected first, so no handler runs) and no retry follows.
    void stop()
    {
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
        m_handler(errorOf(Kind::DeadlineExceeded), QJsonDocument());
    }

    void startAttempt()
    {
        ++m_attempts;
        m_body.clear();
        m_tooLarge = false;
        QNetworkReply *reply = m_client->m_nam->get(m_request);
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

        QJsonDocument json;
        const ApiError error = evaluate(reply, &json);
        m_body.clear();
        if (isRetryable(error) && m_attempts <= m_retryDelaysMs.size()) {
            // The deadline keeps running through the wait and the next attempt.
            m_retryTimer.start(qMax(0, m_retryDelaysMs.at(m_attempts - 1)));
            return;
        }
        m_deadlineTimer.stop();
        // Last: the handler may schedule this object's deletion.
        m_handler(error, json);
    }

    ApiError evaluate(QNetworkReply *reply, QJsonDocument *json) const
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

        QJsonParseError parseError;
        *json = QJsonDocument::fromJson(m_body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            error.kind = Kind::BadResponse;
            if (m_body.isEmpty()) {
                error.detail = ApiClient::tr("the response was empty");
            } else {
                const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
                error.detail = ApiClient::tr("not valid JSON: %1 at byte %2")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset);
                if (!type.isEmpty() && !type.contains("json"_L1, Qt::CaseInsensitive))
                    error.detail += ApiClient::tr(" (content type %1)").arg(type.left(100));
            }
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
            error.detail = m_client->cleanDetail(reply->errorString());
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
            error.detail = m_client->cleanDetail(reply->errorString());
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
        error.detail = m_client->cleanDetail(text);

        if (status == 401) {
            error.kind = Kind::Unauthorized;
        } else if (status == 403 && text == "permission_denied"_L1) {
            error.kind = Kind::Forbidden;
            error.permission = m_client->cleanDetail(body.value("permission"_L1).toString());
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

    ApiClient *m_client;
    const QNetworkRequest m_request;
    const JsonHandler m_handler;
    const QList<int> m_retryDelaysMs;
    const qint64 m_maxBytes;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QTimer m_deadlineTimer;
    QByteArray m_body;
    int m_attempts = 0;
    bool m_tooLarge = false;
    bool m_deadlineHit = false;
};

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    // Qt's default (NoLessSafeRedirectPolicy) re-sends our Authorization header to whatever
    // origin a redirect names; same-origin only turns that into InsecureRedirectError.
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_nam->setStrictTransportSecurityEnabled(true);
}

ApiClient::~ApiClient()
{
    drop(m_fetch);
    drop(m_orgFetch);
}

void ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

void ApiClient::setToken(const QString &token)
{
    m_token = token.trimmed();
}

void ApiClient::setOrganisationId(const QString &organisationId)
{
    m_organisationId = organisationId.trimmed();
}

void ApiClient::setTransferTimeout(int milliseconds)
{
    m_transferTimeoutMs = qMax(0, milliseconds);
}

void ApiClient::setRequestDeadline(int milliseconds)
{
    m_requestDeadlineMs = qMax(0, milliseconds);
}

void ApiClient::setMaxResponseBytes(qint64 bytes)
{
    m_maxResponseBytes = qMax<qint64>(0, bytes);
}

void ApiClient::setRetryDelays(const QList<int> &milliseconds)
{
    m_retryDelaysMs = milliseconds;
}

void ApiClient::fetchTicket(const TicketId &id)
{
    const bool wasBusy = isBusy();
    drop(m_fetch);
    const quint64 generation = ++m_generation;
    m_fetchId = id;

    ApiError error;
    if (!id.isValid())
        error.kind = Kind::InvalidTicketId;
    else
        error = configurationError();
    if (error.isError()) {
        if (wasBusy)
            emit busyChanged(false);
        emit fetchFailed(id, error);
        return;
    }

    m_fetch = startGet(u"/api/v1/org/support/tickets/"_s + id.toString(),
                       [this, generation](const ApiError &result, const QJsonDocument &json) {
                           onTicketJson(generation, result, json);
                       });
    if (!wasBusy)
        emit busyChanged(true);
}

void ApiClient::cancel()
{
    if (!isBusy())
        return;
    drop(m_fetch);
    ++m_generation;
    emit busyChanged(false);
    emit fetchFailed(m_fetchId, errorOf(Kind::Cancelled));
}

bool ApiClient::isBusy() const
{
    return m_fetch != nullptr;
}

QString ApiClient::userAgent()
{
    return QStringLiteral("ankra-ticket-viewer/" ANKRA_VERSION " (Qt ") + QLatin1String(qVersion())
           + u')';
}

void ApiClient::fetchOrganisations()
{
    startOrganisations(false);
}

void ApiClient::testConnection()
{
    startOrganisations(true);
}

void ApiClient::cancelOrganisations()
{
    if (!m_orgFetch)
        return;
    drop(m_orgFetch);
    ++m_orgGeneration;
    const ApiError error = errorOf(Kind::Cancelled);
    emit organisationsFailed(error);
    if (m_orgIsTest)
        emit connectionTested(error);
}

void ApiClient::startOrganisations(bool isTest)
{
    drop(m_orgFetch);
    const quint64 generation = ++m_orgGeneration;
    m_orgIsTest = isTest;
    // The organisation ID is not sent, so only the token and base URL must be usable.
    const ApiError error = configurationError(false);
    if (error.isError()) {
        emit organisationsFailed(error);
        if (isTest)
            emit connectionTested(error);
        return;
    }
    m_orgFetch = startGet(
        u"/api/v1/org/organisation"_s,
        [this, generation](const ApiError &result, const QJsonDocument &json) {
            onOrganisationsJson(generation, result, json);
        },
        false);
}

void ApiClient::onOrganisationsJson(quint64 generation, const ApiError &error,
                                    const QJsonDocument &json)
{
    if (generation != m_orgGeneration)
        return;
    if (m_orgFetch) {
        m_orgFetch->deleteLater(); // we are inside its handler
        m_orgFetch = nullptr;
    }
    ApiError result = error;
    std::optional<QList<Organisation>> organisations;
    if (!result.isError()) {
        ParseError parseError;
        organisations = organisationsFromJson(json, &parseError);
        if (!organisations) {
            result.kind = Kind::BadResponse;
            result.detail = cleanDetail(parseError.toString());
        }
    }
    // The list first, so that a slot reacting to the test result already has it.
    if (result.isError())
        emit organisationsFailed(result);
    else
        emit organisationsFetched(*organisations);
    if (m_orgIsTest)
        emit connectionTested(result);
}

ApiClient::Get *ApiClient::startGet(const QString &path, JsonHandler handler, bool withOrganisation)
{
    QUrl url
        = m_baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    url.setPath(url.path() + path);
    return new Get(this, makeRequest(url, withOrganisation), std::move(handler));
}

ApiError ApiClient::configurationError(bool withOrganisation) const
{
    ApiError error = errorOf(Kind::Configuration);
    const QString scheme = m_baseUrl.scheme();
    if (m_token.isEmpty()) {
        error.detail = tr("no API token is set");
    } else if (!isHeaderSafe(m_token)) {
        error.detail = tr("the API token contains spaces or characters that cannot be sent");
    } else if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty()
               || (scheme != "https"_L1 && scheme != "http"_L1)) {
        error.detail = tr("no valid server address is set");
    } else if (withOrganisation && !isHeaderSafe(m_organisationId)) {
        error.detail = tr("the organisation ID contains characters that cannot be sent");
    } else {
        return ApiError{};
    }
    return error;
}

// The one place where a request gets its headers and policies.
QNetworkRequest ApiClient::makeRequest(const QUrl &url, bool withOrganisation) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (withOrganisation && !m_organisationId.isEmpty())
        request.setRawHeader("X-Ankra-Organisation-Id", m_organisationId.toLatin1());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(m_transferTimeoutMs);
    return request;
}

// Server and Qt texts end up in messages: keep them short and never echo the token.
QString ApiClient::cleanDetail(const QString &text) const
{
    QString clean = text.simplified();
    if (!m_token.isEmpty())
        clean.replace(m_token, "[token]"_L1);
    if (clean.size() > MaxDetailChars)
        clean = clean.left(MaxDetailChars - 1) + u'\u2026';
    return clean;
}

void ApiClient::onTicketJson(quint64 generation, const ApiError &error, const QJsonDocument &json)
{
    if (generation != m_generation)
        return; // superseded by a later fetchTicket() or cancel()
    const TicketId id = m_fetchId;
    if (m_fetch) {
        m_fetch->deleteLater(); // we are inside its handler
        m_fetch = nullptr;
    }

    ApiError result = error;
    std::optional<Ticket> ticket;
    if (!result.isError()) {
        result.kind = Kind::BadResponse;
        ParseError parseError;
        if (!json.isObject()) {
            result.detail = tr("expected a ticket object");
        } else if (!(ticket = ticketFromJson(json.object(), &parseError))) {
            result.detail = cleanDetail(parseError.toString());
        } else if (ticket->id.compare(id.toString(), Qt::CaseInsensitive) != 0) {
            result.detail = tr("the server sent another ticket than the one asked for");
        } else {
            result = ApiError{};
        }
    }

    emit busyChanged(false); // first: a slot reacting to the result may start another fetch
    if (result.isError())
        emit fetchFailed(id, result);
    else
        emit ticketFetched(*ticket);
}

// Ends a GET silently (its handler is never called) and forgets it.
void ApiClient::drop(Get *&get)
{
    if (get) {
        get->stop();
        get->deleteLater();
        get = nullptr;
    }
}

} // namespace Ankra
