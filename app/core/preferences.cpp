#include "core/preferences.h"

#include "core/translations.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

// Writes `value` and announces it when it differs from `field`.
template<typename T, typename Signal>
void update(Preferences *self, T &field, const T &value, const QString &key, Signal signal)
{
    if (field == value)
        return;
    field = value;
    QSettings().setValue(key, value);
    emit(self->*signal)(value);
}

} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent)
{
    const QSettings settings;
    m_alwaysAbsoluteTimes = settings.value(alwaysAbsoluteTimesKey(), false).toBool();
    m_newestCommentsFirst = settings.value(newestCommentsFirstKey(), false).toBool();
    m_restoreTabs = settings.value(restoreTabsKey(), true).toBool();
    bool ok = false;
    const int seconds = settings.value(refreshIntervalKey()).toInt(&ok);
    if (ok && refreshIntervalChoices().contains(seconds))
        m_refreshIntervalSeconds = seconds;
    m_language = Translations::savedLanguage();
    m_keepCopies = settings.value(keepCopiesKey(), true).toBool();
    m_showNotifications = settings.value(showNotificationsKey(), true).toBool();
    m_copiesMaxTickets = std::clamp(
        settings.value(copiesMaxTicketsKey(), DefaultCopiesMaxTickets).toInt(), 1, 100000);
    m_copiesMaxDays
        = std::clamp(settings.value(copiesMaxDaysKey(), DefaultCopiesMaxDays).toInt(), 1, 3650);
}

QList<int> Preferences::refreshIntervalChoices()
{
    return {0, 30, 60, 5 * 60, 15 * 60};
}

QString Preferences::refreshIntervalKey()
{
    return u"refresh/currentTicketSeconds"_s;
}

void Preferences::setRefreshIntervalSeconds(int seconds)
{
    if (!refreshIntervalChoices().contains(seconds))
        return;
    update(this, m_refreshIntervalSeconds, seconds, refreshIntervalKey(),
           &Preferences::refreshIntervalSecondsChanged);
}

QString Preferences::showNotificationsKey()
{
    return u"watch/showNotifications"_s;
}

void Preferences::setShowNotifications(bool on)
{
    update(this, m_showNotifications, on, showNotificationsKey(),
           &Preferences::showNotificationsChanged);
}

QString Preferences::keepCopiesKey()
{
    return u"store/keepCopies"_s;
}

QString Preferences::copiesMaxTicketsKey()
{
    return u"store/maxTickets"_s;
}

QString Preferences::copiesMaxDaysKey()
{
    return u"store/maxDays"_s;
}

void Preferences::setKeepCopies(bool on)
{
    update(this, m_keepCopies, on, keepCopiesKey(), &Preferences::keepCopiesChanged);
}

void Preferences::setCopiesMaxTickets(int count)
{
    count = std::clamp(count, 1, 100000);
    if (count == m_copiesMaxTickets)
        return;
    m_copiesMaxTickets = count;
    QSettings().setValue(copiesMaxTicketsKey(), count);
    emit copiesRetentionChanged();
}

void Preferences::setCopiesMaxDays(int days)
{
    days = std::clamp(days, 1, 3650);
    if (days == m_copiesMaxDays)
        return;
    m_copiesMaxDays = days;
    QSettings().setValue(copiesMaxDaysKey(), days);
    emit copiesRetentionChanged();
}

QString Preferences::alwaysAbsoluteTimesKey()
{
    return u"view/alwaysAbsoluteTimes"_s;
}

QString Preferences::newestCommentsFirstKey()
{
    return u"view/newestCommentsFirst"_s;
}

QString Preferences::restoreTabsKey()
{
    return u"session/restoreTabs"_s;
}

void Preferences::setAlwaysAbsoluteTimes(bool on)
{
    update(this, m_alwaysAbsoluteTimes, on, alwaysAbsoluteTimesKey(),
           &Preferences::alwaysAbsoluteTimesChanged);
}

void Preferences::setNewestCommentsFirst(bool on)
{
    update(this, m_newestCommentsFirst, on, newestCommentsFirstKey(),
           &Preferences::newestCommentsFirstChanged);
}

void Preferences::setLanguage(const QString &code)
{
    update(this, m_language, code, Translations::languageKey(), &Preferences::languageChanged);
}

void Preferences::setRestoreTabs(bool on)
{
    update(this, m_restoreTabs, on, restoreTabsKey(), &Preferences::restoreTabsChanged);
}

} // namespace Ankra
