#include "gui/notify/traynotifier.h"

#include <QGuiApplication>
#include <QSystemTrayIcon>

namespace Ankra {

TrayNotifier::TrayNotifier(QObject *parent)
    : Notifier(parent)
{}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::notify(const QString &ticketId, const QString &summary, const QString &body)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_ticketId.isEmpty())
                emit activated(m_ticketId);
        });
    }
    m_ticketId = ticketId;
    m_tray->show();
    m_tray->showMessage(shortened(summary, MaxSummaryLength), shortened(body, MaxBodyLength),
                        QSystemTrayIcon::Information);
}

} // namespace Ankra
