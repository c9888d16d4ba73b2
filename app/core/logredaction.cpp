#include "core/logredaction.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

// Qt logs until the very end of the process, from global destructors too (plugins unloading,
// with qt.core.library debugging on). Everything the handler uses is therefore never destroyed:
// a trivially destructible mutex, and heap objects that are deliberately never freed.
QBasicMutex secretsMutex;
QStringList &secrets()
{
    static QStringList *const list = new QStringList;
    return *list;
}

const QRegularExpression &tokenPattern()
{
    // "Bearer x", "token: x", "api_key=x", "authorization: Basic x"...
    static const QRegularExpression *const pattern = new QRegularExpression(
        uR"((Bearer\s+|(?:token|api[_-]?key|authorization)["']?\s*[:=]\s*["']?(?:Bearer\s+|Basic\s+)?)[^\s"',;]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return *pattern;
}

const QRegularExpression &jwtPattern()
{
    static const QRegularExpression *const pattern
        = new QRegularExpression(u"eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"_s);
    return *pattern;
}

QtMessageHandler previousHandler = nullptr;
std::atomic<RedactedMessageSink> messageSink{nullptr};

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString safe = redactSecrets(message);
    if (const RedactedMessageSink sink = messageSink.load())
        sink(type, context, safe);
    if (previousHandler)
        previousHandler(type, context, safe);
}

} // namespace

void registerSecret(const QString &secret)
{
    if (secret.isEmpty())
        return;
    QMutexLocker lock(&secretsMutex);
    if (!secrets().contains(secret))
        secrets().append(secret);
}

void forgetSecrets()
{
    QMutexLocker lock(&secretsMutex);
    secrets().clear();
}

QString redactSecrets(const QString &text)
{
    QString out = text;
    {
        QMutexLocker lock(&secretsMutex);
        for (const QString &secret : std::as_const(secrets()))
            out.replace(secret, u"[redacted]"_s);
    }
    // Token-like material that was never registered (e.g. from a header dump). Each pattern
    // needs a word that a line without it cannot match: most lines (Qt's own warnings) skip
    // the expressions, and the process never compiles them.
    const auto has = [&out](QLatin1StringView word) {
        return out.contains(word, Qt::CaseInsensitive);
    };
    if (has("bearer"_L1) || has("token"_L1) || has("api"_L1) || has("authorization"_L1))
        out.replace(tokenPattern(), u"\\1[redacted]"_s);
    if (out.contains("eyJ"_L1))
        out.replace(jwtPattern(), u"[redacted]"_s);
    return out;
}

void setRedactedMessageSink(RedactedMessageSink sink)
{
    messageSink.store(sink);
}

void installRedactingMessageHandler()
{
    QtMessageHandler previous = qInstallMessageHandler(redactingHandler);
    if (previous != redactingHandler)
        previousHandler = previous;
}

} // namespace Ankra
