#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Value types for one support ticket, as the Ankra API sends it
// (openapi.yaml, schema Ticket). Plain data: no Qt object, cheap to copy.

namespace Ankra {

enum class Source { Portal, Api, Cli, Agent, Unknown };
enum class Category { Technical, Account, Billing, Bug, FeatureRequest, Other, Unknown };
enum class Status {
    PendingReview,
    Open,
    Triaging,
    InProgress,
    WaitingCustomer,
    Resolved,
    Closed,
    Unknown
};
// None: the server sent null (or nothing).
enum class Severity { None, Low, Medium, High, Critical, Unknown };
enum class AiReview { Pending, Passed, Flagged, Unknown };
// author_type is not documented; None when absent or null.
enum class AuthorType { None, Customer, Team, Ai, System, Unknown };

// A server enum as received: the known value, or Unknown with the server's string kept in
// `raw`, so that a value added by the service later is shown verbatim instead of failing.
template<typename E>
struct EnumValue
{
    E value{};
    QString raw; // exactly what the server sent (empty for None)

    bool isKnown() const { return value != E::Unknown; }
    friend bool operator==(const EnumValue &a, const EnumValue &b)
    {
        return a.value == b.value && a.raw == b.raw;
    }
    friend bool operator!=(const EnumValue &a, const EnumValue &b) { return !(a == b); }
};

// String <-> enum, per the schema. fromWire() never fails: an unknown string gives
// E::Unknown with raw set. wireName() is the schema's string ("in_progress").
// label() is the human text ("In progress"); for Unknown it is the raw string.
EnumValue<Source> sourceFromWire(const QString &s);
EnumValue<Category> categoryFromWire(const QString &s);
EnumValue<Status> statusFromWire(const QString &s);
EnumValue<Severity> severityFromWire(const QString &s); // empty string: None
EnumValue<AiReview> aiReviewFromWire(const QString &s);
EnumValue<AuthorType> authorTypeFromWire(const QString &s); // empty string: None

// The schema's string for a known value, the raw string for Unknown, empty for None.
QString wireName(const EnumValue<Source> &v);
QString wireName(const EnumValue<Category> &v);
QString wireName(const EnumValue<Status> &v);
QString wireName(const EnumValue<Severity> &v);
QString wireName(const EnumValue<AiReview> &v);
QString wireName(const EnumValue<AuthorType> &v);

QString label(const EnumValue<Source> &v);
QString label(const EnumValue<Category> &v);
QString label(const EnumValue<Status> &v);
QString label(const EnumValue<Severity> &v);
QString label(const EnumValue<AiReview> &v);
QString label(const EnumValue<AuthorType> &v);

struct Comment
{
    QString id;
    QString authorLabel;
    EnumValue<AuthorType> authorType;
    QString body;
    QDateTime createdAt; // UTC

    friend bool operator==(const Comment &a, const Comment &b)
    {
        return a.id == b.id && a.authorLabel == b.authorLabel && a.authorType == b.authorType
               && a.body == b.body && a.createdAt == b.createdAt;
    }
    friend bool operator!=(const Comment &a, const Comment &b) { return !(a == b); }
};

struct Attachment
{
    QString id;
    QString filename;
    QString contentType;
    qint64 sizeBytes = 0;
    QDateTime createdAt; // UTC

    friend bool operator==(const Attachment &a, const Attachment &b)
    {
        return a.id == b.id && a.filename == b.filename && a.contentType == b.contentType
               && a.sizeBytes == b.sizeBytes && a.createdAt == b.createdAt;
    }
    friend bool operator!=(const Attachment &a, const Attachment &b) { return !(a == b); }
};

struct Ticket
{
    QString id;
    QString organisationId;
    EnumValue<Source> source;
    EnumValue<Category> category;
    QString subject;
    QString description;
    EnumValue<Status> status;
    EnumValue<AiReview> aiReviewStatus;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    std::optional<QString> clusterId;
    std::optional<QString> clusterName;
    EnumValue<Severity> severity; // None when null
    std::optional<QString> aiSummary;
    bool isTrackedByTeam = false;
    QList<Comment> comments;       // server order
    QList<Attachment> attachments; // server order

    // Field by field; timestamps compare as instants.
    friend bool operator==(const Ticket &a, const Ticket &b)
    {
        return a.id == b.id && a.organisationId == b.organisationId && a.source == b.source
               && a.category == b.category && a.subject == b.subject
               && a.description == b.description && a.status == b.status
               && a.aiReviewStatus == b.aiReviewStatus && a.createdAt == b.createdAt
               && a.updatedAt == b.updatedAt && a.clusterId == b.clusterId
               && a.clusterName == b.clusterName && a.severity == b.severity
               && a.aiSummary == b.aiSummary && a.isTrackedByTeam == b.isTrackedByTeam
               && a.comments == b.comments && a.attachments == b.attachments;
    }
    friend bool operator!=(const Ticket &a, const Ticket &b) { return !(a == b); }
};

} // namespace Ankra

Q_DECLARE_METATYPE(Ankra::Comment)
Q_DECLARE_METATYPE(Ankra::Attachment)
Q_DECLARE_METATYPE(Ankra::Ticket)
