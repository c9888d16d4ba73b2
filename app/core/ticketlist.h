#pragma once

#include "core/ticket.h"
#include "core/ticketjson.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// The ticket list as the API sends it (openapi.yaml, TicketList and TicketSummary), and the
// query that asks for one page of it: GET /api/v1/org/support/tickets?page=&page_size=
// &status=..&status=..&q=. Plain data, cheap to copy.

namespace Ankra {

// One row of the list: a ticket without its description, comments and attachments.
struct TicketSummary
{
    QString id; // canonical UUID
    std::optional<QString> clusterId;
    std::optional<QString> clusterName;
    EnumValue<Source> source;
    EnumValue<Category> category;
    QString subject;
    EnumValue<Status> status;
    EnumValue<Severity> severity; // None when null
    EnumValue<AiReview> aiReviewStatus;
    bool isTrackedByTeam = false;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    friend bool operator==(const TicketSummary &a, const TicketSummary &b)
    {
        return a.id == b.id && a.clusterId == b.clusterId && a.clusterName == b.clusterName
               && a.source == b.source && a.category == b.category && a.subject == b.subject
               && a.status == b.status && a.severity == b.severity
               && a.aiReviewStatus == b.aiReviewStatus && a.isTrackedByTeam == b.isTrackedByTeam
               && a.createdAt == b.createdAt && a.updatedAt == b.updatedAt;
    }
    friend bool operator!=(const TicketSummary &a, const TicketSummary &b) { return !(a == b); }
};

struct Pagination
{
    int page = 0;
    int pageSize = 0;
    int totalPages = 0;
    qint64 totalCount = 0;
};

// A row of `result` the parser rejected: left out of the page instead of failing it.
struct SkippedRow
{
    qsizetype index = -1; // in the page's `result`
    QString id;           // the row's id when it had a readable one, else empty
    QString field;        // the member that was wrong ("subject", "updated_at"), or empty
    QString message;      // "expected a string"
};

struct TicketListPage
{
    QList<TicketSummary> tickets; // the rows that parsed, in the server's order
    Pagination pagination;
    QList<SkippedRow> skipped;
};

// The document as a whole must be a TicketList (an object with `result`, an array, and a
// complete `pagination`), else nullopt and `error` says why. Rows are checked one by one.
std::optional<TicketListPage> ticketListFromJson(const QJsonDocument &document,
                                                 ParseError *error = nullptr);
std::optional<TicketSummary> ticketSummaryFromJson(const QJsonObject &object,
                                                   ParseError *error = nullptr);
// Every field under the schema's names; unknown enum values verbatim; timestamps as
// ticketToJson() writes them.
QJsonObject ticketSummaryToJson(const TicketSummary &summary);

// What a list shows: the statuses asked for (wire names; empty: all of them) and the text
// searched for in subjects (`q`; empty: none).
struct TicketListFilter
{
    QStringList statuses;
    QString search;

    // The seven statuses of the schema, in its order.
    static QStringList allStatuses();
    // Everything but resolved and closed: the list's default.
    static QStringList activeStatuses();
    // `statuses` in the schema's order, without duplicates; a status the app does not know
    // is kept (after the known ones). An empty list or every status means "all": empty.
    static QStringList normalizedStatuses(const QStringList &statuses);

    friend bool operator==(const TicketListFilter &a, const TicketListFilter &b)
    {
        return a.statuses == b.statuses && a.search == b.search;
    }
    friend bool operator!=(const TicketListFilter &a, const TicketListFilter &b)
    {
        return !(a == b);
    }
};

struct TicketListQuery
{
    TicketListFilter filter;
    int page = 1;
    int pageSize = 50;

    // The encoded query string, without '?': "page=1&page_size=50&status=open&status=…&q=…".
    // Every character outside RFC 3986's unreserved set is percent-encoded as UTF-8, so that
    // '+' (a space to form decoders), '&', '#', '=' and any non-ASCII text arrive as typed.
    QByteArray toQueryString() const;
};

// A query string as a server decodes it (application/x-www-form-urlencoded: '+' is a space,
// then percent-decoding as UTF-8), item by item in order; for the demo and test servers.
QList<QPair<QString, QString>> decodeQueryItems(const QByteArray &query);

} // namespace Ankra

Q_DECLARE_METATYPE(Ankra::TicketSummary)
