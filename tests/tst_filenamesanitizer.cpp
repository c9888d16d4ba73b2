// Hostile attachment names from the server never escape the download folder.

#include "core/filenamesanitizer.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFilenameSanitizer final : public QObject
{
    Q_OBJECT

private slots:
    void sanitize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"report.pdf"_s << u"report.pdf"_s;
        QTest::newRow("unicode kept") << u"ログ ファイル.txt"_s << u"ログ ファイル.txt"_s;
        QTest::newRow("unix traversal") << u"../../etc/passwd"_s << u"passwd"_s;
        QTest::newRow("windows traversal") << u"..\\..\\Windows\\win.ini"_s << u"win.ini"_s;
        QTest::newRow("absolute") << u"/etc/shadow"_s << u"shadow"_s;
        QTest::newRow("drive") << u"C:evil.exe"_s << u"C_evil.exe"_s;
        QTest::newRow("NUL byte") << QString(u"a\0b.txt"_s) << u"a_b.txt"_s;
        QTest::newRow("control chars") << u"a\nb\tc\u0085.log"_s << u"a_b_c_.log"_s;
        QTest::newRow("forbidden chars") << u"a<b>c:d\"e|f?g*h.txt"_s << u"a_b_c_d_e_f_g_h.txt"_s;
        QTest::newRow("bidi override") << u"invoice\u202Efdp.exe"_s << u"invoicefdp.exe"_s;
        QTest::newRow("dot") << u"."_s << u"attachment"_s;
        QTest::newRow("dotdot") << u".."_s << u"attachment"_s;
        QTest::newRow("empty") << QString() << u"attachment"_s;
        QTest::newRow("only separators") << u"///"_s << u"attachment"_s;
        QTest::newRow("hidden file") << u".bashrc"_s << u"bashrc"_s;
        QTest::newRow("trailing dots spaces") << u"name.txt. . "_s << u"name.txt"_s;
        QTest::newRow("CON") << u"CON"_s << u"_CON"_s;
        QTest::newRow("con.txt") << u"con.txt"_s << u"_con.txt"_s;
        QTest::newRow("COM1.tar.gz") << u"COM1.tar.gz"_s << u"_COM1.tar.gz"_s;
        QTest::newRow("lpt9") << u"lpt9.log"_s << u"_lpt9.log"_s;
        QTest::newRow("CONSOLE is fine") << u"CONSOLE.txt"_s << u"CONSOLE.txt"_s;
        QTest::newRow("COM10 is fine") << u"COM10.txt"_s << u"COM10.txt"_s;
    }
    void sanitize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Ankra::sanitizeFilename(input), expected);
    }

    void lengthIsCappedKeepingExtension()
    {
        const QString name = QString(500, u'a') + u".png"_s;
        const QString clean = Ankra::sanitizeFilename(name);
        QCOMPARE(clean.size(), Ankra::MaxFilenameLength);
        QVERIFY(clean.endsWith(u".png"_s));

        // A surrogate pair straddling the cut is dropped whole, never split.
        const QString emoji = QString(Ankra::MaxFilenameLength - 1, u'b') + u"😀😀"_s;
        const QString cut = Ankra::sanitizeFilename(emoji);
        QVERIFY(cut.size() <= Ankra::MaxFilenameLength);
        QVERIFY(!cut.back().isHighSurrogate());
    }

    void pathStaysInsideFolder_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("traversal") << u"../../../../tmp/owned"_s;
        QTest::newRow("backslashes") << u"..\\..\\owned"_s;
        QTest::newRow("absolute") << u"/tmp/owned"_s;
        QTest::newRow("dotdot") << u".."_s;
        QTest::newRow("normal") << u"log.txt"_s;
    }
    void pathStaysInsideFolder()
    {
        QFETCH(QString, input);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = Ankra::safePathInside(dir.path(), input);
        QVERIFY(!path.isEmpty());
        QCOMPARE(QFileInfo(path).absolutePath(), QDir(dir.path()).absolutePath());
        QVERIFY(QFileInfo(path).fileName() != u".."_s);
    }
};

QTEST_GUILESS_MAIN(TestFilenameSanitizer)
#include "tst_filenamesanitizer.moc"
