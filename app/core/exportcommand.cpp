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
    if (!config.error.isEmpty())
        return fail({ApiError::Kind::Configuration, 0, config.error, -1}, errorLine);

    ApiClient client;
    client.setBaseUrl(config.baseUrl);
    client.setToken(config.token);
    client.setOrganisationId(config.organisationId);

    std::optional<Ticket> ticket;
    ApiError error;
    QEventLoop loop;
    QObject::connect(&client, &ApiClient::ticketFetched, &loop, [&](const Ticket &t) {
        ticket = t;
        loop.quit();
    });
    QObject::connect(&client, &ApiClient::fetchFailed, &loop,
                     [&](const TicketId &, const ApiError &e) {
                         error = e;
                         loop.quit();
                     });
    client.fetchTicket(id);
    if (client.isBusy())
        loop.exec();
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
