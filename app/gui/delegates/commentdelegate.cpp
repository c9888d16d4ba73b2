#include "gui/delegates/commentdelegate.h"

#include "core/roles.h"
#include "gui/models/commentthreadmodel.h"
#include "gui/style/painting.h"
#include "gui/style/theme.h"
#include "gui/text/links.h"
#include "gui/text/safemarkdown.h"
#include "gui/text/shortenedtext.h"
#include "gui/text/timeformat.h"
#include "gui/text/tooltips.h"
#include "gui/views/markdownview.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

// Card layout, in pixels.
constexpr int OuterH = 8;   // card to view edge
constexpr int OuterV = 4;   // half the gap between cards
constexpr int PadLeft = 14; // inside the card, after the accent bar
constexpr int PadRight = 12;
constexpr int PadTop = 8;
constexpr int PadBottom = 10;
constexpr int HeaderGap = 6; // header to body
constexpr int AccentWidth = 4;

int rowKey(const QModelIndex &index)
{
    const QVariant source = index.data(CommentThreadModel::SourceRowRole);
    return source.isValid() ? source.toInt() : index.row();
}

Badge newBadge()
{
    Badge badge;
    //: The mark on a comment added since the agent last looked at the ticket
    badge.text = CommentDelegate::tr("New");
    badge.description = CommentDelegate::tr("New since you last looked");
    badge.tone = Theme::Tone::Danger;
    return badge;
}

Theme::Tone toneFor(CommentDelegate::Style style)
{
    switch (style) {
    case CommentDelegate::Style::Team:
        return Theme::Tone::Info;
    case CommentDelegate::Style::Ai:
        return Theme::Tone::Accent;
    case CommentDelegate::Style::System:
        return Theme::Tone::Muted;
    case CommentDelegate::Style::Customer:
    case CommentDelegate::Style::Unknown:
        break;
    }
    return Theme::Tone::Neutral;
}

} // namespace

CommentDelegate::CommentDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    m_documents.setMaxCost(300);
}

void CommentDelegate::clearCache()
{
    m_heights.clear();
    m_estimates.clear();
    m_documents.clear();
    m_measuredWidth = -1;
    m_fontMetrics = {};
}

const CommentDelegate::FontMetrics &CommentDelegate::fontMetrics(const QFont &font) const
{
    // sizeHint() runs for every row on every layout pass: what it needs from the font is
    // worked out once, not with a QFontMetrics and a badge measured per row.
    if (m_fontMetrics.valid && m_fontMetrics.font == font)
        return m_fontMetrics;
    const QFontMetrics fm(font);
    const Badge sample = BadgePainter::badge(EnumValue<AuthorType>{AuthorType::Team, QString()});
    m_fontMetrics.font = font;
    // The same for every row, badge or not, so that sizeHint and paint agree.
    m_fontMetrics.headerHeight = std::max(QFontMetrics(authorFont(font)).height(),
                                          BadgePainter::sizeHint(sample, badgeFont(font)).height());
    m_fontMetrics.averageCharWidth = std::max(1, fm.averageCharWidth());
    m_fontMetrics.lineSpacing = fm.lineSpacing();
    m_fontMetrics.valid = true;
    return m_fontMetrics;
}

void CommentDelegate::checkWidth(const QStyleOptionViewItem &option) const
{
    const int width = bodyWidth(option);
    if (width != m_measuredWidth) {
        m_heights.clear();
        m_estimates.clear();
        m_measuredWidth = width;
    }
}

int CommentDelegate::estimatedBodyHeight(const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    // Counts wrapped lines of the raw text at an average character width: a few microseconds
    // per comment, against a Markdown parse and layout for the real height.
    const QString body = shownBody(index.data(Roles::BodyRole).toString());
    const FontMetrics &fm = fontMetrics(option.font);
    const int perLine = std::max(1, bodyWidth(option) / fm.averageCharWidth);
    int lines = 0;
    int paragraphs = 0;
    bool inFence = false;
    for (QStringView line : QStringView(body).split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(u"```")) {
            inFence = !inFence;
            continue;
        }
        if (trimmed.isEmpty()) {
            inFence ? ++lines : ++paragraphs;
            continue;
        }
        lines += int((line.size() + perLine - 1) / perLine);
    }
    return std::max(1, lines) * fm.lineSpacing + paragraphs * fm.lineSpacing / 2;
}

int CommentDelegate::bodyHeight(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    checkWidth(option);
    const int key = rowKey(index);
    if (const auto it = m_heights.constFind(key); it != m_heights.constEnd())
        return it.value();
    auto it = m_estimates.constFind(key);
    if (it == m_estimates.constEnd())
        it = m_estimates.insert(key, estimatedBodyHeight(option, index));
    return it.value();
}

bool CommentDelegate::recordHeight(const QModelIndex &index, QTextDocument *document) const
{
    const int key = rowKey(index);
    if (m_heights.contains(key))
        return false;
    const int height = int(std::ceil(document->size().height()));
    m_heights.insert(key, height);
    return height != m_estimates.value(key, -1);
}

bool CommentDelegate::measureRow(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    checkWidth(option);
    if (m_heights.contains(rowKey(index)))
        return false;
    return recordHeight(index, document(option, index));
}

void CommentDelegate::measure(const QModelIndex &index, QTextDocument *document) const
{
    if (!recordHeight(index, document) || m_relayoutPending)
        return;
    // The row was placed with an estimate: lay the view out again, once for all rows measured
    // in this paint, and not from inside the paint event.
    m_relayoutPending = true;
    QMetaObject::invokeMethod(
        const_cast<CommentDelegate *>(this),
        [self = const_cast<CommentDelegate *>(this)] {
            self->m_relayoutPending = false;
            emit self->sizeHintChanged(QModelIndex());
        },
        Qt::QueuedConnection);
}

QString CommentDelegate::shownBody(const QString &body)
{
    if (body.size() <= ShortenedText::CommentLimit)
        return body;
    // The note is a paragraph of its own, after the head (an open code fence would take it in,
    // still as plain text).
    return ShortenedText::head(body, ShortenedText::CommentLimit) + u"\n\n"_s
           + ShortenedText::note(ShortenedText::CommentLimit, body.size()) + u' '
           + tr("Copy the comment or export the ticket for all of it.");
}

CommentDelegate::Style CommentDelegate::styleFor(const QModelIndex &index)
{
    switch (CommentThreadModel::authorTypeOf(index).value) {
    case AuthorType::Customer:
        return Style::Customer;
    case AuthorType::Team:
        return Style::Team;
    case AuthorType::Ai:
        return Style::Ai;
    case AuthorType::System:
        return Style::System;
    case AuthorType::None:
    case AuthorType::Unknown:
        break;
    }
    return Style::Unknown;
}

QColor CommentDelegate::cardColor(Style style, const QPalette &palette)
{
    switch (style) {
    case Style::Customer:
        return palette.color(QPalette::Base);
    case Style::Team:
    case Style::Ai:
        return Theme::mix(palette.color(QPalette::Base), Theme::toneColor(toneFor(style), palette),
                          Theme::isDark(palette) ? 0.14 : 0.07);
    case Style::System:
        return palette.color(QPalette::Window);
    case Style::Unknown:
        break;
    }
    return palette.color(QPalette::AlternateBase);
}

QFont CommentDelegate::badgeFont(const QFont &base) const
{
    QFont f = base;
    f.setWeight(QFont::Bold);
    return f;
}

QFont CommentDelegate::authorFont(const QFont &base) const
{
    QFont f = base;
    f.setWeight(QFont::Bold);
    return f;
}

int CommentDelegate::headerHeight(const QFont &font) const
{
    return fontMetrics(font).headerHeight;
}

int CommentDelegate::bodyWidth(const QStyleOptionViewItem &option) const
{
    int width = option.rect.width();
    // QListView asks for size hints with an option whose rect is not the item's; the viewport
    // decides the width of every comment.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    return std::max(80, width - 2 * OuterH - PadLeft - PadRight);
}

QString CommentDelegate::timeText(const QModelIndex &index) const
{
    const QDateTime when = index.data(Roles::CreatedAtRole).toDateTime();
    if (m_alwaysAbsolute)
        return TimeFormat::absolute(when);
    return TimeFormat::both(when);
}

QTextDocument *CommentDelegate::document(const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const int key = rowKey(index);
    const int width = bodyWidth(option);
    if (QTextDocument *cached = m_documents.object(key)) {
        if (int(cached->textWidth()) != width)
            cached->setTextWidth(width);
        return cached;
    }
    auto *doc = new SafeTextDocument;
    doc->setDocumentMargin(0);
    doc->setDefaultFont(option.font);
    const QPalette palette = option.widget ? option.widget->palette() : option.palette;
    SafeMarkdown::render(doc, shownBody(index.data(Roles::BodyRole).toString()), palette);
    doc->setTextWidth(width);
    m_documents.insert(key, doc);
    return doc;
}

bool CommentDelegate::separatorAbove(const QModelIndex &index)
{
    if (!index.data(Roles::IsNewRole).toBool())
        return false;
    return index.row() == 0 || !index.siblingAtRow(index.row() - 1).data(Roles::IsNewRole).toBool();
}

int CommentDelegate::separatorHeight(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    return separatorAbove(index) ? fontMetrics(option.font).lineSpacing + 2 * OuterV + 4 : 0;
}

CommentDelegate::Geometry CommentDelegate::geometry(const QStyleOptionViewItem &option,
                                                    const QModelIndex &index, int bodyHeight) const
{
    Geometry g;
    const int separator = separatorHeight(option, index);
    g.separator = QRect(option.rect.left() + OuterH, option.rect.top(),
                        option.rect.width() - 2 * OuterH, separator);
    const QRect item = option.rect.adjusted(0, separator, 0, 0);
    g.card = QRect(item.left() + OuterH, item.top() + OuterV, item.width() - 2 * OuterH,
                   item.height() - 2 * OuterV);
    const QRect content = g.card.adjusted(PadLeft, PadTop, -PadRight, -PadBottom);

    const Badge badge = BadgePainter::badge(CommentThreadModel::authorTypeOf(index));
    const QSize badgeSize = BadgePainter::sizeHint(badge, badgeFont(option.font));
    const int headerHeight = this->headerHeight(option.font);
    g.header = QRect(content.left(), content.top(), content.width(), headerHeight);

    const QString time = timeText(index);
    const int timeWidth
        = std::min(QFontMetrics(option.font).horizontalAdvance(time) + 2, g.header.width() / 2);
    const bool rtl = option.direction == Qt::RightToLeft;
    int x = g.header.left();
    if (!badge.isNull()) {
        g.badge
            = QRect(QPoint(x, g.header.top() + (headerHeight - badgeSize.height()) / 2), badgeSize);
        x += badgeSize.width() + 8;
    }
    g.time = QRect(g.header.right() - timeWidth + 1, g.header.top(), timeWidth, headerHeight);
    int authorEnd = g.time.left() - 12;
    if (index.data(Roles::IsNewRole).toBool()) {
        const QSize markSize = BadgePainter::sizeHint(newBadge(), badgeFont(option.font));
        g.mark = QRect(QPoint(authorEnd - markSize.width(),
                              g.header.top() + (headerHeight - markSize.height()) / 2),
                       markSize);
        authorEnd = g.mark.left() - 8;
    }
    g.author = QRect(x, g.header.top(), std::max(0, authorEnd - x), headerHeight);
    if (rtl) {
        g.mark = QStyle::visualRect(Qt::RightToLeft, g.header, g.mark);
        g.badge = QStyle::visualRect(Qt::RightToLeft, g.header, g.badge);
        g.author = QStyle::visualRect(Qt::RightToLeft, g.header, g.author);
        g.time = QStyle::visualRect(Qt::RightToLeft, g.header, g.time);
    }
    g.body = QRect(content.left(), g.header.bottom() + 1 + HeaderGap, content.width(), bodyHeight);
    return g;
}

QSize CommentDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int height = separatorHeight(option, index) + 2 * OuterV + PadTop
                       + headerHeight(option.font) + HeaderGap + bodyHeight(option, index)
                       + PadBottom;
    return {bodyWidth(option) + 2 * OuterH + PadLeft + PadRight, height};
}

void CommentDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QPalette &palette = opt.palette;
    const Style style = styleFor(index);
    checkWidth(opt);
    QTextDocument *doc = document(opt, index);
    measure(index, doc);
    const Geometry g = geometry(opt, index, int(std::ceil(doc->size().height())));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // "New since you last looked" above the first new comment: a rule with the words on it.
    if (!g.separator.isEmpty()) {
        const QColor tone = Theme::toneColor(Theme::Tone::Danger, palette);
        const QString words = tr("New since you last looked");
        const QFontMetrics fm(opt.font);
        const int textWidth = std::min(fm.horizontalAdvance(words) + 16, g.separator.width());
        const QRect textRect(g.separator.center().x() - textWidth / 2, g.separator.top(), textWidth,
                             g.separator.height());
        const int y = g.separator.center().y();
        painter->setPen(QPen(tone, 1.0));
        painter->drawLine(g.separator.left(), y, textRect.left(), y);
        painter->drawLine(textRect.right(), y, g.separator.right(), y);
        painter->drawText(textRect, Qt::AlignCenter | Qt::TextSingleLine,
                          fm.elidedText(words, Qt::ElideRight, textRect.width()));
    }

    // The card.
    const bool selected = opt.state & QStyle::State_Selected;
    const bool focused = opt.state & QStyle::State_HasFocus;
    QColor fill = cardColor(style, palette);
    if (selected)
        fill = Theme::mix(fill, palette.color(QPalette::Highlight), 0.12);
    const QColor border
        = selected ? palette.color(QPalette::Highlight)
                   : Theme::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.16);
    const QRectF card = QRectF(g.card).adjusted(0.5, 0.5, -0.5, -0.5);
    if (selected || style == Style::System) {
        // A wider or dashed border: a pen.
        QPainterPath path;
        path.addRoundedRect(card, 6, 6);
        painter->fillPath(path, fill);
        QPen pen(border, selected ? 2.0 : 1.0);
        if (style == Style::System)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->drawPath(path);
    } else {
        Painting::roundedFrame(painter, g.card, 6, border, fill);
    }

    // The accent bar says who wrote it before the text is read.
    if (style == Style::Team || style == Style::Ai || style == Style::Unknown) {
        const bool rtl = opt.direction == Qt::RightToLeft;
        QRectF bar(rtl ? card.right() - AccentWidth - 3 : card.left() + 3, card.top() + 6,
                   AccentWidth, card.height() - 12);
        painter->setPen(Qt::NoPen);
        painter->setBrush(style == Style::Unknown ? Theme::mutedText(palette)
                                                  : Theme::toneColor(toneFor(style), palette));
        painter->drawRoundedRect(bar, 2, 2);
    }

    // Header: badge, author, time.
    const Badge badge = BadgePainter::badge(CommentThreadModel::authorTypeOf(index));
    if (!badge.isNull())
        BadgePainter::paint(painter, g.badge, badge, palette, badgeFont(opt.font));
    if (!g.mark.isEmpty())
        BadgePainter::paint(painter, g.mark, newBadge(), palette, badgeFont(opt.font));
    const QColor text = palette.color(QPalette::Text);
    const QColor muted = Theme::mutedText(palette);
    const QFont author = authorFont(opt.font);
    painter->setFont(author);
    painter->setPen(text);
    const QString authorText = QFontMetrics(author).elidedText(
        index.data(Roles::AuthorLabelRole).toString(), Qt::ElideRight, g.author.width());
    const auto found = m_highlights.constFind(rowKey(index));
    const CommentHighlights *highlights
        = found == m_highlights.constEnd() ? nullptr : &found.value();
    if (highlights && !highlights->author.isEmpty()) {
        paintAuthor(painter, g.author, authorText, author, palette, opt.direction,
                    highlights->author);
    } else {
        // drawText with a QString draws plain text: an author label is never markup.
        painter->drawText(g.author, Qt::AlignVCenter | Qt::AlignLeading | Qt::TextSingleLine,
                          authorText);
    }
    painter->setFont(opt.font);
    painter->setPen(muted);
    painter->drawText(
        g.time, Qt::AlignVCenter | Qt::AlignTrailing | Qt::TextSingleLine,
        QFontMetrics(opt.font).elidedText(timeText(index), Qt::ElideLeft, g.time.width()));

    // Body.
    painter->translate(g.body.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette;
    context.palette.setColor(QPalette::Text, style == Style::System ? muted : text);
    context.clip = QRectF(0, 0, g.body.width(), g.body.height());
    painter->setClipRect(context.clip);
    if (highlights) {
        const FindHighlights &body = highlights->body;
        const int end = doc->characterCount() - 1;
        for (int i = 0; i < body.ranges.size(); ++i) {
            const TextRange &range = body.ranges.at(i);
            if (range.end() > end)
                break;
            QAbstractTextDocumentLayout::Selection selection;
            selection.cursor = QTextCursor(doc);
            selection.cursor.setPosition(range.start);
            selection.cursor.setPosition(range.end(), QTextCursor::KeepAnchor);
            selection.format = FindHighlight::format(palette, i == body.current);
            context.selections.append(selection);
        }
    }
    doc->documentLayout()->draw(painter, context);
    painter->restore();

    if (focused && !selected) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QPen focusPen(palette.color(QPalette::Highlight), 1.0, Qt::DotLine);
        painter->setPen(focusPen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(-2, -2, 2, 2), 7, 7);
        painter->restore();
    }
}

void CommentDelegate::paintAuthor(QPainter *painter, const QRect &rect, const QString &text,
                                  const QFont &font, const QPalette &palette,
                                  Qt::LayoutDirection direction,
                                  const FindHighlights &highlights) const
{
    // One line, as drawText draws it, with the matches as format ranges.
    QTextLayout layout(text, font);
    QTextOption option(QStyle::visualAlignment(direction, Qt::AlignLeading));
    option.setTextDirection(direction);
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(rect.width());
    layout.endLayout();
    if (!line.isValid())
        return;
    QList<QTextLayout::FormatRange> formats;
    for (int i = 0; i < highlights.ranges.size(); ++i) {
        const TextRange &range = highlights.ranges.at(i);
        formats.append(
            {range.start, range.length, FindHighlight::format(palette, i == highlights.current)});
    }
    const qreal top = rect.top() + (rect.height() - line.height()) / 2;
    layout.draw(painter, QPointF(rect.left(), top), formats);
}

QRect CommentDelegate::rangeRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                                 const TextRange &range, bool inAuthor) const
{
    QTextDocument *doc = document(option, index);
    const Geometry g = geometry(option, index, int(std::ceil(doc->size().height())));
    if (inAuthor)
        return g.author;
    const int last = doc->characterCount() - 1;
    const QTextBlock first = doc->findBlock(std::min(range.start, last));
    const QTextBlock lastBlock = doc->findBlock(std::min(range.end(), last));
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    QRectF rect = layout->blockBoundingRect(first);
    if (first.isValid()) {
        // The line of the match, not its whole paragraph.
        const QTextLine line = first.layout()->lineForTextPosition(range.start - first.position());
        if (line.isValid())
            rect = QRectF(rect.left(), rect.top() + line.y(), rect.width(), line.height());
    }
    if (lastBlock.isValid() && lastBlock != first)
        rect = rect.united(layout->blockBoundingRect(lastBlock));
    return rect.toAlignedRect().translated(g.body.topLeft());
}

QString CommentDelegate::anchorAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                  const QPoint &pos) const
{
    if (!index.isValid())
        return {};
    QTextDocument *doc = document(option, index);
    const Geometry g = geometry(option, index, int(std::ceil(doc->size().height())));
    if (!g.body.contains(pos))
        return {};
    return doc->documentLayout()->anchorAt(QPointF(pos - g.body.topLeft()));
}

bool CommentDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QTextDocument *doc = document(option, index);
    const Geometry g = geometry(option, index, int(std::ceil(doc->size().height())));
    QString tip;
    if (g.time.contains(event->pos())) {
        tip = TimeFormat::full(index.data(Roles::CreatedAtRole).toDateTime());
    } else if (g.badge.contains(event->pos())) {
        tip = BadgePainter::badge(CommentThreadModel::authorTypeOf(index)).description;
    } else if (g.author.contains(event->pos())) {
        tip = index.data(Roles::AuthorLabelRole).toString();
    } else {
        const QString href = anchorAt(option, index, event->pos());
        if (!href.isEmpty())
            tip = Links::displayTarget(QUrl(href));
    }
    if (tip.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    ToolTips::show(event->globalPos(), tip, view->viewport(), option.rect);
    return true;
}

QWidget *CommentDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &index) const
{
    auto *view = new MarkdownView(parent);
    view->setFrameShape(QFrame::NoFrame);
    view->setAccessibleName(tr("Comment text"));
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QPalette palette = view->palette();
    palette.setColor(QPalette::Base, cardColor(styleFor(index), palette));
    view->setPalette(palette);
    view->document()->setDocumentMargin(0);
    connect(view, &MarkdownView::linkActivated, this, &CommentDelegate::linkActivated);
    return view;
}

void CommentDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *view = qobject_cast<MarkdownView *>(editor)) {
        view->document()->setDefaultFont(view->font());
        view->setMarkdownText(shownBody(index.data(Roles::BodyRole).toString()));
        view->selectAll();
    }
}

void CommentDelegate::setModelData(QWidget *, QAbstractItemModel *, const QModelIndex &) const
{
    // Read-only: the editor only exists for selecting text.
}

void CommentDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    QTextDocument *doc = document(option, index);
    const Geometry g = geometry(option, index, int(std::ceil(doc->size().height())));
    editor->setGeometry(g.body);
}

} // namespace Ankra
