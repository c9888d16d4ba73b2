#include "core/terminaltext.h"

#include <algorithm>

namespace Ankra {

QString withVisibleControls(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(),
                     [](QChar c) { return isTerminalControl(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isTerminalControl(u))
            out += c;
        else if (u < 0x20)
            out += QChar(char16_t(0x2400 + u)); // ␀..␟
        else if (u == 0x7F)
            out += QChar(char16_t(0x2421)); // ␡
        else
            out += QChar(char16_t(0xFFFD));
    }
    return out;
}

QByteArray jsonWithEscapedC1(const QByteArray &json)
{
    // In UTF-8, U+0080..U+009F are C2 80..C2 9F; 0xC2 is never a continuation byte, so the pair
    // cannot be the middle of another character.
    QByteArray out;
    out.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto b = uchar(json.at(i));
        if (b == 0xC2 && i + 1 < json.size()) {
            const auto next = uchar(json.at(i + 1));
            if (next >= 0x80 && next <= 0x9F) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[next >> 4];
                out += hex[next & 0xF];
                ++i;
                continue;
            }
        }
        out += char(b);
    }
    return out;
}

} // namespace Ankra
