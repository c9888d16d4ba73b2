#pragma once

#include <QByteArray>
#include <QtGlobal>

// Builds large, valid, realistic ticket JSON on the fly, so tests and benchmarks can use a
// 5,000-comment ticket without a huge file in the repository.

namespace Ankra::Test {

// A Ticket document (openapi.yaml) with `comments` comments and `attachments` attachments.
// Deterministic: the same arguments give the same bytes. Comments and attachments are in
// creation order; every optional field is set; timestamps carry microseconds, as FastAPI sends.
QByteArray makeTicketJson(int comments, int attachments, quint32 seed = 1);

} // namespace Ankra::Test

namespace Ankra::Test {

// A small ticket (makeTicketJson(3, 1)) whose `field` ("subject" or "description") is `chars`
// ASCII characters of words; with `lines`, a line break every 100 characters or so.
QByteArray makeLargeFieldTicketJson(const QString &field, qsizetype chars, bool lines);

// A ticket of three comments whose second comment's body is `chars` characters.
QByteArray makeLargeCommentTicketJson(qsizetype chars);

// The text those use: `chars` characters of words.
QString largeText(qsizetype chars, bool lines);

} // namespace Ankra::Test
