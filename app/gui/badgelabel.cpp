#include "gui/badgelabel.h"

#include <QEvent>
#include <QPainter>

namespace Ankra {

BadgeLabel::BadgeLabel(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
}

void BadgeLabel::setBadge(const Badge &badge)
{
    m_badge = badge;
    setToolTip(badge.description);
    setAccessibleName(badge.description);
    setVisible(!badge.isNull());
    updateGeometry();
    update();
}

QFont BadgeLabel::badgeFont() const
{
    QFont f = font();
    f.setWeight(QFont::DemiBold);
    return f;
}

QSize BadgeLabel::sizeHint() const
{
    return BadgePainter::sizeHint(m_badge, badgeFont());
}

QSize BadgeLabel::minimumSizeHint() const
{
    return sizeHint();
}

void BadgeLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    BadgePainter::paint(&painter, rect(), m_badge, palette(), badgeFont(),
                        layoutDirection() == Qt::RightToLeft);
}

void BadgeLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace Ankra
