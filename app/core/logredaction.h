#pragma once

#include <QString>
#include <QtGlobal>

// Keeps the API token out of every log line: a Qt message handler that redacts registered
// secrets and anything token-like ("Bearer …", "token: …", JWTs) before the message is written.

namespace Ankra {

// Remembers a secret so any later occurrence in a log message is replaced. Empty is ignored.
void registerSecret(const QString &secret);
void forgetSecrets();

QString redactSecrets(const QString &text);

// Where the redacting handler also hands each message, already redacted (the log file,
// logfile.h); nullptr: nowhere. Called from any thread that logs.
using RedactedMessageSink = void (*)(QtMsgType, const QMessageLogContext &, const QString &);
void setRedactedMessageSink(RedactedMessageSink sink);

// Installs the redacting handler in front of Qt's default one (call once, early in main()).
void installRedactingMessageHandler();

} // namespace Ankra
