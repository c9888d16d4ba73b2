#pragma once

#include <QObject>

namespace Ankra {

// Whether the network is known to be down, for the RefreshScheduler: QNetworkInformation's
// reachability where a backend loads (NetworkManager on Linux, the system's on Windows and
// macOS). Without one — no NetworkManager on the system bus — the state is unknown, and unknown
// counts as online: nothing is ever paused on a guess.
class NetworkMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkMonitor)

public:
    explicit NetworkMonitor(QObject *parent = nullptr);

    // Loads the backend (once per process; it may talk to D-Bus, so not at start-up) and
    // follows it. False when none loads.
    bool start();
    bool hasBackend() const { return m_backend; }
    bool isOnline() const { return m_online; }

signals:
    void onlineChanged(bool online);

private:
    void update();

    bool m_backend = false;
    bool m_online = true;
};

} // namespace Ankra
