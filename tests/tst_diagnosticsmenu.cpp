// Help → Copy Diagnostics and Help → Open Log Folder in the real window: the report on the
// clipboard names the server and holds no token; the folder handed to the desktop is the log's.

#include "core/apiclient.h"
#include "core/logfile.h"
#include "core/logredaction.h"
#include "core/preferences.h"
#include "gui/mainwindow.h"
#include "support/fakeankraserver.h"
#include "support/isolatedmain.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcTest, "ankra.test")
}

// Receives what QDesktopServices would hand to the desktop.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

class TestDiagnosticsMenu final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        closeLogFile();
        forgetSecrets();
        QDesktopServices::unsetUrlHandler(u"file"_s);
    }

    void helpMenuCopiesDiagnosticsWithoutTheToken()
    {
        QTemporaryDir logs;
        QVERIFY(openLogFile(logs.path()));
        FakeAnkraServer server;
        QVERIFY(server.listen());
        ApiClient client;
        Preferences preferences;
        Config config;
        config.baseUrl = server.baseUrl();
        config.token = u"tok_MenuSecret_9Qx7Lp2Vd"_s;
        config.tokenSource = TokenSource::Environment;
        MainWindow window(&client, &preferences, config);
        qCWarning(lcTest, "the raw token %s slipped into a message", qUtf8Printable(config.token));

        QAction *copy = helpAction(&window, "actionCopyDiagnostics");
        QVERIFY(copy);
        QGuiApplication::clipboard()->clear();
        copy->trigger();
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY2(text.contains(u"Server: "_s + server.baseUrl().toString(QUrl::RemovePath)),
                 qPrintable(text));
        QVERIFY(text.contains(u"Keychain: not used by this window"_s));
        QVERIFY(text.contains(u"Qt platform: "_s + QGuiApplication::platformName()));
        QVERIFY(text.contains(u"the raw token [redacted] slipped"_s));
        QVERIFY2(!text.contains(u"MenuSecret"_s), qPrintable(text));
    }

    void openLogFolderHandsTheFolderToTheDesktop()
    {
        QTemporaryDir logs;
        const QString folder = logs.filePath(u"logs"_s);
        QVERIFY(openLogFile(folder));
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
        ApiClient client;
        Preferences preferences;
        MainWindow window(&client, &preferences, Config());
        QAction *open = helpAction(&window, "actionOpenLogFolder");
        QVERIFY(open);
        open->trigger();
        QDesktopServices::unsetUrlHandler(u"file"_s); // before the catcher goes
        QCOMPARE(catcher.urls.size(), 1);
        QCOMPARE(QDir(catcher.urls.constFirst().toLocalFile()).canonicalPath(),
                 QDir(folder).canonicalPath());
    }

private:
    static QAction *helpAction(MainWindow *window, const char *name)
    {
        auto *help = window->findChild<QMenu *>(u"menuHelp"_s);
        if (!help)
            return nullptr;
        const auto actions = help->actions();
        for (QAction *action : actions) {
            if (action->objectName() == QLatin1StringView(name))
                return action;
        }
        return nullptr;
    }
};

ANKRA_ISOLATED_GUI_TEST_MAIN(TestDiagnosticsMenu)

#include "tst_diagnosticsmenu.moc"
