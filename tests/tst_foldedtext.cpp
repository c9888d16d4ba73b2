#include "core/text/foldedtext.h"

#include <QTest>

using namespace Ankra;

// FoldedText: case- and accent-insensitive matching, and matches mapped back onto the exact
// characters of the original text.
class TestFoldedText final : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void emptyQueryMatchesNothing();
    void matchesDoNotOverlap();
    void foldIsIdempotent();
};

void TestFoldedText::matches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // the original text of each match

    QTest::newRow("case") << u"Pod CrashLoopBackOff again"_qs << u"crashloop"_qs
                          << QStringList{u"CrashLoop"_qs};
    QTest::newRow("accent in text")
        << u"Votre résumé, RÉSUMÉ"_qs << u"resume"_qs << QStringList{u"résumé"_qs, u"RÉSUMÉ"_qs};
    QTest::newRow("accent in query")
        << u"the resume"_qs << u"résumé"_qs << QStringList{u"resume"_qs};
    // "e" followed by U+0301 COMBINING ACUTE ACCENT: the match takes the accent too.
    QTest::newRow("combining marks")
        << u"re\u0301sume\u0301 x"_qs << u"resume"_qs << QStringList{u"re\u0301sume\u0301"_qs};
    QTest::newRow("sharp s") << u"Straße"_qs << u"strasse"_qs << QStringList{u"Straße"_qs};
    QTest::newRow("half a sharp s takes all of it")
        << u"Straße"_qs << u"stras"_qs << QStringList{u"Straß"_qs};
    QTest::newRow("cyrillic") << u"Ошибка: Под не запускается"_qs << u"под"_qs
                              << QStringList{u"Под"_qs};
    QTest::newRow("greek final sigma")
        << u"ΣΦΑΛΜΑ σφάλμα"_qs << u"σφαλμα"_qs << QStringList{u"ΣΦΑΛΜΑ"_qs, u"σφάλμα"_qs};
    QTest::newRow("japanese") << u"ポッドが再起動を繰り返す"_qs << u"再起動"_qs
                              << QStringList{u"再起動"_qs};
    QTest::newRow("emoji around") << u"🔥 ingress 🔥 Ingress"_qs << u"ingress"_qs
                                  << QStringList{u"ingress"_qs, u"Ingress"_qs};
    QTest::newRow("fullwidth") << u"ＡＰＩ down"_qs << u"api"_qs << QStringList{u"ＡＰＩ"_qs};
    QTest::newRow("no match") << u"nothing here"_qs << u"pod"_qs << QStringList{};
}

void TestFoldedText::matches()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(QStringList, expected);

    const FoldedText folded(text);
    QStringList found;
    for (const TextRange &range : folded.find(FoldedText::fold(query)))
        found << text.mid(range.start, range.length);
    QCOMPARE(found, expected);
}

void TestFoldedText::emptyQueryMatchesNothing()
{
    QVERIFY(FoldedText(u"abc"_qs).find(QString()).isEmpty());
    // A query that folds to nothing (only a combining accent) matches nothing either.
    QVERIFY(FoldedText(u"abc"_qs).find(FoldedText::fold(u"\u0301"_qs)).isEmpty());
}

void TestFoldedText::matchesDoNotOverlap()
{
    const QList<TextRange> ranges = FoldedText(u"aaaa"_qs).find(u"aa"_qs);
    QCOMPARE(ranges, (QList<TextRange>{{0, 2}, {2, 2}}));
}

void TestFoldedText::foldIsIdempotent()
{
    const QString once = FoldedText::fold(u"Résumé Straße ÆON"_qs);
    QCOMPARE(once, u"resume strasse aeon"_qs);
    QCOMPARE(FoldedText::fold(once), once);
}

QTEST_GUILESS_MAIN(TestFoldedText)
#include "tst_foldedtext.moc"
