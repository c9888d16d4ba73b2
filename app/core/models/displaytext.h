#pragma once

#include <QDateTime>
#include <QString>

// How the models write values as text, in one place so that every view agrees.

namespace Ankra {

// ISO 8601 in the computer's time zone with its offset ("2025-03-01T11:30:00+02:00", or a
// trailing "Z" where local time is UTC): unambiguous when matched against logs. A dash for an
// invalid time.
QString localIsoText(const QDateTime &dateTime);

// The dash shown for a value the server sent as null.
QString noValueText();

} // namespace Ankra
