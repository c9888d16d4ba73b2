#pragma once

#include "gui/widgets/textlabel.h"

#include <QDateTime>

// A moment shown as TimeFormat says (relative, or absolute by preference) with the full time
// on hover; relative text refreshes itself once a minute.

namespace Ankra {

class TimestampLabel final : public TextLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimestampLabel)
    Q_PROPERTY(QDateTime dateTime READ dateTime WRITE setDateTime USER true)

public:
    explicit TimestampLabel(QWidget *parent = nullptr);

    QDateTime dateTime() const { return m_dateTime; }
    void setDateTime(const QDateTime &dateTime);
    void setAlwaysAbsolute(bool absolute);
    bool alwaysAbsolute() const { return m_alwaysAbsolute; }

private:
    void refresh();

    QDateTime m_dateTime;
    bool m_alwaysAbsolute = false;
};

} // namespace Ankra
