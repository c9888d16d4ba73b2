#pragma once

#include <QString>

// Makes a server-supplied attachment filename safe to create on disk, for downloads: basename
// only, no separators, control characters or NUL, Windows reserved names renamed, length capped,
// and a resolved path that stays inside the folder the user chose.

namespace Ankra {

// The longest name produced, in UTF-8 bytes: common file systems allow 255 bytes (not
// characters: 120 CJK characters are 360 bytes), and QSaveFile's temporary name adds 7.
inline constexpr int MaxFilenameBytes = 240;

// Never returns an empty name, ".", ".." or a name with a path separator.
QString sanitizeFilename(const QString &serverName);

// folder + sanitizeFilename(serverName), or an empty string if the result would still resolve
// outside `folder` (defence in depth: it cannot, by construction).
QString safePathInside(const QString &folder, const QString &serverName);

} // namespace Ankra
