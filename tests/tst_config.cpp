#include "core/config.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Ankra;

// Config::load precedence, the ~/.ankra.yaml reader, its permission warning, the base-URL rules,
// and that no message ever carries the token.
class TestConfig final : public QObject
{
    Q_OBJECT

private slots:
    void precedence_data();
    void precedence();
    void organisation_data();
    void organisation();
    void parseCliConfig_data();
    void parseCliConfig();
    void parseCliConfigLoginFile();
    void permissionWarning_data();
    void permissionWarning();
    void oversizedCliConfigIgnored();
    void ignoredBaseUrlWarning_data();
    void ignoredBaseUrlWarning();
    void validateBaseUrl_data();
    void validateBaseUrl();
    void envFlag_data();
    void envFlag();
    void badBaseUrlSetsError_data();
    void badBaseUrlSetsError();
    void tokenNeverInMessages_data();
    void tokenNeverInMessages();
    void tokenSourceLabel();
    void appTokenKeepsItsOrigin_data();
    void appTokenKeepsItsOrigin();
    void originOf_data();
    void originOf();
    void configValuesNeverEchoed_data();
    void configValuesNeverEchoed();
    void cliConfigNotRegular_data();
    void cliConfigNotRegular();
    void cliConfigCapIsExact();
};

namespace {

const QString Default = QStringLiteral("https://platform.ankra.app");

QString yamlPath(const QTemporaryDir &home)
{
    return QDir(home.path()).filePath(QStringLiteral(".ankra.yaml"));
}

// Writes ~/.ankra.yaml as `ankra login` does (0600 unless told otherwise).
void writeCliConfig(const QTemporaryDir &home, const QByteArray &content,
                    QFileDevice::Permissions perms
                    = QFileDevice::ReadOwner | QFileDevice::WriteOwner)
{
    QFile file(yamlPath(home));
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
    QCOMPARE(file.write(content), content.size());
    file.close();
    QVERIFY(file.setPermissions(perms));
}

QByteArray cliYaml(const QString &token, const QString &baseUrl)
{
    QByteArray yaml = "# written by ankra login\n";
    if (!token.isEmpty())
        yaml += "token: " + token.toUtf8() + "\n";
    if (!baseUrl.isEmpty())
        yaml += "base-url: " + baseUrl.toUtf8() + "\n";
    yaml += "token_id: 5f1c\ntoken_name: cli-login\nmachine_id: m-1\n";
    return yaml;
}

QProcessEnvironment makeEnv(const QList<QPair<QString, QString>> &vars)
{
    QProcessEnvironment env; // empty: the test machine's own ANKRA_* never leak in
    for (const auto &[name, value] : vars) {
        if (!value.isNull())
            env.insert(name, value);
    }
    return env;
}

} // namespace

void TestConfig::precedence_data()
{
    QTest::addColumn<QString>("appToken");
    QTest::addColumn<QString>("envToken");
    QTest::addColumn<QString>("cliToken");
    QTest::addColumn<QString>("appBase");
    QTest::addColumn<QString>("envBase");
    QTest::addColumn<QString>("cliBase");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("baseUrl");

    const QString n;
    const auto app = int(TokenSource::App), env = int(TokenSource::Environment),
               cli = int(TokenSource::CliConfig), none = int(TokenSource::None);
    const QString appB = QStringLiteral("https://app.example");
    const QString envB = QStringLiteral("https://env.example/");
    const QString cliB = QStringLiteral("https://cli.example");

    // appToken envToken cliToken | appBase envBase cliBase | token source baseUrl
    QTest::newRow("nothing") << n << n << n << n << n << n << n << none << Default;
    QTest::newRow("no token, env base")
        << n << n << n << n << envB << n << n << none << QStringLiteral("https://env.example");
    QTest::newRow("env token") << n << "E" << n << n << n << n << "E" << env << Default;
    QTest::newRow("env token trimmed") << n << " E\n" << n << n << n << n << "E" << env << Default;
    QTest::newRow("env token, env base")
        << n << "E" << n << n << envB << n << "E" << env << QStringLiteral("https://env.example");
    QTest::newRow("env token ignores cli base")
        << n << "E" << n << n << n << cliB << "E" << env << Default;
    QTest::newRow("env token beats cli token")
        << n << "E"
        << "C" << n << envB << cliB << "E" << env << QStringLiteral("https://env.example");
    QTest::newRow("cli token, default base")
        << n << n << "C" << n << n << n << "C" << cli << Default;
    QTest::newRow("cli token, cli base") << n << n << "C" << n << n << cliB << "C" << cli << cliB;
    QTest::newRow("cli token never with env base")
        << n << n << "C" << n << envB << cliB << "C" << cli << cliB;
    QTest::newRow("cli token never with env base, no cli base")
        << n << n << "C" << n << envB << n << "C" << cli << Default;
    QTest::newRow("cli token never with app base")
        << n << n << "C" << appB << envB << cliB << "C" << cli << cliB;
    QTest::newRow("app token beats all") << "A"
                                         << "E"
                                         << "C" << n << n << cliB << "A" << app << Default;
    QTest::newRow("app token, app base beats env base")
        << "A"
        << "E" << n << appB << envB << n << "A" << app << appB;
    // Saved before origins were kept, with no base URL: it belongs to the default server, so
    // ANKRA_BASE_URL does not take it elsewhere (appTokenKeepsItsOrigin has the rest).
    QTest::newRow("app token not sent to env base")
        << "A" << n << n << n << envB << n << n << none << QStringLiteral("https://env.example");
    QTest::newRow("blank app token falls through")
        << "  "
        << "E" << n << n << n << n << "E" << env << Default;
}

void TestConfig::precedence()
{
    QFETCH(QString, appToken);
    QFETCH(QString, envToken);
    QFETCH(QString, cliToken);
    QFETCH(QString, appBase);
    QFETCH(QString, envBase);
    QFETCH(QString, cliBase);
    QFETCH(QString, token);
    QFETCH(int, source);
    QFETCH(QString, baseUrl);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    if (!cliToken.isEmpty() || !cliBase.isEmpty())
        writeCliConfig(home, cliYaml(cliToken, cliBase));

    const Config c = Config::load(makeEnv({{QStringLiteral("ANKRA_API_TOKEN"), envToken},
                                           {QStringLiteral("ANKRA_BASE_URL"), envBase}}),
                                  home.path(), {appToken, appBase, QString(), QString()});
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.token, token);
    QCOMPARE(int(c.tokenSource), source);
    QCOMPARE(c.hasToken(), !token.isEmpty());
    QCOMPARE(c.baseUrl, QUrl(baseUrl));
    QVERIFY(c.organisationId.isEmpty());
}

void TestConfig::organisation_data()
{
    QTest::addColumn<QString>("appOrg");
    QTest::addColumn<QString>("envOrg");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("warningPart"); // empty: no warning

    const QString a = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    const QString b = QStringLiteral("9b2f6c1e-0d4a-4e55-8a7b-1c2d3e4f5a6b");
    const QString n;
    QTest::newRow("none") << n << n << n << n;
    QTest::newRow("env id") << n << b << b << n;
    QTest::newRow("env id upper case in braces") << n << u'{' + b.toUpper() + u'}' << b << n;
    QTest::newRow("env name is ignored")
        << n << QStringLiteral("my-org") << n
        << QStringLiteral("ANKRA_ORG is not an organisation ID, so it is ignored");
    QTest::newRow("env name mentions the id")
        << n << QStringLiteral("Acme Ltd") << n
        << QStringLiteral("Set ANKRA_ORG to the organisation's ID");
    QTest::newRow("app beats env") << a << b << a << n;
    QTest::newRow("app id only") << a.toUpper() << n << a << n;
    QTest::newRow("bad app id falls back to env")
        << QStringLiteral("acme") << b << b
        << QStringLiteral("organisation saved in Ankra Ticket Viewer");
}

void TestConfig::organisation()
{
    QFETCH(QString, appOrg);
    QFETCH(QString, envOrg);
    QFETCH(QString, expected);
    QFETCH(QString, warningPart);

    QTemporaryDir home;
    const Config c = Config::load(makeEnv({{QStringLiteral("ANKRA_ORG"), envOrg}}), home.path(),
                                  {QString(), QString(), appOrg, QString()});
    QCOMPARE(c.organisationId, expected);
    if (warningPart.isEmpty()) {
        QVERIFY2(c.warnings.isEmpty(), qPrintable(c.warnings.join(u'\n')));
    } else {
        QCOMPARE(c.warnings.size(), 1);
        QVERIFY2(c.warnings.first().contains(warningPart), qPrintable(c.warnings.first()));
    }
}

void TestConfig::parseCliConfig_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected"); // null: the key must be absent

    const QString absent;
    QTest::newRow("plain") << QByteArray("token: abc123") << QStringLiteral("abc123");
    QTest::newRow("double quoted")
        << QByteArray("token: \"abc 123\"\n") << QStringLiteral("abc 123");
    QTest::newRow("double quoted escapes")
        << QByteArray("token: \"a\\\"b\\\\c\\u00e9\"") << QStringLiteral("a\"b\\c\u00e9");
    QTest::newRow("single quoted") << QByteArray("token: 'it''s #1'") << QStringLiteral("it's #1");
    QTest::newRow("comment after plain")
        << QByteArray("token: abc # saved") << QStringLiteral("abc");
    QTest::newRow("hash inside plain") << QByteArray("token: abc#def") << QStringLiteral("abc#def");
    QTest::newRow("comment after quoted")
        << QByteArray("token: \"abc\"  # x") << QStringLiteral("abc");
    QTest::newRow("tab after colon") << QByteArray("token:\tabc") << QStringLiteral("abc");
    QTest::newRow("trailing space") << QByteArray("token: abc   ") << QStringLiteral("abc");
    QTest::newRow("CRLF") << QByteArray("# c\r\ntoken: abc\r\nbase-url: x\r\n")
                          << QStringLiteral("abc");
    QTest::newRow("BOM") << QByteArray("\xef\xbb\xbftoken: abc\n") << QStringLiteral("abc");
    QTest::newRow("blank lines and comments")
        << QByteArray("\n\n# token: no\n   # indented comment\ntoken: abc\n\n")
        << QStringLiteral("abc");
    QTest::newRow("document marker")
        << QByteArray("---\ntoken: abc\n...\n") << QStringLiteral("abc");
    QTest::newRow("later duplicate wins")
        << QByteArray("token: a\ntoken: b\n") << QStringLiteral("b");
    QTest::newRow("utf-8") << QByteArray("token: caf\xc3\xa9") << QStringLiteral("caf\u00e9");
    QTest::newRow("nested is ignored") << QByteArray("profiles:\n  token: nested\n") << absent;
    QTest::newRow("nested does not end top level")
        << QByteArray("profiles:\n  token: nested\ntoken: top\n") << QStringLiteral("top");
    QTest::newRow("indented key") << QByteArray("  token: abc") << absent;
    QTest::newRow("list item") << QByteArray("- token: abc") << absent;
    QTest::newRow("flow mapping") << QByteArray("token: {a: b}") << absent;
    QTest::newRow("flow list") << QByteArray("token: [a, b]") << absent;
    QTest::newRow("anchor") << QByteArray("token: &x abc") << absent;
    QTest::newRow("block scalar") << QByteArray("token: |\n  abc\n") << absent;
    QTest::newRow("empty value") << QByteArray("token:") << absent;
    QTest::newRow("only comment") << QByteArray("token: # none") << absent;
    QTest::newRow("tilde null") << QByteArray("token: ~") << absent;
    QTest::newRow("null") << QByteArray("token: null") << absent;
    QTest::newRow("no space after colon") << QByteArray("token:abc") << absent;
    QTest::newRow("two colons") << QByteArray("token: a: b") << absent;
    QTest::newRow("unterminated double quote") << QByteArray("token: \"abc\ntoken2: x") << absent;
    QTest::newRow("unterminated single quote") << QByteArray("token: 'abc") << absent;
    QTest::newRow("text after quote") << QByteArray("token: \"abc\" def") << absent;
    QTest::newRow("unknown escape") << QByteArray("token: \"a\\qb\"") << absent;
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe: \x01token", 12) << absent;
}

void TestConfig::parseCliConfig()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    const QHash<QString, QString> values = Ankra::parseCliConfig(yaml);
    if (expected.isNull()) {
        QVERIFY2(!values.contains(QStringLiteral("token")),
                 qPrintable(values.value(QStringLiteral("token"))));
    } else {
        QCOMPARE(values.value(QStringLiteral("token")), expected);
    }
}

void TestConfig::parseCliConfigLoginFile()
{
    const QByteArray yaml = "token: eyJhbGciOiJIUzI1NiJ9.e30.sig\n"
                            "base-url: https://platform.ankra.app\n"
                            "token_id: \"7d3c1f2a-0000-4000-8000-000000000001\"\n"
                            "token_name: 'ankra-cli (laptop)'\n"
                            "machine_id: 0a1b2c3d\n";
    const QHash<QString, QString> v = Ankra::parseCliConfig(yaml);
    QCOMPARE(v.size(), 5);
    QCOMPARE(v.value(QStringLiteral("token")), QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30.sig"));
    QCOMPARE(v.value(QStringLiteral("base-url")), QStringLiteral("https://platform.ankra.app"));
    QCOMPARE(v.value(QStringLiteral("token_id")),
             QStringLiteral("7d3c1f2a-0000-4000-8000-000000000001"));
    QCOMPARE(v.value(QStringLiteral("token_name")), QStringLiteral("ankra-cli (laptop)"));
    QCOMPARE(v.value(QStringLiteral("machine_id")), QStringLiteral("0a1b2c3d"));
}

void TestConfig::permissionWarning_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<QString>("warningPart"); // empty: no warning

    QTest::newRow("0600") << 0600 << true << QString();
    QTest::newRow("0400") << 0400 << true << QString();
    QTest::newRow("0644") << 0644 << true << QStringLiteral("can be read by other users");
    QTest::newRow("0640") << 0640 << true << QStringLiteral("can be read by other users");
    QTest::newRow("0604") << 0604 << true << QStringLiteral("can be read by other users");
    QTest::newRow("0620") << 0620 << true << QStringLiteral("can be changed by other users");
    QTest::newRow("0666") << 0666 << true
                          << QStringLiteral("can be read and changed by other users");
    // Without a token the file holds nothing worth protecting.
    QTest::newRow("0644 without token") << 0644 << false << QString();
}

void TestConfig::permissionWarning()
{
#ifdef Q_OS_WIN
    QSKIP("Windows has no Unix permission bits");
#endif
    QFETCH(int, mode);
    QFETCH(bool, withToken);
    QFETCH(QString, warningPart);

    const auto bit = [mode](int mask, QFileDevice::Permission p) {
        return (mode & mask) ? QFileDevice::Permissions(p) : QFileDevice::Permissions();
    };
    const QFileDevice::Permissions perms
        = bit(0400, QFileDevice::ReadOwner) | bit(0200, QFileDevice::WriteOwner)
          | bit(0040, QFileDevice::ReadGroup) | bit(0020, QFileDevice::WriteGroup)
          | bit(0004, QFileDevice::ReadOther) | bit(0002, QFileDevice::WriteOther);

    QTemporaryDir home;
    const QString token = QStringLiteral("tok-7f3a9c");
    writeCliConfig(home, cliYaml(withToken ? token : QString(), QString()), perms);

    const Config c = Config::load(QProcessEnvironment(), home.path());
    if (withToken)
        QCOMPARE(c.token, token);
    if (warningPart.isEmpty()) {
        QVERIFY2(c.warnings.isEmpty(), qPrintable(c.warnings.join(u'\n')));
        return;
    }
    QCOMPARE(c.warnings.size(), 1);
    const QString w = c.warnings.first();
    QVERIFY2(w.contains(warningPart), qPrintable(w));
    QVERIFY2(w.contains(QDir::toNativeSeparators(yamlPath(home))), qPrintable(w));
    QVERIFY2(w.contains(QStringLiteral("chmod 600 ")), qPrintable(w));
    QVERIFY(!w.contains(token));
}

void TestConfig::oversizedCliConfigIgnored()
{
    QTemporaryDir home;
    writeCliConfig(home, "token: big\n" + QByteArray(1100 * 1024, '#'));
    const Config c = Config::load(QProcessEnvironment(), home.path());
    QVERIFY(!c.hasToken());
    QCOMPARE(c.warnings.size(), 1);
    QVERIFY2(c.warnings.first().contains(QStringLiteral("larger than 1 MiB")),
             qPrintable(c.warnings.first()));
}

void TestConfig::ignoredBaseUrlWarning_data()
{
    QTest::addColumn<QString>("envBase");
    QTest::addColumn<QString>("appBase");
    QTest::addColumn<QStringList>("warningParts");

    const QString cliBase = QStringLiteral("https://cli.example");
    QTest::newRow("env differs") << QStringLiteral("https://env.example") << QString()
                                 << QStringList{QStringLiteral("ANKRA_BASE_URL is ignored")};
    QTest::newRow("env same but slash") << cliBase + u'/' << QString() << QStringList();
    QTest::newRow("app differs") << QString() << QStringLiteral("https://app.example")
                                 << QStringList{QStringLiteral(
                                        "base URL saved in Ankra Ticket Viewer is ignored")};
    QTest::newRow("both differ") << QStringLiteral("https://env.example")
                                 << QStringLiteral("https://app.example")
                                 << QStringList{
                                        QStringLiteral("ANKRA_BASE_URL is ignored"),
                                        QStringLiteral("saved in Ankra Ticket Viewer is ignored")};
}

void TestConfig::ignoredBaseUrlWarning()
{
    QFETCH(QString, envBase);
    QFETCH(QString, appBase);
    QFETCH(QStringList, warningParts);

    QTemporaryDir home;
    writeCliConfig(home, cliYaml(QStringLiteral("C"), QStringLiteral("https://cli.example")));
    const Config c = Config::load(makeEnv({{QStringLiteral("ANKRA_BASE_URL"), envBase}}),
                                  home.path(), {QString(), appBase, QString(), QString()});
    QCOMPARE(c.baseUrl, QUrl(QStringLiteral("https://cli.example")));
    QCOMPARE(c.warnings.size(), warningParts.size());
    for (qsizetype i = 0; i < warningParts.size(); ++i)
        QVERIFY2(c.warnings.at(i).contains(warningParts.at(i)), qPrintable(c.warnings.at(i)));
}

void TestConfig::validateBaseUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::addColumn<QString>("errorPart");

    const QString ok;
    QTest::newRow("default") << Default << false << Default << ok;
    QTest::newRow("trailing slash") << Default + u'/' << false << Default << ok;
    QTest::newRow("trailing slashes") << Default + QStringLiteral("///") << false << Default << ok;
    QTest::newRow("space and case")
        << QStringLiteral("  HTTPS://Platform.Ankra.App/ \n") << false << Default << ok;
    QTest::newRow("path kept") << QStringLiteral("https://example.com/ankra/") << false
                               << QStringLiteral("https://example.com/ankra") << ok;
    QTest::newRow("port kept") << QStringLiteral("https://example.com:8443/") << false
                               << QStringLiteral("https://example.com:8443") << ok;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/") << false
                                    << QStringLiteral("http://localhost:8080") << ok;
    QTest::newRow("http LOCALHOST")
        << QStringLiteral("http://LOCALHOST") << false << QStringLiteral("http://localhost") << ok;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:9") << false
                                    << QStringLiteral("http://127.0.0.1:9") << ok;
    QTest::newRow("http 127/8") << QStringLiteral("http://127.8.9.10") << false
                                << QStringLiteral("http://127.8.9.10") << ok;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8000/") << false
                              << QStringLiteral("http://[::1]:8000") << ok;
    QTest::newRow("http remote refused")
        << QStringLiteral("http://example.com") << false << QString()
        << QStringLiteral("plain http:// for a host other than this computer");
    QTest::newRow("http remote names the flag")
        << QStringLiteral("http://example.com") << false << QString()
        << QStringLiteral("ANKRA_ALLOW_INSECURE_HTTP=1");
    QTest::newRow("http remote allowed") << QStringLiteral("http://example.com/") << true
                                         << QStringLiteral("http://example.com") << ok;
    QTest::newRow("http LAN refused") << QStringLiteral("http://192.168.1.5") << false << QString()
                                      << QStringLiteral("plain http://");
    QTest::newRow("http localhost lookalike")
        << QStringLiteral("http://localhost.example.com") << false << QString()
        << QStringLiteral("plain http://");
    QTest::newRow("http 128.0.0.1") << QStringLiteral("http://128.0.0.1") << false << QString()
                                    << QStringLiteral("plain http://");
    QTest::newRow("query") << QStringLiteral("https://example.com/?org=1") << false << QString()
                           << QStringLiteral("must not contain a query");
    QTest::newRow("empty query") << QStringLiteral("https://example.com?") << false << QString()
                                 << QStringLiteral("must not contain a query");
    QTest::newRow("fragment") << QStringLiteral("https://example.com/#top") << false << QString()
                              << QStringLiteral("must not contain a fragment");
    QTest::newRow("user and password")
        << QStringLiteral("https://me:pw@example.com") << false << QString()
        << QStringLiteral("must not contain a user name or password");
    QTest::newRow("user only") << QStringLiteral("https://me@example.com") << false << QString()
                               << QStringLiteral("user name or password");
    QTest::newRow("empty user info") << QStringLiteral("https://@example.com") << false << QString()
                                     << QStringLiteral("user name or password");
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << false << QString()
                         << QStringLiteral("must start with https:// (or http:// for this "
                                           "computer's own address)");
    QTest::newRow("no scheme") << QStringLiteral("platform.ankra.app") << false << QString()
                               << QStringLiteral(
                                      "must start with https://, e.g. https://platform.ankra.app");
    QTest::newRow("empty") << QString() << false << QString()
                           << QStringLiteral("The base URL is empty");
    QTest::newRow("no host") << QStringLiteral("https://") << false << QString()
                             << QStringLiteral("no host name");
    QTest::newRow("no host, path")
        << QStringLiteral("https:///api") << false << QString() << QStringLiteral("no host name");
    QTest::newRow("bad port") << QStringLiteral("https://example.com:99999") << false << QString()
                              << QStringLiteral("not a valid URL");
}

void TestConfig::validateBaseUrl()
{
    QFETCH(QString, text);
    QFETCH(bool, insecure);
    QFETCH(QString, expected);
    QFETCH(QString, errorPart);

    QString error = QStringLiteral("stale");
    const QUrl url = Ankra::validateBaseUrl(text, insecure, &error);
    if (expected.isEmpty()) {
        QVERIFY2(!url.isValid(), qPrintable(url.toString()));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("pw")), qPrintable(error));
    } else {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(url.toString(), expected);
    }
    // Must not crash without an error out-parameter.
    QCOMPARE(Ankra::validateBaseUrl(text, insecure, nullptr).isValid(), !expected.isEmpty());
}

void TestConfig::envFlag_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("set");
    QTest::newRow("1") << QStringLiteral("1") << true;
    QTest::newRow("true") << QStringLiteral("true") << true;
    QTest::newRow("TRUE") << QStringLiteral("TRUE") << true;
    QTest::newRow("Yes, spaced") << QStringLiteral(" Yes ") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("0") << QStringLiteral("0") << false;
    QTest::newRow("false") << QStringLiteral("false") << false;
    QTest::newRow("no") << QStringLiteral("no") << false;
    QTest::newRow("on") << QStringLiteral("on") << false;
    QTest::newRow("2") << QStringLiteral("2") << false;
}

void TestConfig::envFlag()
{
    QFETCH(QString, value);
    QFETCH(bool, set);
    QCOMPARE(Ankra::isEnvFlagSet(value), set);

    // And Config::load honours it for the base URL.
    QTemporaryDir home;
    const Config c = Config::load(
        makeEnv({{QStringLiteral("ANKRA_BASE_URL"), QStringLiteral("http://example.com")},
                 {QStringLiteral("ANKRA_ALLOW_INSECURE_HTTP"), value}}),
        home.path());
    QCOMPARE(c.allowInsecureHttp, set);
    QCOMPARE(c.error.isEmpty(), set);
    QCOMPARE(c.baseUrl.isValid(), set);
}

void TestConfig::badBaseUrlSetsError_data()
{
    QTest::addColumn<QString>("envBase");
    QTest::addColumn<QString>("appBase");
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("errorParts");

    QTest::newRow("env") << QStringLiteral("https://example.com/?x=1") << QString() << QByteArray()
                         << QStringList{QStringLiteral("Cannot use ANKRA_BASE_URL."),
                                        QStringLiteral("must not contain a query")};
    QTest::newRow("app") << QString() << QStringLiteral("ftp://example.com") << QByteArray()
                         << QStringList{QStringLiteral("base URL saved in Ankra Ticket Viewer"),
                                        QStringLiteral("must start with https://")};
    QTest::newRow("cli file") << QStringLiteral("https://fine.example") << QString()
                              << QByteArray("token: C\nbase-url: http://example.com\n")
                              << QStringList{QStringLiteral("base-url in "),
                                             QStringLiteral(".ankra.yaml"),
                                             QStringLiteral("plain http://")};
}

void TestConfig::badBaseUrlSetsError()
{
    QFETCH(QString, envBase);
    QFETCH(QString, appBase);
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, errorParts);

    QTemporaryDir home;
    if (!yaml.isEmpty())
        writeCliConfig(home, yaml);
    const Config c = Config::load(makeEnv({{QStringLiteral("ANKRA_API_TOKEN"),
                                            yaml.isEmpty() ? QStringLiteral("E") : QString()},
                                           {QStringLiteral("ANKRA_BASE_URL"), envBase}}),
                                  home.path(), {QString(), appBase, QString(), QString()});
    QVERIFY(!c.baseUrl.isValid());
    for (const QString &part : errorParts)
        QVERIFY2(c.error.contains(part), qPrintable(c.error));
}

void TestConfig::tokenNeverInMessages_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("envBase");
    QTest::addColumn<QString>("envOrg");

    const QString t = QStringLiteral("sk-SECRET-4b1d");
    QTest::newRow("token as base URL password")
        << t << QByteArray() << QStringLiteral("https://u:") + t + QStringLiteral("@example.com?x")
        << QString();
    QTest::newRow("token as base URL") << t << QByteArray() << t << QString();
    QTest::newRow("token pasted into ANKRA_ORG") << t << QByteArray() << QString() << t;
    QTest::newRow("token inside ANKRA_ORG")
        << t << QByteArray() << QString() << QStringLiteral("org ") + t;
    QTest::newRow("open cli file with bad base url")
        << QString()
        << QByteArray("token: " + t.toUtf8() + "\nbase-url: https://" + t.toUtf8() + "@x\n")
        << QStringLiteral("https://other.example") << t;
}

void TestConfig::tokenNeverInMessages()
{
    QFETCH(QString, token);
    QFETCH(QByteArray, yaml);
    QFETCH(QString, envBase);
    QFETCH(QString, envOrg);

    QTemporaryDir home;
    if (!yaml.isEmpty())
        writeCliConfig(home, yaml,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    const Config c = Config::load(makeEnv({{QStringLiteral("ANKRA_API_TOKEN"), token},
                                           {QStringLiteral("ANKRA_BASE_URL"), envBase},
                                           {QStringLiteral("ANKRA_ORG"), envOrg}}),
                                  home.path());
    const QString secret = QStringLiteral("SECRET");
    QVERIFY(c.hasToken());
    QVERIFY(!c.warnings.isEmpty() || !c.error.isEmpty()); // there is something to say each time
    QVERIFY2(!c.error.contains(secret), qPrintable(c.error));
    for (const QString &w : c.warnings)
        QVERIFY2(!w.contains(secret), qPrintable(w));
}

void TestConfig::tokenSourceLabel()
{
    QCOMPARE(Config::tokenSourceLabel(TokenSource::App),
             QStringLiteral("saved in Ankra Ticket Viewer"));
    QCOMPARE(Config::tokenSourceLabel(TokenSource::Environment),
             QStringLiteral("ANKRA_API_TOKEN environment variable"));
    QCOMPARE(Config::tokenSourceLabel(TokenSource::CliConfig),
             QStringLiteral("~/.ankra.yaml (ankra login)"));
    QVERIFY(!Config::tokenSourceLabel(TokenSource::None).isEmpty());
}

void TestConfig::appTokenKeepsItsOrigin_data()
{
    QTest::addColumn<QString>("tokenOrigin"); // as saved with the token; empty: legacy
    QTest::addColumn<QString>("appBase");
    QTest::addColumn<QString>("envBase");
    QTest::addColumn<QString>("envToken");
    QTest::addColumn<QString>("token");     // the one in use
    QTest::addColumn<QString>("withheld");  // Config::withheldTokenOrigin
    QTest::addColumn<QStringList>("parts"); // in the first warning

    const QString n;
    const QString a = QStringLiteral("https://a.example");
    const QStringList none;
    QTest::newRow("same origin") << a << n << QStringLiteral("https://a.example/") << n << "A" << n
                                 << none;
    QTest::newRow("same origin, path and default port")
        << a << QStringLiteral("https://A.example:443/api/") << n << n << "A" << n << none;
    QTest::newRow("default server") << Default << n << n << n << "A" << n << none;
    QTest::newRow("env base elsewhere")
        << Default << n << QStringLiteral("https://elsewhere.example") << n << n << Default
        << QStringList{QStringLiteral("saved for https://platform.ankra.app"),
                       QStringLiteral("not sent to the server that ANKRA_BASE_URL names"),
                       QStringLiteral("open Settings and enter an API token made for it"),
                       QStringLiteral("unset ANKRA_BASE_URL")};
    QTest::newRow("env base elsewhere, env token used")
        << Default << n << QStringLiteral("https://elsewhere.example") << "E"
        << "E" << Default
        << QStringList{QStringLiteral("ANKRA_API_TOKEN environment variable is used instead")};
    QTest::newRow("saved base URL changed")
        << a << QStringLiteral("https://b.example") << n << n << n << a
        << QStringList{QStringLiteral("saved for https://a.example"),
                       QStringLiteral("the base URL saved in Ankra Ticket Viewer names"),
                       QStringLiteral("in Settings")};
    QTest::newRow("other port") << a << QStringLiteral("https://a.example:8443") << n << n << n << a
                                << QStringList{QStringLiteral("saved for https://a.example")};
    QTest::newRow("http of the same host")
        << QStringLiteral("https://localhost") << QStringLiteral("http://localhost") << n << n << n
        << QStringLiteral("https://localhost") << QStringList{};
    QTest::newRow("legacy with saved base")
        << n << a << QStringLiteral("https://env.example") << n << "A" << n << none;
    QTest::newRow("legacy without base, env elsewhere")
        << n << n << QStringLiteral("https://env.example") << n << n << Default
        << QStringList{QStringLiteral("saved for https://platform.ankra.app")};
}

void TestConfig::appTokenKeepsItsOrigin()
{
    QFETCH(QString, tokenOrigin);
    QFETCH(QString, appBase);
    QFETCH(QString, envBase);
    QFETCH(QString, envToken);
    QFETCH(QString, token);
    QFETCH(QString, withheld);
    QFETCH(QStringList, parts);

    QTemporaryDir home;
    const Config c
        = Config::load(makeEnv({{QStringLiteral("ANKRA_API_TOKEN"), envToken},
                                {QStringLiteral("ANKRA_BASE_URL"), envBase}}),
                       home.path(), {QStringLiteral("A"), appBase, QString(), tokenOrigin});
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.token, token);
    QCOMPARE(c.withheldTokenOrigin, withheld);
    if (withheld.isEmpty()) {
        QCOMPARE(int(c.tokenSource), int(TokenSource::App));
        QVERIFY2(c.warnings.isEmpty(), qPrintable(c.warnings.join(u'\n')));
        return;
    }
    QVERIFY(c.tokenSource != TokenSource::App);
    QVERIFY(!c.warnings.isEmpty());
    for (const QString &part : parts)
        QVERIFY2(c.warnings.first().contains(part), qPrintable(c.warnings.first()));
}

void TestConfig::originOf_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("origin");
    QTest::newRow("https") << QStringLiteral("https://Ex.example/api") << "https://ex.example";
    QTest::newRow("default port") << QStringLiteral("https://ex.example:443")
                                  << "https://ex.example";
    QTest::newRow("port") << QStringLiteral("https://ex.example:8443/")
                          << "https://ex.example:8443";
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1:80") << "http://127.0.0.1";
    QTest::newRow("ipv6") << QStringLiteral("http://[::1]:9/") << "http://[::1]:9";
    QTest::newRow("invalid") << QString() << QString();
}

void TestConfig::originOf()
{
    QFETCH(QString, url);
    QFETCH(QString, origin);
    QCOMPARE(Ankra::originOf(QUrl(url)), origin);
}

void TestConfig::configValuesNeverEchoed_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("secret"); // must appear in no message
    QTest::addColumn<QString>("named");  // what the message says instead

    // Tokens pasted into the wrong variable: not the token in use, and short.
    QTest::newRow("org: a token") << QStringLiteral("ANKRA_ORG") << QStringLiteral("ghp_q8Zk2mWv")
                                  << QStringLiteral("q8Zk2mWv")
                                  << QStringLiteral("a UUID of 32 hexadecimal digits");
    QTest::newRow("org: a name") << QStringLiteral("ANKRA_ORG") << QStringLiteral("acme-prod")
                                 << QStringLiteral("acme-prod") << QStringLiteral("ANKRA_ORG");
    QTest::newRow("base: token as scheme")
        << QStringLiteral("ANKRA_BASE_URL") << QStringLiteral("tok3nQ8Zk:rest")
        << QStringLiteral("tok3nQ8Zk") << QStringLiteral("must start with https://");
    QTest::newRow("base: token as http host")
        << QStringLiteral("ANKRA_BASE_URL") << QStringLiteral("http://tok3nq8zk.example")
        << QStringLiteral("tok3nq8zk") << QStringLiteral("plain http://");
}

void TestConfig::configValuesNeverEchoed()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QString, secret);
    QFETCH(QString, named);

    QTemporaryDir home;
    const Config c = Config::load(
        makeEnv({{QStringLiteral("ANKRA_API_TOKEN"), QStringLiteral("E")}, {variable, value}}),
        home.path());
    const QString all = (QStringList{c.error} + c.warnings).join(u'\n');
    QVERIFY2(all.contains(named), qPrintable(all));
    QVERIFY2(all.contains(variable), qPrintable(all));
    QVERIFY2(!all.contains(secret, Qt::CaseInsensitive), qPrintable(all));
}

void TestConfig::cliConfigNotRegular_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("symlink to /dev/zero") << QStringLiteral("zero");
    QTest::newRow("fifo") << QStringLiteral("fifo");
    QTest::newRow("directory") << QStringLiteral("dir");
    QTest::newRow("dangling symlink") << QStringLiteral("dangling");
}

// Before the fix, /dev/zero was read for ever and a FIFO blocked in open(): the test then
// never returns (ctest's timeout ends it).
void TestConfig::cliConfigNotRegular()
{
    QFETCH(QString, kind);
#ifndef Q_OS_UNIX
    QSKIP("FIFOs and /dev/zero are Unix things");
#else
    QTemporaryDir home;
    const QString path = yamlPath(home);
    if (kind == u"zero") {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
    } else if (kind == u"fifo") {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == u"dir") {
        QVERIFY(QDir(home.path()).mkdir(QStringLiteral(".ankra.yaml")));
    } else {
        QVERIFY(QFile::link(QDir(home.path()).filePath(QStringLiteral("gone")), path));
    }
    const Config c = Config::load(QProcessEnvironment(), home.path());
    QVERIFY(!c.hasToken());
    QCOMPARE(c.warnings.size(), 1);
    QVERIFY2(c.warnings.first().contains(QStringLiteral("Could not read")),
             qPrintable(c.warnings.first()));
    if (kind != u"dangling")
        QVERIFY2(c.warnings.first().contains(QStringLiteral("not a regular file")),
                 qPrintable(c.warnings.first()));
#endif
}

void TestConfig::cliConfigCapIsExact()
{
    const QByteArray head = "token: T\n";
    QTemporaryDir home;
    writeCliConfig(home, head + QByteArray(MaxCliConfigBytes - head.size(), '#'));
    QVERIFY(Config::load(QProcessEnvironment(), home.path()).hasToken());
    writeCliConfig(home, head + QByteArray(MaxCliConfigBytes - head.size() + 1, '#'));
    const Config c = Config::load(QProcessEnvironment(), home.path());
    QVERIFY(!c.hasToken());
    QVERIFY2(c.warnings.first().contains(QStringLiteral("larger than 1 MiB")),
             qPrintable(c.warnings.first()));
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
