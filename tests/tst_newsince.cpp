// "New since you last looked" (issue 13): a ticket document with the local store (a real
// SQLite file) against the fake Ankra server, the 2 seconds counted on a test clock. What was
// seen is saved and read back by a second store and session on the same file (a restart); the
// comments added since are marked (the model's role, the rule above the first, the count on the
// tab), a status change is named in the banner, Jump to First New scrolls to the first new
// comment and Mark as Read clears the marks and the count.

#include "core/apiclient.h"
#include "core/models/commentlistmodel.h"
#include "core/newsince/newsince.h"
#include "core/preferences.h"
#include "core/roles.h"
#include "core/store/ticketstore.h"
#include "core/ticket.h"
#include "core/ticketjson.h"
#include "core/ticketsession.h"
#include "core/translations.h"
#include "gui/delegates/commentdelegate.h"
#include "gui/mainwindow.h"
#include "gui/views/commentview.h"
#include "gui/views/ticketpage.h"
#include "gui/views/ticketview.h"
#include "gui/widgets/messagebanner.h"
#include "support/fakeankraserver.h"
#include "support/manualclock.h"

#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

const QString IdA = u"0b8c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e"_s;

// The ticket `json` with `count` more comments at the end (IDs new-0, new-1...), and `status`
// (a wire name) when not empty.
QByteArray withChanges(const QByteArray &json, int count, const QString &status = QString())
{
    Ticket ticket = *parseTicket(json);
    for (int i = 0; i < count; ++i) {
        Comment comment = ticket.comments.constLast();
        comment.id = u"5e4d3c2b-1a09-4f8e-8d7c-6b5a4938271%1"_s.arg(i);
        comment.body = u"A new answer %1"_s.arg(i);
        comment.createdAt = comment.createdAt.addSecs(60);
        ticket.comments.append(comment);
    }
    if (!status.isEmpty())
        ticket.status = statusFromWire(status);
    return QJsonDocument(ticketToJson(ticket)).toJson(QJsonDocument::Compact);
}

QStringList markedIds(const CommentListModel *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(Roles::IsNewRole).toBool())
            ids.append(model->comments().at(row).id);
    }
    return ids;
}

} // namespace

class TestNewSince final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void lookedAtAfterTwoSecondsCurrent();
    void seenStateKeptAcrossARestart();
    void newCommentsMarkedAfterARefresh();
    void leavingTheTabAfterALookClearsTheMarks();
    void statusChangeNamedInTheBanner();
    void jumpToFirstNewScrollsToIt();
    void markAsReadClearsMarksAndTabCount();
    void ctrlJIsTheWindowsShortcut();

private:
    std::unique_ptr<TicketSession> newSession(ManualClock *clock)
    {
        auto session = std::make_unique<TicketSession>(m_client.get(), m_store.get());
        session->newSince()->setClock(clock);
        return session;
    }
    void openAndLoad(TicketSession *session);
    void refreshAndLoad(TicketSession *session);
    void restartStore();

    QTemporaryDir m_dir;
    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<TicketStore> m_store;
    QByteArray m_json;
};

void TestNewSince::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // English as a start installs it: its catalogue holds the plural forms ("2 new comments").
    Translations::install(u"en"_s);
}

void TestNewSince::init()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<FakeAnkraServer>();
    QVERIFY(m_server->listen());
    m_json = sampleTicketJson(IdA, u"Ticket A"_s);
    m_server->addTicket(IdA, m_json);
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setToken(QString::fromLatin1(FakeAnkraServer::DefaultToken));
    m_client->setTransferTimeout(3000);
    m_client->setRetryDelays({});
    restartStore();
}

void TestNewSince::cleanup()
{
    m_store.reset();
    m_client.reset();
    m_server.reset();
}

void TestNewSince::restartStore()
{
    if (m_store)
        m_store->flush();
    m_store.reset();
    TicketStoreOptions options;
    options.path = m_dir.filePath(
        u"store-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_store = std::make_unique<TicketStore>(options);
    QVERIFY(m_store->isOpen());
}

void TestNewSince::openAndLoad(TicketSession *session)
{
    QSignalSpy loaded(session, &TicketSession::loaded);
    session->open(TicketId::fromUserInput(IdA));
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy() && !loaded.isEmpty(), 5000);
    QCOMPARE(session->state(), TicketSession::State::Loaded);
}

void TestNewSince::refreshAndLoad(TicketSession *session)
{
    // Loaded, or unchanged (the same answer leaves the models alone).
    session->refresh();
    QVERIFY(session->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 5000);
    QCOMPARE(session->state(), TicketSession::State::Loaded);
    QVERIFY(!session->isStale());
}

void TestNewSince::lookedAtAfterTwoSecondsCurrent()
{
    ManualClock clock;
    auto session = newSession(&clock);
    openAndLoad(session.get());
    NewSince *since = session->newSince();
    QSignalSpy looked(since, &NewSince::looked);

    // Not current: no time counts.
    clock.advance(10'000);
    QCOMPARE(looked.size(), 0);
    // Current, but left before 2 seconds: not looked at; the count starts again next time.
    since->setLooking(true);
    clock.advance(1999);
    since->setLooking(false);
    clock.advance(10'000);
    QCOMPARE(looked.size(), 0);
    QVERIFY(!m_store->seen(session->storeScope(), IdA));
    since->setLooking(true);
    clock.advance(1999);
    QCOMPARE(looked.size(), 0);
    clock.advance(1);
    QCOMPARE(looked.size(), 1);
    m_store->flush();
    const std::optional<SeenState> seen = m_store->seen(session->storeScope(), IdA);
    QVERIFY(seen);
    QCOMPARE(seen->commentIds.size(), session->ticket().comments.size());
    QCOMPARE(seen->status, u"open"_s);
    QCOMPARE(seen->severity, u"high"_s);
}

void TestNewSince::seenStateKeptAcrossARestart()
{
    {
        ManualClock clock;
        auto session = newSession(&clock);
        openAndLoad(session.get());
        session->newSince()->setLooking(true);
        clock.advance(NewSince::LookMs);
        QVERIFY(session->newSince()->hasLooked());
    }
    // The server gains two comments and a new status while the app is closed.
    m_server->addTicket(IdA, withChanges(m_json, 2, u"waiting_customer"_s));
    restartStore();

    ManualClock clock;
    auto session = newSession(&clock);
    const std::optional<SeenState> seen = m_store->seen(session->storeScope(), IdA);
    QVERIFY(seen);
    QCOMPARE(seen->status, u"open"_s);
    openAndLoad(session.get());
    NewSince *since = session->newSince();
    QCOMPARE(since->newCount(), 2);
    QCOMPARE(markedIds(session->comments()), since->newCommentIds());
    QVERIFY(since->statusChanged());
    QCOMPARE(since->statusBefore(), u"open"_s);
    QVERIFY(!since->severityChanged());
}

void TestNewSince::newCommentsMarkedAfterARefresh()
{
    ManualClock clock;
    auto session = newSession(&clock);
    openAndLoad(session.get());
    NewSince *since = session->newSince();
    // A ticket never seen before: nothing in it is new.
    QCOMPARE(since->newCount(), 0);
    QVERIFY(!since->hasChanges());
    since->setLooking(true);
    clock.advance(NewSince::LookMs);
    since->setLooking(false);

    m_server->addTicket(IdA, withChanges(m_json, 1));
    QSignalSpy changed(since, &NewSince::changed);
    refreshAndLoad(session.get());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(since->newCount(), 1);
    const QString newId = session->ticket().comments.constLast().id;
    QCOMPARE(since->firstNewCommentId(), newId);
    QCOMPARE(markedIds(session->comments()), QStringList{newId});

    // The rule goes above the first new one in the view; the mark on it widens nothing else.
    TicketPage page(session.get());
    page.resize(900, 700);
    page.show();
    CommentView *view = page.ticketView()->commentView();
    const QAbstractItemModel *thread = view->model();
    int rules = 0;
    for (int row = 0; row < thread->rowCount(); ++row) {
        if (CommentDelegate::separatorAbove(thread->index(row, 0))) {
            ++rules;
            QCOMPARE(thread->index(row, 0).data(Roles::BodyRole).toString(), u"A new answer 0"_s);
        }
    }
    QCOMPARE(rules, 1);
    // A screen reader hears it too.
    const QModelIndex last = thread->index(thread->rowCount() - 1, 0);
    QVERIFY(last.data(Qt::AccessibleTextRole).toString().startsWith(u"New: "_s));
    QVERIFY(!thread->index(0, 0).data(Qt::AccessibleTextRole).toString().startsWith(u"New: "_s));

    // Looked at again, and unchanged: the marks stay while the tab is current, and nothing
    // more is announced.
    since->setLooking(true);
    clock.advance(NewSince::LookMs);
    refreshAndLoad(session.get());
    QCOMPARE(since->newCount(), 1);
}

void TestNewSince::leavingTheTabAfterALookClearsTheMarks()
{
    ManualClock clock;
    auto session = newSession(&clock);
    openAndLoad(session.get());
    NewSince *since = session->newSince();
    m_server->addTicket(IdA, withChanges(m_json, 2));
    refreshAndLoad(session.get());
    QCOMPARE(since->newCount(), 2);

    // Current for less than 2 seconds: still new when the agent comes back.
    since->setLooking(true);
    clock.advance(500);
    since->setLooking(false);
    QCOMPARE(since->newCount(), 2);
    // Looked at: the marks stay while reading and are gone on leaving.
    since->setLooking(true);
    clock.advance(NewSince::LookMs);
    QCOMPARE(since->newCount(), 2);
    since->setLooking(false);
    QCOMPARE(since->newCount(), 0);
    QVERIFY(markedIds(session->comments()).isEmpty());
}

void TestNewSince::statusChangeNamedInTheBanner()
{
    ManualClock clock;
    auto session = newSession(&clock);
    TicketPage page(session.get());
    page.resize(900, 700);
    page.show();
    openAndLoad(session.get());
    auto *banner = page.findChild<MessageBanner *>(u"newBanner"_s);
    QVERIFY(banner);
    QVERIFY(banner->isHidden());

    m_server->addTicket(IdA, withChanges(m_json, 0, u"waiting_customer"_s));
    refreshAndLoad(session.get());
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"Status changed: Open → Waiting on customer"_s);
    QCOMPARE(session->newSince()->changeText(), banner->text());

    m_server->addTicket(IdA, withChanges(m_json, 2, u"waiting_customer"_s));
    refreshAndLoad(session.get());
    QCOMPARE(banner->text(), u"Status changed: Open → Waiting on customer · "
                             "2 new comments since you last looked"_s);
}

void TestNewSince::jumpToFirstNewScrollsToIt()
{
    // A thread long enough to scroll, then three new comments at its end.
    Ticket ticket = *parseTicket(m_json);
    const Comment first = ticket.comments.constFirst();
    ticket.comments.clear();
    for (int i = 0; i < 60; ++i) {
        Comment comment = first;
        comment.id = u"00000000-0000-4000-8000-0000000000%1"_s.arg(i, 2, 10, QChar(u'0'));
        comment.body = u"Comment %1\n\nwith a second paragraph"_s.arg(i);
        comment.createdAt = first.createdAt.addSecs(i);
        ticket.comments.append(comment);
    }
    const QByteArray longJson = QJsonDocument(ticketToJson(ticket)).toJson(QJsonDocument::Compact);
    m_server->addTicket(IdA, longJson);

    ManualClock clock;
    auto session = newSession(&clock);
    TicketPage page(session.get());
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    openAndLoad(session.get());
    m_server->addTicket(IdA, withChanges(longJson, 3));
    refreshAndLoad(session.get());
    QCOMPARE(session->newSince()->newCount(), 3);

    CommentView *view = page.ticketView()->commentView();
    view->scrollToTop();
    QVERIFY(page.jumpToFirstNewAction()->isEnabled());
    page.jumpToFirstNewAction()->trigger();
    const QModelIndex current = view->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(Roles::BodyRole).toString(), u"A new answer 0"_s);
    QVERIFY(view->verticalScrollBar()->value() > 0);
    QVERIFY(view->viewport()->rect().intersects(view->visualRect(current)));
}

void TestNewSince::markAsReadClearsMarksAndTabCount()
{
    ManualClock clock; // outlives the window's sessions
    Preferences preferences;
    Config config;
    config.baseUrl = m_server->baseUrl();
    config.token = QString::fromLatin1(FakeAnkraServer::DefaultToken);
    config.tokenSource = TokenSource::Environment;
    MainWindow window(m_client.get(), &preferences, config, nullptr, nullptr, m_store.get());
    window.resize(1000, 700);
    window.openTicket(IdA);
    TicketPage *page = window.currentPage();
    QVERIFY(page);
    page->session()->newSince()->setClock(&clock);
    QTRY_COMPARE_WITH_TIMEOUT(window.state(), TicketSession::State::Loaded, 5000);
    auto *tabBar = window.findChild<QTabBar *>();
    QVERIFY(tabBar);
    QCOMPARE(tabBar->tabText(0), u"Ticket A"_s);

    m_server->addTicket(IdA, withChanges(m_json, 2));
    refreshAndLoad(page->session());
    QCOMPARE(tabBar->tabText(0), u"Ticket A (2)"_s);
    auto *markAsRead = window.findChild<QAction *>(u"actionMarkAsRead"_s);
    QVERIFY(markAsRead);
    QVERIFY(markAsRead->isEnabled());
    markAsRead->trigger();
    QCOMPARE(tabBar->tabText(0), u"Ticket A"_s);
    QVERIFY(markedIds(page->session()->comments()).isEmpty());
    QVERIFY(!markAsRead->isEnabled());
    QVERIFY(page->findChild<MessageBanner *>(u"newBanner"_s)->isHidden());
    // Saved: a restart marks nothing.
    m_store->flush();
    const std::optional<SeenState> seen = m_store->seen(page->session()->storeScope(), IdA);
    QVERIFY(seen);
    QCOMPARE(seen->commentIds.size(), page->session()->ticket().comments.size());
}

void TestNewSince::ctrlJIsTheWindowsShortcut()
{
    Preferences preferences;
    Config config;
    config.baseUrl = m_server->baseUrl();
    config.token = QString::fromLatin1(FakeAnkraServer::DefaultToken);
    config.tokenSource = TokenSource::Environment;
    MainWindow window(m_client.get(), &preferences, config, nullptr, nullptr, m_store.get());
    const QKeySequence ctrlJ(u"Ctrl+J"_s);
    int owners = 0;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcuts().contains(ctrlJ)) {
            ++owners;
            QCOMPARE(action->objectName(), u"actionJumpToFirstNew"_s);
        }
    }
    QCOMPARE(owners, 1);
}

QTEST_MAIN(TestNewSince)
#include "tst_newsince.moc"
