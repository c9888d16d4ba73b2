#pragma once

#include "core/commandline.h"

#include <QColor>
#include <QPalette>

// Colours the GUI derives from the palette, so that every widget and delegate reads well in
// light and dark palettes alike; and the explicit palettes behind --color-scheme.

namespace Ankra::Theme {

// Meanings a colour can carry (badges, comment kinds, banners, icons).
enum class Tone { Neutral, Info, Accent, Progress, Success, Warning, Orange, Danger, Muted };

// A dark palette is one whose window colour is dark; Qt 6.4 has no colorScheme().
bool isDark(const QPalette &palette);

// a * (1 - amount) + b * amount, per channel.
QColor mix(const QColor &a, const QColor &b, qreal amount);

// The saturated colour of a tone, tuned for the palette (lighter on dark backgrounds).
QColor toneColor(Tone tone, const QPalette &palette);
// A soft background tinted with the tone, and a text colour legible on it (WCAG AA, 4.5:1).
QColor toneBackground(Tone tone, const QPalette &palette);
QColor toneText(Tone tone, const QPalette &palette);
// Secondary text (times, captions): between the text and the window colour.
QColor mutedText(const QPalette &palette);

// WCAG 2 contrast ratio between two colours (1 to 21).
qreal contrastRatio(const QColor &a, const QColor &b);

QPalette lightPalette();
QPalette darkPalette();

// --color-scheme: Fusion with an explicit palette; System keeps the desktop's style and palette.
// Either way under AppStyle, which supplies the app's own standard icons.
void applyColorScheme(CommandLineOptions::ColorScheme scheme);

} // namespace Ankra::Theme
