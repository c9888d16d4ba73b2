#include "gui/style/painting.h"

#include <QPainter>

namespace Ankra::Painting {

void roundedFrame(QPainter *painter, const QRectF &rect, qreal radius, const QColor &border,
                  const QBrush &fill)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(border);
    painter->drawRoundedRect(rect, radius + 0.5, radius + 0.5);
    painter->setBrush(fill);
    const qreal inner = std::max<qreal>(radius - 0.5, 0);
    painter->drawRoundedRect(rect.adjusted(1, 1, -1, -1), inner, inner);
    painter->restore();
}

} // namespace Ankra::Painting
