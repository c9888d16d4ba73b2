#include "gui/dialogs/aboutdialog.h"

#include "ui_aboutdialog.h"

#include "gui/style/icons.h"
#include "gui/widgets/dialogbuttons.h"

#include <QApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Ankra {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    translateStandardButtons(m_ui->buttonBox);
    QFont title = m_ui->nameLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setWeight(QFont::Bold);
    m_ui->nameLabel->setFont(title);
    const QIcon appIcon = QApplication::windowIcon().isNull() ? Icons::icon(u"ticket"_s)
                                                              : QApplication::windowIcon();
    m_ui->iconLabel->setPixmap(appIcon.pixmap(QSize(48, 48), devicePixelRatioF()));
    m_ui->versionLabel->setText(QStringLiteral(ANKRA_VERSION));
    m_ui->qtVersionLabel->setText(
        tr("%1 (built with %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    // Our own fixed link, not server text: rich text is safe here.
    const QUrl url = platformUrl();
    m_ui->websiteLabel->setText(u"<a href=\"%1\">%2</a>"_s.arg(
        url.toString(QUrl::FullyEncoded).toHtmlEscaped(), url.toDisplayString().toHtmlEscaped()));
    m_ui->websiteLabel->setToolTip(url.toDisplayString());
}

AboutDialog::~AboutDialog() = default;

QUrl AboutDialog::platformUrl()
{
    return QUrl(u"https://platform.ankra.app"_s);
}

} // namespace Ankra
