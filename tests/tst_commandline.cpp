// The command line parses without a GUI and refuses what it cannot do, with a reason.

#include "core/commandline.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Ankra::CommandLineOptions;
using Mode = CommandLineOptions::Mode;

class TestCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void needsGui_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("gui");
        QTest::newRow("no arguments") << QStringList{u"app"_s} << true;
        QTest::newRow("ticket") << QStringList{u"app"_s, u"3f2504e0-4f89-41d3-9a0c-0305e82c3301"_s}
                                << true;
        QTest::newRow("screenshot") << QStringList{u"app"_s, u"--screenshot"_s, u"x.png"_s} << true;
        QTest::newRow("export") << QStringList{u"app"_s, u"--export"_s, u"json"_s, u"id"_s}
                                << false;
        QTest::newRow("export=") << QStringList{u"app"_s, u"--export=markdown"_s, u"id"_s} << false;
        QTest::newRow("help") << QStringList{u"app"_s, u"--help"_s} << false;
        QTest::newRow("-h") << QStringList{u"app"_s, u"-h"_s} << false;
        QTest::newRow("version") << QStringList{u"app"_s, u"--version"_s} << false;
        QTest::newRow("after --") << QStringList{u"app"_s, u"--"_s, u"--help"_s} << true;
    }
    void needsGui()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, gui);
        QCOMPARE(Ankra::commandLineNeedsGui(arguments), gui);
    }

    void parse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("errorContains");

        const QString id = u"3f2504e0-4f89-41d3-9a0c-0305e82c3301"_s;
        QTest::newRow("window") << QStringList{u"app"_s} << int(Mode::Window) << QString();
        QTest::newRow("window with ticket")
            << QStringList{u"app"_s, id} << int(Mode::Window) << QString();
        QTest::newRow("export json") << QStringList{u"app"_s, u"--export"_s, u"json"_s, id}
                                     << int(Mode::Export) << QString();
        QTest::newRow("export MARKDOWN -o")
            << QStringList{u"app"_s, u"--export"_s, u"MARKDOWN"_s, id, u"-o"_s, u"t.md"_s}
            << int(Mode::Export) << QString();
        QTest::newRow("export xml") << QStringList{u"app"_s, u"--export"_s, u"xml"_s, id}
                                    << int(Mode::Error) << u"json or markdown"_s;
        QTest::newRow("export without ticket") << QStringList{u"app"_s, u"--export"_s, u"json"_s}
                                               << int(Mode::Error) << u"needs a ticket"_s;
        QTest::newRow("export with demo")
            << QStringList{u"app"_s, u"--export"_s, u"json"_s, u"--demo"_s, id} << int(Mode::Error)
            << u"cannot be combined"_s;
        QTest::newRow("output without export") << QStringList{u"app"_s, u"-o"_s, u"x"_s, id}
                                               << int(Mode::Error) << u"goes with --export"_s;
        QTest::newRow("two tickets")
            << QStringList{u"app"_s, id, id} << int(Mode::Window) << QString();
        QTest::newRow("export two tickets")
            << QStringList{u"app"_s, u"--export"_s, u"json"_s, id, id} << int(Mode::Error)
            << u"one ticket at a time (got 2)"_s;
        QTest::newRow("screenshot two tickets")
            << QStringList{u"app"_s, u"--screenshot"_s, u"x.png"_s, id, id} << int(Mode::Window)
            << QString();
        QTest::newRow("unknown option")
            << QStringList{u"app"_s, u"--token"_s, u"secret"_s} << int(Mode::Error) << u"token"_s;
        QTest::newRow("bad size") << QStringList{u"app"_s, u"--size"_s, u"big"_s}
                                  << int(Mode::Error) << u"WIDTHxHEIGHT"_s;
        QTest::newRow("bad scheme") << QStringList{u"app"_s, u"--color-scheme"_s, u"blue"_s}
                                    << int(Mode::Error) << u"light or dark"_s;
        QTest::newRow("help") << QStringList{u"app"_s, u"--help"_s} << int(Mode::Help) << QString();
        QTest::newRow("version") << QStringList{u"app"_s, u"-v"_s} << int(Mode::Version)
                                 << QString();
    }
    void parse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, mode);
        QFETCH(QString, errorContains);
        const CommandLineOptions options = Ankra::parseCommandLine(arguments);
        QCOMPARE(int(options.mode), mode);
        if (!errorContains.isEmpty())
            QVERIFY2(options.errorMessage.contains(errorContains),
                     qPrintable(options.errorMessage));
    }

    void exportOptions()
    {
        const auto options = Ankra::parseCommandLine(
            {u"app"_s, u"--export=markdown"_s, u"-o"_s, u"out.md"_s, u" {ID} "_s});
        QCOMPARE(options.exportFormat, u"markdown"_s);
        QCOMPARE(options.outputFile, u"out.md"_s);
        QCOMPARE(options.ticket, u" {ID} "_s); // validated later, as typed
    }

    void screenshotOptions()
    {
        const auto options
            = Ankra::parseCommandLine({u"app"_s, u"--screenshot"_s, u"a.png"_s, u"--size"_s,
                                       u"800x600"_s, u"--color-scheme"_s, u"Dark"_s, u"--demo"_s});
        QCOMPARE(options.mode, Mode::Window);
        QCOMPARE(options.screenshotFile, u"a.png"_s);
        QCOMPARE(options.screenshotSize, QSize(800, 600));
        QCOMPARE(options.colorScheme, CommandLineOptions::ColorScheme::Dark);
        QVERIFY(options.demo);
        const auto defaults = Ankra::parseCommandLine({u"app"_s});
        QCOMPARE(defaults.screenshotSize, QSize(1280, 860));
        QCOMPARE(defaults.colorScheme, CommandLineOptions::ColorScheme::System);
    }

    void verbose()
    {
        QVERIFY(Ankra::parseCommandLine({u"app"_s, u"--verbose"_s}).verbose);
        QVERIFY(Ankra::parseCommandLine({u"app"_s, u"--export"_s, u"json"_s, u"--verbose"_s,
                                         u"3f2504e0-4f89-41d3-9a0c-0305e82c3301"_s})
                    .verbose);
        QVERIFY(!Ankra::parseCommandLine({u"app"_s}).verbose);
    }

    void severalTicketsInOrder()
    {
        const QString a = u"3f2504e0-4f89-41d3-9a0c-0305e82c3301"_s;
        const QString b = u"ankra-ticket://ticket/9b2f6c1e-0d4a-4e55-8a7b-1c2d3e4f5a6b"_s;
        const QString c = u"not a ticket"_s; // validated later, by the window
        auto options = Ankra::parseCommandLine({u"app"_s, a, b, c});
        QCOMPARE(options.mode, Mode::Window);
        QCOMPARE(options.tickets, (QStringList{a, b, c}));

        options = Ankra::parseCommandLine({u"app"_s, u"--screenshot"_s, u"s.png"_s, b, a});
        QCOMPARE(options.screenshotFile, u"s.png"_s);
        QCOMPARE(options.tickets, (QStringList{b, a}));

        options = Ankra::parseCommandLine({u"app"_s, u"--export"_s, u"json"_s, b});
        QCOMPARE(options.mode, Mode::Export);
        QCOMPARE(options.ticket, b);
        QCOMPARE(options.tickets, QStringList{b});

        QVERIFY(Ankra::parseCommandLine({u"app"_s}).tickets.isEmpty());
        // A link after -- is a ticket even when it looks like an option.
        options = Ankra::parseCommandLine({u"app"_s, u"--"_s, u"--help"_s});
        QCOMPARE(options.tickets, QStringList{u"--help"_s});
    }

    void helpListsExitCodes()
    {
        const auto options = Ankra::parseCommandLine({u"app"_s, u"--help"_s});
        QVERIFY(options.helpText.contains(u"Exit codes"_s));
        QVERIFY(options.helpText.contains(u"--export"_s));
        QVERIFY(options.helpText.contains(u"[TICKET...]"_s));
        QVERIFY(options.helpText.contains(u"ankra-ticket://ticket/"_s));
        QVERIFY(!options.helpText.contains(u"--token"_s)); // a token never goes on a command line
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
