#include "gui/delegates/savedsearchdelegate.h"

#include "core/models/savedsearchmodel.h"
#include "gui/delegates/badgepainter.h"
#include "gui/style/theme.h"
#include "gui/text/timeformat.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

constexpr int Margin = 6;
constexpr int Gap = 6;
constexpr int LineGap = 3;

} // namespace

SavedSearchDelegate::SavedSearchDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QList<QTextLayout::FormatRange> SavedSearchDelegate::matchRanges(const QString &text,
                                                                 const QStringList &terms)
{
    QList<QTextLayout::FormatRange> ranges;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive)) {
            if (at > 0 && text.at(at - 1).isLetterOrNumber())
                continue; // inside a word: not what the search matched
            qsizetype end = at + term.size();
            while (end < text.size() && text.at(end).isLetterOrNumber())
                ++end; // the word the prefix matched, whole
            ranges.append({int(at), int(end - at), bold});
        }
    }
    return ranges;
}

QString SavedSearchDelegate::detailText(const QModelIndex &index) const
{
    const QDateTime updated = index.data(SavedSearchModel::UpdatedAtRole).toDateTime();
    if (!updated.isValid())
        return QString();
    return tr("Updated %1").arg(TimeFormat::shown(updated, m_alwaysAbsolute));
}

QSize SavedSearchDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    const int badge
        = BadgePainter::sizeHint(BadgePainter::badge(statusFromWire(u"open"_s)), option.font)
              .height();
    return {200, Margin + qMax(badge, fm.height()) + 2 * (LineGap + fm.height()) + Margin};
}

void SavedSearchDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and selection from the style; the rest is ours
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool rtl = opt.direction == Qt::RightToLeft;
    const Qt::Alignment align = Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &palette = opt.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : Theme::mutedText(palette);
    const QFontMetrics fm(opt.font);

    painter->save();
    const QRect area = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);

    // First line: the status as the copy has it, then the subject (plain text, elided).
    const QString wire = index.data(SavedSearchModel::StatusWireRole).toString();
    const Badge status = BadgePainter::badge(statusFromWire(u"open"_s));
    const int lineHeight = qMax(BadgePainter::sizeHint(status, opt.font).height(), fm.height());
    QRect line(area.left(), area.top(), area.width(), lineHeight);
    if (!wire.isEmpty()) {
        const QRect painted
            = BadgePainter::paint(painter, line, BadgePainter::fromWire(Badge::Kind::Status, wire),
                                  palette, opt.font, rtl);
        if (rtl)
            line.setRight(painted.left() - Gap);
        else
            line.setLeft(painted.right() + 1 + Gap);
    }
    QFont subjectFont = opt.font;
    subjectFont.setBold(true);
    painter->setFont(subjectFont);
    painter->setPen(text);
    const QString subject = index.data(Qt::DisplayRole).toString().left(400);
    painter->drawText(line, align,
                      QFontMetrics(subjectFont).elidedText(subject, Qt::ElideRight, line.width()));

    // Second line: the snippet, its matched words bold (ranges over plain text).
    const QRect second(area.left(), area.top() + lineHeight + LineGap, area.width(), fm.height());
    QFont bold = opt.font;
    bold.setBold(true);
    // Elided by the bold metrics, so that the bold words still fit.
    const QString snippet = QFontMetrics(bold).elidedText(
        index.data(SavedSearchModel::SnippetRole).toString(), Qt::ElideRight, second.width());
    QTextLayout layout(snippet, opt.font);
    QTextOption textOption(align);
    textOption.setTextDirection(opt.direction);
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.setFormats(matchRanges(snippet, index.data(SavedSearchModel::TermsRole).toStringList()));
    layout.beginLayout();
    QTextLine textLine = layout.createLine();
    if (textLine.isValid()) {
        textLine.setLineWidth(second.width());
        textLine.setPosition({0, 0});
    }
    layout.endLayout();
    painter->setPen(text);
    layout.draw(painter, QPointF(second.left(), second.top()));

    // Third line: when the stored ticket was last updated.
    const QRect third(area.left(), second.bottom() + 1 + LineGap, area.width(), fm.height());
    painter->setFont(opt.font);
    painter->setPen(muted);
    painter->drawText(third, align,
                      fm.elidedText(detailText(index), Qt::ElideRight, third.width()));
    painter->restore();
}

} // namespace Ankra
