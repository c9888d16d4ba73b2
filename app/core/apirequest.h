#pragma once

#include "core/apierror.h"
#include "core/organisation.h"
#include "core/ticket.h"
#include "core/ticketid.h"
#include "core/ticketlist.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

// The handles ApiClient hands out: one per call. A handle knows what it asked for, finishes
// exactly once — with a value or a typed ApiError — and can be cancelled. Several may be in
// flight at once; each is independent of the others.
//
// Ownership: the object passed as parent to the ApiClient call owns the handle (delete it to
// drop the request unseen: nothing is emitted after that). A handle made without a parent
// belongs to the client and deletes itself after finished().

namespace Ankra {

class ApiClient;

class ApiRequest : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiRequest)

public:
    ~ApiRequest() override;

    // The route it asked for, relative to the base URL ("/api/v1/org/support/tickets/…").
    QString path() const { return m_path; }
    // The encoded query string sent with the path, without '?' (empty: none).
    QByteArray query() const { return m_query; }
    bool isFinished() const { return m_finished; }
    bool isRunning() const { return !m_finished; }
    // Kind None once finished with a value; Cancelled after cancel().
    const ApiError &error() const { return m_error; }

    // Stops the request: finished() follows at once with a Cancelled error. Does nothing once
    // finished.
    void cancel();
    // No more retries of a failure the client would retry (a saved copy is on screen and its
    // caller retries with backoff itself): the next such failure ends the request, and one
    // already waiting for its retry ends from the event loop with that failure.
    void stopRetrying();

signals:
    void finished();

protected:
    ApiRequest(QString path, QObject *parent);
    // Called by the client: records the result, emits finished() once, drops the transport.
    void finish(const ApiError &error);
    // The work in flight, a child deleted by cancel() (for handles that run their own).
    void setTransport(QObject *transport) { m_transport = transport; }
    void setQuery(const QByteArray &query) { m_query = query; }

private:
    friend class ApiClient;

    QString m_path;
    QByteArray m_query;
    ApiError m_error;
    bool m_finished = false;
    bool m_ownedByClient = false;
    QPointer<QObject> m_transport;        // the GET in flight (a child of this), or none
    std::function<void()> m_stopRetrying; // the transport's, while it runs
    bool m_retriesStopped = false;
};

// A ticket as the caller already has it, and the bodyDigest() of the answer it came from: a
// refresh whose answer has the same bytes is not parsed again (TicketRequest::isUnchanged()).
struct KnownTicket
{
    Ticket ticket;
    QByteArray bodyDigest; // empty: nothing known
};

class TicketRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketRequest)

public:
    TicketId ticketId() const { return m_id; }
    // Valid once finished without an error.
    const Ticket &ticket() const { return m_ticket; }
    // A fingerprint (SHA-1) of the answer's bytes, once finished without an error.
    QByteArray bodyDigest() const { return m_bodyDigest; }
    // The answer was byte for byte the known one: not parsed, ticket() is the known ticket.
    bool isUnchanged() const { return m_unchanged; }
    // The answer's body as received (for the local store), once finished without an error.
    const QByteArray &json() const { return m_json; }

private:
    friend class ApiClient;
    TicketRequest(const TicketId &id, QString path, QObject *parent);

    TicketId m_id;
    Ticket m_ticket;
    QByteArray m_bodyDigest;
    bool m_unchanged = false;
    QByteArray m_json;
};

class OrganisationsRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganisationsRequest)

public:
    // Valid once finished without an error.
    const QList<Organisation> &organisations() const { return m_organisations; }

private:
    friend class ApiClient;
    OrganisationsRequest(QString path, QObject *parent);

    QList<Organisation> m_organisations;
};

// One page of the ticket list (GET /api/v1/org/support/tickets?…).
class TicketListRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketListRequest)

public:
    const TicketListQuery &listQuery() const { return m_listQuery; }
    // Valid once finished without an error: the rows that parsed, the pagination, and the
    // rows left out (each with the field that was wrong).
    const TicketListPage &page() const { return m_page; }
    // The answer's body as received (for the local store), once finished without an error.
    const QByteArray &json() const { return m_json; }

private:
    friend class ApiClient;
    TicketListRequest(const TicketListQuery &query, QString path, QObject *parent);

    TicketListQuery m_listQuery;
    TicketListPage m_page;
    QByteArray m_json;
};

} // namespace Ankra
