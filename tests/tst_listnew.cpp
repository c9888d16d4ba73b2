// "New since you last looked" in the ticket list's rows (issue 13): a real SQLite store file in a
// temporary folder, the fake Ankra server, a ticket document whose 2 seconds are counted on a
// test clock. A ticket looked at that gains a comment on the server says "1 new" in its row once
// the ticket is refreshed; Mark as Read takes it away; a new store object on the same file (a
// restart) counts from the stored copy; a ticket never looked at has no mark, and one whose
// list entry is newer than the look (with no copy to count) has the "updated" dot. The row is
// painted in light and dark palettes with and without the mark.

#include "core/apiclient.h"
#include "core/models/ticketlistmodel.h"
#include "core/newsince/newcommentcounts.h"
#include "core/newsince/newsince.h"
#include "core/store/ticketstore.h"
#include "core/ticket.h"
#include "core/ticketjson.h"
#include "core/ticketsession.h"
#include "core/translations.h"
#include "gui/delegates/ticketlistdelegate.h"
#include "support/fakeankraserver.h"
#include "support/manualclock.h"

#include <QApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

const QString IdA = u"0b8c7d6e-5f4a-4b3c-9d2e-1f0a9b8c7d6e"_s;
const QString IdB = u"1c9d8e7f-6a5b-4c4d-8e3f-2a1b0c9d8e7f"_s;

// The ticket `json` with `count` more comments at the end.
QByteArray withComments(const QByteArray &json, int count)
{
    Ticket ticket = *parseTicket(json);
    for (int i = 0; i < count; ++i) {
        Comment comment = ticket.comments.constLast();
        comment.id = u"5e4d3c2b-1a09-4f8e-8d7c-6b5a4938271%1"_s.arg(i);
        comment.body = u"A new answer %1"_s.arg(i);
        comment.createdAt = comment.createdAt.addSecs(60);
        ticket.comments.append(comment);
    }
    return QJsonDocument(ticketToJson(ticket)).toJson(QJsonDocument::Compact);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1c));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Highlight, QColor(0x2d, 0x5f, 0x9e));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

} // namespace

class TestListNew final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refreshedTicketSaysOneNew();
    void markAsReadTakesTheCountAway();
    void countKeptAcrossARestart();
    void ticketNeverLookedAtHasNoMark();
    void updatedSinceLookedWithoutACopy();
    void watchFetchCounts();
    void rowPainted();

private:
    void restartStore();
    void loadList();
    void lookAt(TicketSession *session);
    int rowCount(const QString &id) const
    {
        return m_model->index(m_model->rowOf(id)).data(TicketListModel::NewCommentsRole).toInt();
    }
    QString accessible(const QString &id) const
    {
        return m_model->index(m_model->rowOf(id)).data(Qt::AccessibleTextRole).toString();
    }
    std::unique_ptr<TicketSession> openSession();

    QTemporaryDir m_dir;
    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<TicketStore> m_store;
    std::unique_ptr<NewCommentCounts> m_counts;
    std::unique_ptr<TicketListModel> m_model;
    ManualClock m_clock;
    QByteArray m_json;
    QString m_scope;
};

void TestListNew::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // English installs its catalogue: it holds the plural forms ("1 new").
    Translations::install(u"en"_s);
}

void TestListNew::init()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<FakeAnkraServer>();
    QVERIFY(m_server->listen());
    m_json = sampleTicketJson(IdA, u"Ticket A"_s);
    m_server->addTicket(IdA, m_json);
    m_server->addTicket(IdB, sampleTicketJson(IdB, u"Ticket B"_s));
    QList<QJsonValue> rows = FakeAnkraServer::makeListRows(3);
    QJsonObject a = rows[0].toObject();
    a.insert(u"id"_s, IdA);
    a.insert(u"subject"_s, u"Ticket A"_s);
    rows[0] = a;
    QJsonObject b = rows[1].toObject();
    b.insert(u"id"_s, IdB);
    b.insert(u"subject"_s, u"Ticket B"_s);
    // Updated long after anything in this test was looked at.
    b.insert(u"updated_at"_s, u"2099-01-01T00:00:00Z"_s);
    rows[1] = b;
    m_server->setListRows(rows);
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setToken(QString::fromLatin1(FakeAnkraServer::DefaultToken));
    m_client->setTransferTimeout(3000);
    m_client->setRetryDelays({});
    restartStore();
}

void TestListNew::cleanup()
{
    m_model.reset();
    m_counts.reset();
    m_store.reset();
    m_client.reset();
    m_server.reset();
}

void TestListNew::restartStore()
{
    m_model.reset();
    m_counts.reset();
    if (m_store)
        m_store->flush();
    m_store.reset();
    TicketStoreOptions options;
    options.path = m_dir.filePath(
        u"store-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_store = std::make_unique<TicketStore>(options);
    QVERIFY(m_store->isOpen());
    m_counts = std::make_unique<NewCommentCounts>(m_store.get());
    TicketSession probe(m_client.get(), m_store.get());
    m_scope = probe.storeScope();
    QVERIFY(!m_scope.isEmpty());
    m_counts->setScope(m_scope);
    m_model = std::make_unique<TicketListModel>(m_client.get());
    m_model->setNewCounts(m_counts.get());
    loadList();
}

void TestListNew::loadList()
{
    m_model->setFilter({});
    QTRY_VERIFY_WITH_TIMEOUT(m_model->state() == TicketListModel::State::Loaded, 5000);
    QVERIFY(m_model->rowOf(IdA) >= 0);
    QVERIFY(m_model->rowOf(IdB) >= 0);
}

std::unique_ptr<TicketSession> TestListNew::openSession()
{
    auto session = std::make_unique<TicketSession>(m_client.get(), m_store.get());
    session->newSince()->setClock(&m_clock);
    m_counts->follow(session.get());
    QSignalSpy loaded(session.get(), &TicketSession::loaded);
    session->open(TicketId::fromUserInput(IdA));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy() && !loaded.isEmpty(), 5000);
    }();
    return session;
}

void TestListNew::lookAt(TicketSession *session)
{
    session->newSince()->setLooking(true);
    m_clock.advance(NewSince::LookMs);
    QVERIFY(session->newSince()->hasLooked());
    session->newSince()->setLooking(false);
}

void TestListNew::refreshedTicketSaysOneNew()
{
    auto session = openSession();
    // Opened but not looked at yet: never seen, so nothing is new.
    QCOMPARE(rowCount(IdA), -1);
    lookAt(session.get());
    QCOMPARE(rowCount(IdA), 0);
    QVERIFY(!accessible(IdA).contains(u"new"_s));

    QSignalSpy rows(m_model.get(), &TicketListModel::dataChanged);
    m_server->addTicket(IdA, withComments(m_json, 1));
    session->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 5000);
    QCOMPARE(session->newSince()->newCount(), 1);
    QCOMPARE(rowCount(IdA), 1);
    // Only that row changed.
    QVERIFY(!rows.isEmpty());
    const QModelIndex changed = rows.constLast().at(0).toModelIndex();
    QCOMPARE(changed.row(), m_model->rowOf(IdA));
    QCOMPARE(rows.constLast().at(1).toModelIndex().row(), m_model->rowOf(IdA));
    QCOMPARE(NewCommentCounts::badgeText(1), u"1 new"_s);
    QVERIFY2(accessible(IdA).startsWith(u"Ticket A, "_s), qPrintable(accessible(IdA)));
    QVERIFY2(accessible(IdA).endsWith(u", 1 new comment since you last looked"_s),
             qPrintable(accessible(IdA)));
}

void TestListNew::markAsReadTakesTheCountAway()
{
    auto session = openSession();
    lookAt(session.get());
    m_server->addTicket(IdA, withComments(m_json, 2));
    session->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 5000);
    QCOMPARE(rowCount(IdA), 2);
    session->newSince()->markAsRead();
    QCOMPARE(rowCount(IdA), 0);
    QVERIFY(!accessible(IdA).contains(u"new comment"_s));
    // And so does a look: another comment, then 2 seconds current.
    m_server->addTicket(IdA, withComments(m_json, 3));
    session->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 5000);
    QCOMPARE(rowCount(IdA), 1);
    lookAt(session.get());
    QCOMPARE(rowCount(IdA), 0);
}

void TestListNew::countKeptAcrossARestart()
{
    {
        auto session = openSession();
        lookAt(session.get());
        m_server->addTicket(IdA, withComments(m_json, 1));
        session->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 5000);
        QCOMPARE(rowCount(IdA), 1);
    }
    // A new store object on the same file: the seen state and the refreshed copy are read back.
    restartStore();
    QCOMPARE(rowCount(IdA), 1);
    QVERIFY(!m_model->index(m_model->rowOf(IdA)).data(TicketListModel::UpdatedSinceRole).toBool());
    QVERIFY(accessible(IdA).endsWith(u", 1 new comment since you last looked"_s));
}

void TestListNew::ticketNeverLookedAtHasNoMark()
{
    auto session = openSession();
    lookAt(session.get()); // A, not B
    const QModelIndex b = m_model->index(m_model->rowOf(IdB));
    QCOMPARE(b.data(TicketListModel::NewCommentsRole).toInt(), -1);
    // Updated in 2099, but never looked at: not "new since you last looked".
    QVERIFY(!b.data(TicketListModel::UpdatedSinceRole).toBool());
    QCOMPARE(b.data(Qt::AccessibleTextRole).toString().count(u", "_s), 1);
}

void TestListNew::updatedSinceLookedWithoutACopy()
{
    // B was looked at (another session of the app, say), but no copy of it is stored: its list
    // entry's updated_at (2099) is after the look, so the row has the dot, not a count.
    SeenState seen;
    seen.seenAt = QDateTime::currentDateTimeUtc();
    seen.status = u"open"_s;
    m_store->saveSeen(m_scope, IdB, seen);
    restartStore();
    const QModelIndex b = m_model->index(m_model->rowOf(IdB));
    QCOMPARE(b.data(TicketListModel::NewCommentsRole).toInt(), -1);
    QVERIFY(b.data(TicketListModel::UpdatedSinceRole).toBool());
    QVERIFY(
        b.data(Qt::AccessibleTextRole).toString().endsWith(u", Updated since you last looked"_s));
    // A's list entry is older than nothing it was looked at: no entry, no dot.
    QVERIFY(!m_model->index(m_model->rowOf(IdA)).data(TicketListModel::UpdatedSinceRole).toBool());
    // Once a copy of B is known, it is counted instead.
    const Ticket ticket = *parseTicket(sampleTicketJson(IdB, u"Ticket B"_s));
    m_counts->ticketKnown(IdB, ticket);
    QCOMPARE(b.data(TicketListModel::NewCommentsRole).toInt(), int(ticket.comments.size()));
    QVERIFY(!b.data(TicketListModel::UpdatedSinceRole).toBool());
}

void TestListNew::watchFetchCounts()
{
    // The watcher's fetch of a ticket looked at feeds the count like a tab's refresh.
    auto session = openSession();
    lookAt(session.get());
    session.reset();
    const Ticket more = *parseTicket(withComments(m_json, 2));
    QSignalSpy changed(m_counts.get(), &NewCommentCounts::changed);
    m_counts->ticketKnown(IdA, more);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(rowCount(IdA), 2);
    // The same copy again: nothing changes, no row is repainted.
    m_counts->ticketKnown(IdA, more);
    QCOMPARE(changed.size(), 1);
}

void TestListNew::rowPainted()
{
    auto session = openSession();
    lookAt(session.get());
    m_server->addTicket(IdA, withComments(m_json, 2));
    session->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 5000);
    QCOMPARE(rowCount(IdA), 2);
    SeenState seen;
    seen.seenAt = QDateTime::currentDateTimeUtc();
    m_store->saveSeen(m_scope, IdB, seen);
    m_store->flush();
    m_counts->setScope(m_scope); // B now looked at, without a copy: the dot

    TicketListDelegate delegate;
    const QString dir = qEnvironmentVariable("ANKRA_GRAB_DIR");
    for (const bool dark : {false, true}) {
        const QPalette palette = dark ? darkPalette() : QApplication::palette();
        for (const QString &id : {IdA, IdB, m_model->idAt(2)}) {
            const QModelIndex index = m_model->index(m_model->rowOf(id));
            QStyleOptionViewItem option;
            option.palette = palette;
            option.font = QApplication::font();
            option.state = QStyle::State_Enabled;
            const QSize size(420, delegate.sizeHint(option, index).height());
            option.rect = QRect(QPoint(0, 0), size);
            QImage image(size, QImage::Format_ARGB32);
            image.fill(palette.color(QPalette::Base));
            {
                QPainter painter(&image);
                delegate.paint(&painter, option, index);
            }
            // The trailing end holds the mark (the accent's colour) only on A and B.
            bool marked = false;
            const QRgb base = palette.color(QPalette::Base).rgb();
            for (int x = size.width() - 60; x < size.width() - 6 && !marked; ++x) {
                for (int y = 4; y < size.height() / 2 && !marked; ++y)
                    marked = image.pixel(x, y) != base;
            }
            QCOMPARE(marked, id != m_model->idAt(2));
            if (!dir.isEmpty())
                image.save(
                    u"%1/row-%2-%3.png"_s.arg(dir, dark ? u"dark"_s : u"light"_s, id.left(4)));
        }
    }
    const QString tip = delegate.toolTipText(m_model->index(m_model->rowOf(IdA)));
    QVERIFY2(tip.contains(u"2 new comments since you last looked"_s), qPrintable(tip));
    const QString tipB = delegate.toolTipText(m_model->index(m_model->rowOf(IdB)));
    QVERIFY2(tipB.contains(u"Updated since you last looked"_s), qPrintable(tipB));
}

QTEST_MAIN(TestListNew)
#include "tst_listnew.moc"
