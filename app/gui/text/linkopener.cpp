#include "gui/text/linkopener.h"

#include "gui/text/links.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

namespace Ankra {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ankra::LinkOpener", text);
}

} // namespace

LinkOpener::~LinkOpener() = default;

bool LinkOpener::open(QWidget *parent, const QUrl &url)
{
    if (!Links::isAllowed(url)) {
        refused(parent, url);
        return false;
    }
    // What is shown is what is opened.
    const QUrl target = Links::cleaned(url);
    if (!confirm(parent, target))
        return false;
    return QDesktopServices::openUrl(target);
}

bool LinkOpener::confirm(QWidget *parent, const QUrl &target)
{
    QMessageBox box(QMessageBox::Question, tr("Open link?"),
                    tr("This link comes from the ticket. Open it in your browser?"),
                    QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(Links::displayTarget(target));
    QPushButton *openButton = box.addButton(tr("Open Link"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == openButton;
}

void LinkOpener::refused(QWidget *parent, const QUrl &url)
{
    QMessageBox box(QMessageBox::Warning, tr("Link not opened"),
                    tr("Only web (http, https) and e-mail links are opened from a ticket. "
                       "This one was not:"),
                    QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(Links::displayTarget(url));
    box.exec();
}

} // namespace Ankra
