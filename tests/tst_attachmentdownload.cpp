// Attachment downloads against the loopback fake server (issue 12): streamed to a file that
// appears only when complete, nothing left behind by a cancel, reset, size mismatch or full
// disk; redirects to another https origin followed without the token, to http refused; hostile
// names land inside the folder and never overwrite; the runnable-type rule.

#include "core/apiclient.h"
#include "core/download/attachmentdownload.h"
#include "core/download/downloadfolder.h"
#include "core/download/runnabletype.h"
#include "core/filenamesanitizer.h"
#include "support/fakeankraserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <sys/resource.h>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

const QString TicketUuid = u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"_s;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                               | QDir::NoDotAndDotDot);
}

QByteArray readTlsFixture(const char *name)
{
    QFile file(QStringLiteral(ANKRA_FIXTURES_DIR "/tls/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A storage service on another origin: HTTPS on loopback with the test certificate, answering
// every request with `body` and keeping what it decrypted (to see which headers came).
class StorageServer final : public QTcpServer
{
public:
    explicit StorageServer(QByteArray body)
        : m_body(std::move(body))
    {
        m_config = QSslConfiguration::defaultConfiguration();
        m_config.setLocalCertificate(QSslCertificate(readTlsFixture("cert.pem")));
        m_config.setPrivateKey(QSslKey(readTlsFixture("key.pem"), QSsl::Rsa));
        m_config.setPeerVerifyMode(QSslSocket::VerifyNone);
    }

    QByteArray decrypted;
    int requests = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(m_config);
        connect(socket, &QSslSocket::readyRead, this, [this, socket] {
            decrypted += socket->readAll();
            if (!decrypted.endsWith("\r\n\r\n"))
                return;
            ++requests;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                          "Content-Length: "
                          + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n"
                          + m_body);
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    QByteArray m_body;
    QSslConfiguration m_config;
};

} // namespace

class TestAttachmentDownload final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void plain();
    void chunked();
    void slowReportsProgress();
    void resetMidBodyLeavesNothing();
    void longerThanDeclaredIsStopped_data();
    void longerThanDeclaredIsStopped();
    void slightlyLongerIsAccepted();
    void shorterThanDeclaredFails();
    void httpErrors_data();
    void httpErrors();
    void cancelLeavesNothing();
    void sameOriginRedirectKeepsToken();
    void crossOriginHttpsRedirectDropsToken();
    void plainHttpRedirectIsRefused();
    void fullDisk();
    void hostileNamesLandInside_data();
    void hostileNamesLandInside();
    void saveAllWithClashes();
    void numberedNames_data();
    void numberedNames();
    void previewInMemory();
    void previewBeyondMemoryLimitSpills();
    void invalidAttachmentIdSendsNothing();
    void runnableRule_data();
    void runnableRule();

private:
    Attachment attachment(const QString &name, qint64 size) const;
    AttachmentDownload *download(const Attachment &a, const QString &path);
    bool waitFor(AttachmentDownload *d, int ms = 15000);

    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    TicketId m_ticket = TicketId::fromUserInput(TicketUuid);
};

void TestAttachmentDownload::init()
{
    m_server = std::make_unique<FakeAnkraServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setToken(QString::fromLatin1(FakeAnkraServer::DefaultToken));
    m_client->setRetryDelays({});
    m_client->setTransferTimeout(10000);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAttachmentDownload::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

Attachment TestAttachmentDownload::attachment(const QString &name, qint64 size) const
{
    Attachment a;
    a.id = newId();
    a.filename = name;
    a.contentType = u"application/octet-stream"_s;
    a.sizeBytes = size;
    return a;
}

AttachmentDownload *TestAttachmentDownload::download(const Attachment &a, const QString &path)
{
    return m_client->downloadAttachment(m_ticket, a, path, this);
}

bool TestAttachmentDownload::waitFor(AttachmentDownload *d, int ms)
{
    return QTest::qWaitFor([d] { return d->isFinished(); }, ms);
}

void TestAttachmentDownload::plain()
{
    const QByteArray bytes = randomBytes(300 * 1024);
    const Attachment a = attachment(u"logs.txt"_s, bytes.size());
    m_server->addAttachment(a.id, bytes);
    const QString path = uniqueFilePath(m_dir->path(), a.filename);
    AttachmentDownload *d = download(a, path);
    QSignalSpy progress(d, &AttachmentDownload::progress);
    QVERIFY(waitFor(d));
    QVERIFY2(!d->error().isError(), qPrintable(d->errorMessage()));
    QCOMPARE(readFile(path), bytes);
    QCOMPARE(entries(m_dir->path()), QStringList{u"logs.txt"_s});
    QCOMPARE(d->bytesReceived(), bytes.size());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toLongLong(), bytes.size());
    // The request carried the token and asked for the attachment route.
    const HttpRequest &request = m_server->requests().constLast();
    QCOMPARE(request.headers.value("authorization"),
             "Bearer " + QByteArray(FakeAnkraServer::DefaultToken));
    QCOMPARE(QString::fromUtf8(request.target),
             u"/api/v1/org/support/tickets/"_s + TicketUuid + u"/attachments/"_s + a.id);
}

void TestAttachmentDownload::chunked()
{
    const QByteArray bytes = randomBytes(200 * 1024 + 17);
    const Attachment a = attachment(u"values.yaml"_s, bytes.size());
    m_server->addAttachment(a.id, bytes);
    m_server->setFault(Fault::Chunked, a.id);
    const QString path = uniqueFilePath(m_dir->path(), a.filename);
    AttachmentDownload *d = download(a, path);
    QVERIFY(waitFor(d));
    QVERIFY2(!d->error().isError(), qPrintable(d->errorMessage()));
    QCOMPARE(readFile(path), bytes);
}

void TestAttachmentDownload::slowReportsProgress()
{
    const QByteArray bytes = randomBytes(40 * 1024);
    const Attachment a = attachment(u"slow.bin"_s, bytes.size());
    m_server->addAttachment(a.id, bytes);
    FaultSpec &spec = m_server->setFault(Fault::SlowBody, a.id);
    spec.sizeBytes = 4096;
    spec.delayMs = 15;
    const QString path = uniqueFilePath(m_dir->path(), a.filename);
    AttachmentDownload *d = download(a, path);
    QSignalSpy progress(d, &AttachmentDownload::progress);
    bool seenMidway = false;
    while (!d->isFinished()
           && QTest::qWaitFor([&] { return d->isFinished() || !progress.isEmpty(); }, 5000)) {
        // While it runs, nothing is under the final name.
        if (!d->isFinished() && d->bytesReceived() > 0 && d->bytesReceived() < bytes.size()) {
            seenMidway = true;
            QVERIFY(!QFileInfo::exists(path));
        }
        progress.clear();
    }
    QVERIFY(d->isFinished());
    QVERIFY2(!d->error().isError(), qPrintable(d->errorMessage()));
    QVERIFY(seenMidway);
    QCOMPARE(readFile(path), bytes);
}

void TestAttachmentDownload::resetMidBodyLeavesNothing()
{
    const QByteArray bytes = randomBytes(256 * 1024);
    const Attachment a = attachment(u"reset.bin"_s, bytes.size());
    m_server->addAttachment(a.id, bytes);
    m_server->setFault(Fault::ResetMidBody, a.id);
    AttachmentDownload *d = download(a, uniqueFilePath(m_dir->path(), a.filename));
    QVERIFY(waitFor(d));
    QVERIFY(d->error().isError());
    // Qt reports the cut as a network error or as a clean end short of the declared size.
    QVERIFY2(d->error().kind == Kind::Network || d->error().kind == Kind::SizeMismatch,
             qPrintable(ApiError::kindName(d->error().kind)));
    QVERIFY(d->bytesReceived() > 0);
    QCOMPARE(entries(m_dir->path()), QStringList());
}

void TestAttachmentDownload::longerThanDeclaredIsStopped_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("Content-Length") << false;
    QTest::newRow("chunked") << true;
}

void TestAttachmentDownload::longerThanDeclaredIsStopped()
{
    QFETCH(bool, chunked);
    const Attachment a = attachment(u"big.bin"_s, 10 * 1024);
    if (chunked) {
        // An endless chunked body: stopped by the count, not by an end that never comes.
        m_server->addAttachment(a.id, QByteArray());
        m_server->setFault(Fault::OversizedChunked, a.id).sizeBytes = -1;
    } else {
        m_server->addAttachment(a.id, randomBytes(2 * 1024 * 1024));
    }
    AttachmentDownload *d = download(a, uniqueFilePath(m_dir->path(), a.filename));
    QVERIFY(waitFor(d));
    QCOMPARE(ApiError::kindName(d->error().kind), ApiError::kindName(Kind::SizeMismatch));
    QVERIFY(d->bytesReceived() <= a.sizeBytes + AttachmentDownload::sizeMargin(a.sizeBytes));
    QVERIFY2(d->errorMessage().contains(u"more than"_s), qPrintable(d->errorMessage()));
    QCOMPARE(entries(m_dir->path()), QStringList());
}

void TestAttachmentDownload::slightlyLongerIsAccepted()
{
    const QByteArray bytes = randomBytes(10 * 1024 + 100);
    const Attachment a = attachment(u"crlf.log"_s, 10 * 1024);
    m_server->addAttachment(a.id, bytes);
    const QString path = uniqueFilePath(m_dir->path(), a.filename);
    AttachmentDownload *d = download(a, path);
    QVERIFY(waitFor(d));
    QVERIFY2(!d->error().isError(), qPrintable(d->errorMessage()));
    QCOMPARE(readFile(path), bytes);
}

void TestAttachmentDownload::shorterThanDeclaredFails()
{
    const Attachment a = attachment(u"short.bin"_s, 5000);
    m_server->addAttachment(a.id, randomBytes(4000));
    AttachmentDownload *d = download(a, uniqueFilePath(m_dir->path(), a.filename));
    QVERIFY(waitFor(d));
    QCOMPARE(ApiError::kindName(d->error().kind), ApiError::kindName(Kind::SizeMismatch));
    QCOMPARE(entries(m_dir->path()), QStringList());
}

void TestAttachmentDownload::httpErrors_data()
{
    QTest::addColumn<int>("fault"); // -1: no such attachment on the server
    QTest::addColumn<QString>("kind");
    QTest::newRow("401") << int(Fault::Unauthorized) << ApiError::kindName(Kind::Unauthorized);
    QTest::newRow("403") << int(Fault::PermissionDenied) << ApiError::kindName(Kind::Forbidden);
    QTest::newRow("404") << -1 << ApiError::kindName(Kind::NotFound);
}

void TestAttachmentDownload::httpErrors()
{
    QFETCH(int, fault);
    QFETCH(QString, kind);
    const Attachment a = attachment(u"x.txt"_s, 10);
    if (fault >= 0) {
        m_server->addAttachment(a.id, "0123456789");
        m_server->setFault(Fault(fault), a.id);
    }
    AttachmentDownload *d = download(a, uniqueFilePath(m_dir->path(), a.filename));
    QVERIFY(waitFor(d));
    QCOMPARE(ApiError::kindName(d->error().kind), kind);
    QVERIFY(!d->errorMessage().isEmpty());
    if (fault < 0)
        QVERIFY2(d->errorMessage().contains(u"attachment"_s), qPrintable(d->errorMessage()));
    QCOMPARE(entries(m_dir->path()), QStringList());
}

void TestAttachmentDownload::cancelLeavesNothing()
{
    const QByteArray bytes = randomBytes(64 * 1024);
    const Attachment a = attachment(u"cancel.bin"_s, bytes.size());
    m_server->addAttachment(a.id, bytes);
    FaultSpec &spec = m_server->setFault(Fault::SlowBody, a.id);
    spec.sizeBytes = 1024;
    spec.delayMs = 20;
    const QString path = uniqueFilePath(m_dir->path(), a.filename);
    AttachmentDownload *d = download(a, path);
    QSignalSpy progress(d, &AttachmentDownload::progress);
    QVERIFY(progress.wait(5000));
    // QSaveFile's temporary file (unnamed where Linux has O_TMPFILE) is not the final name.
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(isDownloadPathReserved(path));
    QSignalSpy finished(d, &ApiRequest::finished);
    d->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(ApiError::kindName(d->error().kind), ApiError::kindName(Kind::Cancelled));
    QCOMPARE(entries(m_dir->path()), QStringList());
    QVERIFY(!isDownloadPathReserved(path));
    QTest::qWait(100); // nothing more arrives
    QCOMPARE(finished.count(), 1);
    QCOMPARE(entries(m_dir->path()), QStringList());
}

void TestAttachmentDownload::sameOriginRedirectKeepsToken()
{
    const QByteArray bytes = randomBytes(1000);
    const Attachment a = attachment(u"moved.bin"_s, bytes.size());
    const QString other = newId();
    m_server->addAttachment(other, bytes);
    m_server->setFault(Fault::Redirect, a.id).location
        = QUrl(u"/api/v1/org/support/tickets/"_s + TicketUuid + u"/attachments/"_s + other);
    const QString path = uniqueFilePath(m_dir->path(), a.filename);
    AttachmentDownload *d = download(a, path);
    QVERIFY(waitFor(d));
    QVERIFY2(!d->error().isError(), qPrintable(d->errorMessage()));
    QCOMPARE(readFile(path), bytes);
    QCOMPARE(m_server->attachmentRequestCount(other), 1);
}

void TestAttachmentDownload::crossOriginHttpsRedirectDropsToken()
{
    if (!QSslSocket::supportsSsl())
        QTest::qSkip("this Qt has no TLS backend", __FILE__, __LINE__);
    const QByteArray bytes = randomBytes(50 * 1024);
    StorageServer storage(bytes);
    QVERIFY(storage.listen(QHostAddress::LocalHost));
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = original;
    trusting.addCaCertificate(QSslCertificate(readTlsFixture("cert.pem")));
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });

    m_client->setOrganisationId(u"9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"_s);
    const Attachment a = attachment(u"signed.bin"_s, bytes.size());
    m_server->addAttachment(a.id, "unused");
    m_server->setFault(Fault::Redirect, a.id).location
        = QUrl(u"https://127.0.0.1:"_s + QString::number(storage.serverPort())
               + u"/bucket/signed.bin?X-Signature=abc"_s);
    const QString path = uniqueFilePath(m_dir->path(), a.filename);
    AttachmentDownload *d = download(a, path);
    QVERIFY(waitFor(d));
    QVERIFY2(!d->error().isError(), qPrintable(d->errorMessage()));
    QCOMPARE(readFile(path), bytes);
    QCOMPARE(storage.requests, 1);
    QVERIFY(storage.decrypted.startsWith("GET /bucket/signed.bin?X-Signature=abc "));
    // The other origin saw neither the token nor our organisation header.
    QVERIFY2(!storage.decrypted.contains(FakeAnkraServer::DefaultToken), storage.decrypted);
    QVERIFY2(!storage.decrypted.toLower().contains("authorization"), storage.decrypted);
    QVERIFY2(!storage.decrypted.toLower().contains("x-ankra-organisation-id"), storage.decrypted);
}

void TestAttachmentDownload::plainHttpRedirectIsRefused()
{
    FakeAnkraServer other;
    other.setExpectedToken(QByteArray());
    QVERIFY(other.listen());
    const Attachment a = attachment(u"evil.bin"_s, 10);
    other.addAttachment(a.id, "0123456789");
    m_server->addAttachment(a.id, "0123456789");
    QUrl target = other.baseUrl();
    target.setPath(u"/api/v1/org/support/tickets/"_s + TicketUuid + u"/attachments/"_s + a.id);
    m_server->setFault(Fault::Redirect, a.id).location = target;
    AttachmentDownload *d = download(a, uniqueFilePath(m_dir->path(), a.filename));
    QVERIFY(waitFor(d));
    QCOMPARE(ApiError::kindName(d->error().kind), ApiError::kindName(Kind::InsecureRedirect));
    QCOMPARE(other.requestCount(), 0);
    QCOMPARE(entries(m_dir->path()), QStringList());
    // Nor any other scheme.
    m_server->setFault(Fault::Redirect, a.id).location = QUrl(u"file:///etc/passwd"_s);
    AttachmentDownload *e = download(a, uniqueFilePath(m_dir->path(), a.filename));
    QVERIFY(waitFor(e));
    QVERIFY(e->error().isError());
    QCOMPARE(entries(m_dir->path()), QStringList());
}

void TestAttachmentDownload::fullDisk()
{
    // A file size limit stands in for a full disk: writes past it fail with EFBIG.
    const QByteArray bytes = randomBytes(512 * 1024);
    const Attachment a = attachment(u"full.bin"_s, bytes.size());
    m_server->addAttachment(a.id, bytes);
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 64 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto restore = qScopeGuard([&] {
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);
    });
    AttachmentDownload *d = download(a, uniqueFilePath(m_dir->path(), a.filename));
    QVERIFY(waitFor(d));
    QCOMPARE(ApiError::kindName(d->error().kind), ApiError::kindName(Kind::DiskFull));
    QVERIFY2(d->errorMessage().contains(u"disk is full"_s), qPrintable(d->errorMessage()));
    QCOMPARE(entries(m_dir->path()), QStringList());
}

void TestAttachmentDownload::hostileNamesLandInside_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("traversal") << u"../../outside.txt"_s;
    QTest::newRow("windows traversal") << u"..\\..\\outside.txt"_s;
    QTest::newRow("absolute") << u"/tmp/outside.txt"_s;
    QTest::newRow("NUL byte") << QString(u"a\0../b.txt"_s);
    QTest::newRow("CON") << u"CON"_s;
    QTest::newRow("NUL") << u"NUL.txt"_s;
    QTest::newRow("COM1") << u"COM1"_s;
    QTest::newRow("CONIN$") << u"CONIN$"_s;
    QTest::newRow("trailing dots spaces") << u"report.pdf. . ."_s;
    QTest::newRow("300 bytes UTF-8") << QString(100, QChar(0x65E5)) + u".log"_s;
    QTest::newRow("bidi override") << u"invoice\u202Egpj.exe"_s;
    QTest::newRow("dotdot") << u".."_s;
    QTest::newRow("empty") << QString();
}

void TestAttachmentDownload::hostileNamesLandInside()
{
    QFETCH(QString, name);
    QTemporaryDir outer;
    const QString folder = outer.filePath(u"downloads"_s);
    QVERIFY(QDir().mkpath(folder));
    const Attachment a = attachment(name, 5);
    m_server->addAttachment(a.id, "hello");
    const QString path = uniqueFilePath(folder, name);
    QVERIFY(!path.isEmpty());
    QCOMPARE(QFileInfo(path).absolutePath(), QDir(folder).absolutePath());
    QVERIFY(QFileInfo(path).fileName().toUtf8().size() <= MaxFilenameBytes);
    AttachmentDownload *d = download(a, path);
    QVERIFY(waitFor(d));
    QVERIFY2(!d->error().isError(), qPrintable(d->errorMessage()));
    QCOMPARE(entries(folder).size(), 1);
    QCOMPARE(entries(outer.path()), QStringList{u"downloads"_s});
    QCOMPARE(readFile(path), QByteArray("hello"));
    QVERIFY(!QFileInfo(path).fileName().contains(QChar(0x202E)));
}

void TestAttachmentDownload::saveAllWithClashes()
{
    // A file of that name is there already, and the ticket has three of the same name.
    QFile existing(m_dir->filePath(u"log.txt"_s));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("mine");
    existing.close();
    QList<AttachmentDownload *> downloads;
    QList<QByteArray> contents;
    for (int i = 0; i < 3; ++i) {
        const QByteArray bytes = randomBytes(20000 + i);
        const Attachment a = attachment(i == 2 ? u"../log.txt"_s : u"log.txt"_s, bytes.size());
        m_server->addAttachment(a.id, bytes);
        contents.append(bytes);
        // All started before any ends: the reservation keeps them apart.
        downloads.append(download(a, uniqueFilePath(m_dir->path(), a.filename)));
    }
    for (AttachmentDownload *d : std::as_const(downloads)) {
        QVERIFY(waitFor(d));
        QVERIFY2(!d->error().isError(), qPrintable(d->errorMessage()));
    }
    QCOMPARE(readFile(m_dir->filePath(u"log.txt"_s)), QByteArray("mine"));
    QCOMPARE(downloads.at(0)->targetPath(), m_dir->filePath(u"log (1).txt"_s));
    QCOMPARE(downloads.at(1)->targetPath(), m_dir->filePath(u"log (2).txt"_s));
    QCOMPARE(downloads.at(2)->targetPath(), m_dir->filePath(u"log (3).txt"_s));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(readFile(downloads.at(i)->targetPath()), contents.at(i));
    QCOMPARE(entries(m_dir->path()).size(), 4);
}

void TestAttachmentDownload::numberedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("extension") << u"report.pdf"_s << u"report (2).pdf"_s;
    QTest::newRow("none") << u"README"_s << u"README (2)"_s;
    QTest::newRow("tar.gz") << u"logs.tar.gz"_s << u"logs (2).tar.gz"_s;
    QTest::newRow("dots") << u"v1.2 notes.txt"_s << u"v1.2 notes (2).txt"_s;
}

void TestAttachmentDownload::numberedNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(numberedFilename(name, 2), expected);
}

void TestAttachmentDownload::previewInMemory()
{
    const QByteArray bytes = randomBytes(100 * 1024);
    const Attachment a = attachment(u"shot.png"_s, bytes.size());
    m_server->addAttachment(a.id, bytes);
    AttachmentDownload *d = m_client->previewAttachment(m_ticket, a, this);
    QVERIFY(waitFor(d));
    QVERIFY2(!d->error().isError(), qPrintable(d->errorMessage()));
    QCOMPARE(d->data(), bytes);
    QVERIFY(d->contentPath().isEmpty());
    QCOMPARE(d->head(10), bytes.left(10));
}

void TestAttachmentDownload::previewBeyondMemoryLimitSpills()
{
    const qint64 size = AttachmentDownload::memoryLimit() + 1024 * 1024;
    const Attachment a = attachment(u"huge.log"_s, size);
    m_server->addGeneratedAttachment(a.id, size);
    AttachmentDownload *d = m_client->previewAttachment(m_ticket, a, this);
    QVERIFY(waitFor(d, 60000));
    QVERIFY2(!d->error().isError(), qPrintable(d->errorMessage()));
    QVERIFY(d->data().isEmpty());
    const QString spill = d->contentPath();
    QVERIFY(!spill.isEmpty());
    const QFileInfo info(spill);
    QCOMPARE(info.size(), size);
    // Private: only the user may read it.
    QCOMPARE(info.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QCOMPARE(d->head(4096), FakeAnkraServer::generatedBytes(0, 4096));
    delete d;
    QVERIFY(!QFileInfo::exists(spill));
}

void TestAttachmentDownload::invalidAttachmentIdSendsNothing()
{
    Attachment a = attachment(u"x"_s, 1);
    a.id = u"../../organisation"_s;
    AttachmentDownload *d = download(a, uniqueFilePath(m_dir->path(), a.filename));
    QVERIFY(waitFor(d));
    QVERIFY(d->error().isError());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestAttachmentDownload::runnableRule_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("runnable");
    QTest::newRow("log") << u"pod.log"_s << QByteArray("2025-03-01 ERROR boom\n") << false;
    QTest::newRow("png") << u"shot.png"_s << QByteArray("\x89PNG\r\n\x1a\n", 8) << false;
    QTest::newRow("yaml") << u"values.yaml"_s << QByteArray("replicas: 3\n") << false;
    QTest::newRow("zip") << u"logs.zip"_s << QByteArray("PK\x03\x04\x14\0\0\0logs/a.txt", 18)
                         << false;
    QTest::newRow("exe by name") << u"setup.exe"_s << QByteArray("hello") << true;
    QTest::newRow("EXE upper, trailing dot") << u"SETUP.EXE."_s << QByteArray() << true;
    QTest::newRow("desktop by name") << u"app.desktop"_s << QByteArray() << true;
    QTest::newRow("jar by name") << u"tool.jar"_s << QByteArray() << true;
    QTest::newRow("dmg by name") << u"disk.dmg"_s << QByteArray() << true;
    QTest::newRow("sh by name") << u"fix.sh"_s << QByteArray("echo hi") << true;
    QTest::newRow("ELF as png") << u"shot.png"_s
                                << QByteArray("\x7f"
                                              "ELF\x02\x01\x01",
                                              7)
                                << true;
    QTest::newRow("MZ as pdf") << u"invoice.pdf"_s << QByteArray("MZ\x90\0", 4) << true;
    QTest::newRow("Mach-O") << u"tool"_s << QByteArray("\xcf\xfa\xed\xfe", 4) << true;
    QTest::newRow("fat Mach-O") << u"tool"_s << QByteArray("\xca\xfe\xba\xbe", 4) << true;
    QTest::newRow("shebang as txt")
        << u"notes.txt"_s << QByteArray("#!/bin/sh\nrm -rf ~\n") << true;
    QTest::newRow("desktop entry as txt")
        << u"readme.txt"_s << QByteArray("# c\n[Desktop Entry]\nExec=sh\n") << true;
    QTest::newRow("jar as zip") << u"logs.zip"_s
                                << QByteArray("PK\x03\x04\x14\0\0\0META-INF/MANIFEST.MF", 28)
                                << true;
    QTest::newRow("lnk") << u"photo.jpg"_s << QByteArray("\x4c\0\0\0\x01\x14\x02\0", 8) << true;
    QTest::newRow("bidi-hidden exe")
        << sanitizeFilename(u"invoice\u202Egpj.exe"_s) << QByteArray() << true;
}

void TestAttachmentDownload::runnableRule()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, head);
    QFETCH(bool, runnable);
    const RunnableVerdict verdict = runnableType(name, head);
    QCOMPARE(verdict.runnable, runnable);
    QCOMPARE(verdict.reason.isEmpty(), !runnable);
    // The same verdict from a file on disk.
    QFile file(m_dir->filePath(sanitizeFilename(name)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(head);
    file.close();
    QCOMPARE(runnableFile(file.fileName()).runnable, runnable);
}

QTEST_GUILESS_MAIN(TestAttachmentDownload)
#include "tst_attachmentdownload.moc"
