// The ticket list panel in the window, offscreen, against the fake server: the status filter
// and its presets, the debounced search (and Esc), opening a row in a tab and in a background
// tab (Enter, Ctrl+Enter, double-click, middle click), rows of open tickets marked, F5 in the
// panel, the error, empty and "no match" states, rejected rows counted, the filter remembered.

#include "core/apiclient.h"
#include "core/models/ticketlistmodel.h"
#include "core/preferences.h"
#include "core/recenttickets.h"
#include "core/ticketlistsettings.h"
#include "core/ticketsession.h"
#include "gui/list/ticketlistpanel.h"
#include "gui/mainwindow.h"
#include "gui/views/ticketpage.h"
#include "gui/widgets/messagebanner.h"
#include "support/fakeankraserver.h"
#include "support/isolatedmain.h"

#include <QAction>
#include <QDockWidget>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

QtMessageHandler g_previousHandler = nullptr;

void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message == u"This plugin does not support propagateSizeHints()")
        return;
    g_previousHandler(type, context, message);
}

QString idOfFirst(const QList<QJsonValue> &rows)
{
    return rows.first().toObject().value("id"_L1).toString();
}

} // namespace

class TestListPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsActiveByDefaultOnceStarted();
    void statusFilterAndPresets();
    void searchIsDebounced();
    void escapeClearsTheSearch();
    void enterOpensInATabCtrlEnterInTheBackground();
    void doubleClickAndMiddleClick();
    void f5RefreshesTheListKeepingTheSelection();
    void errorStateWithRetry();
    void noMatchOffersToClearTheFilter();
    void rejectedRowsAreCountedInABanner();
    void filterIsRemembered();
    void togglesFromTheViewMenu();

private:
    void makeWindow();
    bool waitIdle() const
    {
        return QTest::qWaitFor([this] { return !panel()->model()->isBusy(); }, 10000);
    }
    TicketListPanel *panel() const { return m_window->ticketListPanel(); }
    QListView *view() const { return panel()->view(); }
    QAction *statusAction(const QString &name) const
    {
        return m_window->findChild<QAction *>(name);
    }
    int tabCount() const { return m_window->tabCount(); }

    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<RecentTickets> m_recent;
    std::unique_ptr<MainWindow> m_window;
};

void TestListPanel::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(dropOffscreenNoise);
}

void TestListPanel::init()
{
    QSettings().clear();
    m_server = std::make_unique<FakeAnkraServer>();
    QVERIFY(m_server->listen());
    QList<QJsonValue> rows = FakeAnkraServer::makeListRows(80);
    QJsonObject about502 = rows[3].toObject(); // an active one: in_progress
    about502.insert("subject"_L1, u"Ingress returns 502 for shop.example.com"_s);
    rows[3] = about502;
    m_server->setListRows(rows);
    for (const QJsonValue &row : std::as_const(rows)) {
        const QString id = row.toObject().value("id"_L1).toString();
        m_server->addTicket(id,
                            sampleTicketJson(id, row.toObject().value("subject"_L1).toString()));
    }
    m_client = std::make_unique<ApiClient>();
    m_client->setRetryDelays({});
    m_preferences = std::make_unique<Preferences>();
    m_recent = std::make_unique<RecentTickets>();
}

void TestListPanel::cleanup()
{
    m_window.reset();
    m_recent.reset();
    m_preferences.reset();
    m_client.reset();
    m_server.reset();
}

void TestListPanel::makeWindow()
{
    Config config;
    config.baseUrl = m_server->baseUrl();
    config.token = QString::fromLatin1(FakeAnkraServer::DefaultToken);
    config.tokenSource = TokenSource::Environment;
    m_window
        = std::make_unique<MainWindow>(m_client.get(), m_preferences.get(), config, m_recent.get());
    m_window->resize(1100, 760);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        qWarning("window not active");
}

void TestListPanel::loadsActiveByDefaultOnceStarted()
{
    makeWindow();
    QTest::qWait(50);
    QCOMPARE(m_server->listTargets().size(), 0); // nothing before the window knows its token
    m_window->startTicketList();
    QVERIFY(waitIdle());
    QCOMPARE(m_server->listTargets().size(), 1);
    QCOMPARE(m_server->listTargets().first(),
             "/api/v1/org/support/tickets?page=1&page_size=50&status=pending_review&status=open"
             "&status=triaging&status=in_progress&status=waiting_customer");
    // 80 rows cycle through seven statuses: 58 are active.
    QCOMPARE(panel()->model()->totalCount(), 58);
    QCOMPARE(panel()->countText(), u"58 tickets"_s);
    QCOMPARE(panel()->filterButton()->text(), u"Active"_s);
    QVERIFY(panel()->activePresetAction()->isChecked());
    QVERIFY(view()->isVisible());
    QCOMPARE(view()->model()->rowCount(), 50);
}

void TestListPanel::statusFilterAndPresets()
{
    makeWindow();
    m_window->startTicketList();
    QVERIFY(waitIdle());
    // Unticking four of the five active statuses leaves one.
    for (const char *name : {"pending_review", "triaging", "in_progress", "waiting_customer"})
        statusAction(u"listStatus_"_s + QLatin1String(name))->trigger();
    QVERIFY(waitIdle());
    QVERIFY(m_server->listTargets().constLast().endsWith("page=1&page_size=50&status=open"));
    QCOMPARE(panel()->filterButton()->text(), u"Open"_s);
    for (const TicketSummary &t : panel()->model()->tickets())
        QCOMPARE(t.status.value, Status::Open);
    QVERIFY(!panel()->activePresetAction()->isChecked());

    panel()->allPresetAction()->trigger();
    QVERIFY(waitIdle());
    QVERIFY(m_server->listTargets().constLast().endsWith("page=1&page_size=50"));
    QCOMPARE(panel()->model()->totalCount(), 80);
    QCOMPARE(panel()->filterButton()->text(), u"All statuses"_s);
    for (QAction *action : panel()->statusActions()) {
        if (!action->data().toString().isEmpty())
            QVERIFY(action->isChecked());
    }
    panel()->activePresetAction()->trigger();
    QVERIFY(waitIdle());
    QCOMPARE(panel()->model()->totalCount(), 58);
}

void TestListPanel::searchIsDebounced()
{
    makeWindow();
    m_window->startTicketList();
    QVERIFY(waitIdle());
    const int before = int(m_server->listTargets().size());
    QLineEdit *search = panel()->searchField();
    search->setFocus();
    QTest::keyClicks(search, u"returns 502"_s);
    QVERIFY(panel()->isSearchPending());
    QTest::qWait(TicketListPanel::SearchDelayMs / 2);
    QCOMPARE(int(m_server->listTargets().size()), before); // still typing
    QVERIFY(QTest::qWaitFor([&] { return m_server->listTargets().size() > before; }, 3000));
    QVERIFY(waitIdle());
    QTest::qWait(TicketListPanel::SearchDelayMs + 100);
    QCOMPARE(int(m_server->listTargets().size()), before + 1); // one request for eleven keys
    QVERIFY(m_server->listTargets().constLast().endsWith("&q=returns%20502"));
    QCOMPARE(panel()->model()->rowCount(), 1);
    QCOMPARE(panel()->model()->tickets().first().subject,
             u"Ingress returns 502 for shop.example.com"_s);
    QCOMPARE(panel()->countText(), u"1 ticket"_s);
}

void TestListPanel::escapeClearsTheSearch()
{
    makeWindow();
    m_window->startTicketList();
    QVERIFY(waitIdle());
    QLineEdit *search = panel()->searchField();
    search->setFocus();
    QTest::keyClicks(search, u"502"_s);
    QVERIFY(QTest::qWaitFor([&] { return panel()->model()->filter().search == u"502"_s; }, 3000));
    QVERIFY(waitIdle());
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QVERIFY(!panel()->isSearchPending()); // cleared at once, not after the pause
    QCOMPARE(panel()->model()->filter().search, QString());
    QVERIFY(waitIdle());
    QCOMPARE(panel()->model()->totalCount(), 58);
}

void TestListPanel::enterOpensInATabCtrlEnterInTheBackground()
{
    makeWindow();
    m_window->startTicketList();
    QVERIFY(waitIdle());
    const QString first = panel()->model()->idAt(0);
    const QString second = panel()->model()->idAt(1);
    const QString third = panel()->model()->idAt(2);
    view()->setFocus();
    view()->setCurrentIndex(view()->model()->index(0, 0));
    QTest::keyClick(view(), Qt::Key_Return);
    QCOMPARE(m_window->currentSession()->id().toString(), first);
    QCOMPARE(tabCount(), 1); // the empty tab was used

    // Arrow keys move the selection; Ctrl+Enter opens in a background tab.
    QTest::keyClick(view(), Qt::Key_Down);
    QCOMPARE(view()->currentIndex().row(), 1);
    QTest::keyClick(view(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(tabCount(), 2);
    QCOMPARE(m_window->currentSession()->id().toString(), first); // still the first
    QTest::keyClick(view(), Qt::Key_Down);
    QTest::keyClick(view(), Qt::Key_Enter, Qt::ControlModifier);
    QCOMPARE(tabCount(), 3);
    QCOMPARE(m_window->currentSession()->id().toString(), first);
    // Each background tab goes next to the current one, and fetches on its own.
    QCOMPARE(m_window->pageAt(1)->session()->id().toString(), third);
    QCOMPARE(m_window->pageAt(2)->session()->id().toString(), second);
    QVERIFY(QTest::qWaitFor([&] { return m_window->pageAt(1)->session()->hasTicket(); }, 5000));

    // The rows of the open tickets are marked.
    const TicketListModel *model = panel()->model();
    QVERIFY(model->index(0).data(TicketListModel::OpenInTabRole).toBool());
    QVERIFY(model->index(1).data(TicketListModel::OpenInTabRole).toBool());
    QVERIFY(model->index(2).data(TicketListModel::OpenInTabRole).toBool());
    QVERIFY(!model->index(3).data(TicketListModel::OpenInTabRole).toBool());
    // Enter on an open ticket switches to its tab instead of opening it twice.
    view()->setCurrentIndex(view()->model()->index(1, 0));
    QTest::keyClick(view(), Qt::Key_Return);
    QCOMPARE(tabCount(), 3);
    QCOMPARE(m_window->currentSession()->id().toString(), second);
    m_window->closeTab(m_window->currentTabIndex());
    QVERIFY(!model->index(1).data(TicketListModel::OpenInTabRole).toBool());
}

void TestListPanel::doubleClickAndMiddleClick()
{
    makeWindow();
    m_window->startTicketList();
    QVERIFY(waitIdle());
    const QRect firstRect = view()->visualRect(view()->model()->index(0, 0));
    const QRect secondRect = view()->visualRect(view()->model()->index(1, 0));
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, firstRect.center());
    QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, firstRect.center());
    QCOMPARE(m_window->currentSession()->id().toString(), panel()->model()->idAt(0));
    QTest::mouseClick(view()->viewport(), Qt::MiddleButton, {}, secondRect.center());
    QCOMPARE(tabCount(), 2);
    QCOMPARE(m_window->currentSession()->id().toString(), panel()->model()->idAt(0));
    QCOMPARE(m_window->pageAt(1)->session()->id().toString(), panel()->model()->idAt(1));
}

void TestListPanel::f5RefreshesTheListKeepingTheSelection()
{
    makeWindow();
    m_window->startTicketList();
    QVERIFY(waitIdle());
    view()->setFocus();
    view()->setCurrentIndex(view()->model()->index(10, 0));
    const QString selected = panel()->model()->idAt(10);
    QList<QJsonValue> rows = m_server->listRows();
    rows.prepend(FakeAnkraServer::makeListRows(1, 5).first()); // a new open ticket on top
    m_server->setListRows(rows);
    const int before = int(m_server->listTargets().size());
    QSignalSpy reset(panel()->model(), &QAbstractItemModel::modelReset);
    QTest::keyClick(view(), Qt::Key_F5);
    QVERIFY(waitIdle());
    QCOMPARE(int(m_server->listTargets().size()), before + 1);
    QCOMPARE(m_server->requestCount() - int(m_server->listTargets().size()), 0); // not the ticket
    QCOMPARE(reset.count(), 0);
    QCOMPARE(panel()->model()->idAt(0), idOfFirst(rows));
    QCOMPARE(view()->currentIndex().data(TicketListModel::TicketIdRole).toString(), selected);
    QCOMPARE(view()->currentIndex().row(), 11);
}

void TestListPanel::errorStateWithRetry()
{
    m_server->setListFault(Fault::Status).status = 500;
    makeWindow();
    m_window->startTicketList();
    QVERIFY(waitIdle());
    QVERIFY(panel()->isShowingMessage());
    QVERIFY(panel()->messageTitle().contains(u"Server error"_s));
    auto *retry = panel()->findChild<QPushButton *>(u"listRetryButton"_s);
    QVERIFY(retry->isVisible());
    m_server->clearFaults();
    retry->click();
    QVERIFY(waitIdle());
    QVERIFY(!panel()->isShowingMessage());
    QCOMPARE(panel()->model()->rowCount(), 50);

    // A failed refresh keeps the list under a banner.
    m_server->setListFault(Fault::Status).status = 503;
    panel()->refresh();
    QVERIFY(waitIdle());
    QVERIFY(panel()->staleBanner()->isVisible());
    QVERIFY(panel()->staleBanner()->text().contains(u"could not be refreshed"_s));
    QCOMPARE(panel()->model()->rowCount(), 50);
    m_server->clearFaults();
    panel()->model()->retry();
    QVERIFY(waitIdle());
    QVERIFY(!panel()->staleBanner()->isVisible());
}

void TestListPanel::noMatchOffersToClearTheFilter()
{
    makeWindow();
    m_window->startTicketList();
    QVERIFY(waitIdle());
    TicketListFilter filter;
    filter.statuses = {u"open"_s};
    filter.search = u"no such subject"_s;
    panel()->setFilter(filter);
    QVERIFY(waitIdle());
    QCOMPARE(panel()->messageTitle(), u"No tickets match"_s);
    auto *clear = panel()->findChild<QPushButton *>(u"listClearFilterButton"_s);
    QVERIFY(clear->isVisible());
    clear->click();
    QVERIFY(waitIdle());
    QCOMPARE(panel()->searchField()->text(), QString());
    QCOMPARE(panel()->model()->totalCount(), 80);
    QVERIFY(!panel()->isShowingMessage());
}

void TestListPanel::rejectedRowsAreCountedInABanner()
{
    QList<QJsonValue> rows = m_server->listRows();
    for (int i : {1, 8}) {
        QJsonObject broken = rows[i].toObject();
        broken.insert("updated_at"_L1, u"yesterday"_s);
        rows[i] = broken;
    }
    m_server->setListRows(rows);
    makeWindow();
    m_window->startTicketList();
    QVERIFY(waitIdle());
    QVERIFY(panel()->skippedBanner()->isVisible());
    QCOMPARE(panel()->skippedBanner()->text(),
             u"2 tickets could not be shown (updated_at: expected a date-time)."_s);
    QCOMPARE(panel()->model()->rowCount(), 48);
}

void TestListPanel::filterIsRemembered()
{
    makeWindow();
    m_window->startTicketList();
    QVERIFY(waitIdle());
    TicketListFilter filter;
    filter.statuses = {u"closed"_s, u"resolved"_s};
    filter.search = u"Ticket 1"_s;
    panel()->setFilter(filter);
    QVERIFY(waitIdle());
    m_window.reset();
    const TicketListSettings saved = TicketListSettings::load();
    QVERIFY(saved.panelVisible); // closing the window is not hiding the panel
    QCOMPARE(saved.filter.statuses, (QStringList{u"resolved"_s, u"closed"_s}));
    QCOMPARE(saved.filter.search, u"Ticket 1"_s);
    makeWindow();
    m_window->startTicketList();
    QVERIFY(waitIdle());
    QCOMPARE(panel()->searchField()->text(), u"Ticket 1"_s);
    QCOMPARE(panel()->model()->filter().statuses, (QStringList{u"resolved"_s, u"closed"_s}));
    QVERIFY(m_server->listTargets().constLast().endsWith(
        "&status=resolved&status=closed&q=Ticket%201"));
}

void TestListPanel::togglesFromTheViewMenu()
{
    makeWindow();
    auto *toggle = m_window->findChild<QAction *>(u"actionTicketList"_s);
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::Key_F9));
    QVERIFY(m_window->ticketListDock()->isVisible());
    toggle->trigger();
    QVERIFY(!m_window->ticketListDock()->isVisible());
    QCOMPARE(TicketListSettings::load().panelVisible, false);
    // Hidden, it asks for nothing; shown again, it loads.
    m_window->startTicketList();
    QTest::qWait(50);
    QCOMPARE(m_server->listTargets().size(), 0);
    auto *search = m_window->findChild<QAction *>(u"actionSearchTickets"_s);
    QCOMPARE(search->shortcut(), QKeySequence(u"Ctrl+Shift+F"_s));
    search->trigger(); // Ctrl+Shift+F: shown, the cursor in the search box
    QVERIFY(m_window->ticketListDock()->isVisible());
    QVERIFY(panel()->searchField()->hasFocus());
    QVERIFY(waitIdle());
    QCOMPARE(m_server->listTargets().size(), 1);
}

ANKRA_ISOLATED_GUI_TEST_MAIN(TestListPanel)
#include "tst_listpanel.moc"
