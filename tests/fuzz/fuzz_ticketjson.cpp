// libFuzzer target: the ticket JSON parser must never crash, hang or leak on any input, and
// whatever it accepts must survive a round trip through ticketToJson.

#include "core/ticketjson.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    Ankra::ParseError error;
    const auto ticket = Ankra::parseTicket(input, &error);
    if (!ticket) {
        if (error.toString().isEmpty())
            std::abort(); // every refusal must say why
        return 0;
    }
    const QByteArray again = QJsonDocument(Ankra::ticketToJson(*ticket)).toJson();
    if (!Ankra::parseTicket(again, &error))
        std::abort(); // what we accept, we must be able to write back and read again
    return 0;
}
