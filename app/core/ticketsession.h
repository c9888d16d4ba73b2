#pragma once

#include "core/apierror.h"
#include "core/ticketid.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;

namespace Ankra {

class ApiClient;
class AttachmentTableModel;
class CommentListModel;
class NewSince;
class TicketModel;
class TicketRequest;
class TicketStore;
struct Ticket;

// One ticket document: what one tab shows. It owns the ticket's state — its ID, the last good
// ticket (in its three models), loading / stale / error, when it was fetched — and its own
// fetches through the application's ApiClient. Several sessions fetch at the same time without
// disturbing each other; a reply for a fetch that was superseded or cancelled is never seen.
//
// States: Empty (no ticket asked for yet), Loading (the first fetch of a ticket), Error (that
// fetch failed; nothing to show), Loaded (a ticket is in the models). A refresh of a loaded
// ticket stays Loaded while it runs (isBusy()); when it fails the ticket stays and isStale().
//
// With a store (TicketStore, the application's; nullptr: none, as before), every successful
// fetch is saved there, and opening a ticket with a saved copy shows the copy at once
// (Loaded, isSavedCopy(), savedAt()) while the fetch runs; the fresh ticket then replaces it
// through the models' precise updates, like a refresh. When the server cannot be reached the
// copy stays, isOffline(), and the fetch is retried with a doubling delay (5 s to 5 min).
// Without a copy a failure is the Error state as without a store.
class TicketSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketSession)

public:
    enum class State { Empty, Loading, Error, Loaded };
    Q_ENUM(State)

    explicit TicketSession(ApiClient *client, TicketStore *store = nullptr,
                           QObject *parent = nullptr);
    ~TicketSession() override;

    // Fetches `id`: a refresh when it is the ticket loaded, else the loading state.
    void open(const TicketId &id);
    // Remembers `id` without fetching it (a restored tab not shown yet); open() or refresh()
    // fetches it later. Only for an Empty session.
    void defer(const TicketId &id);
    bool isDeferred() const;
    // Fetches the ticket again (after an error: the one that failed). Nothing while busy.
    void refresh();
    // Ends the fetch in flight; the session goes back to what it showed before.
    void cancel();

    State state() const { return m_state; }
    bool isBusy() const;
    // Holds no ticket at all: nothing shown, fetched or waiting (a new tab's session).
    bool isBlank() const;
    bool isStale() const { return m_stale; }
    // The ticket shown, or being loaded / failed when none is shown.
    TicketId id() const;
    // The ticket in the models; hasTicket() false before the first successful fetch.
    TicketId loadedId() const { return m_loadedId; }
    // The application's client, for the ticket's attachment downloads.
    ApiClient *client() const { return m_client; }
    bool hasTicket() const;
    const Ticket &ticket() const;
    ApiError lastError() const { return m_lastError; }
    QDateTime fetchedAt() const { return m_fetchedAt; }
    // The models hold the copy saved on this computer, not (yet) a fetched ticket.
    bool isSavedCopy() const { return m_savedCopy; }
    // When the saved copy shown was fetched (local time); invalid without one.
    QDateTime savedAt() const { return m_savedCopy ? m_fetchedAt : QDateTime(); }
    // The saved copy is shown because the server could not be reached; retried with backoff.
    bool isOffline() const { return m_offline; }
    // The delay before the next retry while offline (5 s, doubling to 5 min).
    int retryDelayMs() const { return m_retryDelayMs; }
    bool isRetryScheduled() const;
    // The first retry's delay and the cap (defaults 5 s and 5 min; tests make them short).
    void setRetryBackoff(int firstMs, int maxMs);
    // Where copies are saved under the API client's server, organisation and token (empty:
    // no store, or it is off).
    QString storeScope() const;

    TicketModel *ticketModel() const { return m_ticketModel; }
    CommentListModel *comments() const { return m_comments; }
    AttachmentTableModel *attachments() const { return m_attachments; }
    // What is new since the agent last looked at this ticket (kept in the store).
    NewSince *newSince() const { return m_newSince; }

signals:
    void stateChanged(Ankra::TicketSession::State state);
    void busyChanged(bool busy);
    // A fetch succeeded and the models hold its ticket; `newTicket` when it replaced another
    // ticket (or none) rather than refreshing the same one.
    void loaded(bool newTicket);
    // Just before a fetched ticket goes into the models (views keep their place).
    void aboutToLoad();
    // A refresh brought exactly the ticket shown: the models were left alone (no model signal,
    // nothing laid out again); fetchedAt() moved and a stale mark is gone.
    void unchanged();
    // A fetch failed (not for a cancel): the state is Error, or Loaded and stale.
    void failed(const Ankra::ApiError &error);
    // isSavedCopy() or isOffline() changed.
    void savedCopyChanged();

private:
    void setState(State state);
    void start(const TicketId &id);
    void onFinished(TicketRequest *request);
    void fail(const ApiError &error);
    void readSavedCopy(const TicketId &id);
    void applySavedCopy(quint64 generation, const std::optional<Ticket> &ticket,
                        const QDateTime &savedAt);
    void dropSavedCopyRead();
    void setSavedCopy(bool savedCopy, bool offline);

    ApiClient *m_client;
    TicketStore *m_store;
    TicketModel *m_ticketModel;
    CommentListModel *m_comments;
    AttachmentTableModel *m_attachments;
    NewSince *m_newSince = nullptr;
    QPointer<TicketRequest> m_request; // the fetch in flight (a child of this), or none

    State m_state = State::Empty;
    State m_stateBeforeLoading = State::Empty;
    bool m_stale = false;
    TicketId m_loadedId;  // the ticket in the models
    TicketId m_pendingId; // the ticket being fetched, or the one that failed last
    bool m_pendingIsRefresh = false;
    ApiError m_lastError;
    QDateTime m_fetchedAt;
    QByteArray m_bodyDigest; // of the answer the models' ticket came from

    // The saved copy: shown, or being read (its failure waits for it), and the retries.
    bool m_savedCopy = false;
    bool m_offline = false;
    bool m_copyPending = false;
    quint64 m_copyGeneration = 0;
    bool m_failureDeferred = false; // the fetch failed while the copy was being read
    ApiError m_deferredError;
    QString m_fetchScope; // the scope of the fetch in flight, where its answer is saved
    QTimer *m_retryTimer;
    int m_firstRetryMs;
    int m_maxRetryMs;
    int m_retryDelayMs;
};

} // namespace Ankra
