#include "core/exportcommand.h"

#include "core/apiclient.h"
#include "core/exporter.h"
#include "core/terminaltext.h"
#include "core/ticketid.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <QSet>

#include <cstdio>

namespace Ankra {

namespace {

int fail(const ApiError &error, QString *errorLine)
{
    *errorLine = error.message();
    return error.exitCode();
}

int writeOutput(const QByteArray &data, const CommandLineOptions &options, QString *errorLine)
{
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

// The list across pages: 50 at a time, as the answers' pagination says, until --limit or the
// last page; a ticket seen on an earlier page (the list moved meanwhile) is written once.
int runListExport(const CommandLineOptions &options, const Config &config, QString *errorLine)
{
    ApiClient client;
    client.configure(config);
    TicketListQuery query;
    query.filter.statuses = options.statuses;
    query.filter.search = options.search;
    query.pageSize = 50;
    QList<TicketSummary> tickets;
    QSet<QString> seen;
    int skipped = 0;
    QString skippedReason;
    for (int page = 1;; ++page) {
        query.page = page;
        TicketListRequest *request = client.fetchTicketList(query, &client);
        if (request->isRunning()) {
            QEventLoop loop;
            QObject::connect(request, &ApiRequest::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        const ApiError error = request->error();
        if (error.isError())
            return fail(error, errorLine);
        const TicketListPage &result = request->page();
        for (const TicketSummary &t : result.tickets) {
            if (tickets.size() >= options.limit)
                break;
            if (!seen.contains(t.id)) {
                seen.insert(t.id);
                tickets.append(t);
            }
        }
        for (const SkippedRow &row : result.skipped) {
            if (skippedReason.isEmpty())
                skippedReason = row.field.isEmpty()
                                    ? row.message
                                    : row.field + QStringLiteral(": ") + row.message;
            ++skipped;
        }
        const bool done = tickets.size() >= options.limit || page >= result.pagination.totalPages
                          || (result.tickets.isEmpty() && result.skipped.isEmpty());
        delete request;
        if (done)
            break;
    }
    if (skipped > 0) {
        const QString warning
            = QCoreApplication::translate(
                  "Export", "ankra-ticket-viewer: %Ln ticket(s) could not be exported (%1).",
                  nullptr, int(skipped))
                  .arg(skippedReason);
        std::fputs(qUtf8Printable(withVisibleControls(warning) + u'\n'), stderr);
    }
    const ListExportFormat format = options.exportFormat == u"csv" ? ListExportFormat::Csv
                                    : options.exportFormat == u"markdown"
                                        ? ListExportFormat::Markdown
                                        : ListExportFormat::Json;
    return writeOutput(exportTicketList(tickets, format), options, errorLine);
}

} // namespace

int runExport(const CommandLineOptions &options, const Config &config, QString *errorLine)
{
    if (options.list)
        return runListExport(options, config, errorLine);
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
    return writeOutput(data, options, errorLine);
}

} // namespace Ankra
