#pragma once

#include <QString>
#include <QtGlobal>

// Qt 6.4's offscreen platform warns each time a window's size hints change or it is raised:
// noise in a test, not a finding. Every other message still goes to the previous handler (and
// so to Qt Test, which fails on unexpected warnings where a test says so).

namespace Ankra::Test {

namespace Detail {
inline QtMessageHandler g_previousHandler = nullptr;

inline void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context,
                               const QString &message)
{
    if (message == u"This plugin does not support propagateSizeHints()"
        || message == u"This plugin does not support raise()")
        return;
    g_previousHandler(type, context, message);
}
} // namespace Detail

// Call once, from initTestCase().
inline void quietOffscreenPlatform()
{
    if (!Detail::g_previousHandler)
        Detail::g_previousHandler = qInstallMessageHandler(Detail::dropOffscreenNoise);
}

} // namespace Ankra::Test
