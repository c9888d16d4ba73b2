#include "core/diagnostics.h"

#include "core/logfile.h"
#include "core/logredaction.h"

#include <QCoreApplication>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace Ankra {

Diagnostics Diagnostics::collect(const Config &config, const QString &logDirectory)
{
    Diagnostics d;
    d.appVersion = QCoreApplication::applicationVersion();
    if (d.appVersion.isEmpty())
        d.appVersion = QStringLiteral(ANKRA_VERSION);
    d.qtVersion = QString::fromLatin1(qVersion());
    d.qtBuildVersion = QStringLiteral(QT_VERSION_STR);
    d.os = QSysInfo::prettyProductName() + u" ("_s + QSysInfo::kernelType() + u' '
           + QSysInfo::kernelVersion() + u", "_s + QSysInfo::currentCpuArchitecture() + u')';
    d.server = originOf(config.baseUrl);
    d.organisationSet = !config.organisationId.isEmpty();
    d.tokenSource = Config::tokenSourceLabel(config.tokenSource);
    d.logDirectory = logDirectory;
    if (!logDirectory.isEmpty())
        d.logLines = lastLogLines(logDirectory, LogLines);
    d.secret = config.token;
    return d;
}

QString Diagnostics::toText() const
{
    const auto orNone = [](const QString &value) {
        return value.isEmpty() ? u"(none)"_s : value;
    };
    QStringList lines;
    lines << u"Ankra Ticket Viewer diagnostics"_s;
    lines << u"App version: "_s + orNone(appVersion);
    lines << u"Qt: "_s + orNone(qtVersion) + u" (built with "_s + orNone(qtBuildVersion) + u')';
    lines << u"OS: "_s + orNone(os);
    if (!platform.isEmpty())
        lines << u"Qt platform: "_s + platform;
    lines << u"Server: "_s + orNone(server);
    lines << u"Organisation set: "_s + (organisationSet ? u"yes"_s : u"no"_s);
    lines << u"Token source: "_s + orNone(tokenSource); // "Token: X" would read as a secret
    lines << u"Keychain: "_s + orNone(keychain);
    lines << u"Log folder: "_s + (logDirectory.isEmpty() ? u"(no log file)"_s : logDirectory);
    lines << QString();
    lines << u"Last %1 log lines:"_s.arg(logLines.size());
    for (const QString &line : logLines)
        lines << line;

    QString text;
    for (const QString &line : std::as_const(lines)) {
        QString safe = redactSecrets(line);
        // The token in use, even when nobody registered it with the log redaction.
        if (!secret.isEmpty())
            safe.replace(secret, u"[redacted]"_s);
        // Cut after redacting, so that a cut never leaves part of a token behind.
        if (safe.size() > MaxLineLength)
            safe = safe.left(MaxLineLength) + u'\u2026';
        text += safe + u'\n';
    }
    return text;
}

} // namespace Ankra
