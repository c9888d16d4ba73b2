#pragma once

#include "core/ticket.h"

// Tickets, comments and attachments built in code for model tests, independent of the JSON
// parser and its fixtures.

namespace Ankra::Samples {

inline QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

inline Comment comment(const QString &id, const QString &body,
                       const QString &authorType = QStringLiteral("customer"),
                       const QString &authorLabel = QStringLiteral("Dana Customer"),
                       const QDateTime &createdAt = utc(2025, 3, 1, 9, 30))
{
    Comment c;
    c.id = id;
    c.body = body;
    c.authorType = authorTypeFromWire(authorType);
    c.authorLabel = authorLabel;
    c.createdAt = createdAt;
    return c;
}

// `count` comments with ids "c0", "c1"... one minute apart.
inline QList<Comment> comments(int count, const QString &prefix = QStringLiteral("c"))
{
    QList<Comment> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        list.append(comment(prefix + QString::number(i), QStringLiteral("Body %1").arg(i),
                            i % 2 ? QStringLiteral("team") : QStringLiteral("customer"),
                            QStringLiteral("Author %1").arg(i),
                            utc(2025, 3, 1, 9, 0).addSecs(60LL * i)));
    }
    return list;
}

inline Attachment attachment(const QString &id, const QString &filename, qint64 size,
                             const QString &contentType = QStringLiteral("text/plain"),
                             const QDateTime &createdAt = utc(2025, 3, 1, 9, 30))
{
    Attachment a;
    a.id = id;
    a.filename = filename;
    a.contentType = contentType;
    a.sizeBytes = size;
    a.createdAt = createdAt;
    return a;
}

// A ticket with every field set to a known value.
inline Ticket fullTicket()
{
    Ticket t;
    t.id = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    t.organisationId = QStringLiteral("9b2f6c1e-0d4a-4e55-8a7b-1c2d3e4f5a6b");
    t.source = sourceFromWire(QStringLiteral("cli"));
    t.category = categoryFromWire(QStringLiteral("feature_request"));
    t.subject = QStringLiteral("Cluster <b>stuck</b> in provisioning");
    t.description = QStringLiteral("Since Monday the cluster\nnever becomes ready.");
    t.status = statusFromWire(QStringLiteral("in_progress"));
    t.aiReviewStatus = aiReviewFromWire(QStringLiteral("flagged"));
    t.createdAt = utc(2025, 3, 1, 9, 30);
    t.updatedAt = utc(2025, 3, 2, 17, 5, 9);
    t.clusterId = QStringLiteral("c-42");
    t.clusterName = QStringLiteral("prod-eu");
    t.severity = severityFromWire(QStringLiteral("high"));
    t.aiSummary = QStringLiteral("The customer's cluster does not finish provisioning.");
    t.isTrackedByTeam = true;
    t.comments = comments(3);
    t.attachments = {attachment(QStringLiteral("a1"), QStringLiteral("log.txt"), 1500)};
    return t;
}

} // namespace Ankra::Samples
