#pragma once

#include <QString>

// Where downloads land: the sanitized server name inside the chosen folder, never over an
// existing file ("name (1).ext", "name (2).ext"…), and never a name another running download
// has reserved.

namespace Ankra {

// folder/sanitized name, the first of "name.ext", "name (1).ext"… that neither exists nor is
// reserved. Empty when no such path stays inside the folder (it cannot, by construction).
QString uniqueFilePath(const QString &folder, const QString &serverName);

// The counted name: "name (n).ext"; a ".tar.gz"-style double extension stays together.
QString numberedFilename(const QString &name, int n);

// Paths of downloads in flight (one thread: the application's). AttachmentDownload reserves
// its target for as long as it runs.
bool reserveDownloadPath(const QString &path); // false when already reserved
void releaseDownloadPath(const QString &path);
bool isDownloadPathReserved(const QString &path);

} // namespace Ankra
