#pragma once

#include "core/ticket.h"
#include "core/ticketlist.h"

#include <QByteArray>

// Writes a ticket for `--export`: JSON with every field under the schema's names, or a readable
// Markdown document. Server text in Markdown is escaped so it reads as the server wrote it.

namespace Ankra {

enum class ExportFormat { Json, Markdown };

QByteArray exportTicket(const Ticket &ticket, ExportFormat format);

// The list for `--export FORMAT --list`: `json` an array of the list's objects under the
// schema's names; `csv` a header row and one row a ticket (RFC 4180: CRLF, fields with a comma,
// quote or line break quoted, quotes doubled; UTF-8), where a cell a spreadsheet would run as a
// formula — one that starts with =, +, -, @, tab or CR — begins with a ' instead; `markdown` a
// table. Server controls never reach a terminal raw (shown, as in the single-ticket export).
enum class ListExportFormat { Json, Csv, Markdown };

QByteArray exportTicketList(const QList<TicketSummary> &tickets, ListExportFormat format);

// One CSV field as exportTicketList() writes it (formula guard, controls shown, quoting).
QString csvField(const QString &value);

} // namespace Ankra
