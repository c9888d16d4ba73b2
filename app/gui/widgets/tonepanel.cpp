#include "gui/widgets/tonepanel.h"

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
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(r, 6, 6);
    const QColor background = Theme::toneBackground(m_tone, palette());
    painter.fillPath(path, background);
    painter.setPen(QPen(Theme::mix(background, Theme::toneColor(m_tone, palette()), 0.45), 1.0));
    painter.drawPath(path);
    // An edge in the tone's colour marks the panel even for readers who skim.
    painter.setClipPath(path);
    painter.fillRect(QRectF(r.left(), r.top(), 4, r.height()), Theme::toneColor(m_tone, palette()));
}

} // namespace Ankra
