#include "core/models/displaytext.h"

namespace Ankra {

QString localIsoText(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return noValueText();
    // Qt::ISODate leaves the offset out for Qt::LocalTime, so name the offset explicitly.
    const QDateTime local = dateTime.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QString visibleText(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool hidden = u < 0x20 || (u >= 0x7f && u <= 0x9f)
                            || c.category() == QChar::Other_Format || u == 0x115F || u == 0x1160
                            || u == 0x3164 || u == 0xFFA0 || (u >= 0x2028 && u <= 0x2029);
        if (hidden) {
            shown += u'\u27E8' + QStringLiteral("U+%1").arg(uint(u), 4, 16, QChar(u'0')).toUpper()
                     + u'\u27E9';
        } else {
            shown += c;
        }
    }
    return shown;
}

QString noValueText()
{
    return QStringLiteral("\u2014");
}

} // namespace Ankra
