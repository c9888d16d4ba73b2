#include "support/fakeankraserver.h"

#include "core/ticketlist.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#include <cstring>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace Ankra::Test {
namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

constexpr qint64 ChunkBytes = 64 * 1024;

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray detailJson(const QByteArray &detail)
{
    return json({{"detail"_L1, QString::fromUtf8(detail)}});
}

// A response head written by hand, for the faults that then send only part of a body.
QByteArray rawHead(int status, const Headers &headers)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' '
                      + HttpResponder::reasonPhrase(status) + "\r\n";
    for (const auto &header : headers)
        head += header.first + ": " + header.second + "\r\n";
    return head + "Connection: close\r\n\r\n";
}

// Writes `total` bytes of filler as HTTP chunks (for ever when `total` < 0), a slice per event
// loop turn while the socket has little waiting to go, until done or until the client goes
// away. `stream` counts what the socket handed to the operating system.
void streamChunks(QObject *context, HttpResponder responder, qint64 total,
                  std::shared_ptr<StreamStats> stream)
{
    using Pump = std::function<void()>;
    auto pump = std::make_shared<Pump>();
    // The pump holds itself only weakly; the scheduled call keeps it alive, so it is freed
    // when the stream ends or when `context` dies with a call still pending.
    const std::weak_ptr<Pump> self = pump;
    auto sent = std::make_shared<qint64>(0);
    stream->running = true;
    if (QTcpSocket *socket = responder.socket()) {
        QObject::connect(socket, &QTcpSocket::bytesWritten, context,
                         [stream](qint64 bytes) { stream->bytesOut += bytes; });
    }
    *pump = [context, responder, total, sent, self, stream]() mutable {
        if (!responder.isConnected()) {
            stream->running = false;
            return;
        }
        if (total >= 0 && *sent >= total) {
            responder.write("0\r\n\r\n");
            responder.close();
            stream->running = false;
            return;
        }
        // Backpressure: only queue more when what was queued has mostly gone out.
        if (responder.socket()->bytesToWrite() < 4 * ChunkBytes) {
            const qint64 size = total < 0 ? ChunkBytes : qMin(ChunkBytes, total - *sent);
            responder.write(QByteArray::number(size, 16) + "\r\n" + QByteArray(size, ' ') + "\r\n");
            *sent += size;
        }
        QTimer::singleShot(1, context, [next = self.lock()] { (*next)(); });
    };
    (*pump)();
}

// Writes `body` as HTTP chunks of `slice` bytes, one slice every `delayMs` (all at once when
// 0), then the last chunk and an orderly close.
void writeChunked(QObject *context, HttpResponder responder, const QByteArray &body, qint64 slice,
                  int delayMs)
{
    if (delayMs <= 0) {
        QByteArray out;
        for (qint64 at = 0; at < body.size(); at += slice) {
            const QByteArray part = body.mid(at, slice);
            out += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
        }
        responder.write(out + "0\r\n\r\n");
        responder.close();
        return;
    }
    auto offset = std::make_shared<qint64>(0);
    auto timer = new QTimer(context);
    timer->start(delayMs);
    QObject::connect(
        timer, &QTimer::timeout, timer, [timer, responder, body, slice, offset]() mutable {
            if (!responder.isConnected()) {
                timer->deleteLater();
                return;
            }
            if (*offset >= body.size()) {
                responder.write("0\r\n\r\n");
                responder.close();
                timer->deleteLater();
                return;
            }
            const QByteArray part = body.mid(*offset, slice);
            *offset += part.size();
            responder.write(QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n");
        });
}

// A generated body with Content-Length, written as the socket drains.
void streamGenerated(QObject *context, HttpResponder responder, qint64 total)
{
    responder.write(rawHead(200, {{"Content-Type", "application/octet-stream"},
                                  {"Content-Length", QByteArray::number(total)}}));
    QTcpSocket *socket = responder.socket();
    if (!socket)
        return;
    auto sent = std::make_shared<qint64>(0);
    auto pump = [responder, socket, total, sent]() mutable {
        while (responder.isConnected() && *sent < total
               && socket->bytesToWrite() < 4 * ChunkBytes) {
            const qint64 size = qMin<qint64>(4 * ChunkBytes, total - *sent);
            responder.write(FakeAnkraServer::generatedBytes(*sent, size));
            *sent += size;
        }
        if (responder.isConnected() && *sent >= total && socket->bytesToWrite() == 0)
            responder.close();
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, context, pump);
    pump();
}

} // namespace

QByteArray sampleTicketJson(const QString &id, const QString &subject)
{
    const QJsonObject comment{
        {"id"_L1, u"0b7e8c2a-1f3d-4c5e-9a6b-7d8e9f0a1b2c"_s},
        {"author_label"_L1, u"Ankra Support"_s},
        {"author_type"_L1, u"team"_s},
        {"body"_L1, u"We are looking into it."_s},
        {"created_at"_L1, u"2025-03-01T10:00:00Z"_s},
    };
    const QJsonObject attachment{
        {"id"_L1, u"5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f"_s},
        {"filename"_L1, u"logs.txt"_s},
        {"content_type"_L1, u"text/plain"_s},
        {"size_bytes"_L1, 2048},
        {"created_at"_L1, u"2025-03-01T09:35:00Z"_s},
    };
    const QJsonObject ticket{
        {"id"_L1, id},
        {"organisation_id"_L1, u"9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"_s},
        {"source"_L1, u"portal"_s},
        {"category"_L1, u"technical"_s},
        {"subject"_L1, subject},
        {"description"_L1, u"The cluster does not start."_s},
        {"status"_L1, u"open"_s},
        {"ai_review_status"_L1, u"passed"_s},
        {"created_at"_L1, u"2025-03-01T09:30:00Z"_s},
        {"updated_at"_L1, u"2025-03-01T10:00:00Z"_s},
        {"cluster_id"_L1, QJsonValue::Null},
        {"cluster_name"_L1, QJsonValue::Null},
        {"severity"_L1, u"high"_s},
        {"ai_summary"_L1, QJsonValue::Null},
        {"is_tracked_by_team"_L1, false},
        {"comments"_L1, QJsonArray{comment}},
        {"attachments"_L1, QJsonArray{attachment}},
    };
    return json(ticket);
}

QByteArray sampleOrganisationsJson()
{
    const QJsonArray organisations{
        QJsonObject{{"organisation_id"_L1, QString::fromUtf16(SampleOrganisationA)},
                    {"name"_L1, u"Acme Support"_s},
                    {"slug"_L1, u"acme"_s},
                    {"user_current"_L1, false},
                    {"status"_L1, u"active"_s},
                    {"role"_L1, u"member"_s}},
        QJsonObject{{"organisation_id"_L1, QString::fromUtf16(SampleOrganisationB)},
                    {"name"_L1, u"Globex Operations"_s},
                    {"slug"_L1, u"globex"_s},
                    {"user_current"_L1, true},
                    {"status"_L1, u"active"_s},
                    {"role"_L1, u"admin"_s}},
    };
    return QJsonDocument(organisations).toJson(QJsonDocument::Compact);
}

FakeAnkraServer::FakeAnkraServer(QObject *parent)
    : QObject(parent)
    , m_organisations(sampleOrganisationsJson())
{
    m_http.setHandler([this](const HttpRequest &request, HttpResponder &responder) {
        handle(request, responder);
    });
}

bool FakeAnkraServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http.listen(address, port);
}

QUrl FakeAnkraServer::ticketUrl(const QString &id) const
{
    QUrl url = baseUrl();
    url.setPath(QString::fromUtf16(TicketsPath) + id);
    return url;
}

int FakeAnkraServer::loadFixtures(const QString &directory)
{
    int count = 0;
    const QDir dir(directory);
    const QStringList names = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        const QJsonValue id = QJsonDocument::fromJson(bytes).object().value("id"_L1);
        if (!id.isString())
            continue; // not a ticket (e.g. a deliberately broken fixture)
        addTicket(id.toString(), bytes);
        ++count;
    }
    return count;
}

void FakeAnkraServer::addTicket(const QString &id, const QByteArray &json)
{
    m_tickets.insert(id.toLower(), json);
}

void FakeAnkraServer::addAttachment(const QString &attachmentId, const QByteArray &bytes,
                                    const QByteArray &contentType)
{
    m_attachments.insert(attachmentId.toLower(), Attachment{bytes, contentType, -1});
}

void FakeAnkraServer::addGeneratedAttachment(const QString &attachmentId, qint64 size)
{
    m_attachments.insert(attachmentId.toLower(),
                         Attachment{QByteArray(), "application/octet-stream", size});
}

QByteArray FakeAnkraServer::generatedBytes(qint64 offset, qint64 size)
{
    // A pattern whose period (a prime) no power-of-two slice or shift reproduces; copied, not
    // computed per byte, so that the server is not what a download benchmark measures.
    constexpr qint64 Period = 65521;
    static const QByteArray pattern = [] {
        QByteArray bytes(2 * Period, Qt::Uninitialized);
        for (qint64 i = 0; i < bytes.size(); ++i) {
            const quint64 at = quint64(i % Period);
            bytes[i] = char((at * 131u + (at >> 7)) & 0xff);
        }
        return bytes;
    }();
    QByteArray bytes(size, Qt::Uninitialized);
    qint64 done = 0;
    while (done < size) {
        const qint64 start = (offset + done) % Period;
        const qint64 n = qMin(size - done, Period);
        memcpy(bytes.data() + done, pattern.constData() + start, size_t(n));
        done += n;
    }
    return bytes;
}

int FakeAnkraServer::attachmentRequestCount(const QString &attachmentId) const
{
    int count = 0;
    for (const HttpRequest &request : m_requests) {
        if (attachmentIdOf(request.target) == attachmentId.toLower())
            ++count;
    }
    return count;
}

QString FakeAnkraServer::attachmentIdOf(const QByteArray &target)
{
    const qsizetype query = target.indexOf('?');
    const QString path = QString::fromUtf8(query < 0 ? target : target.left(query));
    const QString prefix = QString::fromUtf16(TicketsPath);
    if (!path.startsWith(prefix))
        return QString();
    const QStringList parts = path.mid(prefix.size()).split(u'/');
    if (parts.size() != 3 || u'/' + parts.at(1) + u'/' != QString::fromUtf16(AttachmentsSegment))
        return QString();
    return parts.at(2).toLower();
}

void FakeAnkraServer::serveAttachment(const Attachment &attachment, HttpResponder responder)
{
    if (attachment.generated >= 0)
        streamGenerated(this, responder, attachment.generated);
    else
        responder.send(200, attachment.bytes, {}, attachment.contentType);
}

FaultSpec &FakeAnkraServer::setFault(Fault fault, const QString &ticketId)
{
    FaultSpec &spec = m_faults[ticketId.toLower()];
    spec = FaultSpec();
    spec.fault = fault;
    return spec;
}

void FakeAnkraServer::clearFaults()
{
    m_faults.clear();
}

int FakeAnkraServer::requestCount(const QString &ticketId) const
{
    if (ticketId.isEmpty())
        return int(m_requests.size());
    const QString id = ticketId.toLower();
    int count = 0;
    for (const HttpRequest &request : m_requests) {
        if (ticketIdOf(request.target) == id)
            ++count;
    }
    return count;
}

int FakeAnkraServer::organisationRequestCount() const
{
    int count = 0;
    for (const HttpRequest &request : m_requests) {
        const qsizetype query = request.target.indexOf('?');
        const QByteArray path = query < 0 ? request.target : request.target.left(query);
        if (QString::fromUtf8(path) == QString::fromUtf16(OrganisationsPath))
            ++count;
    }
    return count;
}

QString FakeAnkraServer::ticketIdOf(const QByteArray &target)
{
    const qsizetype query = target.indexOf('?');
    const QString path = QString::fromUtf8(query < 0 ? target : target.left(query));
    const QString prefix = QString::fromUtf16(TicketsPath);
    if (!path.startsWith(prefix))
        return QString();
    const QString id = path.mid(prefix.size());
    return id.contains(u'/') ? QString() : id.toLower();
}

QList<QJsonValue> FakeAnkraServer::makeListRows(int count, int seed)
{
    const QStringList statuses = TicketListFilter::allStatuses();
    static const QStringList severities{u"low"_s, u"medium"_s, u"high"_s, u"critical"_s, QString()};
    QList<QJsonValue> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        const quint32 n = quint32(seed) * 1000003u + quint32(i);
        const QString id = u"%1-%2-4%3-8%4-%5"_s.arg(n, 8, 16, QChar(u'0'))
                               .arg(quint32(seed) & 0xffff, 4, 16, QChar(u'0'))
                               .arg(i % 0xfff, 3, 16, QChar(u'0'))
                               .arg(i % 0xfff, 3, 16, QChar(u'0'))
                               .arg(quint64(n) * 7919u, 12, 16, QChar(u'0'));
        const QString severity = severities.at(i % severities.size());
        rows.append(QJsonObject{
            {"id"_L1, id},
            {"cluster_id"_L1, QJsonValue::Null},
            {"cluster_name"_L1,
             i % 3 == 0 ? QJsonValue(u"prod-eu-%1"_s.arg(i % 7)) : QJsonValue(QJsonValue::Null)},
            {"source"_L1, u"portal"_s},
            {"category"_L1, u"technical"_s},
            {"subject"_L1, u"Ticket %1"_s.arg(i + 1)},
            {"status"_L1, statuses.at(i % statuses.size())},
            {"severity"_L1, severity.isEmpty() ? QJsonValue(QJsonValue::Null) : severity},
            {"ai_review_status"_L1, u"passed"_s},
            {"is_tracked_by_team"_L1, i % 4 == 0},
            {"created_at"_L1, u"2025-03-01T09:30:00Z"_s},
            {"updated_at"_L1, QDateTime::fromString(u"2025-03-01T10:00:00Z"_s, Qt::ISODate)
                                  .addSecs(-60 * i)
                                  .toUTC()
                                  .toString(Qt::ISODate)},
        });
    }
    return rows;
}

FaultSpec &FakeAnkraServer::setListFault(Fault fault, int page)
{
    const QString key = page > 0 ? u"#list:"_s + QString::number(page) : u"#list"_s;
    FaultSpec &spec = m_faults[key];
    spec = FaultSpec();
    spec.fault = fault;
    return spec;
}

QList<QByteArray> FakeAnkraServer::listTargets() const
{
    QList<QByteArray> targets;
    for (const HttpRequest &request : m_requests) {
        const qsizetype query = request.target.indexOf('?');
        const QByteArray path = query < 0 ? request.target : request.target.left(query);
        if (QString::fromUtf8(path) == QString::fromUtf16(ListPath))
            targets.append(request.target);
    }
    return targets;
}

QByteArray FakeAnkraServer::listJson(const QByteArray &query) const
{
    int page = 1;
    int pageSize = 25;
    QStringList statuses;
    QString search;
    for (const auto &item : decodeQueryItems(query)) {
        if (item.first == u"page")
            page = qMax(1, item.second.toInt());
        else if (item.first == u"page_size")
            pageSize = qMax(1, item.second.toInt());
        else if (item.first == u"status")
            statuses.append(item.second);
        else if (item.first == u"q")
            search = item.second;
    }
    QJsonArray matching;
    for (const QJsonValue &row : m_listRows) {
        const QJsonObject object = row.toObject();
        if (!statuses.isEmpty() && !statuses.contains(object.value("status"_L1).toString()))
            continue;
        if (!search.isEmpty()
            && !object.value("subject"_L1).toString().contains(search, Qt::CaseInsensitive))
            continue;
        matching.append(row);
    }
    const qsizetype total = matching.size();
    QJsonArray result;
    for (qsizetype i = qsizetype(page - 1) * pageSize; i < total && i < qsizetype(page) * pageSize;
         ++i)
        result.append(matching.at(i));
    const QJsonObject pagination{{"page"_L1, page},
                                 {"page_size"_L1, pageSize},
                                 {"total_pages"_L1, int((total + pageSize - 1) / pageSize)},
                                 {"total_count"_L1, total}};
    return json({{"result"_L1, result}, {"pagination"_L1, pagination}});
}

bool FakeAnkraServer::takeFaultByKey(const QString &key, FaultSpec *spec)
{
    auto it = m_faults.find(key);
    if (it == m_faults.end() || it->fault == Fault::None)
        return false;
    *spec = it.value();
    if (it->remaining > 0 && --it->remaining == 0)
        m_faults.erase(it);
    return true;
}

bool FakeAnkraServer::takeFault(const QString &ticketId, FaultSpec *spec)
{
    auto it = m_faults.find(ticketId);
    if (ticketId.isEmpty() || it == m_faults.end())
        it = m_faults.find(QString());
    if (it == m_faults.end() || it->fault == Fault::None)
        return false;
    *spec = it.value();
    if (it->remaining > 0 && --it->remaining == 0)
        m_faults.erase(it);
    return true;
}

void FakeAnkraServer::handle(const HttpRequest &request, HttpResponder &responder)
{
    m_requests.append(request);
    const QString attachmentId = attachmentIdOf(request.target);
    const QString id = attachmentId.isEmpty() ? ticketIdOf(request.target) : attachmentId;

    if (request.method != "GET") {
        responder.send(405, detailJson("Method Not Allowed"));
        return;
    }
    const qsizetype queryStart = request.target.indexOf('?');
    const QByteArray targetPath = queryStart < 0 ? request.target : request.target.left(queryStart);
    if (QString::fromUtf8(targetPath) == QString::fromUtf16(ListPath)) {
        const QByteArray query = queryStart < 0 ? QByteArray() : request.target.mid(queryStart + 1);
        int page = 1;
        for (const auto &item : decodeQueryItems(query)) {
            if (item.first == u"page")
                page = qMax(1, item.second.toInt());
        }
        FaultSpec listSpec;
        if (takeFaultByKey(u"#list:"_s + QString::number(page), &listSpec)
            || takeFaultByKey(u"#list"_s, &listSpec) || takeFault(QString(), &listSpec)) {
            serveFault(listSpec, listJson(query), responder);
            return;
        }
        if (!m_expectedToken.isEmpty()
            && request.headers.value("authorization") != "Bearer " + m_expectedToken) {
            responder.send(401, detailJson("Not authenticated"), {{"WWW-Authenticate", "Bearer"}});
            return;
        }
        responder.send(200, listJson(query));
        return;
    }
    FaultSpec spec;
    if (!attachmentId.isEmpty() && takeFault(id, &spec)) {
        const Attachment attachment = m_attachments.value(id);
        serveFault(spec,
                   attachment.generated >= 0 ? generatedBytes(0, attachment.generated)
                                             : attachment.bytes,
                   responder);
        return;
    }
    if (attachmentId.isEmpty() && takeFault(id, &spec)) {
        const QByteArray ticket = m_tickets.value(id);
        serveFault(spec, ticket.isEmpty() ? sampleTicketJson(id) : ticket, responder);
        return;
    }
    if (!m_expectedToken.isEmpty()
        && request.headers.value("authorization") != "Bearer " + m_expectedToken) {
        responder.send(401, detailJson("Not authenticated"), {{"WWW-Authenticate", "Bearer"}});
        return;
    }
    if (!attachmentId.isEmpty()) {
        if (!m_attachments.contains(attachmentId))
            responder.send(404, detailJson("Attachment not found"));
        else
            serveAttachment(m_attachments.value(attachmentId), responder);
        return;
    }
    if (id.isEmpty()) {
        const qsizetype query = request.target.indexOf('?');
        const QByteArray path = query < 0 ? request.target : request.target.left(query);
        if (QString::fromUtf8(path) == QString::fromUtf16(OrganisationsPath))
            responder.send(200, m_organisations);
        else
            responder.send(404, detailJson("Not Found"));
        return;
    }
    const QByteArray ticket = m_tickets.value(id);
    if (ticket.isEmpty()) {
        responder.send(404, detailJson("Support ticket not found"));
        return;
    }
    responder.send(200, ticket);
}

void FakeAnkraServer::serveFault(const FaultSpec &spec, const QByteArray &ticket,
                                 HttpResponder responder)
{
    const Headers jsonHeaders{{"Content-Type", "application/json"},
                              {"Content-Length", QByteArray::number(ticket.size())}};
    switch (spec.fault) {
    case Fault::None:
        responder.send(200, ticket);
        return;
    case Fault::Unauthorized:
        responder.send(401, detailJson("Invalid or expired token"),
                       {{"WWW-Authenticate", "Bearer"}});
        return;
    case Fault::PermissionDenied:
        responder.send(403, json({{"detail"_L1, u"permission_denied"_s},
                                  {"permission"_L1, QString::fromUtf8(spec.permission)}}));
        return;
    case Fault::NotFound:
        responder.send(404, detailJson("Support ticket not found"));
        return;
    case Fault::Validation: {
        const QJsonArray detail{
            QJsonObject{{"loc"_L1, QJsonArray{u"path"_s, u"ticket_id"_s}},
                        {"msg"_L1, u"Input should be a valid UUID"_s},
                        {"type"_L1, u"uuid_parsing"_s}},
            QJsonObject{{"loc"_L1, QJsonArray{u"body"_s, u"items"_s, 0, u"body"_s}},
                        {"msg"_L1, u"Value error, must not be empty"_s},
                        {"type"_L1, u"value_error"_s}},
        };
        responder.send(422, json({{"detail"_L1, detail}}));
        return;
    }
    case Fault::RateLimited: {
        Headers headers;
        if (!spec.retryAfter.isEmpty())
            headers.append({"Retry-After", spec.retryAfter});
        responder.send(429, detailJson("Too Many Requests"), headers);
        return;
    }
    case Fault::Status:
        responder.send(spec.status ? spec.status : 500, detailJson(spec.detail));
        return;
    case Fault::SlowHeaders:
        QTimer::singleShot(spec.delayMs, this,
                           [responder, ticket]() mutable { responder.send(200, ticket); });
        return;
    case Fault::StallBody:
        responder.write(rawHead(200, jsonHeaders) + ticket.left(ticket.size() / 2));
        return;
    case Fault::ResetMidBody:
        responder.write(rawHead(200, jsonHeaders) + ticket.left(ticket.size() / 2));
        // Give the bytes time to reach the client, so the reset really comes mid-body.
        QTimer::singleShot(100, this, [responder]() mutable { responder.reset(); });
        return;
    case Fault::OversizedLength:
        responder.write(rawHead(200, {{"Content-Type", "application/json"},
                                      {"Content-Length", QByteArray::number(spec.sizeBytes)}})
                        + "{\"subject\": \"" + QByteArray(1024, 'x'));
        return;
    case Fault::OversizedChunked:
        responder.write(
            rawHead(200, {{"Content-Type", "application/json"}, {"Transfer-Encoding", "chunked"}}));
        streamChunks(this, responder, spec.sizeBytes, m_stream);
        return;
    case Fault::Trickle: {
        responder.write(
            rawHead(200, {{"Content-Type", "application/json"}, {"Transfer-Encoding", "chunked"}})
            + "1\r\n{\r\n");
        auto timer = new QTimer(this);
        timer->start(spec.delayMs);
        connect(timer, &QTimer::timeout, timer, [timer, responder]() mutable {
            if (!responder.isConnected()) {
                timer->deleteLater();
                return;
            }
            responder.write("1\r\n \r\n");
        });
        return;
    }
    case Fault::Chunked:
        responder.write(rawHead(200, {{"Transfer-Encoding", "chunked"}}));
        writeChunked(this, responder, ticket, 16 * 1024, 0);
        return;
    case Fault::SlowBody:
        responder.write(rawHead(200, {{"Transfer-Encoding", "chunked"}}));
        writeChunked(this, responder, ticket, qMax<qint64>(1, spec.sizeBytes), spec.delayMs);
        return;
    case Fault::MalformedJson:
        responder.send(200, ticket.left(ticket.size() / 2));
        return;
    case Fault::WrongTypes: {
        QJsonObject object = QJsonDocument::fromJson(ticket).object();
        // A list: its rows are not an array; a ticket: its subject is a number.
        object.insert(object.contains("result"_L1) ? "result"_L1 : "subject"_L1, 42);
        responder.send(200, json(object));
        return;
    }
    case Fault::Redirect: {
        const QUrl target = baseUrl().resolved(spec.location);
        responder.send(spec.status ? spec.status : 302, QByteArray(),
                       {{"Location", target.toEncoded()}});
        return;
    }
    }
}

} // namespace Ankra::Test
