#include "core/ticketlistsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Ankra {

QString TicketListSettings::statusesKey()
{
    return u"list/statuses"_s;
}

QString TicketListSettings::searchKey()
{
    return u"list/search"_s;
}

QString TicketListSettings::visibleKey()
{
    return u"list/panelVisible"_s;
}

QString TicketListSettings::widthKey()
{
    return u"list/panelWidth"_s;
}

QString TicketListSettings::scopeKey()
{
    return u"list/searchScope"_s;
}

TicketListSettings TicketListSettings::load(const QSettings &settings)
{
    TicketListSettings result;
    if (settings.contains(statusesKey())) {
        // Saved as a list ("all" is saved as the empty list, written as one empty string).
        const QStringList saved = settings.value(statusesKey()).toStringList();
        QStringList statuses;
        for (const QString &status : saved) {
            if (!status.isEmpty())
                statuses.append(status);
        }
        result.filter.statuses = TicketListFilter::normalizedStatuses(statuses);
    }
    result.filter.search = settings.value(searchKey()).toString().left(500);
    result.panelVisible = settings.value(visibleKey(), true).toBool();
    result.savedScope = settings.value(scopeKey()).toString() == "saved"_L1;
    result.panelWidth = qBound(0, settings.value(widthKey(), 0).toInt(), 4000);
    return result;
}

TicketListSettings TicketListSettings::load()
{
    const QSettings settings;
    return load(settings);
}

void TicketListSettings::saveFilter(const TicketListFilter &filter)
{
    QSettings settings;
    const QStringList statuses = TicketListFilter::normalizedStatuses(filter.statuses);
    settings.setValue(statusesKey(), statuses.isEmpty() ? QStringList{QString()} : statuses);
    settings.setValue(searchKey(), filter.search);
}

void TicketListSettings::savePanelVisible(bool visible)
{
    // The window's first show toggles the dock on: without this check every start would
    // rewrite (and sync) the settings file with what it already says (absent means shown).
    QSettings settings;
    if (settings.value(visibleKey(), true).toBool() == visible)
        return;
    settings.setValue(visibleKey(), visible);
}

void TicketListSettings::savePanelWidth(int width)
{
    if (width > 0)
        QSettings().setValue(widthKey(), width);
}

} // namespace Ankra

namespace Ankra {

void TicketListSettings::saveSavedScope(bool saved)
{
    QSettings settings;
    if (settings.value(scopeKey()).toString() == (saved ? "saved"_L1 : "server"_L1))
        return;
    settings.setValue(scopeKey(), saved ? u"saved"_s : u"server"_s);
}

} // namespace Ankra
