// The saved copies in the window: the page's banner ("Saved copy from 10:42 · refreshing…",
// "Offline — showing the copy saved at 10:42"), the preference that turns them off (and
// deletes them), demo mode keeping none, and another token's copies removed once it is in use.

#include "core/apiclient.h"
#include "core/preferences.h"
#include "core/recenttickets.h"
#include "core/store/ticketstore.h"
#include "core/ticketsession.h"
#include "gui/mainwindow.h"
#include "gui/style/icons.h"
#include "gui/widgets/messagebanner.h"
#include "support/fakeankraserver.h"
#include "support/isolatedmain.h"
#include "support/offscreennoise.h"

#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

const QString IdA = u"0b8c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e"_s;

} // namespace

class TestSavedCopies final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void bannerWhileRefreshingThenGone();
    void offlineBannerWithRetry();
    void turningKeepCopiesOffDeletesThem();
    void otherTokensCopiesAreRemoved();
    void storeNoticeInTheWindow();

private:
    MainWindow *makeWindow(const QString &token
                           = QString::fromLatin1(FakeAnkraServer::DefaultToken));
    TicketSession *session() const { return m_window->currentSession(); }
    MessageBanner *banner() const { return m_window->findChild<MessageBanner *>(u"staleBanner"_s); }
    bool open(const QString &id)
    {
        QSignalSpy shown(m_window.get(), &MainWindow::ticketShown);
        m_window->openTicket(id);
        return shown.wait(5000);
    }
    QString savedTime() const
    {
        return QLocale().toString(session()->savedAt().time(), QLocale::ShortFormat);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<RecentTickets> m_recent;
    std::unique_ptr<TicketStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestSavedCopies::initTestCase()
{
    Test::quietOffscreenPlatform();
}

void TestSavedCopies::init()
{
    QSettings().clear();
    m_server = std::make_unique<FakeAnkraServer>();
    QVERIFY(m_server->listen());
    m_server->addTicket(IdA, sampleTicketJson(IdA, u"Ticket A"_s));
    m_client = std::make_unique<ApiClient>();
    m_client->setRetryDelays({});
    m_preferences = std::make_unique<Preferences>();
    m_recent = std::make_unique<RecentTickets>();
    TicketStoreOptions options;
    options.path
        = m_dir.filePath(u"%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_store = std::make_unique<TicketStore>(options);
    QVERIFY(m_store->isOpen());
}

void TestSavedCopies::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_recent.reset();
    m_preferences.reset();
    m_client.reset();
    m_server.reset();
}

MainWindow *TestSavedCopies::makeWindow(const QString &token)
{
    m_window.reset();
    Config config;
    config.baseUrl = m_server->baseUrl();
    config.token = token;
    config.tokenSource = TokenSource::Environment;
    m_window = std::make_unique<MainWindow>(m_client.get(), m_preferences.get(), config,
                                            m_recent.get(), nullptr, m_store.get());
    m_window->resize(1100, 760);
    m_window->show();
    m_window->startTicketList(); // as the application does once the token is known
    return m_window.get();
}

void TestSavedCopies::bannerWhileRefreshingThenGone()
{
    makeWindow();
    QVERIFY(open(IdA));
    QVERIFY(!banner()->isVisible()); // fetched, not a copy
    m_store->flush();

    makeWindow(); // as the next start
    m_server->setFault(Fault::SlowHeaders, IdA).delayMs = 400;
    QSignalSpy shown(m_window.get(), &MainWindow::ticketShown);
    m_window->openTicket(IdA);
    QVERIFY(shown.wait(5000));
    QVERIFY(session()->isSavedCopy());
    QVERIFY(banner()->isVisible());
    QCOMPARE(banner()->text(), u"Saved copy from %1 · refreshing…"_s.arg(savedTime()));

    // The fresh ticket, the same as the copy: nothing laid out again, the banner goes.
    QTRY_VERIFY_WITH_TIMEOUT(!session()->isSavedCopy(), 5000);
    QVERIFY(!banner()->isVisible());
}

void TestSavedCopies::offlineBannerWithRetry()
{
    makeWindow();
    QVERIFY(open(IdA));
    m_store->flush();

    m_server->setFault(Fault::Status, IdA).status = 503;
    makeWindow();
    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    m_window->openTicket(IdA);
    QVERIFY(failed.wait(5000));
    QVERIFY(session()->isOffline());
    QCOMPARE(m_window->state(), MainWindow::State::Loaded);
    QVERIFY(banner()->isVisible());
    const QString time = savedTime();
    QCOMPARE(banner()->text(), u"Offline — showing the copy saved at %1"_s.arg(time));
    QVERIFY(banner()->findChild<QToolButton *>()); // Retry
    // The tab: the banner's warning, not the error mark of a ticket that cannot be read.
    auto *tabs = m_window->findChild<QTabBar *>();
    QVERIFY(tabs);
    const int index = tabs->currentIndex();
    QVERIFY(tabs->tabToolTip(index).contains(banner()->text()));
    QCOMPARE(tabs->tabIcon(index).pixmap(16).toImage(),
             Icons::icon(u"warning"_s, Theme::Tone::Warning).pixmap(16).toImage());

    // Retry by hand, with the server back: the fresh ticket, no banner.
    m_server->clearFaults();
    session()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!session()->isSavedCopy(), 5000);
    QVERIFY(!session()->isOffline());
    QVERIFY(!banner()->isVisible());
}

void TestSavedCopies::turningKeepCopiesOffDeletesThem()
{
    makeWindow();
    QVERIFY(open(IdA));
    m_store->flush();
    QCOMPARE(m_store->ticketCount(), 1);

    m_preferences->setKeepCopies(false);
    QCOMPARE(m_store->ticketCount(), 0);
    QVERIFY(!m_store->isEnabled());
    m_window->openTicket(IdA); // fetched, not saved
    QTRY_VERIFY(!session()->isBusy());
    m_store->flush();
    QCOMPARE(m_store->ticketCount(), 0);

    m_preferences->setKeepCopies(true);
    QVERIFY(m_store->isEnabled());
}

void TestSavedCopies::otherTokensCopiesAreRemoved()
{
    makeWindow();
    QVERIFY(open(IdA));
    m_store->flush();
    QCOMPARE(m_store->ticketCount(), 1);

    // The same server with another token: the old token's copy goes, once the token in use is
    // known (not while the keychain may still bring another one).
    m_window.reset();
    Config config;
    config.baseUrl = m_server->baseUrl();
    config.token = u"another-token-0123456789"_s;
    config.tokenSource = TokenSource::Environment;
    MainWindow window(m_client.get(), m_preferences.get(), config, m_recent.get(), nullptr,
                      m_store.get());
    m_store->flush();
    QCOMPARE(m_store->ticketCount(), 1);
    window.startTicketList();
    m_store->flush();
    QCOMPARE(m_store->ticketCount(), 0);
}

// A damaged file: moved aside while the window is built, and the window says so once.
void TestSavedCopies::storeNoticeInTheWindow()
{
    m_store.reset();
    const QString path = m_dir.filePath(u"damaged.sqlite"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    TicketStoreOptions options;
    options.path = path;
    m_store = std::make_unique<TicketStore>(options);
    makeWindow();
    auto *banner = m_window->findChild<MessageBanner *>(u"configBanner"_s);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"could not be read"_s), qPrintable(banner->text()));
    QVERIFY(m_store->isOpen()); // rebuilt
}

ANKRA_ISOLATED_GUI_TEST_MAIN(TestSavedCopies)
#include "tst_savedcopies.moc"
