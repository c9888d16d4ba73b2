#include "support/notificationservice.h"

#include <QDBusConnection>
#include <QDBusError>

using namespace Qt::StringLiterals;

namespace Ankra::Test {

FakeNotificationService::FakeNotificationService(QObject *parent)
    : QObject(parent)
{}

FakeNotificationService::~FakeNotificationService()
{
    if (!m_connectionName.isEmpty())
        QDBusConnection::disconnectFromBus(m_connectionName);
}

bool FakeNotificationService::start(const QString &address, QString *error)
{
    m_connectionName = u"ankra-fake-notifications"_s;
    QDBusConnection connection = QDBusConnection::connectToBus(address, m_connectionName);
    if (!connection.isConnected()) {
        *error = connection.lastError().message();
        return false;
    }
    if (!connection.registerObject(u"/org/freedesktop/Notifications"_s, this,
                                   QDBusConnection::ExportAllSlots
                                       | QDBusConnection::ExportScriptableSignals)) {
        *error = u"cannot register the object: "_s + connection.lastError().message();
        return false;
    }
    if (!connection.registerService(u"org.freedesktop.Notifications"_s)) {
        *error = u"cannot own org.freedesktop.Notifications: "_s + connection.lastError().message();
        return false;
    }
    return true;
}

void FakeNotificationService::invokeAction(uint id, const QString &action)
{
    emit ActionInvoked(id, action);
}

void FakeNotificationService::close(uint id, uint reason)
{
    emit NotificationClosed(id, reason);
}

QStringList FakeNotificationService::GetCapabilities()
{
    ++m_capabilityCalls;
    return m_capabilities;
}

uint FakeNotificationService::Notify(const QString &app_name, uint replaces_id,
                                     const QString &app_icon, const QString &summary,
                                     const QString &body, const QStringList &actions,
                                     const QVariantMap &hints, int expire_timeout)
{
    const uint id = replaces_id != 0 ? replaces_id : m_nextId++;
    m_notifications.append(RecordedNotification{id, app_name, replaces_id, app_icon, summary, body,
                                                actions, hints, expire_timeout});
    emit notified(int(m_notifications.size()) - 1);
    return id;
}

void FakeNotificationService::CloseNotification(uint id)
{
    emit NotificationClosed(id, 3);
}

QString FakeNotificationService::GetServerInformation(QString &vendor, QString &version,
                                                      QString &spec_version)
{
    vendor = u"Ankra tests"_s;
    version = u"1"_s;
    spec_version = u"1.2"_s;
    return u"ankra-fake-notifications"_s;
}

} // namespace Ankra::Test
