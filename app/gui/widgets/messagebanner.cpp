#include "gui/widgets/messagebanner.h"

#include "gui/style/icons.h"
#include "gui/style/painting.h"
#include "gui/widgets/iconlabel.h"
#include "gui/widgets/textlabel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Ankra {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new IconLabel(this))
    , m_text(new TextLabel(this))
    , m_actions(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setAccessibleName(tr("Message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    m_icon->setIconSize(QSize(20, 20));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setSelectableOnDemand(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_text, 1);
    m_actions->setSpacing(4);
    layout->addLayout(m_actions);
    m_close->setAutoRaise(true);
    m_close->setIcon(Icons::icon(u"close"_s));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    layout->addWidget(m_close, 0, Qt::AlignTop);
    setType(Type::Information);
}

void MessageBanner::setType(Type type)
{
    m_type = type;
    const char *name = "info";
    switch (type) {
    case Type::Information:
        name = "info";
        break;
    case Type::Positive:
        name = "success";
        break;
    case Type::Warning:
        name = "warning";
        break;
    case Type::Error:
        name = "error";
        break;
    }
    m_icon->setIcon(Icons::icon(QString::fromLatin1(name), tone()));
    updateColours();
}

Theme::Tone MessageBanner::tone() const
{
    switch (m_type) {
    case Type::Information:
        return Theme::Tone::Info;
    case Type::Positive:
        return Theme::Tone::Success;
    case Type::Warning:
        return Theme::Tone::Warning;
    case Type::Error:
        return Theme::Tone::Danger;
    }
    return Theme::Tone::Info;
}

void MessageBanner::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::setCloseButtonVisible(bool visible)
{
    m_close->setVisible(visible);
}

QToolButton *MessageBanner::addAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAccessibleName(action->text().remove(u'&'));
    m_actions->addWidget(button, 0, Qt::AlignTop);
    return button;
}

void MessageBanner::clearActions()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void MessageBanner::updateColours()
{
    // The text keeps the window's text colour: on the light tint it reads at AA or better.
    update();
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setType(m_type); // icons and colours follow the new palette
}

void MessageBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QColor background = Theme::toneBackground(tone(), palette());
    Painting::roundedFrame(&painter, rect(), 5,
                           Theme::mix(background, Theme::toneColor(tone(), palette()), 0.5),
                           background);
}

} // namespace Ankra
