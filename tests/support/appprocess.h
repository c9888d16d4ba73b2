#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

// Runs the real ankra-ticket-viewer executable (ANKRA_APP_BINARY, set by ankra_add_app_test)
// while this process's event loop keeps turning, so that a fake server living in the test can
// answer it.

namespace Ankra::Test {

// Whether a child process of the app can be given folders of its own through the environment:
// HOME for ~/.ankra.yaml, XDG_CONFIG_HOME for its settings, XDG_DATA_HOME for the saved tabs and
// the log, XDG_RUNTIME_DIR for the single-instance socket. That is Linux (and the other
// freedesktop Unixes). On Windows the app finds the profile folder, the registry and the known
// folders without asking the environment, and on macOS its settings (CFPreferences) and
// Application Support folder belong to the logged-in user whatever HOME says: there, a child
// process shares the real user's token, settings, tabs and socket, and tests that need "a new
// user" or a window of their own skip (each says so).
constexpr bool appFoldersFollowEnvironment()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return true;
#else
    return false;
#endif
}

// Whether a child process meets nothing of a real user's: its folders follow the environment,
// or the account is fresh and holds nothing (ANKRA_TEST_FRESH_USER=1, which the release
// workflow sets on its Windows and macOS runners). Elsewhere a developer's saved token would
// be sent to the fake server, their ~/.ankra.yaml read and their tabs restored.
inline bool childSharesNothingWithTheUser()
{
    return appFoldersFollowEnvironment() || qEnvironmentVariable("ANKRA_TEST_FRESH_USER") == u"1";
}

struct AppRun
{
    int exitCode = -1; // -1: it crashed or did not finish in time
    QByteArray out;
    QByteArray err;
};

inline AppRun runApp(const QStringList &arguments, const QProcessEnvironment &env,
                     const QString &workingDirectory = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(ANKRA_APP_BINARY), arguments);
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace Ankra::Test
