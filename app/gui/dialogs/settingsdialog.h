#pragma once

#include "core/apierror.h"
#include "core/appsettings.h"
#include "core/organisation.h"

#include <QDialog>

#include <memory>

namespace Ankra {

namespace Ui {
class SettingsDialog;
}

class ApiClient;
class Credentials;

// Settings (Ctrl+,): base URL, API token, organisation and the timestamp preference. It tests
// the values as entered, before they are saved, with its own ApiClient; it shows where the token
// in use comes from; Sign out removes the token saved in the app at once. Saving hands the values
// to Credentials, which keeps the token in the keychain and the rest in QSettings.
// A saved token is never shown: the field only ever holds a token typed or pasted here.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Credentials *credentials, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    ApiClient *client() const { return m_client; }

    // What the dialog would save, or nothing with *error when a value is not usable.
    std::optional<AppSettings> enteredSettings(QString *error = nullptr) const;
    QString enteredToken() const;

    void testConnection();
    void reloadOrganisations();
    void signOut();

    void accept() override;

signals:
    void connectionTestFinished(const Ankra::ApiError &error);

private:
    void configureClient(const QString &token, QString *problem);
    void onConnectionTested(const ApiError &error);
    void onOrganisationsFetched(const QList<Organisation> &organisations);
    void onOrganisationsFailed(const ApiError &error);
    void setOrganisationChoice(const QString &id);
    QString chosenOrganisation(QString *error) const;
    void updateTokenSource();
    void updateKeychainStatus();
    void updateButtons();
    void setTestResult(const QString &text);
    void showBaseUrlError(const QString &text);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Credentials *m_credentials;
    ApiClient *m_client;
    QList<Organisation> m_organisations;
    bool m_testing = false;
    QString m_signOutNote; // said once after signing out, until something else is shown
};

} // namespace Ankra
