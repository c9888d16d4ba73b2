// How a moment is written: relative with the absolute time, and never the same text twice
// (a time ahead of the clock, an unknown time).

#include "core/translations.h"
#include "gui/text/timeformat.h"

#include <QTest>

using namespace Ankra;
using namespace Qt::StringLiterals;

class tst_TimeFormat final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(u"en"_s); } // the English plural forms
    void relativeSteps_data();
    void relativeSteps();
    void bothNamesEachFormOnce_data();
    void bothNamesEachFormOnce();
};

namespace {
const QDateTime Now(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
}

void tst_TimeFormat::relativeSteps_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << Now << u"just now"_s;
    QTest::newRow("skew of a minute") << Now.addSecs(90) << u"just now"_s;
    QTest::newRow("minutes") << Now.addSecs(-5 * 60) << u"5 minutes ago"_s;
    QTest::newRow("one hour") << Now.addSecs(-3600) << u"1 hour ago"_s;
    QTest::newRow("months") << Now.addDays(-95) << u"3 months ago"_s;
    QTest::newRow("future") << Now.addDays(1) << TimeFormat::absolute(Now.addDays(1));
}

void tst_TimeFormat::relativeSteps()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, expected);
    QCOMPARE(TimeFormat::relative(when, Now), expected);
}

void tst_TimeFormat::bothNamesEachFormOnce_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("expected");
    const QDateTime past = Now.addSecs(-3 * 3600);
    QTest::newRow("past") << past << u"3 hours ago · "_s + TimeFormat::absolute(past);
    // A comment dated ahead of the clock: its relative form is the absolute one.
    const QDateTime ahead = Now.addSecs(3 * 3600);
    QTest::newRow("ahead of the clock") << ahead << TimeFormat::absolute(ahead);
    QTest::newRow("unknown") << QDateTime() << u"unknown time"_s;
}

void tst_TimeFormat::bothNamesEachFormOnce()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, expected);
    QCOMPARE(TimeFormat::both(when, Now), expected);
}

QTEST_GUILESS_MAIN(tst_TimeFormat)
#include "tst_timeformat.moc"
