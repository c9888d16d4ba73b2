#pragma once

#include "core/apirequest.h"
#include "core/ticket.h"
#include "core/ticketid.h"

#include <QByteArray>
#include <QString>

class QNetworkAccessManager;
class QNetworkRequest;
class QTemporaryFile;

// One attachment download: GET /api/v1/org/support/tickets/{ticket}/attachments/{id}, made by
// ApiClient::downloadAttachment() and owned like every request handle (apirequest.h).
//
// To a file: streamed through QSaveFile as it arrives, every write checked; the file appears
// under its final name only when the whole body is in, and a cancelled, failed or reset
// download leaves nothing behind. The name is reserved while the download runs, so that two
// downloads never pick the same one (uniqueFilePath, downloadfolder.h).
//
// To memory (previews): up to memoryLimit() bytes in memory, beyond that in a private
// temporary file that is removed with the handle.
//
// The ticket's size_bytes is the expectation: a body longer than that beyond a small margin is
// stopped (SizeMismatch), a shorter one is an error too. Redirects: within the origin as for
// tickets; to another https origin followed without the Authorization and organisation
// headers; to http or any other scheme refused (InsecureRedirect).

namespace Ankra {

class AttachmentDownload final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentDownload)

public:
    enum class Mode { File, Memory };

    ~AttachmentDownload() override;

    Mode mode() const { return m_mode; }
    TicketId ticketId() const { return m_ticketId; }
    const Attachment &attachment() const { return m_attachment; }
    // File mode: where the file goes (and is, once finished without an error).
    QString targetPath() const { return m_targetPath; }

    qint64 bytesReceived() const { return m_received; }
    // The declared size (size_bytes).
    qint64 bytesExpected() const { return m_attachment.sizeBytes; }

    // Memory mode, once finished without an error: the bytes when they fit in memory, else
    // empty and contentPath() names the private temporary file holding them.
    const QByteArray &data() const { return m_data; }
    QString contentPath() const;
    // The first `bytes` of the content, from memory or the temporary file.
    QByteArray head(qint64 bytes) const;

    // Memory mode: what stays in memory (32 MiB).
    static constexpr qint64 memoryLimit() { return 32 * 1024 * 1024; }
    // How much longer than declared a body may be before it is stopped.
    static qint64 sizeMargin(qint64 declared);

    // An error message for people, worded for an attachment (ApiError's are for tickets).
    QString errorMessage() const;

signals:
    void progress(qint64 received, qint64 expected);

private:
    friend class ApiClient;
    class Transfer;

    AttachmentDownload(Mode mode, const TicketId &ticketId, const Attachment &attachment,
                       QString targetPath, QString path, QObject *parent);
    void start(QNetworkAccessManager *nam, const QNetworkRequest &request, const QString &token);
    void fail(const ApiError &error);

    Mode m_mode;
    TicketId m_ticketId;
    Attachment m_attachment;
    QString m_targetPath;
    qint64 m_received = 0;
    QByteArray m_data;
    QTemporaryFile *m_spill = nullptr; // memory mode beyond memoryLimit(); a child
};

} // namespace Ankra
