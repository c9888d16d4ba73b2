#pragma once

#include "core/ticket.h"

#include <QByteArray>

// Writes a ticket for `--export`: JSON with every field under the schema's names, or a readable
// Markdown document. Server text in Markdown is escaped so it reads as the server wrote it.

namespace Ankra {

enum class ExportFormat { Json, Markdown };

QByteArray exportTicket(const Ticket &ticket, ExportFormat format);

} // namespace Ankra
