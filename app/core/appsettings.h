#pragma once

#include "core/config.h"

#include <QString>

class QSettings;

// The app's own connection settings that are not secret, kept in QSettings: the base URL and
// organisation chosen in the settings dialog, and whether a token was saved in the
// keychain (so that startup only asks the keychain when there is something to read).
// The token itself never goes here: QSettings is a plain-text file.

namespace Ankra {

struct AppSettings
{
    QString baseUrl;        // as entered; empty: not set in the app
    QString organisationId; // canonical UUID or empty
    bool tokenInKeychain = false;
    // The origin ("https://host[:port]") the app's token was entered for; it is only sent there.
    QString tokenOrigin;

    // QSettings keys.
    static QString baseUrlKey();
    static QString organisationKey();
    static QString tokenInKeychainKey();
    static QString tokenOriginKey();

    static AppSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    // What Config::load needs from the app; `token` is the keychain's (or this session's) token.
    Config::AppOverrides overrides(const QString &token) const;

    friend bool operator==(const AppSettings &a, const AppSettings &b)
    {
        return a.baseUrl == b.baseUrl && a.organisationId == b.organisationId
               && a.tokenInKeychain == b.tokenInKeychain && a.tokenOrigin == b.tokenOrigin;
    }
    friend bool operator!=(const AppSettings &a, const AppSettings &b) { return !(a == b); }
};

} // namespace Ankra
