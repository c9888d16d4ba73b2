#pragma once

#include "core/ticketlist.h"

class QSettings;

// What the ticket list remembers across starts, in QSettings (nothing secret): the status
// filter and the search, and whether the panel is shown and how wide it is.

namespace Ankra {

struct TicketListSettings
{
    TicketListFilter filter{TicketListFilter::activeStatuses(), QString()};
    bool panelVisible = true;
    int panelWidth = 0; // 0: the window's choice

    static QString statusesKey();
    static QString searchKey();
    static QString visibleKey();
    static QString widthKey();

    static TicketListSettings load(const QSettings &settings);
    static TicketListSettings load(); // the application's QSettings
    static void saveFilter(const TicketListFilter &filter);
    static void savePanelVisible(bool visible);
    static void savePanelWidth(int width);
};

} // namespace Ankra
