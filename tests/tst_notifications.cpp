// Desktop notifications (issue 13) against a fake notification server on a private session bus:
// what Notify carries (the app's name, the subject as summary, the body shortened and escaped
// when the server renders markup, the "default" action, the desktop-entry hint), clicks on this
// app's notifications only; and in the window: Watch on a ticket, a new comment on it while
// another tab is current raises one notification, whose click makes the ticket's tab current;
// the setting turns them off; the list's context menu watches a row.

#include "core/apiclient.h"
#include "core/models/ticketlistmodel.h"
#include "core/preferences.h"
#include "core/recenttickets.h"
#include "core/store/ticketstore.h"
#include "core/watch/watcher.h"
#include "gui/list/ticketlistpanel.h"
#include "gui/mainwindow.h"
#include "gui/notify/dbusnotifier.h"
#include "gui/views/ticketpage.h"
#include "gui/views/ticketview.h"
#include "support/fakeankraserver.h"
#include "support/isolatedmain.h"
#include "support/notificationservice.h"
#include "support/offscreennoise.h"
#include "support/secretservicebus.h"
#include "support/watchtickets.h"

#include <QAction>
#include <QDBusConnection>
#include <QDockWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

const QString IdA = u"0b8c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e"_s;
const QString IdB = u"1c9d8e7f-6a5b-4c4d-8e3f-2a1b0c9d8e7f"_s;

} // namespace

class TestNotifications final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void notifyCarriesWhatTheSpecificationAsks();
    void bodyIsPlainWhereTheServerShowsNoMarkup();
    void longTextIsShortened();
    void watchedTicketNotifiesAndItsClickOpensTheTab();
    void settingTurnsNotificationsOff();
    void noNotificationForTheTicketInFront();
    void listContextMenuWatchesARow();

private:
    MainWindow *makeWindow();
    bool waitShown(const QString &id);

    PrivateSessionBus m_bus;
    std::unique_ptr<FakeNotificationService> m_service;
    QTemporaryDir m_dir;
    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<RecentTickets> m_recent;
    std::unique_ptr<TicketStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestNotifications::initTestCase()
{
    Test::quietOffscreenPlatform();
    QString error;
    if (!m_bus.start(&error)) {
        QTest::qSkip(qPrintable(u"no private D-Bus session bus for this test: "_s + error),
                     __FILE__, __LINE__);
        return;
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.address().toUtf8());
    QVERIFY(QDBusConnection::sessionBus().isConnected());
}

void TestNotifications::init()
{
    m_service = std::make_unique<FakeNotificationService>();
    QString error;
    QVERIFY2(m_service->start(m_bus.address(), &error), qPrintable(error));
    m_server = std::make_unique<FakeAnkraServer>();
    QVERIFY(m_server->listen());
    m_server->addTicket(IdA, sampleTicketJson(IdA, u"Printer on fire"_s));
    m_server->addTicket(IdB, sampleTicketJson(IdB, u"Ticket B"_s));
    m_client = std::make_unique<ApiClient>();
    m_client->setRetryDelays({});
    m_preferences = std::make_unique<Preferences>();
    m_recent = std::make_unique<RecentTickets>();
    TicketStoreOptions options;
    options.path
        = m_dir.filePath(u"%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_store = std::make_unique<TicketStore>(options);
    QVERIFY(m_store->isOpen());
}

void TestNotifications::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_recent.reset();
    m_preferences.reset();
    m_client.reset();
    m_server.reset();
    m_service.reset();
}

MainWindow *TestNotifications::makeWindow()
{
    Config config;
    config.baseUrl = m_server->baseUrl();
    config.token = QString::fromLatin1(FakeAnkraServer::DefaultToken);
    config.tokenSource = TokenSource::Environment;
    m_window = std::make_unique<MainWindow>(m_client.get(), m_preferences.get(), config,
                                            m_recent.get(), nullptr, m_store.get());
    m_window->resize(1100, 760);
    m_window->show();
    m_window->startTicketList(); // as the application does once the token is known
    return m_window.get();
}

bool TestNotifications::waitShown(const QString &id)
{
    return QTest::qWaitFor(
        [&] {
            return m_window->currentSession()->loadedId().toString() == id
                   && m_window->state() == MainWindow::State::Loaded;
        },
        10000);
}

void TestNotifications::notifyCarriesWhatTheSpecificationAsks()
{
    DBusNotifier notifier(QDBusConnection::sessionBus());
    QSignalSpy activated(&notifier, &Notifier::activated);
    // Asked before the capabilities are known: sent once they are.
    notifier.notify(IdA, u"<b>Subject</b> & \"more\""_s,
                    u"<i>Eve</i> & <script>x</script> commented"_s);
    QTRY_COMPARE(m_service->notifications().size(), 1);
    QVERIFY(notifier.hasCapabilities());
    QCOMPARE(m_service->capabilityCalls(), 1);
    const RecordedNotification n = m_service->notifications().at(0);
    QCOMPARE(n.appName, QCoreApplication::applicationName());
    QCOMPARE(n.replacesId, 0u);
    // The summary is plain text by the specification; the body is markup where the server
    // says "body-markup": server text escaped.
    QCOMPARE(n.summary, u"<b>Subject</b> & \"more\""_s);
    QCOMPARE(n.body, u"&lt;i&gt;Eve&lt;/i&gt; &amp; &lt;script&gt;x&lt;/script&gt; commented"_s);
    QCOMPARE(n.actions.size(), 2);
    QCOMPARE(n.actions.at(0), u"default"_s);
    QCOMPARE(n.hints.value(u"desktop-entry"_s).toString(), u"app.ankra.TicketViewer"_s);
    QCOMPARE(n.expireTimeout, -1);
    QTRY_COMPARE(notifier.openCount(), 1);

    // Another application's notification, and another action: not ours to open.
    m_service->invokeAction(n.id + 100, u"default"_s);
    m_service->invokeAction(n.id, u"other"_s);
    // A click on ours.
    m_service->invokeAction(n.id, u"default"_s);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), IdA);
    // Closed: a late click is ignored.
    m_service->close(n.id);
    QTRY_COMPARE(notifier.openCount(), 0);
    m_service->invokeAction(n.id, u"default"_s);
    // A second notification goes through after it, so the click above has been delivered.
    notifier.notify(IdB, u"B"_s, u"body"_s);
    QTRY_COMPARE(m_service->notifications().size(), 2);
    QTRY_COMPARE(notifier.openCount(), 1);
    QCOMPARE(activated.size(), 1);
}

void TestNotifications::bodyIsPlainWhereTheServerShowsNoMarkup()
{
    m_service->setCapabilities({u"actions"_s, u"body"_s});
    DBusNotifier notifier(QDBusConnection::sessionBus());
    notifier.notify(IdA, u"S"_s, u"Tom & <Jerry> commented"_s);
    QTRY_COMPARE(m_service->notifications().size(), 1);
    QCOMPARE(m_service->notifications().at(0).body, u"Tom & <Jerry> commented"_s);
}

void TestNotifications::longTextIsShortened()
{
    DBusNotifier notifier(QDBusConnection::sessionBus());
    // A subject of many lines, and a body whose cut would fall inside a surrogate pair.
    QString subject = u"Line one\nline two\t"_s + QString(300, u'x');
    QString body = QString(Notifier::MaxBodyLength - 2, u'a') + u"😀😀 & more"_s;
    notifier.notify(IdA, subject, body);
    QTRY_COMPARE(m_service->notifications().size(), 1);
    const RecordedNotification n = m_service->notifications().at(0);
    QCOMPARE(n.summary.size(), Notifier::MaxSummaryLength);
    QVERIFY(n.summary.startsWith(u"Line one line two x"_s));
    QVERIFY(n.summary.endsWith(QChar(0x2026)));
    QVERIFY(n.body.size() <= Notifier::MaxBodyLength);
    QVERIFY(n.body.endsWith(QChar(0x2026)));
    QVERIFY(!n.body.at(n.body.size() - 2).isHighSurrogate());
    QVERIFY(!n.body.contains(u"&amp;"_s)); // cut before escaping, never inside an entity
}

void TestNotifications::watchedTicketNotifiesAndItsClickOpensTheTab()
{
    makeWindow();
    m_window->openTicket(IdA);
    QVERIFY(waitShown(IdA));
    m_store->flush(); // the copy the watcher compares with
    QAction *watch = m_window->watchAction();
    QTRY_VERIFY(watch->isEnabled());
    QVERIFY(!watch->isChecked());
    // The ticket's own Watch button is the same action.
    auto *button = m_window->ticketView()->findChild<QToolButton *>(u"actionWatchButton"_s);
    QVERIFY(button);
    QCOMPARE(button->defaultAction(), watch);
    button->click();
    QVERIFY(watch->isChecked());
    QVERIFY(m_window->watcher()->isWatched(IdA));
    m_store->flush();
    QCOMPARE(m_store->watched(m_window->watcher()->scope()).size(), 1);

    m_window->openTicket(IdB);
    QVERIFY(waitShown(IdB));
    QVERIFY(!watch->isChecked()); // B is not watched
    QCOMPARE(m_window->tabCount(), 2);

    m_server->addTicket(IdA, withComment(sampleTicketJson(IdA, u"Printer on fire"_s),
                                         u"9a8b7c6d-0000-4000-8000-000000000001"_s,
                                         u"Maja Lindqvist"_s));
    m_window->watcher()->checkNow();
    QTRY_COMPARE(m_service->notifications().size(), 1);
    const RecordedNotification n = m_service->notifications().at(0);
    QCOMPARE(n.summary, u"Printer on fire"_s);
    QCOMPARE(n.body, u"Maja Lindqvist commented"_s);
    QCOMPARE(n.hints.value(u"desktop-entry"_s).toString(), u"app.ankra.TicketViewer"_s);

    // The click: A's tab becomes current.
    m_service->invokeAction(n.id, u"default"_s);
    QTRY_COMPARE(m_window->currentId().toString(), IdA);
    QCOMPARE(m_window->tabCount(), 2);
    QVERIFY(watch->isChecked());

    // With its tab closed, a click opens it again.
    m_window->closeTab(m_window->currentTabIndex());
    QCOMPARE(m_window->tabCount(), 1);
    m_service->invokeAction(n.id, u"default"_s);
    QVERIFY(waitShown(IdA));
    QCOMPARE(m_window->tabCount(), 2);

    // Unwatched from the menu action.
    watch->trigger();
    QVERIFY(!m_window->watcher()->isWatched(IdA));
}

void TestNotifications::settingTurnsNotificationsOff()
{
    makeWindow();
    m_window->openTicket(IdA);
    QVERIFY(waitShown(IdA));
    m_store->flush();
    QTRY_VERIFY(m_window->watchAction()->isEnabled());
    m_window->watchAction()->trigger();
    QVERIFY(m_window->watcher()->isWatched(IdA));

    m_window->openTicket(IdB); // A in a tab that is not current
    QVERIFY(waitShown(IdB));

    m_preferences->setShowNotifications(false);
    QSignalSpy changed(m_window->watcher(), &Watcher::changed);
    const QByteArray resolved
        = withStatus(sampleTicketJson(IdA, u"Printer on fire"_s), u"resolved"_s);
    m_server->addTicket(IdA, resolved);
    m_window->watcher()->checkNow();
    QTRY_COMPARE(changed.size(), 1);

    m_preferences->setShowNotifications(true);
    m_server->addTicket(IdA, withStatus(resolved, u"closed"_s));
    m_window->watcher()->checkNow();
    QTRY_COMPARE(changed.size(), 2);
    QTRY_COMPARE(m_service->notifications().size(), 1);
    QCOMPARE(m_service->notifications().at(0).body, u"Status: Resolved → Closed"_s);
}

void TestNotifications::noNotificationForTheTicketInFront()
{
    makeWindow();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        QTest::qSkip("the platform does not activate windows", __FILE__, __LINE__);
        return;
    }
    m_window->openTicket(IdA);
    QVERIFY(waitShown(IdA));
    m_store->flush();
    QTRY_VERIFY(m_window->watchAction()->isEnabled());
    m_window->watchAction()->trigger();
    QSignalSpy changed(m_window->watcher(), &Watcher::changed);
    // A's tab is current in the active window: the change is on screen, not announced.
    const QByteArray resolved
        = withStatus(sampleTicketJson(IdA, u"Printer on fire"_s), u"resolved"_s);
    m_server->addTicket(IdA, resolved);
    m_window->watcher()->checkNow();
    QTRY_COMPARE(changed.size(), 1);
    // Behind another tab it is.
    m_window->openTicket(IdB);
    QVERIFY(waitShown(IdB));
    m_server->addTicket(IdA, withStatus(resolved, u"closed"_s));
    m_window->watcher()->checkNow();
    QTRY_COMPARE(m_service->notifications().size(), 1);
    QCOMPARE(m_service->notifications().at(0).body, u"Status: Resolved → Closed"_s);
}

void TestNotifications::listContextMenuWatchesARow()
{
    m_server->setListRows(FakeAnkraServer::makeListRows(3));
    makeWindow();
    m_window->ticketListDock()->show();
    TicketListPanel *panel = m_window->ticketListPanel();
    QTRY_VERIFY(panel->model()->rowCount() > 0);
    const QModelIndex row = panel->model()->index(0, 0);
    const QString id = row.data(TicketListModel::TicketIdRole).toString();
    std::unique_ptr<QMenu> menu(panel->rowMenu(row));
    QVERIFY(menu);
    auto *watch = menu->findChild<QAction *>(u"actionWatchRow"_s);
    QVERIFY(watch);
    QVERIFY(watch->isCheckable());
    QVERIFY(!watch->isChecked());
    QTRY_VERIFY(!m_window->watcher()->scope().isEmpty());
    menu.reset(panel->rowMenu(row));
    watch = menu->findChild<QAction *>(u"actionWatchRow"_s);
    QVERIFY(watch->isEnabled());
    watch->trigger();
    QVERIFY(m_window->watcher()->isWatched(id));
    QCOMPARE(m_window->watcher()->watchedTickets().at(0).subject, row.data().toString());
    // The next menu shows it watched; unwatching from there.
    menu.reset(panel->rowMenu(row));
    watch = menu->findChild<QAction *>(u"actionWatchRow"_s);
    QVERIFY(watch->isChecked());
    watch->trigger();
    QVERIFY(!m_window->watcher()->isWatched(id));
}

ANKRA_ISOLATED_GUI_TEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
