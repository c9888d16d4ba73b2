#pragma once

#include <QBrush>
#include <QColor>
#include <QRectF>

class QPainter;

// Shapes the app draws in more than one place.

namespace Ankra::Painting {

// A rounded rectangle filling `rect` with a one-pixel border of `border`: what a 1 px pen
// around the path QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5) with `radius` draws, as two
// antialiased fills (the border colour over the whole shape, then `fill` a pixel inside).
// A pen stroked around a curved path goes through QStroker, several times the cost of a fill.
// `fill` should be opaque: the border colour is under it.
void roundedFrame(QPainter *painter, const QRectF &rect, qreal radius, const QColor &border,
                  const QBrush &fill);

} // namespace Ankra::Painting
