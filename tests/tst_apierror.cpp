// ApiError: every kind has a title, a message with a next step and its own stable exit code.

#include "core/apierror.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Ankra;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestApiError final : public QObject
{
    Q_OBJECT

private slots:
    void allKindsListsEveryErrorKind();
    void everyKindHasTextNameAndCode();
    void exitCodesAreStable_data();
    void exitCodesAreStable();
    void exitCodeTableMatches();
    void noneIsNoError();
    void messages_data();
    void messages();
};

void TestApiError::allKindsListsEveryErrorKind()
{
    const QList<Kind> kinds = ApiError::allKinds();
    QVERIFY(!kinds.contains(Kind::None));
    // FileError is the last enumerator: a kind added after it must be added to the table too.
    QCOMPARE(kinds.size(), int(Kind::FileError));
    QCOMPARE(kinds.constLast(), Kind::FileError);
}

void TestApiError::everyKindHasTextNameAndCode()
{
    static const QRegularExpression namePattern(u"^[a-z]+(_[a-z]+)*$"_s);
    QSet<int> codes;
    QSet<QString> names;
    for (const Kind kind : ApiError::allKinds()) {
        ApiError error;
        error.kind = kind;
        const QString name = ApiError::kindName(kind);
        QVERIFY2(namePattern.match(name).hasMatch(), qPrintable(name));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        QVERIFY2(error.exitCode() >= 2, qPrintable(name));
        QVERIFY2(!codes.contains(error.exitCode()), qPrintable(name));
        codes.insert(error.exitCode());
        QVERIFY2(!error.title().isEmpty(), qPrintable(name));
        QVERIFY2(error.message().size() > 40, qPrintable(name));
        QVERIFY2(!error.message().contains(u'%'), qPrintable(error.message()));
        QVERIFY(error.isError());
    }
}

void TestApiError::exitCodesAreStable_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("name");

    QTest::newRow("configuration") << Kind::Configuration << 2 << u"configuration"_s;
    QTest::newRow("invalid_ticket_id") << Kind::InvalidTicketId << 3 << u"invalid_ticket_id"_s;
    QTest::newRow("offline") << Kind::Offline << 4 << u"offline"_s;
    QTest::newRow("connection_refused") << Kind::ConnectionRefused << 5 << u"connection_refused"_s;
    QTest::newRow("timeout") << Kind::Timeout << 6 << u"timeout"_s;
    QTest::newRow("tls") << Kind::Tls << 7 << u"tls"_s;
    QTest::newRow("insecure_redirect") << Kind::InsecureRedirect << 8 << u"insecure_redirect"_s;
    QTest::newRow("unauthorized") << Kind::Unauthorized << 9 << u"unauthorized"_s;
    QTest::newRow("forbidden") << Kind::Forbidden << 10 << u"forbidden"_s;
    QTest::newRow("not_found") << Kind::NotFound << 11 << u"not_found"_s;
    QTest::newRow("validation") << Kind::Validation << 12 << u"validation"_s;
    QTest::newRow("rate_limited") << Kind::RateLimited << 13 << u"rate_limited"_s;
    QTest::newRow("server_error") << Kind::ServerError << 14 << u"server_error"_s;
    QTest::newRow("too_large") << Kind::TooLarge << 15 << u"too_large"_s;
    QTest::newRow("bad_response") << Kind::BadResponse << 16 << u"bad_response"_s;
    QTest::newRow("network") << Kind::Network << 17 << u"network"_s;
    QTest::newRow("deadline_exceeded") << Kind::DeadlineExceeded << 19 << u"deadline_exceeded"_s;
    QTest::newRow("cancelled") << Kind::Cancelled << 18 << u"cancelled"_s;
    QTest::newRow("size_mismatch") << Kind::SizeMismatch << 20 << u"size_mismatch"_s;
    QTest::newRow("disk_full") << Kind::DiskFull << 21 << u"disk_full"_s;
    QTest::newRow("file_error") << Kind::FileError << 22 << u"file_error"_s;
}

// Scripts depend on these numbers and names: changing one is a breaking change.
void TestApiError::exitCodesAreStable()
{
    QFETCH(Kind, kind);
    QFETCH(int, code);
    QFETCH(QString, name);
    QCOMPARE(ApiError::exitCodeFor(kind), code);
    QCOMPARE(ApiError::kindName(kind), name);
}

void TestApiError::exitCodeTableMatches()
{
    const QList<ApiError::ExitCodeEntry> table = ApiError::exitCodeTable();
    QCOMPARE(table.size(), ApiError::allKinds().size());
    for (const ApiError::ExitCodeEntry &entry : table) {
        ApiError error;
        error.kind = entry.kind;
        QCOMPARE(entry.exitCode, error.exitCode());
        QCOMPARE(entry.name, ApiError::kindName(entry.kind));
        QCOMPARE(entry.title, error.title());
    }
}

void TestApiError::noneIsNoError()
{
    const ApiError error;
    QVERIFY(!error.isError());
    QCOMPARE(error.exitCode(), 0);
    QVERIFY(error.message().isEmpty());
}

void TestApiError::messages_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("permission");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("lacks");

    QTest::newRow("unauthorized") << Kind::Unauthorized << u"Not authenticated"_s << QString() << -1
                                  << 401
                                  << QStringList{u"expired or revoked"_s,
                                                 u"Profile \u2192 API Tokens"_s, u"ankra login"_s}
                                  << QStringList();
    QTest::newRow("forbidden, permission")
        << Kind::Forbidden << u"tickets:read"_s << u"tickets:read"_s << -1 << 403
        << QStringList{u"missing permission \u201ctickets:read\u201d"_s, u"organisation admin"_s}
        << QStringList();
    QTest::newRow("forbidden, other detail")
        << Kind::Forbidden << u"Organisation suspended"_s << QString() << -1 << 403
        << QStringList{u"Organisation suspended"_s, u"organisation admin"_s}
        << QStringList{u"missing permission"_s};
    QTest::newRow("forbidden, bare") << Kind::Forbidden << QString() << QString() << -1 << 403
                                     << QStringList{u"organisation admin"_s}
                                     << QStringList{u"missing permission"_s, u"\u201c"_s};
    QTest::newRow("not found") << Kind::NotFound << u"Support ticket not found"_s << QString() << -1
                               << 404 << QStringList{u"No ticket with this ID"_s, u"Check the ID"_s}
                               << QStringList();
    QTest::newRow("rate limited, 30 s") << Kind::RateLimited << QString() << QString() << 30 << 429
                                        << QStringList{u"try again in 30 s."_s} << QStringList();
    QTest::newRow("rate limited, no hint")
        << Kind::RateLimited << QString() << QString() << -1 << 429
        << QStringList{u"Wait a minute"_s} << QStringList{u"-1"_s};
    QTest::newRow("validation") << Kind::Validation << u"path.ticket_id: bad"_s << QString() << -1
                                << 422 << QStringList{u"path.ticket_id: bad"_s} << QStringList();
    QTest::newRow("bad response") << Kind::BadResponse << u"subject: expected a string"_s
                                  << QString() << -1 << 200
                                  << QStringList{u"subject: expected a string"_s} << QStringList();
    QTest::newRow("server error") << Kind::ServerError << QString() << QString() << -1 << 503
                                  << QStringList{u"HTTP 503"_s} << QStringList();
    QTest::newRow("tls") << Kind::Tls << u"certificate expired"_s << QString() << -1 << 0
                         << QStringList{u"certificate expired"_s, u"system clock"_s}
                         << QStringList();
    QTest::newRow("timeout") << Kind::Timeout << QString() << QString() << -1 << 0
                             << QStringList{u"try again"_s} << QStringList{u"cancelled"_s};
    QTest::newRow("deadline") << Kind::DeadlineExceeded << QString() << QString() << -1 << 200
                              << QStringList{u"time allowed for a whole request"_s}
                              << QStringList{u"did not answer"_s};
    QTest::newRow("long detail is shortened")
        << Kind::Network << QString(5000, u'x') << QString() << -1 << 0 << QStringList{u"\u2026"_s}
        << QStringList{QString(400, u'x')};
}

void TestApiError::messages()
{
    QFETCH(Kind, kind);
    QFETCH(QString, detail);
    QFETCH(QString, permission);
    QFETCH(int, retryAfter);
    QFETCH(int, httpStatus);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, lacks);

    ApiError error;
    error.kind = kind;
    error.detail = detail;
    error.permission = permission;
    error.retryAfterSeconds = retryAfter;
    error.httpStatus = httpStatus;
    const QString message = error.message();
    for (const QString &text : std::as_const(contains))
        QVERIFY2(message.contains(text), qPrintable(message));
    for (const QString &text : std::as_const(lacks))
        QVERIFY2(!message.contains(text), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
