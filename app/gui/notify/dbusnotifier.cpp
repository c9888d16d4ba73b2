#include "gui/notify/dbusnotifier.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

} // namespace

DBusNotifier::DBusNotifier(const QDBusConnection &connection, QObject *parent)
    : Notifier(parent)
    , m_connection(connection)
{
    m_connection.connect(str(Service), str(Path), str(Interface), u"ActionInvoked"_s, this,
                         SLOT(onActionInvoked(uint, QString)));
    m_connection.connect(str(Service), str(Path), str(Interface), u"NotificationClosed"_s, this,
                         SLOT(onNotificationClosed(uint, uint)));

    const QDBusMessage call = QDBusMessage::createMethodCall(str(Service), str(Path),
                                                             str(Interface), u"GetCapabilities"_s);
    auto *watcher = new QDBusPendingCallWatcher(m_connection.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        // Without an answer, the body is escaped all the same (most servers render markup,
        // and an escaped name reads better than an unescaped one renders).
        m_capabilities = reply.isError() ? QStringList{u"body-markup"_s} : reply.value();
        m_capabilitiesKnown = true;
        const QList<Pending> waiting = std::exchange(m_waiting, {});
        for (const Pending &notification : waiting)
            send(notification);
        emit capabilitiesReceived();
    });
}

DBusNotifier::~DBusNotifier()
{
    m_connection.disconnect(str(Service), str(Path), str(Interface), u"ActionInvoked"_s, this,
                            SLOT(onActionInvoked(uint, QString)));
    m_connection.disconnect(str(Service), str(Path), str(Interface), u"NotificationClosed"_s, this,
                            SLOT(onNotificationClosed(uint, uint)));
}

void DBusNotifier::notify(const QString &ticketId, const QString &summary, const QString &body)
{
    const Pending notification{ticketId, summary, body};
    if (m_capabilitiesKnown)
        send(notification);
    else
        m_waiting.append(notification);
}

void DBusNotifier::send(const Pending &notification)
{
    QString body = shortened(notification.body, MaxBodyLength);
    if (m_capabilities.contains(u"body-markup"_s))
        body = escapedMarkup(body);
    QVariantMap hints;
    hints.insert(u"desktop-entry"_s, str(DesktopEntry));
    hints.insert(u"category"_s, u"im.received"_s);
    QDBusMessage call
        = QDBusMessage::createMethodCall(str(Service), str(Path), str(Interface), u"Notify"_s);
    call << QCoreApplication::applicationName() << uint(0) << QString()
         << shortened(notification.summary, MaxSummaryLength) << body
         << QStringList{u"default"_s, tr("Open")} << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_connection.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, ticketId = notification.ticketId](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusPendingReply<uint> reply = *w;
                if (!reply.isError() && reply.value() != 0)
                    m_open.insert(reply.value(), ticketId);
            });
}

void DBusNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_open.constFind(id);
    if (it == m_open.cend() || action != u"default")
        return; // another application's notification, or another action
    const QString ticketId = it.value();
    emit activated(ticketId);
}

void DBusNotifier::onNotificationClosed(uint id, uint /*reason*/)
{
    m_open.remove(id);
}

} // namespace Ankra
