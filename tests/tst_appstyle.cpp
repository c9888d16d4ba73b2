// AppStyle: the app's own icons for the standard icons the window shows, Fusion's group box
// frame drawn rather than read from a PNG, everything else left to the base style. IconLabel:
// an icon drawn when painted, at a fixed size.

#include "gui/style/appstyle.h"
#include "gui/style/icons.h"
#include "gui/widgets/iconlabel.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyleOptionFrame>
#include <QTest>

using namespace Ankra;
using namespace Qt::StringLiterals;

namespace {

int pixelsOtherThan(const QImage &image, QRgb background)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) != background ? 1 : 0;
    return count;
}

} // namespace

class tst_AppStyle : public QObject
{
    Q_OBJECT

private slots:
    void standardIconsAreTheApps();
    void otherIconsComeFromTheBaseStyle();
    void groupBoxFrameIsDrawn();
    void iconLabelPaintsAtItsSize();
};

void tst_AppStyle::standardIconsAreTheApps()
{
    AppStyle style(u"Fusion"_s);
    QCOMPARE(style.standardIcon(QStyle::SP_LineEditClearButton).name(), u"close"_s);
    QCOMPARE(style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).name(), u"more"_s);
    // Both SVGs exist: the icons draw something.
    for (auto which :
         {QStyle::SP_LineEditClearButton, QStyle::SP_ToolBarHorizontalExtensionButton}) {
        const QImage image = style.standardIcon(which).pixmap(QSize(16, 16)).toImage();
        QVERIFY(pixelsOtherThan(image, qRgba(0, 0, 0, 0)) > 10);
    }
}

void tst_AppStyle::otherIconsComeFromTheBaseStyle()
{
    AppStyle style(u"Fusion"_s);
    QCOMPARE(style.baseStyle()->name().toLower(), u"fusion"_s);
    const QIcon trash = style.standardIcon(QStyle::SP_TrashIcon);
    QVERIFY(!trash.isNull());
    QVERIFY(trash.name() != u"close"_s);
}

void tst_AppStyle::groupBoxFrameIsDrawn()
{
    AppStyle style(u"Fusion"_s);
    QImage image(120, 80, QImage::Format_RGB32);
    const QRgb background = qRgb(255, 255, 255);
    image.fill(background);
    QStyleOptionFrame option;
    option.rect = QRect(10, 10, 100, 60);
    option.palette = style.standardPalette();
    {
        QPainter painter(&image);
        style.drawPrimitive(QStyle::PE_FrameGroupBox, &option, &painter, nullptr);
    }
    // A line along the edges, nothing inside and nothing outside.
    QVERIFY(image.pixel(60, 10) != background);
    QVERIFY(image.pixel(10, 40) != background);
    QVERIFY(image.pixel(109, 40) != background);
    QVERIFY(image.pixel(60, 69) != background);
    QCOMPARE(image.pixel(60, 40), background);
    QCOMPARE(image.pixel(5, 5), background);
    QCOMPARE(image.pixel(115, 75), background);
}

void tst_AppStyle::iconLabelPaintsAtItsSize()
{
    IconLabel label;
    label.setIconSize(QSize(24, 24));
    QCOMPARE(label.size(), QSize(24, 24));
    QCOMPARE(label.sizeHint(), QSize(24, 24));
    QCOMPARE(label.minimumSize(), label.maximumSize());

    QImage empty(24, 24, QImage::Format_ARGB32_Premultiplied);
    empty.fill(Qt::transparent);
    label.render(&empty, {}, {}, QWidget::DrawChildren);
    QCOMPARE(pixelsOtherThan(empty, qRgba(0, 0, 0, 0)), 0);

    label.setIcon(Icons::icon(u"warning"_s));
    QImage drawn(24, 24, QImage::Format_ARGB32_Premultiplied);
    drawn.fill(Qt::transparent);
    label.render(&drawn, {}, {}, QWidget::DrawChildren);
    QVERIFY(pixelsOtherThan(drawn, qRgba(0, 0, 0, 0)) > 20);
}

QTEST_MAIN(tst_AppStyle)
#include "tst_appstyle.moc"
