#include "core/ticketid.h"

#include <QTest>
#include <QUrl>

using namespace Ankra;

// TicketId::fromUserInput: what it accepts from a paste, what it refuses and how it says so.
class TestTicketId final : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void errorMessageIsOptionalAndClearedOnSuccess();
    void longPasteWithOneId_data();
    void longPasteWithOneId();
    void canonicalUuid_data();
    void canonicalUuid();
    void linkRoundTrips();
};

static const QString Id = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
static const QString IdUpper = QStringLiteral("3F2504E0-4F89-41D3-9A0C-0305E82C3301");
static const QString Other = QStringLiteral("9b2f6c1e-0d4a-4e55-8a7b-1c2d3e4f5a6b");

void TestTicketId::accepts_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("canonical") << Id;
    QTest::newRow("upper case") << IdUpper;
    QTest::newRow("mixed case") << QStringLiteral("3f2504E0-4F89-41d3-9A0c-0305e82C3301");
    QTest::newRow("braces") << u'{' + IdUpper + u'}';
    QTest::newRow("surrounding space") << QStringLiteral("  \t") + Id + QStringLiteral(" \n");
    QTest::newRow("braces and space") << QStringLiteral(" {") + Id + QStringLiteral("}\r\n");
    QTest::newRow("non-breaking spaces") << QChar(0x00A0) + Id + QChar(0x00A0);
    QTest::newRow("link with query")
        << QStringLiteral("https://platform.ankra.app/support/tickets/") + IdUpper
               + QStringLiteral("?tab=comments");
    QTest::newRow("link with fragment")
        << QStringLiteral("https://platform.ankra.app/support/tickets/") + Id
               + QStringLiteral("#comment-12");
    QTest::newRow("link with trailing slash")
        << QStringLiteral("<https://platform.ankra.app/support/tickets/") + Id
               + QStringLiteral("/>");
    QTest::newRow("percent-encoded braces")
        << QStringLiteral("https://x.example/?id=%7B") + Id + QStringLiteral("%7D");
    QTest::newRow("sentence") << QStringLiteral("ticket {") + Id + QStringLiteral("} please");
    QTest::newRow("end of sentence") << QStringLiteral("Could you look at ") + Id + u'.';
    QTest::newRow("same id twice") << Id + QStringLiteral(" (see ") + IdUpper + u')';
    QTest::newRow("file name") << QStringLiteral("ticket_") + Id + QStringLiteral(".json");
    QTest::newRow("slug before id") << QStringLiteral("/tickets/fix-login-") + Id;
    QTest::newRow("words after id") << Id + QStringLiteral("-comments");
    QTest::newRow("quoted") << QStringLiteral("\"") + Id + QStringLiteral("\"");
    QTest::newRow("near miss elsewhere")
        << QStringLiteral("md5 d41d8cd98f00b204e9800998ecf8427e, ticket ") + Id;
    QTest::newRow("em dash") << QStringLiteral("Ticket\u2014") + Id;
    QTest::newRow("app link") << QStringLiteral("ankra-ticket://ticket/") + Id;
    QTest::newRow("app link, upper case")
        << QStringLiteral("ANKRA-TICKET://Ticket/") + IdUpper + QStringLiteral("/");
    QTest::newRow("app link with query and space")
        << QStringLiteral(" ankra-ticket://ticket/") + Id + QStringLiteral("?from=chat\n");
    QTest::newRow("app link with fragment")
        << QStringLiteral("ankra-ticket://ticket/") + Id + QStringLiteral("#comment-3");
}

void TestTicketId::accepts()
{
    QFETCH(QString, input);
    QString error;
    const TicketId id = TicketId::fromUserInput(input, &error);
    QVERIFY2(id.isValid(), qPrintable(error));
    QCOMPARE(id.toString(), Id);
    QVERIFY(error.isEmpty());
}

void TestTicketId::refuses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("messagePart");

    const QString example = QStringLiteral("e.g. 3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    QTest::newRow("empty") << QString() << QStringLiteral("Enter a ticket ID, ") + example;
    QTest::newRow("whitespace only")
        << QStringLiteral(" \t\r\n ") << QStringLiteral("Enter a ticket ID");
    QTest::newRow("garbage") << QStringLiteral("hello world")
                             << QStringLiteral("No ticket ID found. Paste the ticket ID, ")
                                    + example + QStringLiteral(", or a link to the ticket.");
    QTest::newRow("hyphenated words") << QStringLiteral("a state-of-the-art ticket-viewer-app")
                                      << QStringLiteral("No ticket ID found");
    QTest::newRow("ticket link without id")
        << QStringLiteral("https://platform.ankra.app/support/tickets/")
        << QStringLiteral("No ticket ID found");
    QTest::newRow("two different ids")
        << Id + QStringLiteral(" and ") + Other
        << QStringLiteral("contains 2 different IDs; paste just the ticket's ID");
    QTest::newRow("three different ids")
        << Id + u' ' + Other + QStringLiteral(" 00000000-0000-0000-0000-000000000000")
        << QStringLiteral("contains 3 different IDs");
    QTest::newRow("org and ticket in one link") << QStringLiteral("https://platform.ankra.app/org/")
                                                       + Other + QStringLiteral("/tickets/") + Id
                                                << QStringLiteral("contains 2 different IDs");
    QTest::newRow("hex glued before")
        << QStringLiteral("abcd") + Id << QStringLiteral("but has 40 characters instead of 36");
    QTest::newRow("hex glued after")
        << Id + QStringLiteral("ab") << QStringLiteral("but has 38 characters instead of 36");
    QTest::newRow("letter glued before")
        << QStringLiteral("x") + Id << QStringLiteral("but has 37 characters instead of 36");
    QTest::newRow("inside a longer hex chain")
        << QStringLiteral("deadbeef-") + Id << QStringLiteral("is part of a longer code");
    QTest::newRow("hex group after")
        << Id + QStringLiteral("-0000") << QStringLiteral("is part of a longer code");
    QTest::newRow("35 characters")
        << QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c330")
        << QStringLiteral("“3f2504e0-4f89-41d3-9a0c-0305e82c330” looks like a ticket ID but has 35 "
                          "characters instead of 36");
    QTest::newRow("37 characters")
        << QStringLiteral("see 3f2504e0-4f89-41d3-9a0c-0305e82c33012 please")
        << QStringLiteral("“3f2504e0-4f89-41d3-9a0c-0305e82c33012” looks like a ticket ID but has "
                          "37 characters");
    QTest::newRow("missing hyphen") << QStringLiteral("3f2504e04f89-41d3-9a0c-0305e82c3301")
                                    << QStringLiteral("has 35 characters");
    QTest::newRow("non-hex character")
        << QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c33g1")
        << QStringLiteral("contains “g”, which is not a hexadecimal digit");
    QTest::newRow("letter O for zero")
        << QStringLiteral("3f25O4e0-4f89-41d3-9a0c-0305e82c3301") << QStringLiteral("contains “O”");
    QTest::newRow("hyphens misplaced") << QStringLiteral("3f2504e04-f89-41d3-9a0c-0305e82c3301")
                                       << QStringLiteral("its hyphens are in the wrong places");
    QTest::newRow("no hyphens") << QStringLiteral("3f2504e04f8941d39a0c0305e82c3301")
                                << QStringLiteral("without its hyphens");
    QTest::newRow("app link of another kind")
        << QStringLiteral("ankra-ticket://settings/") + Id
        << QStringLiteral("is not a ticket link; ticket links look like ankra-ticket://ticket/");
    QTest::newRow("app link without id")
        << QStringLiteral("ankra-ticket://ticket/") << QStringLiteral("is not a ticket link");
    QTest::newRow("app link with a longer id")
        << QStringLiteral("ankra-ticket://ticket/") + Id + QStringLiteral("ab")
        << QStringLiteral("is not a ticket link");
    QTest::newRow("app link with two ids")
        << QStringLiteral("ankra-ticket://ticket/") + Id + u'/' + Other
        << QStringLiteral("is not a ticket link");
    QTest::newRow("app link, single slash")
        << QStringLiteral("ankra-ticket:/ticket/") + Id << QStringLiteral("is not a ticket link");
    QTest::newRow("long near miss is shortened")
        << QString(60, u'a') + u'-' + Id << QStringLiteral("…” is part of a longer code");
}

void TestTicketId::refuses()
{
    QFETCH(QString, input);
    QFETCH(QString, messagePart);
    QString error;
    const TicketId id = TicketId::fromUserInput(input, &error);
    QVERIFY2(!id.isValid(), qPrintable(id.toString()));
    QVERIFY(id.toString().isEmpty());
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

void TestTicketId::errorMessageIsOptionalAndClearedOnSuccess()
{
    QVERIFY(!TicketId::fromUserInput(QStringLiteral("nope")).isValid());
    QVERIFY(TicketId::fromUserInput(Id).isValid());

    QString error = QStringLiteral("stale");
    QVERIFY(TicketId::fromUserInput(IdUpper, &error).isValid());
    QVERIFY(error.isEmpty());

    QCOMPARE(TicketId::fromUserInput(Id), TicketId::fromUserInput(u'{' + IdUpper + u'}'));
    QVERIFY(TicketId::fromUserInput(Id) != TicketId::fromUserInput(Other));
    QVERIFY(!TicketId().isValid());
}

// Pastes of a megabyte in shapes that would make a backtracking or quadratic scan crawl; the
// suite's timeout is what catches a regression, no timing is asserted here.
void TestTicketId::longPasteWithOneId_data()
{
    QTest::addColumn<QString>("filler");
    QTest::newRow("prose") << QStringLiteral("lorem ipsum dolor sit amet ").repeated(40000);
    QTest::newRow("hyphen runs") << QStringLiteral("a-").repeated(500000) + u' ';
    QTest::newRow("hex runs") << QStringLiteral("abcdef0123").repeated(100000) + u' ';
    QTest::newRow("uuid-like groups") << QStringLiteral("abcd-").repeated(200000) + u' ';
}

void TestTicketId::longPasteWithOneId()
{
    QFETCH(QString, filler);
    QString error;
    const TicketId id = TicketId::fromUserInput(filler + Id + u' ' + filler, &error);
    QVERIFY2(id.isValid(), qPrintable(error));
    QCOMPARE(id.toString(), Id);
}

void TestTicketId::canonicalUuid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("canonical") << Id << Id;
    QTest::newRow("upper in braces with space")
        << QStringLiteral(" {") + IdUpper + QStringLiteral("} ") << Id;
    QTest::newRow("one brace") << u'{' + Id << QString();
    QTest::newRow("inside text") << QStringLiteral("id ") + Id << QString();
    QTest::newRow("name") << QStringLiteral("my-org") << QString();
    QTest::newRow("non-hex") << QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c33g1") << QString();
    QTest::newRow("hyphen moved") << QStringLiteral("3f2504e04-f89-41d3-9a0c-0305e82c3301")
                                  << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestTicketId::canonicalUuid()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Ankra::canonicalUuid(input), expected);
}

void TestTicketId::linkRoundTrips()
{
    const TicketId id = TicketId::fromUserInput(IdUpper);
    QCOMPARE(id.toLink(), QStringLiteral("ankra-ticket://ticket/") + Id);
    QCOMPARE(TicketId::fromUserInput(id.toLink()), id);
    QCOMPARE(QUrl(id.toLink()).scheme(), QString::fromUtf16(TicketId::LinkScheme));
    QCOMPARE(QUrl(id.toLink()).host(), QStringLiteral("ticket"));
    QVERIFY(TicketId().toLink().isEmpty());
}

QTEST_APPLESS_MAIN(TestTicketId)
#include "tst_ticketid.moc"
