#pragma once

#include "core/apierror.h"
#include "core/ticketlist.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QSet>

// The ticket list: one row per ticket of the current filter, fetched a page at a time
// (canFetchMore / fetchMore: never two pages at once). Every fetch carries the generation of
// the filter it was made for, so that a page of an earlier filter is never added; a ticket that
// appears on two pages (the list moved while paging) is shown once. refresh() fetches the first
// page again and merges it with precise row inserts, removals, moves and changes — no reset —
// so a view keeps its selection and scroll position. A failed fetch keeps the rows it had
// (isStale()); rows the parser rejected are counted with the field that was wrong.
//
// With a store (TicketStore, the application's), the first page of each filter is kept, and when
// the server cannot be reached for a first page the kept one is shown instead (isSavedCopy(),
// savedAt(); stale, no further pages) until a refresh or retry succeeds.
//
// DisplayRole is the subject; RawValueRole the whole TicketSummary; see Role for the rest.

namespace Ankra {

class ApiClient;
class NewCommentCounts;
class TicketListRequest;
class TicketStore;

class TicketListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketListModel)

public:
    enum Role : int {
        SummaryRole = Qt::UserRole + 1, // TicketSummary (also Roles::RawValueRole)
        TicketIdRole = Qt::UserRole + 40,
        StatusWireRole,
        SeverityWireRole,
        ClusterNameRole,
        UpdatedAtRole,
        TrackedRole,
        OpenInTabRole,    // true for a ticket open in a tab (setOpenTickets)
        NewCommentsRole,  // comments new since the ticket was looked at; -1: not known
        UpdatedSinceRole, // not counted, but updated_at is after the look (setNewCounts)
    };

    enum class State {
        Idle,    // nothing asked for yet
        Loading, // the first page of the filter is on its way; no rows
        Loaded,  // rows (possibly none) of the filter
        Error,   // the first page failed; no rows
    };
    Q_ENUM(State)

    // Rows at most: a list of more is cut there (canFetchMore() is false).
    static constexpr int MaxRows = 50000;

    explicit TicketListModel(ApiClient *client, TicketStore *store = nullptr,
                             QObject *parent = nullptr);
    ~TicketListModel() override;

    // Shows the list of `filter` from its first page: the rows go at once, a new generation
    // starts and every fetch in flight is dropped. The same filter again is a reload.
    void setFilter(const TicketListFilter &filter);
    const TicketListFilter &filter() const { return m_filter; }
    // Fetches the first page again and merges it in place (see above); the rows of later
    // pages stay. Nothing while a first page is on its way. Without rows: a reload.
    void refresh();
    // After an error: the fetch that failed again (the first page, the next page, a refresh).
    void retry();
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }

    State state() const { return m_state; }
    bool isBusy() const { return !m_request.isNull(); }
    bool isRefreshing() const { return m_requestKind == RequestKind::Refresh && isBusy(); }
    // A fetch failed while rows were shown: they stay, and lastError() says why.
    bool isStale() const { return m_stale; }
    // The stale state came from a next page that failed (paging stops until retry()).
    bool moreFailed() const { return m_failedKind == RequestKind::Next; }
    // The rows are the page kept on this computer (the server could not be reached), saved
    // at savedAt().
    bool isSavedCopy() const { return m_savedAt.isValid(); }
    QDateTime savedAt() const { return m_savedAt; }
    ApiError lastError() const { return m_lastError; }
    int generation() const { return m_generation; }
    // The server's count for the filter (pagination.total_count of the latest page).
    qint64 totalCount() const { return m_totalCount; }
    int loadedPages() const { return m_loadedPages; }
    int totalPages() const { return m_totalPages; }
    // Rows left out because they did not parse: how many, and the first one's reason
    // ("subject: expected a string").
    int skippedCount() const;
    QString skippedReason() const;
    // Rows dropped because their ticket was already shown (the list moved while paging).
    int duplicatesDropped() const { return m_duplicates; }

    const QList<TicketSummary> &tickets() const { return m_rows; }
    int rowOf(const QString &id) const;
    QString idAt(int row) const;

    // Tickets open in tabs (canonical ids): their rows are marked (OpenInTabRole).
    void setOpenTickets(const QSet<QString> &ids);
    // What is known of new comments per ticket (not owned; it must outlive this, or be unset):
    // NewCommentsRole and UpdatedSinceRole look the row's ID up there, and its signals change
    // only the rows they name.
    void setNewCounts(NewCommentCounts *counts);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void stateChanged(Ankra::TicketListModel::State state);
    void busyChanged(bool busy);
    // Any page arrived (first, next or refreshed), or a fetch failed.
    void pageLoaded(int page);
    void failed(const Ankra::ApiError &error);
    // totalCount(), skippedCount(), isStale() or lastError() changed.
    void summaryChanged();

private:
    enum class RequestKind { None, First, Next, Refresh };

    // `wasBusy`: a request was in flight just before (busyChanged(true) was sent for it).
    void start(RequestKind kind, int page, bool wasBusy);
    void onFinished(TicketListRequest *request, RequestKind kind, int generation);
    void appendPage(const TicketListPage &page);
    void mergeFirstPage(const TicketListPage &page);
    // The store's key and scope for the first page of the current filter (empty: none).
    QString storeKey() const;
    QString storeScope() const;
    // Whether the store keeps a first page of the current filter.
    bool hasSavedPage() const;
    // After a first page failed: shows the kept page of the filter, if any.
    bool showSavedPage();
    void setState(State state);
    void clearRows();

    ApiClient *m_client;
    TicketStore *m_store;
    TicketListFilter m_filter;
    QPointer<TicketListRequest> m_request;
    RequestKind m_requestKind = RequestKind::None;
    RequestKind m_failedKind = RequestKind::None;
    int m_generation = 0;
    int m_pageSize = 50;

    QList<TicketSummary> m_rows;
    QSet<QString> m_ids;
    QSet<QString> m_open;
    QPointer<NewCommentCounts> m_counts;
    State m_state = State::Idle;
    bool m_stale = false;
    ApiError m_lastError;
    QDateTime m_savedAt; // valid while the rows are the kept page
    qint64 m_totalCount = 0;
    int m_loadedPages = 0;
    int m_totalPages = 0;
    int m_firstPageRows = 0; // rows that came from the first page (what a refresh replaces)
    int m_duplicates = 0;
    // Inside a change of the rows: no fetchMore() from a view or tester reacting to the
    // signals (the new page's request would go out before the list is settled).
    bool m_updating = false;
    QMap<int, QList<SkippedRow>> m_skipped; // by page
};

} // namespace Ankra
