// TLS errors are never ignored: an HTTPS server on loopback with a self-signed certificate makes
// the client fail with a Tls error that says so, and the server never sees a decrypted request
// (so the token was never sent). A control case trusts the certificate and succeeds, proving
// that the server itself works and that the failure is about trust alone.

#include "core/apiclient.h"
#include "support/fakeankraserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

using namespace Ankra;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

const QString Id = u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"_s;
const QString Token = u"ankra_tok_TlsTest_9b8a7c6d5e4f"_s;

QByteArray readTlsFixture(const char *name)
{
    QFile file(QStringLiteral(ANKRA_FIXTURES_DIR "/tls/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// HTTPS on loopback with the test-only certificate. It counts handshakes that completed and
// keeps every byte it could decrypt; a client that refuses the certificate leaves both at zero.
class SelfSignedServer final : public QTcpServer
{
public:
    explicit SelfSignedServer(const char *certificateFile = "cert.pem", QObject *parent = nullptr)
        : QTcpServer(parent)
    {
        m_config = QSslConfiguration::defaultConfiguration();
        m_config.setLocalCertificate(certificate(certificateFile));
        m_config.setPrivateKey(QSslKey(readTlsFixture("key.pem"), QSsl::Rsa));
        m_config.setPeerVerifyMode(QSslSocket::VerifyNone); // the client sends no certificate
    }

    static QSslCertificate certificate(const char *file = "cert.pem")
    {
        return QSslCertificate(readTlsFixture(file));
    }
    bool keyLoaded() const { return !m_config.privateKey().isNull(); }

    int handshakes = 0;
    int connections = 0;
    QByteArray decrypted;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        ++connections;
        socket->setSslConfiguration(m_config);
        connect(socket, &QSslSocket::encrypted, this, [this] { ++handshakes; });
        connect(socket, &QSslSocket::readyRead, this, [this, socket] {
            decrypted += socket->readAll();
            if (!decrypted.contains("\r\n\r\n"))
                return;
            const QByteArray body = Test::sampleTicketJson(Id);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
                          + body);
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    QSslConfiguration m_config;
};

} // namespace

class TestTls final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selfSignedIsRefused();
    void trustedCertificateWorks();
    void trustedButWrongIsRefused_data();
    void trustedButWrongIsRefused();

private:
    bool fetch(ApiClient &client, QSignalSpy &fetched, QSignalSpy &failed);
};

void TestTls::initTestCase()
{
    if (!QSslSocket::supportsSsl()) {
        // CI sets ANKRA_REQUIRE_TLS=1 (.ci/run): there a missing backend is a failure, so the
        // TLS checks can never silently stop running.
        if (qEnvironmentVariableIntValue("ANKRA_REQUIRE_TLS") == 1)
            QFAIL("no TLS backend loads, and ANKRA_REQUIRE_TLS=1 says the TLS tests must run");
        // QTest::qSkip, not QSKIP: Qt 6.4's variadic QSKIP trips clang's -Wpedantic.
        QTest::qSkip("this Qt has no TLS backend", __FILE__, __LINE__);
        return;
    }
    QVERIFY(!SelfSignedServer::certificate().isNull());
}

bool TestTls::fetch(ApiClient &client, QSignalSpy &fetched, QSignalSpy &failed)
{
    client.fetchTicket(TicketId::fromUserInput(Id));
    return QTest::qWaitFor([&] { return fetched.count() + failed.count() > 0; }, 15000);
}

void TestTls::selfSignedIsRefused()
{
    SelfSignedServer server;
    QVERIFY(server.keyLoaded());
    QVERIFY(server.listen(QHostAddress::LocalHost));

    ApiClient client;
    client.setBaseUrl(QUrl(u"https://127.0.0.1:"_s + QString::number(server.serverPort())));
    client.setToken(Token);
    client.setRetryDelays({});
    client.setTransferTimeout(10000);
    QSignalSpy fetched(&client, &ApiClient::ticketFetched);
    QSignalSpy failed(&client, &ApiClient::fetchFailed);
    QVERIFY(fetch(client, fetched, failed));

    QCOMPARE(fetched.count(), 0);
    QCOMPARE(failed.count(), 1);
    const auto error = qvariant_cast<ApiError>(failed.constFirst().at(1));
    QCOMPARE(error.kind, Kind::Tls);
    qInfo().noquote() << "client says:" << error.title() << "-" << error.message();
    // The reason is in the words Qt's TLS backend uses for an untrusted certificate.
    QVERIFY2(error.detail.contains(u"certificate"_s, Qt::CaseInsensitive),
             qPrintable(error.detail));
    QVERIFY2(error.message().contains(u"secure connection"_s), qPrintable(error.message()));
    QVERIFY(!error.message().contains(Token));
    QVERIFY(!error.title().isEmpty());

    // The client reached the server, but no handshake completed and nothing was decrypted:
    // the request, and the Authorization header in it, never left the client.
    QVERIFY(server.connections >= 1);
    QCOMPARE(server.handshakes, 0);
    QVERIFY2(server.decrypted.isEmpty(), server.decrypted.constData());
}

void TestTls::trustedCertificateWorks()
{
    SelfSignedServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));

    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = original;
    trusting.addCaCertificate(SelfSignedServer::certificate());
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });

    ApiClient client;
    client.setBaseUrl(QUrl(u"https://127.0.0.1:"_s + QString::number(server.serverPort())));
    client.setToken(Token);
    client.setRetryDelays({});
    client.setTransferTimeout(10000);
    QSignalSpy fetched(&client, &ApiClient::ticketFetched);
    QSignalSpy failed(&client, &ApiClient::fetchFailed);
    QVERIFY(fetch(client, fetched, failed));
    if (!failed.isEmpty())
        QFAIL(qPrintable(qvariant_cast<ApiError>(failed.constFirst().at(1)).message()));
    QCOMPARE(fetched.count(), 1);
    QCOMPARE(server.handshakes, 1);
    const QByteArray header = "Authorization: Bearer " + Token.toLatin1();
    QVERIFY(server.decrypted.contains(header));
}

void TestTls::trustedButWrongIsRefused_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QByteArray>("trusted"); // the certificate the client trusts
    QTest::addColumn<QString>("reason");     // in Qt's words for the error
    QTest::newRow("wrong host") << QByteArray("wrong-host.pem") << QByteArray("wrong-host.pem")
                                << u"host name"_s;
    QTest::newRow("expired") << QByteArray("expired.pem") << QByteArray("ca.pem") << u"expired"_s;
}

// Issue 15 item 13: a certificate the client trusts is still refused when it names another
// host (wrong-host.pem is for wrong.example, the client connects to 127.0.0.1) or has expired
// (expired.pem, issued by the trusted ca.pem for 2000-2001). Trusting it isolates the one
// thing wrong with it.
void TestTls::trustedButWrongIsRefused()
{
    QFETCH(QByteArray, file);
    QFETCH(QByteArray, trusted);
    QFETCH(QString, reason);
    SelfSignedServer server(file.constData());
    QVERIFY(server.keyLoaded());
    QVERIFY(!SelfSignedServer::certificate(file.constData()).isNull());
    QVERIFY(server.listen(QHostAddress::LocalHost));

    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = original;
    trusting.addCaCertificate(SelfSignedServer::certificate(trusted.constData()));
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });

    ApiClient client;
    client.setBaseUrl(QUrl(u"https://127.0.0.1:"_s + QString::number(server.serverPort())));
    client.setToken(Token);
    client.setRetryDelays({});
    client.setTransferTimeout(10000);
    QSignalSpy fetched(&client, &ApiClient::ticketFetched);
    QSignalSpy failed(&client, &ApiClient::fetchFailed);
    QVERIFY(fetch(client, fetched, failed));
    QCOMPARE(fetched.count(), 0);
    QCOMPARE(failed.count(), 1);
    const auto error = qvariant_cast<ApiError>(failed.constFirst().at(1));
    QCOMPARE(error.kind, Kind::Tls);
    QVERIFY2(error.detail.contains(reason, Qt::CaseInsensitive), qPrintable(error.detail));
    QCOMPARE(server.handshakes, 0);
    QVERIFY2(server.decrypted.isEmpty(), server.decrypted.constData());
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
