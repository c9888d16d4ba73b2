#pragma once

// Where a start's time goes, for whoever makes it shorter. With the logging category
// ankra.startup on (QT_LOGGING_RULES="ankra.startup.debug=true"), each phase of a start is one
// line on stderr, "ankra.startup: 41.2 ms window built", the time counted from main(). Off (the
// default), a mark costs one check of the category.

namespace Ankra::StartupTimeline {

// The clock's zero: the first thing main() does. The time before it (the dynamic loader,
// static constructors) is not seen here; a whole-process timer sees it.
void begin();

// One phase reached. `phase` is a literal: a mark prints nothing but it.
void mark(const char *phase);

} // namespace Ankra::StartupTimeline
