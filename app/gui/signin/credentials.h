#pragma once

#include "core/appsettings.h"
#include "core/config.h"
#include "gui/signin/tokenstore.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace Ankra {

// Where the app's own token and settings live, and the Config they make together with
// ANKRA_* and ~/.ankra.yaml. The token saved in the app is in the keychain (TokenStore) and in
// memory, never in QSettings; when the keychain cannot take it, it is kept for this session only.
// Startup never waits: the keychain is only asked when a token was saved, the Config is usable
// at once, and configChanged() follows when the saved token arrives.
class Credentials final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Credentials)

public:
    enum class AppToken {
        None,        // nothing saved in the app
        Loading,     // a token was saved; the keychain has not answered yet
        Saving,      // entered; the keychain is storing it (already in use)
        Saved,       // in the keychain
        SessionOnly, // entered, but the keychain is unavailable: gone when the app quits
    };
    Q_ENUM(AppToken)

    // `keychainService` other than the app's own is for tests.
    Credentials(const QProcessEnvironment &environment, const QString &homeDir,
                const QString &keychainService, QObject *parent = nullptr);
    Credentials(const QProcessEnvironment &environment, const QString &homeDir,
                QObject *parent = nullptr);
    ~Credentials() override;

    // Reads the saved token from the keychain if there is one (asynchronously).
    void start();

    const Config &config() const { return m_config; }
    // As saved.
    AppSettings settings() const;
    AppToken appTokenState() const { return m_state; }
    bool hasAppToken() const { return !m_appToken.isEmpty(); }
    TokenStore *tokenStore() const { return m_store; }
    bool isKeychainAvailable() const;
    QString keychainProblem() const; // why not, in words; empty while it works

    // The Config that `settings` and `token` would make (empty token: the app's current one),
    // for testing values in the settings dialog before they are saved.
    Config preview(const AppSettings &settings, const QString &token) const;
    bool allowsInsecureHttp() const;

    // Saves the non-secret settings now and, when given, the token in the keychain (it is used
    // at once; tokenSaved() says where it ended up).
    void save(const AppSettings &settings, const std::optional<QString> &token = std::nullopt);
    // Forgets the app's token: from memory at once, from the keychain asynchronously.
    void signOut();

    // One sentence: which token is in use and where it comes from.
    QString tokenSourceText() const;

signals:
    void configChanged(const Ankra::Config &config);
    void appTokenStateChanged(Ankra::Credentials::AppToken state);
    // A token entered in the app was stored: in the keychain, or only for this session.
    void tokenSaved(bool inKeychain);
    // The keychain cannot be used this session; `message` is for a banner.
    void keychainUnavailable(const QString &message);

private:
    QString currentSourceText() const;
    void setState(AppToken state);
    void reload();
    void writeSettings();
    void onRead(TokenStore::Status status, const QString &token, quint64 generation);
    void onWritten(TokenStore::Status status, quint64 generation);
    void reportUnavailable(const QString &message);

    QProcessEnvironment m_environment;
    QString m_homeDir;
    TokenStore *m_store;
    AppSettings m_settings;
    QString m_appToken; // saved in the keychain, or this session's
    AppToken m_state = AppToken::None;
    Config m_config;
    quint64 m_generation = 0; // bumped by every save with a token and by signOut
};

} // namespace Ankra
