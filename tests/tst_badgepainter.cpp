// BadgePainter: readable labels for every known value, the raw text for unknown ones, tones
// that carry meaning, and text that stays legible on its badge in light and dark palettes.

#include "core/models/ticketmodel.h"
#include "gui/delegates/badgepainter.h"
#include "gui/style/theme.h"
#include "gui/widgets/badgelabel.h"
#include "support/sampletickets.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QTextDocument>

using namespace Ankra;
using namespace Qt::StringLiterals;
using Theme::Tone;

Q_DECLARE_METATYPE(Ankra::Badge::Kind)
Q_DECLARE_METATYPE(Ankra::Theme::Tone)

class tst_BadgePainter final : public QObject
{
    Q_OBJECT

private slots:
    void labels_data();
    void labels();
    void severityNoneIsQuiet();
    void authorWithoutKindHasNoBadge();
    void tonesSeparateMeanings();
    void legible_data();
    void legible();
    void fromModelIndex_data();
    void fromModelIndex();
    void widgetFitsWholeText_data();
    void widgetFitsWholeText();
    void paintsTheToneColour();
};

void tst_BadgePainter::labels_data()
{
    QTest::addColumn<Badge::Kind>("kind");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("description");

    using K = Badge::Kind;
    QTest::newRow("pending_review") << K::Status << u"pending_review"_s << u"Pending review"_s
                                    << true << u"Status: Pending review"_s;
    QTest::newRow("open") << K::Status << u"open"_s << u"Open"_s << true << u"Status: Open"_s;
    QTest::newRow("triaging") << K::Status << u"triaging"_s << u"Triaging"_s << true
                              << u"Status: Triaging"_s;
    QTest::newRow("in_progress") << K::Status << u"in_progress"_s << u"In progress"_s << true
                                 << u"Status: In progress"_s;
    QTest::newRow("waiting_customer")
        << K::Status << u"waiting_customer"_s << u"Waiting on customer"_s << true
        << u"Status: Waiting on customer"_s;
    QTest::newRow("resolved") << K::Status << u"resolved"_s << u"Resolved"_s << true
                              << u"Status: Resolved"_s;
    QTest::newRow("closed") << K::Status << u"closed"_s << u"Closed"_s << true
                            << u"Status: Closed"_s;
    QTest::newRow("status unknown") << K::Status << u"escalated"_s << u"escalated"_s << false
                                    << u"Status: escalated (a value this version does not know)"_s;
    QTest::newRow("low") << K::Severity << u"low"_s << u"Low"_s << true << u"Severity: Low"_s;
    QTest::newRow("medium") << K::Severity << u"medium"_s << u"Medium"_s << true
                            << u"Severity: Medium"_s;
    QTest::newRow("high") << K::Severity << u"high"_s << u"High"_s << true << u"Severity: High"_s;
    QTest::newRow("critical") << K::Severity << u"critical"_s << u"Critical"_s << true
                              << u"Severity: Critical"_s;
    QTest::newRow("severity none")
        << K::Severity << QString() << u"Not set"_s << true << u"Severity: Not set"_s;
    QTest::newRow("severity unknown") << K::Severity << u"urgent"_s << u"urgent"_s << false
                                      << u"Severity: urgent (a value this version does not know)"_s;
    QTest::newRow("ai pending") << K::AiReview << u"pending"_s << u"Pending"_s << true
                                << u"AI review: Pending"_s;
    QTest::newRow("ai passed") << K::AiReview << u"passed"_s << u"Passed"_s << true
                               << u"AI review: Passed"_s;
    QTest::newRow("ai flagged") << K::AiReview << u"flagged"_s << u"Flagged"_s << true
                                << u"AI review: Flagged"_s;
    QTest::newRow("ai unknown") << K::AiReview << u"needs_human"_s << u"needs_human"_s << false
                                << u"AI review: needs_human (a value this version does not know)"_s;
    QTest::newRow("category") << K::Category << u"feature_request"_s << u"Feature request"_s << true
                              << u"Category: Feature request"_s;
    QTest::newRow("category unknown")
        << K::Category << u"compliance"_s << u"compliance"_s << false
        << u"Category: compliance (a value this version does not know)"_s;
    QTest::newRow("source") << K::Source << u"cli"_s << u"CLI"_s << true << u"Source: CLI"_s;
    QTest::newRow("source unknown") << K::Source << u"slack"_s << u"slack"_s << false
                                    << u"Source: slack (a value this version does not know)"_s;
    QTest::newRow("author team") << K::AuthorType << u"team"_s << u"Ankra team"_s << true
                                 << u"Author: Ankra team"_s;
    QTest::newRow("author ai") << K::AuthorType << u"ai"_s << u"AI"_s << true << u"Author: AI"_s;
    QTest::newRow("author unknown") << K::AuthorType << u"partner"_s << u"partner"_s << false
                                    << u"Author: partner (a value this version does not know)"_s;
}

void tst_BadgePainter::labels()
{
    QFETCH(Badge::Kind, kind);
    QFETCH(QString, wire);
    QFETCH(QString, text);
    QFETCH(bool, known);
    QFETCH(QString, description);

    const Badge badge = BadgePainter::fromWire(kind, wire);
    QCOMPARE(badge.text, text);
    QCOMPARE(badge.known, known);
    QCOMPARE(badge.description, description);
    if (!known) {
        // Unknown values are neutral and outlined: no colour claims a meaning it does not have.
        QCOMPARE(badge.tone, Tone::Neutral);
        QVERIFY(badge.outlined);
    }
}

void tst_BadgePainter::severityNoneIsQuiet()
{
    const Badge none = BadgePainter::badge(severityFromWire(QString()));
    QVERIFY(none.outlined);
    QCOMPARE(none.tone, Tone::Muted);
}

void tst_BadgePainter::authorWithoutKindHasNoBadge()
{
    QVERIFY(BadgePainter::badge(authorTypeFromWire(QString())).isNull());
    QCOMPARE(BadgePainter::sizeHint({}, QFont()), QSize(0, 0));
}

void tst_BadgePainter::tonesSeparateMeanings()
{
    auto tone = [](const char *status) {
        return BadgePainter::badge(statusFromWire(QString::fromLatin1(status))).tone;
    };
    // Every status has its own tone: at a glance, open is not resolved is not closed.
    const QList<Tone> tones{
        tone("pending_review"),   tone("open"),     tone("triaging"), tone("in_progress"),
        tone("waiting_customer"), tone("resolved"), tone("closed")};
    for (qsizetype i = 0; i < tones.size(); ++i)
        for (qsizetype j = i + 1; j < tones.size(); ++j)
            QVERIFY2(tones.at(i) != tones.at(j), qPrintable(u"statuses %1 and %2"_s.arg(i).arg(j)));

    QCOMPARE(BadgePainter::badge(severityFromWire(u"critical"_s)).tone, Tone::Danger);
    QCOMPARE(BadgePainter::badge(aiReviewFromWire(u"flagged"_s)).tone, Tone::Danger);
    QCOMPARE(BadgePainter::badge(aiReviewFromWire(u"passed"_s)).tone, Tone::Success);
    QCOMPARE(BadgePainter::badge(statusFromWire(u"resolved"_s)).tone, Tone::Success);

    const QPalette light = Theme::lightPalette();
    QVERIFY(Theme::toneColor(Tone::Danger, light) != Theme::toneColor(Tone::Success, light));
}

void tst_BadgePainter::legible_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<Tone>("tone");
    const QList<Tone> tones{Tone::Neutral,  Tone::Info,    Tone::Accent,
                            Tone::Progress, Tone::Success, Tone::Warning,
                            Tone::Orange,   Tone::Danger,  Tone::Muted};
    const QPalette desktopDark = [] {
        // A dark desktop palette that is not ours: derived colours must still work.
        QPalette p(QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
        p.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
        p.setColor(QPalette::WindowText, QColor(0xdd, 0xdd, 0xdd));
        return p;
    }();
    for (Tone tone : tones) {
        const int t = static_cast<int>(tone);
        QTest::addRow("light %d", t) << Theme::lightPalette() << tone;
        QTest::addRow("dark %d", t) << Theme::darkPalette() << tone;
        QTest::addRow("desktop dark %d", t) << desktopDark << tone;
    }
}

void tst_BadgePainter::legible()
{
    QFETCH(QPalette, palette);
    QFETCH(Tone, tone);
    // WCAG AA for normal text.
    const qreal ratio = Theme::contrastRatio(Theme::toneText(tone, palette),
                                             Theme::toneBackground(tone, palette));
    QVERIFY2(ratio >= 4.5, qPrintable(u"contrast %1"_s.arg(ratio)));
    // The badge stands out from the base it is drawn on, but stays a soft tint.
    QVERIFY(Theme::toneBackground(tone, palette) != palette.color(QPalette::Base)
            || tone == Tone::Neutral);
    QVERIFY(Theme::contrastRatio(Theme::mutedText(palette), palette.color(QPalette::Base)) >= 4.5);
}

void tst_BadgePainter::fromModelIndex_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Badge::Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::newRow("status") << int(TicketModel::Status) << Badge::Kind::Status << u"In progress"_s;
    QTest::newRow("severity") << int(TicketModel::Severity) << Badge::Kind::Severity << u"High"_s;
    QTest::newRow("ai review") << int(TicketModel::AiReviewStatus) << Badge::Kind::AiReview
                               << u"Flagged"_s;
    QTest::newRow("category") << int(TicketModel::Category) << Badge::Kind::Category
                              << u"Feature request"_s;
    QTest::newRow("source") << int(TicketModel::Source) << Badge::Kind::Source << u"CLI"_s;
}

void tst_BadgePainter::fromModelIndex()
{
    QFETCH(int, column);
    QFETCH(Badge::Kind, kind);
    QFETCH(QString, text);
    TicketModel model;
    model.setTicket(Samples::fullTicket());
    QCOMPARE(BadgePainter::fromIndex(kind, model.index(0, column)).text, text);
}

void tst_BadgePainter::widgetFitsWholeText_data()
{
    QTest::addColumn<QString>("wire");
    for (const char *s : {"high", "medium", "critical", "low"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

void tst_BadgePainter::widgetFitsWholeText()
{
    QFETCH(QString, wire);
    BadgeLabel label;
    label.setBadge(BadgePainter::badge(severityFromWire(wire)));
    QFont bold = label.font();
    bold.setWeight(QFont::DemiBold);
    // The badge is at least as wide as its text plus padding: nothing gets elided.
    QVERIFY(label.sizeHint().width()
            >= QFontMetricsF(bold).horizontalAdvance(label.badge().text) + 16);
    QCOMPARE(label.accessibleName(), label.badge().text);
    QCOMPARE(label.accessibleDescription(), label.badge().description);
    QCOMPARE(label.toolTip(),
             Qt::convertFromPlainText(label.badge().description, Qt::WhiteSpaceNormal));
}

void tst_BadgePainter::paintsTheToneColour()
{
    const QPalette palette = Theme::darkPalette();
    const Badge badge = BadgePainter::badge(severityFromWire(u"critical"_s));
    QImage image(200, 40, QImage::Format_ARGB32);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    const QRect painted = BadgePainter::paint(&painter, image.rect(), badge, palette, QFont());
    painter.end();
    QCOMPARE(painted.size(), BadgePainter::sizeHint(badge, QFont()));
    // Just inside the left edge, halfway down (before the text starts): the fill, not the base.
    const QColor fill = image.pixelColor(painted.left() + 3, painted.center().y());
    const QColor expected = Theme::toneBackground(Tone::Danger, palette);
    QVERIFY2(qAbs(fill.red() - expected.red()) <= 2 && qAbs(fill.green() - expected.green()) <= 2
                 && qAbs(fill.blue() - expected.blue()) <= 2,
             qPrintable(fill.name() + u" vs "_s + expected.name()));
}

QTEST_MAIN(tst_BadgePainter)
#include "tst_badgepainter.moc"
