#pragma once

#include <QUrl>

class QWidget;

namespace Ankra {

// Opens a link found in server text, the one way it may happen: only links Links::isAllowed()
// takes, cleaned (Links::cleaned), shown to the user and confirmed, then handed to the system
// browser or mail client. Views never open links themselves: they emit linkActivated, and the
// window hands that to the LinkOpener it was given.
//
// The two questions to the user are virtual, so that a caller without a user (a test, a
// screenshot) can answer them; the policy around them is not.
class LinkOpener
{
public:
    LinkOpener() = default;
    virtual ~LinkOpener();
    LinkOpener(const LinkOpener &) = delete;
    LinkOpener &operator=(const LinkOpener &) = delete;

    // Returns whether the link was handed to the system.
    bool open(QWidget *parent, const QUrl &url);

protected:
    // Asked with the cleaned link, which is what would be opened. The default shows a dialog
    // with the whole target; Cancel is the default button.
    virtual bool confirm(QWidget *parent, const QUrl &target);
    // Said of a link that is never opened (file:, javascript:, …).
    virtual void refused(QWidget *parent, const QUrl &url);
};

} // namespace Ankra
