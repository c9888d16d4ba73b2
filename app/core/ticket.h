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
enum class Status { PendingReview, Open, Triaging, InProgress, WaitingCustomer, Resolved, Closed, Unknown };
// None: the server sent null (or nothing).
enum class Severity { None, Low, Medium, High, Critical, Unknown };
enum class AiReview { Pending, Passed, Flagged, Unknown };
// author_type is not documented; None when absent or null.
enum class AuthorType { None, Customer, Team, Ai, System, Unknown };

// A server enum as received: the known value, or Unknown with the server's string kept in
// `raw`, so that a value added by the service later is shown verbatim instead of failing.
template <typename E>
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
};

struct Attachment
{
    QString id;
    QString filename;
    QString contentType;
    qint64 sizeBytes = 0;
    QDateTime createdAt; // UTC
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
};

} // namespace Ankra

Q_DECLARE_METATYPE(Ankra::Comment)
Q_DECLARE_METATYPE(Ankra::Attachment)
Q_DECLARE_METATYPE(Ankra::Ticket)
