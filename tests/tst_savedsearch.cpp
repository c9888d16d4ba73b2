// The list's second search scope, "Saved on this computer", in the window against a real
// SQLite store file: the scope box (offered, keyboard-reachable, named, remembered), hits from
// the store with their snippets as plain text, hostile queries without an error, a hit opened
// with no server to ask, the hint and "no match" states, and the scope hidden with the store
// off or absent. Set ANKRA_SAVEDSEARCH_GRAB to a folder to get PNGs of the panel (light, dark).

#include "core/apiclient.h"
#include "core/models/savedsearchmodel.h"
#include "core/preferences.h"
#include "core/recenttickets.h"
#include "core/store/ticketstore.h"
#include "core/ticketlistsettings.h"
#include "core/ticketsession.h"
#include "gui/delegates/savedsearchdelegate.h"
#include "gui/list/ticketlistpanel.h"
#include "gui/mainwindow.h"
#include "gui/style/theme.h"
#include "support/fakeankraserver.h"
#include "support/isolatedmain.h"
#include "support/offscreennoise.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

const QString IdA = u"0b8c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e"_s;
const QString IdB = u"1c9d8e7f-6a5b-4c4d-8e3f-2a1b0c9d8e7f"_s;

} // namespace

class TestSavedSearch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void scopeOfferedByKeyboardAndRemembered();
    void hitsAreRankedPlainText();
    void hostileQueries_data();
    void hostileQueries();
    void hitOpensWithoutTheServer();
    void hiddenWhenCopiesAreOff();
    void hiddenWithoutAStore();
    void grab();

private:
    MainWindow *makeWindow(TicketStore *store);
    TicketListPanel *panel() const { return m_window->findChild<TicketListPanel *>(); }
    void storeTicket(const QString &id, const QString &subject, const QString &description);
    void typeQuery(const QString &text);

    QTemporaryDir m_dir;
    Config m_config;
    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<RecentTickets> m_recent;
    std::unique_ptr<TicketStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestSavedSearch::initTestCase()
{
    Test::quietOffscreenPlatform();
}

void TestSavedSearch::init()
{
    QSettings().clear();
    m_server = std::make_unique<FakeAnkraServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<ApiClient>();
    m_client->setRetryDelays({});
    m_preferences = std::make_unique<Preferences>();
    m_recent = std::make_unique<RecentTickets>();
    TicketStoreOptions options;
    options.path
        = m_dir.filePath(u"%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_store = std::make_unique<TicketStore>(options);
    QVERIFY(m_store->isOpen());
    QVERIFY(m_store->hasFullTextSearch());
    m_config = Config();
    m_config.baseUrl = m_server->baseUrl();
    m_config.token = QString::fromLatin1(FakeAnkraServer::DefaultToken);
    m_config.tokenSource = TokenSource::Environment;
}

void TestSavedSearch::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_recent.reset();
    m_preferences.reset();
    m_client.reset();
    m_server.reset();
    QApplication::setPalette(QPalette());
}

MainWindow *TestSavedSearch::makeWindow(TicketStore *store)
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_client.get(), m_preferences.get(), m_config,
                                            m_recent.get(), nullptr, store);
    m_window->resize(1100, 760);
    m_window->show();
    m_window->startTicketList(); // as the application does once the token is known
    return m_window.get();
}

void TestSavedSearch::storeTicket(const QString &id, const QString &subject,
                                  const QString &description)
{
    QJsonObject o = QJsonDocument::fromJson(sampleTicketJson(id, subject)).object();
    o.insert("description"_L1, description);
    o.insert("status"_L1, u"waiting_customer"_s);
    m_store->saveTicket(TicketStore::scopeFor(Endpoint::fromConfig(m_config)), id,
                        QJsonDocument(o).toJson(QJsonDocument::Compact),
                        QDateTime::currentDateTimeUtc());
    m_store->flush();
}

void TestSavedSearch::typeQuery(const QString &text)
{
    QLineEdit *search = panel()->searchField();
    search->clear();
    QTest::keyClicks(search, text);
    QVERIFY(panel()->isSearchPending()); // debounced, as the server's search
    QTRY_VERIFY(!panel()->isSearchPending());
}

void TestSavedSearch::scopeOfferedByKeyboardAndRemembered()
{
    makeWindow(m_store.get());
    QComboBox *box = panel()->scopeBox();
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->accessibleName(), u"Search in"_s);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(box);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::ComboBox); // read as the box with its choice
    QCOMPARE(box->currentText(), u"Server"_s);
    QVERIFY(box->focusPolicy() & Qt::TabFocus);
    QCOMPARE(panel()->searchScope(), TicketListPanel::SearchScope::Server);

    // By keyboard: the search field, Tab... the box; Down chooses the next scope.
    panel()->searchField()->setFocus();
    QWidget *w = panel()->searchField();
    for (int i = 0; i < 40 && w != box; ++i)
        w = w->nextInFocusChain();
    QCOMPARE(w, box);
    box->setFocus(Qt::TabFocusReason);
    QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(panel()->searchScope(), TicketListPanel::SearchScope::Saved);
    QCOMPARE(box->currentText(), u"Saved on this computer"_s);
    QVERIFY(!panel()->filterButton()->isEnabled()); // statuses are the server's
    QCOMPARE(panel()->searchField()->placeholderText(), u"Search saved tickets"_s);
    QCOMPARE(panel()->messageTitle(), u"Search the saved copies"_s); // an empty query: a hint
    QVERIFY(TicketListSettings::load().savedScope);

    makeWindow(m_store.get()); // the next start
    QTRY_COMPARE(panel()->searchScope(), TicketListPanel::SearchScope::Saved);

    QTest::keyClick(panel()->scopeBox(), Qt::Key_Up);
    QCOMPARE(panel()->searchScope(), TicketListPanel::SearchScope::Server);
    QVERIFY(panel()->filterButton()->isEnabled());
    QVERIFY(!TicketListSettings::load().savedScope);
}

void TestSavedSearch::hitsAreRankedPlainText()
{
    storeTicket(IdA, u"<b>x</b> ingress certificate expired"_s, u"The TLS secret is old."_s);
    storeTicket(IdB, u"Slow pods"_s, u"After the certificate rotation the pods are slow."_s);
    makeWindow(m_store.get());
    QTRY_VERIFY(panel()->isSavedScopeAvailable());
    panel()->setSearchScope(TicketListPanel::SearchScope::Saved);
    SavedSearchModel *model = panel()->savedModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    typeQuery(u"certif"_s);
    QCOMPARE(model->rowCount(), 2);
    // The subject weighs more: the ticket with the word in its subject first.
    QCOMPARE(model->index(0).data(SavedSearchModel::TicketIdRole).toString(), IdA);
    QCOMPARE(model->index(0).data().toString(), u"<b>x</b> ingress certificate expired"_s);
    QCOMPARE(model->index(0).data(SavedSearchModel::StatusWireRole).toString(),
             u"waiting_customer"_s);
    QVERIFY(model->index(0).data(SavedSearchModel::UpdatedAtRole).toDateTime().isValid());
    const QString snippet = model->index(1).data(SavedSearchModel::SnippetRole).toString();
    QVERIFY2(snippet.contains(u"certificate rotation"_s), qPrintable(snippet));
    QVERIFY(!panel()->isShowingMessage());
    QCOMPARE(panel()->countText(), u"2 saved tickets"_s);
    QVERIFY(panel()->savedView()->isVisible());

    // The match painted bold by ranges over the plain text: the whole word the prefix found.
    const auto ranges = SavedSearchDelegate::matchRanges(snippet, {u"certif"_s});
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(snippet.mid(ranges.at(0).start, ranges.at(0).length), u"certificate"_s);
    QVERIFY(SavedSearchDelegate::matchRanges(u"uncertified"_s, {u"certif"_s}).isEmpty());

    typeQuery(u"nothing-like-this"_s);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(panel()->messageTitle(), u"No saved ticket matches"_s);
    QVERIFY(panel()->countText().isEmpty());
}

void TestSavedSearch::hostileQueries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("hits");
    QTest::newRow("quote") << u"\""_s << 0;
    QTest::newRow("star") << u"*"_s << 0;
    QTest::newRow("minus") << u"-"_s << 0;
    QTest::newRow("NEAR(") << u"NEAR("_s << 0;
    QTest::newRow("paren") << u"("_s << 0;
    QTest::newRow("quoted word") << u"\"certificate"_s << 1;
    QTest::newRow("minus word") << u"-certificate"_s << 1;
    QTest::newRow("unbalanced") << u"(certificate OR"_s << 0;
    QTest::newRow("html") << u"<b>"_s << 0;
}

void TestSavedSearch::hostileQueries()
{
    QFETCH(QString, text);
    QFETCH(int, hits);
    storeTicket(IdA, u"Ingress certificate expired"_s, u"The TLS secret is old."_s);
    makeWindow(m_store.get());
    QTRY_VERIFY(panel()->isSavedScopeAvailable());
    panel()->setSearchScope(TicketListPanel::SearchScope::Saved);
    QTest::failOnWarning(QRegularExpression(u".*"_s)); // no "search failed"
    typeQuery(text);
    QCOMPARE(panel()->savedModel()->rowCount(), hits);
    QCOMPARE(panel()->isShowingMessage(), hits == 0);
}

void TestSavedSearch::hitOpensWithoutTheServer()
{
    storeTicket(IdA, u"Ingress certificate expired"_s, u"The TLS secret is old."_s);
    makeWindow(m_store.get());
    QTRY_VERIFY(panel()->isSavedScopeAvailable());
    m_server.reset(); // offline from here on
    panel()->setSearchScope(TicketListPanel::SearchScope::Saved);
    typeQuery(u"certificate"_s);
    QCOMPARE(panel()->savedModel()->rowCount(), 1);

    QSignalSpy opened(panel(), &TicketListPanel::openRequested);
    QSignalSpy shown(m_window.get(), &MainWindow::ticketShown);
    QTest::keyClick(panel()->searchField(), Qt::Key_Down); // to the first hit
    QCOMPARE(QApplication::focusWidget(), panel()->savedView());
    QTest::keyClick(panel()->savedView(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), IdA);
    QVERIFY(shown.wait(5000));
    TicketSession *session = m_window->currentSession();
    QCOMPARE(session->id().toString(), IdA);
    QVERIFY(session->isSavedCopy()); // the stored copy at once
    QTRY_VERIFY_WITH_TIMEOUT(session->isOffline(), 5000);
}

void TestSavedSearch::hiddenWhenCopiesAreOff()
{
    storeTicket(IdA, u"Ingress certificate expired"_s, u"The TLS secret is old."_s);
    makeWindow(m_store.get());
    QTRY_VERIFY(panel()->scopeBox()->isVisible());
    panel()->setSearchScope(TicketListPanel::SearchScope::Saved);
    m_preferences->setKeepCopies(false);
    QVERIFY(!panel()->scopeBox()->isVisible());
    QVERIFY(!panel()->isSavedScopeAvailable());
    QCOMPARE(panel()->searchScope(), TicketListPanel::SearchScope::Server);
    QVERIFY(panel()->filterButton()->isEnabled());
    m_preferences->setKeepCopies(true);
    QTRY_VERIFY(panel()->scopeBox()->isVisible());
    QCOMPARE(panel()->searchScope(), TicketListPanel::SearchScope::Saved); // the choice kept
}

void TestSavedSearch::hiddenWithoutAStore()
{
    makeWindow(nullptr);
    QVERIFY(!panel()->scopeBox()->isVisible());
    QCOMPARE(panel()->searchScope(), TicketListPanel::SearchScope::Server);

    // The panel alone: no account yet, or the store turned off, is no scope either.
    TicketListPanel lone(m_client.get());
    lone.setSavedSearch(m_store.get(), QString()); // no account yet
    QVERIFY(!lone.isSavedScopeAvailable());
    lone.setSavedSearch(m_store.get(), u"scope"_s);
    QVERIFY(lone.isSavedScopeAvailable());
    m_store->setEnabled(false);
    lone.setSavedSearch(m_store.get(), u"scope"_s);
    QVERIFY(!lone.isSavedScopeAvailable());
}

void TestSavedSearch::grab()
{
    const QString folder = qEnvironmentVariable("ANKRA_SAVEDSEARCH_GRAB");
    if (folder.isEmpty())
        QSKIP("ANKRA_SAVEDSEARCH_GRAB is not set");
    storeTicket(IdA, u"<b>x</b> Ingress certificate expired on prod-eu-west-1"_s,
                u"Since this morning the ingress serves an expired certificate; the TLS "
                "secret was not renewed."_s);
    storeTicket(IdB, u"Pods slow after rotation"_s,
                u"After the certificate rotation the pods take minutes to start."_s);
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
        makeWindow(m_store.get());
        QTRY_VERIFY(panel()->isSavedScopeAvailable());
        panel()->setSearchScope(TicketListPanel::SearchScope::Saved);
        typeQuery(u"certif"_s);
        QVERIFY(m_window->grab().save(
            folder + (dark ? u"/savedsearch-dark.png"_s : u"/savedsearch-light.png"_s)));
    }
}

ANKRA_ISOLATED_GUI_TEST_MAIN(TestSavedSearch)
#include "tst_savedsearch.moc"
