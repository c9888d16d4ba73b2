#include "gui/delegates/ticketlistdelegate.h"

#include "core/models/ticketlistmodel.h"
#include "core/newsince/newcommentcounts.h"
#include "gui/delegates/badgepainter.h"
#include "gui/style/theme.h"
#include "gui/text/timeformat.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QTextDocument>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

constexpr int Margin = 6;
constexpr int Gap = 6;
constexpr int LineGap = 3;
constexpr int MarkWidth = 3;

TicketSummary summaryOf(const QModelIndex &index)
{
    return index.data(TicketListModel::SummaryRole).value<TicketSummary>();
}

} // namespace

TicketListDelegate::TicketListDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QString TicketListDelegate::detailText(const QModelIndex &index) const
{
    const TicketSummary t = summaryOf(index);
    QStringList parts;
    if (t.clusterName && !t.clusterName->trimmed().isEmpty())
        parts << t.clusterName->simplified().left(200);
    if (t.updatedAt.isValid())
        parts << TimeFormat::shown(t.updatedAt, m_alwaysAbsolute);
    if (t.isTrackedByTeam)
        parts << tr("Ankra team");
    return parts.join(u" \u00b7 "_s);
}

QString TicketListDelegate::toolTipText(const QModelIndex &index) const
{
    const TicketSummary t = summaryOf(index);
    QStringList lines;
    lines << t.subject.left(1000);
    lines << BadgePainter::badge(t.status).description + u" \u00b7 "_s
                 + BadgePainter::badge(t.severity).description;
    if (t.clusterName && !t.clusterName->isEmpty())
        lines << tr("Cluster: %1").arg(t.clusterName->left(200));
    if (t.updatedAt.isValid())
        lines << tr("Updated: %1").arg(TimeFormat::toolTip(t.updatedAt, m_alwaysAbsolute));
    if (t.isTrackedByTeam)
        lines << tr("Tracked by the Ankra team");
    if (index.data(TicketListModel::OpenInTabRole).toBool())
        lines << tr("Open in a tab");
    const int newComments = index.data(TicketListModel::NewCommentsRole).toInt();
    if (newComments > 0)
        lines << NewCommentCounts::accessibleText(newComments);
    else if (index.data(TicketListModel::UpdatedSinceRole).toBool())
        lines << NewCommentCounts::updatedText();
    lines << t.id;
    return lines.join(u'\n');
}

QSize TicketListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    const int badge = BadgePainter::sizeHint(Badge{Badge::Kind::Status, u"Xy"_s, QString(),
                                                   Theme::Tone::Neutral, true, false},
                                             option.font)
                          .height();
    return {200, Margin + qMax(badge, fm.height()) + LineGap + fm.height() + Margin};
}

void TicketListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and selection from the style; the rest is ours
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const TicketSummary t = summaryOf(index);
    const bool rtl = opt.direction == Qt::RightToLeft;
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &palette = opt.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : Theme::mutedText(palette);
    const QFontMetrics fm(opt.font);

    painter->save();
    const QRect area = opt.rect.adjusted(Margin + MarkWidth, Margin, -Margin, -Margin);
    if (index.data(TicketListModel::OpenInTabRole).toBool()) {
        const QRect mark
            = rtl ? QRect(opt.rect.right() - MarkWidth + 1, opt.rect.top() + 2, MarkWidth,
                          opt.rect.height() - 4)
                  : QRect(opt.rect.left(), opt.rect.top() + 2, MarkWidth, opt.rect.height() - 4);
        painter->fillRect(mark, Theme::toneColor(Theme::Tone::Accent, palette));
    }

    // First line: badges, then the subject.
    const Badge status = BadgePainter::badge(t.status);
    const Badge severity = BadgePainter::badge(t.severity);
    const int lineHeight = qMax(BadgePainter::sizeHint(status, opt.font).height(), fm.height());
    QRect line(area.left(), area.top(), area.width(), lineHeight);
    auto paintBadge = [&](const Badge &badge) {
        const QRect painted = BadgePainter::paint(painter, line, badge, palette, opt.font, rtl);
        if (rtl)
            line.setRight(painted.left() - Gap);
        else
            line.setLeft(painted.right() + 1 + Gap);
    };
    paintBadge(status);
    if (t.severity.value != Severity::None)
        paintBadge(severity);
    // At the trailing end: the comments new since the ticket was looked at ("2 new"), or a dot
    // when it was updated since and the count is not known.
    const int newComments = index.data(TicketListModel::NewCommentsRole).toInt();
    if (newComments > 0) {
        const Badge mark{Badge::Kind::Status,
                         NewCommentCounts::badgeText(newComments),
                         NewCommentCounts::accessibleText(newComments),
                         Theme::Tone::Accent,
                         true,
                         false};
        const QRect painted = BadgePainter::paint(painter, line, mark, palette, opt.font, !rtl);
        if (rtl)
            line.setLeft(painted.right() + 1 + Gap);
        else
            line.setRight(painted.left() - Gap);
    } else if (index.data(TicketListModel::UpdatedSinceRole).toBool()) {
        const int size = qMax(6, fm.height() / 2);
        const int x = rtl ? line.left() : line.right() - size + 1;
        const QRect dot(x, line.center().y() - size / 2, size, size);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? text : Theme::toneColor(Theme::Tone::Accent, palette));
        painter->drawEllipse(dot);
        if (rtl)
            line.setLeft(dot.right() + 1 + Gap);
        else
            line.setRight(dot.left() - Gap);
    }
    QFont subjectFont = opt.font;
    subjectFont.setBold(true);
    painter->setFont(subjectFont);
    painter->setPen(text);
    const QFontMetrics subjectMetrics(subjectFont);
    // Of a subject of megabytes, only what fits can be shown.
    const QString subject = t.subject.left(400).simplified();
    painter->drawText(line, Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft),
                      subjectMetrics.elidedText(subject, Qt::ElideRight, line.width()));

    // Second line: cluster, updated, tracked.
    const QRect second(area.left(), area.top() + lineHeight + LineGap, area.width(), fm.height());
    painter->setFont(opt.font);
    painter->setPen(muted);
    painter->drawText(second, Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft),
                      fm.elidedText(detailText(index), Qt::ElideRight, second.width()));
    painter->restore();
}

bool TicketListDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // Plain text: the subject is server text, and a tooltip takes what looks like rich text.
    QToolTip::showText(event->globalPos(),
                       Qt::convertFromPlainText(toolTipText(index), Qt::WhiteSpaceNormal), view,
                       option.rect);
    return true;
}

} // namespace Ankra
