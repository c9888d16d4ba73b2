#pragma once

#include <QByteArray>
#include <QString>

// Whether a file could run code when handed to the desktop (executables, scripts, installers,
// shortcuts, .desktop files, .jar, disk images…). Judged by the file name's extension and by
// the first bytes of the content, never by the server's content type: either one is enough.

namespace Ankra {

struct RunnableVerdict
{
    bool runnable = false;
    QString reason; // plain text, for the line that says why Open is not offered

    explicit operator bool() const { return runnable; }
};

// How many leading bytes runnableByContent() looks at.
inline constexpr qint64 RunnableSniffBytes = 40 * 1024; // an ISO 9660 mark is at 32769

RunnableVerdict runnableByName(const QString &filename);
RunnableVerdict runnableByContent(const QByteArray &head);
// Both: the name's verdict first.
RunnableVerdict runnableType(const QString &filename, const QByteArray &head);
// Reads the first RunnableSniffBytes of the file at `path`; a file that cannot be read counts
// as runnable (it cannot be checked).
RunnableVerdict runnableFile(const QString &path);

} // namespace Ankra
