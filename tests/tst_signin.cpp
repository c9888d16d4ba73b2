// The window with no keychain at all (the session bus address points nowhere): it appears and
// loads tickets with the environment's token, says the keychain is unavailable, and a token
// entered in Settings (Ctrl+,) is used at once and kept for this session only — in no file.

#include "core/apiclient.h"
#include "core/demoserver.h"
#include "core/preferences.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/mainwindow.h"
#include "gui/signin/credentials.h"
#include "gui/widgets/messagebanner.h"
#include "support/fakeankraserver.h"
#include "support/isolatedmain.h"
#include "support/offscreennoise.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
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
const QString EnvToken = u"ankra_tok_EnvSignIn_1a2b3c4d5e6f"_s;
const QString EnteredToken = u"ankra_tok_EnteredSignIn_6f5e4d3c2b1a"_s;

// Every file under `dir` that contains `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

} // namespace

class TestSignIn final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void windowWorksWithoutKeychain();
    void settingsShortcutOpensDialog();
    void tokenEnteredInSettingsIsUsedForSessionOnly();
    void signOutFallsBackToEnvironment();
    void tokenArrivingEndsDemo();

private:
    void makeWindow(const QProcessEnvironment &env);
    bool loadTicket();

    QString m_configDir;
    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<Credentials> m_credentials;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<MainWindow> m_window;
};

void TestSignIn::initTestCase()
{
    Test::quietOffscreenPlatform();
    m_configDir = qEnvironmentVariable("XDG_CONFIG_HOME");
    QVERIFY(QSettings().fileName().startsWith(m_configDir));
}

void TestSignIn::init()
{
    QSettings().clear();
    m_server = std::make_unique<FakeAnkraServer>();
    QVERIFY(m_server->listen());
    m_server->addTicket(TicketA, sampleTicketJson(TicketA, u"Printer on fire"_s));
}

void TestSignIn::cleanup()
{
    m_window.reset();
    m_preferences.reset();
    m_client.reset();
    m_credentials.reset();
    m_server.reset();
    QSettings().clear();
}

void TestSignIn::makeWindow(const QProcessEnvironment &env)
{
    m_credentials = std::make_unique<Credentials>(env, m_configDir, Service);
    m_client = std::make_unique<ApiClient>();
    m_preferences = std::make_unique<Preferences>();
    m_window = std::make_unique<MainWindow>(m_client.get(), m_preferences.get(),
                                            m_credentials->config());
    m_window->setCredentials(m_credentials.get());
}

bool TestSignIn::loadTicket()
{
    QSignalSpy shown(m_window.get(), &MainWindow::ticketShown);
    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    m_window->openTicket(TicketA);
    if (!QTest::qWaitFor([&] { return shown.count() + failed.count() > 0; }, 10000))
        return false;
    return shown.count() == 1;
}

// A token was saved in an earlier session, but no keychain answers this time.
void TestSignIn::windowWorksWithoutKeychain()
{
    QSettings().setValue(AppSettings::tokenInKeychainKey(), true);
    m_server->setExpectedToken(EnvToken.toLatin1());
    QProcessEnvironment env;
    env.insert(u"ANKRA_API_TOKEN"_s, EnvToken);
    env.insert(u"ANKRA_BASE_URL"_s, m_server->baseUrl().toString());
    makeWindow(env);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy unavailable(m_credentials.get(), &Credentials::keychainUnavailable);
    m_credentials->start();

    QVERIFY(unavailable.wait(20000));
    auto *banner = m_window->findChild<MessageBanner *>(u"keychainBanner"_s);
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(u"Keychain unavailable"_s), qPrintable(banner->text()));
    QVERIFY(!m_credentials->isKeychainAvailable());

    QVERIFY(loadTicket());
    QCOMPARE(m_window->windowTitle(), u"Printer on fire"_s);
    QCOMPARE(m_server->requests().constLast().headers.value("authorization"),
             "Bearer " + EnvToken.toLatin1());
}

void TestSignIn::settingsShortcutOpensDialog()
{
    makeWindow(QProcessEnvironment());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(!m_window->settingsDialog());

    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(m_window->settingsDialog());
    QVERIFY(m_window->settingsDialog()->isVisible());

    // The menu entry shows the same dialog rather than a second one.
    auto *action = m_window->findChild<QAction *>(u"actionSettings"_s);
    QVERIFY(action && action->isEnabled());
    QVERIFY(action->shortcuts().contains(QKeySequence(u"Ctrl+,"_s)));
    SettingsDialog *first = m_window->settingsDialog();
    action->trigger();
    QCOMPARE(m_window->settingsDialog(), first);
    first->reject();
    QTRY_VERIFY(!m_window->settingsDialog()); // deleted on close
}

void TestSignIn::tokenEnteredInSettingsIsUsedForSessionOnly()
{
    m_server->setExpectedToken(EnteredToken.toLatin1());
    QProcessEnvironment env;
    env.insert(u"ANKRA_BASE_URL"_s, m_server->baseUrl().toString());
    makeWindow(env);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_credentials->start();
    QVERIFY(!m_window->config().hasToken());

    m_window->showSettings();
    SettingsDialog *dialog = m_window->settingsDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(u"tokenEdit"_s)->setText(EnteredToken);
    QSignalSpy saved(m_credentials.get(), &Credentials::tokenSaved);
    dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Save)->click();

    // Used at once, whatever the keychain says.
    QCOMPARE(m_window->config().token, EnteredToken);
    QVERIFY(loadTicket());
    QCOMPARE(m_server->requests().constLast().headers.value("authorization"),
             "Bearer " + EnteredToken.toLatin1());

    QVERIFY(saved.count() == 1 || saved.wait(20000));
    QCOMPARE(saved.constFirst().at(0).toBool(), false);
    auto *banner = m_window->findChild<MessageBanner *>(u"keychainBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"Keychain unavailable — the token is kept for this session only."_s);

    QSettings().sync();
    QCOMPARE(filesContaining(m_configDir, EnteredToken.toUtf8()), QStringList());
    QVERIFY(!m_window->windowTitle().contains(EnteredToken));
}

void TestSignIn::signOutFallsBackToEnvironment()
{
    QProcessEnvironment env;
    env.insert(u"ANKRA_API_TOKEN"_s, EnvToken);
    env.insert(u"ANKRA_BASE_URL"_s, m_server->baseUrl().toString());
    makeWindow(env);
    m_credentials->save(m_credentials->settings(), EnteredToken);
    QCOMPARE(m_window->config().token, EnteredToken);
    QCOMPARE(m_client->baseUrl(), m_server->baseUrl());

    m_window->showSettings();
    m_window->settingsDialog()->findChild<QPushButton *>(u"signOutButton"_s)->click();
    QCOMPARE(m_window->config().token, EnvToken);
    QCOMPARE(m_window->config().tokenSource, TokenSource::Environment);
    m_server->setExpectedToken(EnvToken.toLatin1());
    QVERIFY(loadTicket());
}

// Started without a token, the window shows demo data; when a token is saved in Settings the
// app (guiapp.cpp) leaves demo mode, and the window then talks to the configured server.
void TestSignIn::tokenArrivingEndsDemo()
{
    m_server->setExpectedToken(EnteredToken.toLatin1());
    QProcessEnvironment env;
    env.insert(u"ANKRA_BASE_URL"_s, m_server->baseUrl().toString());
    makeWindow(env);
    DemoServer demo;
    QVERIFY(demo.start());
    m_window->setDemoServer(&demo);
    QVERIFY(m_window->isDemo());
    QCOMPARE(m_client->baseUrl(), demo.baseUrl());

    m_credentials->save(m_credentials->settings(), EnteredToken);
    QCOMPARE(m_client->baseUrl(), demo.baseUrl()); // demo stays until told
    m_window->setDemoServer(nullptr);
    QVERIFY(!m_window->isDemo());
    QVERIFY(!m_window->findChild<MessageBanner *>(u"demoBanner"_s)->isVisible());
    QCOMPARE(m_client->baseUrl(), m_server->baseUrl());
    QVERIFY(loadTicket());
    QCOMPARE(m_server->requests().constLast().headers.value("authorization"),
             "Bearer " + EnteredToken.toLatin1());
}

ANKRA_ISOLATED_GUI_TEST_MAIN(TestSignIn)

#include "tst_signin.moc"
