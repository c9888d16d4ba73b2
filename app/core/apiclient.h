#pragma once

#include "core/apierror.h"
#include "core/ticket.h"
#include "core/ticketid.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// The one way to talk to the Ankra API. Owns the QNetworkAccessManager and configures every
// request in one place: Bearer token, organisation header, Accept, User-Agent, same-origin
// redirects only, a transfer timeout, a response-size cap and the CLI's retry rule.
// It hands out values (a Ticket or an ApiError), never a QNetworkReply.

namespace Ankra {

class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &baseUrl); // already validated (validateBaseUrl)
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token);
    void setOrganisationId(const QString &organisationId);

    // Defaults follow the CLI: 30 s, 32 MiB, waits of 1 s then 2 s.
    void setTransferTimeout(int milliseconds);
    void setMaxResponseBytes(qint64 bytes);
    void setRetryDelays(const QList<int> &milliseconds); // one entry per retry; {} disables

    // Starts fetching; a fetch still running is cancelled first and its result never emitted.
    void fetchTicket(const TicketId &id);
    void cancel();
    bool isBusy() const;

    static QString userAgent();

signals:
    void ticketFetched(const Ankra::Ticket &ticket);
    void fetchFailed(const Ankra::TicketId &id, const Ankra::ApiError &error);
    void busyChanged(bool busy);

private:
    struct Fetch;
    void startAttempt();
    void onFinished(QNetworkReply *reply);
    void finish(const ApiError &error, const Ticket *ticket);

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_token;
    QString m_organisationId;
    int m_transferTimeoutMs = 30000;
    qint64 m_maxResponseBytes = 32 * 1024 * 1024;
    QList<int> m_retryDelaysMs{1000, 2000};
    Fetch *m_fetch = nullptr;
};

} // namespace Ankra

Q_DECLARE_METATYPE(Ankra::TicketId)
