#include "gui/widgets/iconlabel.h"

#include <QPainter>

namespace Ankra {

IconLabel::IconLabel(QWidget *parent)
    : QWidget(parent)
{
    setFixedSize(m_size);
}

void IconLabel::setIcon(const QIcon &icon)
{
    m_icon = icon;
    update();
}

void IconLabel::setIconSize(const QSize &size)
{
    m_size = size;
    setFixedSize(size);
    update();
}

void IconLabel::paintEvent(QPaintEvent *)
{
    if (m_icon.isNull())
        return;
    QPainter painter(this);
    m_icon.paint(&painter, rect(), Qt::AlignCenter, isEnabled() ? QIcon::Normal : QIcon::Disabled);
}

} // namespace Ankra
