#pragma once

#include "core/ticketid.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Ankra {

// The open tabs, kept for the next start: their tickets in order and which one is current.
// One small JSON file in the user's data folder, written with QSaveFile (a crash mid-write
// leaves the old file), at most once a second while tabs change and at once on destruction.
// A file that cannot be read back is ignored with a log line.
class TabSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TabSession)

public:
    struct Tabs
    {
        QList<TicketId> tickets;
        int current = -1; // index into tickets, or -1
    };

    // `fileName` empty: tabs.json in the application's data folder.
    explicit TabSession(const QString &fileName = QString(), QObject *parent = nullptr);
    ~TabSession() override;

    QString fileName() const { return m_fileName; }
    Tabs load() const;
    // Saved a second later (or at destruction); a newer call replaces an older one.
    void save(const Tabs &tabs);
    void flush();
    // Forgets the tabs (the setting is off): the file is removed.
    void clear();

private:
    QString m_fileName;
    Tabs m_pending;
    bool m_dirty = false;
    QTimer m_timer;
};

} // namespace Ankra
