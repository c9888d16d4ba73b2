#include "core/ticketsession.h"

#include "core/apiclient.h"
#include "core/models/attachmenttablemodel.h"
#include "core/models/commentlistmodel.h"
#include "core/models/ticketmodel.h"

namespace Ankra {

TicketSession::TicketSession(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ticketModel(new TicketModel(this))
    , m_comments(new CommentListModel(this))
    , m_attachments(new AttachmentTableModel(this))
{}

TicketSession::~TicketSession() = default;

bool TicketSession::isBusy() const
{
    return m_request != nullptr;
}

TicketId TicketSession::id() const
{
    if (m_state == State::Loaded && m_loadedId.isValid())
        return m_loadedId;
    return m_pendingId.isValid() ? m_pendingId : m_loadedId;
}

bool TicketSession::hasTicket() const
{
    return m_ticketModel->hasTicket();
}

const Ticket &TicketSession::ticket() const
{
    return m_ticketModel->ticket();
}

void TicketSession::open(const TicketId &id)
{
    if (!id.isValid())
        return;
    start(id);
}

void TicketSession::defer(const TicketId &id)
{
    if (m_state == State::Empty && !isBusy())
        m_pendingId = id;
}

bool TicketSession::isDeferred() const
{
    return m_state == State::Empty && !isBusy() && m_pendingId.isValid();
}

void TicketSession::refresh()
{
    if (isBusy())
        return;
    const TicketId id = m_loadedId.isValid() && m_state != State::Error ? m_loadedId
                        : m_pendingId.isValid()                         ? m_pendingId
                                                                        : m_loadedId;
    if (id.isValid())
        start(id);
}

void TicketSession::start(const TicketId &id)
{
    const bool wasBusy = isBusy();
    delete m_request.data(); // superseded: never reports
    m_pendingId = id;
    // Refreshing the ticket on screen keeps it there; anything else shows the loading state.
    m_pendingIsRefresh = hasTicket() && id == m_loadedId && m_state == State::Loaded;
    // The request first: it is on its way (the server at work) while the slots of the loading
    // state build and lay out the page, which on a first open is the whole ticket page.
    // A refresh tells the client what it has: an answer with the same bytes is not parsed.
    TicketRequest *request = m_client->fetchTicket(
        id, this,
        m_pendingIsRefresh ? KnownTicket{m_ticketModel->ticket(), m_bodyDigest} : KnownTicket());
    m_request = request;
    connect(request, &ApiRequest::finished, this, [this, request] { onFinished(request); });
    if (!m_pendingIsRefresh) {
        if (m_state != State::Loading)
            m_stateBeforeLoading = m_state;
        setState(State::Loading);
    }
    if (!wasBusy)
        emit busyChanged(true);
}

void TicketSession::cancel()
{
    if (!isBusy())
        return;
    delete m_request.data();
    emit busyChanged(false);
    if (!m_pendingIsRefresh) {
        // Back to what was there before the load started.
        if (hasTicket() && m_stateBeforeLoading == State::Loaded)
            setState(State::Loaded);
        else if (m_stateBeforeLoading == State::Error)
            setState(State::Error);
        else
            setState(hasTicket() ? State::Loaded : State::Empty);
        if (m_state == State::Loaded)
            m_pendingId = m_loadedId;
    }
}

bool TicketSession::isBlank() const
{
    return m_state == State::Empty && !isBusy() && !id().isValid();
}

void TicketSession::onFinished(TicketRequest *request)
{
    Q_ASSERT(request == m_request); // a superseded request is deleted, so it never finishes
    m_request = nullptr;
    request->deleteLater();
    const ApiError error = request->error();
    if (error.kind == ApiError::Kind::Cancelled)
        return;              // cancel() has already put the session back
    emit busyChanged(false); // first: a slot reacting to the result may start another fetch

    if (error.isError()) {
        m_lastError = error;
        if (m_pendingIsRefresh && hasTicket()) {
            m_stale = true;
            setState(State::Loaded);
        } else {
            setState(State::Error);
        }
        emit failed(error);
        return;
    }

    const bool newTicket = !(m_loadedId == m_pendingId) || !hasTicket();
    const QByteArray digest = request->bodyDigest();
    if (m_pendingIsRefresh && !newTicket
        && (request->isUnchanged() || request->ticket() == m_ticketModel->ticket())) {
        // An unchanged answer (most automatic refreshes): nothing to lay out again.
        m_bodyDigest = digest;
        m_lastError = {};
        m_fetchedAt = QDateTime::currentDateTime();
        if (m_stale) {
            m_stale = false;
            setState(State::Loaded); // views take the stale mark away
        }
        emit unchanged();
        return;
    }
    emit aboutToLoad();
    m_loadedId = m_pendingId;
    m_bodyDigest = digest;
    m_lastError = {};
    m_fetchedAt = QDateTime::currentDateTime();
    const Ticket &ticket = request->ticket();
    m_ticketModel->setTicket(ticket);
    m_comments->setComments(ticket.comments);
    m_attachments->setAttachments(ticket.attachments);
    m_stale = false;
    setState(State::Loaded);
    emit loaded(newTicket);
}

void TicketSession::setState(State state)
{
    m_state = state;
    if (state != State::Loaded)
        m_stale = false;
    emit stateChanged(state);
}

} // namespace Ankra
