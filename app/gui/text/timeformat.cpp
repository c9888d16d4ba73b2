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
    // "%Ln minute(s) ago": the count picks the language's plural form (English: ankra_en.ts).
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("Ankra::TimeFormat", "%Ln minute(s) ago", nullptr,
                                           int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return QCoreApplication::translate("Ankra::TimeFormat", "%Ln hour(s) ago", nullptr,
                                           int(hours));
    const qint64 days = when.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 1)
        return tr("yesterday");
    if (days < 31)
        return QCoreApplication::translate("Ankra::TimeFormat", "%Ln day(s) ago", nullptr,
                                           int(days));
    const qint64 months = days / 30;
    if (months < 12)
        return QCoreApplication::translate("Ankra::TimeFormat", "%Ln month(s) ago", nullptr,
                                           int(months));
    // (The division is not written inside the call: lupdate 6.4 loops forever on it.)
    const int years = int(days / 365);
    return QCoreApplication::translate("Ankra::TimeFormat", "%Ln year(s) ago", nullptr, years);
}

QString absolute(const QDateTime &when)
{
    if (!when.isValid())
        return tr("unknown time");
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    //: A QDate format (d = day, MMM = short month name, yyyy = year), for the language's order
    const QString dateFormat = tr("d MMM yyyy");
    return tr("%1, %2").arg(locale.toString(local.date(), dateFormat),
                            locale.toString(local.time(), u"HH:mm"_s));
}

QString full(const QDateTime &when)
{
    if (!when.isValid())
        return tr("unknown time");
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    //: A QDateTime format (dddd = weekday, MMMM = month name, t = time zone)
    const QString format = tr("dddd d MMMM yyyy, HH:mm:ss t");
    return tr("%1 (%2 UTC)")
        .arg(locale.toString(local, format), when.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

QString both(const QDateTime &when, const QDateTime &now)
{
    const QString fixed = absolute(when);
    const QString moving = relative(when, now);
    if (moving == fixed)
        return fixed;
    //: A relative time, then the absolute one ("3 hours ago · 4 Mar 2025, 14:03")
    return tr("%1 · %2").arg(moving, fixed);
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
