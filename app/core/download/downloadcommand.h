#pragma once

#include "core/commandline.h"
#include "core/config.h"

#include <QString>

// `ankra-ticket-viewer --download TICKET [ATTACHMENT...] [-o DIR]`: saves the named attachments
// (by ID or exact filename; all of them when none is named) into DIR (default: the current
// folder) under sanitized names that never overwrite, one after the other, printing each saved
// path on its own line on stdout and progress on stderr when it is a terminal. Returns the
// exit code of the first error's kind (ApiError::exitCode()); a partial file never remains.

namespace Ankra {

int runDownload(const CommandLineOptions &options, const Config &config, QString *errorLine);

} // namespace Ankra
