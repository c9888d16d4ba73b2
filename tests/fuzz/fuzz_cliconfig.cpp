// libFuzzer target: the ~/.ankra.yaml reader (parseCliConfig) must never crash, hang or leak,
// and every key it returns is one it could have read: non-empty, made of key characters.

#include "core/config.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    const QHash<QString, QString> values = Ankra::parseCliConfig(input);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key().isEmpty())
            std::abort();
        for (const QChar c : it.key()) {
            const bool keyChar = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                                 || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-' || c == u'.';
            if (!keyChar)
                std::abort();
        }
    }
    return 0;
}
