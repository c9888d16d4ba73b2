#pragma once

class QLineEdit;

// Names for what Qt's own widgets leave unnamed for screen readers.

namespace Ankra::AccessibleNames {

// The clear button of a line edit with clearButtonEnabled is an unnamed icon: "Clear <name>".
// Call after setClearButtonEnabled(true) (setupUi).
void nameClearButton(QLineEdit *edit);

} // namespace Ankra::AccessibleNames
