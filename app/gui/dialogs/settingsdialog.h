#pragma once

#include "core/apiclient.h"
#include "core/apierror.h"
#include "core/appsettings.h"
#include "core/organisation.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ankra {

namespace Ui {
class SettingsDialog;
}

class Credentials;
class Preferences;
class TicketStore;

// Settings (Ctrl+,): base URL, API token, organisation, the timestamp and tab preferences, the
// saved copies (keep them, for how long, delete them now). It tests
// the values as entered, before they are saved, through the app's ApiClient; it shows where the
// token in use comes from; Sign out removes the token saved in the app at once. Saving hands the
// values to Credentials, which keeps the token in the keychain and the rest in QSettings. A saved
// token is never shown: the field only ever holds a token typed or pasted here.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(Credentials *credentials, ApiClient *client, Preferences *preferences,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // What the dialog would save, or nothing with *error when a value is not usable.
    std::optional<AppSettings> enteredSettings(QString *error = nullptr) const;
    QString enteredToken() const;

    void testConnection();
    void reloadOrganisations();
    void signOut();

    // The application's store, for "Delete Saved Copies Now" and its count (none: disabled).
    void setStore(TicketStore *store);
    // Deletes every saved copy at once (not on Save): the button.
    void deleteSavedCopies();

    void accept() override;

signals:
    void connectionTestFinished(const Ankra::ApiError &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Tall enough for its wrapped labels at its width: a layout's minimum size does not count
    // height-for-width, so a longer text (a translation, a token source note) was cut off.
    void fitHeight();
    // The values in the dialog as an endpoint; *problem says why they cannot be used.
    Endpoint enteredEndpoint(const QString &token, QString *problem);
    void startOrganisations(const Endpoint &endpoint, const QString &host, bool isTest);
    void onConnectionTested(const QString &host, const ApiError &error);
    void onOrganisationsFetched(const QList<Organisation> &organisations);
    void onOrganisationsFailed(const ApiError &error);
    void setOrganisationChoice(const QString &id);
    QString chosenOrganisation(QString *error) const;
    void updateTokenSource();
    void updateKeychainStatus();
    void updateButtons();
    void setTestResult(const QString &text);
    void showBaseUrlError(const QString &text);
    void updateCopies();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Credentials *m_credentials;
    ApiClient *m_client;
    Preferences *m_preferences;
    TicketStore *m_store = nullptr;
    QPointer<OrganisationsRequest> m_organisationsRequest; // in flight, or none
    bool m_requestIsTest = false;
    QList<Organisation> m_organisations;
    bool m_testing = false;
    QString m_signOutNote; // said once after signing out, until something else is shown
};

} // namespace Ankra
