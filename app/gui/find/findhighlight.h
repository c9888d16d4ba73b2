#pragma once

#include "core/text/foldedtext.h"

#include <QList>
#include <QTextCharFormat>

class QPalette;
class QTextDocument;
class QTextLayout;

// How a find match looks wherever it is painted: every match on a soft marker colour, the
// current one on a strong one, legible on light and dark palettes. Only painted ranges
// (QTextEdit::ExtraSelection, QAbstractTextDocumentLayout::Selection, QTextLayout::FormatRange):
// the text itself is never changed.

namespace Ankra {

// The matches of one piece of text and which of them, if any, is the current one.
struct FindHighlights
{
    QList<TextRange> ranges;
    int current = -1; // index into ranges, or -1

    bool isEmpty() const { return ranges.isEmpty(); }
};

namespace FindHighlight {

QTextCharFormat format(const QPalette &palette, bool current);

} // namespace FindHighlight

} // namespace Ankra
