// The window with a keychain that never answers (a private D-Bus session whose Secret Service
// takes every call and replies to none, like a keyring waiting on an unlock prompt nobody
// sees): the window appears and loads tickets while the keychain is still being asked; after
// the time limit it says the keychain is unavailable, and a token saved then is kept for this
// session only, at once.

#include "core/apiclient.h"
#include "core/preferences.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/mainwindow.h"
#include "gui/signin/credentials.h"
#include "gui/widgets/messagebanner.h"
#include "support/fakeankraserver.h"
#include "support/isolatedmain.h"
#include "support/offscreennoise.h"
#include "support/secretservicebus.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

const QString Service = u"app.ankra.TicketViewer.test"_s;
const QString TicketA = u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"_s;
const QString EnvToken = u"ankra_tok_EnvHung_a1b2c3d4e5f6"_s;
constexpr int TimeoutMs = 2000;

} // namespace

class TestSignInHung final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void windowWorksWhileKeychainHangs();

private:
    PrivateSessionBus m_bus;
    std::unique_ptr<SilentSecretService> m_service;
};

void TestSignInHung::initTestCase()
{
    Test::quietOffscreenPlatform();
    QString error;
    if (!m_bus.start(&error)) {
        // QTest::qSkip, not QSKIP: Qt 6.4's variadic QSKIP trips clang's -Wpedantic.
        QTest::qSkip(qPrintable(u"no private D-Bus session bus for this test: "_s + error),
                     __FILE__, __LINE__);
        return;
    }
    m_service = std::make_unique<SilentSecretService>();
    QVERIFY2(m_service->start(m_bus.address(), &error), qPrintable(error));
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.address().toUtf8());
}

void TestSignInHung::windowWorksWhileKeychainHangs()
{
    FakeAnkraServer server;
    QVERIFY(server.listen());
    server.setExpectedToken(EnvToken.toLatin1());
    server.addTicket(TicketA, sampleTicketJson(TicketA, u"Printer on fire"_s));
    QProcessEnvironment env;
    env.insert(u"ANKRA_API_TOKEN"_s, EnvToken);
    env.insert(u"ANKRA_BASE_URL"_s, server.baseUrl().toString());

    QSettings().setValue(AppSettings::tokenInKeychainKey(), true); // saved in a past session
    Credentials credentials(env, qEnvironmentVariable("XDG_CONFIG_HOME"), Service);
    credentials.tokenStore()->setTimeout(TimeoutMs);
    ApiClient client;
    Preferences preferences;
    MainWindow window(&client, &preferences, credentials.config());
    window.setCredentials(&credentials);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QSignalSpy asked(m_service.get(), &SilentSecretService::called);
    QSignalSpy unavailable(&credentials, &Credentials::keychainUnavailable);
    credentials.start();
    QCOMPARE(credentials.appTokenState(), Credentials::AppToken::Loading);
    QVERIFY(asked.wait(10000)); // the keychain has the question and sits on it

    // The window works meanwhile: a ticket loads with the environment's token.
    QSignalSpy shown(&window, &MainWindow::ticketShown);
    window.openTicket(TicketA);
    QVERIFY(shown.wait(10000));
    QCOMPARE(credentials.appTokenState(), Credentials::AppToken::Loading);
    QVERIFY(unavailable.isEmpty());
    QCOMPARE(window.windowTitle(), u"Printer on fire"_s);

    // Then the time limit ends the wait, quietly.
    QVERIFY(unavailable.wait(10000));
    QCOMPARE(credentials.appTokenState(), Credentials::AppToken::None);
    QVERIFY(!credentials.isKeychainAvailable());
    auto *banner = window.findChild<MessageBanner *>(u"keychainBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(u"Keychain unavailable"_s), qPrintable(banner->text()));
    QCOMPARE(window.config().token, EnvToken);

    // Settings says so, and a token saved now is kept for the session without asking again.
    window.showSettings();
    auto *keychainLabel = window.settingsDialog()->findChild<QLabel *>(u"keychainLabel"_s);
    QVERIFY2(keychainLabel->text().contains(u"session only"_s), qPrintable(keychainLabel->text()));
    window.settingsDialog()->reject();
    const int calls = m_service->callCount();
    QSignalSpy saved(&credentials, &Credentials::tokenSaved);
    credentials.save(credentials.settings(), u"ankra_tok_LaterHung_99aa88bb"_s);
    QVERIFY(saved.wait(1000));
    QCOMPARE(saved.constFirst().at(0).toBool(), false);
    QCOMPARE(credentials.appTokenState(), Credentials::AppToken::SessionOnly);
    QCOMPARE(m_service->callCount(), calls);
}

ANKRA_ISOLATED_GUI_TEST_MAIN(TestSignInHung)

#include "tst_signin_hung.moc"
