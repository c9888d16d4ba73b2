#include "core/ticketsession.h"

#include "core/apiclient.h"
#include "core/models/attachmenttablemodel.h"
#include "core/models/commentlistmodel.h"
#include "core/models/ticketmodel.h"
#include "core/newsince/newsince.h"
#include "core/store/ticketstore.h"
#include "core/ticketjson.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

namespace Ankra {

namespace {

// A saved copy up to this size is parsed at once (a millisecond or two); a larger one on a
// worker, as ApiClient decodes a large answer.
constexpr qsizetype InlineParseBytes = 256 * 1024;
constexpr int FirstRetryMs = 5000;
constexpr int MaxRetryMs = 5 * 60 * 1000;

} // namespace

TicketSession::TicketSession(ApiClient *client, TicketStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_ticketModel(new TicketModel(this))
    , m_comments(new CommentListModel(this))
    , m_attachments(new AttachmentTableModel(this))
    , m_retryTimer(new QTimer(this))
    , m_firstRetryMs(FirstRetryMs)
    , m_maxRetryMs(MaxRetryMs)
    , m_retryDelayMs(FirstRetryMs)
{
    // Before anyone else hears of a load: the marks are set when the views are told.
    m_newSince = new NewSince(this, store, this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_offline)
            refresh();
    });
}

TicketSession::~TicketSession() = default;

bool TicketSession::isBusy() const
{
    return m_request != nullptr || m_failureDeferred;
}

bool TicketSession::isRetryScheduled() const
{
    return m_retryTimer->isActive();
}

void TicketSession::setRetryBackoff(int firstMs, int maxMs)
{
    m_firstRetryMs = firstMs;
    m_maxRetryMs = std::max(firstMs, maxMs);
    m_retryDelayMs = firstMs;
}

QString TicketSession::storeScope() const
{
    return m_store ? m_store->usableScope(m_client->endpoint()) : QString();
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
    dropSavedCopyRead();
    m_retryTimer->stop();
    m_pendingId = id;
    m_fetchScope = storeScope();
    // Refreshing the ticket on screen keeps it there; anything else shows the loading state.
    m_pendingIsRefresh = hasTicket() && id == m_loadedId && m_state == State::Loaded;
    // The request first: it is on its way (the server at work) while the slots of the loading
    // state build and lay out the page, which on a first open is the whole ticket page.
    // A refresh tells the client what it has: an answer with the same bytes is not parsed.
    TicketRequest *request = m_client->fetchTicket(
        id, this,
        m_pendingIsRefresh ? KnownTicket{m_ticketModel->ticket(), m_bodyDigest} : KnownTicket());
    m_request = request;
    // Revalidating a saved copy: the copy stays on screen whatever happens, and an unreachable
    // server is retried with backoff (here and by the scheduler), so the offline banner goes up
    // after one failed attempt instead of after the client's own retries.
    if (m_pendingIsRefresh && m_savedCopy)
        request->stopRetrying();
    connect(request, &ApiRequest::finished, this, [this, request] { onFinished(request); });
    if (!m_pendingIsRefresh) {
        m_retryDelayMs = m_firstRetryMs;
        if (m_state != State::Loading)
            m_stateBeforeLoading = m_state;
        setSavedCopy(m_savedCopy, false); // what the models hold stays until replaced
        setState(State::Loading);
        readSavedCopy(id); // before the fetch: its answer comes first
    }
    if (!wasBusy)
        emit busyChanged(true);
}

void TicketSession::cancel()
{
    if (!isBusy())
        return;
    delete m_request.data();
    dropSavedCopyRead();
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
        return; // cancel() has already put the session back
    if (error.isError() && m_copyPending) {
        // The saved copy, still being read, decides what this failure means.
        m_failureDeferred = true;
        m_deferredError = error;
        return;
    }
    dropSavedCopyRead();     // the fresh ticket wins over a copy not read yet
    emit busyChanged(false); // first: a slot reacting to the result may start another fetch

    if (error.isError()) {
        fail(error);
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
        m_retryDelayMs = m_firstRetryMs;
        // The copy on screen is now the server's answer: no longer "saved copy", and its
        // fetch time in the store is this one.
        if (!m_fetchScope.isEmpty() && !request->json().isEmpty())
            m_store->saveTicket(m_fetchScope, m_loadedId.toString(), request->json(),
                                m_fetchedAt.toUTC());
        setSavedCopy(false, false);
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
    m_newSince->prepare(m_loadedId, ticket);
    m_ticketModel->setTicket(ticket);
    m_comments->setComments(ticket.comments);
    m_attachments->setAttachments(ticket.attachments);
    m_stale = false;
    m_retryDelayMs = m_firstRetryMs;
    if (!m_fetchScope.isEmpty() && !request->json().isEmpty())
        m_store->saveTicket(m_fetchScope, m_loadedId.toString(), request->json(),
                            m_fetchedAt.toUTC());
    setSavedCopy(false, false);
    setState(State::Loaded);
    emit loaded(newTicket);
}

void TicketSession::fail(const ApiError &error)
{
    m_lastError = error;
    if (m_pendingIsRefresh && hasTicket()) {
        m_stale = true;
        // Unreachable: the copy is shown as offline and retried. Others (401, 404...) say
        // something about the ticket or the token: the usual stale banner, no retries.
        const bool offline = m_savedCopy && error.isUnreachable();
        if (offline) {
            // A doubling delay: 5 s, 10 s ... 5 min (a scheduler may take this over).
            m_retryTimer->start(m_retryDelayMs);
            m_retryDelayMs = std::min(m_retryDelayMs * 2, m_maxRetryMs);
        }
        setSavedCopy(m_savedCopy, offline);
        setState(State::Loaded);
    } else {
        setState(State::Error);
    }
    emit failed(error);
}

// The saved copy of `id`, if there is one: one row read here (small, indexed; WAL readers
// never wait for the writer), parsed at once when small, else on a worker; shown from the
// event loop either way, so that open() returns in the Loading state as without a store.
void TicketSession::readSavedCopy(const TicketId &id)
{
    const QString scope = m_fetchScope;
    if (scope.isEmpty())
        return;
    std::optional<StoredTicket> stored = m_store->ticket(scope, id.toString());
    if (!stored)
        return;
    m_copyPending = true;
    const quint64 generation = ++m_copyGeneration;
    const QDateTime savedAt = stored->fetchedAt.toLocalTime();
    if (stored->json.size() <= InlineParseBytes) {
        std::optional<Ticket> ticket = parseTicket(stored->json);
        QMetaObject::invokeMethod(
            this,
            [this, generation, ticket = std::move(ticket), savedAt] {
                applySavedCopy(generation, ticket, savedAt);
            },
            Qt::QueuedConnection);
        return;
    }
    auto promise = std::make_shared<QPromise<std::optional<Ticket>>>();
    auto *watcher = new QFutureWatcher<std::optional<Ticket>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, savedAt] {
        watcher->deleteLater();
        applySavedCopy(generation, watcher->result(), savedAt);
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, json = std::move(stored->json)] {
        promise->addResult(parseTicket(json));
        promise->finish();
    });
}

void TicketSession::applySavedCopy(quint64 generation, const std::optional<Ticket> &ticket,
                                   const QDateTime &savedAt)
{
    if (generation != m_copyGeneration || !m_copyPending)
        return; // superseded, cancelled, or the fresh ticket came first
    m_copyPending = false;
    if (ticket && ticket->id.compare(m_pendingId.toString(), Qt::CaseInsensitive) == 0) {
        emit aboutToLoad();
        m_loadedId = m_pendingId;
        m_fetchedAt = savedAt;
        m_newSince->prepare(m_loadedId, *ticket);
        m_ticketModel->setTicket(*ticket);
        m_comments->setComments(ticket->comments);
        m_attachments->setAttachments(ticket->attachments);
        m_stale = false;
        m_pendingIsRefresh = true; // the fetch in flight now refreshes the copy
        setSavedCopy(true, false);
        setState(State::Loaded);
        emit loaded(true);
        if (m_request && m_savedCopy && m_pendingIsRefresh)
            m_request->stopRetrying(); // as for a refresh of the copy (start())
    }
    if (std::exchange(m_failureDeferred, false)) {
        const ApiError error = std::exchange(m_deferredError, {});
        emit busyChanged(false);
        fail(error);
    }
}

void TicketSession::dropSavedCopyRead()
{
    ++m_copyGeneration;
    m_copyPending = false;
    m_failureDeferred = false;
}

void TicketSession::setSavedCopy(bool savedCopy, bool offline)
{
    if (m_savedCopy == savedCopy && m_offline == offline)
        return;
    m_savedCopy = savedCopy;
    m_offline = offline;
    emit savedCopyChanged();
}

void TicketSession::setState(State state)
{
    m_state = state;
    if (state != State::Loaded)
        m_stale = false;
    emit stateChanged(state);
}

} // namespace Ankra
