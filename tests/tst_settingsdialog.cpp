// The settings dialog and Credentials with no keychain (the session bus address points nowhere):
// test connection with the values as entered, the organisation picker, validation, where the
// token comes from, sign out, and that a saved token lives in memory only, never in QSettings.

#include "core/apiclient.h"
#include "core/logredaction.h"
#include "core/preferences.h"
#include "core/store/ticketstore.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/signin/credentials.h"
#include "gui/signin/tokenstore.h"
#include "support/fakeankraserver.h"
#include "support/isolatedmain.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

const QString Service = u"app.ankra.TicketViewer.test"_s;
const QString ServerToken = QString::fromLatin1(FakeAnkraServer::DefaultToken);
const QString EnvToken = u"ankra_tok_FromEnvironment_11aa22bb"_s;

template<typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QByteArray settingsFileBytes()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startupAsksNoKeychainWhenNothingSaved();
    void savedTokenUnreadableFallsBackToEnvironment();
    void savingWithoutKeychainKeepsTokenForSession();
    void tokenFieldIsMaskedAndNeverPrefilled();
    void testConnectionUsesEnteredValues();
    void testConnectionReportsErrorInWords_data();
    void testConnectionReportsErrorInWords();
    void organisationPickerFilledFromServer();
    void organisationCanBeTyped();
    void invalidValuesKeepTheDialogOpen_data();
    void invalidValuesKeepTheDialogOpen();
    void tokenSourceShownAndSignOut();
    void timestampPreferenceSaved();
    void savedCopiesSettingsAndDeleteNow();
    void notificationsSettingSaved();
    void savedTokenKeepsItsServer();

private:
    Credentials *makeCredentials(const QProcessEnvironment &env);
    QProcessEnvironment environment(const QString &token = QString()) const;

    QTemporaryDir m_home;
    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<Credentials> m_credentials;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Preferences> m_preferences;
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(QSettings().fileName().startsWith(QDir::tempPath())
                 || QSettings().fileName().startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")),
             qPrintable(QSettings().fileName()));
}

void TestSettingsDialog::init()
{
    QSettings().clear();
    m_server = std::make_unique<FakeAnkraServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<ApiClient>();
    m_preferences = std::make_unique<Preferences>();
}

void TestSettingsDialog::cleanup()
{
    m_preferences.reset();
    m_client.reset();
    m_credentials.reset();
    m_server.reset();
    QSettings().clear();
}

QProcessEnvironment TestSettingsDialog::environment(const QString &token) const
{
    QProcessEnvironment env;
    env.insert(u"ANKRA_BASE_URL"_s, m_server->baseUrl().toString());
    if (!token.isEmpty())
        env.insert(u"ANKRA_API_TOKEN"_s, token);
    return env;
}

Credentials *TestSettingsDialog::makeCredentials(const QProcessEnvironment &env)
{
    // The home has no ~/.ankra.yaml: only the environment and the app's own settings count.
    m_credentials = std::make_unique<Credentials>(env, m_home.path(), Service);
    return m_credentials.get();
}

void TestSettingsDialog::startupAsksNoKeychainWhenNothingSaved()
{
    Credentials *credentials = makeCredentials(environment(EnvToken));
    credentials->start();
    QVERIFY(!credentials->tokenStore()->isBusy());
    QCOMPARE(credentials->appTokenState(), Credentials::AppToken::None);
    QCOMPARE(credentials->config().token, EnvToken);
    QCOMPARE(credentials->config().tokenSource, TokenSource::Environment);
}

// A token was saved in an earlier session, but this time no keychain answers: the window keeps
// working with the environment's token and says why.
void TestSettingsDialog::savedTokenUnreadableFallsBackToEnvironment()
{
    QSettings().setValue(AppSettings::tokenInKeychainKey(), true);
    Credentials *credentials = makeCredentials(environment(EnvToken));
    QSignalSpy unavailable(credentials, &Credentials::keychainUnavailable);
    credentials->start();
    QCOMPARE(credentials->appTokenState(), Credentials::AppToken::Loading);
    QCOMPARE(credentials->config().token, EnvToken); // usable while the keychain thinks
    QVERIFY(unavailable.wait(20000));
    QCOMPARE(credentials->appTokenState(), Credentials::AppToken::None);
    QCOMPARE(credentials->config().token, EnvToken);
    const QString message = unavailable.constFirst().at(0).toString();
    QVERIFY2(message.startsWith(u"Keychain unavailable"_s), qPrintable(message));
    QVERIFY2(message.contains(u"ANKRA_API_TOKEN"_s), qPrintable(message));
    QVERIFY(QSettings().value(AppSettings::tokenInKeychainKey()).toBool()); // may work next time
}

void TestSettingsDialog::savingWithoutKeychainKeepsTokenForSession()
{
    Credentials *credentials = makeCredentials(environment(EnvToken));
    credentials->start();
    QSignalSpy saved(credentials, &Credentials::tokenSaved);
    QSignalSpy unavailable(credentials, &Credentials::keychainUnavailable);
    QSignalSpy changed(credentials, &Credentials::configChanged);

    const QString token = u"ankra_tok_SessionOnly_0f9e8d7c6b5a"_s;
    AppSettings settings = credentials->settings();
    settings.organisationId = QString::fromUtf16(SampleOrganisationA);
    credentials->save(settings, token);
    // In use at once, before the keychain has answered.
    QCOMPARE(credentials->config().token, token);
    QCOMPARE(credentials->config().tokenSource, TokenSource::App);
    QCOMPARE(changed.count(), 1);

    QVERIFY(saved.wait(20000));
    QCOMPARE(saved.constFirst().at(0).toBool(), false);
    QCOMPARE(credentials->appTokenState(), Credentials::AppToken::SessionOnly);
    QCOMPARE(unavailable.count(), 1);
    QCOMPARE(unavailable.constFirst().at(0).toString(),
             u"Keychain unavailable — the token is kept for this session only."_s);
    QCOMPARE(credentials->config().token, token);
    QVERIFY(credentials->tokenSourceText().contains(u"this session only"_s));

    // The settings file has the organisation, and neither token.
    const QByteArray file = settingsFileBytes();
    QVERIFY(file.contains(QString::fromUtf16(SampleOrganisationA).toUtf8()));
    QVERIFY(!file.contains(token.toUtf8()));
    QVERIFY(!file.contains(EnvToken.toUtf8()));
    QVERIFY(!QSettings().value(AppSettings::tokenInKeychainKey()).toBool());
    // And the log handler knows it, so that no log line can carry it.
    QVERIFY(!redactSecrets(u"sent "_s + token).contains(token));
}

void TestSettingsDialog::tokenFieldIsMaskedAndNeverPrefilled()
{
    Credentials *credentials = makeCredentials(environment());
    const QString token = u"ankra_tok_NotShown_55667788"_s;
    credentials->save(credentials->settings(), token);

    SettingsDialog dialog(credentials, m_client.get(), m_preferences.get());
    auto *edit = child<QLineEdit>(&dialog, "tokenEdit");
    QVERIFY(edit);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(edit->text().isEmpty()); // the token in use is never put back into a widget
    QVERIFY(edit->placeholderText().contains(u"keychain"_s));

    auto *show = child<QToolButton>(&dialog, "showTokenButton");
    show->click();
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    show->click();
    QCOMPARE(edit->echoMode(), QLineEdit::Password);

    QGuiApplication::clipboard()->setText(u"  pasted-token-123 \n"_s);
    child<QToolButton>(&dialog, "pasteTokenButton")->click();
    QCOMPARE(edit->text(), u"pasted-token-123"_s);

    // Nothing in the dialog shows the token in use.
    const auto labels = dialog.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        QVERIFY(!label->text().contains(token));
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    QVERIFY(!dialog.windowTitle().contains(token));
}

// The dialog tests what is typed into it, before anything is saved.
void TestSettingsDialog::testConnectionUsesEnteredValues()
{
    Credentials *credentials = makeCredentials(QProcessEnvironment());
    SettingsDialog dialog(credentials, m_client.get(), m_preferences.get());
    QCOMPARE(m_server->requestCount(), 0); // no token yet: the picker asked nothing

    child<QLineEdit>(&dialog, "baseUrlEdit")->setText(m_server->baseUrl().toString());
    child<QLineEdit>(&dialog, "tokenEdit")->setText(ServerToken);
    QSignalSpy finished(&dialog, &SettingsDialog::connectionTestFinished);
    child<QPushButton>(&dialog, "testButton")->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(qvariant_cast<ApiError>(finished.constFirst().at(0)).kind, ApiError::Kind::None);
    const QString result = child<QLabel>(&dialog, "testResultLabel")->text();
    QVERIFY2(result.contains(u"Connected to 127.0.0.1"_s), qPrintable(result));
    QVERIFY2(result.contains(u"2 organisations"_s), qPrintable(result));
    QVERIFY(!result.contains(ServerToken));
    QCOMPARE(m_server->organisationRequestCount(), 1);
    QCOMPARE(m_server->requests().constLast().headers.value("authorization"),
             "Bearer " + ServerToken.toLatin1());

    // Nothing was saved by testing.
    QVERIFY(!credentials->hasAppToken());
    QVERIFY(settingsFileBytes().isEmpty() || !settingsFileBytes().contains("baseUrl"));
}

void TestSettingsDialog::testConnectionReportsErrorInWords_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("words");
    QTest::newRow("wrong token") << u"wrong-token"_s << int(Fault::None)
                                 << u"API token not accepted"_s;
    QTest::newRow("server error") << ServerToken << int(Fault::Status) << u"Server error"_s;
    QTest::newRow("no API there") << ServerToken << int(Fault::NotFound)
                                  << u"no Ankra API at this address"_s;
    QTest::newRow("no token") << QString() << int(Fault::None) << u"no token to test with"_s;
    QTest::newRow("token with a line break")
        << u"abc\ndef"_s << int(Fault::None) << u"Paste only the token"_s;
}

void TestSettingsDialog::testConnectionReportsErrorInWords()
{
    QFETCH(QString, token);
    QFETCH(int, fault);
    QFETCH(QString, words);
    if (fault != int(Fault::None))
        m_server->setFault(Fault(fault));
    Credentials *credentials = makeCredentials(environment());
    SettingsDialog dialog(credentials, m_client.get(), m_preferences.get());
    // The field trims what is typed; a line break inside stays and is refused.
    child<QLineEdit>(&dialog, "tokenEdit")->setText(token);
    QSignalSpy finished(&dialog, &SettingsDialog::connectionTestFinished);
    dialog.testConnection();
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    QVERIFY(qvariant_cast<ApiError>(finished.constFirst().at(0)).isError());
    const QString result = child<QLabel>(&dialog, "testResultLabel")->text();
    QVERIFY2(result.contains(words, Qt::CaseInsensitive), qPrintable(result));
    if (!token.isEmpty())
        QVERIFY(!result.contains(token));
}

void TestSettingsDialog::organisationPickerFilledFromServer()
{
    Credentials *credentials = makeCredentials(environment(ServerToken));
    SettingsDialog dialog(credentials, m_client.get(), m_preferences.get());
    auto *combo = child<QComboBox>(&dialog, "organisationCombo");
    // Opened with a working token: the list is asked for at once.
    QTRY_COMPARE(combo->count(), 3);
    QCOMPARE(combo->itemData(0).toString(), QString());
    QCOMPARE(combo->itemText(1), u"Acme Support (acme)"_s);
    QCOMPARE(combo->itemText(2), u"Globex Operations (globex) — default"_s);
    QVERIFY(!m_server->requests().constLast().headers.contains("x-ankra-organisation-id"));

    combo->setCurrentIndex(1);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(credentials->settings().organisationId, QString::fromUtf16(SampleOrganisationA));
    QCOMPARE(credentials->config().organisationId, QString::fromUtf16(SampleOrganisationA));
    QCOMPARE(QSettings().value(AppSettings::organisationKey()).toString(),
             QString::fromUtf16(SampleOrganisationA));

    // Opened again, the saved choice is shown by name once the list is there.
    SettingsDialog again(credentials, m_client.get(), m_preferences.get());
    auto *combo2 = child<QComboBox>(&again, "organisationCombo");
    QTRY_COMPARE(combo2->count(), 3);
    QCOMPARE(combo2->currentIndex(), 1);
}

void TestSettingsDialog::organisationCanBeTyped()
{
    m_server->setFault(Fault::Status); // the list cannot be had
    Credentials *credentials = makeCredentials(environment(ServerToken));
    SettingsDialog dialog(credentials, m_client.get(), m_preferences.get());
    auto *hint = child<QLabel>(&dialog, "organisationHint");
    QTRY_VERIFY(hint->text().contains(u"type an organisation ID"_s));

    const QString typed = u" {6A7B8C9D-0E1F-4A2B-9C3D-4E5F6A7B8C9D} "_s;
    child<QComboBox>(&dialog, "organisationCombo")->setEditText(typed);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(credentials->settings().organisationId, QString::fromUtf16(SampleOrganisationB));
}

void TestSettingsDialog::invalidValuesKeepTheDialogOpen_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("organisation");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("words");
    QTest::newRow("http off loopback")
        << u"http://ankra.example.com"_s << QString() << u"baseUrlError"_s << u"plain http://"_s;
    QTest::newRow("credentials in URL") << u"https://user:pw@ankra.example.com"_s << QString()
                                        << u"baseUrlError"_s << u"user name or password"_s;
    QTest::newRow("not a URL scheme")
        << u"ftp://ankra.example.com"_s << QString() << u"baseUrlError"_s << u"https://"_s;
    QTest::newRow("organisation name")
        << QString() << u"Acme"_s << u"organisationHint"_s << u"organisation ID"_s;
}

void TestSettingsDialog::invalidValuesKeepTheDialogOpen()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, organisation);
    QFETCH(QString, label);
    QFETCH(QString, words);
    Credentials *credentials = makeCredentials(QProcessEnvironment());
    SettingsDialog dialog(credentials, m_client.get(), m_preferences.get());
    dialog.show();
    child<QLineEdit>(&dialog, "baseUrlEdit")->setText(baseUrl);
    child<QComboBox>(&dialog, "organisationCombo")->setEditText(organisation);
    child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Save)->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto *shown = dialog.findChild<QLabel *>(label);
    QVERIFY(shown && shown->isVisible());
    QVERIFY2(shown->text().contains(words), qPrintable(shown->text()));
    QVERIFY(!shown->text().contains(u"user:pw"_s)); // credentials in a URL are never echoed
    QVERIFY(credentials->settings().baseUrl.isEmpty());
}

void TestSettingsDialog::tokenSourceShownAndSignOut()
{
    Credentials *credentials = makeCredentials(environment(EnvToken));
    SettingsDialog dialog(credentials, m_client.get(), m_preferences.get());
    auto *source = child<QLabel>(&dialog, "tokenSourceLabel");
    auto *signOut = child<QPushButton>(&dialog, "signOutButton");
    QVERIFY2(source->text().contains(u"ANKRA_API_TOKEN"_s), qPrintable(source->text()));
    QVERIFY(!signOut->isEnabled()); // nothing saved in the app

    child<QLineEdit>(&dialog, "tokenEdit")->setText(u"ankra_tok_Entered_99887766"_s);
    dialog.accept();
    QCOMPARE(credentials->config().tokenSource, TokenSource::App);

    SettingsDialog second(credentials, m_client.get(), m_preferences.get());
    auto *source2 = child<QLabel>(&second, "tokenSourceLabel");
    auto *signOut2 = child<QPushButton>(&second, "signOutButton");
    QVERIFY2(source2->text().contains(u"entered in this app"_s), qPrintable(source2->text()));
    QVERIFY(signOut2->isEnabled());
    signOut2->click();
    QVERIFY(!credentials->hasAppToken());
    QCOMPARE(credentials->config().token, EnvToken);
    QCOMPARE(credentials->config().tokenSource, TokenSource::Environment);
    QVERIFY2(source2->text().contains(u"Signed out"_s), qPrintable(source2->text()));
    QVERIFY2(source2->text().contains(u"ANKRA_API_TOKEN"_s), qPrintable(source2->text()));
    QVERIFY(!signOut2->isEnabled());
}

// Issue 15 item 1: a token entered in the app belongs to the server it was entered for. Pointing
// the app at another server afterwards (here the saved base URL; ANKRA_BASE_URL is the same case
// in tst_config) does not take the token there, and the dialog says where it belongs.
void TestSettingsDialog::savedTokenKeepsItsServer()
{
    Credentials *credentials = makeCredentials(environment());
    const QString token = u"ankra_tok_KeepsItsServer_5a6b7c8d"_s;
    credentials->save(credentials->settings(), token);
    const QString origin = Ankra::originOf(m_server->baseUrl());
    QCOMPARE(credentials->config().token, token);
    QCOMPARE(credentials->settings().tokenOrigin, origin);
    QCOMPARE(QSettings().value(AppSettings::tokenOriginKey()).toString(), origin);

    AppSettings elsewhere = credentials->settings();
    elsewhere.baseUrl = u"https://elsewhere.example"_s;
    // The preview (Test connection) does not send it either.
    QVERIFY(credentials->preview(elsewhere, QString()).token.isEmpty());
    // A token typed with the new address is for the new address.
    QCOMPARE(credentials->preview(elsewhere, u"ankra_tok_New_1122"_s).token,
             u"ankra_tok_New_1122"_s);

    credentials->save(elsewhere);
    QVERIFY(credentials->config().token.isEmpty());
    QCOMPARE(credentials->config().withheldTokenOrigin, origin);
    QCOMPARE(credentials->settings().tokenOrigin, origin); // unchanged without a new token
    QVERIFY2(credentials->config().warnings.value(0).contains(origin),
             qPrintable(credentials->config().warnings.join(u'\n')));

    SettingsDialog dialog(credentials, m_client.get(), m_preferences.get());
    auto *source = child<QLabel>(&dialog, "tokenSourceLabel");
    QVERIFY2(source->text().contains(u"saved for "_s + origin), qPrintable(source->text()));
    QVERIFY2(source->text().contains(u"enter an API token made for this server"_s),
             qPrintable(source->text()));

    // Back to its own server: used again.
    AppSettings back = credentials->settings();
    back.baseUrl.clear();
    credentials->save(back);
    QCOMPARE(credentials->config().token, token);
    QVERIFY(credentials->config().withheldTokenOrigin.isEmpty());

    // Signing out forgets the origin with the token.
    credentials->signOut();
    QVERIFY(credentials->settings().tokenOrigin.isEmpty());
    QVERIFY(!QSettings().contains(AppSettings::tokenOriginKey()));
}

// The dialog writes the one Preferences object, which the window follows.
void TestSettingsDialog::timestampPreferenceSaved()
{
    Credentials *credentials = makeCredentials(QProcessEnvironment());
    QSignalSpy changed(m_preferences.get(), &Preferences::alwaysAbsoluteTimesChanged);
    QSignalSpy tabs(m_preferences.get(), &Preferences::restoreTabsChanged);
    SettingsDialog dialog(credentials, m_client.get(), m_preferences.get());
    auto *check = child<QCheckBox>(&dialog, "alwaysAbsoluteCheck");
    auto *restore = child<QCheckBox>(&dialog, "restoreTabsCheck");
    QVERIFY(!check->isChecked());
    QVERIFY(restore->isChecked()); // on by default
    check->setChecked(true);
    restore->setChecked(false);
    dialog.accept();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(tabs.count(), 1);
    QVERIFY(m_preferences->alwaysAbsoluteTimes());
    QVERIFY(!m_preferences->restoreTabs());
    QVERIFY(QSettings().value(Preferences::alwaysAbsoluteTimesKey()).toBool());
    QVERIFY(!Preferences().restoreTabs()); // read back at the next start
}

// Settings → Saved copies: on by default, 500 tickets and 30 days, saved on Save and read back;
// Delete Saved Copies Now deletes at once and says how many.
void TestSettingsDialog::savedCopiesSettingsAndDeleteNow()
{
    TicketStoreOptions options;
    options.path = m_home.filePath(u"store.sqlite"_s);
    TicketStore store(options);
    const QString scope = TicketStore::scopeFor(u"https://a.example"_s, QString(), u"t"_s);
    for (const QString &id :
         {u"3f2504e0-4f89-41d3-9a0c-0305e82c3301"_s, u"4f2504e0-4f89-41d3-9a0c-0305e82c3301"_s})
        store.saveTicket(scope, id, "{}", QDateTime::currentDateTimeUtc());
    store.flush();

    Credentials *credentials = makeCredentials(QProcessEnvironment());
    SettingsDialog dialog(credentials, m_client.get(), m_preferences.get());
    dialog.setStore(&store);
    auto *keep = child<QCheckBox>(&dialog, "keepCopiesCheck");
    auto *tickets = child<QSpinBox>(&dialog, "maxTicketsSpin");
    auto *days = child<QSpinBox>(&dialog, "maxDaysSpin");
    auto *status = child<QLabel>(&dialog, "copiesStatusLabel");
    auto *deleteNow = child<QPushButton>(&dialog, "deleteCopiesButton");
    QVERIFY(keep->isChecked());
    QCOMPARE(tickets->value(), 500);
    QCOMPARE(days->value(), 30);
    QCOMPARE(status->text(), u"2 tickets saved."_s);
    QVERIFY(deleteNow->isEnabled());

    deleteNow->click();
    QCOMPARE(store.ticketCount(), 0);
    QCOMPARE(status->text(), u"Deleted 2 saved tickets."_s);
    QVERIFY(!deleteNow->isEnabled());

    tickets->setValue(200);
    days->setValue(7);
    keep->setChecked(false);
    QVERIFY(!tickets->isEnabled());
    dialog.accept();
    QVERIFY(!m_preferences->keepCopies());
    const Preferences readBack;
    QVERIFY(!readBack.keepCopies());
    QCOMPARE(readBack.copiesMaxTickets(), 200);
    QCOMPARE(readBack.copiesMaxDays(), 7);
}

// Settings → "Show desktop notifications for watched tickets": on by default, saved on Save.
void TestSettingsDialog::notificationsSettingSaved()
{
    Credentials *credentials = makeCredentials(QProcessEnvironment());
    {
        SettingsDialog dialog(credentials, m_client.get(), m_preferences.get());
        auto *check = child<QCheckBox>(&dialog, "notificationsCheck");
        QVERIFY(check->isChecked());
        QVERIFY(m_preferences->showNotifications());
        check->setChecked(false);
        dialog.accept();
    }
    QVERIFY(!m_preferences->showNotifications());
    const Preferences readBack;
    QVERIFY(!readBack.showNotifications());
    SettingsDialog again(credentials, m_client.get(), m_preferences.get());
    QVERIFY(!child<QCheckBox>(&again, "notificationsCheck")->isChecked());
}

ANKRA_ISOLATED_GUI_TEST_MAIN(TestSettingsDialog)

#include "tst_settingsdialog.moc"
