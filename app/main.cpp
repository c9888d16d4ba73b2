// ankra-ticket-viewer: command line, application setup, window.

#include "core/apierror.h"
#include "core/commandline.h"
#include "core/config.h"
#include "core/download/downloadcommand.h"
#include "core/exportcommand.h"
#include "core/logfile.h"
#include "core/logredaction.h"
#include "core/singleinstance.h"
#include "core/startuptimeline.h"
#include "core/terminaltext.h"
#include "core/ticketid.h"
#include "core/translations.h"
#include "gui/guiapp.h"
#include "gui/signin/credentials.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QProcessEnvironment>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Every line the app prints itself: messages quote server text (an error's detail), which must
// not drive the terminal.
void printLine(FILE *stream, const QString &text)
{
    std::fputs(qUtf8Printable(Ankra::withVisibleControls(text) + u'\n'), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    Ankra::StartupTimeline::begin();
    // Before anything can log: no token-like text reaches a log line.
    Ankra::installRedactingMessageHandler();

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // --help, --version and --export must work without a display.
    const bool gui = Ankra::commandLineNeedsGui(arguments);
    std::unique_ptr<QCoreApplication> app;
    if (gui)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    Ankra::StartupTimeline::mark("application");
    QCoreApplication::setOrganizationName(u"Ankra"_s);
    QCoreApplication::setOrganizationDomain(u"ankra.app"_s);
    QCoreApplication::setApplicationName(u"ankra-ticket-viewer"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ANKRA_VERSION));
    // Before the first translated text (the help text, the display name): the language of
    // Settings, else the system's.
    Ankra::Translations::install(Ankra::Translations::savedLanguage());
    if (gui) {
        QGuiApplication::setApplicationDisplayName(QApplication::tr("Ankra Ticket Viewer"));
        QGuiApplication::setDesktopFileName(QStringLiteral(ANKRA_APP_ID));
    }

    const Ankra::CommandLineOptions options = Ankra::parseCommandLine(arguments);
    using Mode = Ankra::CommandLineOptions::Mode;
    switch (options.mode) {
    case Mode::Help:
        printLine(stdout, options.helpText);
        return 0;
    case Mode::Version:
        printLine(stdout, u"ankra-ticket-viewer "_s + QCoreApplication::applicationVersion());
        return 0;
    case Mode::Error:
        printLine(stderr, u"ankra-ticket-viewer: "_s + options.errorMessage);
        printLine(stderr, QCoreApplication::translate("main", "Run with --help for usage."));
        return 1;
    case Mode::Export:
    case Mode::Download:
    case Mode::Window:
        break;
    }

    // The app's own log in the user's data folder (Help → Open Log Folder), redacted by the
    // handler above; --verbose adds the app's debug messages to it and to stderr.
    Ankra::setVerboseLogging(options.verbose);
    QString logError;
    if (!Ankra::openLogFile(Ankra::defaultLogDirectory(), Ankra::DefaultLogFileMaxBytes,
                            Ankra::DefaultLogFilesKept, &logError))
        printLine(stderr, u"ankra-ticket-viewer: no log file: "_s + logError);

    // One window per user: a start with a window to show first offers its tickets to a window
    // that is already running (with none, that window only comes to the front) and ends here.
    // --screenshot and --export never hand over.
    std::unique_ptr<Ankra::SingleInstance> instance;
    if (options.mode == Mode::Window && options.screenshotFile.isEmpty()) {
        QStringList ids;
        QStringList errors;
        for (const QString &ticket : options.tickets) {
            QString error;
            const Ankra::TicketId id = Ankra::TicketId::fromUserInput(ticket, &error);
            if (id.isValid())
                ids << id.toString();
            else
                errors << error;
        }
        instance = std::make_unique<Ankra::SingleInstance>();
        const auto role = instance->start(ids, qEnvironmentVariable("XDG_ACTIVATION_TOKEN"));
        if (role == Ankra::SingleInstance::Role::HandedOver) {
            for (const QString &error : std::as_const(errors))
                printLine(stderr, u"ankra-ticket-viewer: "_s + error);
            return errors.isEmpty() ? 0
                                    : Ankra::ApiError{Ankra::ApiError::Kind::InvalidTicketId, 0,
                                                      errors.constFirst(), -1}
                                          .exitCode();
        }
        if (role != Ankra::SingleInstance::Role::Primary)
            instance.reset(); // no channel: this window stands alone
    }

    // The token saved in the app (keychain), the app's settings, ANKRA_* and ~/.ankra.yaml.
    Ankra::Credentials credentials(QProcessEnvironment::systemEnvironment(), QDir::homePath());
    const QStringList warningsPrinted = credentials.config().warnings;
    for (const QString &warning : warningsPrinted)
        printLine(stderr, u"ankra-ticket-viewer: "_s + warning);

    if (options.mode == Mode::Export || options.mode == Mode::Download) {
        // No window to keep responsive: wait for the keychain here (it is time-limited).
        QObject::connect(&credentials, &Ankra::Credentials::keychainUnavailable, app.get(),
                         [](const QString &message) {
                             printLine(stderr, u"ankra-ticket-viewer: "_s + message);
                         });
        credentials.start();
        if (credentials.appTokenState() == Ankra::Credentials::AppToken::Loading) {
            QEventLoop loop;
            QObject::connect(&credentials, &Ankra::Credentials::appTokenStateChanged, &loop,
                             &QEventLoop::quit);
            loop.exec();
            // The saved token may have changed what there is to say (a token saved for
            // another server is not used): print what was not printed yet.
            const QStringList before = warningsPrinted;
            for (const QString &warning : credentials.config().warnings) {
                if (!before.contains(warning))
                    printLine(stderr, u"ankra-ticket-viewer: "_s + warning);
            }
        }
        QString errorLine;
        const int code = options.mode == Mode::Download
                             ? Ankra::runDownload(options, credentials.config(), &errorLine)
                             : Ankra::runExport(options, credentials.config(), &errorLine);
        if (code != 0)
            printLine(stderr, u"ankra-ticket-viewer: "_s + errorLine);
        return code;
    }

    return Ankra::runGui(options, credentials, instance.get());
}
