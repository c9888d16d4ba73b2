#include "core/preferences.h"

#include "core/translations.h"

#include <QSettings>

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
