#include "core/download/attachmentdownload.h"

#include "core/apiclient.h"
#include "core/download/downloadfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cerrno>
#include <memory>

using namespace Qt::StringLiterals;

namespace Ankra {
namespace {

using Kind = ApiError::Kind;

constexpr int MaxRedirects = 5;

QString origin(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                  | QUrl::RemoveFragment)
        .toString();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(a.scheme() == "https"_L1 ? 443 : 80)
                  == b.port(b.scheme() == "https"_L1 ? 443 : 80);
}

ApiError errorOf(Kind kind, const QString &detail = QString())
{
    ApiError error;
    error.kind = kind;
    error.detail = detail;
    return error;
}

bool isDiskFullErrno(int code)
{
    return code == ENOSPC || code == EFBIG
#ifdef EDQUOT
           || code == EDQUOT
#endif
        ;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

// The GET in flight and where its bytes go. Deleting it aborts the reply unseen and discards
// whatever was written (QSaveFile's temporary file, the spill file): cancel() relies on that.
class AttachmentDownload::Transfer final : public QObject
{
public:
    Transfer(AttachmentDownload *download, QNetworkAccessManager *nam,
             const QNetworkRequest &request, const QString &token)
        : QObject(download)
        , m_download(download)
        , m_nam(nam)
        , m_request(request)
        , m_origin(request.url())
        , m_token(token)
        , m_limit(download->bytesExpected() + sizeMargin(download->bytesExpected()))
    {}

    ~Transfer() override
    {
        dropReply();
        if (m_file)
            m_file->cancelWriting(); // and the destructor removes its temporary file
        if (m_spill && !m_handedOver)
            delete m_spill.data();
        if (!m_reserved.isEmpty())
            releaseDownloadPath(m_reserved);
    }

    void start()
    {
        if (m_download->mode() == Mode::File) {
            const QString target = m_download->targetPath();
            if (!reserveDownloadPath(target)) {
                finishWith(errorOf(Kind::FileError,
                                   AttachmentDownload::tr("another download is saving to %1")
                                       .arg(QDir::toNativeSeparators(target))));
                return;
            }
            m_reserved = target;
            if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
                finishWith(errorOf(Kind::FileError, AttachmentDownload::tr("%1 already exists")
                                                        .arg(QDir::toNativeSeparators(target))));
                return;
            }
            m_file = std::make_unique<QSaveFile>(target);
            // Unbuffered: every write reaches the file system here, where it is checked.
            if (!m_file->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
                const int code = errno;
                finishWith(fileError(code, m_file->errorString()));
                return;
            }
        } else if (m_download->bytesExpected() > memoryLimit() && !openSpill()) {
            return;
        }
        send(m_request);
    }

private:
    void send(const QNetworkRequest &request)
    {
        QNetworkReply *reply = m_nam->get(request);
        // Backpressure: Qt stops reading the socket while this much waits to be written, so a
        // fast server and a slow disk never pile the body up in memory.
        reply->setReadBufferSize(8 * 1024 * 1024);
        m_reply = reply;
        m_current = request.url();
        connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onHead(reply); });
        connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onData(reply); });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    }

    void dropReply()
    {
        if (QNetworkReply *reply = m_reply) {
            m_reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }

    static int statusOf(QNetworkReply *reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    static bool isRedirect(int status)
    {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    void onHead(QNetworkReply *reply)
    {
        const int status = statusOf(reply);
        if (status < 200 || status > 299)
            return;
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_limit)
            stopLonger(length.toLongLong());
    }

    void onData(QNetworkReply *reply)
    {
        const int status = statusOf(reply);
        if (status < 200 || status > 299) {
            // An error or redirect body: kept small, for the detail of an HTTP error.
            const QByteArray bytes = reply->readAll();
            if (m_errorBody.size() < 64 * 1024)
                m_errorBody += bytes.left(64 * 1024 - m_errorBody.size());
            return;
        }
        while (reply->bytesAvailable() > 0) {
            const QByteArray chunk = reply->read(1024 * 1024);
            if (chunk.isEmpty())
                break;
            if (m_download->m_received + chunk.size() > m_limit) {
                stopLonger(m_download->m_received + chunk.size());
                return;
            }
            if (!store(chunk))
                return;
            m_download->m_received += chunk.size();
        }
        emit m_download->progress(m_download->m_received, m_download->bytesExpected());
    }

    bool store(const QByteArray &chunk)
    {
        if (m_file) {
            errno = 0;
            const qint64 written = m_file->write(chunk);
            const int code = errno;
            if (written != chunk.size()) {
                finishWith(fileError(code, m_file->errorString()));
                return false;
            }
            return true;
        }
        if (!m_spill && m_download->m_data.size() + chunk.size() > memoryLimit()) {
            if (!openSpill())
                return false;
        }
        if (m_spill) {
            errno = 0;
            const qint64 written = m_spill->write(chunk);
            const int code = errno;
            if (written != chunk.size()) {
                finishWith(fileError(code, m_spill->errorString()));
                return false;
            }
            return true;
        }
        m_download->m_data += chunk;
        return true;
    }

    bool openSpill()
    {
        // QTemporaryFile: created 0600 in the temporary folder, removed with the handle.
        auto *spill
            = new QTemporaryFile(QDir::temp().filePath(u"ankra-preview-XXXXXX"_s), m_download);
        if (!spill->open()) {
            const int code = errno;
            finishWith(fileError(code, spill->errorString()));
            delete spill;
            return false;
        }
        m_spill = spill;
        const QByteArray held = std::exchange(m_download->m_data, QByteArray());
        errno = 0;
        if (spill->write(held) != held.size()) {
            const int code = errno;
            finishWith(fileError(code, spill->errorString()));
            return false;
        }
        return true;
    }

    void stopLonger(qint64 seen)
    {
        ApiError error = errorOf(
            Kind::SizeMismatch,
            AttachmentDownload::tr("the server sent more than the %1 the ticket declares (%2 "
                                   "or more)")
                .arg(sizeText(m_download->bytesExpected()), sizeText(seen)));
        finishWith(error);
    }

    ApiError fileError(int code, const QString &text) const
    {
        if (isDiskFullErrno(code) || (m_file && m_file->error() == QFileDevice::ResourceError))
            return errorOf(Kind::DiskFull, cleanDetail(text, QString()));
        return errorOf(Kind::FileError, cleanDetail(text, QString()));
    }

    void onFinished(QNetworkReply *reply)
    {
        const std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> owned(
            reply, [](QNetworkReply *r) { r->deleteLater(); });
        if (reply->isOpen() && reply->error() == QNetworkReply::NoError)
            onData(reply);
        if (m_download->isFinished())
            return; // stopped while reading what was left
        reply->disconnect(this);
        m_reply = nullptr;

        const int status = statusOf(reply);
        const QNetworkReply::NetworkError code = reply->error();
        if (isRedirect(status)) {
            followRedirect(reply);
            return;
        }
        const bool success = status >= 200 && status <= 299;
        if (code != QNetworkReply::NoError && (status == 0 || code < 200 || success)) {
            finishWith(transportError(reply, code));
            return;
        }
        if (!success) {
            finishWith(httpError(status));
            return;
        }
        if (m_download->m_received < m_download->bytesExpected()) {
            finishWith(errorOf(
                Kind::SizeMismatch,
                AttachmentDownload::tr("the server sent %1 of the %2 the ticket "
                                       "declares")
                    .arg(sizeText(m_download->m_received), sizeText(m_download->bytesExpected()))));
            return;
        }
        if (m_file) {
            // Someone may have made a file of that name since the download began: keep it.
            if (QFileInfo::exists(m_file->fileName())
                || QFileInfo(m_file->fileName()).isSymLink()) {
                finishWith(errorOf(Kind::FileError,
                                   AttachmentDownload::tr("%1 appeared while downloading")
                                       .arg(QDir::toNativeSeparators(m_file->fileName()))));
                return;
            }
            errno = 0;
            if (!m_file->commit()) {
                const int errcode = errno;
                finishWith(fileError(errcode, m_file->errorString()));
                return;
            }
            m_file.reset();
        } else if (m_spill && !m_spill->flush()) {
            const int errcode = errno;
            finishWith(fileError(errcode, m_spill->errorString()));
            return;
        }
        if (m_spill) {
            m_download->m_spill = m_spill;
            m_handedOver = true;
        }
        emit m_download->progress(m_download->m_received, m_download->bytesExpected());
        finishWith(ApiError{});
    }

    void followRedirect(QNetworkReply *reply)
    {
        const QUrl target = reply->url().resolved(
            QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::StrictMode));
        m_errorBody.clear();
        if (!target.isValid() || target.host().isEmpty() || ++m_redirects > MaxRedirects) {
            finishWith(errorOf(Kind::BadResponse,
                               m_redirects > MaxRedirects
                                   ? AttachmentDownload::tr("too many redirects")
                                   : AttachmentDownload::tr("a redirect without a valid target")));
            return;
        }
        QNetworkRequest next = m_request;
        next.setUrl(target);
        const bool inside = sameOrigin(target, m_origin) && !m_leftOrigin;
        if (!inside) {
            // Another origin (a file storage service): https only, and without our headers.
            if (target.scheme() != "https"_L1) {
                ApiError error = errorOf(Kind::InsecureRedirect, origin(target));
                finishWith(error);
                return;
            }
            m_leftOrigin = true;
            next.setRawHeader("Authorization", QByteArray());
            next.setRawHeader("X-Ankra-Organisation-Id", QByteArray());
        }
        send(next);
    }

    ApiError transportError(QNetworkReply *reply, QNetworkReply::NetworkError code) const
    {
        switch (code) {
        case QNetworkReply::ConnectionRefusedError:
            return errorOf(Kind::ConnectionRefused);
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
            return errorOf(Kind::Offline);
        case QNetworkReply::OperationCanceledError: // our aborts are disconnected first
        case QNetworkReply::TimeoutError:
            return errorOf(Kind::Timeout);
        case QNetworkReply::SslHandshakeFailedError:
            return errorOf(Kind::Tls, cleanDetail(reply->errorString(), m_token));
        default:
            return errorOf(Kind::Network, cleanDetail(reply->errorString(), m_token));
        }
    }

    ApiError httpError(int status) const
    {
        ApiError error;
        error.httpStatus = status;
        const QJsonObject body = QJsonDocument::fromJson(m_errorBody).object();
        const QString text = body.value("detail"_L1).toString();
        error.detail = cleanDetail(text, m_token);
        if (status == 401 || (status == 403 && text == "Not authenticated"_L1)) {
            error.kind = Kind::Unauthorized;
        } else if (status == 403) {
            error.kind = Kind::Forbidden;
            if (text == "permission_denied"_L1) {
                error.permission = cleanDetail(body.value("permission"_L1).toString(), m_token);
                error.detail = error.permission;
            }
        } else if (status == 404) {
            error.kind = Kind::NotFound;
        } else if (status == 429) {
            error.kind = Kind::RateLimited;
        } else if (status >= 500 && status <= 599) {
            error.kind = Kind::ServerError;
        } else {
            error.kind = Kind::BadResponse;
            error.detail = AttachmentDownload::tr("unexpected HTTP status %1").arg(status);
        }
        return error;
    }

    void finishWith(const ApiError &error)
    {
        dropReply();
        if (error.isError()) {
            if (m_file) {
                m_file->cancelWriting();
                m_file.reset(); // removes the temporary file now
            }
            if (m_spill) {
                m_spill->remove();
                delete m_spill.data();
            }
            m_download->m_data.clear();
        }
        if (!m_reserved.isEmpty()) {
            releaseDownloadPath(m_reserved);
            m_reserved.clear();
        }
        m_download->fail(error); // last: may schedule this object's deletion
    }

    AttachmentDownload *m_download;
    QPointer<QNetworkAccessManager> m_nam;
    const QNetworkRequest m_request;
    const QUrl m_origin;
    const QString m_token; // only to keep it out of error details
    const qint64 m_limit;
    QPointer<QNetworkReply> m_reply;
    QUrl m_current;
    std::unique_ptr<QSaveFile> m_file;
    QPointer<QTemporaryFile> m_spill;
    QString m_reserved;
    QByteArray m_errorBody;
    int m_redirects = 0;
    bool m_leftOrigin = false;
    bool m_handedOver = false; // the spill file belongs to the handle now
};

AttachmentDownload::AttachmentDownload(Mode mode, const TicketId &ticketId,
                                       const Attachment &attachment, QString targetPath,
                                       QString path, QObject *parent)
    : ApiRequest(std::move(path), parent)
    , m_mode(mode)
    , m_ticketId(ticketId)
    , m_attachment(attachment)
    , m_targetPath(std::move(targetPath))
{}

AttachmentDownload::~AttachmentDownload() = default;

qint64 AttachmentDownload::sizeMargin(qint64 declared)
{
    // A size recorded a little off (line endings converted on upload…) is not an attack.
    return 64 * 1024 + qMax<qint64>(0, declared) / 100;
}

void AttachmentDownload::start(QNetworkAccessManager *nam, const QNetworkRequest &request,
                               const QString &token)
{
    auto *transfer = new Transfer(this, nam, request, token);
    setTransport(transfer);
    transfer->start();
}

void AttachmentDownload::fail(const ApiError &error)
{
    finish(error);
}

QString AttachmentDownload::contentPath() const
{
    return m_spill ? m_spill->fileName() : QString();
}

QByteArray AttachmentDownload::head(qint64 bytes) const
{
    if (!m_spill)
        return m_data.left(bytes);
    QFile file(m_spill->fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(bytes);
}

QString AttachmentDownload::errorMessage() const
{
    const ApiError &e = error();
    switch (e.kind) {
    case Kind::None:
        return {};
    case Kind::NotFound:
        return tr("The server has no such attachment (any more). Reload the ticket to see its "
                  "current attachments.");
    case Kind::Forbidden:
        return tr("Your token is not allowed to download this attachment. Ask an organisation "
                  "admin for access.");
    case Kind::Cancelled:
        return tr("The download was cancelled; nothing was saved.");
    case Kind::TooLarge:
    case Kind::SizeMismatch:
        return tr("The download was stopped and nothing was saved: %1.").arg(e.detail);
    default:
        return e.message();
    }
}

} // namespace Ankra
