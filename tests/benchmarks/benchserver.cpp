// bench-server: the one loopback Ankra API that the floor program and the app both fetch from
// during a benchmark run. Serves the benchmark tickets (benchtickets.h) and the typical.json
// fixture with the fake server of the tests, prints one JSON line saying where and what, and exits
// when stdin closes (so a runner that dies cannot leave it behind).

#include "benchtickets.h"
#include "support/fakeankraserver.h"
#include "support/fixtures.h"
#include "support/ticketfactory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    Ankra::Test::FakeAnkraServer server;
    if (!server.listen()) {
        std::fputs("bench-server: cannot listen on 127.0.0.1\n", stderr);
        return 1;
    }

    QJsonArray tickets;
    for (const Ankra::Bench::TicketSize &size : Ankra::Bench::slopeSizes()) {
        const QByteArray json
            = Ankra::Test::makeTicketJson(size.comments, size.attachments, size.seed());
        const QString id = QJsonDocument::fromJson(json).object().value("id"_L1).toString();
        server.addTicket(id, json);
        tickets.append(QJsonObject{{u"comments"_s, size.comments},
                                   {u"attachments"_s, size.attachments},
                                   {u"id"_s, id},
                                   {u"bytes"_s, qint64(json.size())}});
    }
    // The project's own everyday ticket (tests/fixtures/README.md): a few comments with lists,
    // code and links, three attachments.
    const QByteArray typical = Ankra::Test::readFixture(u"typical.json"_s);
    const QJsonObject typicalObject = QJsonDocument::fromJson(typical).object();
    if (typicalObject.isEmpty()) {
        std::fputs("bench-server: cannot read the typical.json fixture\n", stderr);
        return 1;
    }
    server.addTicket(typicalObject.value("id"_L1).toString(), typical);
    tickets.append(
        QJsonObject{{u"fixture"_s, u"typical.json"_s},
                    {u"comments"_s, typicalObject.value("comments"_L1).toArray().size()},
                    {u"attachments"_s, typicalObject.value("attachments"_L1).toArray().size()},
                    {u"id"_s, typicalObject.value("id"_L1).toString()},
                    {u"bytes"_s, qint64(typical.size())}});

    // Tickets of a saved session (issue #10: a start that restores 20 tabs, typical.json the
    // current one): small everyday tickets, only fetched if a benchmark looks at them.
    for (unsigned i = 0; i < 19; ++i) {
        const QByteArray json = Ankra::Test::makeTicketJson(3, 1, 90001u + i);
        const QString id = QJsonDocument::fromJson(json).object().value("id"_L1).toString();
        server.addTicket(id, json);
        tickets.append(QJsonObject{{u"tab"_s, true}, {u"id"_s, id}});
    }

    // Issue 12: one ticket with a 200 MiB attachment, streamed as the socket drains (never all
    // in memory), for `--download` against `curl -o` (run-benchmarks).
    const QString downloadTicket = u"0d0a0d0a-2000-4000-8000-000000000200"_s;
    const QString downloadAttachment = u"0d0a0d0a-2000-4000-8000-0000000a0200"_s;
    const qint64 downloadBytes = 200LL * 1024 * 1024;
    {
        QJsonObject object
            = QJsonDocument::fromJson(Ankra::Test::sampleTicketJson(downloadTicket)).object();
        object.insert(u"attachments"_s,
                      QJsonArray{QJsonObject{{u"id"_s, downloadAttachment},
                                             {u"filename"_s, u"big-200MiB.bin"_s},
                                             {u"content_type"_s, u"application/octet-stream"_s},
                                             {u"size_bytes"_s, downloadBytes},
                                             {u"created_at"_s, u"2025-03-01T09:35:00Z"_s}}});
        server.addTicket(downloadTicket, QJsonDocument(object).toJson(QJsonDocument::Compact));
        server.addGeneratedAttachment(downloadAttachment, downloadBytes);
    }
    const QJsonObject ready{
        {u"download"_s, QJsonObject{{u"ticket"_s, downloadTicket},
                                    {u"attachment"_s, downloadAttachment},
                                    {u"bytes"_s, downloadBytes}}},
        {u"base_url"_s, server.baseUrl().toString()},
        {u"token"_s, QString::fromLatin1(Ankra::Test::FakeAnkraServer::DefaultToken)},
        {u"tickets"_s, tickets},
    };
    std::fputs(QJsonDocument(ready).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);

    // Requests pile up in the fake server's log; a benchmark makes a few hundred at most.
    QSocketNotifier stdinWatch(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinWatch, &QSocketNotifier::activated, &app, [&stdinWatch] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            stdinWatch.setEnabled(false);
            QCoreApplication::quit();
        }
    });
    return QCoreApplication::exec();
}
