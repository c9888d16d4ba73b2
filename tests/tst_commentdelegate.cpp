// The comment thread: order and the newest-first toggle, distinct styles per author kind,
// cached heights, a 5,000-comment thread that lays out only what it shows, copying, links and
// the selectable editor.

#include "core/models/commentlistmodel.h"
#include "core/roles.h"
#include "gui/delegates/badgepainter.h"
#include "gui/delegates/commentdelegate.h"
#include "gui/models/commentthreadmodel.h"
#include "gui/style/theme.h"
#include "gui/text/links.h"
#include "gui/views/commentview.h"
#include "gui/views/markdownview.h"
#include "support/sampletickets.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolTip>

using namespace Ankra;
using namespace Qt::StringLiterals;

namespace {

// What QToolTip shows for a string: rich text when it looks like it, else the characters.
QString shownToolTip(const QString &tip)
{
    return Qt::mightBeRichText(tip) ? QTextDocumentFragment::fromHtml(tip).toPlainText() : tip;
}

// Hovers every few pixels of `rect` in the viewport and collects the tooltips shown, as seen.
QSet<QString> hoverAll(QAbstractScrollArea *view, const QRect &rect)
{
    QSet<QString> seen;
    for (int y = rect.top(); y < rect.bottom(); y += 3) {
        for (int x = rect.left(); x < rect.right(); x += 3) {
            const QPoint pos(x, y);
            QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
            QApplication::sendEvent(view->viewport(), &help);
            if (QToolTip::isVisible())
                seen.insert(shownToolTip(QToolTip::text()));
            QToolTip::hideText();
        }
    }
    return seen;
}

QStringList bodies(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, 0).data(Roles::BodyRole).toString();
    return list;
}

} // namespace

class tst_CommentDelegate final : public QObject
{
    Q_OBJECT

private slots:
    void orderAndToggle();
    void sameTimeKeepsServerOrder();
    void accessibleText();
    void stylesAreDistinct_data();
    void stylesAreDistinct();
    void heightsAreCachedPerWidth();
    void fiveThousandCommentsLayOutOnlyVisibleRows();
    void copySelection();
    void linkIsHitAndActivatedOnlyThroughLinks();
    void editorShowsSelectableBody();
    void emptyThreadSaysSo();
    void tooltipsShowServerTextAsTyped();
};

void tst_CommentDelegate::orderAndToggle()
{
    // Server order deliberately not chronological: the thread still reads oldest first.
    const auto t = [](int minute) {
        return Samples::utc(2025, 3, 1, 9, minute);
    };
    CommentListModel source;
    source.setComments({Samples::comment(u"b"_s, u"second"_s, u"team"_s, u"T"_s, t(2)),
                        Samples::comment(u"a"_s, u"first"_s, u"customer"_s, u"C"_s, t(1)),
                        Samples::comment(u"c"_s, u"third"_s, u"ai"_s, u"A"_s, t(3))});
    CommentThreadModel thread;
    QAbstractItemModelTester tester(&thread);
    thread.setSourceModel(&source);
    QCOMPARE(bodies(thread), (QStringList{u"first"_s, u"second"_s, u"third"_s}));
    thread.setNewestFirst(true);
    QCOMPARE(bodies(thread), (QStringList{u"third"_s, u"second"_s, u"first"_s}));
    QCOMPARE(thread.index(0, 0).data(CommentThreadModel::SourceRowRole).toInt(), 2);
    thread.setNewestFirst(false);
    QCOMPARE(bodies(thread), (QStringList{u"first"_s, u"second"_s, u"third"_s}));
    // Read-only data, but rows open a read-only selectable editor.
    QVERIFY(thread.flags(thread.index(0, 0)) & Qt::ItemIsEditable);
}

void tst_CommentDelegate::sameTimeKeepsServerOrder()
{
    const QDateTime when = Samples::utc(2025, 3, 1, 9, 0);
    CommentListModel source;
    source.setComments({Samples::comment(u"x"_s, u"one"_s, u"customer"_s, u"C"_s, when),
                        Samples::comment(u"y"_s, u"two"_s, u"system"_s, u"S"_s, when),
                        Samples::comment(u"z"_s, u"three"_s, u"team"_s, u"T"_s, when)});
    CommentThreadModel thread;
    thread.setSourceModel(&source);
    QCOMPARE(bodies(thread), (QStringList{u"one"_s, u"two"_s, u"three"_s}));
    thread.setNewestFirst(true);
    QCOMPARE(bodies(thread), (QStringList{u"three"_s, u"two"_s, u"one"_s}));
}

void tst_CommentDelegate::accessibleText()
{
    CommentListModel source;
    source.setComments({Samples::comment(u"a"_s, u"Pods restart"_s, u"team"_s, u"Sam"_s)});
    CommentThreadModel thread;
    thread.setSourceModel(&source);
    const QString text = thread.index(0, 0).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(text.startsWith(u"Sam (Ankra team), "_s), qPrintable(text));
    QVERIFY2(text.endsWith(u": Pods restart"_s), qPrintable(text));
}

void tst_CommentDelegate::stylesAreDistinct_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << Theme::lightPalette();
    QTest::newRow("dark") << Theme::darkPalette();
}

void tst_CommentDelegate::stylesAreDistinct()
{
    QFETCH(QPalette, palette);
    CommentListModel source;
    source.setComments({Samples::comment(u"1"_s, u"b"_s, u"customer"_s),
                        Samples::comment(u"2"_s, u"b"_s, u"team"_s),
                        Samples::comment(u"3"_s, u"b"_s, u"ai"_s),
                        Samples::comment(u"4"_s, u"b"_s, u"system"_s),
                        Samples::comment(u"5"_s, u"b"_s, u"partner"_s),
                        Samples::comment(u"6"_s, u"b"_s, QString())});
    using S = CommentDelegate::Style;
    const QList<S> expected{S::Customer, S::Team, S::Ai, S::System, S::Unknown, S::Unknown};
    for (int row = 0; row < source.rowCount(); ++row)
        QCOMPARE(CommentDelegate::styleFor(source.index(row)), expected.at(row));

    QList<QColor> cards;
    for (S style : {S::Customer, S::Team, S::Ai, S::System, S::Unknown})
        cards << CommentDelegate::cardColor(style, palette);
    for (qsizetype i = 0; i < cards.size(); ++i)
        for (qsizetype j = i + 1; j < cards.size(); ++j)
            QVERIFY2(cards.at(i) != cards.at(j), qPrintable(u"styles %1 and %2"_s.arg(i).arg(j)));
    // Text stays readable on every card.
    for (const QColor &card : std::as_const(cards))
        QVERIFY(Theme::contrastRatio(palette.color(QPalette::Text), card) >= 7.0);
}

void tst_CommentDelegate::heightsAreCachedPerWidth()
{
    CommentListModel source;
    source.setComments({Samples::comment(u"a"_s, QString(u"word "_s).repeated(80))});
    CommentThreadModel thread;
    thread.setSourceModel(&source);
    CommentView view;
    view.setModel(&thread);
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(view.commentDelegate()->measuredRows(), 1);
    view.viewport()->repaint();

    const int wide = view.visualRect(thread.index(0, 0)).height();
    view.resize(300, 400);
    // Narrower: the text wraps into more lines, so the row grows.
    QTRY_VERIFY(view.visualRect(thread.index(0, 0)).height() > wide);
    QVERIFY(view.visualRect(thread.index(0, 0)).width() <= view.viewport()->width());
}

void tst_CommentDelegate::fiveThousandCommentsLayOutOnlyVisibleRows()
{
    CommentListModel source;
    QList<Comment> comments = Samples::comments(5000);
    // Varied bodies, so that estimates and real heights differ.
    for (int i = 0; i < comments.size(); i += 3)
        comments[i].body = u"**Step %1**\n\n```\nkubectl get pods -n shop\n```\n\n"_s.arg(i)
                           + QString(u"word "_s).repeated(i % 40);
    source.setComments(comments);
    CommentThreadModel thread;
    thread.setSourceModel(&source);
    CommentView view;
    view.setModel(&thread);
    view.resize(700, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // The first comments are on screen at once...
    QTRY_VERIFY(view.indexAt(QPoint(20, 20)).isValid());
    QCOMPARE(view.indexAt(QPoint(20, 20)).row(), 0);
    // ...and only the rows painted were laid out, not the whole thread.
    const int visible = view.commentDelegate()->measuredRows();
    QVERIFY2(visible > 0 && visible < 50, qPrintable(QString::number(visible)));

    // The end of the thread is reachable, and shows the last comment.
    view.scrollToBottom();
    const QPoint nearBottom(20, view.viewport()->height() - 20);
    QTRY_COMPARE(view.indexAt(nearBottom).data(Roles::BodyRole).toString(),
                 comments.constLast().body);
    QVERIFY(view.commentDelegate()->measuredRows() < 100);

    // A painted row has its real height: its card contains its whole body.
    const QModelIndex first = thread.index(0, 0);
    view.scrollToTop();
    QTRY_VERIFY(view.visualRect(first).top() >= 0);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    const int estimate = view.commentDelegate()->estimatedBodyHeight(option, first);
    QVERIFY(estimate > 0);
    QTRY_VERIFY(view.visualRect(first).height() > 3 * view.fontMetrics().lineSpacing());
}

void tst_CommentDelegate::copySelection()
{
    CommentListModel source;
    source.setComments(Samples::comments(3));
    CommentThreadModel thread;
    thread.setSourceModel(&source);
    CommentView view;
    view.setModel(&thread);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectionModel()->select(thread.index(2, 0), QItemSelectionModel::Select);
    view.selectionModel()->select(thread.index(0, 0), QItemSelectionModel::Select);
    view.setFocus();
    QTest::keySequence(&view, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"Body 0\n\nBody 2"_s);
    const QString withHeaders = view.selectedText(true);
    QVERIFY2(withHeaders.startsWith(u"Author 0 — "_s), qPrintable(withHeaders));
    QVERIFY(withHeaders.contains(u"\nBody 0\n\nAuthor 2 — "_s));
}

void tst_CommentDelegate::linkIsHitAndActivatedOnlyThroughLinks()
{
    CommentListModel source;
    source.setComments({Samples::comment(u"a"_s, u"[docs](https://example.com/guide) trailing"_s)});
    CommentThreadModel thread;
    thread.setSourceModel(&source);
    CommentView view;
    view.setModel(&thread);
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.visualRect(thread.index(0, 0)).height() > 0);

    // Find the link by scanning the comment's rows of pixels.
    const QRect rect = view.visualRect(thread.index(0, 0));
    QPoint hit;
    for (int y = rect.top(); y < rect.bottom() && hit.isNull(); y += 2)
        for (int x = rect.left(); x < rect.right() && hit.isNull(); x += 3)
            if (!view.anchorAt(QPoint(x, y)).isEmpty())
                hit = QPoint(x, y);
    QVERIFY(!hit.isNull());
    QCOMPARE(view.anchorAt(hit), u"https://example.com/guide"_s);

    QSignalSpy spy(&view, &CommentView::linkActivated);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, hit);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toUrl(), QUrl(u"https://example.com/guide"_s));
}

void tst_CommentDelegate::editorShowsSelectableBody()
{
    CommentListModel source;
    source.setComments({Samples::comment(u"a"_s, u"Error: <b>not bold</b> `code`"_s)});
    CommentThreadModel thread;
    thread.setSourceModel(&source);
    CommentView view;
    view.setModel(&thread);
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.edit(thread.index(0, 0));
    auto *editor = view.viewport()->findChild<MarkdownView *>();
    QVERIFY(editor);
    QCOMPARE(editor->toPlainText(), u"Error: <b>not bold</b> code"_s);
    QVERIFY(editor->isReadOnly());
    QVERIFY(editor->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(editor->textCursor().hasSelection());
    // Nothing is written back.
    view.commentDelegate()->setModelData(editor, &thread, thread.index(0, 0));
    QCOMPARE(source.index(0).data(Roles::BodyRole).toString(), u"Error: <b>not bold</b> `code`"_s);
}

// Issue 15 item 5: every tooltip fed server text shows exactly its characters: the author
// ("R&D" showed as "R&amp;D"), an unknown author kind's badge, and a link's target.
void tst_CommentDelegate::tooltipsShowServerTextAsTyped()
{
    const QString author = u"R&D <b>team</b>"_s;
    const QString link = u"https://example.com/R&D?a=1&b=2"_s;
    CommentListModel source;
    source.setComments({Samples::comment(u"a"_s, u"see [the R&D page](%1) now"_s.arg(link),
                                         u"r&d_<i>bot</i>"_s, author)});
    CommentThreadModel thread;
    thread.setSourceModel(&source);
    CommentView view;
    view.setModel(&thread);
    view.resize(700, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.visualRect(thread.index(0, 0)).height() > 0);

    const QSet<QString> seen = hoverAll(&view, view.visualRect(thread.index(0, 0)));
    const QString badge
        = BadgePainter::badge(CommentThreadModel::authorTypeOf(thread.index(0, 0))).description;
    QVERIFY(badge.contains(u"r&d_<i>bot</i>"_s));
    const QStringList expected{author, badge, Links::displayTarget(QUrl(link))};
    for (const QString &text : expected)
        QVERIFY2(seen.contains(text), qPrintable(QStringList(seen.values()).join(u" | "_s)));
    for (const QString &text : seen)
        QVERIFY2(!text.contains(u"&amp;"_s), qPrintable(text));
}

void tst_CommentDelegate::emptyThreadSaysSo()
{
    CommentListModel source;
    CommentThreadModel thread;
    thread.setSourceModel(&source);
    CommentView view;
    view.setModel(&thread);
    view.resize(400, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage blank = [&] {
        CommentView other;
        other.resize(400, 200);
        return other.grab().toImage();
    }();
    // The empty state draws its sentence; an unset view draws nothing.
    QVERIFY(view.grab().toImage() != blank);
}

QTEST_MAIN(tst_CommentDelegate)
#include "tst_commentdelegate.moc"
