// No token reaches a log line, with debug logging on.

#include "core/logredaction.h"

#include <QLoggingCategory>
#include <QTest>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

// Qt still logs from global destructors (plugins unloading, with qt.core.library debugging on).
// This object is built before the handler's own statics and so destroyed after them: the
// handler must still redact then, and must not touch anything already destroyed (that crashed
// the app at exit with debug logging on).
struct RedactsUntilTheEnd
{
    RedactsUntilTheEnd() = default;
    Q_DISABLE_COPY_MOVE(RedactsUntilTheEnd)
    ~RedactsUntilTheEnd()
    {
        Ankra::registerSecret(u"late-secret-0123"_s);
        const QString out = Ankra::redactSecrets(u"at exit: late-secret-0123, Bearer abc.def"_s);
        if (out.contains(u"late-secret-0123"_s) || out.contains(u"abc.def"_s)) {
            std::fputs("FAIL: redaction stopped working during static destruction\n", stderr);
            std::_Exit(1);
        }
    }
} redactsUntilTheEnd;

QStringList captured;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    captured << message;
}
} // namespace

class TestLogRedaction final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        captured.clear();
        Ankra::forgetSecrets();
    }

    void registeredSecretIsReplaced()
    {
        const QString token = u"ank_9f8e7d6c5b4a39281706f5e4d3c2b1a0"_s;
        Ankra::registerSecret(token);
        const QString out = Ankra::redactSecrets(u"using "_s + token + u" for "_s + token);
        QVERIFY(!out.contains(token));
        QCOMPARE(out, u"using [redacted] for [redacted]"_s);
    }

    void tokenLikeText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("bearer header")
            << u"Authorization: Bearer abc.DEF-123_xyz"_s << u"abc.DEF-123_xyz"_s;
        QTest::newRow("yaml") << u"token: s3cr3t-value"_s << u"s3cr3t-value"_s;
        QTest::newRow("json") << uR"({"token": "s3cr3t-value"})"_s << u"s3cr3t-value"_s;
        QTest::newRow("env style") << u"ANKRA_API_TOKEN=s3cr3t-value"_s << u"s3cr3t-value"_s;
        QTest::newRow("upper case") << u"AUTHORIZATION: BEARER s3cr3t-value"_s << u"s3cr3t-value"_s;
        QTest::newRow("api key header") << u"X-Api-Key: s3cr3t-value"_s << u"s3cr3t-value"_s;
        QTest::newRow("jwt") << u"got eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl ok"_s
                             << u"eyJhbGciOiJIUzI1NiJ9"_s;
    }
    void tokenLikeText()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = Ankra::redactSecrets(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY(out.contains(u"[redacted]"_s));
    }

    void ordinaryTextUntouched()
    {
        const QString text = u"Loaded ticket 3f2504e0-4f89-41d3-9a0c-0305e82c3301 (12 comments)"_s;
        QCOMPARE(Ankra::redactSecrets(text), text);
    }

    void handlerRedactsDebugOutput()
    {
        QLoggingCategory::setFilterRules(u"*.debug=true"_s);
        qInstallMessageHandler(capture);
        Ankra::installRedactingMessageHandler(); // in front of `capture`
        const QString token = u"ank_live_0123456789abcdef"_s;
        Ankra::registerSecret(token);
        qDebug() << "request with" << token;
        qWarning("Authorization: Bearer %s", qPrintable(token));
        qInstallMessageHandler(nullptr);
        QCOMPARE(captured.size(), 2);
        for (const QString &line : std::as_const(captured))
            QVERIFY2(!line.contains(token), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "tst_logredaction.moc"
