#pragma once

#include "gui/text/linkopener.h"

#include <QList>
#include <QUrl>

namespace Ankra {

// The real LinkOpener (allow-list, cleaning, QDesktopServices) with the user's answers scripted
// instead of asked in a dialog: `accept` answers "Open link?", and both questions are recorded.
class ScriptedLinkOpener final : public LinkOpener
{
public:
    bool accept = false;
    QList<QUrl> confirmed;    // what the user was asked to open (the cleaned link)
    QList<QUrl> refusedLinks; // links the user was told are never opened

protected:
    bool confirm(QWidget *, const QUrl &target) override
    {
        confirmed.append(target);
        return accept;
    }
    void refused(QWidget *, const QUrl &url) override { refusedLinks.append(url); }
};

} // namespace Ankra
