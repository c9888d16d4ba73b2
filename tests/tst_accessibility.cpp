// What a screen reader gets: walks the QAccessible tree of the main window (the start page,
// and a ticket from the fake server) and of the settings dialog. Every interactive element has
// a name; badges have a name and a description ("Status: In progress"); the comment thread
// exposes each comment as an item whose text is the author, the time and the body; the ticket
// list reads each row as its subject and status. ticketIsReadAloud prints what a screen reader
// would say, in tree order (run it alone to read the ticket: tst_accessibility ticketIsReadAloud).

#include "core/apiclient.h"
#include "core/models/ticketlistmodel.h"
#include "core/preferences.h"
#include "core/roles.h"
#include "gui/delegates/badgepainter.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/list/ticketlistpanel.h"
#include "gui/mainwindow.h"
#include "gui/signin/credentials.h"
#include "gui/text/timeformat.h"
#include "gui/views/commentview.h"
#include "gui/widgets/badgelabel.h"
#include "gui/widgets/textlabel.h"
#include "support/fakeankraserver.h"
#include "support/fixtures.h"
#include "support/isolatedmain.h"

#include <algorithm>

#include <QAccessible>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

const QString Service = u"app.ankra.TicketViewer.test-accessibility"_s;

// Roles a user acts on (or reads item by item), which a screen reader announces by name.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::PageTabList:
    case QAccessible::Link:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::List:
    case QAccessible::ListItem:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    QString what = QString::number(int(iface->role()));
    if (object) {
        what += u' ' + QString::fromLatin1(object->metaObject()->className()) + u" \""_s
                + object->objectName() + u'"';
        if (object->parent())
            what += u" in "_s + QString::fromLatin1(object->parent()->metaObject()->className())
                    + u" \""_s + object->parent()->objectName() + u'"';
    } else if (QAccessibleInterface *parent = iface->parent(); parent && parent->object())
        what += u" item of "_s + parent->object()->objectName();
    return what;
}

// Every visible interface under `iface`; interactive ones without a name go to *unnamed.
void walk(QAccessibleInterface *iface, QStringList *unnamed, QList<QAccessibleInterface *> *all,
          int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 64)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible)
        return;
    all->append(iface);
    // Scroll bars are named by their orientation and value by the platform bridge.
    const bool scrollBar = iface->role() == QAccessible::ScrollBar;
    if (!scrollBar && (isInteractive(iface->role()) || state.focusable)
        && iface->text(QAccessible::Name).trimmed().isEmpty())
        unnamed->append(describe(iface));
    if (scrollBar)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), unnamed, all, depth + 1);
}

QStringList unnamedIn(QWidget *widget, QList<QAccessibleInterface *> *all = nullptr)
{
    QStringList unnamed;
    QList<QAccessibleInterface *> seen;
    walk(QAccessible::queryAccessibleInterface(widget), &unnamed, all ? all : &seen);
    return unnamed;
}

QJsonObject fixtureObject(const QString &name)
{
    return QJsonDocument::fromJson(readFixture(name)).object();
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
    }

    void init()
    {
        QSettings().clear();
        m_server = std::make_unique<FakeAnkraServer>();
        QVERIFY(m_server->listen());
        QCOMPARE(m_server->loadFixtures(), allFixtures().size());
        m_client = std::make_unique<ApiClient>();
        m_preferences = std::make_unique<Preferences>();
    }

    void cleanup()
    {
        m_window.reset();
        m_preferences.reset();
        m_client.reset();
        m_server.reset();
    }

    void startPage()
    {
        makeWindow();
        QList<QAccessibleInterface *> all;
        const QStringList unnamed = unnamedIn(m_window.get(), &all);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
        QVERIFY(all.size() > 10); // the walk saw the window, not just its frame
    }

    void ticketIsReadAloud()
    {
        makeWindow();
        const QJsonObject ticket = fixtureObject(u"typical.json"_s);
        QSignalSpy shown(m_window.get(), &MainWindow::ticketShown);
        m_window->openTicket(ticket.value(u"id"_s).toString());
        QVERIFY(shown.count() > 0 || shown.wait(10000));

        QList<QAccessibleInterface *> all;
        const QStringList unnamed = unnamedIn(m_window.get(), &all);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));

        // The ticket as a screen reader reads it: each element's name (and value), in tree order.
        QStringList transcript;
        for (QAccessibleInterface *iface : std::as_const(all)) {
            const QString name = iface->text(QAccessible::Name).simplified();
            const QString value = iface->text(QAccessible::Value).simplified();
            if (!name.isEmpty() || !value.isEmpty())
                transcript << (value.isEmpty() || value == name ? name : name + u": "_s + value);
        }
        transcript.removeDuplicates();
        qInfo("%s", qUtf8Printable(u"Read aloud:\n  "_s + transcript.join(u"\n  "_s)));

        // The ticket's subject is read somewhere in the tree.
        const QString subject = ticket.value(u"subject"_s).toString();
        const bool subjectRead = std::any_of(all.cbegin(), all.cend(), [&](auto *iface) {
            return iface->text(QAccessible::Name).contains(subject)
                   || iface->text(QAccessible::Value).contains(subject);
        });
        QVERIFY(subjectRead);
        // Every value the header and the details show is read with its caption: a label named
        // "Cluster" reads "Cluster: prod-eu-1", not just "Cluster".
        const auto labels = m_window->findChildren<TextLabel *>();
        int values = 0;
        for (TextLabel *label : labels) {
            if (!label->isVisibleTo(m_window.get()) || label->text().isEmpty())
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(label);
            const QString read = iface->text(QAccessible::Name);
            QVERIFY2(read.contains(label->text()),
                     qPrintable(label->objectName() + u": "_s + read));
            if (!label->accessibleName().isEmpty())
                QVERIFY2(read.startsWith(label->accessibleName()), qPrintable(read));
            ++values;
        }
        QVERIFY(values >= 8);

        // Badges: a name, and a description that says what the badge is about.
        const auto badges = m_window->findChildren<BadgeLabel *>();
        int shownBadges = 0;
        for (BadgeLabel *badge : badges) {
            if (!badge->isVisibleTo(m_window.get()))
                continue;
            ++shownBadges;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(badge);
            QVERIFY(iface);
            QCOMPARE(iface->text(QAccessible::Name), badge->badge().text);
            QCOMPARE(iface->text(QAccessible::Description), badge->badge().description);
            QVERIFY(all.contains(iface)); // in the tree, not only reachable by pointer
            QCOMPARE(iface->role(), QAccessible::StaticText);
        }
        QVERIFY(shownBadges >= 3); // status, severity, AI review at least
        const auto status = std::find_if(badges.cbegin(), badges.cend(), [](BadgeLabel *b) {
            return b->badge().kind == Badge::Kind::Status;
        });
        QVERIFY(status != badges.cend());
        QCOMPARE(QAccessible::queryAccessibleInterface(*status)->text(QAccessible::Description),
                 u"Status: In progress"_s);

        // The thread: one item per comment, reading author, time and body.
        auto *view = m_window->findChild<CommentView *>();
        QVERIFY(view);
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
        QVERIFY(list);
        QCOMPARE(list->role(), QAccessible::List);
        QVERIFY(!list->text(QAccessible::Name).isEmpty());
        QAbstractItemModel *model = view->model();
        const int comments = ticket.value(u"comments"_s).toArray().size();
        QCOMPARE(model->rowCount(), comments);
        QStringList items;
        for (int i = 0; i < list->childCount(); ++i) {
            QAccessibleInterface *item = list->child(i);
            if (item && item->role() == QAccessible::ListItem)
                items << item->text(QAccessible::Name);
        }
        QCOMPARE(items.size(), comments);
        for (int row = 0; row < comments; ++row) {
            const QModelIndex index = model->index(row, 0);
            const QString author = index.data(Roles::AuthorLabelRole).toString();
            const QString when = TimeFormat::full(index.data(Roles::CreatedAtRole).toDateTime());
            const QString body = index.data(Roles::BodyRole).toString();
            QVERIFY(!author.isEmpty() && !when.isEmpty() && !body.isEmpty());
            const QString &text = items.at(row);
            QVERIFY2(text.contains(author), qPrintable(text));
            QVERIFY2(text.contains(when), qPrintable(text));
            QVERIFY2(text.contains(body.simplified().left(40)) || text.contains(body.left(40)),
                     qPrintable(text));
            // In that order: who, when, what.
            QVERIFY(text.indexOf(author) < text.indexOf(when));
        }
    }

    // The list: its search, filter and refresh named, and each row read as the ticket's subject
    // and status.
    void ticketListIsReadAloud()
    {
        const QList<QJsonValue> rows = FakeAnkraServer::makeListRows(12);
        m_server->setListRows(rows);
        makeWindow();
        m_window->ticketListDock()->show();
        m_window->startTicketList();
        TicketListPanel *panel = m_window->ticketListPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowCount() > 0, 10000);
        QCoreApplication::processEvents();

        QList<QAccessibleInterface *> all;
        const QStringList unnamed = unnamedIn(panel, &all);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(panel->view());
        QVERIFY(list);
        QCOMPARE(list->role(), QAccessible::List);
        QCOMPARE(list->text(QAccessible::Name), u"Tickets"_s);
        QAbstractItemModel *model = panel->view()->model();
        int read = 0;
        for (int i = 0; i < list->childCount(); ++i) {
            QAccessibleInterface *item = list->child(i);
            if (!item || item->role() != QAccessible::ListItem)
                continue;
            const QModelIndex index = model->index(read, 0);
            const QString subject = index.data(Qt::DisplayRole).toString();
            const QString text = item->text(QAccessible::Name);
            QVERIFY2(!subject.isEmpty() && text.startsWith(subject), qPrintable(text));
            // The status is said in words, as the badge shows it.
            const Badge status = BadgePainter::badge(
                statusFromWire(index.data(TicketListModel::StatusWireRole).toString()));
            QVERIFY2(text.contains(status.text), qPrintable(text + u" / "_s + status.text));
            ++read;
        }
        QCOMPARE(read, model->rowCount());
    }

    void settingsDialog()
    {
        QProcessEnvironment env;
        env.insert(u"ANKRA_BASE_URL"_s, m_server->baseUrl().toString());
        Credentials credentials(env, m_home.path(), Service); // never started: no keychain
        SettingsDialog dialog(&credentials, m_client.get(), m_preferences.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QList<QAccessibleInterface *> all;
        const QStringList unnamed = unnamedIn(&dialog, &all);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
        QVERIFY(all.size() > 10);
    }

private:
    void makeWindow()
    {
        Config config;
        config.baseUrl = m_server->baseUrl();
        config.token = QString::fromLatin1(FakeAnkraServer::DefaultToken);
        config.tokenSource = TokenSource::Environment;
        m_window = std::make_unique<MainWindow>(m_client.get(), m_preferences.get(), config);
        m_client->setRetryDelays({});
        m_window->resize(1100, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QTemporaryDir m_home;
    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<MainWindow> m_window;
};

ANKRA_ISOLATED_GUI_TEST_MAIN(TestAccessibility)

#include "tst_accessibility.moc"
