#pragma once

class QDialogButtonBox;

namespace Ankra {

// Save, Cancel and Close in the app's own words: Qt's catalogue for a language may lack them
// (Qt 6.4 ships no qtbase_sv.qm; the older qt_sv.qm predates QPlatformTheme's button texts),
// and a Swedish dialog with an English "Cancel" looks broken. Keeps the accelerators Qt gives.
void translateStandardButtons(QDialogButtonBox *box);

} // namespace Ankra
