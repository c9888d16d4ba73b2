#pragma once

#include <QString>

// Server text can be tens of megabytes (a field may fill most of the 32 MiB ticket cap). The
// views lay out a bounded head of such a field and say plainly what they left out; exports and
// copies of the ticket are never shortened.

namespace Ankra::ShortenedText {

// How much of each field the ticket view lays out.
inline constexpr qsizetype SubjectLimit = 10000;
inline constexpr qsizetype SummaryLimit = 10000;     // the AI summary, plain text
inline constexpr qsizetype DescriptionLimit = 20000; // rendered as Markdown
inline constexpr qsizetype CommentLimit = 5000;      // per comment row

// The first `limit` characters of `text` (not cutting a surrogate pair in two), or all of it.
QString head(const QString &text, qsizetype limit);

// "Shortened: showing the first 2,000 of 31,457,280 characters."
QString note(qsizetype shown, qsizetype total);

} // namespace Ankra::ShortenedText
