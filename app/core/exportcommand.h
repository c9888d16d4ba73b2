#pragma once

#include "core/commandline.h"
#include "core/config.h"

#include <QString>

// `ankra-ticket-viewer --export FORMAT TICKET [-o FILE]`: fetch with the same client as the
// window, write the ticket, and return the process exit code (ApiError::exitCode()).
// Errors are one line on `errorLine`: what went wrong and what to do.

namespace Ankra {

int runExport(const CommandLineOptions &options, const Config &config, QString *errorLine);

} // namespace Ankra
