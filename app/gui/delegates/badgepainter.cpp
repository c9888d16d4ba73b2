#include "gui/delegates/badgepainter.h"

#include "core/roles.h"
#include "gui/style/painting.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QModelIndex>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <cmath>

namespace Ankra::BadgePainter {

using Theme::Tone;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ankra::BadgePainter", text);
}

constexpr int HorizontalPadding = 8;
constexpr int VerticalPadding = 2;

Badge make(Badge::Kind kind, const QString &text, Tone tone, bool known, bool outlined = false)
{
    Badge b;
    b.kind = kind;
    b.text = text;
    b.tone = known ? tone : Tone::Neutral;
    b.known = known;
    b.outlined = outlined || !known;
    const QString cap = caption(kind);
    b.description = known ? tr("%1: %2").arg(cap, text)
                          : tr("%1: %2 (a value this version does not know)").arg(cap, text);
    return b;
}

} // namespace

QString caption(Badge::Kind kind)
{
    switch (kind) {
    case Badge::Kind::Status:
        return tr("Status");
    case Badge::Kind::Severity:
        return tr("Severity");
    case Badge::Kind::AiReview:
        return tr("AI review");
    case Badge::Kind::Category:
        return tr("Category");
    case Badge::Kind::Source:
        return tr("Source");
    case Badge::Kind::AuthorType:
        return tr("Author");
    }
    return {};
}

Badge badge(const EnumValue<Status> &v)
{
    Tone tone = Tone::Neutral;
    switch (v.value) {
    case Status::PendingReview:
        tone = Tone::Accent;
        break;
    case Status::Open:
        tone = Tone::Info;
        break;
    case Status::Triaging:
        tone = Tone::Orange;
        break;
    case Status::InProgress:
        tone = Tone::Progress;
        break;
    case Status::WaitingCustomer:
        tone = Tone::Warning;
        break;
    case Status::Resolved:
        tone = Tone::Success;
        break;
    case Status::Closed:
        tone = Tone::Muted;
        break;
    case Status::Unknown:
        break;
    }
    return make(Badge::Kind::Status, label(v), tone, v.isKnown());
}

Badge badge(const EnumValue<Severity> &v)
{
    switch (v.value) {
    case Severity::None:
        return make(Badge::Kind::Severity, tr("Not set"), Tone::Muted, true, true);
    case Severity::Low:
        return make(Badge::Kind::Severity, label(v), Tone::Muted, true);
    case Severity::Medium:
        return make(Badge::Kind::Severity, label(v), Tone::Warning, true);
    case Severity::High:
        return make(Badge::Kind::Severity, label(v), Tone::Orange, true);
    case Severity::Critical:
        return make(Badge::Kind::Severity, label(v), Tone::Danger, true);
    case Severity::Unknown:
        break;
    }
    return make(Badge::Kind::Severity, label(v), Tone::Neutral, false);
}

Badge badge(const EnumValue<AiReview> &v)
{
    // The caption says "AI review"; the core's label repeats it, so the badge is shorter.
    switch (v.value) {
    case AiReview::Pending:
        return make(Badge::Kind::AiReview, tr("Pending"), Tone::Muted, true);
    case AiReview::Passed:
        return make(Badge::Kind::AiReview, tr("Passed"), Tone::Success, true);
    case AiReview::Flagged:
        return make(Badge::Kind::AiReview, tr("Flagged"), Tone::Danger, true);
    case AiReview::Unknown:
        break;
    }
    return make(Badge::Kind::AiReview, label(v), Tone::Neutral, false);
}

Badge badge(const EnumValue<Category> &v)
{
    return make(Badge::Kind::Category, label(v), Tone::Neutral, v.isKnown(), true);
}

Badge badge(const EnumValue<Source> &v)
{
    return make(Badge::Kind::Source, label(v), Tone::Neutral, v.isKnown(), true);
}

Badge badge(const EnumValue<AuthorType> &v)
{
    switch (v.value) {
    case AuthorType::None:
        return {}; // nothing said: no badge rather than a guess
    case AuthorType::Customer:
        return make(Badge::Kind::AuthorType, label(v), Tone::Neutral, true, true);
    case AuthorType::Team:
        return make(Badge::Kind::AuthorType, label(v), Tone::Info, true);
    case AuthorType::Ai:
        return make(Badge::Kind::AuthorType, label(v), Tone::Accent, true);
    case AuthorType::System:
        return make(Badge::Kind::AuthorType, label(v), Tone::Muted, true);
    case AuthorType::Unknown:
        break;
    }
    return make(Badge::Kind::AuthorType, label(v), Tone::Neutral, false);
}

Badge fromIndex(Badge::Kind kind, const QModelIndex &index)
{
    return fromWire(kind, index.data(Roles::WireValueRole).toString());
}

Badge fromWire(Badge::Kind kind, const QString &wire)
{
    switch (kind) {
    case Badge::Kind::Status:
        return badge(statusFromWire(wire));
    case Badge::Kind::Severity:
        return badge(severityFromWire(wire));
    case Badge::Kind::AiReview:
        return badge(aiReviewFromWire(wire));
    case Badge::Kind::Category:
        return badge(categoryFromWire(wire));
    case Badge::Kind::Source:
        return badge(sourceFromWire(wire));
    case Badge::Kind::AuthorType:
        return badge(authorTypeFromWire(wire));
    }
    return {};
}

QSize sizeHint(const Badge &badge, const QFont &font)
{
    if (badge.isNull())
        return {0, 0};
    // Fractional advances: round up, or the text would be elided by a fraction of a pixel.
    const QFontMetricsF fm(font);
    return {int(std::ceil(fm.horizontalAdvance(badge.text))) + 1 + 2 * HorizontalPadding,
            int(std::ceil(fm.height())) + 2 * VerticalPadding};
}

QRect paint(QPainter *painter, const QRect &rect, const Badge &badge, const QPalette &palette,
            const QFont &font, bool rightToLeft)
{
    if (badge.isNull())
        return {};
    const QSize size = sizeHint(badge, font).boundedTo(rect.size());
    QRect r(QPoint(rightToLeft ? rect.right() - size.width() + 1 : rect.left(),
                   rect.top() + (rect.height() - size.height()) / 2),
            size);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF shape = QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = shape.height() / 2.0;
    const QColor text = Theme::toneText(badge.tone, palette);
    if (badge.outlined) {
        const QColor base = palette.color(QPalette::Base);
        const QColor outline = Theme::mix(base, text, 0.45);
        if (badge.known) {
            Painting::roundedFrame(painter, r, radius, outline, base);
        } else {
            // An unknown value: a dashed outline, which needs a pen.
            painter->setPen(QPen(outline, 1.0, Qt::DashLine));
            painter->setBrush(base);
            painter->drawRoundedRect(shape, radius, radius);
        }
    } else {
        const QColor background = Theme::toneBackground(badge.tone, palette);
        Painting::roundedFrame(painter, r, radius,
                               Theme::mix(background, Theme::toneColor(badge.tone, palette), 0.35),
                               background);
    }

    painter->setFont(font);
    painter->setPen(text);
    const QRect textRect = r.adjusted(HorizontalPadding, 0, -HorizontalPadding, 0);
    const QString elided
        = QFontMetrics(font).elidedText(badge.text, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignCenter | Qt::TextSingleLine, elided);
    painter->restore();
    return r;
}

} // namespace Ankra::BadgePainter
