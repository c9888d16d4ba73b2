// LocalHttpServer: loopback only, parses one request per connection, rejects garbage.

#include "core/localhttpserver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Ankra;
using namespace Qt::StringLiterals;

class TestLocalHttpServer final : public QObject
{
    Q_OBJECT

private slots:
    void listensOnLoopbackOnly_data();
    void listensOnLoopbackOnly();
    void parsesRequestAndSendsResponse();
    void rejects_data();
    void rejects();
    void resetDropsTheConnection();
    void headerWithNoNameIsIgnored();

private:
    // Sends `pieces` one by one and returns everything read until the server closes.
    static QByteArray exchange(const LocalHttpServer &server, const QList<QByteArray> &pieces,
                               bool *closed = nullptr);
};

QByteArray TestLocalHttpServer::exchange(const LocalHttpServer &server,
                                         const QList<QByteArray> &pieces, bool *closed)
{
    QTcpSocket socket;
    socket.connectToHost(server.address(), server.port());
    if (!socket.waitForConnected(5000))
        return QByteArray();
    for (const QByteArray &piece : pieces) {
        socket.write(piece);
        socket.flush();
        QTest::qWait(20); // separate TCP segments: the server must join them
    }
    QByteArray received;
    const bool ended = QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    received += socket.readAll();
    if (closed)
        *closed = ended;
    return received;
}

void TestLocalHttpServer::listensOnLoopbackOnly_data()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("127.0.0.1") << QHostAddress(QHostAddress::LocalHost) << true;
    QTest::newRow("any") << QHostAddress(QHostAddress::Any) << false;
    QTest::newRow("any IPv4") << QHostAddress(QHostAddress::AnyIPv4) << false;
    QTest::newRow("documentation net") << QHostAddress(u"192.0.2.1"_s) << false;
}

void TestLocalHttpServer::listensOnLoopbackOnly()
{
    QFETCH(QHostAddress, address);
    QFETCH(bool, accepted);
    LocalHttpServer server;
    QCOMPARE(server.listen(address), accepted);
    if (accepted) {
        QVERIFY(server.port() != 0);
        QCOMPARE(server.baseUrl().toString(),
                 u"http://127.0.0.1:"_s + QString::number(server.port()));
    }
}

void TestLocalHttpServer::parsesRequestAndSendsResponse()
{
    LocalHttpServer server;
    QVERIFY(server.listen());
    HttpRequest seen;
    int calls = 0;
    server.setHandler([&](const HttpRequest &request, HttpResponder &responder) {
        seen = request;
        ++calls;
        responder.send(201, "{}", {{"X-Extra", "1"}});
    });

    bool closed = false;
    const QByteArray response
        = exchange(server,
                   {"\r\nPOST /a/b?x=1 HTTP/1.1\r\nHost: here\r\nX-Test: One\r\n",
                    "x-test: two\r\nnot a header line\r\nContent-Length: 5\r\n\r\nhel", "lo"},
                   &closed);

    QCOMPARE(calls, 1);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.target, QByteArray("/a/b?x=1"));
    QCOMPARE(seen.headers.value("host"), QByteArray("here"));
    QCOMPARE(seen.headers.value("x-test"), QByteArray("One, two"));
    QCOMPARE(seen.body, QByteArray("hello"));

    QVERIFY(closed); // Connection: close, and the server does close
    QVERIFY2(response.startsWith("HTTP/1.1 201 Created\r\n"), response.constData());
    QVERIFY(response.contains("\r\nContent-Type: application/json\r\n"));
    QVERIFY(response.contains("\r\nContent-Length: 2\r\n"));
    QVERIFY(response.contains("\r\nConnection: close\r\n"));
    QVERIFY(response.contains("\r\nX-Extra: 1\r\n"));
    QVERIFY(response.endsWith("\r\n\r\n{}"));
}

void TestLocalHttpServer::rejects_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    QTest::newRow("garbage") << QByteArray("hello there\r\n\r\n") << 400;
    QTest::newRow("TLS handshake, no head end") << QByteArray("\x16\x03\x01\x00\xa5\x01", 6) << 400;
    QTest::newRow("lower-case method") << QByteArray("get / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("not HTTP/1") << QByteArray("GET / SPDY/3\r\n\r\n") << 400;
    QTest::newRow("huge head") << "GET / HTTP/1.1\r\nX: " + QByteArray(20000, 'a') << 431;
    QTest::newRow("bad length") << QByteArray("GET / HTTP/1.1\r\nContent-Length: -3\r\n\r\n")
                                << 400;
    QTest::newRow("huge body") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n")
                               << 413;
    QTest::newRow("chunked body") << QByteArray(
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                  << 501;
}

void TestLocalHttpServer::rejects()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    LocalHttpServer server;
    QVERIFY(server.listen());
    int calls = 0;
    server.setHandler([&](const HttpRequest &, HttpResponder &responder) {
        ++calls;
        responder.send(200, "{}");
    });

    const QByteArray response = exchange(server, {request});
    QVERIFY2(response.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
             response.left(100).constData());
    QCOMPARE(calls, 0);
    QCOMPARE(server.requestCount(), 0);
}

void TestLocalHttpServer::resetDropsTheConnection()
{
    LocalHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const HttpRequest &, HttpResponder &responder) {
        responder.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial");
        QVERIFY(responder.isConnected());
        responder.reset();
        QVERIFY(!responder.isConnected());
    });
    bool closed = false;
    const QByteArray response = exchange(server, {"GET / HTTP/1.1\r\n\r\n"}, &closed);
    QVERIFY(closed);
    QVERIFY(!response.contains("partial\r\n")); // nothing after the cut
}

// Found by fuzz_httphead: a line of white space before a colon became a header with an empty
// name.
void TestLocalHttpServer::headerWithNoNameIsIgnored()
{
    const QByteArray head = QByteArrayLiteral("\r\n\r\nPO /x HTTP/1.0\r\ni\rOr\nCgin\r d\n\r:h\r\n"
                                              "\t :y\r\nHost: a");
    HttpRequest request;
    QVERIFY(parseHttpRequestHead(head, &request));
    QCOMPARE(request.method, QByteArrayLiteral("PO"));
    QVERIFY(!request.headers.contains(QByteArray()));
    QCOMPARE(request.headers.keys(), QList<QByteArray>{QByteArrayLiteral("host")});
}

QTEST_GUILESS_MAIN(TestLocalHttpServer)
#include "tst_localhttpserver.moc"
