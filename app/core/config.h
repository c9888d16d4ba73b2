#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

// Where to connect and with which token, following the vendor CLI's conventions
// (shared NOTES.md): ANKRA_API_TOKEN, ANKRA_BASE_URL, ANKRA_ORG, ANKRA_ALLOW_INSECURE_HTTP and
// ~/.ankra.yaml written by `ankra login`.
//
// Precedence (documented in the README):
//   token:    a token saved in the app  >  ANKRA_API_TOKEN  >  `token` in ~/.ankra.yaml
//   base URL: with a token from ~/.ankra.yaml, its `base-url` (never ANKRA_BASE_URL, as the CLI);
//             otherwise the app's saved base URL > ANKRA_BASE_URL > https://platform.ankra.app
//   organisation: the app's saved choice > ANKRA_ORG > none

namespace Ankra {

inline constexpr char16_t DefaultBaseUrl[] = u"https://platform.ankra.app";

enum class TokenSource { None, App, Environment, CliConfig };

struct Config
{
    QUrl baseUrl;  // validated, no trailing slash
    QString token; // never logged, never shown
    TokenSource tokenSource = TokenSource::None;
    QString organisationId; // UUID or empty
    bool allowInsecureHttp = false;
    QStringList warnings; // e.g. "~/.ankra.yaml is readable by other users"
    QString error;        // non-empty: this configuration cannot be used (bad base URL...)

    bool hasToken() const { return !token.isEmpty(); }

    // What the app itself saved (keychain token, settings); empty fields fall through.
    struct AppOverrides
    {
        QString token;
        QString baseUrl;
        QString organisationId;
    };

    static Config load(const QProcessEnvironment &env, const QString &homeDir,
                       const AppOverrides &app = {});
    // Human text for where the token came from ("ANKRA_API_TOKEN environment variable").
    static QString tokenSourceLabel(TokenSource source);

    Q_DECLARE_TR_FUNCTIONS(Ankra::Config)
};

// The CLI's base-URL rules: trailing '/' trimmed; query, fragment and credentials refused;
// http:// refused except for loopback hosts unless allowInsecureHttp. Returns the cleaned URL, or
// an invalid QUrl and a message in *error.
QUrl validateBaseUrl(const QString &text, bool allowInsecureHttp, QString *error);

// `key: value` pairs of the CLI's flat YAML file (quotes removed, comments ignored).
// Only top-level scalars are read: nested blocks, lists, flow collections, anchors and lines
// that are not `key: value` are skipped, never an error. A later duplicate key wins.
QHash<QString, QString> parseCliConfig(const QByteArray &yaml);

// Whether an environment flag such as ANKRA_ALLOW_INSECURE_HTTP is on: "1", "true" or "yes",
// in any case, surrounding space ignored. Anything else, including empty, is off.
bool isEnvFlagSet(const QString &value);

} // namespace Ankra
