#include "core/models/ticketlistmodel.h"

#include "core/apiclient.h"
#include "core/apirequest.h"
#include "core/newsince/newcommentcounts.h"
#include "core/roles.h"
#include "core/store/ticketstore.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Ankra {

TicketListModel::TicketListModel(ApiClient *client, TicketStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
    , m_store(store)
{}

TicketListModel::~TicketListModel() = default;

void TicketListModel::setFilter(const TicketListFilter &filter)
{
    m_filter = filter;
    m_filter.statuses = TicketListFilter::normalizedStatuses(filter.statuses);
    m_filter.search = filter.search.trimmed();
    ++m_generation; // whatever is in flight belongs to the old list
    const bool wasBusy = isBusy();
    delete m_request.data();
    m_updating = true;
    clearRows();
    m_updating = false;
    m_stale = false;
    m_failedKind = RequestKind::None;
    m_lastError = ApiError();
    m_savedAt = QDateTime();
    m_totalCount = 0;
    m_loadedPages = 0;
    m_totalPages = 0;
    m_duplicates = 0;
    m_skipped.clear();
    emit summaryChanged();
    setState(State::Loading);
    start(RequestKind::First, 1, wasBusy);
}

void TicketListModel::refresh()
{
    if (m_state == State::Idle)
        return;
    if (m_state != State::Loaded || m_rows.isEmpty()) {
        if (m_requestKind != RequestKind::First || !isBusy())
            setFilter(m_filter);
        return;
    }
    if (isBusy() && m_requestKind != RequestKind::Next)
        return; // a refresh is already on its way
    // A next page in flight would land at positions the refresh is about to move.
    const bool wasBusy = isBusy();
    delete m_request.data();
    start(RequestKind::Refresh, 1, wasBusy);
}

void TicketListModel::retry()
{
    switch (m_failedKind) {
    case RequestKind::Next:
        m_failedKind = RequestKind::None;
        fetchMore({});
        return;
    case RequestKind::Refresh:
        refresh();
        return;
    case RequestKind::First:
    case RequestKind::None:
        if (m_state == State::Loaded && !m_rows.isEmpty())
            refresh();
        else
            setFilter(m_filter);
        return;
    }
}

int TicketListModel::skippedCount() const
{
    int count = 0;
    for (const QList<SkippedRow> &rows : m_skipped)
        count += int(rows.size());
    return count;
}

QString TicketListModel::skippedReason() const
{
    for (const QList<SkippedRow> &rows : m_skipped) {
        if (rows.isEmpty())
            continue;
        const SkippedRow &row = rows.constFirst();
        return row.field.isEmpty() ? row.message : row.field + u": "_s + row.message;
    }
    return QString();
}

int TicketListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

QString TicketListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

void TicketListModel::setOpenTickets(const QSet<QString> &ids)
{
    if (ids == m_open)
        return;
    const QSet<QString> changed = (ids - m_open) + (m_open - ids);
    m_open = ids;
    for (const QString &id : changed) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row), index(row), {OpenInTabRole});
    }
}

void TicketListModel::setNewCounts(NewCommentCounts *counts)
{
    if (m_counts == counts)
        return;
    if (m_counts)
        disconnect(m_counts, nullptr, this, nullptr);
    m_counts = counts;
    const QList<int> roles{NewCommentsRole, UpdatedSinceRole, Qt::AccessibleTextRole};
    if (counts) {
        connect(counts, &NewCommentCounts::changed, this, [this, roles](const QString &id) {
            const int row = rowOf(id);
            if (row >= 0)
                emit dataChanged(index(row), index(row), roles);
        });
        connect(counts, &NewCommentCounts::reset, this, [this, roles] {
            if (!m_rows.isEmpty())
                emit dataChanged(index(0), index(int(m_rows.size()) - 1), roles);
        });
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), roles);
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.column() != 0 || index.row() < 0
        || index.row() >= m_rows.size())
        return {};
    const TicketSummary &t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return t.subject;
    case Qt::ToolTipRole:
        return QString(t.subject.left(500) + u'\n' + t.id);
    case Qt::AccessibleTextRole: {
        QString text = t.subject.left(500) + u", "_s + label(t.status);
        if (m_counts) {
            const int count = m_counts->newCount(t.id);
            if (count > 0)
                text += u", "_s + NewCommentCounts::accessibleText(count);
            else if (m_counts->updatedSinceLooked(t.id, t.updatedAt))
                text += u", "_s + NewCommentCounts::updatedText();
        }
        return text;
    }
    case SummaryRole:
        return QVariant::fromValue(t);
    case TicketIdRole:
        return t.id;
    case StatusWireRole:
        return wireName(t.status);
    case SeverityWireRole:
        return wireName(t.severity);
    case ClusterNameRole:
        return t.clusterName.value_or(QString());
    case UpdatedAtRole:
        return t.updatedAt;
    case TrackedRole:
        return t.isTrackedByTeam;
    case OpenInTabRole:
        return m_open.contains(t.id);
    case NewCommentsRole:
        return m_counts ? m_counts->newCount(t.id) : -1;
    case UpdatedSinceRole:
        return m_counts && m_counts->updatedSinceLooked(t.id, t.updatedAt);
    default:
        return {};
    }
}

QHash<int, QByteArray> TicketListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SummaryRole, "summary");
    names.insert(TicketIdRole, "ticketId");
    names.insert(StatusWireRole, "status");
    names.insert(SeverityWireRole, "severity");
    names.insert(ClusterNameRole, "clusterName");
    names.insert(UpdatedAtRole, "updatedAt");
    names.insert(TrackedRole, "trackedByTeam");
    names.insert(OpenInTabRole, "openInTab");
    names.insert(NewCommentsRole, "newComments");
    names.insert(UpdatedSinceRole, "updatedSinceLooked");
    return names;
}

bool TicketListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_state == State::Loaded && !isBusy() && !m_updating
           && m_failedKind != RequestKind::Next && m_loadedPages < m_totalPages
           && m_rows.size() < MaxRows;
}

void TicketListModel::fetchMore(const QModelIndex &parent)
{
    // Views call this on their own when scrolled near the end: only ever one page at a time.
    if (!canFetchMore(parent))
        return;
    start(RequestKind::Next, m_loadedPages + 1, false);
}

void TicketListModel::start(RequestKind kind, int page, bool wasBusy)
{
    TicketListQuery query;
    query.filter = m_filter;
    query.page = page;
    query.pageSize = m_pageSize;
    TicketListRequest *request = m_client->fetchTicketList(query, this);
    m_request = request;
    m_requestKind = kind;
    // With a first page kept from before, an unreachable server shows that page after one
    // failed attempt, not after the client's own retries, and a refresh of the page shown
    // from the store is one attempt too: the scheduler retries with backoff, as it does a
    // ticket's saved copy (TicketSession::fetch()).
    if ((kind == RequestKind::First && m_rows.isEmpty() && hasSavedPage())
        || (kind == RequestKind::Refresh && isSavedCopy()))
        request->stopRetrying();
    const int generation = m_generation;
    connect(request, &ApiRequest::finished, this,
            [this, request, kind, generation] { onFinished(request, kind, generation); });
    if (!wasBusy)
        emit busyChanged(true);
}

void TicketListModel::onFinished(TicketListRequest *request, RequestKind kind, int generation)
{
    request->deleteLater();
    // A page of an earlier filter, or of a fetch that was replaced, is never added.
    if (generation != m_generation || request != m_request.data())
        return;
    m_request = nullptr;
    m_requestKind = RequestKind::None;
    const ApiError error = request->error();
    const int page = request->listQuery().page;
    if (error.isError()) {
        m_lastError = error;
        m_failedKind = kind;
        if (kind == RequestKind::First) {
            if (!showSavedPage())
                setState(State::Error);
        } else {
            m_stale = true;
        }
        if (!isBusy())
            emit busyChanged(false);
        emit summaryChanged();
        emit failed(error);
        return;
    }
    const TicketListPage &result = request->page();
    m_updating = true;
    m_skipped.insert(page, result.skipped);
    m_totalCount = result.pagination.totalCount;
    m_lastError = ApiError();
    m_failedKind = RequestKind::None;
    m_savedAt = QDateTime();
    if (page == 1 && (kind == RequestKind::First || kind == RequestKind::Refresh)) {
        const QString scope = storeScope();
        if (!scope.isEmpty())
            m_store->saveListPage(scope, storeKey(), request->json(),
                                  QDateTime::currentDateTimeUtc());
    }
    if (kind == RequestKind::Refresh) {
        m_stale = false;
        m_totalPages = qMax(result.pagination.totalPages, 1);
        mergeFirstPage(result);
    } else {
        m_loadedPages = page;
        m_totalPages = result.pagination.totalPages;
        // An empty page while the count says there are more: the list shrank under us.
        if (result.tickets.isEmpty() && result.skipped.isEmpty())
            m_totalPages = qMin(m_totalPages, page);
        appendPage(result);
        if (kind == RequestKind::First) {
            m_stale = false;
            m_firstPageRows = int(m_rows.size());
        }
    }
    m_updating = false;
    if (kind == RequestKind::First)
        setState(State::Loaded);
    if (!isBusy())
        emit busyChanged(false);
    emit summaryChanged();
    emit pageLoaded(page);
}

QString TicketListModel::storeKey() const
{
    TicketListQuery query;
    query.filter = m_filter;
    query.page = 1;
    query.pageSize = m_pageSize;
    return QString::fromLatin1(query.toQueryString());
}

QString TicketListModel::storeScope() const
{
    return m_store ? m_store->usableScope(m_client->endpoint()) : QString();
}

bool TicketListModel::hasSavedPage() const
{
    const QString scope = storeScope();
    return !scope.isEmpty() && m_store->hasListPage(scope, storeKey());
}

bool TicketListModel::showSavedPage()
{
    // Only when the server could not be reached: a refused token or a bad request is said as
    // it is, not covered by what was kept under it.
    if (!m_lastError.isUnreachable() || !m_rows.isEmpty())
        return false;
    const QString scope = storeScope();
    if (scope.isEmpty())
        return false;
    const std::optional<StoredListPage> stored = m_store->listPage(scope, storeKey());
    if (!stored)
        return false;
    const std::optional<TicketListPage> page
        = ticketListFromJson(QJsonDocument::fromJson(stored->json));
    if (!page)
        return false; // a kept page this build cannot read: the error as without one
    m_updating = true;
    m_skipped.insert(1, page->skipped);
    appendPage(*page);
    m_updating = false;
    m_firstPageRows = int(m_rows.size());
    m_totalCount = page->pagination.totalCount;
    m_loadedPages = 1;
    m_totalPages = 1; // no further pages from a copy
    m_stale = true;
    m_savedAt = (stored->fetchedAt.isValid() ? stored->fetchedAt : QDateTime::currentDateTimeUtc())
                    .toLocalTime();
    setState(State::Loaded);
    return true;
}

void TicketListModel::appendPage(const TicketListPage &page)
{
    QList<TicketSummary> fresh;
    fresh.reserve(page.tickets.size());
    for (const TicketSummary &t : page.tickets) {
        if (m_rows.size() + fresh.size() >= MaxRows)
            break;
        if (m_ids.contains(t.id)) {
            ++m_duplicates; // seen on an earlier page: the list moved while paging
            continue;
        }
        m_ids.insert(t.id);
        fresh.append(t);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(fresh);
    endInsertRows();
}

// The first page again, merged into the rows shown: the rows that left it are removed, new
// ones inserted, those that moved within it moved, those that changed updated. A ticket of the
// first page that was shown further down (it moved up) leaves its old place.
void TicketListModel::mergeFirstPage(const TicketListPage &page)
{
    QList<TicketSummary> head;
    QSet<QString> headIds;
    for (const TicketSummary &t : page.tickets) {
        if (!headIds.contains(t.id)) {
            headIds.insert(t.id);
            head.append(t);
        }
    }
    int shown = qMin(m_firstPageRows, int(m_rows.size()));

    // Removes the rows in [from, to) for which `drop` holds, a run at a time from the end.
    auto removeWhere = [this](int from, int to, auto drop) {
        int removed = 0;
        int row = to - 1;
        while (row >= from) {
            if (!drop(m_rows.at(row))) {
                --row;
                continue;
            }
            int last = row;
            while (row - 1 >= from && drop(m_rows.at(row - 1)))
                --row;
            beginRemoveRows({}, row, last);
            m_rows.remove(row, last - row + 1);
            endRemoveRows();
            removed += last - row + 1;
            --row;
        }
        return removed;
    };
    // The first page's tickets further down, then the tickets that left the first page.
    removeWhere(shown, int(m_rows.size()),
                [&headIds](const TicketSummary &t) { return headIds.contains(t.id); });
    shown -= removeWhere(0, shown,
                         [&headIds](const TicketSummary &t) { return !headIds.contains(t.id); });

    for (int i = 0; i < head.size(); ++i) {
        const TicketSummary &wanted = head.at(i);
        if (i < shown && m_rows.at(i).id == wanted.id) {
            if (m_rows.at(i) != wanted) {
                m_rows[i] = wanted;
                emit dataChanged(index(i), index(i));
            }
            continue;
        }
        int from = -1;
        for (int j = i + 1; j < shown; ++j) {
            if (m_rows.at(j).id == wanted.id) {
                from = j;
                break;
            }
        }
        if (from >= 0) {
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            if (m_rows.at(i) != wanted) {
                m_rows[i] = wanted;
                emit dataChanged(index(i), index(i));
            }
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, wanted);
            endInsertRows();
            ++shown;
        }
    }
    m_firstPageRows = int(head.size());
    m_ids.clear();
    for (const TicketSummary &t : std::as_const(m_rows))
        m_ids.insert(t.id);
}

void TicketListModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void TicketListModel::clearRows()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel(); // another list: nothing of the old one can be kept
    m_rows.clear();
    m_ids.clear();
    m_firstPageRows = 0;
    endResetModel();
}

} // namespace Ankra

#include "moc_ticketlistmodel.cpp"
