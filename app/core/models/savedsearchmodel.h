#pragma once

#include "core/models/ticketlistmodel.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QStringList>

namespace Ankra {

class TicketStore;

// The list's second search scope, "Saved on this computer": the hits of TicketStore::search()
// over the stored copies of one scope, in the store's order (best first). DisplayRole is the
// subject, SnippetRole the plain-text snippet, TermsRole the words searched for (a delegate
// may paint them bold), and the status and last update as the stored copy has them. Nothing
// is asked of the server: it works offline.
//
// search() is synchronous on the calling thread's own connection (one FTS query, ≈5 ms over
// 500 tickets, see the benchmark "Saved copies: search over 500 tickets"), so the panel calls
// setQuery() on the UI thread after the typing pauses; no worker is needed for it.
class SavedSearchModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedSearchModel)

public:
    enum Role : int {
        TicketIdRole = TicketListModel::TicketIdRole, // the same role the list opens rows by
        StatusWireRole = TicketListModel::StatusWireRole,
        UpdatedAtRole = TicketListModel::UpdatedAtRole,
        SnippetRole = Qt::UserRole + 60,
        TermsRole, // QStringList: the words of the query
    };
    static constexpr int MaxHits = 50;

    explicit SavedSearchModel(QObject *parent = nullptr);

    // The store and the scope searched (empty scope or no store: never a hit).
    void setStore(TicketStore *store, const QString &scope);
    TicketStore *store() const { return m_store; }
    QString scope() const { return m_scope; }
    // Searches at once (and again for the same text, as the copies may have changed).
    void setQuery(const QString &text);
    QString query() const { return m_query; }
    // The text has something to search for (a letter or a digit).
    bool hasQuery() const;
    // The words a snippet's matches are made of (letters and digits of each term).
    static QStringList termsOf(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void searched();

private:
    struct Row
    {
        QString ticketId;
        QString subject;
        QString snippet;
        QString status;
        QDateTime updatedAt;
    };

    TicketStore *m_store = nullptr;
    QString m_scope;
    QString m_query;
    QStringList m_terms;
    QList<Row> m_rows;
};

} // namespace Ankra
