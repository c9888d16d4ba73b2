// Auto-refresh in the window: every tab's document and the list are registered with the
// window's RefreshScheduler, the current tab as the current target (following tab switches),
// the list only while its dock is shown; the interval follows Preferences and the settings
// dialog; a refresh that brings the ticket unchanged leaves the page alone (no model signal,
// no comment measured again) and a background tab's refresh leaves the current tab alone.

#include "core/apiclient.h"
#include "core/models/attachmenttablemodel.h"
#include "core/models/commentlistmodel.h"
#include "core/models/ticketmodel.h"
#include "core/preferences.h"
#include "core/recenttickets.h"
#include "core/refresh/refreshscheduler.h"
#include "core/ticketsession.h"
#include "gui/delegates/commentdelegate.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/mainwindow.h"
#include "gui/signin/credentials.h"
#include "gui/views/commentview.h"
#include "gui/views/ticketpage.h"
#include "gui/views/ticketview.h"
#include "support/fakeankraserver.h"
#include "support/isolatedmain.h"

#include <QComboBox>
#include <QDockWidget>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;
using Kind = RefreshScheduler::Kind;

namespace {

const QString IdA = u"0b8c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e"_s;
const QString IdB = u"1c9d8e7f-6a5b-4c4d-8e3f-2a1b0c9d8e7f"_s;

} // namespace

class TestAutoRefresh final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tabsAreTargetsAndTheCurrentOneFollowsSwitches();
    void intervalFollowsPreferences();
    void settingsDialogSetsTheInterval();
    void listIsATargetWhileShown();
    void unchangedRefreshLeavesThePageAlone();

private:
    MainWindow *makeWindow();
    bool waitShown(const QString &id);
    RefreshScheduler *scheduler() const { return m_window->refreshScheduler(); }
    int target(int tab) const
    {
        return scheduler()->sessionTarget(m_window->pageAt(tab)->session());
    }

    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<RecentTickets> m_recent;
    std::unique_ptr<MainWindow> m_window;
};

void TestAutoRefresh::init()
{
    QSettings().clear();
    m_server = std::make_unique<FakeAnkraServer>();
    QVERIFY(m_server->listen());
    m_server->addTicket(IdA, sampleTicketJson(IdA, u"Ticket A"_s));
    m_server->addTicket(IdB, sampleTicketJson(IdB, u"Ticket B"_s));
    m_client = std::make_unique<ApiClient>();
    m_client->setRetryDelays({});
    m_preferences = std::make_unique<Preferences>();
    m_recent = std::make_unique<RecentTickets>();
}

void TestAutoRefresh::cleanup()
{
    m_window.reset();
    m_recent.reset();
    m_preferences.reset();
    m_client.reset();
    m_server.reset();
    QSettings().clear();
}

MainWindow *TestAutoRefresh::makeWindow()
{
    Config config;
    config.baseUrl = m_server->baseUrl();
    config.token = QString::fromLatin1(FakeAnkraServer::DefaultToken);
    config.tokenSource = TokenSource::Environment;
    m_window
        = std::make_unique<MainWindow>(m_client.get(), m_preferences.get(), config, m_recent.get());
    m_window->resize(1100, 760);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        qWarning("window not exposed");
    return m_window.get();
}

bool TestAutoRefresh::waitShown(const QString &id)
{
    return QTest::qWaitFor(
        [&] {
            return m_window->currentSession()->loadedId().toString() == id
                   && m_window->state() == MainWindow::State::Loaded;
        },
        10000);
}

void TestAutoRefresh::tabsAreTargetsAndTheCurrentOneFollowsSwitches()
{
    makeWindow();
    QVERIFY(target(0) != 0); // the empty first tab is registered too (nothing to refresh)
    m_window->openTicket(IdA);
    QVERIFY(waitShown(IdA));
    m_window->openTicket(IdB);
    QVERIFY(waitShown(IdB));
    QCOMPARE(m_window->tabCount(), 2);
    QCOMPARE(scheduler()->kind(target(1)), Kind::CurrentTicket);
    QCOMPARE(scheduler()->kind(target(0)), Kind::OtherTicket);
    // Both were just loaded: the current one is due in a minute (±10 %), the other in five.
    const qint64 now = scheduler()->now();
    QVERIFY(scheduler()->dueAt(target(1)) - now <= 66 * 1000);
    QVERIFY(scheduler()->dueAt(target(0)) - now >= 4 * 60 * 1000);

    m_window->previousTab();
    QCOMPARE(scheduler()->kind(target(0)), Kind::CurrentTicket);
    QCOMPARE(scheduler()->kind(target(1)), Kind::OtherTicket);

    // A closed tab's document leaves the scheduler with it.
    const int closed = target(1);
    m_window->closeTab(1);
    QTRY_VERIFY(!scheduler()->contains(closed));
    QVERIFY(scheduler()->contains(target(0)));
}

void TestAutoRefresh::intervalFollowsPreferences()
{
    makeWindow();
    QCOMPARE(m_preferences->refreshIntervalSeconds(), 60); // the default
    QCOMPARE(scheduler()->currentInterval(), 60 * 1000);
    m_preferences->setRefreshIntervalSeconds(300);
    QCOMPARE(scheduler()->currentInterval(), 300 * 1000);
    m_preferences->setRefreshIntervalSeconds(0);
    QCOMPARE(scheduler()->currentInterval(), 0);
    m_preferences->setRefreshIntervalSeconds(42); // not a choice: ignored
    QCOMPARE(m_preferences->refreshIntervalSeconds(), 0);
    // Kept for the next start; a value edited into the file that is no choice is the default.
    QCOMPARE(Preferences().refreshIntervalSeconds(), 0);
    QSettings().setValue(Preferences::refreshIntervalKey(), 7);
    QCOMPARE(Preferences().refreshIntervalSeconds(), Preferences::DefaultRefreshIntervalSeconds);
}

void TestAutoRefresh::settingsDialogSetsTheInterval()
{
    QTemporaryDir home;
    Credentials credentials(QProcessEnvironment(), home.path(), u"app.ankra.TicketViewer.test"_s);
    SettingsDialog dialog(&credentials, m_client.get(), m_preferences.get());
    auto *combo = dialog.findChild<QComboBox *>(u"refreshCombo"_s);
    QVERIFY(combo);
    QCOMPARE(combo->count(), Preferences::refreshIntervalChoices().size());
    QCOMPARE(combo->currentData().toInt(), 60);
    QCOMPARE(combo->currentText(), u"Every minute"_s);
    QCOMPARE(combo->itemText(0), u"Off (F5 only)"_s);
    QVERIFY(!combo->accessibleName().isEmpty());
    QSignalSpy changed(m_preferences.get(), &Preferences::refreshIntervalSecondsChanged);
    combo->setCurrentIndex(combo->findData(15 * 60));
    dialog.accept();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_preferences->refreshIntervalSeconds(), 15 * 60);
}

void TestAutoRefresh::listIsATargetWhileShown()
{
    makeWindow();
    const int list = m_window->listRefreshTarget();
    QVERIFY(scheduler()->contains(list));
    QCOMPARE(scheduler()->kind(list), Kind::List);
    m_window->ticketListDock()->show();
    QTRY_VERIFY(scheduler()->isEnabled(list));
    m_window->ticketListDock()->hide();
    QTRY_VERIFY(!scheduler()->isEnabled(list));
    m_window->ticketListDock()->show();
    QTRY_VERIFY(scheduler()->isEnabled(list));
}

void TestAutoRefresh::unchangedRefreshLeavesThePageAlone()
{
    makeWindow();
    m_window->openTicket(IdA);
    QVERIFY(waitShown(IdA));
    QTest::qWait(0);
    TicketSession *session = m_window->currentSession();
    CommentDelegate *delegate
        = m_window->ticketView()->findChild<CommentView *>()->commentDelegate();
    const int measured = delegate->measuredRows();
    QVERIFY(measured > 0);
    QSignalSpy ticketData(session->ticketModel(), &QAbstractItemModel::dataChanged);
    QSignalSpy commentsReset(session->comments(), &QAbstractItemModel::modelReset);
    QSignalSpy commentsData(session->comments(), &QAbstractItemModel::dataChanged);
    QSignalSpy attachmentsData(session->attachments(), &QAbstractItemModel::dataChanged);
    QSignalSpy unchanged(session, &TicketSession::unchanged);
    QSignalSpy shown(m_window.get(), &MainWindow::ticketShown);

    // What the scheduler does when the tab is due, and what F5 does.
    session->refresh();
    QVERIFY(unchanged.wait(5000));
    QCOMPARE(shown.size(), 0); // nothing said about an automatic refresh
    m_window->refresh();
    QVERIFY(unchanged.wait(5000));
    QCOMPARE(shown.size(), 1); // the user asked: "no changes" in the status bar
    QTest::qWait(0);
    QCOMPARE(ticketData.size(), 0);
    QCOMPARE(commentsReset.size(), 0);
    QCOMPARE(commentsData.size(), 0);
    QCOMPARE(attachmentsData.size(), 0);
    QCOMPARE(delegate->measuredRows(), measured);
    QCOMPARE(m_server->requestCount(IdA), 3);
}

ANKRA_ISOLATED_GUI_TEST_MAIN(TestAutoRefresh)
#include "tst_autorefresh.moc"
