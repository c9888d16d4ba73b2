#include "core/download/downloadcommand.h"

#include "core/apiclient.h"
#include "core/download/attachmentdownload.h"
#include "core/download/downloadfolder.h"
#include "core/terminaltext.h"
#include "core/ticketid.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace Ankra {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ankra::DownloadCommand)
};

int fail(const ApiError &error, QString *errorLine)
{
    *errorLine = error.message();
    return error.exitCode();
}

void wait(ApiRequest *request)
{
    if (!request->isRunning())
        return;
    QEventLoop loop;
    QObject::connect(request, &ApiRequest::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

int runDownload(const CommandLineOptions &options, const Config &config, QString *errorLine)
{
    QString idError;
    const TicketId id = TicketId::fromUserInput(options.ticket, &idError);
    if (!id.isValid())
        return fail({ApiError::Kind::InvalidTicketId, 0, idError, -1}, errorLine);
    const QString folder = options.outputFile.isEmpty() ? QDir::currentPath() : options.outputFile;
    if (!QFileInfo(folder).isDir()) {
        return fail({ApiError::Kind::FileError, 0,
                     Tr::tr("%1 is not a folder").arg(QDir::toNativeSeparators(folder)), -1},
                    errorLine);
    }

    ApiClient client;
    client.configure(config);
    TicketRequest *request = client.fetchTicket(id, &client);
    wait(request);
    if (request->error().isError())
        return fail(request->error(), errorLine);
    const Ticket ticket = request->ticket();

    QList<Attachment> chosen;
    if (options.attachments.isEmpty()) {
        chosen = ticket.attachments;
    } else {
        for (const QString &wanted : options.attachments) {
            const auto it = std::find_if(ticket.attachments.cbegin(), ticket.attachments.cend(),
                                         [&wanted](const Attachment &a) {
                                             return a.id.compare(wanted, Qt::CaseInsensitive) == 0
                                                    || a.filename == wanted;
                                         });
            if (it == ticket.attachments.cend()) {
                *errorLine
                    = Tr::tr("The ticket has no attachment with the ID or name \u201c%1\u201d. "
                             "Run without attachment names to save them all.")
                          .arg(withVisibleControls(wanted));
                return ApiError::exitCodeFor(ApiError::Kind::NotFound);
            }
            chosen.append(*it);
        }
    }

    const bool progress = isatty(fileno(stderr)) == 1;
    for (const Attachment &attachment : std::as_const(chosen)) {
        const QString path = uniqueFilePath(folder, attachment.filename);
        AttachmentDownload *download = client.downloadAttachment(id, attachment, path, &client);
        if (progress) {
            const QByteArray name = withVisibleControls(QFileInfo(path).fileName()).toLocal8Bit();
            QObject::connect(download, &AttachmentDownload::progress, download,
                             [name](qint64 received, qint64 expected) {
                                 const int percent
                                     = expected > 0
                                           ? int(qMin<qint64>(100, received * 100 / expected))
                                           : 0;
                                 std::fprintf(stderr, "\r%s %3d%% (%s)\033[K", name.constData(),
                                              percent, qPrintable(sizeText(received)));
                                 std::fflush(stderr);
                             });
        }
        wait(download);
        if (progress) {
            std::fputs("\r\033[K", stderr);
            std::fflush(stderr);
        }
        if (download->error().isError()) {
            *errorLine
                = withVisibleControls(attachment.filename) + u": " + download->errorMessage();
            return download->error().exitCode();
        }
        std::fprintf(stdout, "%s\n", QDir::toNativeSeparators(path).toLocal8Bit().constData());
        std::fflush(stdout);
        delete download;
    }
    return 0;
}

} // namespace Ankra
