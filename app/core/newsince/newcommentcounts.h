#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

namespace Ankra {

class TicketSession;
class TicketStore;
struct Ticket;

// "New since you last looked" for the ticket list's rows (issue 13). The list's summaries carry
// no comment count, so a row can only say what this computer knows: for each ticket looked at
// (the store's seen state), the comments of its latest known copy (an open tab's document, a
// watched ticket's last fetch, the stored copy) that were not seen then. A ticket never looked
// at has no entry: nothing in it is "new since you last looked".
//
// Kept cheap for a list of 10,000 rows: one map from ticket ID to its entry, filled once per
// scope (one query for the seen states, one read of each seen ticket's stored copy) and then fed
// by signals (ticketKnown(), looked()); the list model only looks an ID up in data().
class NewCommentCounts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewCommentCounts)

public:
    struct Entry
    {
        QSet<QString> seenIds; // the comments seen when the ticket was last looked at
        QDateTime seenAt;
        int newCount = -1; // comments known and not seen; -1: no copy known since the look
    };

    // `store` may be null (then only what is fed during the session is known).
    explicit NewCommentCounts(TicketStore *store, QObject *parent = nullptr);
    ~NewCommentCounts() override;

    // The account (TicketStore::scopeFor): the seen states and stored copies are read again.
    // Empty: nothing is known.
    void setScope(const QString &scope);
    QString scope() const { return m_scope; }

    // Follows a tab's document: each copy it loads (ticketKnown()) and each look or Mark as Read
    // of its NewSince (looked()).
    void follow(TicketSession *session);

    // A copy of ticket `id` arrived (a tab's load or refresh, a watch fetch): its count is
    // measured against what was seen. Nothing for a ticket never looked at.
    void ticketKnown(const QString &id, const Ticket &ticket);
    // Ticket `id` was looked at (or marked as read) as `ticket` is now: no new comments.
    void looked(const QString &id, const Ticket &ticket);

    // The entry of a ticket looked at, or null.
    const Entry *entry(const QString &id) const;
    // Comments new since the ticket was looked at; -1 when unknown or never looked at.
    int newCount(const QString &id) const;
    // Not counted, but the list says the ticket changed after it was looked at.
    bool updatedSinceLooked(const QString &id, const QDateTime &updatedAt) const;

    // "2 new" (the badge), and what a screen reader and the tooltip say.
    static QString badgeText(int count);
    static QString accessibleText(int count);
    static QString updatedText();

signals:
    // The entry of `id` is another.
    void changed(const QString &id);
    // Every entry may be another (the scope changed).
    void reset();

private:
    static QString key(const QString &id) { return id.trimmed().toLower(); }

    TicketStore *m_store;
    QString m_scope;
    QHash<QString, Entry> m_entries;
};

} // namespace Ankra
