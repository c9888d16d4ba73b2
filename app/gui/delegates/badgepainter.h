#pragma once

#include "core/ticket.h"
#include "gui/style/theme.h"

#include <QString>

class QFont;
class QModelIndex;
class QPainter;
class QPalette;
class QRect;
class QSize;

// The one way the app draws a status, severity, AI review, category, source or author-kind
// badge: the readable text, the tone that colours it, and the painting. Used by the ticket
// header and by item delegates alike. A value the app does not know gets a neutral badge
// with the server's raw text.

namespace Ankra {

struct Badge
{
    enum class Kind { Status, Severity, AiReview, Category, Source, AuthorType };

    Kind kind = Kind::Status;
    QString text;        // what the badge says ("In progress")
    QString description; // for tooltips and screen readers ("Status: In progress")
    Theme::Tone tone = Theme::Tone::Neutral;
    bool known = true;     // false: the server sent a value this version does not know
    bool outlined = false; // a quieter, outlined badge (no severity, categories, sources)

    bool isNull() const { return text.isEmpty(); }
};

namespace BadgePainter {

Badge badge(const EnumValue<Status> &value);
Badge badge(const EnumValue<Severity> &value);
Badge badge(const EnumValue<AiReview> &value);
Badge badge(const EnumValue<Category> &value);
Badge badge(const EnumValue<Source> &value);
Badge badge(const EnumValue<AuthorType> &value);
// From the server's string for a badge of this kind (unknown values verbatim).
Badge fromWire(Badge::Kind kind, const QString &wire);
// From a model index whose WireValueRole holds the server's string (TicketModel's enum columns).
Badge fromIndex(Badge::Kind kind, const QModelIndex &index);
// The caption a header shows in front of a badge of this kind ("Status").
QString caption(Badge::Kind kind);

QSize sizeHint(const Badge &badge, const QFont &font);
// Paints the badge left-aligned and vertically centred in rect (right-aligned for RTL
// layouts when `rightToLeft`); returns the rectangle painted.
QRect paint(QPainter *painter, const QRect &rect, const Badge &badge, const QPalette &palette,
            const QFont &font, bool rightToLeft = false);

} // namespace BadgePainter

} // namespace Ankra
