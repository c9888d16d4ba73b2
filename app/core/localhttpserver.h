#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

class QTcpServer;

// A small HTTP/1.1 server on a loopback address, for demo mode and for the tests' fake Ankra
// server. It reads one request per connection and hands it to a handler, which answers through
// a Responder: a whole response, or raw bytes, delays, stalls and resets for fault injection.

namespace Ankra {

struct HttpRequest
{
    QByteArray method;
    QByteArray target;                     // path and query as sent
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

// Parses a request head (without the blank line that ends it): "METHOD target HTTP/1.x" and
// the header lines, names lower-cased, repeated headers joined with ", ". False for anything
// that is not HTTP/1. Public for the fuzzer.
bool parseHttpRequestHead(const QByteArray &head, HttpRequest *request);

class HttpResponder final
{
public:
    explicit HttpResponder(QTcpSocket *socket)
        : m_socket(socket)
    {}

    // A complete response with Content-Length; closes the connection afterwards.
    void send(int status, const QByteArray &body,
              const QList<QPair<QByteArray, QByteArray>> &headers = {},
              const QByteArray &contentType = "application/json");
    void sendJson(int status, const QByteArray &json) { send(status, json); }
    // Raw bytes as they are, for fault injection; the connection stays open.
    void write(const QByteArray &bytes);
    void close(); // orderly close
    void reset(); // abort the connection at once
    bool isConnected() const;
    QTcpSocket *socket() const { return m_socket; }

    static QByteArray reasonPhrase(int status);

private:
    QPointer<QTcpSocket> m_socket;
};

class LocalHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalHttpServer)

public:
    using Handler = std::function<void(const HttpRequest &, HttpResponder &)>;

    explicit LocalHttpServer(QObject *parent = nullptr);
    ~LocalHttpServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Listens on address:port (port 0 picks a free one). Loopback addresses only.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QHostAddress address() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    int requestCount() const { return m_requestCount; }

signals:
    void requestReceived(const Ankra::HttpRequest &request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void reject(QTcpSocket *socket, int status);

    QTcpServer *m_server;
    Handler m_handler;
    int m_requestCount = 0;
    // Bytes received so far on connections whose request is not complete yet.
    QHash<QTcpSocket *, QByteArray> m_pending;
};

} // namespace Ankra
