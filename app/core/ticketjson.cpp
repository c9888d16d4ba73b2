#include "core/ticketjson.h"

#include "core/ticketid.h"
#include "core/ticketlist.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QTimeZone>

namespace Ankra {
namespace {

using namespace Qt::StringLiterals;

const char *const context = "Ankra::TicketJson";

// A position in the document. Kept as a chain of cheap stack values and turned into text only
// when something is wrong, so that parsing a large ticket builds no path strings at all.
struct Where
{
    const Where *parent = nullptr;
    QLatin1String key;    // a member name, or empty for an array element
    qsizetype index = -1; // the element's index when key is empty

    QString toString() const
    {
        if (!parent)
            return QString(key); // the document itself: empty
        const QString prefix = parent->toString();
        if (key.isEmpty())
            return prefix + u'[' + QString::number(index) + u']';
        return prefix.isEmpty() ? QString(key) : prefix + u'.' + key;
    }
    Where member(QLatin1String name) const { return {this, name, -1}; }
    Where element(qsizetype i) const { return {this, {}, i}; }
};

bool fail(ParseError *error, const Where &where, const char *message)
{
    if (error)
        *error = {where.toString(), QCoreApplication::translate(context, message)};
    return false;
}

const char *const missing = QT_TRANSLATE_NOOP("Ankra::TicketJson", "missing");
const char *const expectedString = QT_TRANSLATE_NOOP("Ankra::TicketJson", "expected a string");
const char *const expectedStringOrNull
    = QT_TRANSLATE_NOOP("Ankra::TicketJson", "expected a string or null");
const char *const expectedUuid = QT_TRANSLATE_NOOP("Ankra::TicketJson", "expected a UUID");
const char *const expectedUuidOrNull
    = QT_TRANSLATE_NOOP("Ankra::TicketJson", "expected a UUID or null");
const char *const expectedDateTime = QT_TRANSLATE_NOOP("Ankra::TicketJson", "expected a date-time");
const char *const expectedBoolean = QT_TRANSLATE_NOOP("Ankra::TicketJson", "expected a boolean");
const char *const expectedArray = QT_TRANSLATE_NOOP("Ankra::TicketJson", "expected an array");
const char *const expectedObject = QT_TRANSLATE_NOOP("Ankra::TicketJson", "expected an object");
const char *const expectedSize
    = QT_TRANSLATE_NOOP("Ankra::TicketJson", "expected a non-negative integer");

// A required member: fails with "missing" when absent (null counts as present, of the wrong type).
bool member(const QJsonObject &object, const Where &where, QJsonValue *value, ParseError *error)
{
    const auto it = object.constFind(where.key);
    if (it == object.constEnd())
        return fail(error, where, missing);
    *value = it.value();
    return true;
}

// An optional member: absent and null both give Null.
QJsonValue optionalMember(const QJsonObject &object, const Where &where)
{
    const auto it = object.constFind(where.key);
    return it == object.constEnd() ? QJsonValue(QJsonValue::Null) : it.value();
}

bool readString(const QJsonObject &object, const Where &where, QString *out, ParseError *error)
{
    QJsonValue v;
    if (!member(object, where, &v, error))
        return false;
    if (!v.isString())
        return fail(error, where, expectedString);
    *out = v.toString();
    return true;
}

bool readUuid(const QJsonObject &object, const Where &where, QString *out, ParseError *error)
{
    QJsonValue v;
    if (!member(object, where, &v, error))
        return false;
    const QString id = canonicalUuidStrict(v.toString()); // empty for a non-string
    if (id.isEmpty())
        return fail(error, where, expectedUuid);
    *out = id; // canonical form, the same as TicketId's
    return true;
}

bool readDateTime(const QJsonObject &object, const Where &where, QDateTime *out, ParseError *error)
{
    QJsonValue v;
    if (!member(object, where, &v, error))
        return false;
    if (!v.isString())
        return fail(error, where, expectedDateTime);
    *out = parseTimestamp(v.toString());
    if (!out->isValid())
        return fail(error, where, expectedDateTime);
    return true;
}

template<typename E>
bool readEnum(const QJsonObject &object, const Where &where,
              EnumValue<E> (*fromWire)(const QString &), EnumValue<E> *out, ParseError *error)
{
    QString s;
    if (!readString(object, where, &s, error))
        return false;
    *out = fromWire(s); // never fails: an unknown value is kept verbatim
    return true;
}

bool readOptionalString(const QJsonObject &object, const Where &where, std::optional<QString> *out,
                        ParseError *error)
{
    const QJsonValue v = optionalMember(object, where);
    if (v.isNull()) {
        out->reset();
        return true;
    }
    if (!v.isString())
        return fail(error, where, expectedStringOrNull);
    *out = v.toString();
    return true;
}

bool readOptionalUuid(const QJsonObject &object, const Where &where, std::optional<QString> *out,
                      ParseError *error)
{
    const QJsonValue v = optionalMember(object, where);
    if (v.isNull()) {
        out->reset();
        return true;
    }
    const QString id = canonicalUuidStrict(v.toString()); // empty for a non-string
    if (id.isEmpty())
        return fail(error, where, expectedUuidOrNull);
    *out = id;
    return true;
}

// Severity and author_type: null or absent give None (fromWire maps the empty string to None).
template<typename E>
bool readOptionalEnum(const QJsonObject &object, const Where &where,
                      EnumValue<E> (*fromWire)(const QString &), EnumValue<E> *out,
                      ParseError *error)
{
    const QJsonValue v = optionalMember(object, where);
    if (!v.isNull() && !v.isString())
        return fail(error, where, expectedStringOrNull);
    *out = fromWire(v.toString());
    return true;
}

// Absent or null: false.
bool readOptionalBool(const QJsonObject &object, const Where &where, bool *out, ParseError *error)
{
    const QJsonValue v = optionalMember(object, where);
    if (!v.isNull() && !v.isBool())
        return fail(error, where, expectedBoolean);
    *out = v.toBool(false);
    return true;
}

bool readOptionalArray(const QJsonObject &object, const Where &where, QJsonArray *out,
                       ParseError *error)
{
    const QJsonValue v = optionalMember(object, where);
    if (v.isNull()) {
        *out = {};
        return true;
    }
    if (!v.isArray())
        return fail(error, where, expectedArray);
    *out = v.toArray();
    return true;
}

bool readComment(const QJsonValue &value, const Where &where, Comment *c, ParseError *error)
{
    if (!value.isObject())
        return fail(error, where, expectedObject);
    const QJsonObject o = value.toObject();
    return readUuid(o, where.member("id"_L1), &c->id, error)
           && readString(o, where.member("author_label"_L1), &c->authorLabel, error)
           && readOptionalEnum(o, where.member("author_type"_L1), authorTypeFromWire,
                               &c->authorType, error)
           && readString(o, where.member("body"_L1), &c->body, error)
           && readDateTime(o, where.member("created_at"_L1), &c->createdAt, error);
}

bool readAttachment(const QJsonValue &value, const Where &where, Attachment *a, ParseError *error)
{
    if (!value.isObject())
        return fail(error, where, expectedObject);
    const QJsonObject o = value.toObject();
    if (!readUuid(o, where.member("id"_L1), &a->id, error)
        || !readString(o, where.member("filename"_L1), &a->filename, error)
        || !readString(o, where.member("content_type"_L1), &a->contentType, error))
        return false;

    const Where sizeWhere = where.member("size_bytes"_L1);
    QJsonValue size;
    if (!member(o, sizeWhere, &size, error))
        return false;
    // JSON has only one number type: 2048.0 is an integer, 1.5 and -1 are not a size.
    // toInteger() gives the default for non-integral values and anything outside qint64.
    a->sizeBytes = size.isDouble() ? size.toInteger(-1) : -1;
    if (a->sizeBytes < 0)
        return fail(error, sizeWhere, expectedSize);

    return readDateTime(o, where.member("created_at"_L1), &a->createdAt, error);
}

QString timestampToJson(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

// Verbatim as received when there is a raw string (keeps "AI" as "AI"), else the schema's name.
template<typename E>
QJsonValue enumToJson(const EnumValue<E> &v)
{
    return v.raw.isEmpty() ? wireName(v) : v.raw;
}

// Severity and author_type: None is null.
template<typename E>
QJsonValue nullableEnumToJson(const EnumValue<E> &v)
{
    return v.value == E::None ? QJsonValue(QJsonValue::Null) : enumToJson(v);
}

QJsonValue optionalToJson(const std::optional<QString> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

bool readDigits(QStringView s, qsizetype pos, qsizetype count, int *out)
{
    if (pos + count > s.size())
        return false;
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c - u'0');
    }
    *out = value;
    return true;
}

QDateTime utcDateTime(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

} // namespace

std::optional<Ticket> parseTicket(const QByteArray &json, ParseError *error)
{
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        if (error) {
            const QString message = QCoreApplication::translate(
                "Ankra::TicketJson", "the response is not valid JSON: %1 at offset %2");
            *error = {QString(), message.arg(jsonError.errorString()).arg(jsonError.offset)};
        }
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = {QString(),
                      QCoreApplication::translate("Ankra::TicketJson", "expected a JSON object")};
        return std::nullopt;
    }
    return ticketFromJson(doc.object(), error);
}

std::optional<Ticket> ticketFromJson(const QJsonObject &o, ParseError *error)
{
    const Where root;
    Ticket t;
    const bool ok
        = readUuid(o, root.member("id"_L1), &t.id, error)
          && readUuid(o, root.member("organisation_id"_L1), &t.organisationId, error)
          && readEnum(o, root.member("source"_L1), sourceFromWire, &t.source, error)
          && readEnum(o, root.member("category"_L1), categoryFromWire, &t.category, error)
          && readString(o, root.member("subject"_L1), &t.subject, error)
          && readString(o, root.member("description"_L1), &t.description, error)
          && readEnum(o, root.member("status"_L1), statusFromWire, &t.status, error)
          && readEnum(o, root.member("ai_review_status"_L1), aiReviewFromWire, &t.aiReviewStatus,
                      error)
          && readDateTime(o, root.member("created_at"_L1), &t.createdAt, error)
          && readDateTime(o, root.member("updated_at"_L1), &t.updatedAt, error)
          && readOptionalUuid(o, root.member("cluster_id"_L1), &t.clusterId, error)
          && readOptionalString(o, root.member("cluster_name"_L1), &t.clusterName, error)
          && readOptionalEnum(o, root.member("severity"_L1), severityFromWire, &t.severity, error)
          && readOptionalString(o, root.member("ai_summary"_L1), &t.aiSummary, error);
    if (!ok)
        return std::nullopt;

    if (!readOptionalBool(o, root.member("is_tracked_by_team"_L1), &t.isTrackedByTeam, error))
        return std::nullopt;

    const Where commentsWhere = root.member("comments"_L1);
    QJsonArray comments;
    if (!readOptionalArray(o, commentsWhere, &comments, error))
        return std::nullopt;
    t.comments.resize(comments.size());
    for (qsizetype i = 0; i < comments.size(); ++i) {
        if (!readComment(comments.at(i), commentsWhere.element(i), &t.comments[i], error))
            return std::nullopt;
    }

    const Where attachmentsWhere = root.member("attachments"_L1);
    QJsonArray attachments;
    if (!readOptionalArray(o, attachmentsWhere, &attachments, error))
        return std::nullopt;
    t.attachments.resize(attachments.size());
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        if (!readAttachment(attachments.at(i), attachmentsWhere.element(i), &t.attachments[i],
                            error))
            return std::nullopt;
    }
    return t;
}

// Declared in ticketlist.h: the list's rows are read with the same checks as a ticket.
std::optional<TicketSummary> ticketSummaryFromJson(const QJsonObject &o, ParseError *error)
{
    const Where root;
    TicketSummary t;
    const bool ok
        = readUuid(o, root.member("id"_L1), &t.id, error)
          && readEnum(o, root.member("source"_L1), sourceFromWire, &t.source, error)
          && readEnum(o, root.member("category"_L1), categoryFromWire, &t.category, error)
          && readString(o, root.member("subject"_L1), &t.subject, error)
          && readEnum(o, root.member("status"_L1), statusFromWire, &t.status, error)
          && readEnum(o, root.member("ai_review_status"_L1), aiReviewFromWire, &t.aiReviewStatus,
                      error)
          && readDateTime(o, root.member("created_at"_L1), &t.createdAt, error)
          && readDateTime(o, root.member("updated_at"_L1), &t.updatedAt, error)
          && readOptionalUuid(o, root.member("cluster_id"_L1), &t.clusterId, error)
          && readOptionalString(o, root.member("cluster_name"_L1), &t.clusterName, error)
          && readOptionalEnum(o, root.member("severity"_L1), severityFromWire, &t.severity, error);
    if (!ok)
        return std::nullopt;
    if (!readOptionalBool(o, root.member("is_tracked_by_team"_L1), &t.isTrackedByTeam, error))
        return std::nullopt;
    return t;
}

QJsonObject ticketSummaryToJson(const TicketSummary &t)
{
    return QJsonObject{
        {u"id"_s, t.id},
        {u"cluster_id"_s, optionalToJson(t.clusterId)},
        {u"cluster_name"_s, optionalToJson(t.clusterName)},
        {u"source"_s, enumToJson(t.source)},
        {u"category"_s, enumToJson(t.category)},
        {u"subject"_s, t.subject},
        {u"status"_s, enumToJson(t.status)},
        {u"severity"_s, nullableEnumToJson(t.severity)},
        {u"ai_review_status"_s, enumToJson(t.aiReviewStatus)},
        {u"is_tracked_by_team"_s, t.isTrackedByTeam},
        {u"created_at"_s, timestampToJson(t.createdAt)},
        {u"updated_at"_s, timestampToJson(t.updatedAt)},
    };
}

QJsonObject ticketToJson(const Ticket &t)
{
    QJsonArray comments;
    for (const Comment &c : t.comments) {
        comments.append(QJsonObject{
            {u"id"_s, c.id},
            {u"author_label"_s, c.authorLabel},
            {u"author_type"_s, nullableEnumToJson(c.authorType)},
            {u"body"_s, c.body},
            {u"created_at"_s, timestampToJson(c.createdAt)},
        });
    }
    QJsonArray attachments;
    for (const Attachment &a : t.attachments) {
        attachments.append(QJsonObject{
            {u"id"_s, a.id},
            {u"filename"_s, a.filename},
            {u"content_type"_s, a.contentType},
            {u"size_bytes"_s, a.sizeBytes},
            {u"created_at"_s, timestampToJson(a.createdAt)},
        });
    }
    return QJsonObject{
        {u"id"_s, t.id},
        {u"organisation_id"_s, t.organisationId},
        {u"source"_s, enumToJson(t.source)},
        {u"category"_s, enumToJson(t.category)},
        {u"subject"_s, t.subject},
        {u"description"_s, t.description},
        {u"status"_s, enumToJson(t.status)},
        {u"ai_review_status"_s, enumToJson(t.aiReviewStatus)},
        {u"created_at"_s, timestampToJson(t.createdAt)},
        {u"updated_at"_s, timestampToJson(t.updatedAt)},
        {u"cluster_id"_s, optionalToJson(t.clusterId)},
        {u"cluster_name"_s, optionalToJson(t.clusterName)},
        {u"severity"_s, nullableEnumToJson(t.severity)},
        {u"ai_summary"_s, optionalToJson(t.aiSummary)},
        {u"is_tracked_by_team"_s, t.isTrackedByTeam},
        {u"comments"_s, comments},
        {u"attachments"_s, attachments},
    };
}

// Written by hand rather than with QDateTime::fromString(Qt::ISODateWithMs): Qt 6.4 reads a
// string without a zone as local time (FastAPI's naive datetimes are UTC) and accepts forms
// that are not date-times at all ("+2" offsets, "24:00", missing seconds).
QDateTime parseTimestamp(const QString &text)
{
    const QStringView s(text);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!readDigits(s, 0, 4, &year) || s.size() < 19 || s.at(4) != u'-'
        || !readDigits(s, 5, 2, &month) || s.at(7) != u'-' || !readDigits(s, 8, 2, &day))
        return {};
    // RFC 3339 allows 't' and a space (Python's str(datetime)) for 'T'.
    const QChar separator = s.at(10);
    if (separator != u'T' && separator != u't' && separator != u' ')
        return {};
    if (!readDigits(s, 11, 2, &hour) || s.at(13) != u':' || !readDigits(s, 14, 2, &minute)
        || s.at(16) != u':' || !readDigits(s, 17, 2, &second))
        return {};

    qsizetype pos = 19;
    int msecs = 0;
    if (pos < s.size() && s.at(pos) == u'.') {
        const qsizetype start = ++pos;
        while (pos < s.size() && s.at(pos).unicode() >= u'0' && s.at(pos).unicode() <= u'9')
            ++pos;
        const qsizetype digits = pos - start;
        if (digits < 1 || digits > 9)
            return {};
        // QDateTime holds milliseconds: truncate, as Python's isoformat(timespec="milliseconds").
        for (qsizetype i = 0; i < 3; ++i)
            msecs = msecs * 10 + (i < digits ? s.at(start + i).unicode() - u'0' : 0);
    }

    int offsetSeconds = 0;
    if (pos < s.size()) {
        const QChar zone = s.at(pos);
        if (zone == u'Z' || zone == u'z') {
            ++pos;
        } else if (zone == u'+' || zone == u'-') {
            int offsetHours = 0, offsetMinutes = 0;
            if (!readDigits(s, pos + 1, 2, &offsetHours))
                return {};
            pos += 3;
            if (pos < s.size()) { // "+02" alone is ISO 8601 too
                if (s.at(pos) == u':')
                    ++pos;
                if (!readDigits(s, pos, 2, &offsetMinutes))
                    return {};
                pos += 2;
            }
            if (offsetHours > 23 || offsetMinutes > 59)
                return {};
            offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60 * (zone == u'-' ? -1 : 1);
        } else {
            return {};
        }
    }
    if (pos != s.size())
        return {};

    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msecs);
    if (!date.isValid() || !time.isValid())
        return {};
    const QDateTime instant = utcDateTime(date, time).addSecs(-offsetSeconds);
    // Qt writes ISO dates for years 1..9999 only (toString() is empty outside): an instant
    // that UTC, or a local time zone up to 14 h away, puts outside them could be shown and
    // exported as nothing, so it is refused like any other invalid date-time.
    static const QDateTime first = utcDateTime(QDate(1, 1, 1), QTime(14, 0));
    static const QDateTime last = utcDateTime(QDate(9999, 12, 31), QTime(10, 0));
    if (instant < first || instant > last)
        return {};
    return instant;
}

} // namespace Ankra
