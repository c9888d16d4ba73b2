#include "gui/mainwindow.h"

#include "ui_mainwindow.h"

#include "core/apiclient.h"
#include "core/demoserver.h"
#include "core/ticket.h"
#include "gui/delegates/badgepainter.h"
#include "gui/dialogs/aboutdialog.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/signin/credentials.h"
#include "gui/style/icons.h"
#include "gui/style/theme.h"
#include "gui/views/ticketview.h"
#include "gui/widgets/messagebanner.h"

#include <QClipboard>
#include <QCommandLinkButton>
#include <QGuiApplication>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

// Shared with the settings dialog, which offers the same preference.
const QString absoluteTimesKey = AppSettings::alwaysAbsoluteTimesKey();
const QString newestFirstKey = u"view/newestCommentsFirst"_s;

bool needsTokenHelp(ApiError::Kind kind)
{
    return kind == ApiError::Kind::Unauthorized || kind == ApiError::Kind::Forbidden
           || kind == ApiError::Kind::Configuration;
}

bool isAboutTheId(ApiError::Kind kind)
{
    return kind == ApiError::Kind::NotFound || kind == ApiError::Kind::Validation
           || kind == ApiError::Kind::InvalidTicketId;
}

void setScaledFont(QWidget *widget, qreal scale, QFont::Weight weight)
{
    QFont f = widget->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setWeight(weight);
    widget->setFont(f);
}

} // namespace

MainWindow::MainWindow(const Config &config, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_config(config)
    , m_client(new ApiClient(this))
{
    m_ui->setupUi(this);
    setWindowTitle(QString());

    setupActions();
    m_ui->demoBanner->hide();
    m_ui->staleBanner->hide();
    m_ui->configBanner->hide();
    m_ui->keychainBanner->hide();
    m_ui->inputErrorLabel->hide();
    m_ui->busyBar->hide();
    m_ui->cancelButton->hide();
    m_ui->menuSamples->menuAction()->setVisible(false);

    m_ui->staleBanner->setType(MessageBanner::Type::Warning);
    m_ui->staleBanner->setCloseButtonVisible(false);
    m_ui->configBanner->setType(MessageBanner::Type::Error);
    m_ui->keychainBanner->setType(MessageBanner::Type::Information);
    applyConfig();

    connect(m_client, &ApiClient::ticketFetched, this, &MainWindow::onTicketFetched);
    connect(m_client, &ApiClient::fetchFailed, this, &MainWindow::onFetchFailed);
    connect(m_client, &ApiClient::busyChanged, this, &MainWindow::onBusyChanged);

    connect(m_ui->ticketEdit, &QLineEdit::returnPressed, this,
            [this] { openTicket(m_ui->ticketEdit->text()); });
    connect(m_ui->ticketEdit, &QLineEdit::textEdited, this, &MainWindow::clearInputMark);
    connect(m_ui->openButton, &QPushButton::clicked, this,
            [this] { openTicket(m_ui->ticketEdit->text()); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_ui->loadingCancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &MainWindow::refresh);
    connect(m_ui->editIdButton, &QPushButton::clicked, this, [this] {
        m_ui->ticketEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->ticketEdit->selectAll();
    });
    connect(m_ui->tokenHelpButton, &QPushButton::clicked, this, &MainWindow::showTokenHelp);
    connect(m_ui->emptyTokenHelpButton, &QPushButton::clicked, this, &MainWindow::showTokenHelp);
    connect(m_ui->ticketView, &TicketView::copyIdRequested, this, &MainWindow::copyId);

    // Preferences.
    QSettings settings;
    const bool absolute = settings.value(absoluteTimesKey, false).toBool();
    const bool newestFirst = settings.value(newestFirstKey, false).toBool();
    m_ui->actionAbsoluteTimes->setChecked(absolute);
    m_ui->ticketView->setAlwaysAbsolute(absolute);
    m_ui->actionNewestFirst->setChecked(newestFirst);
    m_ui->ticketView->setNewestFirst(newestFirst);
    connect(m_ui->actionAbsoluteTimes, &QAction::toggled, this, [this](bool on) {
        m_ui->ticketView->setAlwaysAbsolute(on);
        QSettings().setValue(absoluteTimesKey, on);
    });
    connect(m_ui->actionNewestFirst, &QAction::toggled, m_ui->ticketView,
            &TicketView::setNewestFirst);
    connect(m_ui->ticketView, &TicketView::newestFirstChanged, this, [this](bool on) {
        m_ui->actionNewestFirst->setChecked(on);
        QSettings().setValue(newestFirstKey, on);
    });

    setScaledFont(m_ui->emptyTitle, 1.5, QFont::Bold);
    setScaledFont(m_ui->errorTitle, 1.5, QFont::Bold);
    m_ui->emptyTitle->setFocusPolicy(Qt::NoFocus);
    m_ui->samplesGroup->setMaximumWidth(720);
    m_ui->emptyText->setMaximumWidth(640);
    m_ui->tokenText->setMaximumWidth(640);
    m_ui->errorMessage->setMaximumWidth(640);
    m_ui->errorMessage->setMinimumWidth(360);

    setupEmptyPage();
    applyColours();
    updateActions();
    updateStatusBar();
    setState(State::Empty);
    m_ui->ticketEdit->setFocus();
    resize(1280, 860);
}

MainWindow::~MainWindow() = default;

TicketView *MainWindow::ticketView() const
{
    return m_ui->ticketView;
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
    m_ui->retryButton->setIcon(Icons::icon(u"refresh"_s));
    m_ui->tokenHelpButton->setIcon(Icons::icon(u"key"_s));
    m_ui->emptyTokenHelpButton->setIcon(Icons::icon(u"key"_s));

    connect(m_ui->actionOpenTicket, &QAction::triggered, this, [this] {
        m_ui->ticketEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->ticketEdit->selectAll();
    });
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionCancel, &QAction::triggered, this, &MainWindow::cancel);
    connect(m_ui->actionCopyId, &QAction::triggered, this, &MainWindow::copyId);
    // Find belongs to the ticket page: the action only forwards to it.
    connect(m_ui->actionFind, &QAction::triggered, this, [this] { m_ui->ticketView->openFind(); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionTokenHelp, &QAction::triggered, this, &MainWindow::showTokenHelp);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
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
        populateSamples();
        applyConfig();
        return;
    }
    m_demo = server;
    m_client->setBaseUrl(server->baseUrl());
    m_client->setToken(DemoServer::token());
    m_client->setOrganisationId(QString());

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

void MainWindow::setState(State state)
{
    m_state = state;
    switch (state) {
    case State::Empty:
        m_ui->pages->setCurrentWidget(m_ui->emptyPage);
        setWindowTitle(QString());
        break;
    case State::Loading:
        m_ui->pages->setCurrentWidget(m_ui->loadingPage);
        break;
    case State::Error:
        m_ui->pages->setCurrentWidget(m_ui->errorPage);
        break;
    case State::Loaded:
        m_ui->pages->setCurrentWidget(m_ui->ticketView);
        break;
    }
    if (state != State::Loaded) {
        m_stale = false;
        m_ui->staleBanner->hide();
    }
    updateActions();
    emit stateChanged(state);
}

void MainWindow::openTicket(const QString &input)
{
    QString message;
    const TicketId id = TicketId::fromUserInput(input, &message);
    if (!id.isValid()) {
        markInvalidInput(message);
        return;
    }
    clearInputMark();
    m_ui->ticketEdit->setText(id.toString());
    startFetch(id);
}

void MainWindow::refresh()
{
    if (m_client->isBusy())
        return;
    const TicketId id = m_currentId.isValid() && m_state != State::Error ? m_currentId
                        : m_pendingId.isValid()                          ? m_pendingId
                                                                         : m_currentId;
    if (id.isValid())
        startFetch(id);
    else if (!m_ui->ticketEdit->text().trimmed().isEmpty())
        openTicket(m_ui->ticketEdit->text());
}

void MainWindow::startFetch(const TicketId &id)
{
    m_pendingId = id;
    // Refreshing the ticket on screen keeps it there; anything else shows the loading page.
    m_pendingIsRefresh
        = m_ui->ticketView->hasTicket() && id == m_currentId && m_state == State::Loaded;
    if (!m_pendingIsRefresh) {
        if (m_state != State::Loading)
            m_stateBeforeLoading = m_state;
        m_ui->loadingLabel->setText(tr("Loading ticket %1…").arg(id.toString()));
        setState(State::Loading);
    }
    if (m_config.error.isEmpty() || isDemo()) {
        m_client->fetchTicket(id);
    } else {
        // A broken configuration sends nothing; say so where the ticket would be.
        onFetchFailed(id, ApiError{ApiError::Kind::Configuration, 0, m_config.error, -1});
    }
    updateActions();
}

void MainWindow::cancel()
{
    if (!m_client->isBusy())
        return;
    m_client->cancel();
    onBusyChanged(false);
    if (!m_pendingIsRefresh) {
        // Back to what was there before the load started.
        setState(m_ui->ticketView->hasTicket() && m_stateBeforeLoading == State::Loaded
                     ? State::Loaded
                 : m_stateBeforeLoading == State::Error
                     ? State::Error
                     : (m_ui->ticketView->hasTicket() ? State::Loaded : State::Empty));
        if (m_state == State::Loaded)
            m_ui->ticketEdit->setText(m_currentId.toString());
    }
    statusBar()->showMessage(tr("Loading cancelled."), 5000);
}

void MainWindow::onTicketFetched(const Ticket &ticket)
{
    const bool newTicket = !(m_currentId == m_pendingId) || !m_ui->ticketView->hasTicket();
    m_currentId = m_pendingId;
    m_lastError = {};
    m_loadedAt = QDateTime::currentDateTime();
    m_ui->ticketView->setTicket(ticket);
    m_stale = false;
    m_ui->staleBanner->hide();
    if (newTicket && !m_ui->ticketView->isVisible() && m_ui->pages->isVisible()) {
        // Give the page its real size and its columns their widths before it is shown. Shown
        // as it is, it would be laid out at a stale size, again by the stack, and again when
        // the columns are balanced, with the description and the comments on screen laid out
        // at each of those widths. The heights are balanced once it is shown (below): they
        // need the panes laid out at their widths, which a hidden page's are not.
        m_ui->ticketView->setGeometry(m_ui->pages->contentsRect());
        if (QLayout *layout = m_ui->ticketView->layout())
            layout->activate();
        m_ui->ticketView->balanceColumns();
    }
    setState(State::Loaded);
    QString title = ticket.subject.simplified();
    // "[*]" is the window-modified placeholder; a subject is never that.
    title.replace(u"[*]"_s, u"[ * ]"_s);
    if (title.size() > 120)
        title = title.left(119) + u'…';
    setWindowTitle(title);
    m_ui->ticketEdit->setText(m_currentId.toString());
    if (newTicket) {
        // Size the panes for this ticket once the layout knows the window's size.
        QTimer::singleShot(0, m_ui->ticketView, &TicketView::balanceSplitters);
    }
    statusBar()->showMessage(
        tr("Loaded at %1.").arg(QLocale().toString(m_loadedAt.time(), QLocale::ShortFormat)), 5000);
    emit ticketShown(m_currentId.toString());
}

void MainWindow::onFetchFailed(const TicketId &, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return; // cancel() has already put the window back
    m_lastError = error;
    if (m_pendingIsRefresh && m_ui->ticketView->hasTicket()) {
        showStaleBanner(error);
    } else {
        showErrorPage(error);
    }
    updateActions();
    emit loadFailed(error);
}

void MainWindow::showErrorPage(const ApiError &error)
{
    m_ui->errorTitle->setText(error.title());
    QString message = error.message();
    if (isDemo() && needsTokenHelp(error.kind))
        message += u"\n\n"_s + tr("(This is the demo server: it accepts only its own token.)");
    m_ui->errorMessage->setText(message);
    m_ui->errorIcon->setIconSize(QSize(48, 48));
    m_ui->errorIcon->setIcon(Icons::icon(u"error"_s, Theme::Tone::Danger));
    m_ui->tokenHelpButton->setVisible(needsTokenHelp(error.kind));
    m_ui->editIdButton->setVisible(isAboutTheId(error.kind));
    m_ui->retryButton->setVisible(error.kind != ApiError::Kind::Configuration);
    m_ui->retryButton->setEnabled(true);
    m_ui->retryButton->setText(tr("&Retry"));
    if (error.kind == ApiError::Kind::RateLimited && error.retryAfterSeconds > 0) {
        // Retrying before the server's wait is over only earns another 429.
        m_ui->retryButton->setEnabled(false);
        m_ui->retryButton->setText(tr("Retry in %1 s").arg(error.retryAfterSeconds));
        QTimer::singleShot(error.retryAfterSeconds * 1000, m_ui->retryButton, [this] {
            m_ui->retryButton->setEnabled(true);
            m_ui->retryButton->setText(tr("&Retry"));
        });
    }
    setState(State::Error);
    if (m_ui->retryButton->isVisible() && m_ui->retryButton->isEnabled())
        m_ui->retryButton->setDefault(true);
}

void MainWindow::showStaleBanner(const ApiError &error)
{
    m_stale = true;
    m_ui->staleBanner->setText(
        tr("Out of date: refreshing failed (%1). Showing the ticket as loaded at %2.")
            .arg(error.title(), QLocale().toString(m_loadedAt.time(), QLocale::ShortFormat))
        + u'\n' + error.message());
    m_ui->staleBanner->clearActions();
    auto *retry = new QAction(Icons::icon(u"refresh"_s), tr("Retry"), m_ui->staleBanner);
    connect(retry, &QAction::triggered, this, &MainWindow::refresh);
    m_ui->staleBanner->addAction(retry);
    if (needsTokenHelp(error.kind))
        m_ui->staleBanner->addAction(m_ui->actionTokenHelp);
    m_ui->staleBanner->show();
    setState(State::Loaded);
    m_stale = true;
    m_ui->staleBanner->show();
}

void MainWindow::onBusyChanged(bool busy)
{
    m_ui->busyBar->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);
    updateActions();
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
    if (!m_currentId.isValid())
        return;
    QGuiApplication::clipboard()->setText(m_currentId.toString());
    statusBar()->showMessage(tr("Copied ticket ID %1.").arg(m_currentId.toString()), 4000);
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
    connect(credentials, &Credentials::settingsChanged, this, [this](const AppSettings &settings) {
        m_ui->actionAbsoluteTimes->setChecked(settings.alwaysAbsoluteTimes);
    });
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
    if (!isDemo()) {
        m_client->setBaseUrl(m_config.error.isEmpty() ? m_config.baseUrl : QUrl());
        m_client->setToken(m_config.token);
        m_client->setOrganisationId(m_config.organisationId);
    }
    QStringList lines;
    // A broken base URL does not matter for demo data; warnings still do.
    if (!m_config.error.isEmpty() && !isDemo())
        lines << m_config.error;
    lines << m_config.warnings;
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
    auto *dialog = new SettingsDialog(m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog = dialog;
    dialog->open();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::updateActions()
{
    const bool busy = m_client->isBusy();
    const bool loaded = m_state == State::Loaded && m_currentId.isValid();
    m_ui->actionRefresh->setEnabled(!busy && (loaded || m_state == State::Error));
    m_ui->actionCopyId->setEnabled(loaded);
    m_ui->actionFind->setEnabled(loaded);
    m_ui->actionCancel->setEnabled(busy);
    m_ui->actionNewestFirst->setEnabled(loaded);
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
}

} // namespace Ankra
