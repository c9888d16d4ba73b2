#pragma once

#include "core/ticket.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Ticket <-> JSON, per openapi.yaml. Parsing checks every field's type and names the one that
// is wrong ("comments[3].created_at: expected a date-time"); unknown fields are ignored.

namespace Ankra {

struct ParseError
{
    QString path;    // "comments[3].created_at", or empty for the document itself
    QString message; // "expected a date-time"
    QString toString() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
};

std::optional<Ticket> parseTicket(const QByteArray &json, ParseError *error = nullptr);
std::optional<Ticket> ticketFromJson(const QJsonObject &object, ParseError *error = nullptr);

// Every field with the schema's names; unknown enum values written verbatim; timestamps as
// ISO 8601 UTC with milliseconds ("2025-03-01T09:30:00.000Z").
QJsonObject ticketToJson(const Ticket &ticket);

// Parses an RFC 3339 / ISO 8601 date-time ("Z", "+02:00", "-0530", 1 to 9 fractional digits,
// truncated to milliseconds; no zone is taken as UTC, as FastAPI's naive datetimes are).
// Returns an invalid QDateTime when it is not one (or not a real date). Result is Qt::UTC.
QDateTime parseTimestamp(const QString &text);

} // namespace Ankra
