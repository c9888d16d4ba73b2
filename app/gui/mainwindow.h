#pragma once

#include "core/apierror.h"
#include "core/config.h"
#include "core/ticketid.h"
#include "core/ticketsession.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QCommandLinkButton;

namespace Ankra {

namespace Ui {
class MainWindow;
}

class ApiClient;
class Credentials;
class DemoServer;
class Preferences;
class SettingsDialog;
class TicketPage;
class TicketView;

// The application window's chrome: menus, the ticket field (Ctrl+L) that takes an ID or a pasted
// link, the banners about the whole app (demo data, configuration, keychain), the start page
// and the status bar. Each ticket is a document (TicketSession) shown by its own TicketPage;
// Refresh, Copy ID and Cancel act on the current one. In demo mode the one ApiClient talks to a
// DemoServer and the start page lists its samples.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using State = TicketSession::State;

    // `client` and `preferences` are the application's and must outlive the window.
    MainWindow(ApiClient *client, Preferences *preferences, const Config &config,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Switches to demo data: the client talks to `server` (which must outlive the window);
    // nullptr goes back to the configured server (a token has arrived).
    void setDemoServer(DemoServer *server);
    bool isDemo() const { return m_demo != nullptr; }

    // Validates the input; marks the field and sends nothing when it holds no ticket ID.
    void openTicket(const QString &input);
    void refresh();
    void cancel();

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupActions();
    void setupEmptyPage();
    TicketPage *addPage();
    void showPage(TicketPage *page);
    void onSessionStateChanged(TicketPage *page);
    void onSessionLoaded(TicketPage *page);
    void onSessionFailed(TicketPage *page, const ApiError &error);
    void onSessionBusyChanged(TicketPage *page);
    void markInvalidInput(const QString &message);
    void clearInputMark();
    void focusTicketField();
    void copyId();
    void showTokenHelp();
    void showAbout();
    void updateActions();
    void updateWindowTitle();
    void updateStatusBar();
    void applyColours();
    void populateSamples();
    void applyConfig();
    void showKeychainProblem(const QString &message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    ApiClient *m_client;
    Preferences *m_preferences;
    Config m_config;
    DemoServer *m_demo = nullptr;
    TicketPage *m_page = nullptr;
    QAction *m_inputErrorAction = nullptr;
    QList<QCommandLinkButton *> m_sampleButtons;
    bool m_applyingColours = false;
    Credentials *m_credentials = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
};

} // namespace Ankra
