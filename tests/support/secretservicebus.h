#pragma once

#include <QDBusConnection>
#include <QDBusVirtualObject>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// D-Bus stand-ins for keychain tests: a private session bus (a dbus-daemon of our own with no
// service activation, so nothing like gnome-keyring is ever started behind the test's back), and
// a Secret Service that takes the bus name org.freedesktop.secrets and never answers a call —
// what a keychain waiting on an unlock prompt nobody sees looks like to a client.

namespace Ankra::Test {

class PrivateSessionBus final
{
public:
    PrivateSessionBus() = default;
    ~PrivateSessionBus();
    Q_DISABLE_COPY_MOVE(PrivateSessionBus)

    // Starts dbus-daemon; false (with *error) when it is not installed or does not start.
    bool start(QString *error);
    QString address() const { return m_address; }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
};

class SilentSecretService final : public QDBusVirtualObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SilentSecretService)

public:
    explicit SilentSecretService(QObject *parent = nullptr);
    ~SilentSecretService() override;

    // Connects to the bus at `address` and owns org.freedesktop.secrets there.
    bool start(const QString &address, QString *error);
    int callCount() const { return m_calls; }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override;
    QString introspect(const QString &path) const override;

signals:
    void called(const QString &member);

private:
    QString m_connectionName;
    int m_calls = 0;
};

} // namespace Ankra::Test
