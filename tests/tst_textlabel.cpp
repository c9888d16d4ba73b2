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

QTEST_MAIN(tst_TextLabel)
#include "tst_textlabel.moc"
