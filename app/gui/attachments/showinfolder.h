#pragma once

#include <QString>

namespace Ankra {

// Shows a saved file in the system's file manager with the file selected, as "Show in Folder"
// promises: org.freedesktop.FileManager1's ShowItems on Linux (Nautilus, Dolphin, Nemo, Caja
// and Thunar answer it, started by D-Bus when not running), Explorer's /select on Windows,
// Finder (open -R) on macOS. Where no file manager answers, the folder is opened instead.
// Returns at once; the answer comes later.
void showInFolder(const QString &filePath);

} // namespace Ankra
