#pragma once

#include "gui/style/theme.h"

#include <QFrame>

// A rounded panel tinted with a tone and edged with its colour, to set content apart (the AI
// summary is not human text). Colours follow the palette.

namespace Ankra {

class TonePanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TonePanel)

public:
    explicit TonePanel(QWidget *parent = nullptr);

    void setTone(Theme::Tone tone);
    Theme::Tone tone() const { return m_tone; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Theme::Tone m_tone = Theme::Tone::Accent;
};

} // namespace Ankra
