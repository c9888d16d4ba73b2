#include "gui/widgets/textlabel.h"

#include <QAccessibleWidget>
#include <QContextMenuEvent>
#include <QEvent>
#include <QFocusEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QTextLayout>

namespace Ankra {

namespace {

// A label named after what it shows ("Subject", "Created") reads its name and its text:
// QLabel's own interface reads only the name once one is set, and the ticket's values were
// never heard.
class TextLabelAccessible final : public QAccessibleWidget
{
public:
    explicit TextLabelAccessible(TextLabel *label)
        : QAccessibleWidget(label, QAccessible::StaticText)
    {}

    QString text(QAccessible::Text t) const override
    {
        if (t != QAccessible::Name)
            return QAccessibleWidget::text(t);
        const auto *label = static_cast<const TextLabel *>(widget());
        const QString shown = label->textFormat() == Qt::PlainText
                                  ? label->text()
                                  : QTextDocumentFragment::fromHtml(label->text()).toPlainText();
        const QString name = label->accessibleName();
        if (name.isEmpty() || shown.isEmpty())
            return name.isEmpty() ? shown : name;
        return name + u": " + shown;
    }
};

QAccessibleInterface *textLabelAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1StringView(TextLabel::staticMetaObject.className()) && object
        && object->isWidgetType())
        return new TextLabelAccessible(static_cast<TextLabel *>(object));
    return nullptr;
}

} // namespace

TextLabel::TextLabel(QWidget *parent)
    : QLabel(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(textLabelAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
}

void TextLabel::setSelectableOnDemand(Qt::TextInteractionFlags flags)
{
    m_onDemand = flags;
    // No flags and no focus policy until then: QLabel gives a label with interaction flags,
    // or with any focus policy, a text document (QWidgetTextControl) to measure through.
    setTextInteractionFlags(Qt::NoTextInteraction);
    if (flags & Qt::TextSelectableByMouse)
        setCursor(Qt::IBeamCursor);
    else
        unsetCursor();
}

bool TextLabel::becomeSelectable()
{
    if (m_onDemand == Qt::NoTextInteraction || textInteractionFlags() == m_onDemand)
        return false;
    // From now on QLabel measures through its text document: the same sizes.
    setTextInteractionFlags(m_onDemand);
    return true;
}

void TextLabel::mousePressEvent(QMouseEvent *event)
{
    // The click's focus was decided before this press reached the label, when it took none.
    if (becomeSelectable() && focusPolicy() & Qt::ClickFocus)
        setFocus(Qt::MouseFocusReason);
    QLabel::mousePressEvent(event);
}

void TextLabel::contextMenuEvent(QContextMenuEvent *event)
{
    becomeSelectable();
    QLabel::contextMenuEvent(event);
}

void TextLabel::focusInEvent(QFocusEvent *event)
{
    becomeSelectable();
    QLabel::focusInEvent(event);
}

void TextLabel::setFindHighlights(const FindHighlights &highlights)
{
    if (highlights.isEmpty() && m_highlights.isEmpty())
        return;
    m_highlights = highlights;
    update();
}

void TextLabel::paintEvent(QPaintEvent *event)
{
    if (m_highlights.isEmpty() || textFormat() != Qt::PlainText) {
        QLabel::paintEvent(event);
        return;
    }
    // The plain text laid out as QLabel lays it out (word wrap at the contents width), drawn
    // with the matches as format ranges.
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    QTextLayout layout(text(), font());
    QTextOption option(QStyle::visualAlignment(layoutDirection(), alignment()));
    option.setWrapMode(wordWrap() ? QTextOption::WordWrap : QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    const qreal leading = fontMetrics().leading();
    qreal height = 0;
    layout.beginLayout();
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(area.width());
        height += leading;
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();

    QList<QTextLayout::FormatRange> formats;
    for (int i = 0; i < m_highlights.ranges.size(); ++i) {
        const TextRange &range = m_highlights.ranges.at(i);
        formats.append({range.start, range.length,
                        FindHighlight::format(palette(), i == m_highlights.current)});
    }
    qreal top = area.top();
    if (alignment() & Qt::AlignVCenter)
        top += (area.height() - height) / 2;
    else if (alignment() & Qt::AlignBottom)
        top += area.height() - height;
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    layout.draw(&painter, QPointF(area.left(), top), formats);
}

void TextLabel::forget() const
{
    m_sizeHint = {};
    m_minimumSizeHint = {};
    m_heights.clear();
}

void TextLabel::forgetIfTextChanged() const
{
    const QString current = text();
    if (current != m_measuredText) {
        forget();
        m_measuredText = current;
    }
}

QSize TextLabel::sizeHint() const
{
    forgetIfTextChanged();
    if (!m_sizeHint.isValid())
        m_sizeHint = QLabel::sizeHint();
    return m_sizeHint;
}

QSize TextLabel::minimumSizeHint() const
{
    forgetIfTextChanged();
    if (!m_minimumSizeHint.isValid())
        m_minimumSizeHint = QLabel::minimumSizeHint();
    return m_minimumSizeHint;
}

int TextLabel::heightForWidth(int width) const
{
    forgetIfTextChanged();
    for (const auto &[w, h] : m_heights) {
        if (w == width)
            return h;
    }
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() == 8)
        m_heights.remove(0);
    m_heights.append({width, height});
    return height;
}

void TextLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
        forget();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace Ankra
