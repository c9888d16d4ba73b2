// Help → Copy Diagnostics' text: what it says, and that no part of the token is in it although
// the token is planted in the environment, the configuration, ~/.ankra.yaml and the log lines.

#include "core/config.h"
#include "core/diagnostics.h"
#include "core/logfile.h"
#include "core/logredaction.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcTest, "ankra.test")

// Mixed case and digits in no word: none of its pieces turns up in ordinary text by chance.
const QString Token = u"Zq9XwVt7Lm3Rp8Kd2Hy6Jb4Nc1Gf5Ts0"_s;
const QString Org = u"3f2504e0-4f89-41d3-9a0c-0305e82c3301"_s;

// Every run of 5 characters of the token that appears in `text`.
QStringList tokenPieces(const QString &text)
{
    QStringList found;
    for (qsizetype i = 0; i + 5 <= Token.size(); ++i) {
        if (text.contains(Token.mid(i, 5)))
            found << Token.mid(i, 5);
    }
    return found;
}
} // namespace

class TestDiagnostics final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        Ankra::closeLogFile();
        Ankra::forgetSecrets();
    }

    void noPartOfTheTokenAppears()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        // The token in ~/.ankra.yaml too (the environment's wins, both are read).
        QFile yaml(home.filePath(u".ankra.yaml"_s));
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write("token: " + Token.toUtf8() + "\nbase-url: https://cli.example.test\n");
        yaml.close();
        yaml.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        QProcessEnvironment env;
        env.insert(u"ANKRA_API_TOKEN"_s, Token);
        env.insert(u"ANKRA_BASE_URL"_s, u"https://ankra.example.test:8443/api/"_s);
        env.insert(u"ANKRA_ORG"_s, Org);
        const Ankra::Config config = Ankra::Config::load(env, home.path());
        QCOMPARE(config.token, Token);

        // Log lines with the token: written by an older version (straight into the file), and
        // logged now through the handler without anyone having registered it.
        const QString logs = home.filePath(u"logs"_s);
        QVERIFY(QDir().mkpath(logs));
        QFile old(Ankra::logFilePath(logs));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("2026-01-01T00:00:00.000Z warning ankra.api: token=" + Token.toUtf8() + "\n");
        old.write("2026-01-01T00:00:01.000Z warning ankra.api: sent " + Token.toUtf8()
                  + " to the server\n");
        old.write("2026-01-01T00:00:02.000Z warning ankra.api: Authorization: Bearer "
                  + Token.toUtf8() + "\n");
        old.close();
        QVERIFY(Ankra::openLogFile(logs));
        qCWarning(lcTest, "a token pasted as text: %s", qUtf8Printable(Token));
        qCWarning(lcTest, "header: Authorization: Bearer %s", qUtf8Printable(Token));
        for (int i = 0; i < 10; ++i)
            qCWarning(lcTest, "line %d", i);

        Ankra::Diagnostics diagnostics = Ankra::Diagnostics::collect(config, logs);
        diagnostics.keychain = u"not asked (no token saved in the app)"_s;
        diagnostics.platform = u"offscreen"_s;
        const QString text = diagnostics.toText();

        const QStringList pieces = tokenPieces(text);
        QVERIFY2(pieces.isEmpty(), qPrintable(pieces.join(u", "_s) + u"\n"_s + text));
        QVERIFY(!QString::fromUtf8(text.toUtf8()).contains(Token));

        // And it says what it should.
        QVERIFY2(text.contains(u"Qt: "_s + QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY(text.contains(u"Server: https://ankra.example.test:8443\n"_s));
        QVERIFY(!text.contains(u"/api"_s)); // the host, not the path
        QVERIFY(text.contains(u"Organisation set: yes\n"_s));
        QVERIFY(!text.contains(Org)); // whether one is set, not which
        QVERIFY(text.contains(u"Keychain: not asked (no token saved in the app)\n"_s));
        QVERIFY(text.contains(u"Qt platform: offscreen\n"_s));
        QVERIFY2(text.contains(u"Token source: "_s
                               + Ankra::Config::tokenSourceLabel(config.tokenSource) + u"\n"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"OS: "_s + QSysInfo::prettyProductName()));
        QVERIFY(text.contains(u"sent [redacted] to the server"_s));
        QVERIFY(text.contains(u"warning ankra.test: line 9\n"_s));
        QCOMPARE(diagnostics.logLines.size(), 15);
    }

    void lastFiftyLines()
    {
        QTemporaryDir dir;
        QVERIFY(Ankra::openLogFile(dir.path()));
        for (int i = 0; i < 80; ++i)
            qCWarning(lcTest, "entry %d", i);
        Ankra::Config config;
        const Ankra::Diagnostics diagnostics = Ankra::Diagnostics::collect(config, dir.path());
        QCOMPARE(diagnostics.logLines.size(), Ankra::Diagnostics::LogLines);
        const QString text = diagnostics.toText();
        QVERIFY(text.contains(u"Organisation set: no\n"_s));
        QVERIFY(text.contains(u"entry 30\n"_s));
        QVERIFY(!text.contains(u"entry 29\n"_s));
        QVERIFY(text.endsWith(u"entry 79\n"_s));
    }

    void longLinesAreCutAfterRedaction()
    {
        Ankra::Diagnostics diagnostics;
        diagnostics.secret = Token;
        // The token straddles the cut: cut first, its first part would stay.
        const QString line
            = QString(Ankra::Diagnostics::MaxLineLength - 10, u'a') + u' ' + Token + u" end"_s;
        diagnostics.logLines = {line};
        const QString text = diagnostics.toText();
        QVERIFY2(tokenPieces(text).isEmpty(), qPrintable(tokenPieces(text).join(u',')));
        QVERIFY(text.contains(u"[redact"_s)); // cut inside the mark, not the token
    }
};

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
