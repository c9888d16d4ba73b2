#include "gui/signin/credentials.h"

#include "core/logredaction.h"

#include <QLoggingCategory>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Ankra {
namespace {

Q_LOGGING_CATEGORY(lcCredentials, "ankra.credentials")

} // namespace

Credentials::Credentials(const QProcessEnvironment &environment, const QString &homeDir,
                         QObject *parent)
    : Credentials(environment, homeDir, TokenStore::serviceName(), parent)
{}

Credentials::Credentials(const QProcessEnvironment &environment, const QString &homeDir,
                         const QString &keychainService, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_homeDir(homeDir)
    , m_store(new TokenStore(keychainService, this))
{
    const QSettings settings;
    m_settings = AppSettings::load(settings);
    reload();
}

Credentials::~Credentials() = default;

void Credentials::start()
{
    if (!m_settings.tokenInKeychain || m_state != AppToken::None)
        return; // nothing saved: the keychain is not even asked (no unlock prompt for nothing)
    setState(AppToken::Loading);
    const quint64 generation = m_generation;
    // One-shot: a later read (there is none today) must not run this again.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection
        = connect(m_store, &TokenStore::readFinished, this,
                  [this, generation, connection](TokenStore::Status status, const QString &token) {
                      disconnect(*connection);
                      onRead(status, token, generation);
                  });
    m_store->read();
}

AppSettings Credentials::settings() const
{
    return m_settings;
}

bool Credentials::isKeychainAvailable() const
{
    return m_store->isAvailable();
}

QString Credentials::keychainProblem() const
{
    return m_store->unavailableReason();
}

bool Credentials::allowsInsecureHttp() const
{
    return isEnvFlagSet(m_environment.value(u"ANKRA_ALLOW_INSECURE_HTTP"_s));
}

Config Credentials::preview(const AppSettings &settings, const QString &token) const
{
    const bool entered = !token.trimmed().isEmpty();
    const QString use = entered ? token.trimmed() : m_appToken;
    AppSettings effective = settings;
    // A token entered now is saved for the server these settings name; one already saved
    // keeps the server it was saved for.
    effective.tokenOrigin = entered
                                ? originOf(Config::appTokenBaseUrl(m_environment, settings.baseUrl))
                                : m_settings.tokenOrigin;
    return Config::load(m_environment, m_homeDir, effective.overrides(use));
}

void Credentials::save(const AppSettings &settings, const std::optional<QString> &token)
{
    const bool keychainFlag = m_settings.tokenInKeychain;
    const QString tokenOrigin = m_settings.tokenOrigin;
    m_settings = settings;
    m_settings.tokenInKeychain = keychainFlag; // only the keychain's answer changes it
    m_settings.tokenOrigin = tokenOrigin;      // only a new token changes it

    if (token && !token->trimmed().isEmpty()) {
        const quint64 generation = ++m_generation;
        m_appToken = token->trimmed();
        // The token belongs to the server it was entered for, whatever ANKRA_BASE_URL or the
        // saved base URL say later.
        m_settings.tokenOrigin
            = originOf(Config::appTokenBaseUrl(m_environment, m_settings.baseUrl));
        registerSecret(m_appToken);
        setState(AppToken::Saving);
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_store, &TokenStore::writeFinished, this,
                              [this, generation, connection](TokenStore::Status status) {
                                  disconnect(*connection);
                                  onWritten(status, generation);
                              });
        m_store->write(m_appToken);
    }
    writeSettings();
    reload();
}

void Credentials::signOut()
{
    ++m_generation; // a write or read still running no longer decides anything
    m_appToken.clear();
    m_settings.tokenInKeychain = false;
    m_settings.tokenOrigin.clear();
    writeSettings();
    setState(AppToken::None);
    // Always asked, even with no flag: it also clears a token orphaned by an earlier failure.
    // Queued behind any write still running, so that write cannot bring the token back.
    m_store->remove();
    reload();
}

QString Credentials::tokenSourceText() const
{
    if (!m_config.withheldTokenOrigin.isEmpty()) {
        const QString withheld
            = tr("The token saved in this app was saved for %1 and is not sent to this server; "
                 "enter an API token made for this server to sign in here.")
                  .arg(m_config.withheldTokenOrigin);
        return m_config.hasToken() ? currentSourceText() + u' ' + withheld : withheld;
    }
    return currentSourceText();
}

QString Credentials::currentSourceText() const
{
    switch (m_config.tokenSource) {
    case TokenSource::App:
        switch (m_state) {
        case AppToken::Saving:
            return tr("In use: the token entered in this app (being saved in the system "
                      "keychain).");
        case AppToken::SessionOnly:
            return tr("In use: the token entered in this app, kept for this session only "
                      "because the system keychain is unavailable.");
        case AppToken::Saved:
        case AppToken::Loading:
        case AppToken::None:
            break;
        }
        return tr("In use: the token saved in this app (in the system keychain).");
    case TokenSource::Environment:
        return tr("In use: the token from the ANKRA_API_TOKEN environment variable.");
    case TokenSource::CliConfig:
        return tr("In use: the token from ~/.ankra.yaml, saved by `ankra login`.");
    case TokenSource::None:
        break;
    }
    if (m_state == AppToken::Loading)
        return tr("Reading the token saved in this app from the system keychain…");
    return tr("No API token is set up.");
}

void Credentials::setState(AppToken state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit appTokenStateChanged(state);
}

void Credentials::reload()
{
    const Config previous = m_config;
    m_config = Config::load(m_environment, m_homeDir, m_settings.overrides(m_appToken));
    registerSecret(m_config.token);
    const bool changed
        = previous.token != m_config.token || previous.tokenSource != m_config.tokenSource
          || previous.baseUrl != m_config.baseUrl
          || previous.organisationId != m_config.organisationId || previous.error != m_config.error
          || previous.warnings != m_config.warnings;
    if (changed)
        emit configChanged(m_config);
}

void Credentials::writeSettings()
{
    QSettings settings;
    m_settings.save(settings);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        qCWarning(lcCredentials, "could not write the settings file %s",
                  qUtf8Printable(settings.fileName()));
}

void Credentials::onRead(TokenStore::Status status, const QString &token, quint64 generation)
{
    if (generation != m_generation)
        return; // saved or signed out meanwhile: that decision stands
    switch (status) {
    case TokenStore::Status::Ok:
        if (!token.trimmed().isEmpty()) {
            m_appToken = token.trimmed();
            registerSecret(m_appToken);
            setState(AppToken::Saved);
            reload();
            return;
        }
        Q_FALLTHROUGH();
    case TokenStore::Status::NotFound:
        // Removed outside the app (a keyring manager): stop asking at every start.
        m_settings.tokenInKeychain = false;
        writeSettings();
        setState(AppToken::None);
        return;
    case TokenStore::Status::Unavailable:
    case TokenStore::Status::Failed:
        // The flag stays: next time the keychain may answer.
        setState(AppToken::None);
        reload();
        reportUnavailable(
            m_config.hasToken()
                ? tr("Keychain unavailable — the token saved in this app could not be read, "
                     "so the token from %1 is used. Enter a token in Settings to use it for "
                     "this session.")
                      .arg(Config::tokenSourceLabel(m_config.tokenSource))
                : tr("Keychain unavailable — the token saved in this app could not be read. "
                     "Enter it in Settings to use it for this session."));
        return;
    }
}

void Credentials::onWritten(TokenStore::Status status, quint64 generation)
{
    if (generation != m_generation)
        return;
    const bool stored = status == TokenStore::Status::Ok;
    // Without the flag a token left in the keychain from before is not read at the next start:
    // the latest token entered wins, even when it could only be kept for this session.
    m_settings.tokenInKeychain = stored;
    writeSettings();
    setState(stored ? AppToken::Saved : AppToken::SessionOnly);
    emit tokenSaved(stored);
    if (status == TokenStore::Status::Unavailable)
        reportUnavailable(tr("Keychain unavailable — the token is kept for this session only."));
    else if (!stored)
        reportUnavailable(tr("The keychain did not store the token — it is kept for this "
                             "session only."));
}

void Credentials::reportUnavailable(const QString &message)
{
    qCInfo(lcCredentials, "keychain unavailable: %s", qUtf8Printable(m_store->unavailableReason()));
    emit keychainUnavailable(message);
}

} // namespace Ankra
