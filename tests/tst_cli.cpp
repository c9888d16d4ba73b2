// The command line as a user meets it: the real executable, a real server on loopback, and the
// exit codes and messages that scripts rely on.

#include "core/apierror.h"
#include "core/terminaltext.h"
#include "core/ticketjson.h"
#include "support/appprocess.h"
#include "support/fakeankraserver.h"
#include "support/fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Ankra::ApiError;
using Ankra::Test::FakeAnkraServer;
using Ankra::Test::Fault;

Q_DECLARE_METATYPE(Ankra::Test::Fault)

namespace {

const QString TypicalId = u"4fbac218-f27d-4c95-b8b4-481ce57630f5"_s;

using Result = Ankra::Test::AppRun;

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // HOME and XDG_CONFIG_HOME keep the developer's token out on Linux only: elsewhere the
        // app would use a token saved in its settings (before ANKRA_API_TOKEN) against the fake
        // server, and read the real ~/.ankra.yaml.
        if (!Ankra::Test::childSharesNothingWithTheUser())
            QSKIP("the app would use this user's saved token and ~/.ankra.yaml; set "
                  "ANKRA_TEST_FRESH_USER=1 on an account without them (support/appprocess.h)");
        QVERIFY(m_home.isValid());
        QVERIFY(m_server.listen());
        QVERIFY(m_server.loadFixtures() >= 7);
        QVERIFY(!m_server.ticketJson(TypicalId).isEmpty());
    }
    void init()
    {
        m_server.clearFaults();
        m_server.clearRequests();
    }

    void exportJsonReproducesEveryFixture_data()
    {
        QTest::addColumn<QString>("fixture");
        for (const QString &name : Ankra::Test::allFixtures())
            QTest::newRow(qPrintable(name)) << name;
    }
    void exportJsonReproducesEveryFixture()
    {
        QFETCH(QString, fixture);
        const QJsonObject original
            = QJsonDocument::fromJson(Ankra::Test::readFixture(fixture)).object();
        const QString id = original.value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());

        const Result r = run({u"--export"_s, u"json"_s, id});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QJsonParseError error;
        const QJsonObject exported = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);

        // Every field the fixture has comes back with the same value; timestamps as instants.
        for (auto it = original.begin(); it != original.end(); ++it) {
            QVERIFY2(exported.contains(it.key()), qPrintable(it.key()));
            if (it.key().endsWith(u"_at"_s)) {
                QCOMPARE(Ankra::parseTimestamp(exported.value(it.key()).toString()),
                         Ankra::parseTimestamp(it.value().toString()));
            } else if (it->isNull()) {
                // null stands for the schema's default: null, an empty list or false.
                const QJsonValue v = exported.value(it.key());
                QVERIFY2(v.isNull() || v == QJsonArray() || v == QJsonValue(false),
                         qPrintable(it.key()));
            } else if (it->isArray()) {
                QCOMPARE(exported.value(it.key()).toArray().size(), it->toArray().size());
            } else {
                QCOMPARE(exported.value(it.key()), it.value());
            }
        }
        // And the whole document is what the parser and writer make of the fixture.
        const auto parsed = Ankra::parseTicket(Ankra::Test::readFixture(fixture));
        QVERIFY(parsed);
        QCOMPARE(exported, Ankra::ticketToJson(*parsed));
        QVERIFY(!r.out.contains(FakeAnkraServer::DefaultToken));
    }

    void exportMarkdownToFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"ticket.md"_s);
        const Result r
            = run({u"--export"_s, u"markdown"_s, u"-o"_s, file,
                   u"https://platform.ankra.app/support/tickets/"_s + TypicalId.toUpper()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const auto ticket = Ankra::parseTicket(m_server.ticketJson(TypicalId));
        QVERIFY(ticket);
        QVERIFY(text.startsWith(u"# "_s));
        QVERIFY(text.contains(TypicalId));
        QVERIFY(text.contains(u"## Comments ("_s + QString::number(ticket->comments.size())));
        QVERIFY(text.contains(u"## Attachments"_s));
        QVERIFY(!text.contains(QString::fromLatin1(FakeAnkraServer::DefaultToken)));
    }

    void errorsHaveOwnExitCodeAndOneLine_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("ticket");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("not a ticket id") << int(Fault::None) << u"hello"_s
                                         << int(ApiError::Kind::InvalidTicketId) << u"ticket"_s;
        QTest::newRow("not found") << int(Fault::None) << u"00000000-0000-4000-8000-000000000000"_s
                                   << int(ApiError::Kind::NotFound) << u"ID"_s;
        QTest::newRow("unauthorized") << int(Fault::Unauthorized) << TypicalId
                                      << int(ApiError::Kind::Unauthorized) << u"token"_s;
        QTest::newRow("forbidden") << int(Fault::PermissionDenied) << TypicalId
                                   << int(ApiError::Kind::Forbidden) << u"tickets:read"_s;
        QTest::newRow("rate limited")
            << int(Fault::RateLimited) << TypicalId << int(ApiError::Kind::RateLimited) << u"30"_s;
        QTest::newRow("bad response") << int(Fault::MalformedJson) << TypicalId
                                      << int(ApiError::Kind::BadResponse) << u"JSON"_s;
        QTest::newRow("wrong types") << int(Fault::WrongTypes) << TypicalId
                                     << int(ApiError::Kind::BadResponse) << u"subject"_s;
    }
    void errorsHaveOwnExitCodeAndOneLine()
    {
        QFETCH(int, fault);
        QFETCH(QString, ticket);
        QFETCH(int, kind);
        QFETCH(QString, says);
        if (Fault(fault) != Fault::None)
            m_server.setFault(Fault(fault));
        const Result r = run({u"--export"_s, u"json"_s, ticket});
        QCOMPARE(r.exitCode, ApiError::exitCodeFor(ApiError::Kind(kind)));
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err).trimmed();
        QCOMPARE(err.count(u'\n'), 0); // one line
        QVERIFY2(err.contains(says), qPrintable(err));
        QVERIFY(!err.contains(QString::fromLatin1(FakeAnkraServer::DefaultToken)));
        if (ApiError::Kind(kind) == ApiError::Kind::InvalidTicketId)
            QCOMPARE(m_server.requestCount(), 0); // refused before anything was sent
    }

    // Issue 15 item 3, as reproduced: a description that retitled the terminal and cleared the
    // screen. Neither stdout (Markdown) nor stderr (an error quoting the server) carries a
    // control other than newline and tab.
    void noTerminalControlsOnStdoutOrStderr()
    {
        const QString id = u"6d1f0c3a-2b4e-4f5a-8c7d-9e0f1a2b3c4d"_s;
        QJsonObject ticket = QJsonDocument::fromJson(m_server.ticketJson(TypicalId)).object();
        ticket.insert(u"id"_s, id);
        ticket.insert(u"subject"_s, u"Hi \x1b]0;owned\x07"_s);
        ticket.insert(u"description"_s, QString(u"\x1b[2J\x1b[H"_s + QChar(0x9B)
                                                + u"31mfake prompt $ \x1b]52;c;eA==\x07"_s));
        m_server.addTicket(id, QJsonDocument(ticket).toJson());
        const Result md = run({u"--export"_s, u"markdown"_s, id});
        QCOMPARE(md.exitCode, 0);
        QVERIFY(md.out.contains("fake prompt"));
        const auto clean = [](const QByteArray &bytes) {
            const QString text = QString::fromUtf8(bytes);
            return std::none_of(text.cbegin(), text.cend(),
                                [](QChar c) { return Ankra::isTerminalControl(c.unicode()); });
        };
        QVERIFY2(clean(md.out), md.out.constData());

        m_server.setFault(Fault::PermissionDenied).permission = "boom \x1b]0;owned\x07 \xc2\x9b"
                                                                "2J";
        const Result err = run({u"--export"_s, u"markdown"_s, TypicalId});
        QVERIFY(err.exitCode != 0);
        QVERIFY2(err.err.contains("boom"), err.err.constData());
        QVERIFY2(clean(err.err), err.err.constData());
    }

    void noTokenIsAConfigurationError()
    {
        QProcessEnvironment env = baseEnvironment();
        env.remove(u"ANKRA_API_TOKEN"_s);
        const Result r = run({u"--export"_s, u"json"_s, TypicalId}, env);
        QCOMPARE(r.exitCode, ApiError::exitCodeFor(ApiError::Kind::Configuration));
        QCOMPARE(m_server.requestCount(), 0);
    }

    void deadServerIsRefused()
    {
        QUrl dead;
        {
            Ankra::LocalHttpServer probe; // a free port; nothing listens there once it is gone
            QVERIFY(probe.listen());
            dead = probe.baseUrl();
        }
        QProcessEnvironment env = baseEnvironment();
        env.insert(u"ANKRA_BASE_URL"_s, dead.toString());
        const Result r = run({u"--export"_s, u"json"_s, TypicalId}, env);
        QCOMPARE(r.exitCode, ApiError::exitCodeFor(ApiError::Kind::ConnectionRefused));
    }

    void insecureBaseUrlIsRefused()
    {
        QProcessEnvironment env = baseEnvironment();
        env.insert(u"ANKRA_BASE_URL"_s, u"http://tickets.example.com"_s);
        const Result r = run({u"--export"_s, u"json"_s, TypicalId}, env);
        QCOMPARE(r.exitCode, ApiError::exitCodeFor(ApiError::Kind::Configuration));
        QVERIFY(QString::fromUtf8(r.err).contains(u"ANKRA_ALLOW_INSECURE_HTTP"_s));
    }

    // Issue 12: --download saves into -o DIR, prints each path, never overwrites, and leaves
    // nothing behind when a download fails.
    void downloadAttachments()
    {
        const QString ticket = u"8a1d2c3b-4e5f-4a6b-9c7d-8e9f0a1b2c3d"_s;
        const QString a = u"11111111-2222-4333-8444-555555555555"_s;
        const QString b = u"66666666-7777-4888-9999-aaaaaaaaaaaa"_s;
        const QByteArray logBytes = "2025-03-01 ERROR boom\n";
        const QByteArray yamlBytes = "replicas: 3\n";
        QJsonObject object
            = QJsonDocument::fromJson(Ankra::Test::sampleTicketJson(ticket)).object();
        const auto entry = [](const QString &id, const QString &name, qint64 size) {
            return QJsonObject{{u"id"_s, id},
                               {u"filename"_s, name},
                               {u"content_type"_s, u"text/plain"_s},
                               {u"size_bytes"_s, size},
                               {u"created_at"_s, u"2025-03-01T09:35:00Z"_s}};
        };
        object.insert(u"attachments"_s, QJsonArray{entry(a, u"../pod.log"_s, logBytes.size()),
                                                   entry(b, u"values.yaml"_s, yamlBytes.size())});
        m_server.addTicket(ticket, QJsonDocument(object).toJson(QJsonDocument::Compact));
        m_server.addAttachment(a, logBytes);
        m_server.addAttachment(b, yamlBytes);
        QTemporaryDir dir;

        const Result all = run({u"--download"_s, ticket, u"-o"_s, dir.path()});
        QVERIFY2(all.exitCode == 0, all.err.constData());
        const QList<QByteArray> lines = all.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(QString::fromLocal8Bit(lines.at(0)), dir.filePath(u"pod.log"_s));
        QCOMPARE(QString::fromLocal8Bit(lines.at(1)), dir.filePath(u"values.yaml"_s));
        QFile log(dir.filePath(u"pod.log"_s));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QCOMPARE(log.readAll(), logBytes);
        QVERIFY(!all.err.contains('\r')); // no progress when stderr is not a terminal

        // Again, by filename: a new name, the first file untouched.
        const Result named = run({u"--download"_s, ticket, u"values.yaml"_s, u"-o"_s, dir.path()});
        QCOMPARE(named.exitCode, 0);
        QCOMPARE(QString::fromLocal8Bit(named.out.trimmed()), dir.filePath(u"values (1).yaml"_s));

        const Result unknown = run({u"--download"_s, ticket, u"nope.txt"_s, u"-o"_s, dir.path()});
        QCOMPARE(unknown.exitCode, ApiError::exitCodeFor(ApiError::Kind::NotFound));
        QVERIFY(unknown.out.isEmpty());

        // A reset mid-body: the error kind's exit code and nothing new in the folder.
        const QStringList before
            = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        m_server.addAttachment(a, QByteArray(200 * 1024, 'x'));
        object.insert(u"attachments"_s, QJsonArray{entry(a, u"big.log"_s, 200 * 1024)});
        m_server.addTicket(ticket, QJsonDocument(object).toJson(QJsonDocument::Compact));
        m_server.setFault(Fault::ResetMidBody, a);
        const Result reset = run({u"--download"_s, ticket, u"-o"_s, dir.path()});
        // Qt reports the cut as a network error or as a clean end short of the declared size.
        QVERIFY2(reset.exitCode == ApiError::exitCodeFor(ApiError::Kind::Network)
                     || reset.exitCode == ApiError::exitCodeFor(ApiError::Kind::SizeMismatch),
                 reset.err.constData());
        QVERIFY(reset.out.isEmpty());
        QCOMPARE(reset.err.count('\n'), 1);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 before);
    }

    void exportListAcrossPages_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << u"json"_s;
        QTest::newRow("csv") << u"csv"_s;
        QTest::newRow("markdown") << u"markdown"_s;
    }
    void exportListAcrossPages()
    {
        QFETCH(QString, format);
        m_server.setListRows(FakeAnkraServer::makeListRows(130));
        const Result r = run({u"--export"_s, format, u"--list"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_server.listTargets().size(), 3); // 50 + 50 + 30, as the pagination says
        QVERIFY(m_server.listTargets().at(2).startsWith("/api/v1/org/support/tickets?page=3&"));
        const QString last = m_server.listRows().at(129).toObject().value("id"_L1).toString();
        if (format == u"json") {
            const QJsonArray array = QJsonDocument::fromJson(r.out).array();
            QCOMPARE(array.size(), 130);
            QCOMPARE(array.at(129).toObject().value("id"_L1).toString(), last);
            QCOMPARE(array.at(0).toObject().value("subject"_L1).toString(), u"Ticket 1"_s);
            QVERIFY(array.at(0).toObject().contains("is_tracked_by_team"_L1));
        } else if (format == u"csv") {
            const QList<QByteArray> lines = r.out.split('\n');
            QCOMPARE(lines.size(), 1 + 130 + 1); // header, rows, and the end after the last CRLF
            QVERIFY(lines.first().startsWith("id,subject,status,severity,"));
            QVERIFY(lines.first().endsWith('\r'));
            QVERIFY(lines.at(130).startsWith(QByteArray(last.toUtf8() + ",Ticket 130,")));
        } else {
            QVERIFY(r.out.startsWith("# Tickets (130)\n"));
            QCOMPARE(r.out.count("\n| "), 130 + 2); // header, separator, rows
            QVERIFY(r.out.contains(QByteArray("`" + last.toUtf8() + "`")));
        }
    }

    void exportListFilterAndLimit()
    {
        m_server.setListRows(FakeAnkraServer::makeListRows(300));
        QTemporaryDir dir;
        const QString file = dir.filePath(u"open.csv"_s);
        const Result r = run({u"--export"_s, u"csv"_s, u"--list"_s, u"--status"_s, u"open"_s,
                              u"--status"_s, u"closed"_s, u"--search"_s, u"Ticket 1"_s,
                              u"--limit"_s, u"20"_s, u"-o"_s, file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_server.listTargets().size(), 1);
        QCOMPARE(m_server.listTargets().first(),
                 "/api/v1/org/support/tickets?page=1&page_size=50&status=open&status=closed"
                 "&q=Ticket%201");
        QFile out(file);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = out.readAll().split('\n');
        QCOMPARE(lines.size(), 1 + 20 + 1);
        for (qsizetype i = 1; i <= 20; ++i) {
            QVERIFY(lines.at(i).contains(",Ticket 1"));
            QVERIFY(lines.at(i).contains(",open,") || lines.at(i).contains(",closed,"));
        }
        // The default limit is 1,000: 300 tickets take six pages, all of them.
        m_server.clearRequests();
        const Result all = run({u"--export"_s, u"json"_s, u"--list"_s});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(all.out).array().size(), 300);
        QCOMPARE(m_server.listTargets().size(), 6);
    }

    void exportListErrorsAndUsage_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("401") << Fault::Unauthorized << 0
                             << ApiError::exitCodeFor(ApiError::Kind::Unauthorized);
        QTest::newRow("malformed page 2")
            << Fault::MalformedJson << 2 << ApiError::exitCodeFor(ApiError::Kind::BadResponse);
        QTest::newRow("403 page 3")
            << Fault::PermissionDenied << 3 << ApiError::exitCodeFor(ApiError::Kind::Forbidden);
    }
    void exportListErrorsAndUsage()
    {
        QFETCH(Fault, fault);
        QFETCH(int, page);
        QFETCH(int, exitCode);
        m_server.setListRows(FakeAnkraServer::makeListRows(130));
        m_server.setListFault(fault, page);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"list.json"_s);
        const Result r = run({u"--export"_s, u"json"_s, u"--list"_s, u"-o"_s, file});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(file)); // nothing half-written
    }

    void exportListUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("csv without --list")
            << QStringList{u"--export"_s, u"csv"_s, TypicalId} << QByteArray("add --list");
        QTest::newRow("--list without --export")
            << QStringList{u"--list"_s} << QByteArray("--list goes with --export");
        QTest::newRow("--status without --list")
            << QStringList{u"--export"_s, u"json"_s, TypicalId, u"--status"_s, u"open"_s}
            << QByteArray("go with --export FORMAT --list");
        QTest::newRow("unknown status")
            << QStringList{u"--export"_s, u"json"_s, u"--list"_s, u"--status"_s, u"opened"_s}
            << QByteArray("--status takes one of");
        QTest::newRow("bad limit")
            << QStringList{u"--export"_s, u"json"_s, u"--list"_s, u"--limit"_s, u"0"_s}
            << QByteArray("--limit takes");
        QTest::newRow("ticket with --list")
            << QStringList{u"--export"_s, u"json"_s, u"--list"_s, TypicalId}
            << QByteArray("give no ticket ID");
    }
    void exportListUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Result r = run(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QCOMPARE(m_server.requestCount(), 0);
    }

    void helpVersionAndUsage()
    {
        const Result help = run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("Exit codes"));
        for (const char *option : {"--list", "--status", "--search", "--limit", "csv"})
            QVERIFY2(help.out.contains(option), option);
        for (const auto &entry : ApiError::exitCodeTable()) {
            if (entry.kind != ApiError::Kind::Cancelled)
                QVERIFY2(help.out.contains(entry.name.toUtf8()), qPrintable(entry.name));
        }

        const Result version = run({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("ankra-ticket-viewer " ANKRA_VERSION));

        const Result usage = run({u"--token"_s, u"abc"_s});
        QCOMPARE(usage.exitCode, 1);
        QVERIFY(usage.err.contains("--help"));
    }

private:
    QProcessEnvironment baseEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(u"ANKRA_"_s))
                env.remove(key);
        }
        env.insert(u"HOME"_s, m_home.path()); // no ~/.ankra.yaml of the developer's
        // Nor their app settings or keychain: the command line reads both.
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s)); // its log file
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/ankra-test-no-bus"_s);
        env.insert(u"ANKRA_API_TOKEN"_s, QString::fromLatin1(FakeAnkraServer::DefaultToken));
        env.insert(u"ANKRA_BASE_URL"_s, m_server.baseUrl().toString());
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        return env;
    }

    static Result run(const QStringList &arguments, const QProcessEnvironment &env)
    {
        return Ankra::Test::runApp(arguments, env);
    }
    Result run(const QStringList &arguments) { return run(arguments, baseEnvironment()); }

    QTemporaryDir m_home;
    FakeAnkraServer m_server;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
