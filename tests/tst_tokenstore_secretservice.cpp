// TokenStore against a real Secret Service (gnome-keyring): write, read, overwrite, remove.
// Runs only where one is set up for it, e.g. by .ci/run or by hand:
//   dbus-run-session -- sh -c 'export HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d);
//     chmod 700 $XDG_RUNTIME_DIR; printf pw | gnome-keyring-daemon --daemonize --unlock
//     --components=secrets >/dev/null; ANKRA_TEST_SECRET_SERVICE=1
//     tests/tst_tokenstore_secretservice'
// Elsewhere it skips: on a desktop it would touch the user's own keyring and could raise an
// unlock prompt.

#include "gui/signin/credentials.h"
#include "gui/signin/tokenstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Ankra;
using namespace Qt::StringLiterals;
using Status = TokenStore::Status;

namespace {

// Its own service name: the app's real entry is never touched.
const QString Service = u"app.ankra.TicketViewer.test"_s;
const QString TokenA = u"ankra_tok_RealKeychainA_7c1e4b9f02d3"_s;
const QString TokenB = u"ankra_tok_RealKeychainB_a8d2f6e1c4b7"_s;

} // namespace

class TestTokenStoreSecretService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void roundTrip();
    void storedInTheKeyringNotInAFile();
    void savedTokenIsUsedAtTheNextStart();

private:
    template<typename Signal>
    QVariantList call(TokenStore &store, Signal signal, const std::function<void()> &start);
};

void TestTokenStoreSecretService::initTestCase()
{
    if (qEnvironmentVariable("ANKRA_TEST_SECRET_SERVICE") != u"1"_s) {
        // QTest::qSkip, not QSKIP: Qt 6.4's variadic QSKIP trips clang's -Wpedantic.
        QTest::qSkip("needs an unlocked Secret Service in a throw-away D-Bus session: run it "
                     "through tests/keychain/run-with-secret-service.sh (.ci/run does)",
                     __FILE__, __LINE__);
        return;
    }
    // Asked for explicitly: a missing bus is a broken set-up, not a reason to pass quietly.
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "ANKRA_TEST_SECRET_SERVICE=1 but no session bus (DBUS_SESSION_BUS_ADDRESS unset)");
}

void TestTokenStoreSecretService::cleanupTestCase()
{
    if (qEnvironmentVariable("ANKRA_TEST_SECRET_SERVICE") != u"1"_s)
        return;
    TokenStore store(Service);
    QSignalSpy removed(&store, &TokenStore::removeFinished);
    store.remove();
    removed.wait(10000);
}

template<typename Signal>
QVariantList TestTokenStoreSecretService::call(TokenStore &store, Signal signal,
                                               const std::function<void()> &start)
{
    QSignalSpy spy(&store, signal);
    start();
    if (!spy.wait(10000) || spy.count() != 1)
        return {};
    return spy.constFirst();
}

void TestTokenStoreSecretService::roundTrip()
{
    TokenStore store(Service);
    // A real keyring answers within the app's limit; a slow CI machine gets more.
    store.setTimeout(10000);

    QVariantList result = call(store, &TokenStore::removeFinished, [&] { store.remove(); });
    QVERIFY(!result.isEmpty());
    QCOMPARE(result.at(0).value<Status>(), Status::Ok); // nothing there is fine

    result = call(store, &TokenStore::readFinished, [&] { store.read(); });
    QVERIFY(!result.isEmpty());
    QCOMPARE(result.at(0).value<Status>(), Status::NotFound);

    result = call(store, &TokenStore::writeFinished, [&] { store.write(TokenA); });
    QVERIFY(!result.isEmpty());
    QCOMPARE(result.at(0).value<Status>(), Status::Ok);

    result = call(store, &TokenStore::readFinished, [&] { store.read(); });
    QVERIFY(!result.isEmpty());
    QCOMPARE(result.at(0).value<Status>(), Status::Ok);
    QCOMPARE(result.at(1).toString(), TokenA);

    // A second store (the next app start) reads what the first wrote; a write replaces.
    TokenStore next(Service);
    next.setTimeout(10000);
    result = call(next, &TokenStore::writeFinished, [&] { next.write(TokenB); });
    QVERIFY(!result.isEmpty());
    QCOMPARE(result.at(0).value<Status>(), Status::Ok);
    result = call(store, &TokenStore::readFinished, [&] { store.read(); });
    QVERIFY(!result.isEmpty());
    QCOMPARE(result.at(1).toString(), TokenB);

    result = call(store, &TokenStore::removeFinished, [&] { store.remove(); });
    QVERIFY(!result.isEmpty());
    QCOMPARE(result.at(0).value<Status>(), Status::Ok);
    result = call(store, &TokenStore::readFinished, [&] { store.read(); });
    QVERIFY(!result.isEmpty());
    QCOMPARE(result.at(0).value<Status>(), Status::NotFound);
    QVERIFY(result.at(1).toString().isEmpty());
    QVERIFY(store.isAvailable());
}

// The secret is where the keyring tool finds it, and in no QSettings-style file.
void TestTokenStoreSecretService::storedInTheKeyringNotInAFile()
{
    TokenStore store(Service);
    store.setTimeout(10000);
    const QVariantList result
        = call(store, &TokenStore::writeFinished, [&] { store.write(TokenA); });
    QVERIFY(!result.isEmpty());
    QCOMPARE(result.at(0).value<Status>(), Status::Ok);

    const QString tool = QStandardPaths::findExecutable(u"secret-tool"_s);
    if (!tool.isEmpty()) {
        // QtKeychain's attributes: user = the entry key, server = the service.
        QProcess lookup;
        lookup.start(tool, {u"lookup"_s, u"server"_s, Service, u"user"_s, u"api-token"_s});
        QVERIFY(lookup.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), TokenA);
    }

    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QDirIterator it(config, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(u"keyrings"_s))
            continue; // gnome-keyring's own (encrypted) store may live under the same home
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(TokenA.toUtf8()), qPrintable(path));
    }
}

// The whole path: saved through Credentials, read back by the next start's Credentials (which
// only asks the keychain because the settings say a token is there), removed by signing out.
void TestTokenStoreSecretService::savedTokenIsUsedAtTheNextStart()
{
    QCoreApplication::setOrganizationName(u"AnkraTest"_s);
    QCoreApplication::setApplicationName(u"tst_tokenstore_secretservice"_s);
    QSettings().clear();
    QProcessEnvironment env;
    env.insert(u"ANKRA_API_TOKEN"_s, u"ankra_tok_FromEnv_00ff00ff"_s);
    const QString home = QDir::homePath();
    {
        Credentials first(env, home, Service);
        first.tokenStore()->setTimeout(10000);
        QSignalSpy saved(&first, &Credentials::tokenSaved);
        first.save(first.settings(), TokenA);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.constFirst().at(0).toBool(), true);
        QCOMPARE(first.appTokenState(), Credentials::AppToken::Saved);
    }
    QVERIFY(QSettings().value(AppSettings::tokenInKeychainKey()).toBool());

    Credentials next(env, home, Service);
    next.tokenStore()->setTimeout(10000);
    QCOMPARE(next.config().tokenSource, TokenSource::Environment); // until the keychain answers
    QSignalSpy changed(&next, &Credentials::configChanged);
    next.start();
    QCOMPARE(next.appTokenState(), Credentials::AppToken::Loading);
    QVERIFY(changed.wait(10000));
    QCOMPARE(next.appTokenState(), Credentials::AppToken::Saved);
    QCOMPARE(next.config().token, TokenA);
    QCOMPARE(next.config().tokenSource, TokenSource::App);

    QSignalSpy removed(next.tokenStore(), &TokenStore::removeFinished);
    next.signOut();
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.constFirst().at(0).value<Status>(), Status::Ok);
    QCOMPARE(next.config().tokenSource, TokenSource::Environment);
    TokenStore store(Service);
    store.setTimeout(10000);
    const QVariantList result = call(store, &TokenStore::readFinished, [&] { store.read(); });
    QVERIFY(!result.isEmpty());
    QCOMPARE(result.at(0).value<Status>(), Status::NotFound);
}

QTEST_GUILESS_MAIN(TestTokenStoreSecretService)
#include "tst_tokenstore_secretservice.moc"
