#include "gui/text/links.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Ankra::Links {

namespace {

ConfirmHook g_confirmHook = nullptr;

QString tr(const char *text)
{
    return QCoreApplication::translate("Ankra::Links", text);
}

bool confirm(QWidget *parent, const QUrl &url)
{
    QMessageBox box(QMessageBox::Question, tr("Open link?"),
                    tr("This link comes from the ticket. Open it in your browser?"),
                    QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(displayTarget(url));
    QPushButton *open = box.addButton(tr("Open Link"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == open;
}

} // namespace

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

bool activate(QWidget *parent, const QUrl &url)
{
    if (!isAllowed(url)) {
        if (g_confirmHook)
            return false; // tests: never block on a dialog
        QMessageBox box(QMessageBox::Warning, tr("Link not opened"),
                        tr("Only web (http, https) and e-mail links are opened from a ticket. "
                           "This one was not:"),
                        QMessageBox::Ok, parent);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(displayTarget(url));
        box.exec();
        return false;
    }
    const bool ok = g_confirmHook ? g_confirmHook(parent, url) : confirm(parent, url);
    if (!ok)
        return false;
    return QDesktopServices::openUrl(url);
}

void setConfirmHook(ConfirmHook hook)
{
    g_confirmHook = hook;
}

} // namespace Ankra::Links
