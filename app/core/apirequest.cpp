#include "core/apirequest.h"

namespace Ankra {

ApiRequest::ApiRequest(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{}

ApiRequest::~ApiRequest()
{
    // The transport is a child: it is deleted with this object, its reply aborted unseen.
    if (m_transport)
        m_transport->disconnect(this);
}

void ApiRequest::cancel()
{
    if (m_finished)
        return;
    // Not inside the transport's own handler here: stop it now, so that no reply arrives.
    delete m_transport.data();
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    finish(error);
}

void ApiRequest::stopRetrying()
{
    if (m_finished || m_retriesStopped)
        return;
    m_retriesStopped = true;
    if (m_transport && m_stopRetrying)
        m_stopRetrying();
}

void ApiRequest::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_stopRetrying = nullptr;
    if (QObject *transport = m_transport.data()) {
        m_transport = nullptr;
        transport->deleteLater(); // we may be inside its handler
    }
    emit finished();
    if (m_ownedByClient)
        deleteLater();
}

TicketRequest::TicketRequest(const TicketId &id, QString path, QObject *parent)
    : ApiRequest(std::move(path), parent)
    , m_id(id)
{}

OrganisationsRequest::OrganisationsRequest(QString path, QObject *parent)
    : ApiRequest(std::move(path), parent)
{}

TicketListRequest::TicketListRequest(const TicketListQuery &query, QString path, QObject *parent)
    : ApiRequest(std::move(path), parent)
    , m_listQuery(query)
{
    setQuery(query.toQueryString());
}

} // namespace Ankra
