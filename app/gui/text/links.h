#pragma once

#include <QString>
#include <QUrl>

// What may happen to a link found in server text: only http, https and mailto are ever
// opened, always in the system browser or mail client, and only after the user has seen
// where it really goes (host in punycode, so a look-alike IDN host shows as xn--...).
// LinkOpener (linkopener.h) is the one place that opens them.

namespace Ankra::Links {

bool isAllowed(const QUrl &url);
// The link as it is opened: a mailto keeps its addresses and only the `subject` and `body`
// fields (an `attach=/home/…` or `cc=` field is dropped: some mail clients attach local
// files); other links are returned unchanged.
QUrl cleaned(const QUrl &url);
// The whole target as the user should see it: host in ACE form, nothing hidden.
QString displayTarget(const QUrl &url);
// The short form shown beside a link's text: the host for web links, the address for mailto.
QString shortTarget(const QUrl &url);

} // namespace Ankra::Links
