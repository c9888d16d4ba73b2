#pragma once

#include "core/ticketlist.h"

class QSettings;

// What the ticket list remembers across starts, in QSettings (nothing secret): the status
// filter and the search, which scope the search looks in, and whether the panel is shown and how
// wide it is.

namespace Ankra {

struct TicketListSettings
{
    TicketListFilter filter{TicketListFilter::activeStatuses(), QString()};
    bool panelVisible = true;
    bool savedScope = false; // the search looks in the saved copies, not on the server
    int panelWidth = 0;      // 0: the window's choice

    static QString statusesKey();
    static QString searchKey();
    static QString visibleKey();
    static QString widthKey();
    static QString scopeKey();

    static TicketListSettings load(const QSettings &settings);
    static TicketListSettings load(); // the application's QSettings
    static void saveFilter(const TicketListFilter &filter);
    static void savePanelVisible(bool visible);
    static void savePanelWidth(int width);
    static void saveSavedScope(bool saved);
};

} // namespace Ankra
