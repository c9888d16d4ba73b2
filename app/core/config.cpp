#include "core/config.h"

#include "core/ticketid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>

#include <algorithm>
#include <optional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Ankra {
namespace {

const QString EnvToken = QStringLiteral("ANKRA_API_TOKEN");
const QString EnvBaseUrl = QStringLiteral("ANKRA_BASE_URL");
const QString EnvOrg = QStringLiteral("ANKRA_ORG");
const QString EnvInsecure = QStringLiteral("ANKRA_ALLOW_INSECURE_HTTP");

QString defaultBaseUrl()
{
    return QString::fromUtf16(DefaultBaseUrl);
}

bool isLoopbackHost(const QString &host)
{
    // QUrl has already lower-cased the host and removed the brackets of an IPv6 address.
    if (host == u"localhost")
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString withoutTrailingSlashes(QString path)
{
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

// A path as a shell word, so that the chmod advice can be pasted as it is.
QString shellQuoted(const QString &path)
{
    const bool plain = std::all_of(path.cbegin(), path.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
               || c == u'/' || c == u'.' || c == u'_' || c == u'-' || c == u'~';
    });
    if (plain)
        return path;
    QString quoted = path;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

// ---- ~/.ankra.yaml -------------------------------------------------------------------------

bool isKeyChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
           || c == u'_' || c == u'-' || c == u'.';
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// What follows a closing quote may only be space and a comment.
bool onlyCommentAfter(QStringView rest)
{
    rest = rest.trimmed();
    return rest.isEmpty() || rest.front() == u'#';
}

std::optional<QString> doubleQuoted(QStringView v)
{
    QString out;
    for (qsizetype i = 1; i < v.size(); ++i) {
        const QChar c = v[i];
        if (c == u'"')
            return onlyCommentAfter(v.mid(i + 1)) ? std::optional<QString>(out) : std::nullopt;
        if (c != u'\\') {
            out += c;
            continue;
        }
        if (++i >= v.size())
            return std::nullopt;
        switch (v[i].unicode()) {
        case u'"':
            out += u'"';
            break;
        case u'\\':
            out += u'\\';
            break;
        case u'/':
            out += u'/';
            break;
        case u'n':
            out += u'\n';
            break;
        case u't':
            out += u'\t';
            break;
        case u'r':
            out += u'\r';
            break;
        case u'u': {
            if (i + 4 >= v.size())
                return std::nullopt;
            bool ok = false;
            const ushort code = v.mid(i + 1, 4).toUShort(&ok, 16);
            if (!ok)
                return std::nullopt;
            out += QChar(code);
            i += 4;
            break;
        }
        default:
            return std::nullopt; // an escape this reader does not know: skip the line
        }
    }
    return std::nullopt; // unterminated, or continued on the next line
}

std::optional<QString> singleQuoted(QStringView v)
{
    QString out;
    for (qsizetype i = 1; i < v.size(); ++i) {
        if (v[i] != u'\'') {
            out += v[i];
            continue;
        }
        if (i + 1 < v.size() && v[i + 1] == u'\'') {
            out += u'\'';
            ++i;
            continue;
        }
        return onlyCommentAfter(v.mid(i + 1)) ? std::optional<QString>(out) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<QString> plainScalar(QStringView v)
{
    // Flow collections, anchors, aliases, tags and block scalars are not flat values.
    static const QString notPlain = QStringLiteral("[]{}&*!|>%@`,");
    if (notPlain.contains(v.front()))
        return std::nullopt;
    for (qsizetype i = 1; i < v.size(); ++i) {
        if (v[i] == u'#' && isBlank(v[i - 1])) {
            v = v.left(i);
            break;
        }
    }
    v = v.trimmed();
    // "a: b: c" is not valid YAML; "null" and "~" are null, not text.
    if (v.contains(QLatin1String(": ")) || v.endsWith(u':') || v == u"~" || v == u"null"
        || v == u"Null" || v == u"NULL")
        return std::nullopt;
    return v.toString();
}

struct CliFile
{
    QString path;
    QHash<QString, QString> values;
};

CliFile readCliFile(const QString &homeDir, QStringList *warnings)
{
    CliFile cli;
    if (homeDir.isEmpty())
        return cli;
    cli.path = QDir(homeDir).filePath(QStringLiteral(".ankra.yaml"));
    const QString shown = QDir::toNativeSeparators(cli.path);
    // A dangling symlink counts as "there": it is named in the warning, not silently skipped.
    const QFileInfo info(cli.path);
    if (!info.exists() && !info.isSymLink())
        return cli;
    QByteArray content;
    QString error;
    bool tooLarge = false;
    uint permissions = 0;
    if (!readRegularFile(cli.path, MaxCliConfigBytes, &content, &error, &tooLarge, &permissions)) {
        if (tooLarge) {
            warnings->append(Config::tr("%1 is larger than 1 MiB and was not read; it is not a "
                                        "file written by `ankra login`.")
                                 .arg(shown));
        } else {
            warnings->append(
                Config::tr("Could not read %1 (%2); its token is not used.").arg(shown, error));
        }
        return cli;
    }
    cli.values = parseCliConfig(content);

#ifdef Q_OS_UNIX // Windows has no Unix permission bits.
    // Warned about whenever it holds a token, used by this app or not: the exposure is the
    // same. Group/other write matters too: whoever can edit base-url receives the token.
    if (!cli.values.value(QStringLiteral("token")).trimmed().isEmpty()) {
        const bool readable = permissions & (S_IRGRP | S_IROTH);
        const bool writable = permissions & (S_IWGRP | S_IWOTH);
        const QString fix = QStringLiteral("chmod 600 ") + shellQuoted(shown);
        if (readable && writable) {
            warnings->append(Config::tr("%1 can be read and changed by other users of this "
                                        "computer, and it holds your Ankra token. Run “%2” to "
                                        "make it private.")
                                 .arg(shown, fix));
        } else if (readable) {
            warnings->append(Config::tr("%1 can be read by other users of this computer, and it "
                                        "holds your Ankra token. Run “%2” to make it private.")
                                 .arg(shown, fix));
        } else if (writable) {
            warnings->append(Config::tr("%1 can be changed by other users of this computer, "
                                        "who could redirect your Ankra token. Run “%2” to make "
                                        "it private.")
                                 .arg(shown, fix));
        }
    }
#else
    Q_UNUSED(permissions);
#endif
    return cli;
}

} // namespace

bool readRegularFile(const QString &path, qint64 maxBytes, QByteArray *content, QString *error,
                     bool *tooLarge, uint *permissions)
{
    if (tooLarge)
        *tooLarge = false;
    content->clear();
    const QString notRegular = Config::tr("not a regular file");
#ifdef Q_OS_UNIX
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one;
    // the type is then checked on the open descriptor, so nothing can be swapped in between.
    const QByteArray native = QFile::encodeName(path);
    int fd = -1;
    do {
        fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = notRegular;
        return false;
    }
    if (permissions)
        *permissions = uint(st.st_mode) & 07777u;
    QByteArray buffer;
    buffer.resize(qsizetype(qMin<qint64>(maxBytes + 1, qMax<qint64>(st.st_size + 1, 4096))));
    qint64 total = 0;
    while (total <= maxBytes) {
        if (total == buffer.size())
            buffer.resize(qsizetype(qMin<qint64>(maxBytes + 1, buffer.size() * 2)));
        const ssize_t got = ::read(fd, buffer.data() + total, size_t(buffer.size() - total));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            return false;
        }
        if (got == 0)
            break;
        total += got;
    }
    ::close(fd);
    if (total > maxBytes) {
        if (tooLarge)
            *tooLarge = true;
        *error = Config::tr("larger than %1 bytes").arg(maxBytes);
        return false;
    }
    buffer.truncate(qsizetype(total));
    *content = buffer;
    return true;
#else
    if (permissions)
        *permissions = 0;
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = notRegular;
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    if (file.isSequential()) {
        *error = notRegular;
        return false;
    }
    const QByteArray read = file.read(maxBytes + 1);
    if (read.size() > maxBytes) {
        if (tooLarge)
            *tooLarge = true;
        *error = Config::tr("larger than %1 bytes").arg(maxBytes);
        return false;
    }
    *content = read;
    return true;
#endif
}

QString originOf(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QString();
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1;
    const int port = url.port(defaultPort);
    QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.contains(u':'))
        host = u'[' + host + u']';
    QString origin = scheme + QStringLiteral("://") + host;
    if (port != defaultPort && port != -1)
        origin += u':' + QString::number(port);
    return origin;
}

bool isEnvFlagSet(const QString &value)
{
    const QString v = value.trimmed();
    return v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0
           || v.compare(u"yes", Qt::CaseInsensitive) == 0;
}

QHash<QString, QString> parseCliConfig(const QByteArray &yaml)
{
    QHash<QString, QString> values;
    QString text = QString::fromUtf8(yaml);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    for (QStringView line : QStringView(text).split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        // Indented lines belong to a nested block or continue a value: not ours.
        if (line.isEmpty() || isBlank(line.front()) || line.front() == u'#')
            continue;

        qsizetype colon = 0;
        while (colon < line.size() && isKeyChar(line[colon]))
            ++colon;
        if (colon == 0 || colon >= line.size() || line[colon] != u':')
            continue;
        if (colon + 1 < line.size() && !isBlank(line[colon + 1]))
            continue; // "key:value" is a plain scalar in YAML, not a pair

        const QStringView value = line.mid(colon + 1).trimmed();
        if (value.isEmpty() || value.front() == u'#')
            continue; // null, or the start of a nested block

        std::optional<QString> parsed;
        if (value.front() == u'"')
            parsed = doubleQuoted(value);
        else if (value.front() == u'\'')
            parsed = singleQuoted(value);
        else
            parsed = plainScalar(value);
        if (parsed)
            values.insert(line.left(colon).toString(), *parsed);
    }
    return values;
}

QUrl validateBaseUrl(const QString &text, bool allowInsecureHttp, QString *error)
{
    // The messages never repeat the text itself: it may carry a user name and password.
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QUrl();
    };
    const QString example = defaultBaseUrl();

    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return fail(Config::tr("The base URL is empty. Enter the address of the Ankra service, "
                               "e.g. %1.")
                        .arg(example));
    }
    QUrl url(trimmed, QUrl::TolerantMode);
    if (!url.isValid())
        return fail(Config::tr("The base URL is not a valid URL. Enter it like %1.").arg(example));
    if (url.scheme().isEmpty()) {
        return fail(Config::tr("The base URL must start with https://, e.g. %1.").arg(example));
    }
    if (url.authority(QUrl::FullyEncoded).contains(u'@')) {
        return fail(Config::tr("The base URL must not contain a user name or password. Remove "
                               "the part up to “@”; the app signs in with your API token."));
    }
    if (url.scheme() != u"https" && url.scheme() != u"http") {
        return fail(Config::tr("The base URL must start with https:// (or http:// for this "
                               "computer's own address), e.g. %1.")
                        .arg(example));
    }
    if (url.host().isEmpty()) {
        return fail(Config::tr("The base URL has no host name. Enter it like %1.").arg(example));
    }
    if (url.hasQuery()) {
        return fail(Config::tr("The base URL must not contain a query. Remove the part from "
                               "“?” on, e.g. %1.")
                        .arg(example));
    }
    if (url.hasFragment()) {
        return fail(Config::tr("The base URL must not contain a fragment. Remove the part from "
                               "“#” on, e.g. %1.")
                        .arg(example));
    }
    if (url.scheme() == u"http" && !allowInsecureHttp && !isLoopbackHost(url.host())) {
        return fail(Config::tr("The base URL uses plain http:// for a host other than this "
                               "computer, which would send your token unencrypted. Use "
                               "https://, or set ANKRA_ALLOW_INSECURE_HTTP=1 if you accept that "
                               "risk (http:// is allowed for localhost and 127.0.0.1 without "
                               "it)."));
    }

    url.setPath(withoutTrailingSlashes(url.path(QUrl::FullyEncoded)), QUrl::TolerantMode);
    if (error)
        error->clear();
    return url;
}

QString Config::tokenSourceLabel(TokenSource source)
{
    switch (source) {
    case TokenSource::App:
        return tr("saved in Ankra Ticket Viewer");
    case TokenSource::Environment:
        return tr("ANKRA_API_TOKEN environment variable");
    case TokenSource::CliConfig:
        return tr("~/.ankra.yaml (ankra login)");
    case TokenSource::None:
        break;
    }
    return tr("no token");
}

QUrl Config::appTokenBaseUrl(const QProcessEnvironment &env, const QString &appBaseUrl)
{
    QString text = appBaseUrl.trimmed();
    if (text.isEmpty())
        text = env.value(EnvBaseUrl).trimmed();
    if (text.isEmpty())
        text = defaultBaseUrl();
    return validateBaseUrl(text, isEnvFlagSet(env.value(EnvInsecure)), nullptr);
}

Config Config::load(const QProcessEnvironment &env, const QString &homeDir, const AppOverrides &app)
{
    Config config = loadUnchecked(env, homeDir, app);
    if (config.tokenSource != TokenSource::App || !config.baseUrl.isValid())
        return config;

    // A token saved in the app belongs to the server it was saved for, whatever ANKRA_BASE_URL
    // or a later change of the saved base URL names now.
    QString savedFor = app.tokenOrigin.trimmed();
    if (savedFor.isEmpty()) {
        // Saved before the origin was kept: the base URL saved with it, else the default.
        const QString appBase = app.baseUrl.trimmed();
        savedFor = originOf(
            validateBaseUrl(appBase.isEmpty() ? defaultBaseUrl() : appBase, true, nullptr));
    }
    const QString inUse = originOf(config.baseUrl);
    if (savedFor == inUse)
        return config;

    AppOverrides withoutToken = app;
    withoutToken.token.clear();
    withoutToken.tokenOrigin.clear();
    Config other = loadUnchecked(env, homeDir, withoutToken);
    other.withheldTokenOrigin = savedFor;
    const QString appBase = app.baseUrl.trimmed();
    const QString envBase = env.value(EnvBaseUrl).trimmed();
    QString named;
    if (!appBase.isEmpty())
        named = tr("the base URL saved in Ankra Ticket Viewer");
    else if (!envBase.isEmpty())
        named = tr("ANKRA_BASE_URL");
    else
        named = tr("the default base URL");
    const QString fallback
        = other.hasToken()
              ? tr(" The token from %1 is used instead.").arg(tokenSourceLabel(other.tokenSource))
              : QString();
    other.warnings.prepend(
        tr("The token saved in Ankra Ticket Viewer was saved for %1 and is not sent to the "
           "server that %2 names.%3 To use this server, sign in for it: open Settings and enter "
           "an API token made for it. To use the saved token, go back to %1%4.")
            .arg(savedFor, named, fallback,
                 !appBase.isEmpty()   ? tr(" in Settings")
                 : !envBase.isEmpty() ? tr(" (unset ANKRA_BASE_URL)")
                                      : QString()));
    return other;
}

Config Config::loadUnchecked(const QProcessEnvironment &env, const QString &homeDir,
                             const AppOverrides &app)
{
    Config config;
    config.allowInsecureHttp = isEnvFlagSet(env.value(EnvInsecure));

    const CliFile cli = readCliFile(homeDir, &config.warnings);
    const QString cliShown = QDir::toNativeSeparators(cli.path);

    // Token.
    const QString appToken = app.token.trimmed();
    const QString envToken = env.value(EnvToken).trimmed();
    const QString cliToken = cli.values.value(QStringLiteral("token")).trimmed();
    if (!appToken.isEmpty()) {
        config.token = appToken;
        config.tokenSource = TokenSource::App;
    } else if (!envToken.isEmpty()) {
        config.token = envToken;
        config.tokenSource = TokenSource::Environment;
    } else if (!cliToken.isEmpty()) {
        config.token = cliToken;
        config.tokenSource = TokenSource::CliConfig;
    }

    // Base URL.
    const QString appBase = app.baseUrl.trimmed();
    const QString envBase = env.value(EnvBaseUrl).trimmed();
    QString baseText;
    QString baseOrigin;
    if (config.tokenSource == TokenSource::CliConfig) {
        // A login token belongs to the service that issued it; the CLI never sends it elsewhere.
        baseText = cli.values.value(QStringLiteral("base-url")).trimmed();
        baseOrigin = tr("base-url in %1").arg(cliShown);
        if (baseText.isEmpty()) {
            baseText = defaultBaseUrl();
            baseOrigin = tr("the default base URL");
        }
        const QUrl chosen = validateBaseUrl(baseText, true, nullptr);
        if (!envBase.isEmpty() && validateBaseUrl(envBase, true, nullptr) != chosen) {
            config.warnings.append(tr("ANKRA_BASE_URL is ignored: the token from %1 (ankra "
                                      "login) is only used with that file's base-url, as the "
                                      "ankra command does.")
                                       .arg(cliShown));
        }
        if (!appBase.isEmpty() && validateBaseUrl(appBase, true, nullptr) != chosen) {
            config.warnings.append(tr("The base URL saved in Ankra Ticket Viewer is ignored: the "
                                      "token from %1 (ankra login) is only used with that file's "
                                      "base-url. Sign in in the app to use another service.")
                                       .arg(cliShown));
        }
    } else if (!appBase.isEmpty()) {
        baseText = appBase;
        baseOrigin = tr("the base URL saved in Ankra Ticket Viewer");
    } else if (!envBase.isEmpty()) {
        baseText = envBase;
        baseOrigin = EnvBaseUrl;
    } else {
        baseText = defaultBaseUrl();
        baseOrigin = tr("the default base URL");
    }
    QString urlError;
    config.baseUrl = validateBaseUrl(baseText, config.allowInsecureHttp, &urlError);
    if (!config.baseUrl.isValid())
        config.error = tr("Cannot use %1. %2").arg(baseOrigin, urlError);

    // Organisation.
    const QString appOrg = app.organisationId.trimmed();
    const QString envOrg = env.value(EnvOrg).trimmed();
    if (!appOrg.isEmpty()) {
        config.organisationId = canonicalUuid(appOrg);
        if (config.organisationId.isEmpty()) {
            config.warnings.append(tr("The organisation saved in Ankra Ticket Viewer is not a "
                                      "valid organisation ID and is ignored; choose the "
                                      "organisation again."));
        }
    }
    if (config.organisationId.isEmpty() && !envOrg.isEmpty()) {
        config.organisationId = canonicalUuid(envOrg);
        if (config.organisationId.isEmpty()) {
            // The CLI resolves names with a request; this app only takes the ID. The value is
            // never repeated: it may be a token pasted into the wrong variable.
            config.warnings.append(
                tr("ANKRA_ORG is not an organisation ID, so it is ignored and your default "
                   "organisation is used. Set ANKRA_ORG to the organisation's ID, a UUID of 32 "
                   "hexadecimal digits such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301; names are "
                   "not looked up."));
        }
    }
    return config;
}

} // namespace Ankra
