#pragma once

#include <QDateTime>
#include <QString>

// How the app writes a moment: relative ("3 hours ago") with the absolute local time on
// hover, or always absolute for agents who match timestamps against logs and SLAs.

namespace Ankra::TimeFormat {

// "just now", "5 minutes ago", "yesterday", "3 months ago"; `now` is for tests.
QString relative(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
// "4 Mar 2025, 14:03" in local time.
QString absolute(const QDateTime &when);
// Everything, for a tooltip: local long form and UTC ("2025-03-04 13:03:12 UTC").
QString full(const QDateTime &when);
// Both: "3 hours ago · 4 Mar 2025, 14:03"; the absolute form once where the relative one is
// that too (a time ahead of the clock, an unknown time).
QString both(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
// What a label shows: relative or absolute, as the setting says.
QString shown(const QDateTime &when, bool alwaysAbsolute);
// What its tooltip shows: the other form, and the full time.
QString toolTip(const QDateTime &when, bool alwaysAbsolute);

} // namespace Ankra::TimeFormat
