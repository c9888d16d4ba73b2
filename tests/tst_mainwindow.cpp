// The ticket window against the fake Ankra server: every fixture lands in the right widgets,
// comments and attachments, hostile text stays text and fetches nothing, each error state
// offers its next step, a failed refresh keeps the last ticket under a stale banner, and demo
// mode opens a sample in one click.

#include "core/apiclient.h"
#include "core/demoserver.h"
#include "core/localhttpserver.h"
#include "core/models/attachmenttablemodel.h"
#include "core/preferences.h"
#include "core/roles.h"
#include "gui/dialogs/aboutdialog.h"
#include "gui/mainwindow.h"
#include "gui/models/attachmentproxymodel.h"
#include "gui/models/commentthreadmodel.h"
#include "gui/text/links.h"
#include "gui/text/timeformat.h"
#include "gui/views/commentview.h"
#include "gui/views/markdownview.h"
#include "gui/views/ticketview.h"
#include "gui/widgets/badgelabel.h"
#include "gui/widgets/findbar.h"
#include "gui/widgets/messagebanner.h"
#include "gui/widgets/timestamplabel.h"
#include "support/fakeankraserver.h"
#include "support/fixtures.h"
#include "support/offscreennoise.h"
#include "support/scriptedlinkopener.h"

#include <QAction>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Ankra::Test::Fault)
Q_DECLARE_METATYPE(Ankra::ApiError::Kind)

namespace {

QJsonObject fixtureObject(const QString &name)
{
    return QJsonDocument::fromJson(readFixture(name)).object();
}

} // namespace

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsFixture_data();
    void showsFixture();
    void linksOfTheTicketGoToTheWindowsOpener();
    void commentCountOrderAndToggle();
    void attachmentRowsAndSizes();
    void attachmentTooltipsShowTheNamesCharacters();
    void hostileTextStaysTextAndFetchesNothing();
    void errorStates_data();
    void errorStates();
    void connectionRefused();
    void configurationErrorSendsNothing();
    void invalidInputIsMarkedAndSendsNothing();
    void pastedLinkOpensTheTicket();
    void staleBannerAfterFailedRefresh();
    void openingAnotherTicketThatFailsIsAnError();
    void refreshShortcutsAndFieldFocus();
    void cancelWhileLoading();
    void automaticRefreshDoesNotFlashTheBusyBar();
    void copyId();
    void findOpensTheTicketsFindBar();
    void absoluteTimesPreference();
    void demoModeOpensASample();
    void aboutDialog();
    void everyControlHasAName();

private:
    MainWindow *makeWindow(const Config &config);
    Config serverConfig() const;
    bool open(const QString &id);
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    FakeAnkraServer *m_server = nullptr;
    ApiClient *m_client = nullptr;
    Preferences *m_preferences = nullptr;
    MainWindow *m_window = nullptr;
    ScriptedLinkOpener m_links; // the user refuses every link
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"AnkraTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    Test::quietOffscreenPlatform();
}

void tst_MainWindow::init()
{
    QSettings().clear();
    m_server = new FakeAnkraServer(this);
    QVERIFY(m_server->listen());
    QCOMPARE(m_server->loadFixtures(), allFixtures().size());
    m_client = new ApiClient(this);
    m_preferences = new Preferences(this);
    m_links.confirmed.clear();
    m_links.refusedLinks.clear();
}

void tst_MainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_preferences;
    m_preferences = nullptr;
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr;
}

Config tst_MainWindow::serverConfig() const
{
    Config config;
    config.baseUrl = m_server->baseUrl();
    config.token = QString::fromLatin1(FakeAnkraServer::DefaultToken);
    config.tokenSource = TokenSource::Environment;
    return config;
}

MainWindow *tst_MainWindow::makeWindow(const Config &config)
{
    delete m_window;
    m_window = new MainWindow(m_client, m_preferences, config, nullptr, &m_links);
    m_client->setRetryDelays({}); // a 5xx is final at once
    m_window->resize(1100, 760);
    m_window->show();
    m_window->activateWindow(); // window shortcuts (F5, Ctrl+L) need the active window
    if (!QTest::qWaitForWindowActive(m_window))
        qWarning("window not active");
    return m_window;
}

bool tst_MainWindow::open(const QString &id)
{
    QSignalSpy shown(m_window, &MainWindow::ticketShown);
    m_window->openTicket(id);
    return shown.count() > 0 || shown.wait(10000);
}

void tst_MainWindow::showsFixture_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("aiReview");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<int>("comments");
    QTest::addColumn<int>("attachments");
    QTest::addColumn<bool>("summary");
    QTest::addColumn<bool>("flagged");
    QTest::addColumn<QString>("tracked");

    const QString dash = u"—"_s;
    const QString yes = u"Yes, the Ankra team is tracking this ticket"_s;
    QTest::newRow("typical") << u"typical.json"_s << u"In progress"_s << u"High"_s << u"Passed"_s
                             << u"Technical"_s << u"Portal"_s << u"prod-eu-1"_s << 6 << 3 << true
                             << false << yes;
    QTest::newRow("minimal") << u"minimal.json"_s << u"Open"_s << u"Not set"_s << u"Pending"_s
                             << u"Account"_s << u"CLI"_s << dash << 0 << 0 << false << false
                             << u"No"_s;
    QTest::newRow("nulls") << u"nulls.json"_s << u"Waiting on customer"_s << u"Not set"_s
                           << u"Passed"_s << u"Billing"_s << u"API"_s << dash << 1 << 0 << false
                           << false << u"No"_s;
    QTest::newRow("unknown-enums")
        << u"unknown-enums.json"_s << u"escalated"_s << u"urgent"_s << u"needs_human"_s
        << u"compliance"_s << u"slack"_s << u"prod-eu-1"_s << 2 << 0 << true << false << u"No"_s;
    QTest::newRow("non-latin") << u"non-latin.json"_s << u"Resolved"_s << u"Medium"_s << u"Passed"_s
                               << u"Technical"_s << u"Portal"_s << u"本番-東京-1"_s << 4 << 3
                               << true << false << yes;
    QTest::newRow("hostile") << u"hostile.json"_s << u"Open"_s << u"Medium"_s << u"Pending"_s
                             << u"Bug"_s << u"API"_s << u"<b>prod</b> [c](javascript:alert(1))"_s
                             << 3 << 4 << true << false << u"No"_s;
    QTest::newRow("flagged") << u"flagged.json"_s << u"In progress"_s << u"Critical"_s
                             << u"Flagged"_s << u"Bug"_s << u"Agent"_s << u"prod-us-east-2"_s << 2
                             << 1 << true << true << yes;
}

void tst_MainWindow::showsFixture()
{
    QFETCH(QString, fixture);
    QFETCH(QString, status);
    QFETCH(QString, severity);
    QFETCH(QString, aiReview);
    QFETCH(QString, category);
    QFETCH(QString, source);
    QFETCH(QString, cluster);
    QFETCH(int, comments);
    QFETCH(int, attachments);
    QFETCH(bool, summary);
    QFETCH(bool, flagged);
    QFETCH(QString, tracked);

    const QJsonObject json = fixtureObject(fixture);
    const QString id = json.value(u"id"_s).toString();
    makeWindow(serverConfig());
    QVERIFY(open(id));
    QCOMPARE(m_window->state(), MainWindow::State::Loaded);

    QCOMPARE(child<QLabel>("subjectLabel")->text(), json.value(u"subject"_s).toString());
    QCOMPARE(child<QLabel>("idLabel")->text(), id);
    QCOMPARE(child<BadgeLabel>("statusBadge")->text(), status);
    QCOMPARE(child<BadgeLabel>("severityBadge")->text(), severity);
    QCOMPARE(child<BadgeLabel>("aiReviewBadge")->text(), aiReview);
    QCOMPARE(child<BadgeLabel>("categoryBadge")->text(), category);
    QCOMPARE(child<BadgeLabel>("sourceBadge")->text(), source);
    QCOMPARE(child<QLabel>("organisationLabel")->text(),
             json.value(u"organisation_id"_s).toString());
    QCOMPARE(child<QLabel>("clusterNameLabel")->text(), cluster);
    const QString clusterId = json.value(u"cluster_id"_s).toString();
    QCOMPARE(child<QLabel>("clusterIdLabel")->text(), clusterId.isEmpty() ? u"—"_s : clusterId);
    QCOMPARE(child<QLabel>("trackedLabel")->text(), tracked);
    QVERIFY(child<TimestampLabel>("createdLabel")->dateTime().isValid());
    QVERIFY(!child<TimestampLabel>("createdLabel")->toolTip().isEmpty());

    QCOMPARE(child<QLabel>("commentsTitle")->text(), u"Comments (%1)"_s.arg(comments));
    QCOMPARE(child<CommentView>("commentView")->model()->rowCount(), comments);
    QCOMPARE(child<QLabel>("attachmentsTitle")->text(), u"Attachments (%1)"_s.arg(attachments));
    QCOMPARE(child<QTableView>("attachmentTable")->model()->rowCount(), attachments);
    auto *stack = child<QStackedWidget>("attachmentsStack");
    QCOMPARE(stack->currentWidget()->objectName(),
             attachments ? u"attachmentTable"_s : u"noAttachmentsLabel"_s);

    QCOMPARE(child<QLabel>("aiSummaryLabel")->isVisible(), summary);
    QCOMPARE(child<QLabel>("noAiSummaryLabel")->isVisible(), !summary);
    if (summary)
        QCOMPARE(child<QLabel>("aiSummaryLabel")->text(),
                 json.value(u"ai_summary"_s).toString().trimmed());
    QCOMPARE(child<MessageBanner>("aiFlaggedBanner")->isVisible(), flagged);

    const QString description = json.value(u"description"_s).toString();
    if (!description.trimmed().isEmpty())
        QCOMPARE(child<MarkdownView>("descriptionView")->markdownText(), description);

    // Every label showing server text shows it as plain text.
    const auto labels = m_window->ticketView()->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text().contains(u'<'))
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
    QVERIFY(m_window->windowTitle().startsWith(json.value(u"subject"_s).toString().left(20)));
}

// Views never open links; the window hands what they emit to the LinkOpener it was given.
void tst_MainWindow::linksOfTheTicketGoToTheWindowsOpener()
{
    makeWindow(serverConfig());
    QVERIFY(open(fixtureObject(u"typical.json"_s).value(u"id"_s).toString()));
    const QUrl description(u"https://example.com/from-the-description"_s);
    emit child<MarkdownView>("descriptionView")->anchorClicked(description);
    const QUrl comment(u"mailto:help@example.com?attach=/etc/passwd"_s);
    emit child<CommentView>("commentView")->linkActivated(comment);
    const QUrl local(u"file:///etc/passwd"_s);
    emit child<MarkdownView>("descriptionView")->anchorClicked(local);
    QCOMPARE(m_links.confirmed, (QList<QUrl>{description, QUrl(u"mailto:help@example.com"_s)}));
    QCOMPARE(m_links.refusedLinks, QList<QUrl>{local});
}

void tst_MainWindow::commentCountOrderAndToggle()
{
    makeWindow(serverConfig());
    QVERIFY(open(fixtureObject(u"typical.json"_s).value(u"id"_s).toString()));
    auto *view = child<CommentView>("commentView");
    auto authors = [view] {
        QStringList list;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            list << view->model()->index(row, 0).data(Roles::AuthorLabelRole).toString();
        return list;
    };
    const QStringList oldestFirst{u"Maria Keller"_s, u"Ankra AI"_s,     u"Sam Okafor (Ankra)"_s,
                                  u"System"_s,       u"Maria Keller"_s, u"Sam Okafor (Ankra)"_s};
    QCOMPARE(child<QLabel>("commentsTitle")->text(), u"Comments (6)"_s);
    QCOMPARE(authors(), oldestFirst);

    child<QToolButton>("newestFirstButton")->click();
    QStringList newestFirst = oldestFirst;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(authors(), newestFirst);
    QVERIFY(child<QAction>("actionNewestFirst")->isChecked());
    QCOMPARE(QSettings().value(u"view/newestCommentsFirst"_s).toBool(), true);

    // The menu action toggles back, and the preference outlives the window.
    child<QAction>("actionNewestFirst")->trigger();
    QCOMPARE(authors(), oldestFirst);
    QCOMPARE(QSettings().value(u"view/newestCommentsFirst"_s).toBool(), false);
}

void tst_MainWindow::attachmentRowsAndSizes()
{
    makeWindow(serverConfig());
    QVERIFY(open(fixtureObject(u"typical.json"_s).value(u"id"_s).toString()));
    QAbstractItemModel *model = child<QTableView>("attachmentTable")->model();
    QCOMPARE(model->rowCount(), 3);
    auto cell = [model](int row, int column, int role = Qt::DisplayRole) {
        return model->index(row, column).data(role);
    };
    using C = AttachmentTableModel::Column;
    // Oldest first by default.
    QCOMPARE(cell(0, C::Filename).toString(), u"ingress-nginx-controller.log"_s);
    QCOMPARE(cell(0, C::Size).toString(), u"48.2 kB"_s);
    QCOMPARE(cell(0, C::Type).toString(), u"Text"_s);
    QCOMPARE(cell(1, C::Filename).toString(), u"grafana-error-rate.png"_s);
    QCOMPARE(cell(1, C::Size).toString(), u"312.9 kB"_s);
    QCOMPARE(cell(1, C::Type).toString(), u"PNG image"_s);
    QCOMPARE(cell(2, C::Filename).toString(), u"incident-timeline.pdf"_s);
    QCOMPARE(cell(2, C::Size).toString(), u"1.0 MB"_s);
    QCOMPARE(
        QTextDocumentFragment::fromHtml(cell(2, C::Type, Qt::ToolTipRole).toString()).toPlainText(),
        u"application/pdf"_s);
    QVERIFY(!cell(0, C::Filename, Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(cell(1, C::Filename, Qt::DecorationRole).value<QIcon>().name(), u"file-image"_s);

    // Sorting by size uses bytes, not the text ("1.0 MB" < "48.2 kB" as strings).
    child<QTableView>("attachmentTable")->sortByColumn(C::Size, Qt::DescendingOrder);
    QCOMPARE(cell(0, C::Filename).toString(), u"incident-timeline.pdf"_s);
    QCOMPARE(cell(2, C::Filename).toString(), u"ingress-nginx-controller.log"_s);
}

void tst_MainWindow::hostileTextStaysTextAndFetchesNothing()
{
    // The fixture points its images and links at 127.0.0.1:9; point them at a sentinel server
    // instead, so that any fetch would be counted.
    LocalHttpServer sentinel;
    sentinel.setHandler([](const HttpRequest &, HttpResponder &r) { r.send(200, "GIF89a"); });
    QVERIFY(sentinel.listen());
    QByteArray json = readFixture(u"hostile.json"_s);
    json.replace("http://127.0.0.1:9", sentinel.baseUrl().toString().toUtf8());
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const QString id = object.value(u"id"_s).toString();
    m_server->addTicket(id, json);

    makeWindow(serverConfig());
    QVERIFY(open(id));

    QCOMPARE(child<QLabel>("subjectLabel")->text(), object.value(u"subject"_s).toString());
    QCOMPARE(child<QLabel>("subjectLabel")->textFormat(), Qt::PlainText);
    QVERIFY(child<QLabel>("aiSummaryLabel")->text().startsWith(u"<b>bold</b> summary with <img"_s));
    const QString description = child<MarkdownView>("descriptionView")->toPlainText();
    QVERIFY(description.contains(u"<script>alert(\"description\")</script>"_s));
    QVERIFY(description.contains(u"(link not opened: file:///etc/passwd)"_s));
    QVERIFY(description.contains(u"(link not opened: javascript:alert(1))"_s));
    QVERIFY(!m_window->windowTitle().contains(u'\n'));

    auto *comments = child<CommentView>("commentView");
    QCOMPARE(comments->model()->index(0, 0).data(Roles::AuthorLabelRole).toString(),
             u"<b>Eve</b> <img src=\"%1/x.png\">"_s.arg(sentinel.baseUrl().toString()));
    // Render everything, open every comment's selectable view, render again.
    m_window->grab();
    for (int row = 0; row < comments->model()->rowCount(); ++row) {
        comments->scrollTo(comments->model()->index(row, 0));
        comments->edit(comments->model()->index(row, 0));
        m_window->grab();
        auto *editor = comments->viewport()->findChild<MarkdownView *>();
        QVERIFY(editor);
        QVERIFY(!editor->toPlainText().isEmpty());
        QTest::keyClick(editor, Qt::Key_Escape); // closes it, as leaving it would
        QTRY_VERIFY(!comments->viewport()->findChild<MarkdownView *>());
    }
    const QString firstBody = comments->model()->index(0, 0).data(Roles::BodyRole).toString();
    QVERIFY(firstBody.startsWith(u"<script>"_s));
    QCOMPARE(child<QTableView>("attachmentTable")
                 ->model()
                 ->index(0, AttachmentTableModel::Filename)
                 .data()
                 .toString(),
             u"../../etc/passwd"_s);
    QTest::qWait(50); // a request would have to arrive by now: loopback is instant
    QCOMPARE(sentinel.requestCount(), 0);
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_MainWindow::errorStates_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<bool>("tokenHelp");
    QTest::addColumn<bool>("editId");
    using K = ApiError::Kind;
    QTest::newRow("not found") << Fault::NotFound << K::NotFound << true << false << true;
    QTest::newRow("unauthorized") << Fault::Unauthorized << K::Unauthorized << true << true
                                  << false;
    QTest::newRow("forbidden") << Fault::PermissionDenied << K::Forbidden << true << true << false;
    QTest::newRow("validation") << Fault::Validation << K::Validation << true << false << true;
    QTest::newRow("server error") << Fault::Status << K::ServerError << true << false << false;
    QTest::newRow("bad json") << Fault::MalformedJson << K::BadResponse << true << false << false;
    QTest::newRow("wrong types") << Fault::WrongTypes << K::BadResponse << true << false << false;
    QTest::newRow("rate limited") << Fault::RateLimited << K::RateLimited << true << false << false;
}

void tst_MainWindow::errorStates()
{
    QFETCH(Fault, fault);
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, retry);
    QFETCH(bool, tokenHelp);
    QFETCH(bool, editId);

    const QString id = fixtureObject(u"typical.json"_s).value(u"id"_s).toString();
    m_server->setFault(fault, id);
    makeWindow(serverConfig());
    QSignalSpy failed(m_window, &MainWindow::loadFailed);
    m_window->openTicket(id);
    QVERIFY(failed.count() > 0 || failed.wait(10000));
    QCOMPARE(m_window->state(), MainWindow::State::Error);
    const ApiError error = m_window->lastError();
    QCOMPARE(error.kind, kind);
    QCOMPARE(child<QStackedWidget>("pages")->currentWidget()->objectName(), u"errorPage"_s);
    QCOMPARE(child<QLabel>("errorTitle")->text(), error.title());
    QVERIFY(child<QLabel>("errorMessage")->text().startsWith(error.message()));
    QCOMPARE(child<QPushButton>("retryButton")->isVisible(), retry);
    QCOMPARE(child<QPushButton>("tokenHelpButton")->isVisible(), tokenHelp);
    QCOMPARE(child<QPushButton>("editIdButton")->isVisible(), editId);
    if (kind == ApiError::Kind::RateLimited) {
        // The server asked for 30 s: retrying earlier would only earn another 429.
        QVERIFY(!child<QPushButton>("retryButton")->isEnabled());
        QCOMPARE(child<QPushButton>("retryButton")->text(), u"Retry in 30 s"_s);
        return;
    }

    // Retry after the server has recovered shows the ticket.
    m_server->clearFaults();
    QSignalSpy shown(m_window, &MainWindow::ticketShown);
    child<QPushButton>("retryButton")->click();
    QVERIFY(shown.count() > 0 || shown.wait(10000));
    QCOMPARE(m_window->state(), MainWindow::State::Loaded);
}

void tst_MainWindow::connectionRefused()
{
    // A port that was just free: nothing listens there.
    quint16 port = 0;
    {
        LocalHttpServer probe;
        QVERIFY(probe.listen());
        port = probe.port();
    }
    Config config = serverConfig();
    config.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    makeWindow(config);
    QSignalSpy failed(m_window, &MainWindow::loadFailed);
    m_window->openTicket(fixtureObject(u"typical.json"_s).value(u"id"_s).toString());
    QVERIFY(failed.count() > 0 || failed.wait(10000));
    QCOMPARE(m_window->lastError().kind, ApiError::Kind::ConnectionRefused);
    QVERIFY(child<QPushButton>("retryButton")->isVisible());
}

void tst_MainWindow::configurationErrorSendsNothing()
{
    Config config = serverConfig();
    config.error = u"ANKRA_BASE_URL has a query string; remove it."_s;
    config.baseUrl = QUrl();
    makeWindow(config);
    QVERIFY(child<MessageBanner>("configBanner")->isVisible());
    m_window->openTicket(fixtureObject(u"typical.json"_s).value(u"id"_s).toString());
    QTRY_COMPARE(m_window->state(), MainWindow::State::Error);
    QCOMPARE(m_window->lastError().kind, ApiError::Kind::Configuration);
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_MainWindow::invalidInputIsMarkedAndSendsNothing()
{
    makeWindow(serverConfig());
    auto *edit = child<QLineEdit>("ticketEdit");
    edit->setFocus();
    QTest::keyClicks(edit, u"pods keep restarting"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(child<QLabel>("inputErrorLabel")->isVisible());
    QVERIFY(!child<QLabel>("inputErrorLabel")->text().isEmpty());
    QCOMPARE(edit->accessibleDescription(), child<QLabel>("inputErrorLabel")->text());
    QCOMPARE(m_window->state(), MainWindow::State::Empty);
    QTest::qWait(20);
    QCOMPARE(m_server->requestCount(), 0);

    // Editing clears the mark.
    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(!child<QLabel>("inputErrorLabel")->isVisible());
}

void tst_MainWindow::pastedLinkOpensTheTicket()
{
    const QString id = fixtureObject(u"minimal.json"_s).value(u"id"_s).toString();
    makeWindow(serverConfig());
    QVERIFY(open(
        u"  https://platform.ankra.app/org/support/tickets/%1?tab=comments "_s.arg(id.toUpper())));
    QCOMPARE(child<QLineEdit>("ticketEdit")->text(), id);
    QCOMPARE(m_window->currentId().toString(), id);
}

void tst_MainWindow::staleBannerAfterFailedRefresh()
{
    const QJsonObject json = fixtureObject(u"typical.json"_s);
    const QString id = json.value(u"id"_s).toString();
    makeWindow(serverConfig());
    QVERIFY(open(id));
    QVERIFY(!child<MessageBanner>("staleBanner")->isVisible());

    m_server->setFault(Fault::Status, id).status = 503;
    QSignalSpy failed(m_window, &MainWindow::loadFailed);
    QTest::keyClick(m_window, Qt::Key_F5);
    QVERIFY(failed.count() > 0 || failed.wait(10000));

    // The last good ticket stays, under a banner that says it is stale and why.
    QCOMPARE(m_window->state(), MainWindow::State::Loaded);
    QVERIFY(m_window->isStale());
    auto *banner = child<MessageBanner>("staleBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(m_window->lastError().title()), qPrintable(banner->text()));
    QVERIFY(banner->text().startsWith(u"Out of date"_s));
    QVERIFY(banner->text().contains(m_window->lastError().message()));
    QCOMPARE(child<QLabel>("subjectLabel")->text(), json.value(u"subject"_s).toString());
    QCOMPARE(child<QStackedWidget>("pages")->currentWidget(), m_window->ticketView());

    // Every failed refresh rebuilds the banner's buttons, not its actions: nothing piles up.
    const qsizetype actions = m_window->findChildren<QAction *>().size();
    const qsizetype buttonCount = banner->findChildren<QToolButton *>().size();
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(m_window, Qt::Key_F5);
        QVERIFY(failed.wait(10000));
    }
    QCOMPARE(m_window->findChildren<QAction *>().size(), actions);
    QTRY_COMPARE(banner->findChildren<QToolButton *>().size(), buttonCount);

    // Retry from the banner once the server is back.
    m_server->clearFaults();
    QToolButton *retry = nullptr;
    const auto buttons = banner->findChildren<QToolButton *>();
    for (QToolButton *button : buttons)
        if (button->text() == u"Retry"_s)
            retry = button;
    QVERIFY(retry);
    retry->click();
    // The same ticket comes back unchanged: the stale mark goes, nothing else is redone.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isStale(), 10000);
    QCOMPARE(m_window->state(), MainWindow::State::Loaded);
    QVERIFY(!banner->isVisible());
}

void tst_MainWindow::openingAnotherTicketThatFailsIsAnError()
{
    makeWindow(serverConfig());
    QVERIFY(open(fixtureObject(u"typical.json"_s).value(u"id"_s).toString()));
    QSignalSpy failed(m_window, &MainWindow::loadFailed);
    m_window->openTicket(u"11111111-2222-4333-8444-555555555555"_s);
    QVERIFY(failed.count() > 0 || failed.wait(10000));
    // Not a stale view of the other ticket: the ticket asked for does not exist.
    QCOMPARE(m_window->state(), MainWindow::State::Error);
    QVERIFY(!m_window->isStale());
    QCOMPARE(m_window->lastError().kind, ApiError::Kind::NotFound);
}

void tst_MainWindow::refreshShortcutsAndFieldFocus()
{
    const QString id = fixtureObject(u"flagged.json"_s).value(u"id"_s).toString();
    makeWindow(serverConfig());
    QVERIFY(open(id));
    QCOMPARE(m_server->requestCount(id), 1);

    QSignalSpy shown(m_window, &MainWindow::ticketShown);
    QTest::keyClick(m_window, Qt::Key_F5);
    QVERIFY(shown.count() > 0 || shown.wait(10000));
    QTest::keyClick(m_window, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(shown.count() > 1 || shown.wait(10000));
    QCOMPARE(m_server->requestCount(id), 3);

    child<CommentView>("commentView")->setFocus();
    QTest::keyClick(m_window, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(child<QLineEdit>("ticketEdit")->hasFocus());
    QCOMPARE(child<QLineEdit>("ticketEdit")->selectedText(), id);
}

void tst_MainWindow::cancelWhileLoading()
{
    const QString id = fixtureObject(u"typical.json"_s).value(u"id"_s).toString();
    m_server->setFault(Fault::SlowHeaders, id).delayMs = 5000;
    makeWindow(serverConfig());
    QSignalSpy failed(m_window, &MainWindow::loadFailed);
    m_window->openTicket(id);
    QCOMPARE(m_window->state(), MainWindow::State::Loading);
    QVERIFY(child<QProgressBar>("busyBar")->isVisible());
    QVERIFY(child<QPushButton>("cancelButton")->isVisible());
    QTRY_COMPARE(m_server->requestCount(id), 1);

    child<QPushButton>("cancelButton")->click();
    QCOMPARE(m_window->state(), MainWindow::State::Empty);
    QVERIFY(!child<QProgressBar>("busyBar")->isVisible());
    QVERIFY(!m_client->isBusy());
    QCOMPARE(failed.count(), 0); // cancelling is not an error to show
}

void tst_MainWindow::automaticRefreshDoesNotFlashTheBusyBar()
{
    const QString id = fixtureObject(u"typical.json"_s).value(u"id"_s).toString();
    makeWindow(serverConfig());
    QVERIFY(open(id));
    auto *bar = child<QProgressBar>("busyBar");
    auto *cancel = child<QPushButton>("cancelButton");
    // Every time the bar comes up, counted.
    int shows = 0;
    struct ShowCounter final : QObject
    {
        int *count;
        explicit ShowCounter(int *c)
            : count(c)
        {}
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Show)
                ++*count;
            return false;
        }
    } counter(&shows);
    bar->installEventFilter(&counter);

    // A refresh as the scheduler starts it, answered at once: nothing comes up.
    TicketSession *session = m_window->currentSession();
    QSignalSpy unchanged(session, &TicketSession::unchanged);
    QElapsedTimer took;
    took.start();
    session->refresh();
    QVERIFY(session->isBusy());
    QVERIFY(!bar->isVisible());
    QVERIFY(unchanged.wait(5000));
    const bool quick = took.elapsed() < MainWindow::BusyDelayMs; // not on a very busy machine
    QTest::qWait(MainWindow::BusyDelayMs + 100);
    if (quick)
        QCOMPARE(shows, 0);
    QVERIFY(!cancel->isVisible());
    shows = 0;

    // One that takes a while: the bar and Cancel come up after the delay, and go with it.
    // The tab's busy mark waits as long.
    auto *tabs = m_window->findChild<QTabBar *>();
    QVERIFY(tabs);
    m_server->setFault(Fault::SlowHeaders, id).delayMs = 1500;
    session->refresh();
    QVERIFY(!bar->isVisible());
    QVERIFY(!tabs->tabToolTip(0).contains(u"Loading"_s));
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 1400);
    QVERIFY(cancel->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(tabs->tabToolTip(0).contains(u"Loading"_s), 1000);
    QVERIFY(unchanged.wait(5000));
    QVERIFY(!bar->isVisible());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(shows, 1);

    // F5 is asked for: the bar at once.
    m_server->clearFaults();
    m_server->setFault(Fault::SlowHeaders, id).delayMs = 300;
    QTest::keyClick(m_window, Qt::Key_F5);
    QVERIFY(bar->isVisible());
    QVERIFY(unchanged.wait(5000));
    QVERIFY(!bar->isVisible());
    bar->removeEventFilter(&counter);
}

void tst_MainWindow::copyId()
{
    const QString id = fixtureObject(u"typical.json"_s).value(u"id"_s).toString();
    makeWindow(serverConfig());
    QVERIFY(!child<QAction>("actionCopyId")->isEnabled());
    QVERIFY(open(id));
    QGuiApplication::clipboard()->clear();
    child<QToolButton>("copyIdButton")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), id);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(m_window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), id);
}

void tst_MainWindow::findOpensTheTicketsFindBar()
{
    // Edit → Find forwards to the ticket page; the bar and its logic live there.
    const QString id = fixtureObject(u"typical.json"_s).value(u"id"_s).toString();
    makeWindow(serverConfig());
    QVERIFY(!child<QAction>("actionFind")->isEnabled());
    QVERIFY(open(id));
    QVERIFY(!m_window->ticketView()->findBar()); // made on first use
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    auto *bar = m_window->ticketView()->findBar();
    QVERIFY(bar);
    QVERIFY(bar->isVisible());
    QVERIFY(bar->lineEdit()->hasFocus());
}

void tst_MainWindow::absoluteTimesPreference()
{
    const QJsonObject json = fixtureObject(u"typical.json"_s);
    makeWindow(serverConfig());
    QVERIFY(open(json.value(u"id"_s).toString()));
    auto *created = child<TimestampLabel>("createdLabel");
    const QDateTime when = created->dateTime();
    QCOMPARE(created->text(), TimeFormat::relative(when));
    QVERIFY(created->toolTip().contains(u"UTC"_s));

    child<QAction>("actionAbsoluteTimes")->trigger();
    QCOMPARE(created->text(), TimeFormat::absolute(when));
    QCOMPARE(QSettings().value(u"view/alwaysAbsoluteTimes"_s).toBool(), true);
    const QModelIndex added
        = child<QTableView>("attachmentTable")->model()->index(0, AttachmentTableModel::Created);
    QCOMPARE(added.data().toString(),
             TimeFormat::absolute(added.data(Roles::RawValueRole).toDateTime()));

    // A new window starts with the saved preference.
    makeWindow(serverConfig());
    QVERIFY(child<QAction>("actionAbsoluteTimes")->isChecked());
}

void tst_MainWindow::demoModeOpensASample()
{
    DemoServer demo;
    QVERIFY(demo.start());
    Config noToken; // a first launch: nothing configured
    makeWindow(noToken);
    m_window->setDemoServer(&demo);

    QVERIFY(child<MessageBanner>("demoBanner")->isVisible());
    QVERIFY(child<MessageBanner>("demoBanner")->text().startsWith(u"Demo data"_s));
    QCOMPARE(child<QStackedWidget>("tabPages")->currentWidget()->objectName(), u"startPage"_s);
    const auto samples = demo.samples();
    QVERIFY(samples.size() >= 4);
    auto *first = child<QCommandLinkButton>("sampleButton_0");
    QVERIFY(first && first->isVisible());
    QCOMPARE(first->text(), samples.constFirst().subject);
    QCOMPARE(m_window->findChildren<QCommandLinkButton *>().size(), samples.size());

    // One click shows a real-looking ticket.
    QSignalSpy shown(m_window, &MainWindow::ticketShown);
    QTest::mouseClick(first, Qt::LeftButton);
    QVERIFY(shown.count() > 0 || shown.wait(10000));
    QCOMPARE(child<QLabel>("subjectLabel")->text(), samples.constFirst().subject);
    QVERIFY(child<CommentView>("commentView")->model()->rowCount() > 0);
    QCOMPARE(demo.requestCount(), 1);
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_MainWindow::aboutDialog()
{
    AboutDialog dialog;
    QCOMPARE(dialog.findChild<QLabel *>(u"versionLabel"_s)->text(), QStringLiteral(ANKRA_VERSION));
    QVERIFY(dialog.findChild<QLabel *>(u"qtVersionLabel"_s)
                ->text()
                .startsWith(QString::fromLatin1(qVersion())));
    auto *website = dialog.findChild<QLabel *>(u"websiteLabel"_s);
    QVERIFY(website->text().contains(u"href=\"https://platform.ankra.app\""_s));
    QVERIFY(website->openExternalLinks());
}

void tst_MainWindow::everyControlHasAName()
{
    makeWindow(serverConfig());
    QVERIFY(open(fixtureObject(u"typical.json"_s).value(u"id"_s).toString()));
    // Screen readers need a name on every control a user can reach with the keyboard.
    const auto widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus
            || widget->objectName().startsWith(u"qt_"_s) || widget->objectName().isEmpty())
            continue;
        const bool named = !widget->accessibleName().isEmpty()
                           || (qobject_cast<QAbstractButton *>(widget)
                               && !qobject_cast<QAbstractButton *>(widget)->text().isEmpty());
        QVERIFY2(named, qPrintable(widget->objectName()));
    }
}

void tst_MainWindow::attachmentTooltipsShowTheNamesCharacters()
{
    // What QToolTip shows: rich text if the string looks like it (Qt::mightBeRichText), else
    // the characters as they are. A name must come out as typed: not as "&lt;", not bold.
    const auto shown = [](const QString &tip) {
        return Qt::mightBeRichText(tip) ? QTextDocumentFragment::fromHtml(tip).toPlainText() : tip;
    };
    const QStringList names{u"<b>a</b> <img src=x> \"q\".log"_s, u"R&D report.pdf"_s,
                            u"a &amp; b.txt"_s};
    QList<Attachment> attachments;
    for (const QString &name : names)
        attachments.append(
            {name, name, u"text/x-<b>log</b>"_s, 10, QDateTime::currentDateTimeUtc()});
    AttachmentTableModel source;
    source.setAttachments(attachments);
    AttachmentProxyModel proxy;
    proxy.setSourceModel(&source);
    using C = AttachmentTableModel::Column;
    for (int row = 0; row < names.size(); ++row) {
        const QString tip = proxy.index(row, C::Filename).data(Qt::ToolTipRole).toString();
        QVERIFY(names.contains(shown(tip)));
    }
    QCOMPARE(shown(proxy.index(0, C::Type).data(Qt::ToolTipRole).toString()),
             u"text/x-<b>log</b>"_s);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
