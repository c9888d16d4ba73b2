#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// A stand-in for the desktop's notification server on a private session bus: it owns
// org.freedesktop.Notifications, answers GetCapabilities with capabilities(), records every
// Notify call and can send ActionInvoked / NotificationClosed like a real server when the
// user clicks or dismisses a notification.

namespace Ankra::Test {

struct RecordedNotification
{
    uint id = 0;
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = 0;
};

class FakeNotificationService final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
    Q_DISABLE_COPY_MOVE(FakeNotificationService)

public:
    explicit FakeNotificationService(QObject *parent = nullptr);
    ~FakeNotificationService() override;

    // Connects to the bus at `address`, exports itself and owns the service name there.
    bool start(const QString &address, QString *error);

    void setCapabilities(const QStringList &capabilities) { m_capabilities = capabilities; }
    const QList<RecordedNotification> &notifications() const { return m_notifications; }
    int capabilityCalls() const { return m_capabilityCalls; }

    // As a click on notification `id` (or one of its actions) does.
    void invokeAction(uint id, const QString &action);
    void close(uint id, uint reason = 2);

public slots: // the D-Bus interface
    QStringList GetCapabilities();
    uint Notify(const QString &app_name, uint replaces_id, const QString &app_icon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expire_timeout);
    void CloseNotification(uint id);
    QString GetServerInformation(QString &vendor, QString &version, QString &spec_version);

signals:
    Q_SCRIPTABLE void ActionInvoked(uint id, const QString &action_key);
    Q_SCRIPTABLE void NotificationClosed(uint id, uint reason);
    // For the test (not on the bus): notifications()[index] has just been recorded.
    void notified(int index);

private:
    QString m_connectionName;
    QStringList m_capabilities{QStringLiteral("actions"), QStringLiteral("body"),
                               QStringLiteral("body-markup")};
    QList<RecordedNotification> m_notifications;
    int m_capabilityCalls = 0;
    uint m_nextId = 1;
};

} // namespace Ankra::Test
