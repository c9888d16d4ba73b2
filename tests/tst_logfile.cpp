// The app's log file: redacted as the log is, user-only, capped and rotated, read back from the
// end; and --verbose's filter rules.

#include "core/apiclient.h"
#include "core/apirequest.h"
#include "core/logfile.h"
#include "core/logredaction.h"
#include "core/ticketid.h"
#include "support/fakeankraserver.h"
#include "support/fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcTest, "ankra.test")
Q_LOGGING_CATEGORY(lcQtLike, "qt.ankratest")

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestLogFile final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        Ankra::closeLogFile();
        Ankra::forgetSecrets();
    }

    void messagesAreWrittenRedacted()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString logs = dir.filePath(u"data/logs"_s); // created when missing
        QString error;
        QVERIFY2(Ankra::openLogFile(logs, Ankra::DefaultLogFileMaxBytes, Ankra::DefaultLogFilesKept,
                                    &error),
                 qPrintable(error));
        QCOMPARE(Ankra::logDirectory(), logs);
        const QString token = u"ank_registered_7f6e5d4c3b2a1908"_s;
        Ankra::registerSecret(token);
        qCWarning(lcTest, "request with %s failed", qUtf8Printable(token));
        qCWarning(lcTest, "header dump: Authorization: Bearer unregistered.secret-42");
        qCWarning(lcTest, "two\nlines \x1b]0;title\x07");

        const QByteArray log = readAll(Ankra::logFilePath(logs));
        QVERIFY2(!log.contains(token.toUtf8()), log.constData());
        QVERIFY2(!log.contains("unregistered.secret-42"), log.constData());
        QVERIFY2(log.contains("warning ankra.test: request with [redacted] failed\n"),
                 log.constData());
        // A line of its own per entry, with a time stamp; controls shown, never written.
        QVERIFY(
            QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z warning "_s)
                .match(QString::fromUtf8(log))
                .hasMatch());
        QVERIFY2(log.contains("ankra.test: two\n\tlines "), log.constData());
        QVERIFY(!log.contains('\x1b'));
        QVERIFY(!log.contains('\x07'));
#ifdef Q_OS_UNIX
        QCOMPARE(QFile::permissions(Ankra::logFilePath(logs))
                     & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                        | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
#endif
    }

    void existingFileIsMadeUserOnly()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix permission bits");
#else
        QTemporaryDir dir;
        QFile old(Ankra::logFilePath(dir.path()));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("earlier run\n");
        old.close();
        QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                   | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(Ankra::openLogFile(dir.path()));
        QCOMPARE(QFile::permissions(old.fileName())
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        qCWarning(lcTest, "this run");
        const QByteArray log = readAll(old.fileName());
        QVERIFY(log.startsWith("earlier run\n")); // appended, not replaced
        QVERIFY(log.contains("this run"));
#endif
    }

    void cappedAndRotated()
    {
        QTemporaryDir dir;
        const qint64 cap = 2000;
        QVERIFY(Ankra::openLogFile(dir.path(), cap, 2));
        for (int i = 0; i < 200; ++i)
            qCWarning(lcTest, "entry %03d %s", i, QByteArray(40, 'x').constData());
        const QString path = Ankra::logFilePath(dir.path());
        for (const QString &file : QStringList{path, path + u".1"_s, path + u".2"_s}) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QVERIFY2(QFileInfo(file).size() <= cap, qPrintable(file));
            QVERIFY(QFileInfo(file).size() > cap / 2);
        }
        QVERIFY(!QFile::exists(path + u".3"_s));
        QVERIFY(readAll(path).contains("entry 199 "));
        QVERIFY(!readAll(path + u".2"_s).contains("entry 000 ")); // the oldest are gone

        // The last lines, oldest first, across the current file and the rotated ones.
        const QStringList lines = Ankra::lastLogLines(dir.path(), 50);
        QCOMPARE(lines.size(), 50);
        for (int i = 0; i < 50; ++i)
            QVERIFY2(lines.at(i).contains(u"entry %1 "_s.arg(150 + i, 3, 10, QChar(u'0'))),
                     qPrintable(lines.at(i)));
        QCOMPARE(Ankra::lastLogLines(dir.path(), 3).size(), 3);
        QVERIFY(Ankra::lastLogLines(dir.filePath(u"none"_s), 50).isEmpty());
    }

    void fullFileIsRotatedAtOpen()
    {
        QTemporaryDir dir;
        const QString path = Ankra::logFilePath(dir.path());
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(3000, 'o') + '\n');
        old.close();
        QVERIFY(Ankra::openLogFile(dir.path(), 2000, 1));
        qCWarning(lcTest, "fresh");
        QCOMPARE(QFileInfo(path + u".1"_s).size(), 3001);
        QVERIFY(readAll(path).contains("fresh"));
        QVERIFY(readAll(path).size() < 200);
    }

    void closedLogWritesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(Ankra::openLogFile(dir.path()));
        Ankra::closeLogFile();
        QVERIFY(Ankra::logDirectory().isEmpty());
        qCWarning(lcTest, "after close");
        QVERIFY(!readAll(Ankra::logFilePath(dir.path())).contains("after close"));
    }

    void unwritableFolderFails()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"logs"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder would be
        blocker.close();
        QString error;
        QVERIFY(!Ankra::openLogFile(blocker.fileName(), Ankra::DefaultLogFileMaxBytes,
                                    Ankra::DefaultLogFilesKept, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(Ankra::logDirectory().isEmpty());
    }

    void verboseTurnsOnTheAppsDebugOnly()
    {
        // Without --verbose: none of the app's debug output (Qt would print it by default).
        Ankra::setVerboseLogging(false);
        QVERIFY(!lcTest().isDebugEnabled());
        QVERIFY(lcTest().isInfoEnabled());
        QVERIFY(lcTest().isWarningEnabled());
        Ankra::setVerboseLogging(true);
        QVERIFY(lcTest().isDebugEnabled());
        QVERIFY(lcTest().isWarningEnabled());
        // Qt's own categories stay as they were (their debug output is a flood).
        QVERIFY(!lcQtLike().isDebugEnabled());
        QLoggingCategory::setFilterRules(QString());
    }

    // What --verbose adds in practice: the API client's attempts, in the log file, by path.
    void verboseLogsTheRequests()
    {
        QTemporaryDir dir;
        QVERIFY(Ankra::openLogFile(dir.path()));
        Ankra::Test::FakeAnkraServer server;
        QVERIFY(server.listen());
        QVERIFY(server.loadFixtures() > 0);
        const QString id = QJsonDocument::fromJson(Ankra::Test::readFixture(u"typical.json"_s))
                               .object()
                               .value(u"id"_s)
                               .toString();
        const QString token = QString::fromLatin1(Ankra::Test::FakeAnkraServer::DefaultToken);
        Ankra::ApiClient client;
        Ankra::Endpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        endpoint.token = token;
        client.setEndpoint(endpoint);
        const auto fetch = [&] {
            Ankra::ApiRequest *request
                = client.fetchTicket(Ankra::TicketId::fromUserInput(id), &client);
            QSignalSpy finished(request, &Ankra::ApiRequest::finished);
            return finished.wait(10000);
        };
        const QByteArray line
            = QByteArray("debug ankra.api: GET /api/v1/org/support/tickets/") + id.toUtf8();

        Ankra::setVerboseLogging(false);
        QVERIFY(fetch());
        QVERIFY(!readAll(Ankra::logFilePath(dir.path())).contains("debug ankra.api"));

        Ankra::setVerboseLogging(true);
        QVERIFY(fetch());
        const QByteArray log = readAll(Ankra::logFilePath(dir.path()));
        QVERIFY2(log.contains(QByteArray(line + " (attempt 1)\n")), log.constData());
        QVERIFY2(log.contains(QByteArray(line + ": HTTP 200")), log.constData());
        QVERIFY(!log.contains(token.toUtf8()));
        QLoggingCategory::setFilterRules(QString());
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
