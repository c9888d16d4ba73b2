#include "gui/mainwindow.h"

#include "ui_mainwindow.h"

#include "core/apiclient.h"
#include "core/demoserver.h"
#include "core/models/ticketlistmodel.h"
#include "core/newsince/newcommentcounts.h"
#include "core/newsince/newsince.h"
#include "core/preferences.h"
#include "core/recenttickets.h"
#include "core/refresh/networkmonitor.h"
#include "core/refresh/refreshscheduler.h"
#include "core/store/ticketstore.h"
#include "core/ticket.h"
#include "core/ticketlistsettings.h"
#include "core/ticketsession.h"
#include "core/watch/watcher.h"
#include "gui/delegates/badgepainter.h"
#include "gui/diagnosticsmenu.h"
#include "gui/dialogs/aboutdialog.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/list/ticketlistpanel.h"
#include "gui/notify/notifier.h"
#include "gui/signin/credentials.h"
#include "gui/style/icons.h"
#include "gui/style/theme.h"
#include "gui/text/linkopener.h"
#include "gui/views/ticketpage.h"
#include "gui/views/ticketview.h"
#include "gui/widgets/accessiblenames.h"
#include "gui/widgets/messagebanner.h"

#include <QClipboard>
#include <QCommandLinkButton>
#include <QDeadlineTimer>
#include <QDockWidget>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QScopeGuard>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

// How much of a subject the window and tab titles (and their tooltips) look at: a subject of
// megabytes is not simplified whole for a title of 120 characters.
constexpr qsizetype MaxTitleSource = 2000;

void setScaledFont(QWidget *widget, qreal scale, QFont::Weight weight)
{
    QFont f = widget->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setWeight(weight);
    widget->setFont(f);
}

} // namespace

MainWindow::MainWindow(ApiClient *client, Preferences *preferences, const Config &config,
                       RecentTickets *recent, LinkOpener *links, TicketStore *store,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_client(client)
    , m_preferences(preferences)
    , m_store(store)
    , m_config(config)
    , m_recent(recent ? recent : new RecentTickets(this))
    , m_ownLinks(links ? nullptr : std::make_unique<LinkOpener>())
    , m_links(links ? links : m_ownLinks.get())
    , m_tabBar(new QTabBar(this))
    , m_refresh(new RefreshScheduler(this))
    , m_watcher(new Watcher(client, store, {}, this))
    , m_newCounts(new NewCommentCounts(store, this))
{
    m_ui->setupUi(this);
    setWindowTitle(QString());
    AccessibleNames::nameClearButton(m_ui->ticketEdit);

    // Tabs over the one stack of pages (the start page stands in for an empty tab).
    m_tabBar->setObjectName(u"tabBar"_s);
    m_tabBar->setAccessibleName(tr("Open tickets"));
    m_tabBar->setDocumentMode(true);
    m_tabBar->setTabsClosable(true);
    m_tabBar->setMovable(true);
    m_tabBar->setExpanding(false);
    m_tabBar->setElideMode(Qt::ElideRight);
    m_tabBar->setUsesScrollButtons(true);
    m_tabBar->setAutoHide(true); // one ticket needs no tab bar
    m_tabBar->setFocusPolicy(Qt::NoFocus);
    m_tabBar->setIconSize(QSize(12, 12));
    m_tabBar->installEventFilter(this);
    m_ui->centralLayout->insertWidget(m_ui->centralLayout->indexOf(m_ui->tabPages), m_tabBar);
    connect(m_tabBar, &QTabBar::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_tabBar, &QTabBar::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabBar, &QTabBar::tabMoved, this, &MainWindow::tabsChanged);

    // The start page scrolls: its lists must not make every page of the stack as tall as it.
    m_startPage = new QScrollArea(m_ui->tabPages);
    m_startPage->setObjectName(u"startPage"_s);
    m_startPage->setAccessibleName(tr("Start page"));
    m_startPage->setFrameShape(QFrame::NoFrame);
    m_startPage->setWidgetResizable(true);
    m_ui->tabPages->removeWidget(m_ui->emptyPage);
    m_startPage->setWidget(m_ui->emptyPage);
    m_ui->tabPages->insertWidget(0, m_startPage);

    auto *recentGroup = new QGroupBox(tr("Recent tickets"), m_ui->emptyPage);
    recentGroup->setObjectName(u"recentGroup"_s);
    recentGroup->setMaximumWidth(720);
    new QVBoxLayout(recentGroup);
    m_ui->emptyColumn->insertWidget(m_ui->emptyColumn->indexOf(m_ui->samplesGroup) + 1,
                                    recentGroup);
    connect(m_recent, &RecentTickets::changed, this, &MainWindow::populateRecent);

    m_refresh->setCurrentInterval(qint64(m_preferences->refreshIntervalSeconds()) * 1000);
    connect(m_preferences, &Preferences::refreshIntervalSecondsChanged, m_refresh,
            [this](int seconds) { m_refresh->setCurrentInterval(qint64(seconds) * 1000); });
    connect(m_watcher, &Watcher::changed, this, &MainWindow::onWatchEvent);
    connect(m_watcher, &Watcher::watchedChanged, this, &MainWindow::updateWatchAction);
    connect(m_watcher, &Watcher::fetched, m_newCounts, &NewCommentCounts::ticketKnown);
    setupActions();
    setupTicketList();
    m_ui->demoBanner->hide();
    m_ui->configBanner->hide();
    m_ui->keychainBanner->hide();
    m_ui->inputErrorLabel->hide();
    m_ui->busyBar->hide();
    m_ui->cancelButton->hide();
    m_ui->menuSamples->menuAction()->setVisible(false);

    m_ui->configBanner->setType(MessageBanner::Type::Error);
    m_ui->keychainBanner->setType(MessageBanner::Type::Information);
    applyConfig();

    connect(m_ui->ticketEdit, &QLineEdit::returnPressed, this,
            [this] { openTicket(m_ui->ticketEdit->text()); });
    connect(m_ui->ticketEdit, &QLineEdit::textEdited, this, &MainWindow::clearInputMark);
    connect(m_ui->openButton, &QPushButton::clicked, this,
            [this] { openTicket(m_ui->ticketEdit->text()); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_ui->emptyTokenHelpButton, &QPushButton::clicked, this, &MainWindow::showTokenHelp);

    // Preferences: the menu shows them, every page follows them.
    m_ui->actionAbsoluteTimes->setChecked(m_preferences->alwaysAbsoluteTimes());
    m_ui->actionNewestFirst->setChecked(m_preferences->newestCommentsFirst());
    connect(m_ui->actionAbsoluteTimes, &QAction::toggled, m_preferences,
            &Preferences::setAlwaysAbsoluteTimes);
    connect(m_ui->actionNewestFirst, &QAction::toggled, m_preferences,
            &Preferences::setNewestCommentsFirst);
    connect(m_preferences, &Preferences::alwaysAbsoluteTimesChanged, this, [this](bool on) {
        m_ui->actionAbsoluteTimes->setChecked(on);
        m_listPanel->setAlwaysAbsolute(on);
        for (int i = 0; i < tabCount(); ++i)
            pageAt(i)->setAlwaysAbsolute(on);
    });
    connect(m_preferences, &Preferences::newestCommentsFirstChanged, this, [this](bool on) {
        m_ui->actionNewestFirst->setChecked(on);
        for (int i = 0; i < tabCount(); ++i)
            pageAt(i)->setNewestFirst(on);
    });
    if (m_store) {
        // "Keep copies" off deletes them: nothing of a ticket stays behind against the wish.
        connect(m_preferences, &Preferences::keepCopiesChanged, this, [this](bool on) {
            if (!on)
                m_store->clearAll();
            applyStore();
        });
        connect(m_preferences, &Preferences::copiesRetentionChanged, this, [this] {
            m_store->setRetention(m_preferences->copiesMaxTickets(),
                                  m_preferences->copiesMaxDays());
        });
        m_store->setRetention(m_preferences->copiesMaxTickets(), m_preferences->copiesMaxDays());
        connect(m_store, &TicketStore::opened, this, [this] {
            if (!m_store->notice().isEmpty())
                applyConfig(); // the banner says it
        });
    }

    setScaledFont(m_ui->emptyTitle, 1.5, QFont::Bold);
    m_ui->emptyTitle->setFocusPolicy(Qt::NoFocus);
    m_ui->samplesGroup->setMaximumWidth(720);
    m_ui->emptyText->setMaximumWidth(640);
    m_ui->tokenText->setMaximumWidth(640);

    setCurrentPage(addPage(0));
    populateRecent();
    setupEmptyPage();
    applyColours();
    updateStatusBar();
    m_ui->ticketEdit->setFocus();
    resize(1280, 860);
    // Not at start-up: the backend may ask D-Bus, and a --screenshot is done by then.
    QTimer::singleShot(3000, this, &MainWindow::startNetworkMonitor);
}

void MainWindow::startNetworkMonitor()
{
    if (m_network)
        return;
    m_network = new NetworkMonitor(this);
    connect(m_network, &NetworkMonitor::onlineChanged, m_refresh, &RefreshScheduler::setOnline);
    connect(m_network, &NetworkMonitor::onlineChanged, m_watcher, &Watcher::setOnline);
    if (m_network->start()) {
        m_refresh->setOnline(m_network->isOnline());
        m_watcher->setOnline(m_network->isOnline());
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::setVisible(bool visible)
{
    // Before the window's first layout, so that the start page is laid out with its buttons.
    if (visible && m_recentButtonsDirty && m_ui->tabPages->currentWidget() == m_startPage)
        populateRecentButtons();
    QMainWindow::setVisible(visible);
}

TicketView *MainWindow::ticketView() const
{
    return m_page ? m_page->ticketView() : nullptr;
}

TicketSession *MainWindow::currentSession() const
{
    return m_page ? m_page->session() : nullptr;
}

MainWindow::State MainWindow::state() const
{
    return m_page ? m_page->session()->state() : State::Empty;
}

bool MainWindow::isStale() const
{
    return m_page && m_page->session()->isStale();
}

TicketId MainWindow::currentId() const
{
    return m_page ? m_page->session()->loadedId() : TicketId();
}

ApiError MainWindow::lastError() const
{
    return m_page ? m_page->session()->lastError() : ApiError();
}

// A new ticket document and its page (the page owns the session), in a new tab at `index`.
TicketPage *MainWindow::addPage(int index)
{
    auto *session = new TicketSession(m_client, m_store);
    auto *page = new TicketPage(session, m_ui->tabPages);
    session->setParent(page);
    page->setDemo(isDemo());
    page->setAlwaysAbsolute(m_preferences->alwaysAbsoluteTimes());
    page->setNewestFirst(m_preferences->newestCommentsFirst());
    m_ui->tabPages->addWidget(page);
    {
        const QSignalBlocker blocker(m_tabBar); // the caller decides which tab is current
        index = m_tabBar->insertTab(index, QString());
        m_tabBar->setTabData(index, QVariant::fromValue(static_cast<QObject *>(page)));
    }
    updateTab(page);

    connect(session, &TicketSession::stateChanged, this,
            [this, page] { onSessionStateChanged(page); });
    connect(session, &TicketSession::loaded, this, [this, page] { onSessionLoaded(page); });
    connect(session, &TicketSession::failed, this,
            [this, page](const ApiError &error) { onSessionFailed(page, error); });
    connect(session, &TicketSession::busyChanged, this,
            [this, page] { onSessionBusyChanged(page); });
    connect(session, &TicketSession::unchanged, this, [this, page] { onSessionUnchanged(page); });
    // The list rows' count: each copy the tab loads, and nothing new once it is looked at.
    m_newCounts->follow(session);
    connect(session->newSince(), &NewSince::changed, this, [this, page] {
        updateTab(page);
        if (page == m_page)
            updateActions();
    });
    m_refresh->addSession(session);
    page->addHeaderAction(m_watchAction);
    connect(page, &TicketPage::editIdRequested, this, &MainWindow::focusTicketField);
    connect(page, &TicketPage::tokenHelpRequested, this, &MainWindow::showTokenHelp);
    connect(page, &TicketPage::copyIdRequested, this, &MainWindow::copyId);
    connect(page, &TicketPage::linkActivated, this,
            [this](const QUrl &url) { m_links->open(this, url); });
    connect(page, &TicketPage::newestFirstChanged, m_preferences,
            &Preferences::setNewestCommentsFirst);
    return page;
}

// The start page stands in for a page whose session has nothing yet.
void MainWindow::showPage(TicketPage *page)
{
    const bool empty = page->session()->state() == State::Empty && !page->session()->isBusy();
    m_ui->tabPages->setCurrentWidget(empty ? static_cast<QWidget *>(m_startPage) : page);
    if (empty && m_recentButtonsDirty && isVisible())
        populateRecentButtons();
    updateActions();
    updateWindowTitle();
}

void MainWindow::onSessionStateChanged(TicketPage *page)
{
    updateTab(page);
    if (page != m_page)
        return;
    showPage(page);
    emit stateChanged(page->session()->state());
}

void MainWindow::onSessionLoaded(TicketPage *page)
{
    TicketSession *session = page->session();
    if (page == m_userRefresh)
        m_userRefresh = nullptr;
    updateTab(page);
    m_recent->add(session->loadedId(), session->ticket().subject);
    emit tabsChanged();
    if (page != m_page)
        return;
    m_ui->ticketEdit->setText(session->loadedId().toString());
    updateWindowTitle();
    updateActions();
    const QString time = QLocale().toString(session->fetchedAt().time(), QLocale::ShortFormat);
    statusBar()->showMessage(session->isSavedCopy() ? tr("Saved copy from %1.").arg(time)
                                                    : tr("Loaded at %1.").arg(time),
                             5000);
    emit ticketShown(session->loadedId().toString());
}

// A refresh found the ticket as shown: nothing to update. Said only when the user asked.
void MainWindow::onSessionUnchanged(TicketPage *page)
{
    if (page != m_userRefresh)
        return;
    m_userRefresh = nullptr;
    if (page != m_page)
        return;
    statusBar()->showMessage(
        tr("No changes since the last load (checked at %1).")
            .arg(QLocale().toString(page->session()->fetchedAt().time(), QLocale::ShortFormat)),
        5000);
    emit ticketShown(page->session()->loadedId().toString());
}

void MainWindow::onSessionFailed(TicketPage *page, const ApiError &error)
{
    if (page == m_userRefresh)
        m_userRefresh = nullptr;
    updateTab(page); // a background tab is marked, never interrupts
    if (page != m_page)
        return;
    updateActions();
    emit loadFailed(error);
}

void MainWindow::onSessionBusyChanged(TicketPage *page)
{
    if (isQuietRefresh(page)) {
        // The busy bar and the tab's mark only once the refresh has run a while: looked at
        // again then (a refresh over by that time has shown neither).
        page->setProperty(BusySinceProperty, QDeadlineTimer::current().deadline());
        QTimer::singleShot(BusyDelayMs + 10, Qt::PreciseTimer, page, [this, page] {
            updateTab(page);
            if (page == m_page)
                showBusy(page);
        });
    }
    updateTab(page);
    if (page != m_page)
        return;
    showBusy(page);
    updateActions();
}

void MainWindow::showBusy(const TicketPage *page)
{
    // Once up, the bar stays until the fetch ends (a tab switched to mid-refresh shows it).
    setBusyShown(
        page && (showsBusyMark(page) || (page->session()->isBusy() && m_ui->busyBar->isVisible())));
}

bool MainWindow::isQuietRefresh(const TicketPage *page) const
{
    // An automatic refresh of a ticket on screen: usually over well inside a second, once a
    // minute, so the busy bar and the tab's mark wait BusyDelayMs before they show. A first
    // load, or a refresh the user asked for, shows them at once.
    const TicketSession *session = page->session();
    return session->isBusy() && session->state() == TicketSession::State::Loaded
           && session->hasTicket() && page != m_userRefresh;
}

bool MainWindow::showsBusyMark(const TicketPage *page) const
{
    if (!page->session()->isBusy())
        return false;
    if (!isQuietRefresh(page))
        return true;
    const qint64 since = page->property(BusySinceProperty).toLongLong();
    return QDeadlineTimer::current().deadline() - since >= BusyDelayMs;
}

void MainWindow::setBusyShown(bool shown)
{
    m_ui->busyBar->setVisible(shown);
    m_ui->cancelButton->setVisible(shown);
}

void MainWindow::focusTicketField()
{
    m_ui->ticketEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->ticketEdit->selectAll();
}

void MainWindow::setupActions()
{
    m_ui->actionRefresh->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(u"Ctrl+R"_s)});
    m_ui->actionRefresh->setIcon(Icons::icon(u"refresh"_s));
    m_ui->actionCopyId->setIcon(Icons::icon(u"copy"_s));
    m_ui->actionCancel->setIcon(Icons::icon(u"cancel"_s));
    m_ui->actionTokenHelp->setIcon(Icons::icon(u"key"_s));
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    m_ui->actionSettings->setShortcuts({QKeySequence(u"Ctrl+,"_s), QKeySequence::Preferences});
    m_ui->actionSettings->setIcon(Icons::icon(u"key"_s));
    m_ui->actionSettings->setEnabled(false); // until setCredentials()
    m_ui->refreshButton->setDefaultAction(m_ui->actionRefresh);
    m_ui->copyIdToolButton->setDefaultAction(m_ui->actionCopyId);
    m_ui->copyIdToolButton->setText(tr("Copy ID"));
    m_ui->openButton->setIcon(Icons::icon(u"open"_s));
    m_ui->emptyTokenHelpButton->setIcon(Icons::icon(u"key"_s));

    connect(m_ui->actionOpenTicket, &QAction::triggered, this, &MainWindow::focusTicketField);

    // Tabs: made here, placed in the File menu after Open Ticket.
    auto makeAction
        = [this](const char *name, const QString &text, const QList<QKeySequence> &keys) {
              auto *action = new QAction(text, this);
              action->setObjectName(QString::fromLatin1(name));
              action->setShortcuts(keys);
              addAction(action); // shortcuts work with the menu bar hidden too
              return action;
          };
    QAction *newTab = makeAction("actionNewTab", tr("New &Tab"), {QKeySequence::AddTab});
    QAction *closeTab = makeAction("actionCloseTab", tr("&Close Tab"), {QKeySequence(u"Ctrl+W"_s)});
    QAction *reopen = makeAction("actionReopenTab", tr("Reopen Closed Ta&b"),
                                 {QKeySequence(u"Ctrl+Shift+T"_s)});
    QAction *next = makeAction("actionNextTab", tr("Ne&xt Tab"),
                               {QKeySequence(u"Ctrl+Tab"_s), QKeySequence(u"Ctrl+PgDown"_s)});
    QAction *previous
        = makeAction("actionPreviousTab", tr("Pre&vious Tab"),
                     {QKeySequence(u"Ctrl+Shift+Tab"_s), QKeySequence(u"Ctrl+PgUp"_s)});
    QAction *copyLink
        = makeAction("actionCopyLink", tr("Copy &Link"), {QKeySequence(u"Ctrl+Shift+L"_s)});
    copyLink->setIcon(Icons::icon(u"copy"_s));
    copyLink->setToolTip(tr("Copy an ankra-ticket:// link that opens this ticket in the viewer"));
    connect(copyLink, &QAction::triggered, this, &MainWindow::copyLink);
    m_ui->menuFile->insertAction(m_ui->actionCopyId, copyLink);
    m_ui->menuFile->removeAction(m_ui->actionCopyId);
    m_ui->menuFile->insertAction(copyLink, m_ui->actionCopyId);
    m_watchAction = makeAction("actionWatch", tr("&Watch Ticket"), {});
    m_watchAction->setCheckable(true);
    m_watchAction->setIconText(tr("Watch"));
    m_watchAction->setToolTip(tr("Be notified of new comments and status changes on this "
                                 "ticket, even when its tab is closed"));
    m_watchAction->setEnabled(false);
    connect(m_watchAction, &QAction::triggered, this, [this](bool on) {
        TicketSession *session = currentSession();
        if (session && session->hasTicket())
            setWatched(currentId().toString(), session->ticket().subject, on);
        updateWatchAction();
    });
    m_ui->menuFile->insertAction(m_ui->actionRefresh, m_watchAction);
    m_ui->menuFile->insertSeparator(m_ui->actionRefresh);
    connect(newTab, &QAction::triggered, this, &MainWindow::newTab);
    connect(closeTab, &QAction::triggered, this, [this] { this->closeTab(currentTabIndex()); });
    connect(reopen, &QAction::triggered, this, &MainWindow::reopenClosedTab);
    connect(next, &QAction::triggered, this, &MainWindow::nextTab);
    connect(previous, &QAction::triggered, this, &MainWindow::previousTab);
    auto *recentMenu = new QMenu(tr("Recent &Tickets"), m_ui->menuFile);
    recentMenu->setObjectName(u"menuRecent"_s);
    QAction *before = m_ui->actionRefresh;
    m_ui->menuFile->insertAction(before, newTab);
    m_ui->menuFile->insertMenu(before, recentMenu);
    m_ui->menuFile->insertSeparator(before);
    m_ui->menuFile->insertAction(m_ui->actionSettings, closeTab);
    m_ui->menuFile->insertAction(m_ui->actionSettings, reopen);
    m_ui->menuFile->insertSeparator(m_ui->actionSettings);
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(next);
    m_ui->menuView->addAction(previous);
    // New since you last looked: the current tab's (its banner has the same two buttons).
    QAction *jumpToNew
        = makeAction("actionJumpToFirstNew", tr("&Jump to First New"), {QKeySequence(u"Ctrl+J"_s)});
    QAction *markAsRead = makeAction("actionMarkAsRead", tr("&Mark as Read"), {});
    connect(jumpToNew, &QAction::triggered, this, [this] {
        if (m_page)
            m_page->jumpToFirstNew();
    });
    connect(markAsRead, &QAction::triggered, this, [this] {
        if (m_page)
            m_page->markAsRead();
    });
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(jumpToNew);
    m_ui->menuView->addAction(markAsRead);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionCancel, &QAction::triggered, this, &MainWindow::cancel);
    connect(m_ui->actionCopyId, &QAction::triggered, this, &MainWindow::copyId);
    // Find belongs to the ticket page: the action only forwards to it.
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        if (m_page)
            m_page->ticketView()->openFind();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionTokenHelp, &QAction::triggered, this, &MainWindow::showTokenHelp);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    // Help → Copy Diagnostics, Open Log Folder.
    addDiagnosticsActions(this, m_ui->menuHelp, m_ui->actionAbout);
}

// The list beside the tabs; its rows open tickets here and show which ones are open.
void MainWindow::setupTicketList()
{
    m_listPanel = new TicketListPanel(m_client, m_store, this);
    m_listPanel->model()->setNewCounts(m_newCounts);
    m_listPanel->setAlwaysAbsolute(m_preferences->alwaysAbsoluteTimes());
    m_listDock = new QDockWidget(tr("Tickets"), this);
    m_listDock->setObjectName(u"ticketListDock"_s);
    m_listDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_listDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_listDock->setWidget(m_listPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_listDock);
    const TicketListSettings saved = TicketListSettings::load();
    resizeDocks({m_listDock}, {saved.panelWidth > 0 ? saved.panelWidth : 380}, Qt::Horizontal);
    m_listDock->setVisible(saved.panelVisible);

    QAction *toggle = m_listDock->toggleViewAction();
    toggle->setObjectName(u"actionTicketList"_s);
    toggle->setText(tr("Ticket &List"));
    toggle->setShortcut(QKeySequence(Qt::Key_F9));
    addAction(toggle);
    connect(toggle, &QAction::toggled, this, [this](bool on) {
        // The user's choice, not the dock hidden with a window that closes.
        if (isVisible())
            TicketListSettings::savePanelVisible(on);
    });
    auto *search = new QAction(tr("&Search Tickets"), this);
    search->setObjectName(u"actionSearchTickets"_s);
    // Not Ctrl+K: line edits take it (delete to the end of the line) on X11.
    search->setShortcut(QKeySequence(u"Ctrl+Shift+F"_s));
    addAction(search);
    connect(search, &QAction::triggered, this, [this] {
        m_listDock->show();
        m_listDock->raise();
        m_listPanel->focusSearch();
    });
    m_ui->menuView->insertAction(m_ui->actionNewestFirst, toggle);
    m_ui->menuView->insertAction(m_ui->actionNewestFirst, search);
    m_ui->menuView->insertSeparator(m_ui->actionNewestFirst);

    connect(m_listPanel, &TicketListPanel::openRequested, this,
            [this](const QString &id, bool background) {
                openTicket(id, background ? Placement::Background : Placement::Auto);
            });
    connect(m_listPanel, &TicketListPanel::tokenHelpRequested, this, &MainWindow::showTokenHelp);
    connect(m_listPanel, &TicketListPanel::rowMenuAboutToShow, this,
            [this](QMenu *menu, const QString &id, const QString &subject) {
                QAction *watch = menu->addAction(tr("&Watch"));
                watch->setObjectName(u"actionWatchRow"_s);
                watch->setCheckable(true);
                const bool watched = m_watcher->isWatched(id);
                watch->setChecked(watched);
                watch->setEnabled(!m_watcher->scope().isEmpty()
                                  && (watched || m_watcher->canWatchMore()));
                connect(watch, &QAction::triggered, this, [this, id, subject](bool on) {
                    setWatched(id, subject, on);
                    updateWatchAction();
                });
            });
    // Refreshed in place (selection and scroll kept) while it is shown.
    m_listTarget = m_refresh->addListModel(m_listPanel->model(), false);
    // Not `this`: the dock hides while the window is taken down (UBSan: a MainWindow that is
    // only a QWidget any more); the scheduler and the target are what the slot needs.
    connect(m_listDock, &QDockWidget::visibilityChanged, m_refresh,
            [refresh = m_refresh, target = m_listTarget](bool visible) {
                refresh->setEnabled(target, visible);
            });
    connect(this, &MainWindow::tabsChanged, m_listPanel, [this] {
        QSet<QString> open;
        for (int i = 0; i < tabCount(); ++i) {
            const TicketId id = pageAt(i)->session()->id();
            if (id.isValid())
                open.insert(id.toString());
        }
        m_listPanel->setOpenTickets(open);
    });
}

void MainWindow::startTicketList()
{
    m_listPanel->start();
    m_accountKnown = true; // the keychain has answered: copies of other accounts can go
    applyStore();
}

void MainWindow::setupEmptyPage()
{
    m_ui->emptyIcon->setIconSize(QSize(48, 48));
    m_ui->emptyIcon->setIcon(Icons::icon(isDemo() ? u"demo"_s : u"ticket"_s));
    if (isDemo()) {
        m_ui->emptyTitle->setText(tr("Try a sample ticket"));
        m_ui->emptyText->setText(
            tr("These sample tickets come from a demo server inside this app. Click one to "
               "open it, or paste a sample's ID into the field above."));
    } else {
        m_ui->emptyTitle->setText(tr("Open a ticket"));
        m_ui->emptyText->setText(tr("Paste a ticket ID, or a link to a ticket, into the field "
                                    "above and press Enter. Ctrl+L puts the cursor there."));
    }
    if (m_config.hasToken()) {
        m_ui->tokenText->setText(
            tr("API token: %1.").arg(Config::tokenSourceLabel(m_config.tokenSource)));
    } else if (m_credentials && m_credentials->appTokenState() == Credentials::AppToken::Loading) {
        m_ui->tokenText->setText(m_credentials->tokenSourceText());
    } else {
        m_ui->tokenText->setText(
            tr("No API token is set up, so you see demo data. To see your organisation's "
               "tickets, create a token in the Ankra web app (Profile, then API Tokens) and "
               "paste it in Settings (Ctrl+,), start this app with it in ANKRA_API_TOKEN, or "
               "sign in with `ankra login`."));
    }
    // In demo mode the banner above already offers the token help.
    m_ui->emptyTokenHelpButton->setVisible(!isDemo() && !m_config.hasToken());
    m_ui->samplesGroup->setVisible(isDemo());
}

void MainWindow::setDemoServer(DemoServer *server)
{
    if (!server) {
        if (!m_demo)
            return;
        m_demo = nullptr;
        m_ui->demoBanner->hide();
        for (int i = 0; i < tabCount(); ++i)
            pageAt(i)->setDemo(false);
        populateSamples();
        applyConfig();
        return;
    }
    m_demo = server;
    Endpoint demo;
    demo.baseUrl = server->baseUrl();
    demo.token = DemoServer::token();
    m_client->setEndpoint(demo);
    for (int i = 0; i < tabCount(); ++i)
        pageAt(i)->setDemo(true);

    m_ui->demoBanner->setType(MessageBanner::Type::Information);
    m_ui->demoBanner->setCloseButtonVisible(false);
    m_ui->demoBanner->setText(
        m_config.hasToken()
            ? tr("Demo data: sample tickets from a server inside this app (--demo). Nothing "
                 "is sent to Ankra.")
            : tr("Demo data: no API token is set up, so these are sample tickets from a server "
                 "inside this app. Nothing is sent to Ankra."));
    m_ui->demoBanner->clearActions();
    m_ui->demoBanner->addAction(m_ui->actionTokenHelp);
    if (m_credentials)
        m_ui->demoBanner->addAction(m_ui->actionSettings);
    m_ui->demoBanner->show();
    populateSamples();
    applyConfig();
}

void MainWindow::populateSamples()
{
    qDeleteAll(m_sampleButtons);
    m_sampleButtons.clear();
    m_ui->menuSamples->clear();
    if (!m_demo)
        return;
    const auto samples = m_demo->samples();
    for (const DemoServer::Sample &sample : samples) {
        QStringList facts;
        facts << BadgePainter::badge(statusFromWire(sample.status)).text;
        if (!sample.severity.isEmpty())
            facts << tr("%1 severity")
                         .arg(BadgePainter::badge(severityFromWire(sample.severity)).text);
        if (!sample.clusterName.isEmpty())
            facts << sample.clusterName;
        auto *button
            = new QCommandLinkButton(sample.subject, facts.join(u" · "_s), m_ui->samplesGroup);
        button->setIcon(Icons::icon(u"ticket"_s));
        button->setAccessibleName(sample.subject);
        button->setObjectName(u"sampleButton_"_s + QString::number(m_sampleButtons.size()));
        const QString id = sample.id;
        connect(button, &QCommandLinkButton::clicked, this, [this, id] { openTicket(id); });
        m_ui->samplesLayout->addWidget(button);
        m_sampleButtons.append(button);

        QAction *action = m_ui->menuSamples->addAction(sample.subject);
        connect(action, &QAction::triggered, this, [this, id] { openTicket(id); });
    }
    m_ui->menuSamples->menuAction()->setVisible(!samples.isEmpty());
}

void MainWindow::openTicket(const QString &input, Placement placement)
{
    QString message;
    const TicketId id = TicketId::fromUserInput(input, &message);
    if (!id.isValid()) {
        markInvalidInput(message);
        return;
    }
    openTicketId(id, placement);
}

void MainWindow::openTicketId(const TicketId &id, Placement placement)
{
    clearInputMark();
    if (TicketPage *open = findPage(id)) {
        if (placement == Placement::Auto) {
            setCurrentPage(open);
            m_ui->ticketEdit->setText(id.toString());
        }
        return;
    }
    // The recent list after the fetch: the request is on its way first, and the start page,
    // replaced by the loading page, does not build its recent buttons for nothing.
    if (placement == Placement::Auto && m_page && m_page->session()->isBlank()) {
        m_ui->ticketEdit->setText(id.toString());
        m_page->session()->open(id);
        m_recent->add(id);
        updateActions();
        emit tabsChanged();
        return;
    }
    TicketPage *page = addPage(currentTabIndex() + 1);
    page->session()->open(id);
    m_recent->add(id);
    if (placement == Placement::Auto) {
        setCurrentPage(page);
        m_ui->ticketEdit->setText(id.toString());
    }
    emit tabsChanged();
}

void MainWindow::openTickets(const QStringList &inputs)
{
    QString firstError;
    for (const QString &input : inputs) {
        QString message;
        const TicketId id = TicketId::fromUserInput(input, &message);
        if (!id.isValid()) {
            if (firstError.isEmpty())
                firstError = message;
            continue;
        }
        openTicketId(id, Placement::Auto);
    }
    if (!firstError.isEmpty())
        markInvalidInput(firstError);
}

int MainWindow::tabCount() const
{
    return m_tabBar->count();
}

int MainWindow::currentTabIndex() const
{
    return m_tabBar->currentIndex();
}

TicketPage *MainWindow::pageAt(int index) const
{
    return qobject_cast<TicketPage *>(m_tabBar->tabData(index).value<QObject *>());
}

TicketPage *MainWindow::findPage(const TicketId &id) const
{
    for (int i = 0; i < tabCount(); ++i) {
        TicketPage *page = pageAt(i);
        if (page->session()->id() == id || page->session()->loadedId() == id)
            return page;
    }
    return nullptr;
}

void MainWindow::setCurrentPage(TicketPage *page)
{
    for (int i = 0; i < tabCount(); ++i) {
        if (pageAt(i) == page) {
            if (i == currentTabIndex())
                onCurrentTabChanged(i);
            else
                m_tabBar->setCurrentIndex(i);
            return;
        }
    }
}

void MainWindow::onCurrentTabChanged(int index)
{
    TicketPage *page = index >= 0 ? pageAt(index) : nullptr;
    m_page = page;
    m_refresh->setCurrentSession(page ? page->session() : nullptr);
    updateLooking();
    if (!page)
        return;
    TicketSession *session = page->session();
    if (session->isDeferred())
        session->refresh(); // a restored tab fetches when first shown
    m_ui->ticketEdit->setText(session->id().isValid() ? session->id().toString() : QString());
    clearInputMark();
    setBusyShown(session->isBusy());
    showPage(page);
    emit tabsChanged();
    emit stateChanged(session->state());
}

void MainWindow::newTab()
{
    TicketPage *page = addPage(currentTabIndex() + 1);
    setCurrentPage(page);
    focusTicketField();
}

void MainWindow::closeTab(int index)
{
    TicketPage *page = pageAt(index);
    if (!page)
        return;
    const TicketId id = page->session()->id();
    if (id.isValid()) {
        m_closed.removeAll(id);
        m_closed.append(id);
        if (m_closed.size() > 50)
            m_closed.removeFirst();
    }
    // The page leaves the stack before its tab, so that the stack never shows it again.
    m_ui->tabPages->removeWidget(page);
    if (page == m_page)
        m_page = nullptr;
    m_tabBar->removeTab(index); // makes a neighbour current, if any
    page->deleteLater();        // its session's fetch is dropped with it
    if (tabCount() == 0)
        setCurrentPage(addPage(0)); // the window always has a tab to type into
    else if (!m_page)
        onCurrentTabChanged(currentTabIndex());
    emit tabsChanged();
}

void MainWindow::reopenClosedTab()
{
    while (!m_closed.isEmpty()) {
        const TicketId id = m_closed.takeLast();
        if (!findPage(id)) {
            openTicket(id.toString());
            return;
        }
    }
}

void MainWindow::nextTab()
{
    if (tabCount() > 1)
        m_tabBar->setCurrentIndex((currentTabIndex() + 1) % tabCount());
}

void MainWindow::previousTab()
{
    if (tabCount() > 1)
        m_tabBar->setCurrentIndex((currentTabIndex() + tabCount() - 1) % tabCount());
}

TabSession::Tabs MainWindow::tabs() const
{
    TabSession::Tabs tabs;
    for (int i = 0; i < tabCount(); ++i) {
        const TicketId id = pageAt(i)->session()->id();
        if (!id.isValid())
            continue;
        if (i == currentTabIndex())
            tabs.current = int(tabs.tickets.size());
        tabs.tickets.append(id);
    }
    return tabs;
}

void MainWindow::restoreTabs(const TabSession::Tabs &tabs)
{
    if (tabs.tickets.isEmpty())
        return;
    TicketPage *current = nullptr;
    // QTabBar lays every tab out again for each tab inserted with a close button, eliding each
    // title again (20 tabs: ~30 M instructions). The buttons and the elision come once all
    // tabs are in; the bar ends up exactly as if the tabs had been added one by one.
    const Qt::TextElideMode elide = m_tabBar->elideMode();
    const bool closable = m_tabBar->tabsClosable();
    m_tabBar->setTabsClosable(false);
    m_tabBar->setElideMode(Qt::ElideNone);
    for (qsizetype i = 0; i < tabs.tickets.size(); ++i) {
        const TicketId &id = tabs.tickets.at(i);
        TicketPage *page = findPage(id);
        if (!page) {
            const bool reuse = m_page && m_page->session()->isBlank();
            page = reuse ? m_page : addPage(tabCount());
            // The current one fetches now (its request on its way while the other tabs are
            // put in place), the others when first shown.
            if (i == tabs.current)
                page->session()->open(id);
            else
                page->session()->defer(id);
            updateTab(page);
        }
        if (i == tabs.current)
            current = page;
    }
    m_tabBar->setTabsClosable(closable);
    m_tabBar->setElideMode(elide);
    setCurrentPage(current ? current : pageAt(tabCount() - 1));
}

// Title: the subject (elided by the bar), or the ID until it is loaded; a mark for the state.
void MainWindow::updateTab(TicketPage *page)
{
    int index = -1;
    for (int i = 0; i < tabCount() && index < 0; ++i)
        if (pageAt(i) == page)
            index = i;
    if (index < 0)
        return;
    const TicketSession *session = page->session();
    const TicketId id = session->id();
    QString subject = session->hasTicket() && session->loadedId() == id
                          ? session->ticket().subject.left(MaxTitleSource).simplified()
                          : m_recent->subject(id).simplified();
    QString title = !subject.isEmpty() ? subject
                    : id.isValid()     ? id.toString().left(8) + u'…'
                                       : tr("New Tab");
    if (title.size() > 40)
        title = title.left(39) + u'…';
    title.replace(u'&', u"&&"_s); // a tab's text takes & as a mnemonic
    const int newComments = session->newSince()->newCount();
    if (newComments > 0) {
        //: A tab's title: the ticket's subject and how many comments are new since last looked
        title = tr("%1 (%2)").arg(title, QLocale().toString(newComments));
    }
    // Set only when changed: each change lays the whole bar out again (a session's state and
    // busy changes come here several times while a ticket opens).
    if (m_tabBar->tabText(index) != title)
        m_tabBar->setTabText(index, title);

    QString tip;
    if (id.isValid()) {
        tip = subject.isEmpty() ? id.toString() : subject.left(500) + u'\n' + id.toString();
    } else {
        tip = tr("An empty tab: paste a ticket ID into the field above.");
    }
    QString mark; // which icon, as a key
    Theme::Tone tone = Theme::Tone::Neutral;
    if (showsBusyMark(page)) {
        mark = u"refresh"_s;
        tip += u'\n' + tr("Loading…");
    } else if (session->isOffline()) {
        // Readable, from the saved copy: the banner's warning, not an error.
        mark = u"warning"_s;
        tone = Theme::Tone::Warning;
        tip += u'\n' + page->offlineText();
    } else if (session->state() == State::Error || session->isStale()) {
        mark = u"error"_s;
        tone = Theme::Tone::Danger;
        tip += u'\n' + session->lastError().title();
    } else if (session->hasTicket()) {
        const Badge status = BadgePainter::badge(session->ticket().status);
        mark = u"dot"_s;
        tone = status.tone;
        tip += u'\n' + tr("Status: %1").arg(status.text);
    }
    if (newComments > 0)
        tip += u'\n' + tr("%n new comment(s) since you last looked", nullptr, newComments);
    const QString changes = session->newSince()->changeText();
    if (!changes.isEmpty())
        tip += u'\n' + changes;
    const QString markKey = mark.isEmpty() ? QString() : mark + u'/' + QString::number(int(tone));
    const char *markProperty = "ankraTabMark"; // the mark the tab shows
    if (page->property(markProperty).toString() != markKey) {
        page->setProperty(markProperty, markKey);
        m_tabBar->setTabIcon(index, mark.isEmpty() ? QIcon() : Icons::icon(mark, tone));
    }
    // Tooltips take rich text when they look like it: the subject is server text.
    m_tabBar->setTabToolTip(index, Qt::convertFromPlainText(tip, Qt::WhiteSpaceNormal));
    m_tabBar->setAccessibleTabName(index, title);
}

void MainWindow::populateRecent()
{
    qDeleteAll(m_recentButtons);
    m_recentButtons.clear();
    // The start page's buttons are built when it is shown (showPage(), setVisible()): a
    // window that opens a ticket at start never shows it, and tabs with tickets do not either.
    m_recentButtonsDirty = !isVisible() || m_ui->tabPages->currentWidget() != m_startPage;
    if (!m_recentButtonsDirty)
        populateRecentButtons();

    const auto &entries = m_recent->entries();
    QMenu *menu = m_ui->menuFile->findChild<QMenu *>(u"menuRecent"_s);
    menu->clear();
    for (const RecentTickets::Entry &entry : entries) {
        const QString subject = entry.subject.simplified();
        QString text = subject.isEmpty() ? entry.id.toString() : subject.left(80);
        text.replace(u'&', u"&&"_s);
        QAction *action = menu->addAction(text);
        action->setToolTip(entry.id.toString());
        const QString id = entry.id.toString();
        connect(action, &QAction::triggered, this, [this, id] { openTicket(id); });
    }
    if (!entries.isEmpty())
        menu->addSeparator();
    QAction *clear = menu->addAction(tr("&Clear Recent Tickets"));
    clear->setEnabled(!entries.isEmpty());
    connect(clear, &QAction::triggered, m_recent, &RecentTickets::clear);
}

void MainWindow::populateRecentButtons()
{
    m_recentButtonsDirty = false;
    qDeleteAll(m_recentButtons);
    m_recentButtons.clear();
    auto *group = m_ui->emptyPage->findChild<QGroupBox *>(u"recentGroup"_s);
    const auto &entries = m_recent->entries();
    for (qsizetype i = 0; i < entries.size() && i < 8; ++i) {
        const RecentTickets::Entry &entry = entries.at(i);
        const QString subject = entry.subject.simplified();
        auto *button
            = new QCommandLinkButton(subject.isEmpty() ? entry.id.toString() : subject.left(120),
                                     subject.isEmpty() ? QString() : entry.id.toString(), group);
        button->setIcon(Icons::icon(u"ticket"_s));
        button->setAccessibleName(subject.isEmpty() ? entry.id.toString() : subject.left(120));
        button->setObjectName(u"recentButton_"_s + QString::number(i));
        const QString id = entry.id.toString();
        connect(button, &QCommandLinkButton::clicked, this, [this, id] { openTicket(id); });
        group->layout()->addWidget(button);
        m_recentButtons.append(button);
    }
    group->setVisible(!entries.isEmpty());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // A middle click closes a tab, as in browsers.
    if (watched == m_tabBar && event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::MiddleButton) {
            const int index = m_tabBar->tabAt(mouse->position().toPoint());
            if (index >= 0) {
                closeTab(index);
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::refresh()
{
    TicketSession *session = currentSession();
    if (!session || session->isBusy())
        return;
    if (session->id().isValid()) {
        m_userRefresh = m_page;
        session->refresh();
    } else if (!m_ui->ticketEdit->text().trimmed().isEmpty()) {
        openTicket(m_ui->ticketEdit->text());
    }
}

void MainWindow::cancel()
{
    TicketSession *session = currentSession();
    if (!session || !session->isBusy())
        return;
    session->cancel();
    if (session->state() == State::Loaded)
        m_ui->ticketEdit->setText(session->loadedId().toString());
    statusBar()->showMessage(tr("Loading cancelled."), 5000);
}

void MainWindow::markInvalidInput(const QString &message)
{
    m_ui->inputErrorLabel->setText(message);
    m_ui->inputErrorLabel->show();
    if (!m_inputErrorAction) {
        m_inputErrorAction = m_ui->ticketEdit->addAction(
            Icons::icon(u"warning"_s, Theme::Tone::Danger), QLineEdit::TrailingPosition);
    }
    m_inputErrorAction->setToolTip(message);
    m_inputErrorAction->setText(message); // what its button is called for screen readers
    m_inputErrorAction->setVisible(true);
    m_ui->ticketEdit->setProperty("invalid", true);
    m_ui->ticketEdit->setAccessibleDescription(message);
    m_ui->ticketEdit->setFocus();
    m_ui->ticketEdit->selectAll();
}

void MainWindow::clearInputMark()
{
    if (!m_ui->inputErrorLabel->isVisible() && !m_inputErrorAction)
        return;
    m_ui->inputErrorLabel->hide();
    if (m_inputErrorAction)
        m_inputErrorAction->setVisible(false);
    m_ui->ticketEdit->setProperty("invalid", false);
    m_ui->ticketEdit->setAccessibleDescription(
        tr("Paste a ticket ID or a link to a ticket and press Enter."));
}

void MainWindow::copyId()
{
    const TicketId id = currentId();
    if (!id.isValid())
        return;
    QGuiApplication::clipboard()->setText(id.toString());
    statusBar()->showMessage(tr("Copied ticket ID %1.").arg(id.toString()), 4000);
}

void MainWindow::copyLink()
{
    const TicketId id = currentId();
    if (!id.isValid())
        return;
    QGuiApplication::clipboard()->setText(id.toLink());
    statusBar()->showMessage(tr("Copied link %1.").arg(id.toLink()), 4000);
}

void MainWindow::showTokenHelp()
{
    QMessageBox box(this);
    box.setIcon(QMessageBox::Information);
    box.setWindowTitle(tr("API Token"));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<p><b>Where an API token comes from</b></p>"
                   "<ol><li>Sign in at <a href=\"https://platform.ankra.app\">"
                   "platform.ankra.app</a>.</li>"
                   "<li>Open <i>Profile</i>, then <i>API Tokens</i>, and choose "
                   "<i>Add Token</i>. Copy it: it is shown only once.</li>"
                   "<li>Paste it in <i>Settings</i> (Ctrl+,), where it is saved in the "
                   "system keychain; or start this app with the token in the environment "
                   "variable <code>ANKRA_API_TOKEN</code>, or sign in with the Ankra CLI "
                   "(<code>ankra login</code>); this app reads the token it saves in "
                   "<code>~/.ankra.yaml</code>.</li></ol>"));
    QString current = m_config.hasToken() ? tr("Now using the token from %1.")
                                                .arg(Config::tokenSourceLabel(m_config.tokenSource))
                                          : tr("No token is set up now.");
    box.setInformativeText(current);
    box.setTextInteractionFlags(Qt::TextBrowserInteraction);
    box.exec();
}

void MainWindow::setCredentials(Credentials *credentials)
{
    m_credentials = credentials;
    m_ui->actionSettings->setEnabled(credentials != nullptr);
    if (!credentials)
        return;
    connect(credentials, &Credentials::configChanged, this, &MainWindow::setConfig);
    connect(credentials, &Credentials::appTokenStateChanged, this, &MainWindow::applyConfig);
    connect(credentials, &Credentials::keychainUnavailable, this, &MainWindow::showKeychainProblem);
    connect(credentials, &Credentials::tokenSaved, this, [this](bool inKeychain) {
        if (inKeychain) {
            m_ui->keychainBanner->hide();
            statusBar()->showMessage(tr("API token saved in the system keychain."), 5000);
        }
    });
    if (isDemo())
        m_ui->demoBanner->addAction(m_ui->actionSettings);
    setConfig(credentials->config());
}

void MainWindow::setConfig(const Config &config)
{
    m_config = config;
    applyConfig();
}

// The client, the banner, the empty page and the status bar follow m_config.
void MainWindow::applyConfig()
{
    if (!isDemo())
        m_client->configure(m_config);
    m_listPanel->reload(); // from the new server or token; nothing when that did not change
    QStringList lines;
    // A broken base URL does not matter for demo data; warnings still do.
    if (!m_config.error.isEmpty() && !isDemo())
        lines << m_config.error;
    lines << m_config.warnings;
    applyStore();
    // Said in the window's banner (the store opens while the window is built: see opened).
    if (m_store && m_store->isReady() && !m_store->notice().isEmpty())
        lines << m_store->notice();
    if (lines.isEmpty()) {
        m_ui->configBanner->hide();
    } else {
        m_ui->configBanner->setType(m_config.error.isEmpty() || isDemo()
                                        ? MessageBanner::Type::Warning
                                        : MessageBanner::Type::Error);
        m_ui->configBanner->setText(lines.join(u'\n'));
        m_ui->configBanner->show();
    }
    setupEmptyPage();
    updateStatusBar();
}

// The store follows the preference and the account: off in demo mode (its server's port
// changes every start), and once the token is known, whatever another server, organisation
// or token saved is removed; signing out (the token gone) removes everything.
void MainWindow::applyStore()
{
    if (!m_store)
        return;
    // Whichever way this ends: the list's saved-copies search follows the store and its scope
    // (m_storeScope is only ever set once the file is open, so nothing here waits for it).
    const auto savedSearch = qScopeGuard([this] {
        if (m_listPanel)
            m_listPanel->setSavedSearch(m_store, m_store->isEnabled() ? m_storeScope : QString());
    });
    m_store->setEnabled(m_preferences->keepCopies() && !isDemo());
    if (isDemo()) {
        m_watcher->setScope(QString());
        m_newCounts->setScope(QString());
    }
    if (isDemo() || !m_accountKnown || !m_store->isOpen())
        return;
    if (m_credentials && m_credentials->appTokenState() == Credentials::AppToken::Loading)
        return; // the token is not known yet: nothing is judged on a stand-in
    const QString scope
        = m_config.hasToken() && m_config.error.isEmpty()
              ? TicketStore::scopeFor(Endpoint::fromConfig(m_config)) // as the sessions do
              : QString();
    if (scope == m_storeScope)
        return;
    if (!scope.isEmpty())
        m_store->removeOtherScopes(scope);
    else if (!m_storeScope.isEmpty())
        m_store->clearAll(); // signed out
    m_storeScope = scope;
    m_watcher->setScope(scope);
    m_newCounts->setScope(scope);
    updateWatchAction();
}

void MainWindow::showKeychainProblem(const QString &message)
{
    // Quiet: the app works without a keychain; it just cannot remember the token.
    m_ui->keychainBanner->setText(message);
    m_ui->keychainBanner->clearActions();
    m_ui->keychainBanner->addAction(m_ui->actionSettings);
    m_ui->keychainBanner->show();
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog.data();
}

void MainWindow::showSettings()
{
    if (!m_credentials)
        return;
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(m_credentials, m_client, m_preferences, this);
    dialog->setStore(m_store);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog = dialog;
    dialog->open();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::updateWindowTitle()
{
    TicketSession *session = currentSession();
    if (!session || !session->hasTicket() || session->state() != State::Loaded) {
        if (!session || session->state() == State::Empty)
            setWindowTitle(QString());
        return;
    }
    // Of a subject of megabytes, only the head can reach a title.
    QString title = session->ticket().subject.left(MaxTitleSource).simplified();
    // "[*]" is the window-modified placeholder; a subject is never that.
    title.replace(u"[*]"_s, u"[ * ]"_s);
    if (title.size() > 120)
        title = title.left(119) + u'…';
    setWindowTitle(title);
}

void MainWindow::updateActions()
{
    TicketSession *session = currentSession();
    const bool busy = session && session->isBusy();
    const State state = this->state();
    const bool loaded = state == State::Loaded && currentId().isValid();
    m_ui->actionRefresh->setEnabled(!busy && (loaded || state == State::Error));
    m_ui->actionCopyId->setEnabled(loaded);
    if (QAction *copyLink = findChild<QAction *>(u"actionCopyLink"_s))
        copyLink->setEnabled(loaded);
    m_ui->actionFind->setEnabled(loaded);
    m_ui->actionCancel->setEnabled(busy);
    m_ui->actionNewestFirst->setEnabled(loaded);
    const NewSince *since = session ? session->newSince() : nullptr;
    if (QAction *jump = findChild<QAction *>(u"actionJumpToFirstNew"_s))
        jump->setEnabled(loaded && since && since->newCount() > 0);
    if (QAction *read = findChild<QAction *>(u"actionMarkAsRead"_s))
        read->setEnabled(loaded && since && since->hasChanges());
    updateWatchAction();
}

// A ticket counts as looked at when its tab is current in the active window (for 2 seconds,
// NewSince counts them).
void MainWindow::updateLooking()
{
    const bool active = isVisible() && isActiveWindow();
    for (int i = 0; i < tabCount(); ++i) {
        TicketPage *page = pageAt(i);
        page->session()->newSince()->setLooking(active && page == m_page);
    }
}

void MainWindow::updateWatchAction()
{
    if (!m_watchAction)
        return;
    const TicketId id = state() == State::Loaded ? currentId() : TicketId();
    const bool watched = id.isValid() && m_watcher->isWatched(id.toString());
    m_watchAction->setEnabled(id.isValid() && !m_watcher->scope().isEmpty()
                              && (watched || m_watcher->canWatchMore()));
    m_watchAction->setChecked(watched);
}

void MainWindow::setWatched(const QString &id, const QString &subject, bool on)
{
    if (!m_watcher->setWatched(id, subject, on) && on)
        statusBar()->showMessage(
            tr("At most %n tickets can be watched.", nullptr, Watcher::MaxWatched), 5000);
}

Notifier *MainWindow::notifier()
{
    if (!m_notifier) {
        m_notifier = Notifier::create(this);
        connect(m_notifier, &Notifier::activated, this, [this](const QString &id) {
            openTicket(id);
            if (isMinimized())
                showNormal();
            raise();
            activateWindow();
        });
    }
    return m_notifier;
}

void MainWindow::onWatchEvent(const WatchEvent &event)
{
    if (!m_preferences->showNotifications())
        return;
    // The ticket in front of the user in the active window shows the change itself.
    if (isActiveWindow() && !isMinimized() && currentId().toString() == event.ticketId)
        return;
    QString body;
    if (event.kind == WatchEvent::Kind::Status) {
        body = tr("Status: %1 → %2").arg(event.oldStatus, event.newStatus);
    } else if (event.newComments > 1) {
        body = tr("%n new comments, the last by %1", nullptr, event.newComments).arg(event.author);
    } else {
        body = tr("%1 commented").arg(event.author);
    }
    const QString summary = event.subject.isEmpty() ? event.ticketId : event.subject;
    notifier()->notify(event.ticketId, summary, body);
}

void MainWindow::updateStatusBar()
{
    QString text;
    if (isDemo()) {
        text = tr("Demo server at %1").arg(m_demo->baseUrl().toDisplayString());
    } else if (!m_config.error.isEmpty()) {
        text = tr("Not connected: the configuration has an error (File → Settings)");
    } else {
        text = tr("Server: %1").arg(m_config.baseUrl.host());
        text += m_config.hasToken()
                    ? tr(" · API token: %1").arg(Config::tokenSourceLabel(m_config.tokenSource))
                    : tr(" · no API token");
    }
    auto *label = statusBar()->findChild<QLabel *>(u"connectionLabel"_s);
    if (!label) {
        label = new QLabel(statusBar());
        label->setObjectName(u"connectionLabel"_s);
        label->setTextFormat(Qt::PlainText);
        statusBar()->addPermanentWidget(label);
    }
    label->setText(text);
}

void MainWindow::applyColours()
{
    m_applyingColours = true;
    QPalette error = m_ui->inputErrorLabel->palette();
    error.setColor(QPalette::WindowText, Theme::toneText(Theme::Tone::Danger, palette()));
    m_ui->inputErrorLabel->setPalette(error);
    QPalette muted = m_ui->tokenText->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText(palette()));
    m_ui->tokenText->setPalette(muted);
    m_applyingColours = false;
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingColours)
        applyColours();
    if (event->type() == QEvent::ActivationChange)
        updateLooking();
}

} // namespace Ankra
