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
    // Non-empty: the app has a token saved for this origin ("https://host[:port]"), but the
    // server in use is another one, so that token is not used (and never sent).
    QString withheldTokenOrigin;
    QString error; // non-empty: this configuration cannot be used (bad base URL...)

    bool hasToken() const { return !token.isEmpty(); }

    // What the app itself saved (keychain token, settings); empty fields fall through.
    struct AppOverrides
    {
        QString token;
        QString baseUrl;
        QString organisationId;
        // The origin the token was saved for (originOf() of the base URL in use then). Empty
        // with a token (saved before origins were kept): the saved base URL's, else the
        // default's. The token is only used with a base URL of that origin.
        QString tokenOrigin;
    };

    static Config load(const QProcessEnvironment &env, const QString &homeDir,
                       const AppOverrides &app = {});
    // The base URL a token saved in the app is used with: the saved base URL, else
    // ANKRA_BASE_URL, else the default. Invalid when that text breaks the base-URL rules.
    static QUrl appTokenBaseUrl(const QProcessEnvironment &env, const QString &appBaseUrl);
    // Human text for where the token came from ("ANKRA_API_TOKEN environment variable").
    static QString tokenSourceLabel(TokenSource source);

    Q_DECLARE_TR_FUNCTIONS(Ankra::Config)

private:
    // load() without the check that an app token is only used with its own origin.
    static Config loadUnchecked(const QProcessEnvironment &env, const QString &homeDir,
                                const AppOverrides &app);
};

// "scheme://host[:port]" of a base URL (the port only when not the scheme's default); empty for
// an invalid URL. Two base URLs of the same origin reach the same server.
QString originOf(const QUrl &url);

// The CLI's base-URL rules: trailing '/' trimmed; query, fragment and credentials refused;
// http:// refused except for loopback hosts unless allowInsecureHttp. Returns the cleaned URL, or
// an invalid QUrl and a message in *error.
QUrl validateBaseUrl(const QString &text, bool allowInsecureHttp, QString *error);

// The largest ~/.ankra.yaml that is read (1 MiB); a larger one is ignored with a warning.
inline constexpr qint64 MaxCliConfigBytes = 1024 * 1024;

// Reads at most `maxBytes` + 1 bytes of a regular file (following symlinks) without ever
// blocking: a FIFO, a device (a symlink to /dev/zero), a directory or a socket is refused.
// Returns false with a message in *error when the file cannot be used; *tooLarge is set when
// it holds more than `maxBytes`. On Unix, *permissions gets the st_mode permission bits.
bool readRegularFile(const QString &path, qint64 maxBytes, QByteArray *content, QString *error,
                     bool *tooLarge = nullptr, uint *permissions = nullptr);

// `key: value` pairs of the CLI's flat YAML file (quotes removed, comments ignored).
// Only top-level scalars are read: nested blocks, lists, flow collections, anchors and lines
// that are not `key: value` are skipped, never an error. A later duplicate key wins.
QHash<QString, QString> parseCliConfig(const QByteArray &yaml);

// Whether an environment flag such as ANKRA_ALLOW_INSECURE_HTTP is on: "1", "true" or "yes",
// in any case, surrounding space ignored. Anything else, including empty, is off.
bool isEnvFlagSet(const QString &value);

} // namespace Ankra
