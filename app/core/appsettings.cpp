#include "core/appsettings.h"

#include "core/ticketid.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Ankra {

QString AppSettings::baseUrlKey()
{
    return u"connection/baseUrl"_s;
}

QString AppSettings::organisationKey()
{
    return u"connection/organisationId"_s;
}

QString AppSettings::tokenInKeychainKey()
{
    return u"connection/tokenInKeychain"_s;
}

QString AppSettings::tokenOriginKey()
{
    return u"connection/tokenOrigin"_s;
}

AppSettings AppSettings::load(const QSettings &settings)
{
    AppSettings app;
    app.baseUrl = settings.value(baseUrlKey()).toString().trimmed();
    // Config::load warns about a saved value that is not an ID; keep it so that it can.
    app.organisationId = settings.value(organisationKey()).toString().trimmed();
    app.tokenInKeychain = settings.value(tokenInKeychainKey(), false).toBool();
    app.tokenOrigin = settings.value(tokenOriginKey()).toString().trimmed();
    return app;
}

void AppSettings::save(QSettings &settings) const
{
    // Empty values are removed rather than saved empty, so the file shows what was chosen.
    const auto put = [&settings](const QString &key, const QString &value) {
        if (value.trimmed().isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, value.trimmed());
    };
    put(baseUrlKey(), baseUrl);
    const QString canonical = canonicalUuid(organisationId);
    put(organisationKey(), canonical.isEmpty() ? organisationId : canonical);
    put(tokenOriginKey(), tokenOrigin);
    if (tokenInKeychain)
        settings.setValue(tokenInKeychainKey(), true);
    else
        settings.remove(tokenInKeychainKey());
}

Config::AppOverrides AppSettings::overrides(const QString &token) const
{
    return Config::AppOverrides{token, baseUrl, organisationId, tokenOrigin};
}

} // namespace Ankra
