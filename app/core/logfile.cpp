#include "core/logfile.h"

#include "core/logredaction.h"
#include "core/terminaltext.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

// Like the redacting handler's, what the sink uses is never destroyed: Qt logs until the very
// end of the process, from global destructors too.
struct LogState
{
    QBasicMutex mutex;
    QFile *file = nullptr;
    QString directory;
    qint64 maxBytes = DefaultLogFileMaxBytes;
    int keep = DefaultLogFilesKept;
};

LogState &state()
{
    static LogState *const s = new LogState;
    return *s;
}

// A message logged while the file is written (a warning from QFile) must not come back in.
thread_local bool inSink = false;

QString rotatedPath(const QString &path, int n)
{
    return path + u'.' + QString::number(n);
}

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

// One entry: "2026-12-02T01:05:11.123Z warning ankra.keychain: text". Controls are shown, not
// written (the file is read in terminals); a message of several lines continues on lines that
// start with a tab.
QByteArray formatEntry(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QString text = withVisibleControls(message);
    text.replace(u'\n', u"\n\t"_s);
    const char *category = context.category ? context.category : "default";
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
           + typeName(type) + ' ' + category + ": " + text.toUtf8() + '\n';
}

bool openLocked(LogState &s, QString *error)
{
    const QString path = logFilePath(s.directory);
    s.file->setFileName(path);
    // Created user-only; an older file made otherwise is narrowed too.
    const auto userOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!s.file->open(QIODevice::WriteOnly | QIODevice::Append, userOnly)) {
        if (error)
            *error = s.file->errorString();
        return false;
    }
    s.file->setPermissions(userOnly);
    return true;
}

void rotateLocked(LogState &s)
{
    const QString path = logFilePath(s.directory);
    s.file->close();
    if (s.keep <= 0) {
        QFile::remove(path);
    } else {
        QFile::remove(rotatedPath(path, s.keep));
        for (int i = s.keep - 1; i >= 1; --i)
            QFile::rename(rotatedPath(path, i), rotatedPath(path, i + 1));
        QFile::rename(path, rotatedPath(path, 1));
    }
    openLocked(s, nullptr);
}

void writeToLogFile(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (inSink)
        return;
    inSink = true;
    LogState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.file && s.file->isOpen()) {
            const QByteArray entry = formatEntry(type, context, message);
            if (s.file->size() > 0 && s.file->size() + entry.size() > s.maxBytes)
                rotateLocked(s);
            if (s.file->isOpen()) {
                s.file->write(entry);
                s.file->flush(); // a crash right after keeps the line
            }
        }
    }
    inSink = false;
}

// The lines of one file's last `maxBytes` (the first, cut, line dropped when it was cut).
QStringList tailLines(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = file.size();
    const bool cut = size > maxBytes;
    if (cut)
        file.seek(size - maxBytes);
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (cut && !lines.isEmpty())
        lines.removeFirst();
    return lines;
}

} // namespace

QString defaultLogDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/logs"_s;
}

QString logFilePath(const QString &directory)
{
    return QDir(directory).filePath(u"ankra-ticket-viewer.log"_s);
}

bool openLogFile(const QString &directory, qint64 maxBytes, int keep, QString *error)
{
    inSink = true; // nothing this logs goes into a half-open file
    bool ok = false;
    {
        LogState &s = state();
        QMutexLocker lock(&s.mutex);
        if (!s.file)
            s.file = new QFile;
        s.file->close();
        s.directory = directory;
        s.maxBytes = qMax<qint64>(maxBytes, 1);
        s.keep = qMax(keep, 0);
        if (!QDir().mkpath(directory)) {
            if (error)
                *error = u"cannot create the folder"_s;
        } else if (openLocked(s, error)) {
            ok = true;
            if (s.file->size() >= s.maxBytes)
                rotateLocked(s);
        }
    }
    inSink = false;
    if (ok) {
        installRedactingMessageHandler();
        setRedactedMessageSink(writeToLogFile);
    }
    return ok;
}

void closeLogFile()
{
    setRedactedMessageSink(nullptr);
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.file)
        s.file->close();
    s.directory.clear();
}

QString logDirectory()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    return s.file && s.file->isOpen() ? s.directory : QString();
}

QStringList lastLogLines(const QString &directory, int count)
{
    if (count <= 0)
        return {};
    // Enough for `count` ordinary lines; a run of huge ones yields fewer, never a huge read.
    const qint64 window = qint64(count) * 4096;
    const QString path = logFilePath(directory);
    QStringList lines = tailLines(path, window);
    for (int n = 1; lines.size() < count && QFile::exists(rotatedPath(path, n)); ++n)
        lines = tailLines(rotatedPath(path, n), window) + lines;
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return lines;
}

void setVerboseLogging(bool verbose)
{
    QLoggingCategory::setFilterRules(
        QString::fromLatin1(verbose ? VerboseLoggingRules : QuietLoggingRules));
}

} // namespace Ankra
