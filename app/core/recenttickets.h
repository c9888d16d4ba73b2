#pragma once

#include "core/ticketid.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Ankra {

// The tickets opened last, newest first, with their subjects: at most Capacity, each once,
// kept in QSettings across starts. File → Recent Tickets and the start page show it. Saved a
// second after a change (opening a ticket changes the list twice: its ID, then its subject) and
// when destroyed, not once per change.
class RecentTickets final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentTickets)

public:
    static constexpr int Capacity = 20;

    struct Entry
    {
        TicketId id;
        QString subject; // as the server sent it; empty until the ticket was loaded
    };

    explicit RecentTickets(QObject *parent = nullptr);
    ~RecentTickets() override;

    const QList<Entry> &entries() const { return m_entries; }
    // Moves the ticket to the front (or adds it); an empty subject keeps the one known.
    void add(const TicketId &id, const QString &subject = QString());
    // The subject last seen for `id`, or empty.
    QString subject(const TicketId &id) const;
    void clear();

    static QString settingsKey();

signals:
    void changed();

private:
    void save() const;

    QList<Entry> m_entries;
    QTimer m_saveTimer;
};

} // namespace Ankra
