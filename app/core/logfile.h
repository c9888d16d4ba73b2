#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

// The app's own log file, for the agent to hand over when something goes wrong: every message
// that passes the logging filters, after the redacting message handler (logredaction.h) has
// taken the token and anything token-like out, appended to a file in the user's data folder.
// The file is created user-only (0600), capped in size and rotated (a few older files kept).

namespace Ankra {

inline constexpr qint64 DefaultLogFileMaxBytes = 1024 * 1024; // per file
inline constexpr int DefaultLogFilesKept = 2;                 // rotated files besides the current

// Filter rules for the app's own categories (ankra.*), never Qt's: debug output with --verbose,
// none without (Qt would otherwise print every category's debug lines by default).
inline constexpr char VerboseLoggingRules[] = "ankra.*.debug=true";
inline constexpr char QuietLoggingRules[] = "ankra.*.debug=false";

// <AppLocalDataLocation>/logs, e.g. ~/.local/share/Ankra/ankra-ticket-viewer/logs on Linux.
// Needs the application and organisation names set.
QString defaultLogDirectory();
// The current file in `directory` (ankra-ticket-viewer.log); rotated ones end in .1, .2 ...
QString logFilePath(const QString &directory);

// Creates `directory` if needed, opens the log file in it (appending, user-only) and routes the
// redacting message handler's output there too; installs that handler if it is not yet. A file
// that already holds `maxBytes` or more is rotated first. Returns false with a reason when the
// file cannot be opened (the app logs on without it). Calling it again moves the log elsewhere.
bool openLogFile(const QString &directory, qint64 maxBytes = DefaultLogFileMaxBytes,
                 int keep = DefaultLogFilesKept, QString *error = nullptr);
// Stops writing the log file (messages still reach the previous handler).
void closeLogFile();
// The folder of the open log file; empty when none is open.
QString logDirectory();

// The last `count` lines of the log in `directory`, oldest first, across the current file and
// the rotated ones as needed. Read from the files, so lines of earlier runs count too.
QStringList lastLogLines(const QString &directory, int count);

// Sets VerboseLoggingRules or QuietLoggingRules as the logging filter's rules (QT_LOGGING_RULES
// and QT_LOGGING_CONF still have the last word).
void setVerboseLogging(bool verbose);

} // namespace Ankra
