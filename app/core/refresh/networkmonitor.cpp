#include "core/refresh/networkmonitor.h"

#include <QLoggingCategory>
#include <QNetworkInformation>

Q_LOGGING_CATEGORY(lcNetwork, "ankra.network")

namespace Ankra {

NetworkMonitor::NetworkMonitor(QObject *parent)
    : QObject(parent)
{}

bool NetworkMonitor::start()
{
    if (m_backend)
        return true;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info || !info->supports(QNetworkInformation::Feature::Reachability)) {
        if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
            info = nullptr;
        else
            info = QNetworkInformation::instance();
    }
    if (!info) {
        qCDebug(lcNetwork, "no network information backend: reachability unknown, counted as "
                           "online");
        return false;
    }
    m_backend = true;
    qCDebug(lcNetwork, "network information backend %s", qPrintable(info->backendName()));
    connect(info, &QNetworkInformation::reachabilityChanged, this, &NetworkMonitor::update);
    update();
    return true;
}

void NetworkMonitor::update()
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    // Only Disconnected is "known to be down"; Unknown, Local and Site may still reach the
    // server (a VPN, a server on this machine).
    const bool online
        = !info || info->reachability() != QNetworkInformation::Reachability::Disconnected;
    if (online == m_online)
        return;
    m_online = online;
    qCDebug(lcNetwork, "network %s", online ? "reachable again" : "down");
    emit onlineChanged(online);
}

} // namespace Ankra
