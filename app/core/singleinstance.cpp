#include "core/singleinstance.h"

#include "core/ticketid.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QTimer>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Ankra {

Q_LOGGING_CATEGORY(lcInstance, "ankra.instance")

namespace {

constexpr qint64 HeaderBytes = 4;
constexpr int ProtocolVersion = 1;
constexpr qsizetype MaxActivationTokenLength = 512;
const QByteArray AnswerOk = "ok";
const QByteArray AnswerRefused = "refused";

constexpr QFileDevice::Permissions OwnerOnly
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions GroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                  | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                  | QFileDevice::WriteOther | QFileDevice::ExeOther;

// A folder of the user's own that nobody else may enter: the XDG runtime folder must be one.
bool isPrivateFolder(const QString &path)
{
    if (path.isEmpty() || !QDir::isAbsolutePath(path))
        return false;
    const QFileInfo info(path);
    if (!info.isDir() || info.isSymLink())
        return false;
#ifdef Q_OS_UNIX
    if (info.ownerId() != ::getuid())
        return false;
#endif
    return (info.permissions() & GroupOrOther) == 0;
}

// Printable ASCII only: it is handed to the window system, never shown.
QString cleanActivationToken(const QString &token)
{
    if (token.size() > MaxActivationTokenLength)
        return {};
    for (const QChar c : token) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return {};
    }
    return token;
}

QByteArray readFrame(QLocalSocket &socket, const QDeadlineTimer &deadline)
{
    while (socket.bytesAvailable() < HeaderBytes) {
        if (!socket.waitForReadyRead(int(qMax<qint64>(deadline.remainingTime(), 1)))
            || deadline.hasExpired())
            return {};
    }
    char header[HeaderBytes];
    socket.read(header, HeaderBytes);
    const quint32 length = qFromBigEndian<quint32>(header);
    if (length > SingleInstance::MaxMessageBytes)
        return {};
    while (socket.bytesAvailable() < qint64(length)) {
        if (!socket.waitForReadyRead(int(qMax<qint64>(deadline.remainingTime(), 1)))
            || deadline.hasExpired())
            return {};
    }
    return socket.read(length);
}

} // namespace

SingleInstance::SingleInstance(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(QDir::cleanPath(directory))
{}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file, before the lock is released
}

QString SingleInstance::defaultDirectory()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (isPrivateFolder(runtime))
        return runtime + u'/' + QStringLiteral(ANKRA_APP_ID);
#endif
    // A home folder may be shared by several machines: one channel per host.
    const QByteArray host
        = QCryptographicHash::hash(QSysInfo::machineHostName().toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(12);
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/instance-"_s
           + QString::fromLatin1(host);
}

QString SingleInstance::lockFilePath() const
{
    return m_directory + u"/instance.lock"_s;
}

QString SingleInstance::serverName() const
{
#ifdef Q_OS_WIN
    // A pipe name, not a path: one per user's folder, and the pipe is user-only too.
    const QByteArray hash
        = QCryptographicHash::hash(m_directory.toLower().toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(24);
    return QStringLiteral(ANKRA_APP_ID "-") + QString::fromLatin1(hash);
#else
    return m_directory + u"/instance.socket"_s;
#endif
}

QByteArray SingleInstance::frame(const QByteArray &payload)
{
    char header[HeaderBytes];
    qToBigEndian<quint32>(quint32(payload.size()), header);
    return QByteArray(header, HeaderBytes) + payload;
}

QByteArray SingleInstance::encodeRequest(const QStringList &ticketIds,
                                         const QString &activationToken)
{
    QJsonObject request{{u"version"_s, ProtocolVersion},
                        {u"tickets"_s, QJsonArray::fromStringList(ticketIds)}};
    if (!activationToken.isEmpty())
        request.insert(u"activationToken"_s, activationToken);
    return frame(QJsonDocument(request).toJson(QJsonDocument::Compact));
}

bool SingleInstance::prepareDirectory()
{
    QFileInfo info(m_directory);
    if (!info.exists()) {
        QDir().mkpath(info.absolutePath());
        // Created user-only at once, not chmod-ed afterwards.
        if (!QDir().mkdir(m_directory, OwnerOnly) && !QFileInfo::exists(m_directory)) {
            m_error = tr("Could not create the folder %1.").arg(m_directory);
            return false;
        }
        info.refresh();
    }
    if (info.isSymLink() || !info.isDir()) {
        m_error = tr("%1 is not a folder.").arg(m_directory);
        return false;
    }
#ifdef Q_OS_UNIX
    if (info.ownerId() != ::getuid()) {
        m_error = tr("The folder %1 belongs to another user.").arg(m_directory);
        return false;
    }
    if ((info.permissions() & GroupOrOther) != 0
        && !QFile::setPermissions(m_directory, OwnerOnly)) {
        m_error = tr("Could not make the folder %1 private.").arg(m_directory);
        return false;
    }
#endif
    return true;
}

SingleInstance::Role SingleInstance::start(const QStringList &ticketIds,
                                           const QString &activationToken)
{
    Q_ASSERT(m_role == Role::Undecided);
    const QDeadlineTimer deadline(m_answerTimeoutMs);
    auto standalone = [this](const QString &why) {
        m_error = why;
        qCWarning(lcInstance, "single instance: %s", qUtf8Printable(why));
        m_role = Role::Standalone;
        return m_role;
    };

    if (!prepareDirectory())
        return standalone(m_error);

    const QByteArray request = encodeRequest(ticketIds, cleanActivationToken(activationToken));
    if (request.size() - HeaderBytes > MaxMessageBytes || ticketIds.size() > MaxTickets)
        return standalone(tr("Too many tickets to hand over to the running window."));

    m_lock = std::make_unique<QLockFile>(lockFilePath());
    // Never stale by age: the first start holds the lock all day. A lock whose process has
    // died (killed, crashed) is stale and taken over.
    m_lock->setStaleLockTime(0);

    bool reachedServer = false;
    for (;;) {
        if (m_lock->tryLock(0)) {
            if (!listen()) {
                m_lock->unlock();
                return standalone(m_error);
            }
            m_role = Role::Primary;
            return m_role;
        }
        if (m_lock->error() != QLockFile::LockFailedError)
            return standalone(tr("Could not use the lock file %1.").arg(lockFilePath()));

        // Someone else is first. It may have taken the lock a moment ago and not listen yet,
        // or be closing: try again until the deadline.
        switch (handOver(request, int(deadline.remainingTime()))) {
        case Handoff::Delivered:
            m_role = Role::HandedOver;
            return m_role;
        case Handoff::NoAnswer:
            reachedServer = true;
            break;
        case Handoff::NoServer:
            break;
        }
        if (deadline.hasExpired() || reachedServer)
            break;
        QThread::msleep(std::min<qint64>(25, deadline.remainingTime() + 1));
    }
    return standalone(reachedServer
                          ? tr("The running window did not answer; opening another one.")
                          : tr("Another start holds %1 but does not listen; opening another "
                               "window.")
                                .arg(lockFilePath()));
}

SingleInstance::Handoff SingleInstance::handOver(const QByteArray &request, int timeoutMs)
{
    const QDeadlineTimer deadline(qMax(timeoutMs, 1));
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (!socket.waitForConnected(int(qMax<qint64>(deadline.remainingTime(), 1))))
        return Handoff::NoServer;
    socket.write(request);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(int(qMax<qint64>(deadline.remainingTime(), 1)))
            || deadline.hasExpired())
            return Handoff::NoAnswer;
    }
    const QByteArray reply = readFrame(socket, deadline);
    socket.abort();
    if (reply == AnswerOk)
        return Handoff::Delivered;
    if (reply == AnswerRefused)
        qCWarning(lcInstance, "single instance: the running window refused the tickets");
    return Handoff::NoAnswer;
}

bool SingleInstance::listen()
{
    // We hold the lock: a socket file left here is a dead process's.
    QLocalServer::removeServer(serverName());
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(MaxConnections);
    if (!m_server->listen(serverName())) {
        m_error = tr("Could not listen on %1: %2").arg(serverName(), m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        if (m_connections >= MaxConnections) {
            qCWarning(lcInstance, "single instance: too many connections, one dropped");
            socket->abort();
            continue;
        }
        ++m_connections;
        connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
        // Never more than one message (and one byte to tell that something follows).
        socket->setReadBufferSize(HeaderBytes + MaxMessageBytes + 1);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        QTimer::singleShot(IncompleteMessageTimeoutMs, socket,
                           [this, socket] { drop(socket, u"no complete message in time"_s); });
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void SingleInstance::drop(QLocalSocket *socket, const QString &why)
{
    if (socket->property("ankraDone").toBool())
        return;
    socket->setProperty("ankraDone", true);
    qCWarning(lcInstance, "single instance: message dropped: %s", qUtf8Printable(why));
    socket->abort();
    socket->deleteLater();
}

void SingleInstance::answer(QLocalSocket *socket, const QByteArray &reply)
{
    socket->setProperty("ankraDone", true);
    socket->write(frame(reply));
    socket->disconnectFromServer(); // after the answer is written; then deleted
    QTimer::singleShot(IncompleteMessageTimeoutMs, socket, &QObject::deleteLater);
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (socket->property("ankraDone").toBool()) {
        socket->readAll(); // anything after the message: ignored
        return;
    }
    const qint64 available = socket->bytesAvailable();
    if (available < HeaderBytes)
        return;
    char header[HeaderBytes];
    socket->peek(header, HeaderBytes);
    const quint32 length = qFromBigEndian<quint32>(header);
    if (length == 0 || length > MaxMessageBytes) {
        drop(socket, u"%1 bytes announced (at most %2)"_s.arg(length).arg(MaxMessageBytes));
        return;
    }
    if (available < HeaderBytes + length)
        return;
    if (available > HeaderBytes + length) {
        drop(socket, u"more bytes than announced"_s);
        return;
    }
    socket->skip(HeaderBytes);
    const QByteArray payload = socket->read(length);
    if (handleRequest(payload))
        answer(socket, AnswerOk);
    else
        answer(socket, AnswerRefused);
}

bool SingleInstance::handleRequest(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qCWarning(lcInstance, "single instance: message dropped: not a JSON object");
        return false;
    }
    const QJsonObject request = document.object();
    if (request.value(u"version"_s).toInt() != ProtocolVersion
        || !request.value(u"tickets"_s).isArray()) {
        qCWarning(lcInstance, "single instance: message dropped: not a request of version %d",
                  int(ProtocolVersion));
        return false;
    }
    const QJsonArray entries = request.value(u"tickets"_s).toArray();
    if (entries.size() > MaxTickets) {
        qCWarning(lcInstance, "single instance: message dropped: %lld tickets (at most %d)",
                  static_cast<long long>(entries.size()), int(MaxTickets));
        return false;
    }
    QStringList ids;
    for (const QJsonValue &entry : entries) {
        // Only what is or contains a ticket ID; the text itself is not logged.
        const TicketId id = TicketId::fromUserInput(entry.toString());
        if (!entry.isString() || !id.isValid()) {
            qCWarning(lcInstance,
                      "single instance: entry dropped: not a ticket ID or link (%lld characters)",
                      static_cast<long long>(entry.toString().size()));
            continue;
        }
        ids << id.toString();
    }
    if (ids.isEmpty() && !entries.isEmpty())
        return false; // nothing usable: not even a reason to raise the window
    const QString token = cleanActivationToken(request.value(u"activationToken"_s).toString());
    if (!ids.isEmpty())
        emit ticketsReceived(ids);
    emit activationRequested(token);
    return true;
}

} // namespace Ankra
