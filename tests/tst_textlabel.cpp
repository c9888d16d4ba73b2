// TextLabel answers size questions as QLabel does, from what it measured before, and measures
// again when the text, the font or the style changes.

#include "gui/widgets/textlabel.h"

#include <QTest>

using namespace Ankra;
using namespace Qt::StringLiterals;

namespace {

const QString shortText = u"Ingress controller pods restarting"_s;
const QString longText = u"Ingress controller pods restarting after the ingress-nginx upgrade "
                         "on prod-eu-1, every three to five minutes, since Tuesday"_s;

void setUp(QLabel &label, bool selectable)
{
    label.setWordWrap(true);
    label.setTextFormat(Qt::PlainText);
    if (selectable)
        label.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

} // namespace

class tst_TextLabel : public QObject
{
    Q_OBJECT

private slots:
    void answersAsQLabel_data();
    void answersAsQLabel();
    void followsTheText();
    void followsTheFont();
    void selectableOnDemandMeasuresAsSelectable_data();
    void selectableOnDemandMeasuresAsSelectable();
    void selectableFromTheFirstPress();
};

void tst_TextLabel::answersAsQLabel_data()
{
    QTest::addColumn<bool>("selectable");
    QTest::newRow("plain") << false;
    QTest::newRow("selectable") << true;
}

void tst_TextLabel::answersAsQLabel()
{
    QFETCH(bool, selectable);
    QLabel plain;
    TextLabel cached;
    setUp(plain, selectable);
    setUp(cached, selectable);
    plain.setText(longText);
    cached.setText(longText);
    // Twice over, in an order a layout might ask: the second round comes from the cache.
    for (int round = 0; round < 2; ++round) {
        for (int width : {80, 200, 640, 200, 80}) {
            QCOMPARE(cached.heightForWidth(width), plain.heightForWidth(width));
        }
        QCOMPARE(cached.sizeHint(), plain.sizeHint());
        QCOMPARE(cached.minimumSizeHint(), plain.minimumSizeHint());
    }
}

void tst_TextLabel::followsTheText()
{
    TextLabel label;
    setUp(label, true);
    label.setText(shortText);
    const int shortHeight = label.heightForWidth(150);
    const QSize shortHint = label.sizeHint();
    label.setText(longText);
    QVERIFY(label.heightForWidth(150) > shortHeight);
    QVERIFY(label.sizeHint() != shortHint);
    label.setText(shortText);
    QCOMPARE(label.heightForWidth(150), shortHeight);
    QCOMPARE(label.sizeHint(), shortHint);
}

void tst_TextLabel::followsTheFont()
{
    TextLabel label;
    setUp(label, false);
    label.setText(longText);
    const int normal = label.heightForWidth(200);
    const QSize normalHint = label.sizeHint();
    QFont big = label.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    label.setFont(big);
    QVERIFY(label.heightForWidth(200) > normal);
    QVERIFY(label.sizeHint().height() > normalHint.height());
}

void tst_TextLabel::selectableOnDemandMeasuresAsSelectable_data()
{
    QTest::addColumn<bool>("wrap");
    QTest::addColumn<QString>("text");
    QTest::newRow("id") << false << u"4fbac218-f27d-4c95-b8b4-481ce57630f5"_s;
    QTest::newRow("short") << false << u"prod-eu-1"_s;
    QTest::newRow("wrapped") << true << longText;
}

void tst_TextLabel::selectableOnDemandMeasuresAsSelectable()
{
    // Plain until used, yet laid out as the selectable label it will become.
    QFETCH(bool, wrap);
    QFETCH(QString, text);
    QLabel selectable;
    TextLabel onDemand;
    for (QLabel *label : std::initializer_list<QLabel *>{&selectable, &onDemand}) {
        label->setWordWrap(wrap);
        label->setTextFormat(Qt::PlainText);
        label->setText(text);
    }
    selectable.setTextInteractionFlags(Qt::TextSelectableByMouse);
    onDemand.setSelectableOnDemand(Qt::TextSelectableByMouse);
    QCOMPARE(onDemand.textInteractionFlags(), Qt::NoTextInteraction);
    // A focus policy alone makes QLabel lay its text out in a document.
    QCOMPARE(onDemand.focusPolicy(), Qt::NoFocus);
    QCOMPARE(onDemand.cursor().shape(), Qt::IBeamCursor);
    for (int width : {90, 240, 700})
        QCOMPARE(onDemand.heightForWidth(width), selectable.heightForWidth(width));
    QCOMPARE(onDemand.minimumSizeHint(), selectable.minimumSizeHint());
    if (!wrap) // a wrapped plain QLabel prefers another width (textlabel.h)
        QCOMPARE(onDemand.sizeHint(), selectable.sizeHint());
}

void tst_TextLabel::selectableFromTheFirstPress()
{
    QWidget window;
    auto *label = new TextLabel(&window);
    label->setTextFormat(Qt::PlainText);
    label->setText(u"4fbac218-f27d-4c95-b8b4-481ce57630f5"_s);
    label->setSelectableOnDemand(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->adjustSize();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!label->hasSelectedText());

    // The first double-click selects, as on a label that was selectable all along.
    QTest::mouseDClick(label, Qt::LeftButton, {}, QPoint(8, label->height() / 2));
    QCOMPARE(label->textInteractionFlags(),
             Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QVERIFY(label->hasSelectedText());
    QVERIFY(label->text().startsWith(label->selectedText()));
    QVERIFY(label->hasFocus()); // so that Ctrl+C reaches it
    QCOMPARE(label->focusPolicy(), Qt::ClickFocus);
}

QTEST_MAIN(tst_TextLabel)
#include "tst_textlabel.moc"
