// libFuzzer target: the exporters. Whatever ticket the parser accepts, --export markdown
// writes no terminal control (issue 15 item 3) and --export json writes JSON with no raw C1
// control that the parser accepts again.

#include "core/exporter.h"
#include "core/terminaltext.h"
#include "core/ticketjson.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    const auto ticket = Ankra::parseTicket(input);
    if (!ticket)
        return 0;
    const QString markdown
        = QString::fromUtf8(Ankra::exportTicket(*ticket, Ankra::ExportFormat::Markdown));
    for (const QChar c : markdown) {
        if (Ankra::isTerminalControl(c.unicode()))
            std::abort();
    }
    const QByteArray json = Ankra::exportTicket(*ticket, Ankra::ExportFormat::Json);
    for (qsizetype i = 0; i + 1 < json.size(); ++i) {
        if (uchar(json.at(i)) == 0xC2 && uchar(json.at(i + 1)) >= 0x80
            && uchar(json.at(i + 1)) <= 0x9F)
            std::abort();
    }
    const auto back = Ankra::parseTicket(json);
    if (!back)
        std::abort();
    return 0;
}
