#include "support/secretservicebus.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Ankra::Test {

PrivateSessionBus::~PrivateSessionBus()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(3000))
            m_daemon.kill();
        m_daemon.waitForFinished(3000);
    }
}

bool PrivateSessionBus::start(QString *error)
{
    const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
    if (daemon.isEmpty()) {
        *error = u"dbus-daemon is not installed (Debian package dbus)"_s;
        return false;
    }
    if (!m_dir.isValid()) {
        *error = u"no temporary directory"_s;
        return false;
    }
    // No <servicedir>: the bus activates nothing, so only the test's own services exist on it.
    const QString config = m_dir.filePath(u"bus.conf"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN\""
               " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
               "<busconfig>\n"
               "  <type>session</type>\n"
               "  <listen>unix:dir="
               + m_dir.path().toUtf8()
               + "</listen>\n"
                 "  <policy context=\"default\">\n"
                 "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                 "    <allow eavesdrop=\"true\"/>\n"
                 "    <allow own=\"*\"/>\n"
                 "  </policy>\n"
                 "</busconfig>\n");
    file.close();

    m_daemon.setProgram(daemon);
    m_daemon.setArguments({u"--config-file="_s + config, u"--nofork"_s, u"--print-address=1"_s});
    m_daemon.setProcessChannelMode(QProcess::SeparateChannels);
    m_daemon.start();
    if (!m_daemon.waitForStarted(5000)) {
        *error = m_daemon.errorString();
        return false;
    }
    while (!m_daemon.canReadLine()) {
        if (!m_daemon.waitForReadyRead(5000)) {
            *error = u"dbus-daemon printed no address: "_s
                     + QString::fromLocal8Bit(m_daemon.readAllStandardError());
            return false;
        }
    }
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    return !m_address.isEmpty();
}

SilentSecretService::SilentSecretService(QObject *parent)
    : QDBusVirtualObject(parent)
{}

SilentSecretService::~SilentSecretService()
{
    if (!m_connectionName.isEmpty()) {
        QDBusConnection connection(m_connectionName);
        connection.unregisterObject(u"/"_s, QDBusConnection::UnregisterTree);
        QDBusConnection::disconnectFromBus(m_connectionName);
    }
}

bool SilentSecretService::start(const QString &address, QString *error)
{
    m_connectionName = u"ankra-silent-secret-service"_s;
    QDBusConnection connection = QDBusConnection::connectToBus(address, m_connectionName);
    if (!connection.isConnected()) {
        *error = connection.lastError().message();
        return false;
    }
    if (!connection.registerVirtualObject(u"/"_s, this, QDBusConnection::SubPath)) {
        *error = u"cannot register the object: "_s + connection.lastError().message();
        return false;
    }
    if (!connection.registerService(u"org.freedesktop.secrets"_s)) {
        *error = u"cannot own org.freedesktop.secrets: "_s + connection.lastError().message();
        return false;
    }
    return true;
}

// Taken and never answered: the caller waits until its own timeout.
bool SilentSecretService::handleMessage(const QDBusMessage &message, const QDBusConnection &)
{
    ++m_calls;
    emit called(message.member());
    return true;
}

QString SilentSecretService::introspect(const QString &) const
{
    return QString();
}

} // namespace Ankra::Test
