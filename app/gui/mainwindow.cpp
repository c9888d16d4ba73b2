#include "gui/mainwindow.h"

#include "ui_mainwindow.h"

#include "core/apiclient.h"
#include "core/demoserver.h"
#include "core/preferences.h"
#include "core/ticket.h"
#include "core/ticketsession.h"
#include "gui/delegates/badgepainter.h"
#include "gui/dialogs/aboutdialog.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/signin/credentials.h"
#include "gui/style/icons.h"
#include "gui/style/theme.h"
#include "gui/views/ticketpage.h"
#include "gui/views/ticketview.h"
#include "gui/widgets/messagebanner.h"

#include <QClipboard>
#include <QCommandLinkButton>
#include <QGuiApplication>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

void setScaledFont(QWidget *widget, qreal scale, QFont::Weight weight)
{
    QFont f = widget->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setWeight(weight);
    widget->setFont(f);
}

} // namespace

MainWindow::MainWindow(ApiClient *client, Preferences *preferences, const Config &config,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_client(client)
    , m_preferences(preferences)
    , m_config(config)
{
    m_ui->setupUi(this);
    setWindowTitle(QString());

    setupActions();
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
        if (m_page)
            m_page->ticketView()->setAlwaysAbsolute(on);
    });
    connect(m_preferences, &Preferences::newestCommentsFirstChanged, this, [this](bool on) {
        m_ui->actionNewestFirst->setChecked(on);
        if (m_page)
            m_page->ticketView()->setNewestFirst(on);
    });

    setScaledFont(m_ui->emptyTitle, 1.5, QFont::Bold);
    m_ui->emptyTitle->setFocusPolicy(Qt::NoFocus);
    m_ui->samplesGroup->setMaximumWidth(720);
    m_ui->emptyText->setMaximumWidth(640);
    m_ui->tokenText->setMaximumWidth(640);

    m_page = addPage();
    setupEmptyPage();
    applyColours();
    showPage(m_page);
    updateStatusBar();
    m_ui->ticketEdit->setFocus();
    resize(1280, 860);
}

MainWindow::~MainWindow() = default;

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

// A new ticket document and its page (the page owns the session).
TicketPage *MainWindow::addPage()
{
    auto *session = new TicketSession(m_client);
    auto *page = new TicketPage(session, m_ui->tabPages);
    session->setParent(page);
    page->setDemo(isDemo());
    page->ticketView()->setAlwaysAbsolute(m_preferences->alwaysAbsoluteTimes());
    page->ticketView()->setNewestFirst(m_preferences->newestCommentsFirst());
    m_ui->tabPages->addWidget(page);

    connect(session, &TicketSession::stateChanged, this,
            [this, page] { onSessionStateChanged(page); });
    connect(session, &TicketSession::loaded, this, [this, page] { onSessionLoaded(page); });
    connect(session, &TicketSession::failed, this,
            [this, page](const ApiError &error) { onSessionFailed(page, error); });
    connect(session, &TicketSession::busyChanged, this,
            [this, page] { onSessionBusyChanged(page); });
    connect(page, &TicketPage::editIdRequested, this, &MainWindow::focusTicketField);
    connect(page, &TicketPage::tokenHelpRequested, this, &MainWindow::showTokenHelp);
    connect(page->ticketView(), &TicketView::copyIdRequested, this, &MainWindow::copyId);
    connect(page->ticketView(), &TicketView::newestFirstChanged, m_preferences,
            &Preferences::setNewestCommentsFirst);
    return page;
}

// The start page stands in for a page whose session has nothing yet.
void MainWindow::showPage(TicketPage *page)
{
    const bool empty = page->session()->state() == State::Empty && !page->session()->isBusy();
    m_ui->tabPages->setCurrentWidget(empty ? m_ui->emptyPage : static_cast<QWidget *>(page));
    updateActions();
    updateWindowTitle();
}

void MainWindow::onSessionStateChanged(TicketPage *page)
{
    if (page != m_page)
        return;
    showPage(page);
    emit stateChanged(page->session()->state());
}

void MainWindow::onSessionLoaded(TicketPage *page)
{
    if (page != m_page)
        return;
    TicketSession *session = page->session();
    m_ui->ticketEdit->setText(session->loadedId().toString());
    updateWindowTitle();
    updateActions();
    statusBar()->showMessage(
        tr("Loaded at %1.")
            .arg(QLocale().toString(session->fetchedAt().time(), QLocale::ShortFormat)),
        5000);
    emit ticketShown(session->loadedId().toString());
}

void MainWindow::onSessionFailed(TicketPage *page, const ApiError &error)
{
    if (page != m_page)
        return;
    updateActions();
    emit loadFailed(error);
}

void MainWindow::onSessionBusyChanged(TicketPage *page)
{
    if (page != m_page)
        return;
    const bool busy = page->session()->isBusy();
    m_ui->busyBar->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);
    updateActions();
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
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionCancel, &QAction::triggered, this, &MainWindow::cancel);
    connect(m_ui->actionCopyId, &QAction::triggered, this, &MainWindow::copyId);
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
        if (m_page)
            m_page->setDemo(false);
        populateSamples();
        applyConfig();
        return;
    }
    m_demo = server;
    Endpoint demo;
    demo.baseUrl = server->baseUrl();
    demo.token = DemoServer::token();
    m_client->setEndpoint(demo);
    if (m_page)
        m_page->setDemo(true);

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
    m_page->session()->open(id);
    updateActions();
}

void MainWindow::refresh()
{
    TicketSession *session = currentSession();
    if (!session || session->isBusy())
        return;
    if (session->id().isValid())
        session->refresh();
    else if (!m_ui->ticketEdit->text().trimmed().isEmpty())
        openTicket(m_ui->ticketEdit->text());
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
    auto *dialog = new SettingsDialog(m_credentials, m_client, m_preferences, this);
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
    QString title = session->ticket().subject.simplified();
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
