#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

// The command line of ankra-ticket-viewer, parsed without any GUI so that --help, --version and
// --export work on a machine with no display.

namespace Ankra {

struct CommandLineOptions
{
    enum class Mode { Window, Export, Download, Help, Version, Error };
    enum class ColorScheme { System, Light, Dark };

    Mode mode = Mode::Window;
    QStringList tickets;     // as typed, in order; validated later with TicketId::fromUserInput
    QString ticket;          // --export's one ticket (the first of `tickets`)
    QString exportFormat;    // "json" or "markdown"; "csv" too with --list
    // --export … --list: the matching tickets instead of one ticket.
    bool list = false;
    QStringList statuses;    // --status, repeatable (wire names); empty: every status
    QString search;          // --search: text in the subject (the API's q)
    int limit = 1000;        // --limit: at most this many tickets
    QString outputFile;      // empty: standard output (--download: the folder; empty: current)
    QStringList attachments; // --download: IDs or exact filenames after the ticket
    bool demo = false;
    QString screenshotFile; // non-empty: render the window to this PNG and exit
    QSize screenshotSize{1280, 860};
    ColorScheme colorScheme = ColorScheme::System;
    bool verbose = false; // --verbose: debug logging of the app's categories (logfile.h)
    QString errorMessage; // Mode::Error
    QString helpText;     // Mode::Help
};

// Whether these arguments need a QApplication (a window) or a QCoreApplication is enough.
bool commandLineNeedsGui(const QStringList &arguments);

CommandLineOptions parseCommandLine(const QStringList &arguments);

} // namespace Ankra
