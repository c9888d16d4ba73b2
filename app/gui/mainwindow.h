#pragma once

#include "core/apierror.h"
#include "core/config.h"
#include "core/ticketid.h"

#include <QDateTime>
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
class SettingsDialog;
class TicketView;
struct Ticket;

// The application window: a ticket field (Ctrl+L) that takes an ID or a pasted link, the
// ticket on screen, and the states around it — empty (how to start), loading, error (with the
// next step), loaded, and stale (a refresh failed: the last good ticket stays, under a banner).
// In demo mode it talks to a DemoServer through the same ApiClient and lists its samples.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class State { Empty, Loading, Error, Loaded };
    Q_ENUM(State)

    explicit MainWindow(const Config &config, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Switches to demo data: the client talks to `server` (which must outlive the window);
    // nullptr goes back to the configured server (a token has arrived).
    void setDemoServer(DemoServer *server);
    bool isDemo() const { return m_demo != nullptr; }

    // Validates the input; marks the field and sends nothing when it holds no ticket ID.
    void openTicket(const QString &input);
    void refresh();
    void cancel();

    State state() const { return m_state; }
    bool isStale() const { return m_stale; }
    TicketId currentId() const { return m_currentId; }
    ApiError lastError() const { return m_lastError; }
    TicketView *ticketView() const;
    ApiClient *client() const { return m_client; }

    // Where the token and settings come from: enables Settings (Ctrl+,), follows the Config as
    // it changes (a token from the keychain, saved settings) and shows keychain trouble.
    void setCredentials(Credentials *credentials);
    void setConfig(const Config &config);
    const Config &config() const { return m_config; }
    // Opens the settings dialog (window-modal, not blocking); the one open, or null.
    void showSettings();
    SettingsDialog *settingsDialog() const;

signals:
    void ticketShown(const QString &id);
    void loadFailed(const Ankra::ApiError &error);
    void stateChanged(Ankra::MainWindow::State state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupActions();
    void setupEmptyPage();
    void setState(State state);
    void startFetch(const TicketId &id);
    void onTicketFetched(const Ticket &ticket);
    void onFetchFailed(const TicketId &id, const ApiError &error);
    void onBusyChanged(bool busy);
    void showErrorPage(const ApiError &error);
    void showStaleBanner(const ApiError &error);
    void markInvalidInput(const QString &message);
    void clearInputMark();
    void copyId();
    void showTokenHelp();
    void showAbout();
    void updateActions();
    void updateStatusBar();
    void applyColours();
    void populateSamples();
    void applyConfig();
    void showKeychainProblem(const QString &message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Config m_config;
    ApiClient *m_client;
    DemoServer *m_demo = nullptr;
    State m_state = State::Empty;
    State m_stateBeforeLoading = State::Empty;
    bool m_stale = false;
    TicketId m_currentId; // the ticket on screen
    TicketId m_pendingId; // the ticket being fetched
    bool m_pendingIsRefresh = false;
    ApiError m_lastError;
    QDateTime m_loadedAt;
    QAction *m_inputErrorAction = nullptr;
    QList<QCommandLinkButton *> m_sampleButtons;
    bool m_applyingColours = false;
    Credentials *m_credentials = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
};

} // namespace Ankra
