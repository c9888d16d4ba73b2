#pragma once

#include <QString>

// Keeps the API token out of every log line: a Qt message handler that redacts registered
// secrets and anything token-like ("Bearer …", "token: …", JWTs) before the message is written.

namespace Ankra {

// Remembers a secret so any later occurrence in a log message is replaced. Empty is ignored.
void registerSecret(const QString &secret);
void forgetSecrets();

QString redactSecrets(const QString &text);

// Installs the redacting handler in front of Qt's default one (call once, early in main()).
void installRedactingMessageHandler();

} // namespace Ankra
