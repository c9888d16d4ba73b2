// "Show in Folder" (issue 12): the saved file shown selected by the file manager through
// org.freedesktop.FileManager1 on a private session bus, and the folder opened when no file
// manager is there to answer.

#include "gui/attachments/showinfolder.h"
#include "support/offscreennoise.h"
#include "support/secretservicebus.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDesktopServices>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

// What a file manager on the bus is asked to show.
class FakeFileManager final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.FileManager1")

public:
    bool start(const QString &address, QString *error)
    {
        QDBusConnection connection = QDBusConnection::connectToBus(address, ConnectionName);
        if (!connection.registerObject(u"/org/freedesktop/FileManager1"_s, this,
                                       QDBusConnection::ExportAllSlots)
            || !connection.registerService(u"org.freedesktop.FileManager1"_s)) {
            *error = connection.lastError().message();
            return false;
        }
        return true;
    }
    ~FakeFileManager() override { QDBusConnection::disconnectFromBus(ConnectionName); }

    QList<QStringList> shown;

public slots: // the D-Bus interface
    void ShowItems(const QStringList &uris, const QString &startupId)
    {
        Q_UNUSED(startupId)
        shown << uris;
        emit showItemsCalled();
    }

signals:
    void showItemsCalled();

private:
    static inline const QString ConnectionName = QStringLiteral("ankra-fake-file-manager");
};

// Where QDesktopServices::openUrl() of a file: URL goes in this test: nowhere but here.
class OpenedUrls final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url)
    {
        urls << url;
        emit opened();
    }

signals:
    void opened();
};

class tst_ShowInFolder final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fileManagerSelectsTheFile_data();
    void fileManagerSelectsTheFile();
    void withoutFileManagerTheFolderOpens();

private:
    QString savedFile(const QString &name);

    PrivateSessionBus m_bus;
    QTemporaryDir m_dir;
    OpenedUrls m_opened;
};

void tst_ShowInFolder::initTestCase()
{
    quietOffscreenPlatform();
    QString error;
    if (!m_bus.start(&error))
        QSKIP(qPrintable(u"no private D-Bus session bus for this test: "_s + error));
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.address().toUtf8());
    QVERIFY(QDBusConnection::sessionBus().isConnected());
    QVERIFY(m_dir.isValid());
}

void tst_ShowInFolder::init()
{
    m_opened.urls.clear();
    QDesktopServices::setUrlHandler(u"file"_s, &m_opened, "open");
}

void tst_ShowInFolder::cleanup()
{
    QDesktopServices::unsetUrlHandler(u"file"_s);
}

QString tst_ShowInFolder::savedFile(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("saved");
    return path;
}

void tst_ShowInFolder::fileManagerSelectsTheFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << u"report.pdf"_s;
    // A URI must carry these as they are: '#' would start a fragment, '%' an escape.
    QTest::newRow("spaces, # and %") << u"logs #3 (100% full).txt"_s;
    QTest::newRow("not ASCII") << u"Störung – 日本.png"_s;
}

void tst_ShowInFolder::fileManagerSelectsTheFile()
{
    QFETCH(QString, name);
    FakeFileManager fileManager;
    QString error;
    QVERIFY2(fileManager.start(m_bus.address(), &error), qPrintable(error));
    const QString path = savedFile(name);
    QVERIFY(!path.isEmpty());

    QSignalSpy called(&fileManager, &FakeFileManager::showItemsCalled);
    showInFolder(path);
    QVERIFY(called.wait(5000));
    QCOMPARE(fileManager.shown.size(), 1);
    QCOMPARE(fileManager.shown.constFirst().size(), 1);
    const QUrl uri(fileManager.shown.constFirst().constFirst(), QUrl::StrictMode);
    QVERIFY(uri.isValid());
    QCOMPARE(uri.scheme(), u"file"_s);
    QCOMPARE(uri.toLocalFile(), path);
    // The file manager answered: no folder opened beside it.
    QTest::qWait(100);
    QVERIFY(m_opened.urls.isEmpty());
}

void tst_ShowInFolder::withoutFileManagerTheFolderOpens()
{
    const QString path = savedFile(u"no file manager.txt"_s);
    QVERIFY(!path.isEmpty());
    QSignalSpy opened(&m_opened, &OpenedUrls::opened);
    showInFolder(path);
    QVERIFY(opened.wait(5000));
    QCOMPARE(m_opened.urls.size(), 1);
    QCOMPARE(m_opened.urls.constFirst().toLocalFile(), m_dir.path());
}

QTEST_MAIN(tst_ShowInFolder)
#include "tst_showinfolder.moc"
