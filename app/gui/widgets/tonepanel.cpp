#include "gui/widgets/tonepanel.h"

#include "gui/style/painting.h"

#include <QPainter>
#include <QPainterPath>

namespace Ankra {

TonePanel::TonePanel(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::NoFrame);
}

void TonePanel::setTone(Theme::Tone tone)
{
    m_tone = tone;
    update();
}

void TonePanel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QColor background = Theme::toneBackground(m_tone, palette());
    Painting::roundedFrame(&painter, rect(), 6,
                           Theme::mix(background, Theme::toneColor(m_tone, palette()), 0.45),
                           background);
    // An edge in the tone's colour marks the panel even for readers who skim.
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(r, 6, 6);
    painter.setClipPath(path);
    painter.fillRect(QRectF(r.left(), r.top(), 4, r.height()), Theme::toneColor(m_tone, palette()));
}

} // namespace Ankra
