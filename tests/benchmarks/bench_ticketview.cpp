// In-process benchmarks of opening a ticket, one stage at a time, for the benchmark tickets
// (benchtickets.h). Run by run-benchmarks, which reads the results from Qt Test's XML log;
// runnable alone too: `QT_QPA_PLATFORM=offscreen bench_ticketview [function[:tag]]`.
// Not a test: nothing here asserts a time.
//
// Times are milliseconds: QBENCHMARK's wall time for parse, models and relayout; the UI
// thread's CPU time for the others (first screen, event-loop turns, scroll frames), which a
// busy shared machine does not inflate; scrollWorstFrameWall gives the wall-clock frames too.
// Functions without QBENCHMARK repeat their measurement themselves and report the median (or
// the statistic their name says) with QTest::setBenchmarkResult; reloadGrowth reports bytes.

#include "benchtickets.h"

#include "core/apiclient.h"
#include "core/config.h"
#include "core/models/attachmenttablemodel.h"
#include "core/models/commentlistmodel.h"
#include "core/models/ticketlistmodel.h"
#include "core/models/ticketmodel.h"
#include "core/preferences.h"
#include "core/store/ticketstore.h"
#include "core/ticket.h"
#include "core/ticketjson.h"
#include "core/ticketsession.h"
#include "gui/delegates/commentdelegate.h"
#include "gui/find/ticketfind.h"
#include "gui/list/ticketlistpanel.h"
#include "gui/mainwindow.h"
#include "gui/models/commentthreadmodel.h"
#include "gui/views/commentview.h"
#include "gui/views/ticketview.h"
#include "gui/widgets/findbar.h"
#include "gui/widgets/fulltextview.h"
#include "support/fakeankraserver.h"
#include "support/ticketfactory.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>
#include <malloc.h>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

constexpr QSize WindowSize(1280, 860); // --screenshot's default

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(rank, 0, values.size() - 1));
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of this thread: what a frame or a stage costs the UI thread, without the time the
// thread spent waiting for a core on a shared, busy machine (the wall time is reported too).
class CpuTimer final
{
public:
    CpuTimer() { restart(); }
    void restart() { m_start = now(); }
    double ms() const { return (now() - m_start) / 1e6; }

private:
    static double now()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e9 + double(ts.tv_nsec);
    }
    double m_start = 0;
};

// Resident set size of this process, after handing freed heap back to the system so that the
// number is about live memory, not about what malloc keeps around.
qint64 residentBytes()
{
    malloc_trim(0);
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() * 1024;
    }
    return -1;
}

const QByteArray &ticketJson(int comments)
{
    static QHash<int, QByteArray> cache;
    auto it = cache.find(comments);
    if (it == cache.end()) {
        const Bench::TicketSize size{comments, Bench::attachmentsFor(comments)};
        it = cache.insert(comments,
                          Test::makeTicketJson(size.comments, size.attachments, size.seed()));
    }
    return it.value();
}

Ticket parsedTicket(int comments)
{
    ParseError error;
    const std::optional<Ticket> ticket = parseTicket(ticketJson(comments), &error);
    if (!ticket)
        qFatal("benchmark ticket does not parse: %s", qPrintable(error.toString()));
    return *ticket;
}

void addSizeRows(const QList<Bench::TicketSize> &sizes)
{
    QTest::addColumn<int>("comments");
    for (const Bench::TicketSize &size : sizes)
        QTest::addRow("%d", size.comments) << size.comments;
}

// Runs the event loop until nothing is left to do for a few turns.
void settle()
{
    for (int quiet = 0; quiet < 3;) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const bool busy = QCoreApplication::eventDispatcher()->processEvents(QEventLoop::AllEvents);
        quiet = busy ? 0 : quiet + 1;
    }
}

// A few turns of the event loop, each one pass over what is pending (layouts, paints). For a
// window with tabs, whose line edit's cursor blinks and whose tab bar repaints on hover, "until
// nothing is left" may never come.
void settleTurns()
{
    for (int i = 0; i < 6; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

// Runs the event loop one turn at a time until the thread has measured and laid out what is
// on screen (nothing changes for a few turns). Returns the longest turn: how long the window
// could not answer.
double settleThread(CommentView *view)
{
    double longest = 0;
    int lastMeasured = -1;
    for (int quiet = 0, turns = 0; quiet < 3 && turns < 1000; ++turns) {
        const CpuTimer turn;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        longest = std::max(longest, turn.ms());
        const int measured = view->commentDelegate()->measuredRows();
        quiet = measured == lastMeasured && measured > 0 ? quiet + 1 : 0;
        lastMeasured = measured;
    }
    return longest;
}

// Frame times are CPU time of the UI thread unless named wall.
struct ScrollStats
{
    double worst = 0;     // median over passes of each pass's slowest frame
    double worstAll = 0;  // slowest frame of all passes
    double worstWall = 0; // as `worst`, wall-clock time
    double p95 = 0;       // 95th percentile of all frames
    double stall = 0;     // median over passes of the longest event-loop turn while opening
    int frames = 0;       // frames per pass
};

} // namespace

class BenchTicketView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void parse_data() { addSizeRows(Bench::slopeSizes()); }
    void parse();
    void models_data() { addSizeRows(Bench::slopeSizes()); }
    void models();
    void firstScreen_data() { addSizeRows(Bench::slopeSizes()); }
    void firstScreen();
    void relayout_data() { addSizeRows(Bench::slopeSizes()); }
    void relayout();
    void openStall_data() { addSizeRows(Bench::reportedSizes()); }
    void openStall();
    void scrollWorstFrame_data() { addSizeRows(Bench::reportedSizes()); }
    void scrollWorstFrame();
    void scrollWorstFrameAll_data() { addSizeRows(Bench::reportedSizes()); }
    void scrollWorstFrameAll();
    void scrollWorstFrameWall_data() { addSizeRows(Bench::reportedSizes()); }
    void scrollWorstFrameWall();
    void scrollP95Frame_data() { addSizeRows(Bench::reportedSizes()); }
    void scrollP95Frame();
    void reloadGrowth_data();
    void reloadGrowth();
    // Tabs (issue #10): 19 tickets of 100 comments and the 5,000-comment one in 20 tabs.
    // tabsOpen's own process peak is the memory figure (run-benchmarks runs it alone).
    void tabsOpen();
    void tabSwitch();
    void tabCycles();
    void tabsRestore();
    // Auto-refresh (issue 13): the 5,000-comment ticket in a window, fetched again 15 times as
    // the RefreshScheduler does (TicketSession::refresh()) and answered unchanged.
    // refreshUnchanged: UI-thread CPU time from the decoded answer's arrival (the client's
    // ticketFetched) until the window is idle again, median; refreshUnchangedTotal: the same
    // from the call that sends the request (the reply's bytes and the hand-over to the decoding
    // worker included); refreshUnchangedSignals: model signals seen on the ticket, comment,
    // attachment and thread models over the 15 (each would lay rows out again) plus comments
    // the delegate measured anew.
    void refreshUnchanged();
    void refreshUnchangedTotal();
    void refreshUnchangedSignals();
    void findOpen_data() { addSizeRows(Bench::reportedSizes()); }
    void findOpen();
    void findKeystroke_data() { addSizeRows(Bench::reportedSizes()); }
    void findKeystroke();
    // Very large fields (issue 15, item 8): a ticket with a 30 MiB subject, description or
    // comment body (inside the 32 MiB cap). Each is the longest event-loop turn of the UI thread
    // (CPU time, median of 3 passes): opening the ticket (setTicket() is a turn of its own) until
    // the window is settled; Show all of the description until all of it is shown; find ("node"
    // typed into the find bar of the description ticket) until it has searched everything.
    // largeFieldFetch: ApiClient fetching the 30 MiB ticket from loopback (a server on a thread
    // of its own) until the request has finished; the JSON and the ticket are parsed off the UI
    // thread.
    void largeFieldFetch();
    void largeSubjectOpen();
    void largeDescriptionOpen();
    void largeCommentOpen();
    void largeSummaryOpen();
    void largeShowAll();
    void largeFind();
    // The ticket list (issue #11): 10,000 tickets, 200 pages of 50 from the fake server, in the
    // list panel (420x860). listScroll: the list scrolled top to bottom a viewport per frame,
    // each frame painted at once; the slowest frame (UI-thread CPU time, median of 3 passes).
    // listMemory: resident memory with the 10,000 rows loaded minus with the empty list.
    // listFilterChange: a filter change (wall time) until its first page is painted, median of
    // 15; listFilterFloor: the floor, a QNetworkAccessManager GET of the same page and
    // QJsonDocument::fromJson of it, in the same process, alternating with it.
    void listScroll();
    void listScrollP95();
    void listMemory();
    void listFilterChange();
    void listFilterFloor();
    // The local store (issue 13): 500 stored tickets of 50 comments (and 5 attachments) in one
    // scope. storeSearch: TicketStore::search() of a query (wall time), median over 8 queries x
    // 15 runs — from a word in every ticket to one in none, a prefix, two words; storeSearchWorst:
    // the slowest query's median; storeFileSize: the file's bytes after closing (the journal
    // folded in); storeOpen: opening that file (what the app's start pays), median of 9.
    void storeSearch();
    void storeSearchWorst();
    void storeFileSize();
    void storeOpen();

private:
    struct StoreStats
    {
        double searchMs = 0;
        double worstSearchMs = 0;
        qint64 fileBytes = 0;
        double openMs = 0;
        bool done = false;
    };
    const StoreStats &storeStats();
    StoreStats m_store;
    struct ListStats
    {
        double worstFrame = 0;
        double p95Frame = 0;
        qint64 memory = 0;
        bool done = false;
    };
    const ListStats &listStats();
    ListStats m_list;
    struct FilterStats
    {
        double app = 0;
        double floor = 0;
        bool done = false;
    };
    const FilterStats &filterStats();
    FilterStats m_filter;

    enum class Large { Subject, Description, Comment, AiSummary };
    static const Ticket &largeTicket(Large which);
    // Runs event-loop turns until `done` (or until nothing is pending for a few turns when
    // `done` is empty); returns the longest.
    static double longestTurn(const std::function<bool()> &done = {});
    double largeStall(Large which, int stage);
    // A window like the app's: the ticket view filling a 1280x860 top-level widget.
    struct Window
    {
        QWidget top;
        TicketView *view;
        CommentView *comments;
        Window()
            : view(new TicketView(&top))
            , comments(view->findChild<CommentView *>())
        {
            top.resize(WindowSize);
            view->resize(WindowSize);
            top.show();
            settle();
        }
    };

    ScrollStats scrollStats(int comments);
    struct FindStats
    {
        double open = 0;      // Ctrl+F, the bar shown and painted (median over passes)
        double keystroke = 0; // median over passes of each pass's slowest keystroke
    };
    FindStats findStats(int comments);

    // A window over a server with `count` tickets: count-1 of 100 comments, the last of 5,000.
    struct TabsFixture
    {
        Test::FakeAnkraServer server;
        ApiClient client;
        Preferences preferences;
        std::unique_ptr<MainWindow> window;
        QStringList ids;
    };
    std::unique_ptr<TabsFixture> tabsFixture(int count);
    static bool openAndSettle(TabsFixture &f, const QString &id);

    QHash<int, ScrollStats> m_scroll;
    QHash<int, FindStats> m_find;
    struct RefreshStats
    {
        double handled = 0; // ms, from the answer's arrival
        double total = 0;   // ms, from the request
        int signalCount = 0;
        bool done = false;
    };
    const RefreshStats &refreshStats();
    RefreshStats m_refresh;

    QTemporaryDir m_home;
};

void BenchTicketView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
}

void BenchTicketView::parse()
{
    QFETCH(int, comments);
    const QByteArray &json = ticketJson(comments);
    QBENCHMARK
    {
        const std::optional<Ticket> ticket = parseTicket(json);
        QVERIFY(ticket.has_value());
    }
}

void BenchTicketView::models()
{
    // The data side of opening a ticket: the core's models and the thread's sorting proxy.
    QFETCH(int, comments);
    const Ticket ticket = parsedTicket(comments);
    TicketModel ticketModel;
    CommentListModel commentModel;
    AttachmentTableModel attachmentModel;
    CommentThreadModel thread;
    thread.setSourceModel(&commentModel);
    QBENCHMARK
    {
        ticketModel.clear();
        commentModel.setComments({});
        attachmentModel.setAttachments({});
        ticketModel.setTicket(ticket);
        commentModel.setComments(ticket.comments);
        attachmentModel.setAttachments(ticket.attachments);
    }
    QCOMPARE(thread.rowCount(), comments);
}

void BenchTicketView::firstScreen()
{
    // From a parsed ticket to the first complete frame of a 1280x860 ticket view: models,
    // widgets, the thread's layout with the comments on screen measured, one paint of the
    // whole window.
    QFETCH(int, comments);
    const Ticket ticket = parsedTicket(comments);
    Window window;
    QList<double> times;
    const int runs = comments >= 2500 ? 7 : 15;
    for (int i = 0; i < runs; ++i) {
        window.view->clear();
        settle();
        const CpuTimer timer;
        window.view->setTicket(ticket);
        window.view->balanceSplitters();
        settleThread(window.comments);
        const QPixmap frame = window.top.grab();
        times << timer.ms();
        QVERIFY(!frame.isNull());
        if (i == 0 && qEnvironmentVariableIsSet("ANKRA_BENCH_SAVE_FRAMES"))
            frame.save(u"first-screen-%1.png"_s.arg(comments));
    }
    QTest::setBenchmarkResult(median(times), QTest::WalltimeMilliseconds);
}

ScrollStats BenchTicketView::scrollStats(int comments)
{
    if (m_scroll.contains(comments))
        return m_scroll.value(comments);

    const Ticket ticket = parsedTicket(comments);
    Window window;
    QScrollBar *bar = window.comments->verticalScrollBar();
    QList<double> worst, worstWall, all, stalls;
    ScrollStats stats;
    const int passes = comments >= 2500 ? 5 : 7;
    for (int pass = 0; pass < passes; ++pass) {
        // A fresh ticket each pass: nothing measured, nothing rendered yet.
        window.view->clear();
        settle();
        window.view->setTicket(ticket);
        stalls << settleThread(window.comments);

        // Top to bottom, a viewport height per frame, each frame painted at once.
        const int step = std::max(1, window.comments->viewport()->height());
        bar->setValue(0);
        settle();
        double passWorst = 0;
        double passWorstWall = 0;
        int frames = 0;
        for (int value = 0;; value = std::min(value + step, bar->maximum())) {
            QElapsedTimer wall;
            wall.start();
            const CpuTimer cpu;
            bar->setValue(value);
            window.comments->viewport()->repaint();
            QCoreApplication::processEvents();
            const double ms = cpu.ms();
            all << ms;
            passWorst = std::max(passWorst, ms);
            passWorstWall = std::max(passWorstWall, msSince(wall));
            ++frames;
            if (value >= bar->maximum())
                break;
        }
        worst << passWorst;
        worstWall << passWorstWall;
        stats.frames = frames;
    }
    stats.worst = median(worst);
    stats.worstWall = median(worstWall);
    stats.worstAll = *std::max_element(worst.cbegin(), worst.cend());
    stats.p95 = percentile(all, 95);
    stats.stall = median(stalls);
    m_scroll.insert(comments, stats);
    return stats;
}

BenchTicketView::FindStats BenchTicketView::findStats(int comments)
{
    // A new user's try: Ctrl+F, a word typed a key at a time, F3 a few times, a typo and its
    // Backspace, Esc. Each key is the UI thread's CPU time from the key to the window painted
    // (the whole window: the bar, the highlights, the thread scrolled to the match).
    if (m_find.contains(comments))
        return m_find.value(comments);
    const Ticket ticket = parsedTicket(comments);
    QList<double> opens, worst;
    for (int pass = 0; pass < 5; ++pass) {
        // A fresh page each pass: the first letter builds the find index from nothing.
        Window window;
        window.view->setTicket(ticket);
        settleThread(window.comments);
        double passWorst = 0;
        const auto timed = [&](auto &&action) {
            const CpuTimer cpu;
            action();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            window.top.repaint();
            QCoreApplication::processEvents();
            return cpu.ms();
        };
        opens << timed([&] { window.view->openFind(); });
        QLineEdit *edit = window.view->findBar()->lineEdit();
        const auto key = [&](Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
            passWorst = std::max(passWorst, timed([&] { QTest::keyClick(edit, k, modifiers); }));
        };
        for (const char c : QByteArrayView("restart")) {
            passWorst = std::max(passWorst, timed([&] { QTest::keyClick(edit, c); }));
        }
        for (int i = 0; i < 5; ++i)
            key(Qt::Key_F3);
        key(Qt::Key_F3, Qt::ShiftModifier);
        passWorst = std::max(passWorst, timed([&] { QTest::keyClick(edit, 'x'); }));
        key(Qt::Key_Backspace);
        key(Qt::Key_Escape);
        worst << passWorst;
    }
    const FindStats stats{median(opens), median(worst)};
    m_find.insert(comments, stats);
    return stats;
}

void BenchTicketView::findOpen()
{
    QFETCH(int, comments);
    QTest::setBenchmarkResult(findStats(comments).open, QTest::WalltimeMilliseconds);
}

void BenchTicketView::findKeystroke()
{
    QFETCH(int, comments);
    QTest::setBenchmarkResult(findStats(comments).keystroke, QTest::WalltimeMilliseconds);
}

void BenchTicketView::relayout()
{
    // One layout pass over the whole thread, as it runs whenever a comment's real height
    // replaces its estimate (on first paint) or the width changes.
    QFETCH(int, comments);
    const Ticket ticket = parsedTicket(comments);
    Window window;
    window.view->setTicket(ticket);
    settleThread(window.comments);
    QBENCHMARK
    {
        window.comments->doItemsLayout();
    }
}

void BenchTicketView::openStall()
{
    QFETCH(int, comments);
    QTest::setBenchmarkResult(scrollStats(comments).stall, QTest::WalltimeMilliseconds);
}

void BenchTicketView::scrollWorstFrame()
{
    QFETCH(int, comments);
    QTest::setBenchmarkResult(scrollStats(comments).worst, QTest::WalltimeMilliseconds);
}

void BenchTicketView::scrollWorstFrameAll()
{
    QFETCH(int, comments);
    QTest::setBenchmarkResult(scrollStats(comments).worstAll, QTest::WalltimeMilliseconds);
}

void BenchTicketView::scrollWorstFrameWall()
{
    QFETCH(int, comments);
    QTest::setBenchmarkResult(scrollStats(comments).worstWall, QTest::WalltimeMilliseconds);
}

void BenchTicketView::scrollP95Frame()
{
    QFETCH(int, comments);
    QTest::setBenchmarkResult(scrollStats(comments).p95, QTest::WalltimeMilliseconds);
}

void BenchTicketView::reloadGrowth_data()
{
    QTest::addColumn<int>("comments");
    QTest::addColumn<int>("reloads");
    QTest::addRow("100") << 100 << 200;
}

void BenchTicketView::reloadGrowth()
{
    // The whole reload path of the window (HTTP, parse, models, paint) 200 times over; the
    // growth of resident memory from the first load to the last.
    QFETCH(int, comments);
    QFETCH(int, reloads);
    Test::FakeAnkraServer server;
    QVERIFY(server.listen());
    const QByteArray json = ticketJson(comments);
    const QString id = parsedTicket(comments).id;
    server.addTicket(id, json);

    QProcessEnvironment env;
    env.insert(u"ANKRA_BASE_URL"_s, server.baseUrl().toString());
    env.insert(u"ANKRA_API_TOKEN"_s, QString::fromLatin1(Test::FakeAnkraServer::DefaultToken));
    ApiClient client;
    Preferences preferences;
    MainWindow window(&client, &preferences, Config::load(env, m_home.path()));
    window.resize(WindowSize);
    window.show();
    QSignalSpy shown(&window, &MainWindow::ticketShown);

    auto load = [&](bool first) {
        const qsizetype before = shown.size();
        if (first)
            window.openTicket(id);
        else
            window.refresh();
        QVERIFY(QTest::qWaitFor([&] { return shown.size() > before; }, 10000));
        settle();
        window.repaint();
    };
    load(true);
    const qint64 start = residentBytes();
    for (int i = 0; i < reloads; ++i) {
        load(false);
        if (QTest::currentTestFailed())
            return;
    }
    const qint64 end = residentBytes();
    QCOMPARE(shown.size(), reloads + 1);
    QTest::setBenchmarkResult(double(end - start), QTest::BytesAllocated);
}

std::unique_ptr<BenchTicketView::TabsFixture> BenchTicketView::tabsFixture(int count)
{
    auto f = std::make_unique<TabsFixture>();
    if (!f->server.listen())
        qFatal("bench server does not listen");
    for (int i = 0; i < count; ++i) {
        const bool huge = i == count - 1;
        const int comments = huge ? 5000 : 100;
        const QByteArray json
            = huge ? ticketJson(5000)
                   : Test::makeTicketJson(comments, Bench::attachmentsFor(comments),
                                          4000u + unsigned(i));
        ParseError error;
        const std::optional<Ticket> ticket = parseTicket(json, &error);
        if (!ticket)
            qFatal("benchmark ticket does not parse");
        f->server.addTicket(ticket->id, json);
        f->ids << ticket->id;
    }
    QProcessEnvironment env;
    env.insert(u"ANKRA_BASE_URL"_s, f->server.baseUrl().toString());
    env.insert(u"ANKRA_API_TOKEN"_s, QString::fromLatin1(Test::FakeAnkraServer::DefaultToken));
    f->window = std::make_unique<MainWindow>(&f->client, &f->preferences,
                                             Config::load(env, m_home.path()));
    f->window->resize(WindowSize);
    f->window->show();
    return f;
}

// Opens (or switches to) the ticket's tab and waits until it is on screen.
bool BenchTicketView::openAndSettle(TabsFixture &f, const QString &id)
{
    f.window->openTicket(id);
    const bool shown = QTest::qWaitFor(
        [&] {
            return f.window->state() == MainWindow::State::Loaded
                   && f.window->currentId().toString() == id;
        },
        20000);
    settleTurns();
    f.window->repaint();
    return shown;
}

void BenchTicketView::tabsOpen()
{
    // 20 tickets, each in its tab, each shown once; the resident memory after the last.
    const auto f = tabsFixture(20);
    for (const QString &id : std::as_const(f->ids))
        QVERIFY(openAndSettle(*f, id));
    QCOMPARE(f->window->tabCount(), 20);
    QTest::setBenchmarkResult(double(residentBytes()), QTest::BytesAllocated);
}

void BenchTicketView::tabSwitch()
{
    // UI-thread CPU time from the switch to the 5,000-comment tab until it is painted, median
    // of 15 switches (from the first tab each time).
    const auto f = tabsFixture(20);
    for (const QString &id : std::as_const(f->ids))
        QVERIFY(openAndSettle(*f, id));
    QList<double> times;
    for (int i = 0; i < 15; ++i) {
        f->window->openTicket(f->ids.constFirst());
        settleTurns();
        f->window->repaint();
        const CpuTimer timer;
        f->window->openTicket(f->ids.constLast()); // switches: it is open
        QCOMPARE(f->window->currentId().toString(), f->ids.constLast());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        f->window->repaint();
        times << timer.ms();
        settleTurns();
    }
    QTest::setBenchmarkResult(median(times), QTest::WalltimeMilliseconds);
}

void BenchTicketView::tabCycles()
{
    // 200 times: open a ticket in a new tab, show it, close the tab. Resident memory growth
    // from after the first cycle to after the last.
    const auto f = tabsFixture(2);
    f->window->openTicket(f->ids.constLast()); // one long-lived tab, as an agent has
    QVERIFY(
        QTest::qWaitFor([&] { return f->window->state() == MainWindow::State::Loaded; }, 20000));
    auto cycle = [&] {
        QVERIFY(openAndSettle(*f, f->ids.constFirst()));
        f->window->closeTab(f->window->currentTabIndex());
        settleTurns();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    };
    cycle();
    const qint64 start = residentBytes();
    for (int i = 0; i < 200; ++i) {
        cycle();
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(f->window->tabCount(), 1);
    // Less than at the start counts as no growth (Qt Test prints a negative size as NaN).
    QTest::setBenchmarkResult(double(qMax<qint64>(0, residentBytes() - start)),
                              QTest::BytesAllocated);
}

void BenchTicketView::tabsRestore()
{
    // UI-thread CPU time of putting 20 saved tabs back (the current one fetched and shown,
    // the others waiting to be looked at), median of 5 fresh windows.
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        const auto f = tabsFixture(20);
        TabSession::Tabs tabs;
        for (const QString &id : std::as_const(f->ids))
            tabs.tickets << TicketId::fromUserInput(id);
        tabs.current = 0; // a typical ticket current
        settleTurns();
        const CpuTimer timer;
        f->window->restoreTabs(tabs);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return f->window->state() == MainWindow::State::Loaded
                       && f->window->currentId().toString() == f->ids.constFirst();
            },
            20000));
        settleTurns();
        f->window->repaint();
        times << timer.ms();
    }
    QTest::setBenchmarkResult(median(times), QTest::WalltimeMilliseconds);
}

const BenchTicketView::RefreshStats &BenchTicketView::refreshStats()
{
    if (m_refresh.done)
        return m_refresh;
    m_refresh.done = true;
    const auto f = tabsFixture(1); // one ticket: 5,000 comments, 500 attachments
    if (!openAndSettle(*f, f->ids.constFirst()))
        qFatal("the 5,000-comment ticket did not open");
    TicketSession *session = f->window->currentSession();
    auto *comments = f->window->ticketView()->findChild<CommentView *>();
    CommentDelegate *delegate = comments->commentDelegate();
    const int measuredBefore = delegate->measuredRows();

    // Every signal by which a model makes a view lay rows out again.
    int signalCount = 0;
    QObject context;
    const QList<QAbstractItemModel *> models{session->ticketModel(), session->comments(),
                                             session->attachments(), comments->model()};
    for (QAbstractItemModel *model : models) {
        const auto count = [&signalCount] {
            ++signalCount;
        };
        QObject::connect(model, &QAbstractItemModel::dataChanged, &context, count);
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &context, count);
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, &context, count);
        QObject::connect(model, &QAbstractItemModel::rowsMoved, &context, count);
        QObject::connect(model, &QAbstractItemModel::modelReset, &context, count);
        QObject::connect(model, &QAbstractItemModel::layoutChanged, &context, count);
    }
    CpuTimer handled;
    QObject::connect(&f->client, &ApiClient::ticketFetched, &context,
                     [&handled] { handled.restart(); });
    QSignalSpy unchanged(session, &TicketSession::unchanged);
    QList<double> handledMs, totalMs;
    for (int i = 0; i < 15; ++i) {
        const CpuTimer total;
        session->refresh(); // what the scheduler does when the tab is due
        if (!QTest::qWaitFor([&] { return unchanged.size() > i; }, 20000))
            qFatal("the refresh did not come back unchanged");
        settleTurns();
        handledMs << handled.ms();
        totalMs << total.ms();
    }
    m_refresh.handled = median(handledMs);
    m_refresh.total = median(totalMs);
    m_refresh.signalCount = signalCount + std::max(0, delegate->measuredRows() - measuredBefore);
    return m_refresh;
}

void BenchTicketView::refreshUnchanged()
{
    QTest::setBenchmarkResult(refreshStats().handled, QTest::WalltimeMilliseconds);
}

void BenchTicketView::refreshUnchangedTotal()
{
    QTest::setBenchmarkResult(refreshStats().total, QTest::WalltimeMilliseconds);
}

void BenchTicketView::refreshUnchangedSignals()
{
    QTest::setBenchmarkResult(refreshStats().signalCount, QTest::Events);
}

} // namespace Ankra

namespace Ankra {

constexpr qsizetype LargeChars = 30 * 1024 * 1024;

const Ticket &BenchTicketView::largeTicket(Large which)
{
    static QHash<int, Ticket> cache;
    auto it = cache.find(int(which));
    if (it == cache.end()) {
        QByteArray json;
        switch (which) {
        case Large::Subject:
            json = Test::makeLargeFieldTicketJson(u"subject"_s, LargeChars, false);
            break;
        case Large::Description:
            json = Test::makeLargeFieldTicketJson(u"description"_s, LargeChars, true);
            break;
        case Large::Comment:
            json = Test::makeLargeCommentTicketJson(LargeChars);
            break;
        case Large::AiSummary:
            json = Test::makeLargeFieldTicketJson(u"ai_summary"_s, LargeChars, true);
            break;
        }
        if (json.size() >= 32 * 1024 * 1024)
            qFatal("large-field ticket over the 32 MiB cap");
        std::optional<Ticket> ticket = parseTicket(json);
        if (!ticket)
            qFatal("large-field ticket does not parse");
        it = cache.insert(int(which), *ticket);
    }
    return it.value();
}

double BenchTicketView::longestTurn(const std::function<bool()> &done)
{
    double longest = 0;
    for (int quiet = 0, turns = 0; turns < 100000; ++turns) {
        const CpuTimer turn;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const bool busy = QCoreApplication::eventDispatcher()->processEvents(QEventLoop::AllEvents);
        longest = std::max(longest, turn.ms());
        if (done ? done() : (quiet = busy ? 0 : quiet + 1) >= 3)
            break;
    }
    return longest;
}

// stage 0: open; 1: Show all of the description; 2: find.
double BenchTicketView::largeStall(Large which, int stage)
{
    const Ticket &ticket = largeTicket(which);
    QList<double> stalls;
    for (int pass = 0; pass < 3; ++pass) {
        Window window;
        double longest = 0;
        {
            const CpuTimer open;
            window.view->setTicket(ticket);
            window.view->balanceSplitters();
            longest = open.ms();
        }
        longest = std::max(longest, longestTurn());
        if (stage == 1) {
            longest = 0;
            auto *button = window.view->findChild<QWidget *>(u"descriptionViewShortenedNote"_s)
                               ->findChild<QPushButton *>(u"showAllButton"_s);
            {
                const CpuTimer click;
                button->click();
                longest = click.ms();
            }
            auto *all = window.view->findChild<FullTextView *>(u"fullTextView"_s);
            if (!all)
                qFatal("Show all opened nothing");
            longest = std::max(longest, longestTurn([all] { return all->isComplete(); }));
            longest = std::max(longest, longestTurn());
            all->close();
        } else if (stage == 2) {
            longest = 0;
            window.view->openFind();
            longestTurn();
            QLineEdit *edit = window.view->findBar()->lineEdit();
            for (const char c : QByteArrayView("node")) {
                const CpuTimer key;
                QTest::keyClick(edit, c);
                longest = std::max(longest, key.ms());
                longest = std::max(longest, longestTurn());
            }
            TicketFind *find = window.view->find();
            longest = std::max(longest, longestTurn([find] { return find->isComplete(); }));
            if (find->count() == 0)
                qFatal("find found nothing in the large description");
        }
        stalls << longest;
    }
    return median(stalls);
}

void BenchTicketView::largeFieldFetch()
{
    const QByteArray json = Test::makeLargeFieldTicketJson(u"description"_s, LargeChars, true);
    const std::optional<Ticket> expected = parseTicket(json);
    QVERIFY(expected.has_value());
    // The server's writes are not the UI thread's turns: it lives on a thread of its own.
    QThread serverThread;
    serverThread.start();
    QObject anchor;
    anchor.moveToThread(&serverThread);
    Test::FakeAnkraServer *server = nullptr;
    QUrl baseUrl;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            server = new Test::FakeAnkraServer;
            if (server->listen())
                baseUrl = server->baseUrl();
            server->addTicket(expected->id, json);
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(baseUrl.isValid());

    ApiClient client;
    client.setBaseUrl(baseUrl);
    client.setToken(QString::fromLatin1(Test::FakeAnkraServer::DefaultToken));
    client.setMaxResponseBytes(json.size() + 1024 * 1024);
    client.setTransferTimeout(60000);
    QList<double> stalls;
    for (int pass = 0; pass < 3; ++pass) {
        QObject owner;
        TicketRequest *request = client.fetchTicket(TicketId::fromUserInput(expected->id), &owner);
        double longest = 0;
        while (!request->isFinished()) {
            const CpuTimer turn; // waiting for events costs no CPU time
            QCoreApplication::eventDispatcher()->processEvents(QEventLoop::AllEvents
                                                               | QEventLoop::WaitForMoreEvents);
            longest = std::max(longest, turn.ms());
        }
        QCOMPARE(request->error().kind, ApiError::Kind::None);
        QCOMPARE(request->ticket().description.size(), expected->description.size());
        stalls << longest;
    }
    QMetaObject::invokeMethod(
        &anchor, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    QTest::setBenchmarkResult(median(stalls), QTest::WalltimeMilliseconds);
}

void BenchTicketView::largeSubjectOpen()
{
    QTest::setBenchmarkResult(largeStall(Large::Subject, 0), QTest::WalltimeMilliseconds);
}

void BenchTicketView::largeDescriptionOpen()
{
    QTest::setBenchmarkResult(largeStall(Large::Description, 0), QTest::WalltimeMilliseconds);
}

void BenchTicketView::largeSummaryOpen()
{
    QTest::setBenchmarkResult(largeStall(Large::AiSummary, 0), QTest::WalltimeMilliseconds);
}

void BenchTicketView::largeCommentOpen()
{
    QTest::setBenchmarkResult(largeStall(Large::Comment, 0), QTest::WalltimeMilliseconds);
}

void BenchTicketView::largeShowAll()
{
    QTest::setBenchmarkResult(largeStall(Large::Description, 1), QTest::WalltimeMilliseconds);
}

void BenchTicketView::largeFind()
{
    QTest::setBenchmarkResult(largeStall(Large::Description, 2), QTest::WalltimeMilliseconds);
}

const BenchTicketView::ListStats &BenchTicketView::listStats()
{
    if (m_list.done)
        return m_list;
    m_list.done = true;
    Test::FakeAnkraServer server;
    if (!server.listen())
        qFatal("no loopback server");
    server.setListRows(Test::FakeAnkraServer::makeListRows(10000));
    ApiClient client;
    client.setBaseUrl(server.baseUrl());
    client.setToken(QString::fromLatin1(Test::FakeAnkraServer::DefaultToken));
    QWidget top;
    top.resize(420, WindowSize.height());
    auto *panel = new TicketListPanel(&client, nullptr, &top);
    panel->resize(top.size());
    top.show();
    settleTurns();
    const qint64 empty = residentBytes();
    TicketListFilter all;
    panel->setFilter(all);
    panel->start();
    TicketListModel *model = panel->model();
    auto waitIdle = [model] {
        return QTest::qWaitFor([model] { return !model->isBusy(); }, 60000);
    };
    if (!waitIdle())
        qFatal("the first page did not come");
    while (model->canFetchMore({})) {
        model->fetchMore({});
        if (!waitIdle())
            qFatal("a page did not come");
    }
    if (model->rowCount() != 10000)
        qFatal("loaded %d rows, not 10000", model->rowCount());
    settleTurns();
    m_list.memory = residentBytes() - empty;

    QListView *view = panel->view();
    QScrollBar *bar = view->verticalScrollBar();
    QList<double> worst;
    QList<double> frames;
    for (int pass = 0; pass < 3; ++pass) {
        bar->setValue(0);
        settleTurns();
        double slowest = 0;
        for (int value = 0; value <= bar->maximum(); value += view->viewport()->height()) {
            const CpuTimer frame;
            bar->setValue(value);
            view->viewport()->repaint();
            const double ms = frame.ms();
            frames << ms;
            slowest = std::max(slowest, ms);
            QCoreApplication::processEvents();
        }
        worst << slowest;
    }
    m_list.worstFrame = median(worst);
    m_list.p95Frame = percentile(frames, 95);
    return m_list;
}

void BenchTicketView::listScroll()
{
    QTest::setBenchmarkResult(listStats().worstFrame, QTest::WalltimeMilliseconds);
}

void BenchTicketView::listScrollP95()
{
    QTest::setBenchmarkResult(listStats().p95Frame, QTest::WalltimeMilliseconds);
}

const BenchTicketView::StoreStats &BenchTicketView::storeStats()
{
    if (m_store.done)
        return m_store;
    m_store.done = true;
    QTemporaryDir dir;
    TicketStoreOptions options;
    options.path = dir.filePath(u"store.sqlite"_s);
    const QString scope
        = TicketStore::scopeFor(u"https://platform.ankra.app"_s, QString(), u"bench-token"_s);
    {
        TicketStore store(options);
        if (!store.isOpen() || !store.hasFullTextSearch())
            qFatal("no store, or no FTS5");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 500; ++i) {
            const QByteArray json = Test::makeTicketJson(50, 5, 7000 + i);
            const QString id = QJsonDocument::fromJson(json).object().value(u"id"_s).toString();
            store.saveTicket(scope, id, json, now.addSecs(-i));
        }
        store.flush();
        if (store.ticketCount() != 500)
            qFatal("the store holds %d tickets, not 500", store.ticketCount());
    }
    m_store.fileBytes = QFileInfo(options.path).size() + QFileInfo(options.path + u"-wal"_s).size();

    QList<double> opens;
    for (int i = 0; i < 9; ++i) {
        QElapsedTimer timer;
        timer.start();
        TicketStore store(options);
        opens << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(opens.begin(), opens.end());
    m_store.openMs = opens.at(opens.size() / 2);

    TicketStore store(options);
    const QStringList queries{u"kubectl"_s,     u"crashloopbackoff "_s,    u"node pool"_s,
                              u"certif"_s,      u"webhook timing"_s,       u"grafana-dashboard"_s,
                              u"zebrafinch "_s, u"\"OOMKilled\" -worker"_s};
    QList<double> all;
    double worst = 0;
    for (const QString &query : queries) {
        QList<double> times;
        for (int run = 0; run < 16; ++run) {
            QElapsedTimer timer;
            timer.start();
            const QList<SearchHit> hits = store.search(scope, query);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (run == 0)
                continue; // the first one reads the pages from disk
            times << ms;
            Q_UNUSED(hits);
        }
        std::sort(times.begin(), times.end());
        worst = std::max(worst, times.at(times.size() / 2));
        all << times;
    }
    std::sort(all.begin(), all.end());
    m_store.searchMs = all.at(all.size() / 2);
    m_store.worstSearchMs = worst;
    return m_store;
}

void BenchTicketView::storeSearch()
{
    QTest::setBenchmarkResult(storeStats().searchMs, QTest::WalltimeMilliseconds);
}

void BenchTicketView::storeSearchWorst()
{
    QTest::setBenchmarkResult(storeStats().worstSearchMs, QTest::WalltimeMilliseconds);
}

void BenchTicketView::storeFileSize()
{
    QTest::setBenchmarkResult(double(storeStats().fileBytes), QTest::BytesAllocated);
}

void BenchTicketView::storeOpen()
{
    QTest::setBenchmarkResult(storeStats().openMs, QTest::WalltimeMilliseconds);
}

void BenchTicketView::listMemory()
{
    QTest::setBenchmarkResult(double(qMax<qint64>(0, listStats().memory)), QTest::BytesAllocated);
}

const BenchTicketView::FilterStats &BenchTicketView::filterStats()
{
    if (m_filter.done)
        return m_filter;
    m_filter.done = true;
    Test::FakeAnkraServer server;
    if (!server.listen())
        qFatal("no loopback server");
    server.setListRows(Test::FakeAnkraServer::makeListRows(10000));
    ApiClient client;
    client.setBaseUrl(server.baseUrl());
    client.setToken(QString::fromLatin1(Test::FakeAnkraServer::DefaultToken));
    QWidget top;
    top.resize(420, WindowSize.height());
    auto *panel = new TicketListPanel(&client, nullptr, &top);
    panel->resize(top.size());
    top.show();
    panel->start();
    TicketListModel *model = panel->model();
    auto waitIdle = [model] {
        return QTest::qWaitFor([model] { return !model->isBusy(); }, 60000);
    };
    if (!waitIdle())
        qFatal("the first page did not come");
    settleTurns();
    QNetworkAccessManager nam;
    const QStringList statuses = TicketListFilter::allStatuses();
    QList<double> app;
    QList<double> floor;
    for (int i = 0; i < 16; ++i) {
        TicketListFilter filter;
        filter.statuses = {statuses.at(i % statuses.size())};
        // The app: the filter changes, until its first page is on screen.
        QElapsedTimer timer;
        timer.start();
        panel->setFilter(filter);
        if (!waitIdle())
            qFatal("the page did not come");
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        panel->view()->viewport()->repaint();
        const double appMs = msSince(timer);
        settleTurns();
        // The floor: the same page fetched and parsed, nothing else.
        TicketListQuery query;
        query.filter = model->filter();
        QUrl url = server.baseUrl();
        url.setPath(u"/api/v1/org/support/tickets"_s);
        url.setQuery(QString::fromLatin1(query.toQueryString()), QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization",
                             QByteArray("Bearer ") + Test::FakeAnkraServer::DefaultToken);
        timer.restart();
        QNetworkReply *reply = nam.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000))
            qFatal("the floor's page did not come");
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
        const double floorMs = msSince(timer);
        if (document.object().value(u"result"_s).toArray().size() != 50)
            qFatal("the floor's page has not 50 rows");
        reply->deleteLater();
        settleTurns();
        if (i == 0)
            continue; // warm-up
        app << appMs;
        floor << floorMs;
    }
    m_filter.app = median(app);
    m_filter.floor = median(floor);
    return m_filter;
}

void BenchTicketView::listFilterChange()
{
    QTest::setBenchmarkResult(filterStats().app, QTest::WalltimeMilliseconds);
}

void BenchTicketView::listFilterFloor()
{
    QTest::setBenchmarkResult(filterStats().floor, QTest::WalltimeMilliseconds);
}

} // namespace Ankra

QTEST_MAIN(Ankra::BenchTicketView)
#include "bench_ticketview.moc"
