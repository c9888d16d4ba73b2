// libFuzzer target: the ticket-ID finder (TicketId::fromUserInput: a UUID, a ticket URL...)
// must never crash or hang; an accepted ID is canonical and reads back as itself, a refusal
// says why.

#include "core/ticketid.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input
        = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    const Ankra::TicketId id = Ankra::TicketId::fromUserInput(input, &error);
    if (!id.isValid()) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    const Ankra::TicketId again = Ankra::TicketId::fromUserInput(id.toString());
    if (!again.isValid() || again.toString() != id.toString())
        std::abort();
    return 0;
}
