#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// Changes to a ticket's JSON as the server would make them: a comment added, another status.

namespace Ankra::Test {

inline QByteArray withComment(const QByteArray &json, const QString &commentId,
                              const QString &author, const QString &body = QStringLiteral("Hi"))
{
    QJsonObject ticket = QJsonDocument::fromJson(json).object();
    QJsonArray comments = ticket.value(QLatin1String("comments")).toArray();
    comments.append(QJsonObject{
        {QLatin1String("id"), commentId},
        {QLatin1String("author_label"), author},
        {QLatin1String("author_type"), QStringLiteral("customer")},
        {QLatin1String("body"), body},
        {QLatin1String("created_at"), QStringLiteral("2025-03-02T08:00:00Z")},
    });
    ticket.insert(QLatin1String("comments"), comments);
    return QJsonDocument(ticket).toJson(QJsonDocument::Compact);
}

inline QByteArray withStatus(const QByteArray &json, const QString &status)
{
    QJsonObject ticket = QJsonDocument::fromJson(json).object();
    ticket.insert(QLatin1String("status"), status);
    return QJsonDocument(ticket).toJson(QJsonDocument::Compact);
}

} // namespace Ankra::Test
