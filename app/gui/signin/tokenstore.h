#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QTimer;

namespace QKeychain {
class Job;
}

namespace Ankra {

// The API token in the operating system's keychain (Windows Credential Store, macOS Keychain,
// Secret Service or KWallet) through QtKeychain, with no plain-text fallback.
//
// Every call is asynchronous and time-limited. A keychain that does not answer in time (say a
// Secret Service waiting on an unlock prompt nobody sees) or that is missing makes the store
// unavailable for the rest of the session: becameUnavailable() is emitted once, the call in
// flight and every later one report Unavailable, and no further keychain call is made (QtKeychain
// runs its jobs one after another, so a job that hangs would hold up all later ones anyway).
// Never a nested event loop: the window keeps working while the keychain thinks.
class TokenStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    enum class Status {
        Ok,
        NotFound,    // read: no token saved (remove treats it as Ok)
        Unavailable, // no keychain, or it did not answer in time: for the whole session
        Failed,      // the keychain answered no (access denied...); a later call may work
    };
    Q_ENUM(Status)

    static constexpr int DefaultTimeoutMs = 4000;

    // The keychain entry of this app (service app.ankra.TicketViewer).
    explicit TokenStore(QObject *parent = nullptr);
    // Another service name, so that tests never touch the app's real entry.
    explicit TokenStore(const QString &service, QObject *parent = nullptr);
    ~TokenStore() override;

    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }

    bool isAvailable() const { return m_unavailableReason.isEmpty(); }
    // Why not, in words for the user; empty while available.
    QString unavailableReason() const { return m_unavailableReason; }
    bool isBusy() const { return !m_jobs.isEmpty(); }

    // Each call ends in exactly one of the signals below, never before the call returns.
    void read();
    void write(const QString &token);
    void remove();

    static QString serviceName();

signals:
    void readFinished(Ankra::TokenStore::Status status, const QString &token);
    void writeFinished(Ankra::TokenStore::Status status);
    void removeFinished(Ankra::TokenStore::Status status);
    void becameUnavailable(const QString &reason);

private:
    enum class Operation { Read, Write, Remove };
    struct Pending
    {
        Operation operation;
        QKeychain::Job *job; // owns itself (auto-delete); may outlive this store if it hangs
        QTimer *timer;
    };

    void start(Operation operation, const QString &token);
    void onJobFinished(quint64 serial, QKeychain::Job *job);
    void onTimeout(quint64 serial);
    void markUnavailable(const QString &reason);
    void report(Operation operation, Status status, const QString &token = QString());
    void reportLater(Operation operation, Status status);

    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
    QString m_unavailableReason;
    quint64 m_nextSerial = 0;
    QHash<quint64, Pending> m_jobs;
};

} // namespace Ankra
