#pragma once

#include "gui/style/theme.h"

#include <QIcon>

// The app's SVG icons (resources/icons), drawn in the current palette's text colour at paint
// time, so they stay legible when the palette switches between light and dark.

namespace Ankra::Icons {

// name: the file's base name in :/icons ("refresh"). tone: Neutral draws in the text colour,
// any other tone in that tone's colour (for warning and error icons).
QIcon icon(const QString &name, Theme::Tone tone = Theme::Tone::Neutral);

// The icon for an attachment's content type ("image/png" -> image).
QIcon forContentType(const QString &contentType);
// The name of that icon ("file-image"), for tests and accessible descriptions.
QString nameForContentType(const QString &contentType);

} // namespace Ankra::Icons
