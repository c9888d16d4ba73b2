#pragma once

#include <QIcon>
#include <QWidget>

// An icon at a fixed size, drawn when the widget is painted. QLabel::setPixmap(icon.pixmap())
// renders the SVG at once, also for banners and pages that are never shown, and keeps the
// colours of the palette of that moment.

namespace Ankra {

class IconLabel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IconLabel)

public:
    explicit IconLabel(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    QIcon icon() const { return m_icon; }
    // Also the widget's fixed size.
    void setIconSize(const QSize &size);
    QSize iconSize() const { return m_size; }

    QSize sizeHint() const override { return m_size; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QIcon m_icon;
    QSize m_size{16, 16};
};

} // namespace Ankra
