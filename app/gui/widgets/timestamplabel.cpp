#include "gui/widgets/timestamplabel.h"

#include "gui/text/timeformat.h"

#include <QTimer>

namespace Ankra {

TimestampLabel::TimestampLabel(QWidget *parent)
    : TextLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSelectableOnDemand(Qt::TextSelectableByMouse);
    auto *timer = new QTimer(this);
    timer->setInterval(60 * 1000);
    connect(timer, &QTimer::timeout, this, &TimestampLabel::refresh);
    timer->start();
}

void TimestampLabel::setDateTime(const QDateTime &dateTime)
{
    m_dateTime = dateTime;
    refresh();
}

void TimestampLabel::setAlwaysAbsolute(bool absolute)
{
    m_alwaysAbsolute = absolute;
    refresh();
}

void TimestampLabel::refresh()
{
    if (!m_dateTime.isValid()) {
        setText(QStringLiteral("—"));
        setToolTip({});
        return;
    }
    setText(TimeFormat::shown(m_dateTime, m_alwaysAbsolute));
    setToolTip(TimeFormat::toolTip(m_dateTime, m_alwaysAbsolute));
}

} // namespace Ankra
