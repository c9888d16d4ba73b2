#include "gui/style/appstyle.h"

#include "gui/style/icons.h"
#include "gui/style/theme.h"

#include <QPainter>
#include <QStyleOption>

using namespace Qt::StringLiterals;

namespace Ankra {

AppStyle::AppStyle(const QString &key)
    : QProxyStyle(key)
{}

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                             const QWidget *widget) const
{
    switch (standardIcon) {
    case SP_LineEditClearButton:
        return Icons::icon(u"close"_s);
    case SP_ToolBarHorizontalExtensionButton:
        return Icons::icon(u"more"_s);
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                             QPainter *painter, const QWidget *widget) const
{
    if (element == PE_FrameGroupBox
        && baseStyle()->name().compare(u"fusion"_s, Qt::CaseInsensitive) == 0) {
        // Fusion's frame (fusion_groupbox.png): a thin rounded line, a little darker than
        // the window.
        const QPalette &palette = option->palette;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(
            Theme::mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.18));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), 2.5, 2.5);
        painter->restore();
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

} // namespace Ankra
