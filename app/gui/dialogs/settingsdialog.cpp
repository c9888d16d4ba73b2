#include "gui/dialogs/settingsdialog.h"

#include "gui/widgets/dialogbuttons.h"

#include "ui_settingsdialog.h"

#include "core/apiclient.h"
#include "core/config.h"
#include "core/logredaction.h"
#include "core/preferences.h"
#include "core/store/ticketstore.h"
#include "core/ticketid.h"
#include "core/translations.h"
#include "gui/signin/credentials.h"
#include "gui/widgets/accessiblenames.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ankra {
namespace {

constexpr int TestTimeoutMs = 15000;

// A token must be a header value (ApiClient refuses others too, but saying so here is kinder
// than a failed request later).
bool isPlausibleToken(const QString &token)
{
    return isHeaderSafe(token);
}

RequestLimits testLimits()
{
    RequestLimits limits;
    limits.transferTimeoutMs = TestTimeoutMs;
    limits.retryDelaysMs = {}; // a test is one request; the user can press the button again
    return limits;
}

} // namespace

SettingsDialog::SettingsDialog(Credentials *credentials, ApiClient *client,
                               Preferences *preferences, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_credentials(credentials)
    , m_client(client)
    , m_preferences(preferences)
{
    m_ui->setupUi(this);
    translateStandardButtons(m_ui->buttonBox);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);

    const AppSettings settings = m_credentials->settings();
    m_ui->baseUrlEdit->setText(settings.baseUrl);
    m_ui->baseUrlEdit->setPlaceholderText(m_credentials->config().baseUrl.isValid()
                                              ? m_credentials->config().baseUrl.toString()
                                              : QString::fromUtf16(DefaultBaseUrl));
    m_ui->baseUrlError->hide();
    m_ui->tokenEdit->setPlaceholderText(
        m_credentials->hasAppToken()
            ? tr("Saved in the keychain — paste a new token to replace it")
            : tr("Paste an API token (Ankra web app: Profile → API Tokens)"));
    m_ui->alwaysAbsoluteCheck->setChecked(m_preferences->alwaysAbsoluteTimes());
    m_ui->restoreTabsCheck->setChecked(m_preferences->restoreTabs());
    for (const int seconds : Preferences::refreshIntervalChoices()) {
        QString text;
        switch (seconds) {
        case 0:
            text = tr("Off (F5 only)");
            break;
        case 30:
            text = tr("Every 30 seconds");
            break;
        case 60:
            text = tr("Every minute");
            break;
        case 5 * 60:
            text = tr("Every 5 minutes");
            break;
        default:
            text = tr("Every 15 minutes");
            break;
        }
        m_ui->refreshCombo->addItem(text, seconds);
    }
    m_ui->refreshCombo->setCurrentIndex(
        qMax(0, m_ui->refreshCombo->findData(m_preferences->refreshIntervalSeconds())));
    for (const Translations::Language &language : Translations::choices())
        m_ui->languageCombo->addItem(language.nativeName, language.code);
    m_ui->languageCombo->setCurrentIndex(
        qMax(0, m_ui->languageCombo->findData(m_preferences->language())));
    m_ui->keepCopiesCheck->setChecked(m_preferences->keepCopies());
    m_ui->notificationsCheck->setChecked(m_preferences->showNotifications());
    m_ui->maxTicketsSpin->setValue(m_preferences->copiesMaxTickets());
    m_ui->maxDaysSpin->setValue(m_preferences->copiesMaxDays());
    // The group reads as one sentence; each part keeps its own accessible name.
    m_ui->retentionCaption->setBuddy(m_ui->maxTicketsSpin);
    connect(m_ui->keepCopiesCheck, &QCheckBox::toggled, this, [this] { updateCopies(); });
    connect(m_ui->deleteCopiesButton, &QPushButton::clicked, this,
            &SettingsDialog::deleteSavedCopies);
    updateCopies();

    m_ui->organisationCombo->addItem(tr("Default organisation of the token"), QString());
    m_ui->organisationCombo->lineEdit()->setPlaceholderText(
        tr("Default organisation, or an organisation ID"));
    // The editable combo's field is what screen readers land on: it carries the combo's name.
    m_ui->organisationCombo->lineEdit()->setAccessibleName(
        m_ui->organisationCombo->accessibleName().isEmpty()
            ? tr("Organisation")
            : m_ui->organisationCombo->accessibleName());
    AccessibleNames::nameClearButton(m_ui->baseUrlEdit);
    AccessibleNames::nameClearButton(m_ui->tokenEdit);
    setOrganisationChoice(settings.organisationId);
    m_ui->organisationHint->hide();
    m_ui->testResultLabel->hide();

    connect(m_ui->showTokenButton, &QToolButton::toggled, this, [this](bool show) {
        m_ui->tokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showTokenButton->setText(show ? tr("&Hide") : tr("&Show"));
    });
    connect(m_ui->pasteTokenButton, &QToolButton::clicked, this, [this] {
        m_ui->tokenEdit->setText(QGuiApplication::clipboard()->text().trimmed());
        m_ui->tokenEdit->setFocus();
    });
    connect(m_ui->baseUrlEdit, &QLineEdit::textEdited, this, [this] { showBaseUrlError({}); });
    connect(m_ui->testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &SettingsDialog::signOut);
    connect(m_ui->reloadOrganisationsButton, &QToolButton::clicked, this,
            &SettingsDialog::reloadOrganisations);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    connect(m_credentials, &Credentials::configChanged, this, &SettingsDialog::updateTokenSource);
    connect(m_credentials, &Credentials::appTokenStateChanged, this, [this] {
        updateTokenSource();
        updateKeychainStatus();
        updateButtons();
    });
    connect(m_credentials, &Credentials::keychainUnavailable, this,
            &SettingsDialog::updateKeychainStatus);

    updateTokenSource();
    updateKeychainStatus();
    updateButtons();
    // The picker fills itself when there is a token to ask with; typing an ID always works.
    if (m_credentials->config().hasToken() && m_credentials->config().error.isEmpty())
        reloadOrganisations();
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::enteredToken() const
{
    return m_ui->tokenEdit->text().trimmed();
}

std::optional<AppSettings> SettingsDialog::enteredSettings(QString *error) const
{
    AppSettings settings = m_credentials->settings();
    const QString baseText = m_ui->baseUrlEdit->text().trimmed();
    if (baseText.isEmpty()) {
        settings.baseUrl.clear();
    } else {
        QString urlError;
        const QUrl url = validateBaseUrl(baseText, m_credentials->allowsInsecureHttp(), &urlError);
        if (!url.isValid()) {
            if (error)
                *error = urlError;
            return std::nullopt;
        }
        settings.baseUrl = url.toString();
    }
    QString organisationError;
    settings.organisationId = chosenOrganisation(&organisationError);
    if (!organisationError.isEmpty()) {
        if (error)
            *error = organisationError;
        return std::nullopt;
    }
    return settings;
}

// The values in the dialog, not the saved ones: a token typed here, else the one in use.
Endpoint SettingsDialog::enteredEndpoint(const QString &token, QString *problem)
{
    AppSettings settings = m_credentials->settings();
    const QString baseText = m_ui->baseUrlEdit->text().trimmed();
    if (!baseText.isEmpty()) {
        QString urlError;
        const QUrl url = validateBaseUrl(baseText, m_credentials->allowsInsecureHttp(), &urlError);
        if (!url.isValid()) {
            *problem = urlError;
            return {};
        }
        settings.baseUrl = url.toString();
    } else {
        settings.baseUrl.clear();
    }
    if (!token.isEmpty() && !isPlausibleToken(token)) {
        *problem = tr("The token contains spaces, line breaks or other characters a token does "
                      "not have. Paste only the token.");
        return {};
    }
    registerSecret(token);
    const Config config = m_credentials->preview(settings, token);
    if (!config.error.isEmpty()) {
        *problem = config.error;
        return {};
    }
    if (!config.hasToken()) {
        *problem = tr("There is no token to test with. Paste an API token above.");
        return {};
    }
    problem->clear();
    Endpoint endpoint = Endpoint::fromConfig(config);
    endpoint.organisationId.clear(); // the organisations list is asked without one
    return endpoint;
}

void SettingsDialog::testConnection()
{
    if (m_testing)
        return;
    QString problem;
    const Endpoint endpoint = enteredEndpoint(enteredToken(), &problem);
    if (!problem.isEmpty()) {
        setTestResult(problem);
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.detail = problem;
        emit connectionTestFinished(error);
        return;
    }
    m_testing = true;
    const QString host = endpoint.baseUrl.host();
    setTestResult(tr("Testing the connection to %1…").arg(host));
    updateButtons();
    // The test also fills the organisation picker: it asks the same list.
    startOrganisations(endpoint, host, true);
}

void SettingsDialog::startOrganisations(const Endpoint &endpoint, const QString &host, bool isTest)
{
    delete m_organisationsRequest.data(); // superseded: it never reports
    OrganisationsRequest *request = m_client->fetchOrganisations(endpoint, testLimits(), this);
    m_organisationsRequest = request;
    m_requestIsTest = isTest;
    connect(request, &ApiRequest::finished, this, [this, request, host] {
        request->deleteLater();
        if (request->error().isError())
            onOrganisationsFailed(request->error());
        else
            onOrganisationsFetched(request->organisations());
        if (m_requestIsTest)
            onConnectionTested(host, request->error());
    });
}

void SettingsDialog::onConnectionTested(const QString &host, const ApiError &error)
{
    m_testing = false;
    updateButtons();
    if (!error.isError()) {
        QString text = tr("Connected to %1: the token works and belongs to %Ln organisation(s).",
                          nullptr, int(m_organisations.size()))
                           .arg(host);
        QString organisationError;
        const QString chosen = chosenOrganisation(&organisationError);
        const bool known = std::any_of(m_organisations.cbegin(), m_organisations.cend(),
                                       [&chosen](const Organisation &o) { return o.id == chosen; });
        if (!chosen.isEmpty() && !known)
            text += u' ' + tr("The organisation ID entered is not one of them.");
        setTestResult(text);
    } else if (error.kind == ApiError::Kind::NotFound) {
        setTestResult(tr("%1 answered, but there is no Ankra API at this address (HTTP 404). "
                         "Check the base URL.")
                          .arg(host));
    } else if (error.kind != ApiError::Kind::Cancelled) {
        setTestResult(tr("%1: %2").arg(error.title(), error.message()));
    }
    emit connectionTestFinished(error);
}

void SettingsDialog::reloadOrganisations()
{
    if (m_testing)
        return; // the test in flight fills the picker
    QString problem;
    const Endpoint endpoint = enteredEndpoint(enteredToken(), &problem);
    m_ui->organisationHint->show();
    if (!problem.isEmpty()) {
        m_ui->organisationHint->setText(
            tr("Your organisations can be listed once a token and base URL work. You can type "
               "an organisation ID instead."));
        return;
    }
    m_ui->organisationHint->setText(tr("Loading your organisations…"));
    startOrganisations(endpoint, endpoint.baseUrl.host(), false);
}

void SettingsDialog::onOrganisationsFetched(const QList<Organisation> &organisations)
{
    QString ignored;
    const QString chosen = chosenOrganisation(&ignored);
    m_organisations = organisations;

    QComboBox *combo = m_ui->organisationCombo;
    combo->clear();
    combo->addItem(tr("Default organisation of the token"), QString());
    for (const Organisation &organisation : organisations) {
        // Server text: QComboBox shows item text as plain text.
        const QString text = organisation.current
                                 ? tr("%1 — default").arg(organisation.displayName())
                                 : organisation.displayName();
        combo->addItem(text, organisation.id);
        const QString tip = organisation.role.isEmpty()
                                ? organisation.id
                                : tr("%1 (your role: %2)").arg(organisation.id, organisation.role);
        // The role is server text, and a tooltip that looks like HTML is rendered as HTML.
        combo->setItemData(combo->count() - 1, Qt::convertFromPlainText(tip, Qt::WhiteSpaceNormal),
                           Qt::ToolTipRole);
    }
    setOrganisationChoice(ignored.isEmpty() ? chosen : m_credentials->settings().organisationId);
    if (organisations.isEmpty())
        m_ui->organisationHint->setText(tr("The token belongs to no organisation."));
    else
        m_ui->organisationHint->setText(
            tr("%Ln organisation(s) found.", nullptr, int(organisations.size())));
    m_ui->organisationHint->show();
}

void SettingsDialog::onOrganisationsFailed(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    m_ui->organisationHint->setText(tr("Could not list your organisations (%1). You can type "
                                       "an organisation ID instead.")
                                        .arg(error.title()));
    m_ui->organisationHint->show();
}

void SettingsDialog::setOrganisationChoice(const QString &id)
{
    QComboBox *combo = m_ui->organisationCombo;
    if (id.isEmpty()) {
        combo->setCurrentIndex(0);
        return;
    }
    const int index = combo->findData(id);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(id);
}

QString SettingsDialog::chosenOrganisation(QString *error) const
{
    error->clear();
    const QComboBox *combo = m_ui->organisationCombo;
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty())
        return QString();
    const int index = combo->findText(text, Qt::MatchExactly);
    if (index >= 0)
        return combo->itemData(index).toString();
    const QString id = canonicalUuid(text);
    // The text is not repeated: it may be a token pasted into the wrong field.
    if (id.isEmpty()) {
        *error = tr("The organisation is neither one from the list nor an organisation ID (a "
                    "UUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301).");
    }
    return id;
}

void SettingsDialog::accept()
{
    QString error;
    const std::optional<AppSettings> settings = enteredSettings(&error);
    if (!settings) {
        QString organisationError;
        chosenOrganisation(&organisationError);
        if (!organisationError.isEmpty()) {
            m_ui->organisationHint->setText(organisationError);
            m_ui->organisationHint->show();
            m_ui->organisationCombo->setFocus();
        } else {
            showBaseUrlError(error);
            m_ui->baseUrlEdit->setFocus();
        }
        return;
    }
    const QString token = enteredToken();
    if (!token.isEmpty() && !isPlausibleToken(token)) {
        setTestResult(tr("The token contains spaces, line breaks or other characters a token "
                         "does not have. Paste only the token."));
        m_ui->tokenEdit->setFocus();
        return;
    }
    delete m_organisationsRequest.data();
    m_preferences->setAlwaysAbsoluteTimes(m_ui->alwaysAbsoluteCheck->isChecked());
    m_preferences->setRestoreTabs(m_ui->restoreTabsCheck->isChecked());
    m_preferences->setRefreshIntervalSeconds(m_ui->refreshCombo->currentData().toInt());
    m_preferences->setLanguage(m_ui->languageCombo->currentData().toString());
    m_preferences->setCopiesMaxTickets(m_ui->maxTicketsSpin->value());
    m_preferences->setCopiesMaxDays(m_ui->maxDaysSpin->value());
    m_preferences->setKeepCopies(m_ui->keepCopiesCheck->isChecked());
    m_preferences->setShowNotifications(m_ui->notificationsCheck->isChecked());
    m_credentials->save(*settings, token.isEmpty() ? std::nullopt : std::optional<QString>(token));
    m_ui->tokenEdit->clear(); // the dialog keeps no copy
    QDialog::accept();
}

void SettingsDialog::setStore(TicketStore *store)
{
    m_store = store;
    updateCopies();
}

void SettingsDialog::updateCopies()
{
    const bool keep = m_ui->keepCopiesCheck->isChecked();
    m_ui->maxTicketsSpin->setEnabled(keep);
    m_ui->maxDaysSpin->setEnabled(keep);
    const bool open = m_store && m_store->isOpen();
    const int count = open ? m_store->ticketCount() : 0;
    m_ui->deleteCopiesButton->setEnabled(open && count > 0);
    if (!m_store) {
        m_ui->copiesStatusLabel->clear();
    } else if (!open) {
        m_ui->copiesStatusLabel->setText(m_store->notice());
    } else if (!m_ui->copiesStatusLabel->property("deleted").toBool()) {
        m_ui->copiesStatusLabel->setText(count == 0 ? tr("No tickets are saved.")
                                                    : tr("%n ticket(s) saved.", nullptr, count));
    }
}

void SettingsDialog::deleteSavedCopies()
{
    if (!m_store)
        return;
    const int freed = m_store->clearAll();
    m_ui->copiesStatusLabel->setText(tr("Deleted %n saved ticket(s).", nullptr, freed));
    m_ui->copiesStatusLabel->setProperty("deleted", true);
    updateCopies();
}

void SettingsDialog::signOut()
{
    m_credentials->signOut();
    m_ui->tokenEdit->clear();
    m_ui->tokenEdit->setPlaceholderText(
        tr("Paste an API token (Ankra web app: Profile → API Tokens)"));
    m_signOutNote = tr("Signed out: the token saved in this app was removed.");
    updateTokenSource();
    updateButtons();
}

void SettingsDialog::updateTokenSource()
{
    QString text = m_credentials->tokenSourceText();
    if (!m_signOutNote.isEmpty())
        text = m_signOutNote + u' ' + text;
    if (m_credentials->config().tokenSource != TokenSource::App) {
        text += u' '
                + tr("A token saved here is used instead of ANKRA_API_TOKEN and ~/.ankra.yaml.");
    }
    m_ui->tokenSourceLabel->setText(text);
    if (isVisible())
        fitHeight();
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void SettingsDialog::fitHeight()
{
    QLayout *top = layout();
    top->activate();
    const int needed = top->hasHeightForWidth() ? top->totalHeightForWidth(width())
                                                : top->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void SettingsDialog::updateKeychainStatus()
{
    if (m_credentials->isKeychainAvailable()) {
        m_ui->keychainLabel->setText(tr("A token entered here is saved in the system keychain, "
                                        "never in a settings file."));
    } else {
        m_ui->keychainLabel->setText(tr("Keychain unavailable (%1) — a token entered here is "
                                        "kept for this session only.")
                                         .arg(m_credentials->keychainProblem()));
    }
}

void SettingsDialog::updateButtons()
{
    m_ui->testButton->setEnabled(!m_testing);
    m_ui->signOutButton->setEnabled(m_credentials->hasAppToken()
                                    || m_credentials->settings().tokenInKeychain);
}

void SettingsDialog::setTestResult(const QString &text)
{
    m_ui->testResultLabel->setText(text);
    m_ui->testResultLabel->setVisible(!text.isEmpty());
}

void SettingsDialog::showBaseUrlError(const QString &text)
{
    m_ui->baseUrlError->setText(text);
    m_ui->baseUrlError->setVisible(!text.isEmpty());
}

} // namespace Ankra
