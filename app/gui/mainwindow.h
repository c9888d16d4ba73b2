#pragma once

#include "core/apierror.h"
#include "core/config.h"
#include "core/tabsession.h"
#include "core/ticketid.h"
#include "core/ticketsession.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QCommandLinkButton;
class QDockWidget;
class QScrollArea;
class QTabBar;

namespace Ankra {

namespace Ui {
class MainWindow;
}

class ApiClient;
class Credentials;
class DemoServer;
class Preferences;
class TicketStore;
class RecentTickets;
class SettingsDialog;
class LinkOpener;
class NetworkMonitor;
class RefreshScheduler;
class TicketListPanel;
class TicketPage;
class TicketView;
class Notifier;
class NewCommentCounts;
class Watcher;
struct WatchEvent;

// The application window's chrome: menus, the ticket field (Ctrl+L) that takes an ID or a pasted
// link, the tab bar, the banners about the whole app (demo data, configuration, keychain), the
// start page and the status bar. Each tab is a ticket document (TicketSession) shown by its own
// TicketPage; Refresh, Copy ID and Cancel act on the current tab, and a ticket already open is
// switched to rather than opened twice. In demo mode the one ApiClient talks to a DemoServer and
// the start page lists its samples.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using State = TicketSession::State;
    // How long an automatic refresh of the ticket on screen runs before the busy bar shows.
    static constexpr int BusyDelayMs = 500;

    // `client`, `preferences`, `recent` and `links` are the application's and must outlive the
    // window; without `recent` the window keeps its own list, without `links` it opens the links
    // of tickets through a LinkOpener of its own (which asks the user).
    // `store`, the application's local store (or none), is handed to every tab's session.
    MainWindow(ApiClient *client, Preferences *preferences, const Config &config,
               RecentTickets *recent = nullptr, LinkOpener *links = nullptr,
               TicketStore *store = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setVisible(bool visible) override;

    // Switches to demo data: the client talks to `server` (which must outlive the window);
    // nullptr goes back to the configured server (a token has arrived).
    void setDemoServer(DemoServer *server);
    bool isDemo() const { return m_demo != nullptr; }

    enum class Placement {
        Auto,       // the current tab when it is empty, else a new tab after it, made current
        Background, // a new tab after the current one; the current tab stays
    };
    // Validates the input; marks the field and sends nothing when it holds no ticket ID. A
    // ticket already open in a tab is switched to (IDs compared canonically).
    void openTicket(const QString &input, Placement placement = Placement::Auto);
    // Each ticket in its own tab (or its tab if open), the last one current; inputs that hold
    // no ticket ID are skipped (the first one's reason shows at the field).
    void openTickets(const QStringList &inputs);
    void refresh();
    void cancel();

    // Tabs.
    int tabCount() const;
    int currentTabIndex() const;
    TicketPage *pageAt(int index) const;
    void newTab();
    void closeTab(int index);
    void reopenClosedTab();
    void nextTab();
    void previousTab();
    // What the tab bar holds now, and putting it back (restored tabs fetch when first shown).
    TabSession::Tabs tabs() const;
    void restoreTabs(const TabSession::Tabs &tabs);
    RecentTickets *recentTickets() const { return m_recent; }

    // The ticket list beside the tabs (a dock: View → Ticket List, F9; Ctrl+Shift+F searches it).
    // It asks for nothing until started, once the window knows its server and token.
    TicketListPanel *ticketListPanel() const { return m_listPanel; }
    QDockWidget *ticketListDock() const { return m_listDock; }
    // Once the server and token are known (the keychain answered): also when the local store
    // may remove the copies of another token, organisation or server.
    void startTicketList();

    // When the tabs and the list are fetched again by themselves (Preferences: the current
    // tab's interval; the network's state from a NetworkMonitor started a few seconds in).
    RefreshScheduler *refreshScheduler() const { return m_refresh; }
    int listRefreshTarget() const { return m_listTarget; }

    // Watched tickets (File → Watch Ticket, the ticket's Watch button, the list's context
    // menu), fetched every 2 minutes; what changed on them is a desktop notification (unless
    // Settings turned that off) that opens the ticket's tab when clicked.
    Watcher *watcher() const { return m_watcher; }
    NewCommentCounts *newCommentCounts() const { return m_newCounts; }
    QAction *watchAction() const { return m_watchAction; }
    // The desktop's notifier, made with the first notification.
    Notifier *notifier();

    // The current ticket page's document, and what it shows.
    TicketPage *currentPage() const { return m_page; }
    TicketSession *currentSession() const;
    State state() const;
    bool isStale() const;
    TicketId currentId() const;
    ApiError lastError() const;
    TicketView *ticketView() const;

    // Where the token and settings come from: enables Settings (Ctrl+,), follows the Config as
    // it changes (a token from the keychain, saved settings) and shows keychain trouble.
    void setCredentials(Credentials *credentials);
    Credentials *credentials() const { return m_credentials; }
    void setConfig(const Config &config);
    const Config &config() const { return m_config; }
    // Opens the settings dialog (window-modal, not blocking); the one open, or null.
    void showSettings();
    SettingsDialog *settingsDialog() const;

signals:
    // About the current ticket page.
    void ticketShown(const QString &id);
    void loadFailed(const Ankra::ApiError &error);
    void stateChanged(Ankra::TicketSession::State state);
    // The tabs, their order or the current one changed (for the saved session).
    void tabsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupActions();
    void setupEmptyPage();
    void setupTicketList();
    TicketPage *addPage(int index);
    TicketPage *findPage(const TicketId &id) const;
    void setCurrentPage(TicketPage *page);
    void onCurrentTabChanged(int index);
    void updateTab(TicketPage *page);
    void showPage(TicketPage *page);
    void populateRecent();
    void populateRecentButtons();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void onSessionStateChanged(TicketPage *page);
    void onSessionLoaded(TicketPage *page);
    void onSessionFailed(TicketPage *page, const ApiError &error);
    void onSessionBusyChanged(TicketPage *page);
    // The busy bar and Cancel for the current page, and the tab's busy mark: delayed for an
    // automatic refresh (isQuietRefresh()).
    void showBusy(const TicketPage *page);
    void setBusyShown(bool shown);
    bool isQuietRefresh(const TicketPage *page) const;
    bool showsBusyMark(const TicketPage *page) const;
    // On a page: when its quiet refresh began (QDeadlineTimer::current(), ms).
    static constexpr const char *BusySinceProperty = "ankraBusySince";
    void onSessionUnchanged(TicketPage *page);
    void startNetworkMonitor();
    // openTicket() once the input is known to hold a ticket ID.
    void openTicketId(const TicketId &id, Placement placement);
    void markInvalidInput(const QString &message);
    void clearInputMark();
    void focusTicketField();
    void copyId();
    void copyLink();
    void showTokenHelp();
    void showAbout();
    void updateActions();
    void updateLooking();
    void updateWindowTitle();
    void updateStatusBar();
    void applyColours();
    void populateSamples();
    void applyConfig();
    void applyStore();
    void showKeychainProblem(const QString &message);
    void setWatched(const QString &id, const QString &subject, bool on);
    void updateWatchAction();
    void onWatchEvent(const WatchEvent &event);

    std::unique_ptr<Ui::MainWindow> m_ui;
    ApiClient *m_client;
    Preferences *m_preferences;
    TicketStore *m_store;
    QString m_storeScope;        // the scope the store was last cleaned up for (token, server, org)
    bool m_accountKnown = false; // startTicketList(): the token in use is the real one
    Config m_config;
    DemoServer *m_demo = nullptr;
    RecentTickets *m_recent;
    std::unique_ptr<LinkOpener> m_ownLinks;
    LinkOpener *m_links;
    QTabBar *m_tabBar;
    QScrollArea *m_startPage;     // holds the empty page
    TicketPage *m_page = nullptr; // the current tab's
    QList<TicketId> m_closed;     // tickets of closed tabs, last closed last
    QList<QCommandLinkButton *> m_recentButtons;
    bool m_recentButtonsDirty = false; // built when the start page is shown next
    QAction *m_inputErrorAction = nullptr;
    QList<QCommandLinkButton *> m_sampleButtons;
    bool m_applyingColours = false;
    Credentials *m_credentials = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    TicketListPanel *m_listPanel = nullptr;
    QDockWidget *m_listDock = nullptr;
    RefreshScheduler *m_refresh;
    int m_listTarget = 0;
    NetworkMonitor *m_network = nullptr;
    Watcher *m_watcher;
    NewCommentCounts *m_newCounts; // the list rows' "2 new"
    QAction *m_watchAction = nullptr;
    Notifier *m_notifier = nullptr;
    QPointer<TicketPage> m_userRefresh; // the page whose refresh the user asked for (F5)
};

} // namespace Ankra
