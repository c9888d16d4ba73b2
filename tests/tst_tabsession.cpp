// The saved tabs and the recent-tickets list, on real files: round trip, debounce and flush,
// a corrupt, oversized or hostile file ignored, the recent list capped, de-duplicated and kept.

#include "core/recenttickets.h"
#include "core/tabsession.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ankra;
using namespace Qt::StringLiterals;

namespace {

TicketId idFor(int n)
{
    return TicketId::fromUserInput(
        u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0')));
}

bool writeFile(const QString &name, const QByteArray &data)
{
    QFile file(name);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestTabSession final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void roundTrip();
    void savesOnceAfterADelayAndAtDestruction();
    void missingFileIsNoTabs();
    void corruptFileIsIgnored_data();
    void corruptFileIsIgnored();
    void clearRemovesTheFile();

    void recentIsNewestFirstAndOnce();
    void recentIsCappedAndKept();
    void recentIgnoresWhatIsNotAnId();
    void recentClear();

private:
    QTemporaryDir m_dir;
    QString m_file;
};

void TestTabSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"AnkraTest"_s);
    QCoreApplication::setApplicationName(u"tst_tabsession"_s);
    QVERIFY(m_dir.isValid());
}

void TestTabSession::init()
{
    QSettings().clear();
    m_file = m_dir.filePath(u"tabs.json"_s);
    QFile::remove(m_file);
}

void TestTabSession::roundTrip()
{
    TabSession::Tabs tabs;
    tabs.tickets = {idFor(1), idFor(2), idFor(3)};
    tabs.current = 1;
    {
        TabSession session(m_file);
        session.save(tabs);
        session.flush();
    }
    const TabSession::Tabs back = TabSession(m_file).load();
    QCOMPARE(back.tickets, tabs.tickets);
    QCOMPARE(back.current, 1);
}

void TestTabSession::savesOnceAfterADelayAndAtDestruction()
{
    auto *session = new TabSession(m_file);
    TabSession::Tabs tabs;
    tabs.tickets = {idFor(1)};
    tabs.current = 0;
    session->save(tabs);
    tabs.tickets.append(idFor(2));
    session->save(tabs);
    QVERIFY(!QFile::exists(m_file)); // not yet: batched
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_file), 5000);
    QCOMPARE(TabSession(m_file).load().tickets.size(), 2); // the newest call won

    tabs.tickets.append(idFor(3));
    session->save(tabs);
    delete session; // forced on destruction
    QCOMPARE(TabSession(m_file).load().tickets.size(), 3);
}

void TestTabSession::missingFileIsNoTabs()
{
    const TabSession::Tabs tabs = TabSession(m_file).load();
    QVERIFY(tabs.tickets.isEmpty());
    QCOMPARE(tabs.current, -1);
}

void TestTabSession::corruptFileIsIgnored_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("tickets");
    QTest::addColumn<bool>("warns");
    QTest::newRow("truncated") << QByteArray(R"({"tickets": ["00000000-0000-4000-8000-00)") << 0
                               << true;
    QTest::newRow("not an object") << QByteArray("[1, 2, 3]") << 0 << true;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12) << 0 << true;
    QTest::newRow("oversized") << QByteArray(300 * 1024, ' ') + "{}" << 0 << true;
    // What is not a ticket ID is dropped; the rest comes back.
    QTest::newRow("hostile entries") << QByteArray(
        R"j({"tickets": ["../../etc/passwd", 42, "00000000-0000-4000-8000-000000000001",
             "00000000-0000-4000-8000-000000000001", "javascript:alert(1)"], "current": 99})j")
                                     << 1 << true;
}

void TestTabSession::corruptFileIsIgnored()
{
    QFETCH(QByteArray, data);
    QFETCH(int, tickets);
    QFETCH(bool, warns);
    QVERIFY(writeFile(m_file, data));
    if (warns)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Ignor"_s));
    const TabSession::Tabs tabs = TabSession(m_file).load();
    QCOMPARE(tabs.tickets.size(), tickets);
    QCOMPARE(tabs.current, tickets - 1); // a current index out of range: the last tab
}

void TestTabSession::clearRemovesTheFile()
{
    TabSession session(m_file);
    TabSession::Tabs tabs;
    tabs.tickets = {idFor(1)};
    session.save(tabs);
    session.flush();
    QVERIFY(QFile::exists(m_file));
    session.save(tabs);
    session.clear();
    QVERIFY(!QFile::exists(m_file));
}

void TestTabSession::recentIsNewestFirstAndOnce()
{
    RecentTickets recent;
    recent.add(idFor(1), u"First"_s);
    recent.add(idFor(2), u"Second"_s);
    recent.add(idFor(1)); // opened again, subject not known yet: keeps the one it had
    QCOMPARE(recent.entries().size(), 2);
    QCOMPARE(recent.entries().at(0).id, idFor(1));
    QCOMPARE(recent.entries().at(0).subject, u"First"_s);
    QCOMPARE(recent.entries().at(1).id, idFor(2));
    QCOMPARE(recent.subject(idFor(2)), u"Second"_s);
}

void TestTabSession::recentIsCappedAndKept()
{
    {
        RecentTickets recent;
        for (int i = 1; i <= RecentTickets::Capacity + 5; ++i)
            recent.add(idFor(i), u"Ticket %1"_s.arg(i));
        QCOMPARE(recent.entries().size(), RecentTickets::Capacity);
        QCOMPARE(recent.entries().constFirst().id, idFor(RecentTickets::Capacity + 5));
        QCOMPARE(recent.entries().constLast().id, idFor(6));
    }
    const RecentTickets next; // the next start
    QCOMPARE(next.entries().size(), RecentTickets::Capacity);
    QCOMPARE(next.entries().constFirst().subject, u"Ticket %1"_s.arg(RecentTickets::Capacity + 5));
}

void TestTabSession::recentIgnoresWhatIsNotAnId()
{
    QSettings settings;
    settings.beginWriteArray(RecentTickets::settingsKey(), 3);
    settings.setArrayIndex(0);
    settings.setValue(u"id"_s, u"file:///etc/passwd"_s);
    settings.setArrayIndex(1);
    settings.setValue(u"id"_s, idFor(7).toString());
    settings.setValue(u"subject"_s, QString(1000, u'x'));
    settings.setArrayIndex(2);
    settings.setValue(u"id"_s, idFor(7).toString().toUpper()); // the same ticket
    settings.endArray();
    settings.sync();
    const RecentTickets recent;
    QCOMPARE(recent.entries().size(), 1);
    QCOMPARE(recent.entries().constFirst().id, idFor(7));
    QVERIFY(recent.entries().constFirst().subject.size() <= 200);
}

void TestTabSession::recentClear()
{
    RecentTickets recent;
    recent.add(idFor(1), u"One"_s);
    recent.clear();
    QVERIFY(recent.entries().isEmpty());
    QVERIFY(RecentTickets().entries().isEmpty());
}

QTEST_GUILESS_MAIN(TestTabSession)
#include "tst_tabsession.moc"
