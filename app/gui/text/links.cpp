#include "gui/text/links.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Ankra::Links {

bool isAllowed(const QUrl &url)
{
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https")
        return !url.host().isEmpty();
    if (scheme == u"mailto")
        return !url.path().isEmpty();
    return false;
}

QUrl cleaned(const QUrl &url)
{
    if (url.scheme().compare(u"mailto", Qt::CaseInsensitive) != 0)
        return url;
    QUrl out;
    out.setScheme(u"mailto"_s);
    // A '?' or '&' encoded into the address would start a query again in some clients.
    QString path = url.path(QUrl::FullyDecoded);
    const qsizetype cut = path.indexOf(QRegularExpression(u"[?&#]"_s));
    if (cut >= 0)
        path.truncate(cut);
    out.setPath(path, QUrl::DecodedMode);
    QUrlQuery kept;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        const QString name = key.toLower();
        if ((name == u"subject" || name == u"body") && !kept.hasQueryItem(name))
            kept.addQueryItem(name, value);
    }
    if (!kept.isEmpty())
        out.setQuery(kept);
    return out;
}

QString displayTarget(const QUrl &url)
{
    if (!url.isValid())
        return url.toString();
    // EncodeUnicode puts the host in ACE form and percent-encodes look-alike characters in the
    // rest. A user name before the host ("https://bank.com@evil.example") stays visible: it
    // is part of how such a link misleads.
    return url.toDisplayString(QUrl::EncodeUnicode | QUrl::EncodeSpaces);
}

QString shortTarget(const QUrl &url)
{
    if (url.scheme().compare(u"mailto", Qt::CaseInsensitive) == 0)
        return url.path();
    if (!url.host().isEmpty())
        return url.host(QUrl::EncodeUnicode);
    return displayTarget(url);
}

} // namespace Ankra::Links
