#include "gui/style/theme.h"

#include "gui/style/appstyle.h"

#include <QApplication>
#include <QStyle>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Ankra::Theme {

namespace {

qreal channel(qreal c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

qreal luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// Hues picked to stay distinguishable for the common colour-vision deficiencies as far as
// possible; the text always says the meaning too.
QColor baseHue(Tone tone)
{
    switch (tone) {
    case Tone::Info:
        return QColor(0x1f, 0x6f, 0xeb); // blue
    case Tone::Accent:
        return QColor(0x82, 0x50, 0xdf); // violet
    case Tone::Progress:
        return QColor(0x0e, 0x8a, 0x9e); // teal
    case Tone::Success:
        return QColor(0x1a, 0x7f, 0x37); // green
    case Tone::Warning:
        return QColor(0xb0, 0x88, 0x00); // amber
    case Tone::Orange:
        return QColor(0xd1, 0x5b, 0x04); // orange
    case Tone::Danger:
        return QColor(0xcf, 0x22, 0x2e); // red
    case Tone::Neutral:
    case Tone::Muted:
        break;
    }
    return QColor(0x6e, 0x77, 0x81); // grey
}

// Moves `colour` towards `target` until it reaches `ratio` against `background`.
QColor ensureContrast(QColor colour, const QColor &background, qreal ratio, const QColor &target)
{
    for (int i = 0; i < 20 && contrastRatio(colour, background) < ratio; ++i)
        colour = mix(colour, target, 0.15);
    return colour;
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amount),
                            float(a.greenF() * keep + b.greenF() * amount),
                            float(a.blueF() * keep + b.blueF() * amount));
}

QColor toneColor(Tone tone, const QPalette &palette)
{
    QColor c = baseHue(tone);
    if (isDark(palette))
        c = mix(c, Qt::white, tone == Tone::Warning ? 0.25 : 0.35);
    return c;
}

QColor toneBackground(Tone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (tone == Tone::Muted)
        return mix(base, palette.color(QPalette::Text), isDark(palette) ? 0.10 : 0.06);
    return mix(base, toneColor(tone, palette), isDark(palette) ? 0.22 : 0.13);
}

QColor toneText(Tone tone, const QPalette &palette)
{
    const QColor background = toneBackground(tone, palette);
    const bool dark = isDark(palette);
    if (tone == Tone::Neutral || tone == Tone::Muted)
        return ensureContrast(mutedText(palette), background, 4.5, palette.color(QPalette::Text));
    QColor c = toneColor(tone, palette);
    c = dark ? mix(c, Qt::white, 0.25) : mix(c, Qt::black, 0.25);
    return ensureContrast(c, background, 4.5, dark ? QColor(Qt::white) : QColor(Qt::black));
}

QColor mutedText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return ensureContrast(mix(text, base, 0.4), base, 4.5, text);
}

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette lightPalette()
{
    QPalette p(QColor(0xef, 0xf0, 0xf2));
    p.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xf6, 0xf7, 0xf9));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe4, 0xe6, 0xea));
    p.setColor(QPalette::Mid, QColor(0xc4, 0xc8, 0xce));
    p.setColor(QPalette::Dark, QColor(0x9a, 0xa0, 0xa8));
    p.setColor(QPalette::Shadow, QColor(0x6e, 0x77, 0x81));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x09, 0x69, 0xda));
    p.setColor(QPalette::LinkVisited, QColor(0x82, 0x50, 0xdf));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf0));
    p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x77, 0x81));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x8c, 0x95, 0x9f));
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0xf3, 0xf4, 0xf6));
    return p;
}

QPalette darkPalette()
{
    QPalette p(QColor(0x2b, 0x2f, 0x36));
    p.setColor(QPalette::Window, QColor(0x1e, 0x21, 0x26));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1c));
    p.setColor(QPalette::AlternateBase, QColor(0x22, 0x25, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Button, QColor(0x2b, 0x2f, 0x36));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3d, 0x42, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x37, 0x3e));
    p.setColor(QPalette::Mid, QColor(0x45, 0x4a, 0x53));
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x17));
    p.setColor(QPalette::Shadow, QColor(0x08, 0x09, 0x0a));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc2, 0x97, 0xff));
    p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2f, 0x36));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x94, 0x9e));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6e, 0x76, 0x81));
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0x1e, 0x21, 0x26));
    return p;
}

void applyColorScheme(CommandLineOptions::ColorScheme scheme)
{
    if (scheme == CommandLineOptions::ColorScheme::System) {
        QApplication::setStyle(new AppStyle);
        return;
    }
    // Styles that draw with the desktop theme (GTK, Breeze...) would ignore a forced palette.
    QApplication::setStyle(new AppStyle(u"Fusion"_s));
    QApplication::setPalette(scheme == CommandLineOptions::ColorScheme::Dark ? darkPalette()
                                                                             : lightPalette());
}

} // namespace Ankra::Theme
