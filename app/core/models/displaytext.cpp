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

QString noValueText()
{
    return QStringLiteral("\u2014");
}

} // namespace Ankra
