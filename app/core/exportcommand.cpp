#include "core/exportcommand.h"

#include "core/apiclient.h"
#include "core/exporter.h"
#include "core/ticketid.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>

namespace Ankra {

namespace {

int fail(const ApiError &error, QString *errorLine)
{
    *errorLine = error.message();
    return error.exitCode();
}

} // namespace

int runExport(const CommandLineOptions &options, const Config &config, QString *errorLine)
{
    QString idError;
    const TicketId id = TicketId::fromUserInput(options.ticket, &idError);
    if (!id.isValid())
        return fail({ApiError::Kind::InvalidTicketId, 0, idError, -1}, errorLine);
    ApiClient client;
    client.configure(config);
    TicketRequest *request = client.fetchTicket(id, &client);
    if (request->isRunning()) {
        QEventLoop loop;
        QObject::connect(request, &ApiRequest::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    std::optional<Ticket> ticket;
    const ApiError error = request->error();
    if (!error.isError())
        ticket = request->ticket();
    if (!ticket)
        return fail(error, errorLine);

    const QByteArray data = exportTicket(
        *ticket, options.exportFormat == u"markdown" ? ExportFormat::Markdown : ExportFormat::Json);

    if (options.outputFile.isEmpty() || options.outputFile == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size()) {
            *errorLine
                = QCoreApplication::translate("Export", "Could not write to the standard output.");
            return 1;
        }
        return 0;
    }
    QSaveFile file(options.outputFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *errorLine
            = QCoreApplication::translate("Export", "Could not write %1: %2. Choose another file "
                                                    "with -o.")
                  .arg(options.outputFile, file.errorString());
        return 1;
    }
    return 0;
}

} // namespace Ankra
