#include "gui/find/findhighlight.h"

#include "gui/style/theme.h"

#include <QPalette>

namespace Ankra::FindHighlight {

QTextCharFormat format(const QPalette &palette, bool current)
{
    // Marker yellow for every match, orange for the current one (as browsers do); on a dark
    // palette darker shades under light text.
    const bool dark = Theme::isDark(palette);
    QTextCharFormat f;
    if (current) {
        f.setBackground(dark ? QColor(0xd9, 0x73, 0x06) : QColor(0xff, 0x96, 0x32));
        f.setForeground(dark ? QColor(0xff, 0xff, 0xff) : QColor(0x00, 0x00, 0x00));
    } else {
        f.setBackground(dark ? QColor(0x6b, 0x5a, 0x12) : QColor(0xff, 0xeb, 0x6e));
        f.setForeground(dark ? QColor(0xff, 0xff, 0xff) : QColor(0x00, 0x00, 0x00));
    }
    return f;
}

} // namespace Ankra::FindHighlight
