#include "core/startuptimeline.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStartup, "ankra.startup", QtInfoMsg)

namespace Ankra::StartupTimeline {

namespace {

QElapsedTimer &clock()
{
    static QElapsedTimer timer;
    return timer;
}

} // namespace

void begin()
{
    clock().start();
}

void mark(const char *phase)
{
    if (!lcStartup().isDebugEnabled() || !clock().isValid())
        return;
    qCDebug(lcStartup, "%.1f ms %s", double(clock().nsecsElapsed()) / 1e6, phase);
}

} // namespace Ankra::StartupTimeline
