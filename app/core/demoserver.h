#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

// Demo mode: a handful of bundled, realistic sample tickets served by an in-process loopback
// HTTP server at the real API path, so the window shows them through the normal ApiClient.
// Timestamps are moved so that the newest activity is a little while ago.

namespace Ankra {

class LocalHttpServer;
struct HttpRequest;
class HttpResponder;

class DemoServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoServer)

public:
    struct Sample
    {
        QString id;
        QString subject;
        QString status;   // wire value
        QString severity; // wire value, empty for none
        QString clusterName;
    };

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Listens on 127.0.0.1 on a free port. Returns false (and says why) if it cannot.
    bool start(QString *errorMessage = nullptr);
    QUrl baseUrl() const;
    // The token the demo server accepts; it is no secret and works nowhere else.
    static QString token();

    // The samples in display order.
    QList<Sample> samples() const;
    // A sample ticket's JSON as served (timestamps already moved); empty if there is none.
    QByteArray ticketJson(const QString &id) const;
    int requestCount() const;

    // The moment the newest sample activity is placed at, relative to `now` (tests).
    static QDateTime shiftedNewest(const QDateTime &now);

private:
    void load();
    void handle(const HttpRequest &request, HttpResponder &responder) const;

    LocalHttpServer *m_server;
    QList<Sample> m_samples;
    QHash<QString, QByteArray> m_tickets; // id -> JSON
    // "ticket id/attachment id" -> the sample file's bytes and content type (demo/attachments)
    QHash<QString, QPair<QByteArray, QByteArray>> m_attachments;
    QList<QJsonObject> m_summaries;       // the list endpoint's rows, in order
    // The list endpoint's answer for a query string: filtered by `status` (repeated) and `q`
    // (case-insensitive, in the subject), paged by `page` and `page_size`.
    QByteArray listJson(const QByteArray &query) const;
};

} // namespace Ankra
