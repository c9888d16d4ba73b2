// fakeankra-serve: the tests' fake Ankra server as a process of its own, for tests that run the
// installed app (packaging/linux/test-deb.sh). Serves the given ticket documents (or a sample
// ticket) and their rows in the ticket list (`--rows N` adds N generated rows), prints where and
// what on standard output, and runs until it is killed. `--port N` listens on that port (a server
// that is stopped and started again at the same address):
//
//   url http://127.0.0.1:PORT
//   token TOKEN
//   ticket ID          (one line per ticket)

#include "support/fakeankraserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "fakeankra-serve: %s\n", qUtf8Printable(message));
    return 1;
}

// Removes `name VALUE` from `args` and returns VALUE; empty when the option is not given.
QString takeOption(QStringList &args, const QString &name)
{
    const qsizetype at = args.indexOf(name);
    if (at < 0 || at + 1 >= args.size())
        return {};
    const QString value = args.at(at + 1);
    args.remove(at, 2);
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList ids;
    QStringList files = app.arguments().mid(1);
    const quint16 port = takeOption(files, u"--port"_s).toUShort();
    Ankra::Test::FakeAnkraServer server;
    if (!server.listen(QHostAddress::LocalHost, port))
        return fail(u"cannot listen on loopback port %1"_s.arg(port));

    // --rows N: N generated rows in the ticket list after the served tickets' own rows.
    const int generatedRows = takeOption(files, u"--rows"_s).toInt();
    QList<QJsonValue> rows;
    // A served ticket, and its row in the list: the summary fields of its own JSON.
    auto serve = [&](const QString &id, const QByteArray &json) {
        server.addTicket(id, json);
        ids << id;
        const QJsonObject ticket = QJsonDocument::fromJson(json).object();
        QJsonObject row;
        for (const char *key :
             {"id", "cluster_id", "cluster_name", "source", "category", "subject", "status",
              "severity", "ai_review_status", "is_tracked_by_team", "created_at", "updated_at"})
            row.insert(QLatin1String(key), ticket.value(QLatin1String(key)));
        rows.append(row);
    };
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"cannot read %1"_s.arg(path));
        const QByteArray json = file.readAll();
        const QString id = QJsonDocument::fromJson(json).object().value(u"id").toString();
        if (id.isEmpty())
            return fail(u"%1 has no ticket id"_s.arg(path));
        serve(id, json);
    }
    if (ids.isEmpty()) {
        const QString id = u"3f2504e0-4f89-41d3-9a0c-0305e82c3301"_s;
        serve(id, Ankra::Test::sampleTicketJson(id, u"Cluster upgrade stuck"_s));
    }

    if (generatedRows > 0)
        rows += Ankra::Test::FakeAnkraServer::makeListRows(generatedRows);
    server.setListRows(rows);

    std::printf("url %s\n", qUtf8Printable(server.baseUrl().toString()));
    std::printf("token %s\n", Ankra::Test::FakeAnkraServer::DefaultToken);
    for (const QString &id : std::as_const(ids))
        std::printf("ticket %s\n", qUtf8Printable(id));
    std::fflush(stdout);
    return app.exec();
}
