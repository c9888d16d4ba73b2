#include "gui/text/timeformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Ankra::TimeFormat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ankra::TimeFormat", text);
}

// English plurals without shipping an English translation file: one string for 1, one for
// the rest. Translators get both.
QString count(qint64 n, const char *one, const char *many)
{
    return n == 1 ? tr(one) : tr(many).arg(n);
}

} // namespace

QString relative(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("unknown time");
    const qint64 seconds = when.secsTo(now);
    if (seconds < -120) // clock skew of a minute or two still reads as "just now"
        return absolute(when);
    if (seconds < 60)
        return tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return count(minutes, "1 minute ago", "%1 minutes ago");
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return count(hours, "1 hour ago", "%1 hours ago");
    const qint64 days = when.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 1)
        return tr("yesterday");
    if (days < 31)
        return count(days, "1 day ago", "%1 days ago");
    const qint64 months = days / 30;
    if (months < 12)
        return count(months, "1 month ago", "%1 months ago");
    return count(days / 365, "1 year ago", "%1 years ago");
}

QString absolute(const QDateTime &when)
{
    if (!when.isValid())
        return tr("unknown time");
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    return tr("%1, %2").arg(locale.toString(local.date(), u"d MMM yyyy"_s),
                            locale.toString(local.time(), u"HH:mm"_s));
}

QString full(const QDateTime &when)
{
    if (!when.isValid())
        return tr("unknown time");
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    return tr("%1 (%2 UTC)")
        .arg(locale.toString(local, u"dddd d MMMM yyyy, HH:mm:ss t"_s),
             when.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

QString shown(const QDateTime &when, bool alwaysAbsolute)
{
    return alwaysAbsolute ? absolute(when) : relative(when);
}

QString toolTip(const QDateTime &when, bool alwaysAbsolute)
{
    if (alwaysAbsolute)
        return relative(when) + u'\n' + full(when);
    return full(when);
}

} // namespace Ankra::TimeFormat
