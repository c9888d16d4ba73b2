#include "gui/attachments/showinfolder.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QFileInfo>
#include <QUrl>

#if defined(Q_OS_WIN) || defined(Q_OS_DARWIN)
#include <QDir>
#include <QProcess>
#else
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#endif

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

void openFolder(const QString &filePath)
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(filePath).absolutePath()));
}

} // namespace

void showInFolder(const QString &filePath)
{
    const QString path = QFileInfo(filePath).absoluteFilePath();
#if defined(Q_OS_WIN)
    // "/select," and the path as two arguments, as Qt Creator passes them: one argument with a
    // space in the path is quoted whole ("/select,C:\my file.pdf"), and Explorer is known not to
    // read its switch from inside quotes.
    if (!QProcess::startDetached(u"explorer.exe"_s,
                                 {u"/select,"_s, QDir::toNativeSeparators(path)}))
        openFolder(path);
#elif defined(Q_OS_DARWIN)
    if (!QProcess::startDetached(u"/usr/bin/open"_s, {u"-R"_s, path}))
        openFolder(path);
#else
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        openFolder(path);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        u"org.freedesktop.FileManager1"_s, u"/org/freedesktop/FileManager1"_s,
        u"org.freedesktop.FileManager1"_s, u"ShowItems"_s);
    // The file as a URI (spaces, '#' and '%' encoded) and no startup notification id.
    call << QStringList{QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)} << QString();
    // A file manager D-Bus has to start may take a few seconds; no answer at all means none.
    constexpr int TimeoutMs = 10000;
    auto *watcher
        = new QDBusPendingCallWatcher(bus.asyncCall(call, TimeoutMs), QCoreApplication::instance());
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, watcher,
                     [path](QDBusPendingCallWatcher *self) {
                         self->deleteLater();
                         if (self->isError()) // no file manager on the bus: the folder, then
                             openFolder(path);
                     });
#endif
}

} // namespace Ankra
