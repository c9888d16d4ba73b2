#include "core/logredaction.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

QMutex secretsMutex;
QStringList &secrets()
{
    static QStringList list;
    return list;
}

QtMessageHandler previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString safe = redactSecrets(message);
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
    // Token-like material that was never registered (e.g. from a header dump).
    static const QRegularExpression patterns(
        uR"((Bearer\s+|(?:token|api[_-]?key|authorization)["']?\s*[:=]\s*["']?(?:Bearer\s+|Basic\s+)?)[^\s"',;]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    out.replace(patterns, u"\\1[redacted]"_s);
    static const QRegularExpression jwt(
        u"eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"_s);
    out.replace(jwt, u"[redacted]"_s);
    return out;
}

void installRedactingMessageHandler()
{
    QtMessageHandler previous = qInstallMessageHandler(redactingHandler);
    if (previous != redactingHandler)
        previousHandler = previous;
}

} // namespace Ankra
