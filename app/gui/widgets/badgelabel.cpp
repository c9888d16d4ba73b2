#include "gui/widgets/badgelabel.h"

#include "gui/text/tooltips.h"

#include <QAccessibleWidget>
#include <QEvent>
#include <QPainter>
#include <QTextDocument>

namespace Ankra {

namespace {

// A badge is read as text (a plain QWidget would be an unnamed "client" area).
QAccessibleInterface *badgeAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1StringView(BadgeLabel::staticMetaObject.className()) && object
        && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::StaticText);
    return nullptr;
}

} // namespace

BadgeLabel::BadgeLabel(QWidget *parent)
    : QWidget(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(badgeAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
}

void BadgeLabel::setBadge(const Badge &badge)
{
    m_badge = badge;
    // An unknown value is the server's text: Qt would render a tooltip that looks like HTML
    // as HTML, so it is handed over as rich text that shows exactly these characters.
    setToolTip(ToolTips::fromPlainText(badge.description));
    // What it says, and what it is about ("In progress", "Status: In progress").
    setAccessibleName(badge.text);
    setAccessibleDescription(badge.description);
    setVisible(!badge.isNull());
    updateGeometry();
    update();
}

QFont BadgeLabel::badgeFont() const
{
    QFont f = font();
    f.setWeight(QFont::Bold);
    return f;
}

QSize BadgeLabel::sizeHint() const
{
    return BadgePainter::sizeHint(m_badge, badgeFont());
}

QSize BadgeLabel::minimumSizeHint() const
{
    return sizeHint();
}

void BadgeLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    BadgePainter::paint(&painter, rect(), m_badge, palette(), badgeFont(),
                        layoutDirection() == Qt::RightToLeft);
}

void BadgeLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace Ankra
