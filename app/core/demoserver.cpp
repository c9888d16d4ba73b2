#include "core/demoserver.h"

#include "core/localhttpserver.h"
#include "core/ticketlist.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

constexpr char ticketPath[] = "/api/v1/org/support/tickets";

QByteArray detail(const QString &text)
{
    return QJsonDocument(QJsonObject{{u"detail"_s, text}}).toJson(QJsonDocument::Compact);
}

QDateTime parse(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // no zone: UTC, as the API means it
    return t.toUTC();
}

QString format(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

bool isTimestampKey(const QString &key)
{
    return key == u"created_at" || key == u"updated_at";
}

void collectTimes(const QJsonValue &value, QDateTime *newest)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (isTimestampKey(it.key()) && it->isString()) {
                const QDateTime t = parse(it->toString());
                if (t.isValid() && (!newest->isValid() || t > *newest))
                    *newest = t;
            } else {
                collectTimes(*it, newest);
            }
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (const QJsonValue &v : a)
            collectTimes(v, newest);
    }
}

QJsonValue shiftTimes(const QJsonValue &value, qint64 seconds)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (isTimestampKey(it.key()) && it->isString()) {
                const QDateTime t = parse(it->toString());
                if (t.isValid())
                    *it = format(t.addSecs(seconds));
            } else {
                *it = shiftTimes(*it, seconds);
            }
        }
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = shiftTimes(*it, seconds);
        return a;
    }
    return value;
}

} // namespace

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
    , m_server(new LocalHttpServer(this))
{
    load();
    m_server->setHandler([this](const HttpRequest &request, HttpResponder &responder) {
        handle(request, responder);
    });
}

DemoServer::~DemoServer() = default;

QString DemoServer::token()
{
    return u"ankra-demo-token"_s;
}

QDateTime DemoServer::shiftedNewest(const QDateTime &now)
{
    return now.toUTC().addSecs(-25 * 60);
}

void DemoServer::load()
{
    QFile index(u":/demo/index.json"_s);
    if (!index.open(QIODevice::ReadOnly)) {
        qWarning("DemoServer: the bundled sample tickets are missing");
        return;
    }
    const QJsonArray files = QJsonDocument::fromJson(index.readAll()).array();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &file : files) {
        QFile f(u":/demo/"_s + file.toString());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QJsonObject ticket = QJsonDocument::fromJson(f.readAll()).object();
        if (ticket.isEmpty())
            continue;
        QDateTime newest;
        collectTimes(ticket, &newest);
        if (newest.isValid())
            ticket = shiftTimes(ticket, newest.secsTo(shiftedNewest(now))).toObject();

        // Real bytes for the sample attachments, and their real sizes in the ticket.
        const QString ticketId = ticket.value(u"id"_s).toString();
        QJsonArray attachments = ticket.value(u"attachments"_s).toArray();
        for (auto it = attachments.begin(); it != attachments.end(); ++it) {
            QJsonObject attachment = it->toObject();
            QFile bytes(u":/demo/attachments/"_s + attachment.value(u"filename"_s).toString());
            if (!bytes.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = bytes.readAll();
            attachment.insert(u"size_bytes"_s, qint64(content.size()));
            *it = attachment;
            m_attachments.insert(
                ticketId + u'/' + attachment.value(u"id"_s).toString(),
                {content, attachment.value(u"content_type"_s).toString().toLatin1()});
        }
        ticket.insert(u"attachments"_s, attachments);

        Sample sample;
        sample.id = ticket.value(u"id"_s).toString();
        sample.subject = ticket.value(u"subject"_s).toString();
        sample.status = ticket.value(u"status"_s).toString();
        sample.severity = ticket.value(u"severity"_s).toString();
        sample.clusterName = ticket.value(u"cluster_name"_s).toString();
        m_samples.append(sample);
        m_tickets.insert(sample.id, QJsonDocument(ticket).toJson(QJsonDocument::Compact));

        QJsonObject summary = ticket;
        for (const auto &key : {u"organisation_id"_s, u"description"_s, u"ai_summary"_s,
                                u"comments"_s, u"attachments"_s})
            summary.remove(key);
        m_summaries.append(summary);
    }
}

QByteArray DemoServer::listJson(const QByteArray &query) const
{
    int page = 1;
    int pageSize = 25; // the API's default
    QStringList statuses;
    QString search;
    for (const auto &item : decodeQueryItems(query)) {
        if (item.first == u"page")
            page = qBound(1, item.second.toInt(), 1000000);
        else if (item.first == u"page_size")
            pageSize = qBound(1, item.second.toInt(), 1000);
        else if (item.first == u"status")
            statuses.append(item.second);
        else if (item.first == u"q")
            search = item.second.trimmed();
    }
    QList<QJsonObject> matching;
    for (const QJsonObject &summary : m_summaries) {
        if (!statuses.isEmpty() && !statuses.contains(summary.value(u"status"_s).toString()))
            continue;
        if (!search.isEmpty()
            && !summary.value(u"subject"_s).toString().contains(search, Qt::CaseInsensitive))
            continue;
        matching.append(summary);
    }
    QJsonArray result;
    const qsizetype first = qsizetype(page - 1) * pageSize;
    for (qsizetype i = first; i < matching.size() && i < first + pageSize; ++i)
        result.append(matching.at(i));
    const qsizetype total = matching.size();
    const QJsonObject pagination{{u"page"_s, page},
                                 {u"page_size"_s, pageSize},
                                 {u"total_pages"_s, int((total + pageSize - 1) / pageSize)},
                                 {u"total_count"_s, total}};
    return QJsonDocument(QJsonObject{{u"result"_s, result}, {u"pagination"_s, pagination}})
        .toJson(QJsonDocument::Compact);
}

bool DemoServer::start(QString *errorMessage)
{
    if (m_samples.isEmpty()) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("Ankra::DemoServer",
                                                        "The sample tickets are missing from "
                                                        "this build.");
        return false;
    }
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate(
                "Ankra::DemoServer", "Could not start the demo server on 127.0.0.1.");
        return false;
    }
    return true;
}

QUrl DemoServer::baseUrl() const
{
    return m_server->baseUrl();
}

QList<DemoServer::Sample> DemoServer::samples() const
{
    return m_samples;
}

QByteArray DemoServer::ticketJson(const QString &id) const
{
    return m_tickets.value(id);
}

int DemoServer::requestCount() const
{
    return m_server->requestCount();
}

void DemoServer::handle(const HttpRequest &request, HttpResponder &responder) const
{
    // DNS rebinding: a web page can make the browser send requests to this port under its own
    // host name; a browser also always sends Origin with a cross-site fetch. Only this
    // computer's own names, and no browser, are answered.
    const QByteArray port = QByteArray::number(m_server->port());
    const QByteArray host = request.headers.value("host").trimmed().toLower();
    if (host != "127.0.0.1:" + port && host != "localhost:" + port) {
        responder.send(421, detail(u"Misdirected Request"_s));
        return;
    }
    if (request.headers.contains("origin")) {
        responder.send(403, detail(u"Forbidden"_s));
        return;
    }
    const QByteArray expected = "Bearer " + token().toLatin1();
    if (request.headers.value("authorization") != expected) {
        responder.send(401, detail(u"Not authenticated"_s));
        return;
    }
    if (request.method != "GET") {
        responder.send(405, detail(u"Method Not Allowed"_s), {{"Allow", "GET"}});
        return;
    }
    const QUrl url(QString::fromLatin1(request.target));
    const QString path = url.path();
    const QString prefix = QString::fromLatin1(ticketPath);
    if (path == prefix) {
        const qsizetype query = request.target.indexOf('?');
        responder.send(200, listJson(query < 0 ? QByteArray() : request.target.mid(query + 1)));
        return;
    }
    if (path.startsWith(prefix + u'/')) {
        const QString id = path.mid(prefix.size() + 1).toLower();
        const auto it = m_tickets.constFind(id);
        if (it != m_tickets.constEnd()) {
            responder.send(200, it.value());
            return;
        }
        const auto file
            = m_attachments.constFind(id.section(u'/', 0, 0) + u'/' + id.section(u'/', 2));
        if (id.section(u'/', 1, 1) == u"attachments"_s && id.count(u'/') == 2
            && file != m_attachments.constEnd()) {
            responder.send(200, file->first, {}, file->second);
            return;
        }
        if (id.contains(u'/')) {
            responder.send(404, detail(u"Not Found"_s));
            return;
        }
        responder.send(404, detail(u"Support ticket not found"_s));
        return;
    }
    responder.send(404, detail(u"Not Found"_s));
}

} // namespace Ankra
