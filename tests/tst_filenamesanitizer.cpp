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
        // Issue 15 item 10: the console devices are reserved too.
        QTest::newRow("CONIN$") << u"CONIN$"_s << u"_CONIN$"_s;
        QTest::newRow("conout$.txt") << u"conout$.txt"_s << u"_conout$.txt"_s;
        QTest::newRow("CONIN$X is fine") << u"CONIN$X.txt"_s << u"CONIN$X.txt"_s;
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
        QCOMPARE(clean.toUtf8().size(), Ankra::MaxFilenameBytes);
        QVERIFY(clean.endsWith(u".png"_s));

        // A surrogate pair straddling the cut is dropped whole, never split.
        const QString emoji = QString(Ankra::MaxFilenameBytes - 2, u'b') + u"😀😀"_s;
        const QString cut = Ankra::sanitizeFilename(emoji);
        QVERIFY(cut.toUtf8().size() <= Ankra::MaxFilenameBytes);
        QVERIFY(!cut.back().isHighSurrogate());
    }

    // Issue 15 item 10: the cap is in bytes, as file systems count. 120 CJK characters were
    // kept whole (360 bytes, over the 255-byte limit of ext4, NTFS as UTF-8, APFS...).
    void capCountsBytes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("CJK") << QString(300, QChar(0x65E5)) + u".txt"_s;
        QTest::newRow("120 CJK") << QString(120, QChar(0x65E5));
        QTest::newRow("emoji") << QString(u"😀"_s).repeated(100) + u".png"_s;
        QTest::newRow("accents") << QString(u"é"_s).repeated(200);
    }
    void capCountsBytes()
    {
        QFETCH(QString, name);
        const QString clean = Ankra::sanitizeFilename(name);
        QVERIFY2(clean.toUtf8().size() <= Ankra::MaxFilenameBytes,
                 qPrintable(QString::number(clean.toUtf8().size())));
        QVERIFY(clean.toUtf8().size() > Ankra::MaxFilenameBytes - 8); // not cut for nothing
        QVERIFY(!clean.back().isHighSurrogate());
        QVERIFY(clean.back() != QChar(0x0301) || clean.at(clean.size() - 2) == u'e');
        QVERIFY(!clean.endsWith(u"e"_s) || !name.contains(QChar(0x0301))); // accent kept
        // And the file can be made.
        QTemporaryDir dir;
        QFile file(QDir(dir.path()).filePath(clean));
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    }

    // The cut must not leave a dot or space at the end (Windows drops them, so the name on
    // disk would differ from the one shown and checked).
    void cutLeavesNoTrailingDotOrSpace_data()
    {
        QTest::addColumn<QString>("name");
        const int n = Ankra::MaxFilenameBytes;
        QTest::newRow("dot at cut") << QString(n - 1, u'a') + u". . . . . . . . . . b"_s;
        QTest::newRow("space at cut") << QString(n - 1, u'a') + u"     b"_s;
        QTest::newRow("dot before ext") << QString(n - 6, u'a') + u"....................b.pdf"_s;
    }
    void cutLeavesNoTrailingDotOrSpace()
    {
        QFETCH(QString, name);
        const QString clean = Ankra::sanitizeFilename(name);
        QVERIFY(clean.toUtf8().size() <= Ankra::MaxFilenameBytes);
        QVERIFY2(!clean.endsWith(u'.') && !clean.endsWith(u' '), qPrintable(clean));
        const qsizetype dot = clean.lastIndexOf(u'.');
        if (name.endsWith(u".pdf"_s)) {
            QVERIFY(clean.endsWith(u".pdf"_s));
            const QString stem = clean.left(dot);
            QVERIFY2(!stem.endsWith(u'.') && !stem.endsWith(u' '), qPrintable(clean));
        }
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
