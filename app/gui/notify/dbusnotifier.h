#pragma once

#include "gui/notify/notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Ankra {

// org.freedesktop.Notifications (the Desktop Notifications Specification) on a session bus:
// Notify with the "default" action (a click) and the desktop-entry hint (GNOME files a
// notification under its application by it), GetCapabilities asked once and asynchronously
// (nothing here blocks the UI thread: notifications wait for the answer), the body escaped
// when the server renders body markup. ActionInvoked and NotificationClosed are followed for
// this notifier's own notification IDs only (other applications' are ignored).
class DBusNotifier final : public Notifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DBusNotifier)

public:
    static constexpr char16_t Service[] = u"org.freedesktop.Notifications";
    static constexpr char16_t Path[] = u"/org/freedesktop/Notifications";
    static constexpr char16_t Interface[] = u"org.freedesktop.Notifications";
    static constexpr char16_t DesktopEntry[] = u"app.ankra.TicketViewer";

    explicit DBusNotifier(const QDBusConnection &connection, QObject *parent = nullptr);
    ~DBusNotifier() override;

    void notify(const QString &ticketId, const QString &summary, const QString &body) override;

    // For tests: the capabilities have been answered (or the call failed).
    bool hasCapabilities() const { return m_capabilitiesKnown; }
    QStringList capabilities() const { return m_capabilities; }
    // Notifications shown and not yet closed, by the server's ID.
    int openCount() const { return int(m_open.size()); }

signals:
    void capabilitiesReceived();

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    struct Pending
    {
        QString ticketId;
        QString summary;
        QString body;
    };

    void send(const Pending &notification);

    QDBusConnection m_connection;
    bool m_capabilitiesKnown = false;
    QStringList m_capabilities;
    QList<Pending> m_waiting;    // until the capabilities are known
    QHash<uint, QString> m_open; // the server's notification ID → ticket
};

} // namespace Ankra
