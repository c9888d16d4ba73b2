#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

// One window per user. The first start takes a lock file and listens on a local socket, both in
// a folder only the user may enter (the XDG runtime folder, else the app's configuration
// folder; never a shared /tmp); later starts hand their tickets to it over the socket and exit.
//
// Wire format, both ways: a 32-bit big-endian length, then that many bytes (at most
// MaxMessageBytes). The request is a JSON object {"version": 1, "tickets": [ID...],
// "activationToken": "..."}; the answer is "ok" (taken) or "refused". The receiver keeps only
// entries that TicketId::fromUserInput accepts, and drops junk, oversized or incomplete
// messages with a log line (category ankra.instance).

namespace Ankra {

class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    static constexpr qint64 MaxMessageBytes = 64 * 1024;
    static constexpr int MaxTickets = 500;
    static constexpr int DefaultAnswerTimeoutMs = 1000;
    static constexpr int IncompleteMessageTimeoutMs = 2000;
    static constexpr int MaxConnections = 8;

    enum class Role {
        Undecided,  // start() not called yet
        Primary,    // this process owns the window; ticketsReceived() may follow
        HandedOver, // the running instance took the tickets: exit now
        Standalone, // no channel (the running one did not answer, or no private folder)
    };
    Q_ENUM(Role)

    // `directory` holds the lock file and the socket; it is created user-only (0700) if missing.
    explicit SingleInstance(const QString &directory = defaultDirectory(),
                            QObject *parent = nullptr);
    ~SingleInstance() override;

    // $XDG_RUNTIME_DIR/app.ankra.TicketViewer when that folder is the user's own and private,
    // else a folder in the app's configuration folder (per host, for shared home folders).
    static QString defaultDirectory();

    // How long start() tries to reach a running instance before it gives up (default 1 s).
    void setAnswerTimeout(int milliseconds) { m_answerTimeoutMs = milliseconds; }

    // Decides who is first. A running instance gets `ticketIds` (an empty list only brings
    // its window to the front) and `activationToken` (XDG_ACTIVATION_TOKEN, so a Wayland
    // compositor lets it raise itself). Blocks for at most the answer timeout.
    Role start(const QStringList &ticketIds = {}, const QString &activationToken = {});

    Role role() const { return m_role; }
    QString directory() const { return m_directory; }
    QString lockFilePath() const;
    // The socket's path (Unix) or pipe name (Windows).
    QString serverName() const;
    // Why start() ended Standalone.
    QString errorString() const { return m_error; }

    // The request as start() sends it, framed (length prefix included).
    static QByteArray encodeRequest(const QStringList &ticketIds,
                                    const QString &activationToken = {});
    static QByteArray frame(const QByteArray &payload);

signals:
    // Canonical ticket IDs handed over by another start, in its order. Connect with
    // Qt::QueuedConnection: it is emitted while the socket is being read.
    void ticketsReceived(const QStringList &canonicalIds);
    // Every accepted message, after ticketsReceived(): bring the window to the front.
    void activationRequested(const QString &activationToken);

private:
    enum class Handoff { Delivered, NoServer, NoAnswer };

    bool prepareDirectory();
    bool listen();
    Handoff handOver(const QByteArray &request, int timeoutMs);
    void onNewConnection();
    void readRequest(QLocalSocket *socket);
    void drop(QLocalSocket *socket, const QString &why);
    void answer(QLocalSocket *socket, const QByteArray &reply);
    bool handleRequest(const QByteArray &payload);

    QString m_directory;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    Role m_role = Role::Undecided;
    int m_answerTimeoutMs = DefaultAnswerTimeoutMs;
    int m_connections = 0;
    QString m_error;
};

} // namespace Ankra
