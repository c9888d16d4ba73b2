#pragma once

#include <QDateTime>
#include <QString>

// How the models write values as text, in one place so that every view agrees.

namespace Ankra {

// ISO 8601 in the computer's time zone with its offset ("2025-03-01T11:30:00+02:00", or a
// trailing "Z" where local time is UTC): unambiguous when matched against logs. A dash for an
// invalid time.
QString localIsoText(const QDateTime &dateTime);

// A server-sent name as plain text with what would hide or reorder characters made visible:
// bidi controls (U+202E turns "invoice\u202Egpj.exe" into what reads as a picture), zero-width
// and other invisible format characters, and control characters each become "\u27E8U+202E\u27E9".
QString visibleText(const QString &text);

// The dash shown for a value the server sent as null.
QString noValueText();

} // namespace Ankra
