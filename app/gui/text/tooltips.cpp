#include "gui/text/tooltips.h"

#include <QTextDocument>
#include <QToolTip>

namespace Ankra::ToolTips {

QString fromPlainText(const QString &plainText)
{
    if (plainText.isEmpty())
        return {};
    // Wrapped in <p>: rich text for QToolTip whatever the characters, with & < > escaped.
    return Qt::convertFromPlainText(plainText, Qt::WhiteSpaceNormal);
}

void show(const QPoint &globalPos, const QString &plainText, QWidget *widget, const QRect &rect)
{
    if (plainText.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(globalPos, fromPlainText(plainText), widget, rect);
}

} // namespace Ankra::ToolTips
