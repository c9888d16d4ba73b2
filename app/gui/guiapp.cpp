#include "gui/guiapp.h"

#include "core/apiclient.h"
#include "core/apierror.h"
#include "core/demoserver.h"
#include "core/models/ticketlistmodel.h"
#include "core/preferences.h"
#include "core/recenttickets.h"
#include "core/singleinstance.h"
#include "core/startuptimeline.h"
#include "core/store/ticketstore.h"
#include "core/tabsession.h"
#include "core/ticketid.h"
#include "core/ticketsession.h"
#include "gui/list/ticketlistpanel.h"
#include "gui/mainwindow.h"
#include "gui/signin/credentials.h"
#include "gui/style/icons.h"
#include "gui/style/theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileOpenEvent>
#include <QImage>
#include <QImageWriter>
#include <QLoggingCategory>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

Q_LOGGING_CATEGORY(lcLinks, "ankra.links")

// Where tickets from outside reach the window: other starts (SingleInstance) and links the
// system opens (QFileOpenEvent, macOS). Until open() — the window is up and the command
// line's tickets are open — they wait here; then each batch is opened from the event loop
// (queued, never inside the socket's or the event's handler), and the window comes forward.
class TicketInbox final : public QObject
{
public:
    explicit TicketInbox(MainWindow *window)
        : QObject(window)
        , m_window(window)
    {}

    void post(const QStringList &tickets)
    {
        m_pending << tickets;
        m_raise = true;
        schedule();
    }
    void activate(const QString &activationToken)
    {
        m_raise = true;
        if (!activationToken.isEmpty())
            m_activationToken = activationToken;
        schedule();
    }
    void open()
    {
        m_open = true;
        schedule();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::FileOpen)
            return QObject::eventFilter(watched, event);
        const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
        if (url.scheme().compare(QString::fromUtf16(TicketId::LinkScheme), Qt::CaseInsensitive)
            != 0)
            return false;
        const TicketId id = TicketId::fromUserInput(url.toString());
        if (id.isValid())
            post({id.toString()});
        else
            qCWarning(lcLinks) << "link dropped: not a ticket link";
        return true;
    }

private:
    void schedule()
    {
        if (!m_open || m_scheduled)
            return;
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &TicketInbox::deliver, Qt::QueuedConnection);
    }
    void deliver()
    {
        m_scheduled = false;
        const QStringList tickets = std::exchange(m_pending, {});
        if (!tickets.isEmpty())
            openTickets(m_window, tickets);
        if (std::exchange(m_raise, false))
            raiseWindow(m_window, std::exchange(m_activationToken, {}));
    }

    MainWindow *m_window;
    QStringList m_pending;
    QString m_activationToken;
    bool m_raise = false;
    bool m_open = false;
    bool m_scheduled = false;
};

void printError(const QString &text)
{
    std::fputs(qUtf8Printable(u"ankra-ticket-viewer: "_s + text + u'\n'), stderr);
    std::fflush(stderr);
}

// The translation context of this file's functions (lupdate reads the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ankra::GuiApp)
};

QImage renderWindowImage(MainWindow *window)
{
    // A QImage at device pixel ratio 1: the PNG has exactly the window's logical size.
    // Opaque RGB32, which libpng takes row by row as it is (a premultiplied image is converted
    // one row at a time and written with an alpha channel nobody needs).
    // Not filled first: render() paints the window's background over all of it
    // (DrawWindowBackground), and a second pass over 4 MB is a measurable part of a screenshot.
    QImage image(window->size(), QImage::Format_RGB32);
    window->render(&image, {}, {}, QWidget::DrawWindowBackground | QWidget::DrawChildren);
    return image;
}

bool writeWindowImage(const QImage &image, const QString &fileName, QString *errorMessage)
{
    QImageWriter writer(fileName, "png");
    writer.setCompression(ScreenshotPngCompression);
    if (!writer.write(image)) {
        *errorMessage = Tr::tr("Could not write the screenshot to %1: %2")
                            .arg(fileName, writer.errorString());
        return false;
    }
    return true;
}

// --screenshot's PNG, encoded on a thread of its own once the window is rendered, while the
// window and the rest of the application are taken down; the process ends when it is written.
class ScreenshotWriter final
{
    Q_DISABLE_COPY_MOVE(ScreenshotWriter)

public:
    ScreenshotWriter() = default;
    ~ScreenshotWriter() { wait(); }

    void start(const QImage &image, const QString &fileName)
    {
        wait();
        m_ok = true;
        m_error.clear();
        m_thread = std::thread([this, image, fileName] {
            m_ok = writeWindowImage(image, fileName, &m_error);
            StartupTimeline::mark("picture written");
        });
    }

    // The exit code once the picture is written (or failed): `code`, or 1 when it failed.
    int finish(int code)
    {
        wait();
        if (m_ok)
            return code;
        printError(m_error);
        return code != 0 ? code : 1;
    }

private:
    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

    std::thread m_thread;
    bool m_ok = true;
    QString m_error;
};

// Lets pending layouts and paints run before the window is rendered: a few turns of the event
// loop, each one pass over what is pending. Not "until idle": a long comment thread keeps
// laying itself out in batches long after the first screen is complete, and the picture only
// needs what is on screen (the thread's first batch covers it).
void settle()
{
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

int runScreenshot(MainWindow &window, const CommandLineOptions &options, DemoServer *demo,
                  const Preferences &preferences, ScreenshotWriter *writer)
{
    window.setAttribute(Qt::WA_DontShowOnScreen); // rendered, never mapped on a real display
    // Painted once, into the picture, not also into a backing store that nobody sees.
    window.setUpdatesEnabled(false);
    window.resize(options.screenshotSize);

    QStringList tickets = options.tickets;
    // Without tickets on the command line the picture is the window as this user's next start
    // shows it: the saved tabs (only the current one fetched), when there are any.
    TabSession::Tabs restored;
    if (tickets.isEmpty() && !options.demo && preferences.restoreTabs())
        restored = TabSession().load();
    if (tickets.isEmpty() && restored.tickets.isEmpty() && demo && !demo->samples().isEmpty())
        tickets << demo->samples().constFirst().id;
    window.startTicketList();

    auto finish = [&window, &options, writer]() {
        // The list's first page comes from the same server, usually first; a picture without
        // it would show "Loading tickets…" for no reason. Not waited for beyond a few seconds.
        QElapsedTimer listWait;
        listWait.start();
        while (window.ticketListPanel()->model()->isBusy() && listWait.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        StartupTimeline::mark("ticket list done");
        window.statusBar()->clearMessage(); // "Loaded at 12:31" dates a picture for no reason
        settle();
        window.setUpdatesEnabled(true);
        // render() of a visible window first delivers pending resize events to every widget,
        // hidden pages included, and lays them out (fonts and all) for nothing. Of a hidden
        // window it lays out only what is shown; the picture is the same.
        window.hide();
        // Encoded while the window is taken down (runGui() waits for it before returning).
        const QImage picture = renderWindowImage(&window);
        StartupTimeline::mark("picture rendered");
        writer->start(picture, options.screenshotFile);
        QCoreApplication::exit(0);
    };

    if (tickets.isEmpty() && restored.tickets.isEmpty()) {
        // No ticket and no demo: the window as a new user sees it first.
        window.show();
        QTimer::singleShot(0, &window, finish);
        return QCoreApplication::exec();
    }

    QString lastId;
    if (!restored.tickets.isEmpty())
        lastId = restored.tickets.value(restored.current, restored.tickets.constLast()).toString();
    for (const QString &ticket : std::as_const(tickets)) {
        QString idError;
        const TicketId id = TicketId::fromUserInput(ticket, &idError);
        if (!id.isValid()) {
            printError(idError);
            return ApiError{ApiError::Kind::InvalidTicketId, 0, idError, -1}.exitCode();
        }
        lastId = id.toString();
    }
    // The picture shows the last ticket, as the window does after opening them all. A saved
    // copy shown while the fetch runs is not the picture yet: the fresh ticket is, or the copy
    // under the offline banner when the fetch fails.
    auto savedCopyShown = [&window] {
        const TicketSession *session = window.currentSession();
        return session && session->isSavedCopy()
               && session->state() == TicketSession::State::Loaded;
    };
    QObject::connect(&window, &MainWindow::ticketShown, &window,
                     [finish, lastId, &window, savedCopyShown](const QString &id) {
                         if (id != lastId)
                             return;
                         if (savedCopyShown() && window.currentSession()->isBusy()) {
                             // The fresh answer may be the copy's bytes again: then nothing is
                             // shown anew and only unchanged() says that the copy is current.
                             QObject::connect(
                                 window.currentSession(), &TicketSession::unchanged, &window,
                                 [finish] { QTimer::singleShot(0, finish); },
                                 Qt::SingleShotConnection);
                             return;
                         }
                         QTimer::singleShot(0, finish);
                     });
    QObject::connect(&window, &MainWindow::loadFailed, &window,
                     [finish, &window, savedCopyShown](const ApiError &error) {
                         // Only an unreachable server makes the offline copy the picture (exit 0);
                         // a 401 or a 404 is reported as without a copy.
                         if (savedCopyShown() && window.currentSession()->isOffline()) {
                             QTimer::singleShot(0,
                                                finish); // the offline copy is the picture; exits 0
                             return;
                         }
                         printError(error.title() + u": "_s + error.message());
                         const int code = error.exitCode() != 0 ? error.exitCode() : 1;
                         // Queued: a configuration error fails before the event loop runs.
                         QMetaObject::invokeMethod(
                             qApp, [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
                     });
    // The request is on its way while the window is laid out, and the empty page, which would
    // be replaced at once, is never laid out at all.
    if (!restored.tickets.isEmpty())
        window.restoreTabs(restored);
    else
        openTickets(&window, tickets);
    window.show();
    StartupTimeline::mark("window shown");
    return QCoreApplication::exec();
}

} // namespace

void raiseWindow(QWidget *window, const QString &activationToken)
{
    if (!activationToken.isEmpty())
        qputenv("XDG_ACTIVATION_TOKEN", activationToken.toUtf8()); // read by Qt's Wayland plugin
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
}

void openTickets(MainWindow *window, const QStringList &tickets)
{
    // Each in its own tab (or its tab, when open), the last one current.
    window->openTickets(tickets);
}

bool wantsDemo(const CommandLineOptions &options, const Config &config)
{
    return options.demo || !config.hasToken();
}

bool saveWindowImage(MainWindow *window, const QString &fileName, QString *errorMessage)
{
    return writeWindowImage(renderWindowImage(window), fileName, errorMessage);
}

namespace {

// runGui() without the screenshot's last step: the window and what it uses live here, so that
// they are gone when runGui() waits for the PNG.
int runWindow(const CommandLineOptions &options, Credentials &credentials, SingleInstance *instance,
              ScreenshotWriter *writer)
{
    Theme::applyColorScheme(options.colorScheme);
    // A picture has no title bar: the theme lookup (directory scans, the SVG icon engine
    // plugin) is only worth it for a window on screen.
    if (options.screenshotFile.isEmpty() && QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(ANKRA_APP_ID),
                                                     QIcon(u":/app.ankra.TicketViewer.svg"_s)));

    // One API client, one set of preferences and one local store for the whole application.
    ApiClient client;
    Preferences preferences;
    RecentTickets recent;
    TicketStore store; // never stops the app: at worst it is off, with a notice in the window
    MainWindow window(&client, &preferences, credentials.config(), &recent, nullptr, &store);
    window.setCredentials(&credentials);
    StartupTimeline::mark("window built");
    QObject::connect(
        &window, &MainWindow::ticketShown, &window,
        [] { StartupTimeline::mark("first ticket shown"); }, Qt::SingleShotConnection);

    std::unique_ptr<DemoServer> demo;
    auto startDemoIfWanted = [&]() -> bool {
        if (demo || !wantsDemo(options, credentials.config()))
            return true;
        demo = std::make_unique<DemoServer>();
        QString error;
        if (!demo->start(&error)) {
            printError(error);
            demo.reset();
            return !options.demo;
        }
        window.setDemoServer(demo.get());
        return true;
    };

    if (!options.screenshotFile.isEmpty()) {
        // Screenshots show what the command line and environment say; no keychain involved.
        if (!startDemoIfWanted())
            return 1;
        return runScreenshot(window, options, demo.get(), preferences, writer);
    }

    auto *inbox = new TicketInbox(&window);
    qApp->installEventFilter(inbox);
    if (instance) {
        QObject::connect(instance, &SingleInstance::ticketsReceived, inbox, &TicketInbox::post,
                         Qt::QueuedConnection);
        QObject::connect(instance, &SingleInstance::activationRequested, inbox,
                         &TicketInbox::activate, Qt::QueuedConnection);
    }

    // A token that arrives later (saved in Settings) ends demo data nobody asked for.
    QObject::connect(&credentials, &Credentials::configChanged, &window,
                     [&window, &demo, &options](const Config &config) {
                         if (demo && !options.demo && config.hasToken())
                             window.setDemoServer(nullptr);
                     });

    // The open tabs come back at the next start (a setting): saved as they change.
    TabSession tabSession;
    QObject::connect(&window, &MainWindow::tabsChanged, &tabSession, [&] {
        if (preferences.restoreTabs())
            tabSession.save(window.tabs());
    });
    QObject::connect(&preferences, &Preferences::restoreTabsChanged, &tabSession, [&](bool on) {
        if (on)
            tabSession.save(window.tabs());
        else
            tabSession.clear();
    });

    window.show();
    StartupTimeline::mark("window shown");
    // The window is up; the keychain is asked now and may take its time (at most a few
    // seconds). Demo data and the ticket from the command line wait for its answer, so that a
    // saved token is used rather than raced.
    auto settled = [&]() -> bool {
        if (!startDemoIfWanted())
            return false;
        window.startTicketList(); // the server and token are known now
        // The saved tabs first (only the current one fetches now), then the command line's.
        if (preferences.restoreTabs())
            window.restoreTabs(tabSession.load());
        if (!options.tickets.isEmpty())
            openTickets(&window, options.tickets);
        inbox->open(); // tickets from other starts and links come after the command line's
        return true;
    };
    credentials.start();
    if (credentials.appTokenState() == Credentials::AppToken::Loading) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(&credentials, &Credentials::appTokenStateChanged, &window,
                                       [connection, settled](Credentials::AppToken state) {
                                           if (state == Credentials::AppToken::Loading)
                                               return;
                                           QObject::disconnect(*connection);
                                           if (!settled())
                                               QCoreApplication::exit(1);
                                       });
    } else if (!settled()) {
        return 1;
    }
    return QCoreApplication::exec();
}

} // namespace

int runGui(const CommandLineOptions &options, Credentials &credentials, SingleInstance *instance)
{
    ScreenshotWriter writer;
    const int code = runWindow(options, credentials, instance, &writer);
    return writer.finish(code);
}

} // namespace Ankra
