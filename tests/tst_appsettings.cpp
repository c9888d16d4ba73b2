// The app's non-secret settings: what is saved, what is removed, and how they feed Config::load.

#include "core/appsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Ankra;
using namespace Qt::StringLiterals;

class TestAppSettings final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaults();
    void roundTrip();
    void emptyValuesAreRemoved();
    void organisationIsCanonical();
    void overridesFeedConfig();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestAppSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(u"settings.ini"_s);
}

void TestAppSettings::defaults()
{
    const QSettings settings(m_file, QSettings::IniFormat);
    const AppSettings app = AppSettings::load(settings);
    QVERIFY(app.baseUrl.isEmpty());
    QVERIFY(app.organisationId.isEmpty());
    QVERIFY(!app.tokenInKeychain);
}

void TestAppSettings::roundTrip()
{
    AppSettings app;
    app.baseUrl = u"https://ankra.example.com"_s;
    app.organisationId = u"1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"_s;
    app.tokenInKeychain = true;
    {
        QSettings settings(m_file, QSettings::IniFormat);
        app.save(settings);
    }
    const QSettings settings(m_file, QSettings::IniFormat);
    QCOMPARE(AppSettings::load(settings), app);
}

void TestAppSettings::emptyValuesAreRemoved()
{
    QSettings settings(m_file, QSettings::IniFormat);
    AppSettings app;
    app.baseUrl = u"https://ankra.example.com"_s;
    app.organisationId = u"1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"_s;
    app.tokenInKeychain = true;
    app.save(settings);
    QVERIFY(settings.contains(AppSettings::baseUrlKey()));
    QVERIFY(settings.contains(AppSettings::tokenInKeychainKey()));

    app.baseUrl = u"  "_s;
    app.organisationId.clear();
    app.tokenInKeychain = false;
    app.save(settings);
    QVERIFY(!settings.contains(AppSettings::baseUrlKey()));
    QVERIFY(!settings.contains(AppSettings::organisationKey()));
    QVERIFY(!settings.contains(AppSettings::tokenInKeychainKey()));
}

void TestAppSettings::organisationIsCanonical()
{
    QSettings settings(m_file, QSettings::IniFormat);
    AppSettings app;
    app.organisationId = u" {1B2C3D4E-5F60-4A7B-8C9D-0E1F2A3B4C5D} "_s;
    app.save(settings);
    QCOMPARE(settings.value(AppSettings::organisationKey()).toString(),
             u"1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"_s);
}

void TestAppSettings::overridesFeedConfig()
{
    AppSettings app;
    app.baseUrl = u"https://ankra.example.com/"_s;
    app.organisationId = u"1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"_s;
    QProcessEnvironment env;
    env.insert(u"ANKRA_API_TOKEN"_s, u"env-token"_s);
    env.insert(u"ANKRA_BASE_URL"_s, u"https://env.example.com"_s);

    const Config withToken = Config::load(env, QString(), app.overrides(u"app-token"_s));
    QCOMPARE(withToken.token, u"app-token"_s);
    QCOMPARE(withToken.tokenSource, TokenSource::App);
    QCOMPARE(withToken.baseUrl, QUrl(u"https://ankra.example.com"_s));
    QCOMPARE(withToken.organisationId, app.organisationId);

    // No token from the keychain (yet): the environment's is used, with the saved base URL.
    const Config withoutToken = Config::load(env, QString(), app.overrides(QString()));
    QCOMPARE(withoutToken.token, u"env-token"_s);
    QCOMPARE(withoutToken.tokenSource, TokenSource::Environment);
    QCOMPARE(withoutToken.baseUrl, QUrl(u"https://ankra.example.com"_s));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
