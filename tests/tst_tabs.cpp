// Several tickets in one window, against the fake Ankra server: find-or-create, the ticket
// field's Enter, new / close / reopen / next / previous tab by keyboard and mouse, a background
// tab's fetch and error, the tab's title, mark and tooltip, tabs restored lazily, recent tickets.

#include "core/apiclient.h"
#include "core/preferences.h"
#include "core/recenttickets.h"
#include "core/tabsession.h"
#include "gui/mainwindow.h"
#include "gui/views/ticketpage.h"
#include "gui/views/ticketview.h"
#include "gui/widgets/findbar.h"
#include "support/fakeankraserver.h"
#include "support/isolatedmain.h"
#include "support/offscreennoise.h"
#include "support/ticketfactory.h"

#include <QAction>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>

#include <memory>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

const QString IdA = u"0b8c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e"_s;
const QString IdB = u"1c9d8e7f-6a5b-4c4d-8e3f-2a1b0c9d8e7f"_s;
const QString IdC = u"2dae9f80-7b6c-4d5e-9f40-3b2c1d0e9f80"_s;

} // namespace

class TestTabs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openingAnOpenTicketSwitchesToItsTab();
    void enterUsesTheEmptyTabElseANewOne();
    void newCloseReopenByKeyboard();
    void nextAndPreviousTab();
    void middleClickCloses();
    void lastTabClosedLeavesAnEmptyOne();
    void backgroundFetchAndErrorMarkTheTab();
    void closingATabDropsItsFetch();
    void titleMarkAndTooltip();
    void hugeSubjectTitlesStayShort();
    void refreshActsOnTheCurrentTab();
    void severalTicketsOpenEachInATab();
    void restoredTabsFetchWhenFirstShown();
    void recentTicketsMenuAndStartPage();
    void copyLinkOpensTheSameTicket();
    void escapeInFindClosesFindNotTheFetch();

private:
    MainWindow *makeWindow();
    bool waitShown(const QString &id);
    QTabBar *tabBar() const { return m_window->findChild<QTabBar *>(u"tabBar"_s); }
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }

    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<RecentTickets> m_recent;
    std::unique_ptr<MainWindow> m_window;
};

void TestTabs::initTestCase()
{
    Test::quietOffscreenPlatform();
}

void TestTabs::init()
{
    QSettings().clear();
    m_server = std::make_unique<FakeAnkraServer>();
    QVERIFY(m_server->listen());
    m_server->addTicket(IdA, sampleTicketJson(IdA, u"Ticket A & co"_s));
    m_server->addTicket(IdB, sampleTicketJson(IdB, u"Ticket B"_s));
    m_server->addTicket(IdC, sampleTicketJson(IdC, u"<b>Ticket C</b>"_s));
    m_client = std::make_unique<ApiClient>();
    m_client->setRetryDelays({});
    m_preferences = std::make_unique<Preferences>();
    m_recent = std::make_unique<RecentTickets>();
}

void TestTabs::cleanup()
{
    m_window.reset();
    m_recent.reset();
    m_preferences.reset();
    m_client.reset();
    m_server.reset();
}

MainWindow *TestTabs::makeWindow()
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
    return m_window.get();
}

bool TestTabs::waitShown(const QString &id)
{
    return QTest::qWaitFor(
        [&] {
            return m_window->currentSession()->loadedId().toString() == id
                   && m_window->state() == MainWindow::State::Loaded;
        },
        10000);
}

void TestTabs::openingAnOpenTicketSwitchesToItsTab()
{
    makeWindow();
    m_window->openTicket(IdA);
    QVERIFY(waitShown(IdA));
    QCOMPARE(m_window->tabCount(), 1); // the empty tab took it
    m_window->openTicket(IdB);
    QVERIFY(waitShown(IdB));
    QCOMPARE(m_window->tabCount(), 2);
    QCOMPARE(m_window->currentTabIndex(), 1);

    // The same ticket typed otherwise (upper case, braces, in a link) is the same tab.
    m_window->openTicket(u"https://platform.ankra.app/support/tickets/{"_s + IdA.toUpper()
                         + u"}"_s);
    QCOMPARE(m_window->tabCount(), 2);
    QCOMPARE(m_window->currentTabIndex(), 0);
    QCOMPARE(m_window->currentId().toString(), IdA);
    QCOMPARE(m_server->requestCount(IdA), 1); // switched to, not fetched again
}

void TestTabs::enterUsesTheEmptyTabElseANewOne()
{
    makeWindow();
    auto *edit = m_window->findChild<QLineEdit *>(u"ticketEdit"_s);
    edit->setText(IdA);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(waitShown(IdA));
    QCOMPARE(m_window->tabCount(), 1);

    edit->setText(IdB);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(waitShown(IdB));
    QCOMPARE(m_window->tabCount(), 2);
    QCOMPARE(m_window->pageAt(0)->session()->loadedId().toString(), IdA); // A stays

    // Ctrl+T: an empty tab with the field focused; Enter there fills that tab.
    QTest::keySequence(m_window.get(), QKeySequence::AddTab);
    QCOMPARE(m_window->tabCount(), 3);
    QCOMPARE(m_window->currentTabIndex(), 2);
    QTRY_VERIFY(edit->hasFocus());
    QVERIFY(edit->text().isEmpty());
    edit->setText(IdC);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(waitShown(IdC));
    QCOMPARE(m_window->tabCount(), 3);
}

void TestTabs::newCloseReopenByKeyboard()
{
    makeWindow();
    m_window->openTicket(IdA);
    m_window->openTicket(IdB);
    QVERIFY(waitShown(IdB));
    QCOMPARE(m_window->tabCount(), 2);

    QTest::keySequence(m_window.get(), QKeySequence(u"Ctrl+W"_s));
    QCOMPARE(m_window->tabCount(), 1);
    QCOMPARE(m_window->currentId().toString(), IdA);

    QTest::keySequence(m_window.get(), QKeySequence(u"Ctrl+Shift+T"_s));
    QCOMPARE(m_window->tabCount(), 2);
    QVERIFY(waitShown(IdB));
    // Nothing more was closed: a second reopen does nothing.
    QTest::keySequence(m_window.get(), QKeySequence(u"Ctrl+Shift+T"_s));
    QCOMPARE(m_window->tabCount(), 2);
}

void TestTabs::nextAndPreviousTab()
{
    makeWindow();
    m_window->openTicket(IdA);
    m_window->openTicket(IdB);
    m_window->openTicket(IdC);
    QCOMPARE(m_window->currentTabIndex(), 2);
    QTest::keySequence(m_window.get(), QKeySequence(u"Ctrl+Tab"_s));
    QCOMPARE(m_window->currentTabIndex(), 0); // wraps
    QTest::keySequence(m_window.get(), QKeySequence(u"Ctrl+PgDown"_s));
    QCOMPARE(m_window->currentTabIndex(), 1);
    QTest::keySequence(m_window.get(), QKeySequence(u"Ctrl+PgUp"_s));
    QCOMPARE(m_window->currentTabIndex(), 0);
    QTest::keySequence(m_window.get(), QKeySequence(u"Ctrl+Shift+Tab"_s));
    QCOMPARE(m_window->currentTabIndex(), 2);
    QCOMPARE(m_window->currentId().toString().isEmpty()
                 ? m_window->currentSession()->id().toString()
                 : m_window->currentId().toString(),
             IdC);
}

void TestTabs::middleClickCloses()
{
    makeWindow();
    m_window->openTicket(IdA);
    m_window->openTicket(IdB);
    QVERIFY(waitShown(IdB));
    QTabBar *bar = tabBar();
    QVERIFY(bar->isVisible());
    QTest::mouseClick(bar, Qt::MiddleButton, {}, bar->tabRect(0).center());
    QCOMPARE(m_window->tabCount(), 1);
    QCOMPARE(m_window->currentId().toString(), IdB);
}

void TestTabs::lastTabClosedLeavesAnEmptyOne()
{
    makeWindow();
    m_window->openTicket(IdA);
    QVERIFY(waitShown(IdA));
    m_window->closeTab(0);
    QCOMPARE(m_window->tabCount(), 1);
    QCOMPARE(m_window->state(), MainWindow::State::Empty);
    QVERIFY(!m_window->currentSession()->id().isValid());
    QVERIFY(m_window->windowTitle().isEmpty());
}

void TestTabs::backgroundFetchAndErrorMarkTheTab()
{
    makeWindow();
    m_window->openTicket(IdA);
    QVERIFY(waitShown(IdA));
    m_server->setFault(Fault::SlowHeaders, IdB).delayMs = 400;
    m_window->openTicket(IdB, MainWindow::Placement::Background);
    QCOMPARE(m_window->tabCount(), 2);
    QCOMPARE(m_window->currentTabIndex(), 0); // stays on A
    TicketPage *b = m_window->pageAt(1);
    QVERIFY(b->session()->isBusy());
    QVERIFY(tabBar()->tabToolTip(1).contains(u"Loading"_s));
    QTRY_VERIFY_WITH_TIMEOUT(b->session()->state() == MainWindow::State::Loaded, 10000);
    QCOMPARE(tabBar()->tabText(1), u"Ticket B"_s);

    // A background tab that fails is marked; nothing pops up, the current tab is untouched.
    m_server->clearFaults();
    m_server->setFault(Fault::Status, IdB).status = 500;
    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    b->session()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(b->session()->isStale(), 10000);
    QCOMPARE(failed.count(), 0); // about the current tab only
    QVERIFY(tabBar()->tabToolTip(1).contains(b->session()->lastError().title()));
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    QCOMPARE(m_window->currentId().toString(), IdA);
}

void TestTabs::closingATabDropsItsFetch()
{
    makeWindow();
    m_window->openTicket(IdA);
    QVERIFY(waitShown(IdA));
    m_server->setFault(Fault::StallBody, IdB);
    m_window->openTicket(IdB);
    QTRY_COMPARE(m_server->requestCount(IdB), 1);
    QVERIFY(m_client->isBusy());
    m_window->closeTab(1);
    QTRY_VERIFY(!m_client->isBusy());
    QCOMPARE(m_window->currentId().toString(), IdA);
}

void TestTabs::titleMarkAndTooltip()
{
    makeWindow();
    m_window->openTicket(IdA);
    m_window->openTicket(IdC);
    QVERIFY(waitShown(IdC));
    QTRY_COMPARE(m_window->pageAt(0)->session()->state(), MainWindow::State::Loaded);
    QTabBar *bar = tabBar();
    QCOMPARE(bar->tabText(0), u"Ticket A && co"_s); // '&' shown as typed, not a mnemonic
    QCOMPARE(bar->tabText(1), u"<b>Ticket C</b>"_s);
    QVERIFY(!bar->tabIcon(0).isNull()); // the status mark
    // The tooltip holds the whole subject and the ID, as text.
    const QString tip = bar->tabToolTip(1);
    QVERIFY2(tip.contains(u"&lt;b&gt;Ticket C&lt;/b&gt;"_s), qPrintable(tip));
    QVERIFY(tip.contains(IdC));
    QCOMPARE(m_window->windowTitle(), u"<b>Ticket C</b>"_s);
    bar->setCurrentIndex(0);
    QCOMPARE(m_window->windowTitle(), u"Ticket A & co"_s);
}

void TestTabs::hugeSubjectTitlesStayShort()
{
    // Issue 15, item 8: a 30 MiB subject (inside the 32 MiB cap); the titles take its head.
    const QString subject = largeText(30 * 1024 * 1024, false);
    m_server->addTicket(IdB, sampleTicketJson(IdB, subject));
    makeWindow();
    m_window->openTicket(IdB);
    QVERIFY(waitShown(IdB));
    QTRY_COMPARE(m_window->pageAt(0)->session()->state(), MainWindow::State::Loaded);
    const QString tab = tabBar()->tabText(0);
    QVERIFY2(tab.size() <= 40 && tab.endsWith(u'…'), qPrintable(tab));
    QVERIFY(subject.startsWith(tab.chopped(1)));
    const QString title = m_window->windowTitle();
    QVERIFY2(title.size() <= 120 && title.endsWith(u'…'), qPrintable(title));
    QVERIFY(subject.startsWith(title.chopped(1)));
    QVERIFY(tabBar()->tabToolTip(0).size() < 1000);
}

void TestTabs::refreshActsOnTheCurrentTab()
{
    makeWindow();
    m_window->openTicket(IdA);
    m_window->openTicket(IdB);
    QVERIFY(waitShown(IdB));
    QTRY_COMPARE(m_window->pageAt(0)->session()->state(), MainWindow::State::Loaded);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE(m_server->requestCount(IdB), 2);
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(IdA), 1);
}

void TestTabs::severalTicketsOpenEachInATab()
{
    makeWindow();
    m_window->openTickets({IdA, u"not a ticket"_s, u"ankra " + IdB, IdC});
    QCOMPARE(m_window->tabCount(), 3);
    QCOMPARE(m_window->currentTabIndex(), 2); // the last one current
    QVERIFY(waitShown(IdC));
    QVERIFY(m_window->findChild<QLabel *>(u"inputErrorLabel"_s)->isVisible());
}

void TestTabs::restoredTabsFetchWhenFirstShown()
{
    makeWindow();
    TabSession::Tabs saved;
    saved.tickets = {TicketId::fromUserInput(IdA), TicketId::fromUserInput(IdB),
                     TicketId::fromUserInput(IdC)};
    saved.current = 1;
    m_window->restoreTabs(saved);
    QCOMPARE(m_window->tabCount(), 3);
    QCOMPARE(m_window->currentTabIndex(), 1);
    QVERIFY(waitShown(IdB));
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(IdA), 0); // lazily: not shown yet
    QCOMPARE(m_server->requestCount(IdC), 0);
    // Nor built: a tab not looked at is a document without widgets.
    QVERIFY(!m_window->pageAt(0)->hasWidgets());
    QVERIFY(!m_window->pageAt(2)->hasWidgets());
    QVERIFY(m_window->pageAt(1)->hasWidgets());
    const TabSession::Tabs now = m_window->tabs();
    QCOMPARE(now.tickets, saved.tickets);
    QCOMPARE(now.current, 1);

    tabBar()->setCurrentIndex(2);
    QVERIFY(waitShown(IdC));
    QCOMPARE(m_server->requestCount(IdA), 0);

    // Reordering by dragging is a move of the tab bar; the saved order follows it.
    QSignalSpy changed(m_window.get(), &MainWindow::tabsChanged);
    tabBar()->moveTab(2, 0);
    QVERIFY(changed.count() > 0);
    QCOMPARE(m_window->tabs().tickets.constFirst().toString(), IdC);
}

void TestTabs::recentTicketsMenuAndStartPage()
{
    makeWindow();
    m_window->openTicket(IdA);
    QVERIFY(waitShown(IdA));
    m_window->openTicket(IdB);
    QVERIFY(waitShown(IdB));
    QCOMPARE(m_recent->entries().size(), 2);
    QCOMPARE(m_recent->entries().constFirst().id.toString(), IdB);
    QCOMPARE(m_recent->entries().constFirst().subject, u"Ticket B"_s);

    auto *menu = m_window->findChild<QMenu *>(u"menuRecent"_s);
    QVERIFY(menu);
    QStringList texts;
    for (QAction *a : menu->actions())
        texts << a->text();
    QVERIFY2(texts.contains(u"Ticket B"_s), qPrintable(texts.join(u", ")));
    QVERIFY(texts.contains(u"Ticket A && co"_s));

    // An empty tab lists them; one click opens the ticket (its tab, which is open).
    m_window->newTab();
    auto *first = m_window->findChild<QCommandLinkButton *>(u"recentButton_1"_s);
    QVERIFY(first && first->isVisible());
    QCOMPARE(first->text(), u"Ticket A & co"_s);
    first->click();
    QCOMPARE(m_window->currentId().toString(), IdA);

    // Clear empties the menu and the start page.
    QAction *clear = menu->actions().constLast();
    clear->trigger();
    QVERIFY(m_recent->entries().isEmpty());
    QVERIFY(!m_window->findChild<QCommandLinkButton *>(u"recentButton_0"_s));
}

// Ticket -> Copy Link gives an ankra-ticket:// link; pasted into the field, it lands on the tab.
void TestTabs::copyLinkOpensTheSameTicket()
{
    makeWindow();
    QAction *copyLink = action("actionCopyLink");
    QVERIFY(copyLink);
    QVERIFY(!copyLink->isEnabled()); // nothing to link to yet
    m_window->openTicket(IdA);
    QVERIFY(waitShown(IdA));
    QVERIFY(copyLink->isEnabled());
    QTest::keySequence(m_window.get(), QKeySequence(u"Ctrl+Shift+L"_s));
    const QString link = QGuiApplication::clipboard()->text();
    QCOMPARE(link, u"ankra-ticket://ticket/"_s + IdA);
    m_window->newTab();
    m_window->openTicket(link);
    QCOMPARE(m_window->currentTabIndex(), 0); // its tab, not a second one
    QCOMPARE(m_window->tabCount(), 2);
}

// Esc in the find field closes the find bar; it does not cancel the refresh that is running.
void TestTabs::escapeInFindClosesFindNotTheFetch()
{
    makeWindow();
    m_window->openTicket(IdA);
    QVERIFY(waitShown(IdA));
    // Ctrl+F where the agent's cursor is after opening a ticket: in the ticket field.
    auto *edit = m_window->findChild<QLineEdit *>(u"ticketEdit"_s);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = m_window->ticketView()->findBar();
    QVERIFY(bar && bar->isVisible());
    m_server->setFault(Fault::StallBody, IdA);
    m_window->refresh();
    QVERIFY(m_window->currentSession()->isBusy());
    QLineEdit *field = bar->findChild<QLineEdit *>();
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QVERIFY(m_window->currentSession()->isBusy());   // still refreshing
    QTest::keyClick(m_window.get(), Qt::Key_Escape); // now Esc cancels it
    QVERIFY(!m_window->currentSession()->isBusy());
}

ANKRA_ISOLATED_GUI_TEST_MAIN(TestTabs)
#include "tst_tabs.moc"
