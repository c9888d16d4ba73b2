#pragma once

#include <QString>

class QAction;
class QMenu;

// Help → Copy Diagnostics and Help → Open Log Folder: the window side of core/diagnostics.h and
// core/logfile.h.

namespace Ankra {

class Credentials;
class MainWindow;

// Adds both actions to `helpMenu`, before `before`.
void addDiagnosticsActions(MainWindow *window, QMenu *helpMenu, QAction *before);

// What Copy Diagnostics puts on the clipboard for `window` (redacted: core/diagnostics.h).
QString diagnosticsText(const MainWindow *window);

// The keychain's state, in words ("unavailable: …", "the app's token is saved there"...).
QString keychainStateText(const Credentials *credentials);

} // namespace Ankra
