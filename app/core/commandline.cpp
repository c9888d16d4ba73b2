#include "core/commandline.h"

#include "core/apierror.h"
#include "core/ticketlist.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

// The translation context of this file's functions (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ankra::CommandLine)
};

QString exitCodeTable()
{
    QString table = Tr::tr("Exit codes:") + u'\n';
    table += u"  0   "_s + Tr::tr("success") + u'\n';
    table += u"  1   "_s + Tr::tr("usage error, or the output could not be written") + u'\n';
    const auto entries = ApiError::exitCodeTable();
    for (const auto &entry : entries) {
        if (entry.kind == ApiError::Kind::Cancelled)
            continue; // the command line has no way to cancel
        table += u"  "_s + QString::number(entry.exitCode).leftJustified(4) + entry.name + u" ("_s
                 + entry.title + u")\n"_s;
    }
    return table;
}

} // namespace

bool commandLineNeedsGui(const QStringList &arguments)
{
    for (const QString &arg : arguments.mid(1)) {
        if (arg == u"--") // everything after is positional
            break;
        if (arg.startsWith(u"--export") || arg == u"--download" || arg == u"-h" || arg == u"--help"
            || arg == u"--help-all" || arg == u"-v" || arg == u"--version")
            return false;
    }
    return true;
}

CommandLineOptions parseCommandLine(const QStringList &arguments)
{
    CommandLineOptions options;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr(
            "Shows an Ankra support ticket: subject, status, AI summary, description, comments and "
            "attachments.\n\nThe API token comes from the app's settings, ANKRA_API_TOKEN, or "
            "~/.ankra.yaml (ankra login); ANKRA_BASE_URL, ANKRA_ORG and "
            "ANKRA_ALLOW_INSECURE_HTTP are honoured as by the ankra CLI.\n\n")
        + exitCodeTable());
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, Tr::tr("Show this help and exit."));
    const QCommandLineOption versionOption({u"v"_s, u"version"_s},
                                           Tr::tr("Show the version and exit."));
    const QCommandLineOption exportOption(
        u"export"_s,
        Tr::tr("Fetch TICKET and write it as json or markdown, without a window; with --list, the "
               "matching tickets as json, csv or markdown."),
        Tr::tr("format"));
    const QCommandLineOption downloadOption(
        u"download"_s,
        Tr::tr("Save attachments of TICKET without a window: --download TICKET [ATTACHMENT...] "
               "[-o DIR], by ID or exact filename, all of them when none is named; prints each "
               "saved path. Names are made safe and never overwrite a file."));
    const QCommandLineOption listOption(
        u"list"_s, Tr::tr("With --export: the ticket list (every page, up to --limit) instead of "
                          "one ticket."));
    const QCommandLineOption statusOption(
        u"status"_s,
        Tr::tr("With --list: only tickets with this status (repeat for several): %1.")
            .arg(TicketListFilter::allStatuses().join(u", "_s)),
        Tr::tr("status"));
    const QCommandLineOption searchOption(
        u"search"_s, Tr::tr("With --list: only tickets with TEXT in their subject."),
        Tr::tr("text"));
    const QCommandLineOption limitOption(
        u"limit"_s, Tr::tr("With --list: at most N tickets (default 1000)."), Tr::tr("n"));
    const QCommandLineOption outputOption({u"o"_s, u"output"_s},
                                          Tr::tr("With --export: write to FILE instead of the "
                                                 "standard output. With --download: save into this "
                                                 "folder (default: the current one)."),
                                          Tr::tr("file"));
    const QCommandLineOption demoOption(u"demo"_s,
                                        Tr::tr("Show bundled sample tickets; no account needed."));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        Tr::tr("Open the TICKETs (without any: the saved tabs, else the first demo ticket), save "
               "the window with the last one shown as a PNG and exit."),
        Tr::tr("file"));
    const QCommandLineOption sizeOption(
        u"size"_s, Tr::tr("With --screenshot: the window size (default 1280x860)."), Tr::tr("WxH"));
    const QCommandLineOption schemeOption(
        u"color-scheme"_s, Tr::tr("Force a light or dark palette."), Tr::tr("light|dark"));
    const QCommandLineOption verboseOption(
        u"verbose"_s,
        Tr::tr("Log debug messages of the app (to standard error and the log file)."));
    parser.addOptions({helpOption, versionOption, exportOption, listOption, statusOption,
                       searchOption, limitOption, downloadOption, outputOption, demoOption,
                       screenshotOption, sizeOption, schemeOption, verboseOption});
    parser.addPositionalArgument(
        u"ticket"_s,
        Tr::tr("Ticket IDs, or links that contain one (such as "
               "ankra-ticket://ticket/ID), opened in order; the last one is "
               "shown. A window that is already running opens them and "
               "comes to the front."),
        Tr::tr("[TICKET...]"));

    auto fail = [&options](const QString &message) {
        options.mode = CommandLineOptions::Mode::Error;
        options.errorMessage = message;
        return options;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(helpOption)) {
        options.mode = CommandLineOptions::Mode::Help;
        options.helpText = parser.helpText();
        return options;
    }
    if (parser.isSet(versionOption)) {
        options.mode = CommandLineOptions::Mode::Version;
        return options;
    }

    options.tickets = parser.positionalArguments();
    if (!options.tickets.isEmpty())
        options.ticket = options.tickets.constFirst();

    options.demo = parser.isSet(demoOption);
    options.verbose = parser.isSet(verboseOption);
    options.screenshotFile = parser.value(screenshotOption);
    options.outputFile = parser.value(outputOption);

    if (parser.isSet(sizeOption)) {
        static const QRegularExpression sizeRe(u"^(\\d{2,5})x(\\d{2,5})$"_s);
        const auto match = sizeRe.match(parser.value(sizeOption));
        if (!match.hasMatch())
            return fail(Tr::tr("--size takes WIDTHxHEIGHT, for example 1280x860."));
        options.screenshotSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }

    if (parser.isSet(schemeOption)) {
        const QString scheme = parser.value(schemeOption).toLower();
        if (scheme == u"light")
            options.colorScheme = CommandLineOptions::ColorScheme::Light;
        else if (scheme == u"dark")
            options.colorScheme = CommandLineOptions::ColorScheme::Dark;
        else
            return fail(Tr::tr("--color-scheme takes light or dark."));
    }

    if (parser.isSet(downloadOption)) {
        if (parser.isSet(exportOption))
            return fail(Tr::tr("--download cannot be combined with --export."));
        if (options.ticket.isEmpty())
            return fail(Tr::tr("--download needs a ticket ID, for example: ankra-ticket-viewer "
                               "--download 3f2504e0-4f89-41d3-9a0c-0305e82c3301 -o ~/Downloads"));
        if (options.demo || !options.screenshotFile.isEmpty())
            return fail(Tr::tr("--download cannot be combined with --demo or --screenshot."));
        options.mode = CommandLineOptions::Mode::Download;
        options.attachments = options.tickets.mid(1);
        options.tickets = {options.ticket};
        return options;
    }
    options.list = parser.isSet(listOption);
    const bool listFilters
        = parser.isSet(statusOption) || parser.isSet(searchOption) || parser.isSet(limitOption);
    if (listFilters && !options.list)
        return fail(Tr::tr("--status, --search and --limit go with --export FORMAT --list."));
    if (options.list && !parser.isSet(exportOption))
        return fail(Tr::tr("--list goes with --export, for example: "
                           "ankra-ticket-viewer --export csv --list --status open"));
    if (options.list) {
        const QStringList known = TicketListFilter::allStatuses();
        for (const QString &value : parser.values(statusOption)) {
            const QString status = value.trimmed().toLower();
            if (!known.contains(status))
                return fail(Tr::tr("--status takes one of %1 (got \u201c%2\u201d).")
                                .arg(known.join(u", "_s), value.left(60)));
            if (!options.statuses.contains(status))
                options.statuses.append(status);
        }
        options.search = parser.value(searchOption).trimmed();
        if (parser.isSet(limitOption)) {
            bool ok = false;
            const int limit = parser.value(limitOption).toInt(&ok);
            if (!ok || limit < 1 || limit > 1000000)
                return fail(Tr::tr("--limit takes a number of tickets from 1 to 1000000."));
            options.limit = limit;
        }
    }

    if (parser.isSet(exportOption)) {
        options.mode = CommandLineOptions::Mode::Export;
        options.exportFormat = parser.value(exportOption).toLower();
        if (options.list) {
            if (options.exportFormat != u"json" && options.exportFormat != u"csv"
                && options.exportFormat != u"markdown")
                return fail(Tr::tr("--export --list takes json, csv or markdown."));
            if (!options.tickets.isEmpty())
                return fail(Tr::tr("--list exports the ticket list: give no ticket ID with it."));
        } else {
            if (options.exportFormat == u"csv")
                return fail(
                    Tr::tr("csv is for the ticket list: add --list, or export one ticket as "
                           "json or markdown."));
            if (options.exportFormat != u"json" && options.exportFormat != u"markdown")
                return fail(Tr::tr("--export takes json or markdown."));
            if (options.ticket.isEmpty())
                return fail(
                    Tr::tr("--export needs a ticket ID, for example: "
                           "ankra-ticket-viewer --export json "
                           "3f2504e0-4f89-41d3-9a0c-0305e82c3301 (or --list for the list)"));
            if (options.tickets.size() > 1)
                return fail(Tr::tr("--export takes one ticket at a time (got %1).")
                                .arg(options.tickets.size()));
        }
        if (options.demo || !options.screenshotFile.isEmpty())
            return fail(Tr::tr("--export cannot be combined with --demo or --screenshot."));
    } else if (!options.outputFile.isEmpty()) {
        return fail(Tr::tr("--output goes with --export or --download."));
    }
    return options;
}

} // namespace Ankra
