#include "gui/signin/tokenstore.h"

#include <qt6keychain/keychain.h>

#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Ankra {
namespace {

Q_LOGGING_CATEGORY(lcKeychain, "ankra.keychain")

// The one entry this app keeps in its service.
const QString EntryKey = u"api-token"_s;

} // namespace

TokenStore::TokenStore(QObject *parent)
    : TokenStore(serviceName(), parent)
{}

TokenStore::TokenStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

TokenStore::~TokenStore()
{
    // Jobs still running are left to finish (or hang) on their own: deleting one whose backend
    // call is outstanding would leave that call a dangling pointer (libsecret holds one).
    for (const Pending &pending : std::as_const(m_jobs))
        pending.job->disconnect(this);
}

QString TokenStore::serviceName()
{
    return QStringLiteral(ANKRA_APP_ID);
}

void TokenStore::setTimeout(int milliseconds)
{
    m_timeoutMs = qMax(1, milliseconds);
}

void TokenStore::read()
{
    start(Operation::Read, QString());
}

void TokenStore::write(const QString &token)
{
    start(Operation::Write, token);
}

void TokenStore::remove()
{
    start(Operation::Remove, QString());
}

void TokenStore::start(Operation operation, const QString &token)
{
    if (!isAvailable()) {
        reportLater(operation, Status::Unavailable);
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(token);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // No parent: see the destructor. Auto-delete frees it once it finishes, however late.
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy in QSettings
    job->setKey(EntryKey);

    const quint64 serial = ++m_nextSerial;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(m_timeoutMs);
    m_jobs.insert(serial, Pending{operation, job, timer});
    connect(job, &QKeychain::Job::finished, this,
            [this, serial](QKeychain::Job *finished) { onJobFinished(serial, finished); });
    connect(timer, &QTimer::timeout, this, [this, serial] { onTimeout(serial); });
    timer->start();
    job->start(); // queued by QtKeychain: it never finishes before this returns
}

void TokenStore::onJobFinished(quint64 serial, QKeychain::Job *job)
{
    const auto it = m_jobs.constFind(serial);
    if (it == m_jobs.constEnd())
        return; // already reported (timed out)
    const Pending pending = it.value();

    const QKeychain::Error error = job->error();
    QString token;
    Status status = Status::Failed;
    switch (error) {
    case QKeychain::NoError:
        status = Status::Ok;
        if (pending.operation == Operation::Read)
            token = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        break;
    case QKeychain::EntryNotFound:
        status = pending.operation == Operation::Write  ? Status::Failed
                 : pending.operation == Operation::Read ? Status::NotFound
                                                        : Status::Ok;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
        status = Status::Failed;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        status = Status::Unavailable;
        break;
    }
    if (status == Status::Failed || status == Status::Unavailable) {
        // QtKeychain's texts name the backend's problem, never the secret.
        qCInfo(lcKeychain, "keychain call failed: %d %s", int(error),
               qUtf8Printable(job->errorString()));
    }
    if (status == Status::Unavailable) {
        // Reports this call and any queued behind it.
        markUnavailable(tr("No keychain is available (%1).").arg(job->errorString()));
        return;
    }
    m_jobs.remove(serial);
    pending.timer->deleteLater();
    report(pending.operation, status, token);
}

void TokenStore::onTimeout(quint64 serial)
{
    if (!m_jobs.contains(serial))
        return;
    qCInfo(lcKeychain, "keychain did not answer within %d ms", m_timeoutMs);
    markUnavailable(tr("The keychain did not answer in time (%1 s).")
                        .arg(QLocale().toString(m_timeoutMs / 1000.0, 'g', 2)));
}

// Ends every call in flight with Unavailable: the ones queued behind a hung job would never run.
void TokenStore::markUnavailable(const QString &reason)
{
    const bool first = isAvailable();
    if (first)
        m_unavailableReason = reason;
    const QHash<quint64, Pending> jobs = std::exchange(m_jobs, {});
    for (const Pending &pending : jobs) {
        pending.job->disconnect(this);
        pending.timer->deleteLater();
    }
    if (first)
        emit becameUnavailable(m_unavailableReason);
    // In start order, so that a read reported before a later write stays before it.
    QList<quint64> serials = jobs.keys();
    std::sort(serials.begin(), serials.end());
    for (quint64 serial : std::as_const(serials))
        report(jobs.value(serial).operation, Status::Unavailable);
}

void TokenStore::report(Operation operation, Status status, const QString &token)
{
    switch (operation) {
    case Operation::Read:
        emit readFinished(status, token);
        break;
    case Operation::Write:
        emit writeFinished(status);
        break;
    case Operation::Remove:
        emit removeFinished(status);
        break;
    }
}

void TokenStore::reportLater(Operation operation, Status status)
{
    QMetaObject::invokeMethod(
        this, [this, operation, status] { report(operation, status); }, Qt::QueuedConnection);
}

} // namespace Ankra
