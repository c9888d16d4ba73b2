// libFuzzer target: the local HTTP server's request-head parser (demo mode, the tests' fake
// server) must never crash, hang or leak; what it accepts has an upper-case method, a target
// and lower-case header names.

#include "core/localhttpserver.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    Ankra::HttpRequest request;
    if (!Ankra::parseHttpRequestHead(input, &request))
        return 0;
    if (request.method.isEmpty() || request.target.isEmpty())
        std::abort();
    for (const char c : request.method) {
        if (c < 'A' || c > 'Z')
            std::abort();
    }
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        if (it.key().isEmpty() || it.key() != it.key().toLower())
            std::abort();
    }
    return 0;
}
