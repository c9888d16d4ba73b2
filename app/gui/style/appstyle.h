#pragma once

#include <QProxyStyle>

// The platform's style (or Fusion, for --color-scheme) without the PNG files Qt's styles draw a
// few things from: the app's own icons for the line edit's clear button and the menu bar's
// overflow button, and Fusion's group box frame drawn instead of scaled from a picture.
// Reading the first PNG loads every image format plugin; the clear button alone also paid an
// icon-theme lookup; all of it while the window was first built or painted.

namespace Ankra {

class AppStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppStyle)

public:
    // key: a QStyleFactory key ("Fusion"); empty for the platform's default style.
    explicit AppStyle(const QString &key = {});

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace Ankra
