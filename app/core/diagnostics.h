#pragma once

#include "core/config.h"

#include <QString>
#include <QStringList>

// The text of Help → Copy Diagnostics: what a support engineer needs to know about this copy of
// the app (versions, system, which server, the keychain, the last log lines) and nothing that
// is a secret. Every line goes through the log redaction, and the token of the configuration is
// taken out by value on top of that, wherever it turns up.

namespace Ankra {

struct Diagnostics
{
    static constexpr int LogLines = 50;
    static constexpr int MaxLineLength = 2000; // longer lines are cut (after redaction)

    QString appVersion;
    QString qtVersion;      // at run time
    QString qtBuildVersion; // compiled against
    QString os;             // QSysInfo: product, kernel, CPU
    QString platform;       // the Qt platform plugin (set by the GUI; empty without one)
    QString server;         // origin of the base URL: scheme, host and port, never a path
    bool organisationSet = false;
    QString tokenSource;  // where the token comes from, in words; never the token
    QString keychain;     // the keychain's state, in words (set by the GUI)
    QString logDirectory; // empty: no log file
    QStringList logLines; // the last ones, oldest first
    QString secret;       // the token in use: removed from the text, never written

    // Everything Qt Core and `config` know; the log lines from `logDirectory` when given.
    static Diagnostics collect(const Config &config, const QString &logDirectory);

    // Plain text, one fact per line, then the log lines; redacted.
    QString toText() const;
};

} // namespace Ankra
