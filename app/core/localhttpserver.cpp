#include "core/localhttpserver.h"

#include <QTcpServer>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace Ankra {
namespace {

// Limits that keep a confused or hostile local client from tying the server up.
constexpr qsizetype MaxHeaderBytes = 16 * 1024;
constexpr qsizetype MaxBodyBytes = 1024 * 1024;
constexpr int RequestTimeoutMs = 10000;

QByteArray statusLine(int status)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + HttpResponder::reasonPhrase(status)
           + "\r\n";
}

// A header line may not smuggle another header or the end of the head into the response.
QByteArray headerValue(const QByteArray &value)
{
    QByteArray clean = value;
    clean.replace('\r', ' ').replace('\n', ' ');
    return clean;
}

// False as soon as the bytes so far cannot start a request line ("GET "), so that garbage
// is answered at once instead of after the request timeout.
bool looksLikeHttp(const QByteArray &buffer)
{
    qsizetype i = 0;
    while (i < buffer.size() && (buffer.at(i) == '\r' || buffer.at(i) == '\n'))
        ++i;
    const qsizetype methodStart = i;
    for (; i < buffer.size(); ++i) {
        const char c = buffer.at(i);
        if (c == ' ')
            return i > methodStart;
        if (c < 'A' || c > 'Z')
            return false;
    }
    return true; // not enough bytes yet to tell
}

} // namespace

bool parseHttpRequestHead(const QByteArray &head, HttpRequest *request)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    // RFC 9112 2.2: ignore empty lines before the request line.
    while (!lines.isEmpty() && lines.constFirst().isEmpty())
        lines.removeFirst();
    if (lines.isEmpty())
        return false;

    const QList<QByteArray> parts = lines.takeFirst().split(' ');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty()
        || !parts.at(2).startsWith("HTTP/1.")) {
        return false;
    }
    for (const char c : parts.at(0)) {
        if (c < 'A' || c > 'Z')
            return false;
    }
    request->method = parts.at(0);
    request->target = parts.at(1);

    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // not a header line: ignore it rather than fail the request
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (name.isEmpty())
            continue; // only white space before the colon ("\r:x"): no header name
        const QByteArray value = line.mid(colon + 1).trimmed();
        auto it = request->headers.find(name);
        if (it == request->headers.end())
            request->headers.insert(name, value);
        else
            it.value() += ", " + value;
    }
    return true;
}

void HttpResponder::send(int status, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers,
                         const QByteArray &contentType)
{
    if (!isConnected())
        return;
    QByteArray response = statusLine(status);
    if (!contentType.isEmpty())
        response += "Content-Type: " + headerValue(contentType) + "\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Connection: close\r\n";
    for (const auto &header : headers)
        response += headerValue(header.first) + ": " + headerValue(header.second) + "\r\n";
    response += "\r\n";
    response += body;
    m_socket->write(response);
    // Closes once the bytes above have been written (QAbstractSocket::ClosingState).
    m_socket->disconnectFromHost();
}

void HttpResponder::write(const QByteArray &bytes)
{
    if (isConnected())
        m_socket->write(bytes);
}

void HttpResponder::close()
{
    if (isConnected())
        m_socket->disconnectFromHost();
}

void HttpResponder::reset()
{
    if (!m_socket)
        return;
#ifdef Q_OS_UNIX
    // A zero linger time makes close() send RST instead of FIN: a real "connection reset".
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        const linger noLinger{1, 0};
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
    }
#endif
    m_socket->abort();
}

bool HttpResponder::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

QByteArray HttpResponder::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

LocalHttpServer::LocalHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LocalHttpServer::onNewConnection);
}

LocalHttpServer::~LocalHttpServer()
{
    // The sockets are children of m_server; delete them while m_pending still exists.
    delete m_server;
}

bool LocalHttpServer::listen(const QHostAddress &address, quint16 port)
{
    // Demo mode and tests only: never expose this server to the network.
    if (!address.isLoopback())
        return false;
    return m_server->listen(address, port);
}

quint16 LocalHttpServer::port() const
{
    return m_server->serverPort();
}

QHostAddress LocalHttpServer::address() const
{
    return m_server->serverAddress();
}

QUrl LocalHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address().toString());
    url.setPort(port());
    return url;
}

void LocalHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_pending.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_pending.remove(socket); });
        // A client that never finishes its request does not keep the connection forever.
        QTimer::singleShot(RequestTimeoutMs, socket, [this, socket] {
            if (m_pending.contains(socket))
                socket->abort();
        });
    }
}

void LocalHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_pending.find(socket);
    if (it == m_pending.end()) {
        socket->readAll(); // one request per connection; the rest is ignored
        return;
    }
    QByteArray &buffer = it.value();
    buffer += socket->readAll();

    if (!looksLikeHttp(buffer)) {
        reject(socket, 400); // e.g. a TLS handshake: answer now rather than wait for a head
        return;
    }
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (buffer.size() > MaxHeaderBytes)
            reject(socket, 431);
        return;
    }
    if (headEnd > MaxHeaderBytes) {
        reject(socket, 431);
        return;
    }

    HttpRequest request;
    if (!parseHttpRequestHead(buffer.left(headEnd), &request)) {
        reject(socket, 400);
        return;
    }
    if (request.headers.contains("transfer-encoding")) {
        reject(socket, 501); // chunked request bodies: nothing here needs them
        return;
    }
    qint64 bodyLength = 0;
    if (request.headers.contains("content-length")) {
        bool ok = false;
        bodyLength = request.headers.value("content-length").toLongLong(&ok);
        if (!ok || bodyLength < 0) {
            reject(socket, 400);
            return;
        }
        if (bodyLength > MaxBodyBytes) {
            reject(socket, 413);
            return;
        }
    }
    const qsizetype bodyStart = headEnd + 4;
    if (buffer.size() - bodyStart < bodyLength)
        return; // wait for the rest of the body
    request.body = buffer.mid(bodyStart, bodyLength);
    m_pending.erase(it);

    ++m_requestCount;
    emit requestReceived(request);
    HttpResponder responder(socket);
    if (m_handler)
        m_handler(request, responder);
    else
        responder.send(404, R"({"detail":"Not Found"})");
}

void LocalHttpServer::reject(QTcpSocket *socket, int status)
{
    m_pending.remove(socket);
    HttpResponder responder(socket);
    responder.send(status, R"({"detail":")" + HttpResponder::reasonPhrase(status) + R"("})");
}

} // namespace Ankra
