#include "gui/notify/notifier.h"

#include "gui/notify/traynotifier.h"

#if defined(ANKRA_HAVE_DBUS)
#include "gui/notify/dbusnotifier.h"

#include <QDBusConnection>
#endif

namespace Ankra {

Notifier *Notifier::create(QObject *parent)
{
#if defined(ANKRA_HAVE_DBUS)
    if (QDBusConnection::sessionBus().isConnected())
        return new DBusNotifier(QDBusConnection::sessionBus(), parent);
#endif
    return new TrayNotifier(parent);
}

QString Notifier::shortened(const QString &text, int max)
{
    QString line = text.simplified();
    if (max <= 0 || line.size() <= max)
        return line;
    int cut = max - 1; // room for the ellipsis
    if (cut > 0 && line.at(cut - 1).isHighSurrogate())
        --cut;
    return line.left(cut).trimmed() + QChar(0x2026);
}

QString Notifier::escapedMarkup(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'&')
            result += u"&amp;";
        else if (c == u'<')
            result += u"&lt;";
        else if (c == u'>')
            result += u"&gt;";
        else
            result += c;
    }
    return result;
}

} // namespace Ankra
