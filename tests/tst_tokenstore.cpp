// TokenStore with no keychain at all: the session bus address points nowhere (as on a machine
// without a desktop session). Every call must end, asynchronously and soon, in Unavailable, and
// nothing may be written anywhere else instead.

#include "gui/signin/tokenstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ankra;
using namespace Qt::StringLiterals;
using Status = TokenStore::Status;

namespace {

const QString Service = u"app.ankra.TicketViewer.test"_s;
const QString Token = u"ankra_tok_NoKeychain_5f3e9c0d7b2a41e8"_s;

} // namespace

class TestTokenStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void readIsUnavailable();
    void everyCallFailsFastOnceUnavailable_data();
    void everyCallFailsFastOnceUnavailable();
    void resultsNeverSynchronous();
    void writeLeavesNoPlainTextCopy();
    void serviceName();

private:
    QTemporaryDir m_home;
};

void TestTokenStore::initTestCase()
{
    QVERIFY(m_home.isValid());
    // QtKeychain's insecure fallback would write to QSettings: make any such file land here.
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
}

void TestTokenStore::readIsUnavailable()
{
    TokenStore store(Service);
    QVERIFY(store.isAvailable());
    QSignalSpy read(&store, &TokenStore::readFinished);
    QSignalSpy unavailable(&store, &TokenStore::becameUnavailable);
    store.read();
    // No keychain answers "no" quickly; the generous wait only guards a loaded machine.
    QVERIFY(read.wait(20000));
    QCOMPARE(read.count(), 1);
    QCOMPARE(read.constFirst().at(0).value<Status>(), Status::Unavailable);
    QVERIFY(read.constFirst().at(1).toString().isEmpty());
    QCOMPARE(unavailable.count(), 1);
    QVERIFY(!store.isAvailable());
    QVERIFY(!store.unavailableReason().isEmpty());
    QCOMPARE(unavailable.constFirst().at(0).toString(), store.unavailableReason());
    QVERIFY(!store.isBusy());
}

void TestTokenStore::everyCallFailsFastOnceUnavailable_data()
{
    QTest::addColumn<int>("operation"); // 0 read, 1 write, 2 remove
    QTest::newRow("read") << 0;
    QTest::newRow("write") << 1;
    QTest::newRow("remove") << 2;
}

void TestTokenStore::everyCallFailsFastOnceUnavailable()
{
    QFETCH(int, operation);
    TokenStore store(Service);
    QSignalSpy unavailable(&store, &TokenStore::becameUnavailable);
    QSignalSpy firstRead(&store, &TokenStore::readFinished);
    store.read();
    QVERIFY(firstRead.wait(20000));
    QVERIFY(!store.isAvailable());

    QSignalSpy read(&store, &TokenStore::readFinished);
    QSignalSpy written(&store, &TokenStore::writeFinished);
    QSignalSpy removed(&store, &TokenStore::removeFinished);
    QSignalSpy &expected = operation == 0 ? read : operation == 1 ? written : removed;
    if (operation == 0)
        store.read();
    else if (operation == 1)
        store.write(Token);
    else
        store.remove();
    QVERIFY(!store.isBusy()); // no keychain job was started
    QVERIFY(expected.wait(1000));
    QCOMPARE(expected.count(), 1);
    QCOMPARE(expected.constFirst().at(0).value<Status>(), Status::Unavailable);
    QCOMPARE(read.count() + written.count() + removed.count(), 1);
    QCOMPARE(unavailable.count(), 1); // said once per session, not per call
}

void TestTokenStore::resultsNeverSynchronous()
{
    TokenStore store(Service);
    QSignalSpy written(&store, &TokenStore::writeFinished);
    store.write(Token);
    QCOMPARE(written.count(), 0);
    QVERIFY(written.wait(20000));
    QCOMPARE(written.constFirst().at(0).value<Status>(), Status::Unavailable);
    store.write(Token);
    QCOMPARE(written.count(), 1); // the fail-fast path is queued too
    QVERIFY(written.wait(1000));
}

// No insecure fallback: a failed write leaves the token in no file.
void TestTokenStore::writeLeavesNoPlainTextCopy()
{
    TokenStore store(Service);
    QSignalSpy written(&store, &TokenStore::writeFinished);
    store.write(Token);
    QVERIFY(written.wait(20000));
    QCOMPARE(written.constFirst().at(0).value<Status>(), Status::Unavailable);

    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(Token.toUtf8()), qPrintable(file.fileName()));
    }
}

void TestTokenStore::serviceName()
{
    QCOMPARE(TokenStore::serviceName(), u"app.ankra.TicketViewer"_s);
    QCOMPARE(TokenStore().timeout(), TokenStore::DefaultTimeoutMs);
}

int main(int argc, char *argv[])
{
    // Before anything can open the session bus: an address where no bus is. (With none set and
    // a DISPLAY, D-Bus autolaunch could start a keyring that waits on a prompt forever.)
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ankra-test-no-bus");
    QCoreApplication app(argc, argv);
    TestTokenStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tokenstore.moc"
