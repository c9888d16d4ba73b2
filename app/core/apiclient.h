#pragma once

#include "core/apierror.h"
#include "core/organisation.h"
#include "core/ticket.h"
#include "core/ticketid.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QJsonDocument;
class QNetworkAccessManager;
class QNetworkRequest;

// The one way to talk to the Ankra API. Owns the QNetworkAccessManager and configures every
// request in one place: Bearer token, organisation header, Accept, User-Agent, same-origin
// redirects only, a transfer timeout, a response-size cap and the CLI's retry rule.
// It hands out values (a Ticket or an ApiError), never a QNetworkReply.
//
// Retries follow the CLI: GET only, 3 tries in all, on 502/503/504 and on network errors
// (offline, refused, connection dropped). A timeout is not retried: the user has already
// waited the whole transfer timeout, and three of them would be minutes; they can retry.

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
    // The whole request, every attempt and retry included (the CLI's 5 min); the transfer
    // timeout restarts with each byte, this does not. 0: none. Ends in DeadlineExceeded.
    void setRequestDeadline(int milliseconds);
    void setMaxResponseBytes(qint64 bytes);
    void setRetryDelays(const QList<int> &milliseconds); // one entry per retry; {} disables

    // Starts fetching; a fetch still running is cancelled first and its result never emitted.
    // An invalid id or a missing token/base URL fails before anything is sent: fetchFailed
    // (InvalidTicketId, Configuration) is then emitted before fetchTicket returns.
    void fetchTicket(const TicketId &id);
    // Ends the fetch in flight with fetchFailed(Cancelled); does nothing when idle.
    void cancel();
    bool isBusy() const;

    // GET /api/v1/org/organisation: the organisations of the token's user, for a picker. Sent
    // without the organisation header (a stale saved organisation must not hide the list).
    // Independent of fetchTicket(); a call still running is superseded and never reports.
    // Ends in organisationsFetched or organisationsFailed (synchronously for a configuration
    // error, as fetchTicket).
    void fetchOrganisations();
    // One cheap authenticated request (the organisations list) that proves base URL and token:
    // organisationsFetched (or organisationsFailed) as above, then connectionTested(error) with
    // error.kind None on success.
    void testConnection();
    void cancelOrganisations();
    bool isFetchingOrganisations() const { return m_orgFetch != nullptr; }

    static QString userAgent();

signals:
    void ticketFetched(const Ankra::Ticket &ticket);
    void fetchFailed(const Ankra::TicketId &id, const Ankra::ApiError &error);
    void busyChanged(bool busy);
    void organisationsFetched(const QList<Ankra::Organisation> &organisations);
    void organisationsFailed(const Ankra::ApiError &error);
    void connectionTested(const Ankra::ApiError &error);

private:
    // One GET with its retries: request -> JSON document or ApiError (defined in the .cpp).
    class Get;
    using JsonHandler = std::function<void(const ApiError &error, const QJsonDocument &json)>;

    // The generic step every endpoint uses. `path` is appended to the base URL's path and must
    // be built from validated values only. The handler runs once, unless the Get is dropped.
    Get *startGet(const QString &path, JsonHandler handler, bool withOrganisation = true);
    // Configuration errors are found before anything is sent.
    ApiError configurationError(bool withOrganisation = true) const;
    QNetworkRequest makeRequest(const QUrl &url, bool withOrganisation) const;
    QString cleanDetail(const QString &text) const;

    void onTicketJson(quint64 generation, const ApiError &error, const QJsonDocument &json);
    static void drop(Get *&get);
    void startOrganisations(bool isTest);
    void onOrganisationsJson(quint64 generation, const ApiError &error, const QJsonDocument &json);

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_token;
    QString m_organisationId;
    int m_transferTimeoutMs = 30000;
    int m_requestDeadlineMs = 5 * 60 * 1000;
    qint64 m_maxResponseBytes = 32 * 1024 * 1024;
    QList<int> m_retryDelaysMs{1000, 2000};

    Get *m_fetch = nullptr; // the ticket fetch in flight (a child of this), or none
    TicketId m_fetchId;
    // Bumped by every fetchTicket() and cancel(): a result from an older fetch is dropped.
    quint64 m_generation = 0;

    Get *m_orgFetch = nullptr; // the organisations request in flight, or none
    quint64 m_orgGeneration = 0;
    bool m_orgIsTest = false;
};

} // namespace Ankra

Q_DECLARE_METATYPE(Ankra::TicketId)
