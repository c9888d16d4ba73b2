#include "core/ticketlist.h"

#include "core/ticketid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

#include <limits>

using namespace Qt::StringLiterals;

namespace Ankra {
namespace {

const char *const context = "Ankra::TicketJson";

bool fail(ParseError *error, const QString &path, const char *message)
{
    if (error)
        *error = {path, QCoreApplication::translate(context, message)};
    return false;
}

// A pagination member: a non-negative integer (JSON has only doubles: 2.0 counts, 2.5 not).
bool readCount(const QJsonObject &pagination, QLatin1String key, qint64 *out, ParseError *error)
{
    const QString path = u"pagination."_s + key;
    const auto it = pagination.constFind(key);
    if (it == pagination.constEnd())
        return fail(error, path, QT_TRANSLATE_NOOP("Ankra::TicketJson", "missing"));
    const qint64 value = it->isDouble() ? it->toInteger(-1) : -1;
    if (value < 0)
        return fail(error, path,
                    QT_TRANSLATE_NOOP("Ankra::TicketJson", "expected a non-negative integer"));
    *out = value;
    return true;
}

QByteArray encoded(const QString &value)
{
    // Only RFC 3986's unreserved characters stay as they are (toPercentEncoding's default).
    return QUrl::toPercentEncoding(value);
}

} // namespace

std::optional<TicketListPage> ticketListFromJson(const QJsonDocument &document, ParseError *error)
{
    if (!document.isObject()) {
        fail(error, QString(), QT_TRANSLATE_NOOP("Ankra::TicketJson", "expected a ticket list"));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const auto result = root.constFind("result"_L1);
    if (result == root.constEnd()) {
        fail(error, u"result"_s, QT_TRANSLATE_NOOP("Ankra::TicketJson", "missing"));
        return std::nullopt;
    }
    if (!result->isArray()) {
        fail(error, u"result"_s, QT_TRANSLATE_NOOP("Ankra::TicketJson", "expected an array"));
        return std::nullopt;
    }
    const auto pagination = root.constFind("pagination"_L1);
    if (pagination == root.constEnd()) {
        fail(error, u"pagination"_s, QT_TRANSLATE_NOOP("Ankra::TicketJson", "missing"));
        return std::nullopt;
    }
    if (!pagination->isObject()) {
        fail(error, u"pagination"_s, QT_TRANSLATE_NOOP("Ankra::TicketJson", "expected an object"));
        return std::nullopt;
    }
    TicketListPage page;
    const QJsonObject p = pagination->toObject();
    qint64 number = 0, size = 0, pages = 0, count = 0;
    if (!readCount(p, "page"_L1, &number, error) || !readCount(p, "page_size"_L1, &size, error)
        || !readCount(p, "total_pages"_L1, &pages, error)
        || !readCount(p, "total_count"_L1, &count, error))
        return std::nullopt;
    constexpr qint64 MaxInt = std::numeric_limits<int>::max();
    page.pagination
        = {int(qMin(number, MaxInt)), int(qMin(size, MaxInt)), int(qMin(pages, MaxInt)), count};

    const QJsonArray rows = result->toArray();
    page.tickets.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonValue row = rows.at(i);
        ParseError rowError;
        std::optional<TicketSummary> summary;
        if (row.isObject()) {
            summary = ticketSummaryFromJson(row.toObject(), &rowError);
        } else {
            rowError.message = QCoreApplication::translate(
                context, QT_TRANSLATE_NOOP("Ankra::TicketJson", "expected an object"));
        }
        if (summary) {
            page.tickets.append(std::move(*summary));
            continue;
        }
        SkippedRow skipped;
        skipped.index = i;
        skipped.id = canonicalUuidStrict(row.toObject().value("id"_L1).toString());
        skipped.field = rowError.path;
        skipped.message = rowError.message;
        page.skipped.append(skipped);
    }
    return page;
}

QStringList TicketListFilter::allStatuses()
{
    return {u"pending_review"_s,   u"open"_s,     u"triaging"_s, u"in_progress"_s,
            u"waiting_customer"_s, u"resolved"_s, u"closed"_s};
}

QStringList TicketListFilter::activeStatuses()
{
    return {u"pending_review"_s, u"open"_s, u"triaging"_s, u"in_progress"_s, u"waiting_customer"_s};
}

QStringList TicketListFilter::normalizedStatuses(const QStringList &statuses)
{
    const QStringList all = allStatuses();
    QStringList known;
    QStringList unknown;
    for (const QString &status : all) {
        if (statuses.contains(status))
            known.append(status);
    }
    for (const QString &status : statuses) {
        if (!all.contains(status) && !status.isEmpty() && !unknown.contains(status))
            unknown.append(status);
    }
    if (unknown.isEmpty() && known.size() == all.size())
        return {};
    return known + unknown;
}

QByteArray TicketListQuery::toQueryString() const
{
    QByteArray query = "page=" + QByteArray::number(qMax(1, page))
                       + "&page_size=" + QByteArray::number(qMax(1, pageSize));
    for (const QString &status : filter.statuses)
        query += "&status=" + encoded(status);
    const QString search = filter.search.trimmed();
    if (!search.isEmpty())
        query += "&q=" + encoded(search);
    return query;
}

QList<QPair<QString, QString>> decodeQueryItems(const QByteArray &query)
{
    QList<QPair<QString, QString>> items;
    const QList<QByteArray> parts = query.split('&');
    for (QByteArray part : parts) {
        if (part.isEmpty())
            continue;
        part.replace('+', ' ');
        const qsizetype equals = part.indexOf('=');
        const QByteArray key = equals < 0 ? part : part.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : part.mid(equals + 1);
        items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return items;
}

} // namespace Ankra
