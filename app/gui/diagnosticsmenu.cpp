#include "gui/diagnosticsmenu.h"

#include "core/diagnostics.h"
#include "core/logfile.h"
#include "gui/mainwindow.h"
#include "gui/signin/credentials.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QMenu>
#include <QStatusBar>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

// The translation context of this file's functions (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ankra::DiagnosticsMenu)
};

// The open log's folder; without one (tests, an unwritable data folder) where it would be.
QString logFolder()
{
    const QString open = logDirectory();
    return open.isEmpty() ? defaultLogDirectory() : open;
}

} // namespace

QString keychainStateText(const Credentials *credentials)
{
    if (!credentials)
        return u"not used by this window"_s;
    using AppToken = Credentials::AppToken;
    if (!credentials->isKeychainAvailable()) {
        const QString problem = credentials->keychainProblem();
        return u"unavailable"_s + (problem.isEmpty() ? QString() : u": "_s + problem)
               + (credentials->appTokenState() == AppToken::SessionOnly
                      ? u" (the app's token is kept for this session only)"_s
                      : QString());
    }
    switch (credentials->appTokenState()) {
    case AppToken::None:
        return u"not asked (no token saved in the app)"_s;
    case AppToken::Loading:
        return u"asked for the saved token, no answer yet"_s;
    case AppToken::Saving:
        return u"storing the app's token"_s;
    case AppToken::Saved:
        return u"available, the app's token is saved there"_s;
    case AppToken::SessionOnly:
        return u"did not take the token: kept for this session only"_s;
    }
    return {};
}

QString diagnosticsText(const MainWindow *window)
{
    Diagnostics diagnostics = Diagnostics::collect(window->config(), logDirectory());
    diagnostics.platform = QGuiApplication::platformName();
    diagnostics.keychain = keychainStateText(window->credentials());
    if (window->isDemo())
        diagnostics.server += u" (showing demo data from inside the app)"_s;
    return diagnostics.toText();
}

void addDiagnosticsActions(MainWindow *window, QMenu *helpMenu, QAction *before)
{
    auto *copy = new QAction(Tr::tr("Copy &Diagnostics"), window);
    copy->setObjectName(u"actionCopyDiagnostics"_s);
    copy->setToolTip(Tr::tr("Copy the app's versions, system, server, keychain state and last log "
                            "lines (never the token), to paste into a support request"));
    QObject::connect(copy, &QAction::triggered, window, [window] {
        QGuiApplication::clipboard()->setText(diagnosticsText(window));
        window->statusBar()->showMessage(
            Tr::tr("Diagnostics copied. They hold no token; paste them into your support request."),
            8000);
    });

    auto *open = new QAction(Tr::tr("Open &Log Folder"), window);
    open->setObjectName(u"actionOpenLogFolder"_s);
    open->setToolTip(Tr::tr("Show the folder with the app's log files"));
    QObject::connect(open, &QAction::triggered, window, [window] {
        const QString folder = logFolder();
        QDir().mkpath(folder);
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
            window->statusBar()->showMessage(
                Tr::tr("Could not open the log folder: %1").arg(QDir::toNativeSeparators(folder)),
                8000);
    });

    helpMenu->insertAction(before, copy);
    helpMenu->insertAction(before, open);
    helpMenu->insertSeparator(before);
}

} // namespace Ankra
