// ankra-ticket-viewer: command line, application setup, window.

#include "core/commandline.h"
#include "core/config.h"
#include "core/exportcommand.h"
#include "core/logredaction.h"
#include "core/terminaltext.h"
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
    QCoreApplication::setOrganizationName(u"Ankra"_s);
    QCoreApplication::setOrganizationDomain(u"ankra.app"_s);
    QCoreApplication::setApplicationName(u"ankra-ticket-viewer"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ANKRA_VERSION));
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
    case Mode::Window:
        break;
    }

    // The token saved in the app (keychain), the app's settings, ANKRA_* and ~/.ankra.yaml.
    Ankra::Credentials credentials(QProcessEnvironment::systemEnvironment(), QDir::homePath());
    const QStringList warningsPrinted = credentials.config().warnings;
    for (const QString &warning : warningsPrinted)
        printLine(stderr, u"ankra-ticket-viewer: "_s + warning);

    if (options.mode == Mode::Export) {
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
        const int code = Ankra::runExport(options, credentials.config(), &errorLine);
        if (code != 0)
            printLine(stderr, u"ankra-ticket-viewer: "_s + errorLine);
        return code;
    }

    return Ankra::runGui(options, credentials);
}
