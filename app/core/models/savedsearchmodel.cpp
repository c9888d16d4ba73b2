#include "core/models/savedsearchmodel.h"

#include "core/store/ticketstore.h"
#include "core/ticketjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Ankra {

SavedSearchModel::SavedSearchModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SavedSearchModel::setStore(TicketStore *store, const QString &scope)
{
    if (store == m_store && scope == m_scope)
        return;
    m_store = store;
    m_scope = scope;
    setQuery(m_query);
}

bool SavedSearchModel::hasQuery() const
{
    return !TicketStore::matchExpression(m_query).isEmpty();
}

QStringList SavedSearchModel::termsOf(const QString &text)
{
    // As the FTS tokenizer splits: runs of letters and digits.
    QStringList terms;
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s);
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString term = it.next().captured();
        if (!terms.contains(term, Qt::CaseInsensitive))
            terms << term;
    }
    return terms;
}

void SavedSearchModel::setQuery(const QString &text)
{
    QList<Row> rows;
    m_query = text;
    m_terms = termsOf(text);
    if (m_store && !m_scope.isEmpty()) {
        const QList<SearchHit> hits = m_store->search(m_scope, text, MaxHits);
        for (const SearchHit &hit : hits) {
            Row row{hit.ticketId, hit.subject.simplified(), hit.snippet, QString(), QDateTime()};
            // The status and the last update as the stored copy has them (one indexed row).
            if (const auto stored = m_store->ticket(m_scope, hit.ticketId)) {
                const QJsonObject o = QJsonDocument::fromJson(stored->json).object();
                row.status = o.value("status"_L1).toString();
                row.updatedAt = parseTimestamp(o.value("updated_at"_L1).toString());
            }
            rows.append(row);
        }
    }
    // A new result list each time: a reset, not row moves (the order is the ranking's).
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit searched();
}

int SavedSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SavedSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.subject;
    case Qt::ToolTipRole:
        return QString(row.subject + u'\n' + row.snippet);
    case Qt::AccessibleTextRole:
        return QString(row.subject + u", "_s + row.snippet);
    case TicketIdRole:
        return row.ticketId;
    case StatusWireRole:
        return row.status;
    case UpdatedAtRole:
        return row.updatedAt;
    case SnippetRole:
        return row.snippet;
    case TermsRole:
        return m_terms;
    default:
        return {};
    }
}

QHash<int, QByteArray> SavedSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TicketIdRole, "ticketId");
    names.insert(StatusWireRole, "status");
    names.insert(UpdatedAtRole, "updatedAt");
    names.insert(SnippetRole, "snippet");
    names.insert(TermsRole, "terms");
    return names;
}

} // namespace Ankra
