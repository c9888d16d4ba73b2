#pragma once

#include "core/commandline.h"
#include "core/config.h"

#include <QSize>
#include <QString>
#include <QStringList>

class QWidget;

// The window side of main(): colour scheme, demo mode, the window, and --screenshot.
// Runs the event loop and returns the process exit code.

namespace Ankra {

class MainWindow;

class Credentials;
class SingleInstance;

// The configuration comes from `credentials` (not started yet): the token saved in the app
// (keychain), the app's settings, ANKRA_* and ~/.ankra.yaml. `instance`, when given, is the
// primary end of the single-instance channel: tickets other starts hand over (and links the
// system opens, QFileOpenEvent) are opened in the window, which then comes to the front.
int runGui(const CommandLineOptions &options, Credentials &credentials,
           SingleInstance *instance = nullptr);

// Opens tickets as given (IDs or links, as typed) in the window, in order; the last one is
// shown. Where the command line, a second start and a link open tickets.
void openTickets(MainWindow *window, const QStringList &tickets);

// Brings the window to the front (unminimised, raised, activated). A Wayland activation
// token handed over by another start lets the compositor allow it.
void raiseWindow(QWidget *window, const QString &activationToken = {});

// Whether the app shows demo data: asked for, or no token to use.
bool wantsDemo(const CommandLineOptions &options, const Config &config);

// QImageWriter's PNG compression (0-100, mapped to zlib levels 0-9): 20 is zlib level 1, which
// writes a window picture several times faster than the default level for about the same size.
inline constexpr int ScreenshotPngCompression = 20;

// Renders the window at its current size into a PNG; on failure returns false and a message.
bool saveWindowImage(MainWindow *window, const QString &fileName, QString *errorMessage);

} // namespace Ankra
