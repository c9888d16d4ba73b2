// The translations as a user meets them, and as CI keeps them complete:
// - every tr() of the sources is in each .ts file, translated (lupdate run on a copy, then
//   read: a new string comes in unfinished), with the placeholders and the accelerator of its
//   English source;
// - the compiled catalogues in the resources translate, plurals included, with QLocale and Qt's
//   own catalogue following the language;
// - a start follows the system's languages (LANGUAGE) unless Settings chose one.

#include "core/translations.h"
#include "support/appprocess.h"
#include "support/tsfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

QString tsPath(const QString &code)
{
    return translationsSourceDir() + u"/ankra_"_s + code + u".ts"_s;
}

// %1…%99, %n, %L1, %Ln, sorted: the same multiset in source and translation.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?(\\d{1,2}|n)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured().remove(u'L');
    found.sort();
    return found;
}

// Accelerators: an & before anything but another & (&& is a literal ampersand).
int accelerators(const QString &text)
{
    static const QRegularExpression re(u"&(?!&)[^&\\s;]"_s);
    int n = 0;
    for (auto it = re.globalMatch(QString(text).remove(u"&&"_s)); it.hasNext(); it.next())
        ++n;
    return n;
}

const TsMessage *findMessage(const TsFile &ts, const QString &context, const QString &source)
{
    for (const TsMessage &m : ts.messages) {
        if (m.context == context && m.source == source)
            return &m;
    }
    return nullptr;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("en (plural forms)") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("sv") << u"sv"_s;
    }

    // What CI checks: lupdate over the sources finds nothing the committed file lacks.
    void everyStringIsTranslated()
    {
        QFETCH(QString, code);
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"ankra_"_s + code + u".ts"_s);
        QVERIFY(QFile::copy(tsPath(code), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        // The options of resources/translations/CMakeLists.txt.
        QStringList arguments{QStringLiteral(ANKRA_SOURCE_DIR "/app"),
                              QStringLiteral(ANKRA_SOURCE_DIR "/ui"),
                              u"-extensions"_s,
                              u"cpp,h,ui"_s,
                              u"-locations"_s,
                              u"none"_s,
                              u"-no-obsolete"_s,
                              u"-silent"_s};
        if (code == u"en"_s)
            arguments << u"-pluralonly"_s;
        arguments << u"-ts"_s << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(ANKRA_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        const TsFile ts = readTsFile(copy);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, code);
        QStringList missing;
        for (const TsMessage &m : ts.messages) {
            const bool complete = !m.unfinished && m.translations.size() == (m.numerus ? 2 : 1)
                                  && !m.translations.contains(QString());
            if (!complete && !m.obsolete)
                missing << m.context + u": "_s + m.source.left(80);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"%1 string(s) missing or unfinished in ankra_%2.ts (run `cmake "
                            "--build build/dev --target update_translations`, then translate "
                            "them):\n"_s.arg(missing.size())
                                .arg(code)
                            + missing.mid(0, 25).join(u'\n')));
        if (code != u"en"_s)
            QVERIFY(ts.messages.size() > 300);
    }

    void translationsKeepPlaceholders_data() { everyStringIsTranslated_data(); }

    void translationsKeepPlaceholders()
    {
        QFETCH(QString, code);
        const TsFile ts = readTsFile(tsPath(code));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList wrong;
        for (const TsMessage &m : ts.messages) {
            for (const QString &t : m.translations) {
                QStringList expected = placeholders(m.source);
                if (m.numerus && !expected.contains(u"%n"_s))
                    expected << u"%n"_s;
                QStringList got = placeholders(t);
                // A singular may spell the one out ("Ein Ticket") instead of %n.
                if (m.numerus && !got.contains(u"%n"_s) && &t == &m.translations.first())
                    got << u"%n"_s;
                expected.sort();
                got.sort();
                if (got != expected)
                    wrong << u"placeholders: "_s + m.source + u" → "_s + t;
                else if (accelerators(t) != accelerators(m.source))
                    wrong << u"accelerator: "_s + m.source + u" → "_s + t;
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 25).join(u'\n')));
    }

    void installedLanguageTranslates_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("language");
        QTest::newRow("de") << u"de"_s << int(QLocale::German);
        QTest::newRow("sv") << u"sv"_s << int(QLocale::Swedish);
    }

    void installedLanguageTranslates()
    {
        QFETCH(QString, code);
        QFETCH(int, language);
        const TsFile ts = readTsFile(tsPath(code));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(Translations::install(code), code);

        // A plain message and a plural one, from the compiled catalogue in the resources.
        const TsMessage *settings = findMessage(ts, u"Ankra::SettingsDialog"_s, u"Settings"_s);
        QVERIFY(settings && settings->translations.size() == 1);
        QCOMPARE(QCoreApplication::translate("Ankra::SettingsDialog", "Settings"),
                 settings->translations.first());
        const TsMessage *tickets = findMessage(ts, u"Ankra::TicketListPanel"_s, u"%Ln ticket(s)"_s);
        QVERIFY(tickets && tickets->translations.size() == 2);
        const QLocale locale;
        QCOMPARE(QCoreApplication::translate("Ankra::TicketListPanel", "%Ln ticket(s)", nullptr, 1),
                 QString(tickets->translations.at(0)).replace(u"%Ln"_s, locale.toString(1)));
        QCOMPARE(
            QCoreApplication::translate("Ankra::TicketListPanel", "%Ln ticket(s)", nullptr, 1200),
            QString(tickets->translations.at(1)).replace(u"%Ln"_s, locale.toString(1200)));

        // Numbers and sizes in the language's way; Qt's own words too (the file dialogs').
        QCOMPARE(int(QLocale().language()), language);
        QCOMPARE(QLocale().toString(1.5, 'f', 1), u"1,5"_s);
        QVERIFY(QLocale().formattedDataSize(1400000, 1, QLocale::DataSizeSIFormat).contains(u','));
        QVERIFY2(QCoreApplication::translate("QFileDialog", "All Files (*)") != u"All Files (*)"_s,
                 "Qt's catalogue (qtbase_*.qm, Debian: qt6-translations-l10n) is not installed");

        // Back to English: the source text, and English plurals from ankra_en.qm.
        QCOMPARE(Translations::install(u"en"_s), u"en"_s);
        QCOMPARE(QCoreApplication::translate("Ankra::SettingsDialog", "Settings"), u"Settings"_s);
        QCOMPARE(QCoreApplication::translate("Ankra::TicketListPanel", "%Ln ticket(s)", nullptr, 1),
                 u"1 ticket"_s);
        QCOMPARE(QCoreApplication::translate("Ankra::TicketListPanel", "%Ln ticket(s)", nullptr, 2),
                 u"2 tickets"_s);
    }

    void formatsFollowTheLanguage_data()
    {
        QTest::addColumn<QByteArray>("lang");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("localeName");
        QTest::addColumn<QString>("december");
        // LANGUAGE=de over LANG=C.UTF-8: Qt's system locale then says de_DE but writes "Dec".
        QTest::newRow("de over C formats")
            << QByteArray("C.UTF-8") << u"de"_s << u"de_DE"_s << u"Dez."_s;
        QTest::newRow("de over Austrian formats")
            << QByteArray("de_AT.UTF-8") << u"de"_s << u"de_AT"_s << u"Dez."_s;
        QTest::newRow("sv over German formats")
            << QByteArray("de_DE.UTF-8") << u"sv"_s << u"sv_SE"_s << u"dec."_s;
        QTest::newRow("sv over Finnish-Swedish formats")
            << QByteArray("sv_FI.UTF-8") << u"sv"_s << u"sv_FI"_s << u"dec."_s;
    }

    void formatsFollowTheLanguage()
    {
        if (!appFoldersFollowEnvironment()) // Windows, macOS: the regional settings decide
            QSKIP("formats come from the system's regional settings here, not LANG");
        QFETCH(QByteArray, lang);
        QFETCH(QString, code);
        QFETCH(QString, localeName);
        QFETCH(QString, december);
        const QByteArray oldLang = qgetenv("LANG");
        const QByteArray oldAll = qgetenv("LC_ALL");
        const QByteArray oldTime = qgetenv("LC_TIME");
        qunsetenv("LC_ALL");
        qunsetenv("LC_TIME");
        qputenv("LANG", lang);
        QCOMPARE(Translations::install(code), code);
        QCOMPARE(QLocale().name(), localeName);
        QCOMPARE(QLocale().toString(QDate(2026, 12, 1), u"MMM"_s), december);
        qputenv("LANG", oldLang);
        if (!oldAll.isEmpty())
            qputenv("LC_ALL", oldAll);
        if (!oldTime.isEmpty())
            qputenv("LC_TIME", oldTime);
        Translations::install(u"en"_s);
    }

    void aStartFollowsTheSystemUnlessSettingsChose_data()
    {
        QTest::addColumn<QString>("languageVariable");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("expected");
        QTest::newRow("LANGUAGE=sv") << u"sv"_s << QString() << u"sv"_s;
        QTest::newRow("LANGUAGE=de_AT:de") << u"de_AT:de"_s << QString() << u"de"_s;
        QTest::newRow("LANGUAGE=fr: English") << u"fr"_s << QString() << u"en"_s;
        QTest::newRow("Settings: Deutsch over LANGUAGE=sv") << u"sv"_s << u"de"_s << u"de"_s;
        QTest::newRow("Settings: English over LANGUAGE=sv") << u"sv"_s << u"en"_s << u"en"_s;
    }

    // The help text of a real start, as an agent would read it in a terminal.
    void aStartFollowsTheSystemUnlessSettingsChose()
    {
        if (!childSharesNothingWithTheUser())
            QSKIP("the child would read the real user's settings (see appprocess.h)");
        QFETCH(QString, languageVariable);
        QFETCH(QString, setting);
        QFETCH(QString, expected);
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.remove(u"LC_ALL"_s);
        env.remove(u"LC_MESSAGES"_s);
        env.insert(u"LANGUAGE"_s, languageVariable);
        if (!setting.isEmpty()) {
            // The settings file of the app (QSettings' native format on Linux).
            QSettings file(home.filePath(u"config/Ankra/ankra-ticket-viewer.conf"_s),
                           QSettings::IniFormat);
            file.setValue(Translations::languageKey(), setting);
        }
        const AppRun run = runApp({u"--help"_s}, env);
        QCOMPARE(run.exitCode, 0);
        const QString help = QString::fromUtf8(run.out);
        const QString exitCodes = u"Exit codes:"_s;
        QString wanted = exitCodes;
        if (expected != u"en"_s) {
            const TsFile ts = readTsFile(tsPath(expected));
            const TsMessage *m = findMessage(ts, u"Ankra::CommandLine"_s, exitCodes);
            QVERIFY(m && !m->translations.isEmpty());
            wanted = m->translations.first();
            QVERIFY(wanted != exitCodes);
        }
        QVERIFY2(help.contains(wanted), qPrintable(help.left(400)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)

#include "tst_translations.moc"
