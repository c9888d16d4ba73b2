#include "core/download/downloadfolder.h"

#include "core/filenamesanitizer.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Ankra {
namespace {

QSet<QString> &reserved()
{
    static QSet<QString> paths;
    return paths;
}

// Where the counter goes: before the extension, or before ".tar.xz" and the like.
qsizetype extensionStart(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0)
        return name.size();
    const qsizetype before = name.lastIndexOf(u'.', dot - 1);
    if (before > 0 && name.mid(before, dot - before).compare(".tar"_L1, Qt::CaseInsensitive) == 0)
        return before;
    return dot;
}

} // namespace

QString numberedFilename(const QString &name, int n)
{
    if (n <= 0)
        return name;
    const qsizetype cut = extensionStart(name);
    return name.left(cut) + u" ("_s + QString::number(n) + u')' + name.mid(cut);
}

QString uniqueFilePath(const QString &folder, const QString &serverName)
{
    const QString first = safePathInside(folder, serverName);
    if (first.isEmpty())
        return {};
    const QFileInfo info(first);
    const QString dir = info.absolutePath();
    const QString name = info.fileName();
    for (int n = 0; n < 100000; ++n) {
        const QString candidate = QDir(dir).filePath(numberedFilename(name, n));
        // exists() follows symlinks: a dangling one still takes the name.
        if (!QFileInfo(candidate).exists() && !QFileInfo(candidate).isSymLink()
            && !isDownloadPathReserved(candidate))
            return QFileInfo(candidate).absolutePath() == QDir::cleanPath(dir) ? candidate
                                                                               : QString();
    }
    return {};
}

bool reserveDownloadPath(const QString &path)
{
    if (reserved().contains(path))
        return false;
    reserved().insert(path);
    return true;
}

void releaseDownloadPath(const QString &path)
{
    reserved().remove(path);
}

bool isDownloadPathReserved(const QString &path)
{
    return reserved().contains(path);
}

} // namespace Ankra
