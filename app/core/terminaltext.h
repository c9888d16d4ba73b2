#pragma once

#include <QByteArray>
#include <QString>

// Server text on its way to a terminal (issue 15 item 3): ESC, BEL, CR and the C1 controls such
// as U+009B (CSI) can retitle the terminal, write the clipboard (OSC 52) or redraw the screen.

namespace Ankra {

// Whether `c` is a C0 control other than newline and tab, DEL, or a C1 control (U+0080..U+009F).
constexpr bool isTerminalControl(char16_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7F && c <= 0x9F);
}

// `text` with every such control shown instead of acted on: C0 and DEL as their Unicode control
// pictures (ESC as "␛", U+241B), C1 as U+FFFD. Newline and tab are kept.
QString withVisibleControls(const QString &text);

// JSON text (UTF-8) with the C1 controls, which QJsonDocument writes raw, as \u0080..\u009f
// escapes; C0 controls are already escaped by the JSON writer. Still the same JSON value.
QByteArray jsonWithEscapedC1(const QByteArray &json);

} // namespace Ankra
