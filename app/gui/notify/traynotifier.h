#pragma once

#include "gui/notify/notifier.h"

class QSystemTrayIcon;

namespace Ankra {

// The tray icon's message (Windows, macOS, a Linux without a session bus). The icon is shown
// only while a message is, and a click on the message opens the ticket it was about.
class TrayNotifier final : public Notifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    void notify(const QString &ticketId, const QString &summary, const QString &body) override;

private:
    QSystemTrayIcon *m_tray = nullptr; // made with the first message
    QString m_ticketId;                // the last message's
};

} // namespace Ankra
