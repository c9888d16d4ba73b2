#pragma once

#include "gui/delegates/badgepainter.h"

#include <QWidget>

// One badge as a widget, for the ticket header; paints with BadgePainter and tells screen
// readers what it shows ("Status: In progress").

namespace Ankra {

class BadgeLabel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BadgeLabel)
    Q_PROPERTY(QString text READ text)

public:
    explicit BadgeLabel(QWidget *parent = nullptr);

    void setBadge(const Badge &badge);
    const Badge &badge() const { return m_badge; }
    QString text() const { return m_badge.text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFont badgeFont() const;

    Badge m_badge;
};

} // namespace Ankra
