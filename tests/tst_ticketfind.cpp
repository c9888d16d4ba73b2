// Find in the ticket page (TicketFind, FindBar): matches in every part, as rendered, accent-
// and case-insensitive; next / previous with wrapping; Esc; the highlight painted in the rows
// that match; the current match brought into view in a 5,000-comment thread; a refresh keeps
// the current match. And the thread by keyboard: moving comment by comment, what a screen reader
// is told, and the copy formats.

#include "core/models/attachmenttablemodel.h"
#include "core/roles.h"
#include "core/ticketjson.h"
#include "gui/delegates/commentdelegate.h"
#include "gui/find/findhighlight.h"
#include "gui/find/ticketfind.h"
#include "gui/models/commentthreadmodel.h"
#include "gui/text/safemarkdown.h"
#include "gui/text/timeformat.h"
#include "gui/views/commentview.h"
#include "gui/views/markdownview.h"
#include "gui/views/ticketview.h"
#include "gui/widgets/findbar.h"
#include "gui/widgets/textlabel.h"
#include "support/sampletickets.h"
#include "support/ticketfactory.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace Ankra;
using namespace Qt::StringLiterals;

namespace {

Ticket findTicket()
{
    Ticket t = Samples::fullTicket();
    t.subject = u"Résumé of the outage"_s;
    t.aiSummary = u"The customer asks to RESUME the rollout."_s;
    t.description = u"Run this:\n\n```\nkubectl rollout resume deploy/api\n```\n\nSee the "
                    u"[resume guide](https://docs.ankra.io/resume) and `résumé`."_s;
    t.comments = {
        Samples::comment(u"c1"_s, u"Привет, под не запускается."_s, u"customer"_s,
                         u"Renée Résumé"_s, Samples::utc(2025, 3, 1, 9, 0)),
        Samples::comment(u"c2"_s, u"ポッドが再起動を繰り返す。"_s, u"team"_s, u"Aiko"_s,
                         Samples::utc(2025, 3, 1, 9, 1)),
        Samples::comment(u"c3"_s, u"Please **resume** after `kubectl resume`."_s, u"team"_s,
                         u"Sam"_s, Samples::utc(2025, 3, 1, 9, 2)),
    };
    t.attachments = {Samples::attachment(u"a1"_s, u"resume-notes.txt"_s, 1200),
                     Samples::attachment(u"a2"_s, u"pod.log"_s, 1200)};
    return t;
}

// What each match reads in the text it was found in.
QStringList matchedTexts(TicketView &view)
{
    QStringList out;
    const Ticket &ticket = view.ticket();
    TicketFind *find = view.find();
    for (const TicketFind::Match &m : find->matches()) {
        QString text;
        switch (m.part) {
        case TicketFind::Part::Subject:
            text = ticket.subject;
            break;
        case TicketFind::Part::AiSummary:
            text = *ticket.aiSummary;
            break;
        case TicketFind::Part::Description:
            text = view.findChild<MarkdownView *>(u"descriptionView"_s)->plainText();
            break;
        case TicketFind::Part::CommentAuthor:
            text = ticket.comments.at(m.row).authorLabel;
            break;
        case TicketFind::Part::CommentBody: {
            // As the card shows it: the rendered Markdown.
            SafeTextDocument doc;
            SafeMarkdown::render(&doc, ticket.comments.at(m.row).body, QPalette());
            text = doc.toPlainText();
            break;
        }
        case TicketFind::Part::Attachment:
            text = ticket.attachments.at(m.row).filename;
            break;
        }
        out << text.mid(m.range.start, m.range.length);
    }
    return out;
}

QList<TicketFind::Part> parts(const TicketFind &find)
{
    QList<TicketFind::Part> out;
    for (const TicketFind::Match &m : find.matches())
        out << m.part;
    return out;
}

// How many pixels of `image` inside `rect` have exactly `color`.
int pixelsOf(const QImage &image, const QRect &rect, const QColor &color)
{
    int count = 0;
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (image.pixelColor(x, y).rgb() == color.rgb())
                ++count;
        }
    }
    return count;
}

} // namespace

class tst_TicketFind final : public QObject
{
    Q_OBJECT

private slots:
    void matchesEveryPart_data();
    void matchesEveryPart();
    void nextPreviousAndWrap();
    void keysInTheBar();
    void escapeClosesAndGivesFocusBack();
    void longerQueryNarrows();
    void highlightIsPaintedInMatchingRows();
    void attachmentMatchesAreHighlighted();
    void currentMatchScrolledIntoViewInBigThread();
    void refreshKeepsCurrentMatch();
    void keyboardThroughBigThread();
    void currentCommentIsAnnounced();
    void copyFormats();
};

void tst_TicketFind::matchesEveryPart_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("found");
    QTest::addColumn<QList<TicketFind::Part>>("where");

    using P = TicketFind::Part;
    // Subject, summary, description (a code block, a link's text, inline code),
    // a comment's author, a comment body (bold and code), an attachment's name.
    QTest::newRow("accents and case")
        << u"resume"_s
        << QStringList{u"Résumé"_s, u"RESUME"_s, u"resume"_s, u"resume"_s, u"résumé"_s,
                       u"Résumé"_s, u"resume"_s, u"resume"_s, u"resume"_s}
        << QList<P>{P::Subject,     P::AiSummary,   P::Description,
                    P::Description, P::Description, P::CommentAuthor,
                    P::CommentBody, P::CommentBody, P::Attachment};
    QTest::newRow("cyrillic") << u"ПОД"_s << QStringList{u"под"_s} << QList<P>{P::CommentBody};
    QTest::newRow("japanese") << u"再起動"_s << QStringList{u"再起動"_s}
                              << QList<P>{P::CommentBody};
    QTest::newRow("inside a code block")
        << u"rollout resume deploy"_s << QStringList{u"rollout resume deploy"_s}
        << QList<P>{P::Description};
    // Markdown markup is not text: "**resume**" reads "resume" on screen.
    QTest::newRow("markup is not searched") << u"**"_s << QStringList{} << QList<P>{};
    QTest::newRow("link text") << u"guide"_s << QStringList{u"guide"_s} << QList<P>{P::Description};
    QTest::newRow("nothing") << u"zzz"_s << QStringList{} << QList<P>{};
}

void tst_TicketFind::matchesEveryPart()
{
    QFETCH(QString, query);
    QFETCH(QStringList, found);
    QFETCH(QList<TicketFind::Part>, where);

    TicketView view;
    view.resize(1000, 700);
    view.show();
    view.setTicket(findTicket());
    view.openFind();
    view.findBar()->setText(query);
    QCOMPARE(matchedTexts(view), found);
    QCOMPARE(parts(*view.find()), where);
    QCOMPARE(view.findBar()->resultText(),
             found.isEmpty() ? u"No matches"_s : u"1 of %1"_s.arg(found.size()));
}

void tst_TicketFind::nextPreviousAndWrap()
{
    TicketView view;
    view.resize(1000, 700);
    view.show();
    view.setTicket(findTicket());
    view.openFind();
    view.findBar()->setText(u"resume"_s);
    TicketFind *find = view.find();
    const int total = find->count();
    QCOMPARE(total, 9);
    QCOMPARE(find->currentIndex(), 0);
    find->next();
    find->next();
    QCOMPARE(find->currentIndex(), 2);
    QCOMPARE(view.findBar()->resultText(), u"3 of 9"_s);
    find->previous();
    QCOMPARE(find->currentIndex(), 1);
    find->previous();
    find->previous(); // before the first: the last
    QCOMPARE(find->currentIndex(), total - 1);
    QCOMPARE(view.findBar()->resultText(), u"9 of 9"_s);
    find->next(); // after the last: the first
    QCOMPARE(find->currentIndex(), 0);
}

void tst_TicketFind::keysInTheBar()
{
    TicketView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTicket(findTicket());
    view.openFind();
    QLineEdit *edit = view.findBar()->lineEdit();
    QTest::keyClicks(edit, u"resume"_s);
    QCOMPARE(view.find()->currentIndex(), 0);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(view.find()->currentIndex(), 1);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(view.find()->currentIndex(), 8);
    QTest::keyClick(edit, Qt::Key_F3);
    QCOMPARE(view.find()->currentIndex(), 0);
    QTest::keyClick(edit, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(view.find()->currentIndex(), 8);
    // F3 from elsewhere on the page.
    auto *comments = view.findChild<CommentView *>(u"commentView"_s);
    comments->setFocus();
    QTest::keyClick(comments, Qt::Key_F3);
    QCOMPARE(view.find()->currentIndex(), 0);
}

void tst_TicketFind::escapeClosesAndGivesFocusBack()
{
    TicketView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTicket(findTicket());
    auto *comments = view.findChild<CommentView *>(u"commentView"_s);
    comments->setFocus();
    QVERIFY(comments->hasFocus());
    view.openFind();
    QVERIFY(view.findBar()->isVisible());
    QVERIFY(view.findBar()->lineEdit()->hasFocus());
    QTest::keyClicks(view.findBar()->lineEdit(), u"sam"_s);
    QVERIFY(!comments->commentDelegate()->findHighlights().isEmpty());
    QTest::keyClick(view.findBar()->lineEdit(), Qt::Key_Escape);
    QVERIFY(view.findBar()->isHidden());
    QVERIFY(comments->hasFocus());
    // Highlights go with the bar; the query stays for the next Ctrl+F.
    QVERIFY(comments->commentDelegate()->findHighlights().isEmpty());
    view.openFind();
    QCOMPARE(view.findBar()->text(), u"sam"_s);
    QCOMPARE(view.findBar()->lineEdit()->selectedText(), u"sam"_s);
    QVERIFY(!comments->commentDelegate()->findHighlights().isEmpty());
}

void tst_TicketFind::longerQueryNarrows()
{
    TicketView view;
    view.resize(1000, 700);
    view.show();
    view.setTicket(findTicket());
    view.openFind();
    view.findBar()->setText(u"re"_s);
    const int broad = view.find()->count();
    view.findBar()->setText(u"resu"_s);
    QVERIFY(view.find()->count() < broad);
    QCOMPARE(view.find()->count(), 9);
    view.findBar()->setText(u"resume-n"_s);
    QCOMPARE(matchedTexts(view), QStringList{u"resume-n"_s});
    view.findBar()->setText(u"res"_s); // shorter again: everything is searched
    QCOMPARE(view.find()->count(), 9);
}

// Every attachment whose name matches is on the match colour, the current one on its own; the
// others have none; closing the bar clears them.
void tst_TicketFind::attachmentMatchesAreHighlighted()
{
    Ticket t = findTicket();
    t.attachments = {Samples::attachment(u"a1"_s, u"ingress.log"_s, 1200),
                     Samples::attachment(u"a2"_s, u"values.yaml"_s, 1200),
                     Samples::attachment(u"a3"_s, u"ingress-2.log"_s, 1200)};
    TicketView view;
    view.resize(1000, 700);
    view.show();
    view.setTicket(t);
    view.openFind();
    view.findBar()->setText(u"ingress.log"_s);
    QCOMPARE(view.find()->count(), 1);
    view.findBar()->setText(u"ingress"_s);
    QAbstractItemModel *files = view.findChild<QTableView *>(u"attachmentTable"_s)->model();
    const QPalette palette = QGuiApplication::palette();
    const QColor current = FindHighlight::format(palette, true).background().color();
    const QColor other = FindHighlight::format(palette, false).background().color();
    auto background = [&](const QString &name) {
        for (int row = 0; row < files->rowCount(); ++row) {
            const QModelIndex index = files->index(row, AttachmentTableModel::Filename);
            const QVariant brush = index.data(Qt::BackgroundRole);
            if (index.data().toString() == name && brush.isValid())
                return brush.value<QBrush>().color();
        }
        return QColor();
    };
    // Make an attachment the current match.
    for (int i = 0; i < view.find()->count()
                    && view.find()->currentMatch().part != TicketFind::Part::Attachment;
         ++i)
        view.find()->next();
    QCOMPARE(view.find()->currentMatch().part, TicketFind::Part::Attachment);
    const QColor a = background(u"ingress.log"_s);
    const QColor b = background(u"ingress-2.log"_s);
    QVERIFY2((a == current && b == other) || (a == other && b == current),
             qPrintable(a.name() + u' ' + b.name()));
    QVERIFY(!background(u"values.yaml"_s).isValid());
    view.closeFind();
    QVERIFY(!files->index(0, AttachmentTableModel::Filename).data(Qt::BackgroundRole).isValid());
}

void tst_TicketFind::highlightIsPaintedInMatchingRows()
{
    // Five comments; only the second and the fourth say "needle". Painted offscreen, the
    // current-match colour appears in the second row only, the match colour in the fourth.
    Ticket t = findTicket();
    t.comments.clear();
    for (int i = 0; i < 5; ++i) {
        const QString body = (i == 1 || i == 3) ? u"There is a needle in this haystack."_s
                                                : u"Only hay in this one."_s;
        t.comments << Samples::comment(u"c%1"_s.arg(i), body, u"customer"_s, u"Dana"_s,
                                       Samples::utc(2025, 3, 1, 9, i));
    }
    TicketView view;
    view.resize(1000, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTicket(t);
    view.openFind();
    view.findBar()->setText(u"needle"_s);
    QCOMPARE(view.find()->count(), 2);

    auto *comments = view.findChild<CommentView *>(u"commentView"_s);
    comments->scrollToTop();
    QApplication::processEvents();
    const QImage image = comments->viewport()->grab().toImage();
    const QPalette palette = comments->palette();
    const QColor current = FindHighlight::format(palette, true).background().color();
    const QColor other = FindHighlight::format(palette, false).background().color();
    QAbstractItemModel *model = comments->model();
    for (int row = 0; row < 5; ++row) {
        const QRect rect = comments->visualRect(model->index(row, 0));
        QVERIFY2(image.rect().contains(rect.center()), "all five rows are in view");
        const int currentPixels = pixelsOf(image, rect, current);
        const int otherPixels = pixelsOf(image, rect, other);
        if (row == 1) {
            QVERIFY2(currentPixels > 50, qPrintable(QString::number(currentPixels)));
            QCOMPARE(otherPixels, 0);
        } else if (row == 3) {
            QCOMPARE(currentPixels, 0);
            QVERIFY2(otherPixels > 50, qPrintable(QString::number(otherPixels)));
        } else {
            QCOMPARE(currentPixels + otherPixels, 0);
        }
    }
    // F3: the current one moves to the fourth row.
    view.find()->next();
    const QImage after = comments->viewport()->grab().toImage();
    QVERIFY(pixelsOf(after, comments->visualRect(model->index(3, 0)), current) > 50);
    QCOMPARE(pixelsOf(after, comments->visualRect(model->index(1, 0)), current), 0);
}

void tst_TicketFind::currentMatchScrolledIntoViewInBigThread()
{
    const std::optional<Ticket> big = parseTicket(Test::makeTicketJson(5000, 20));
    QVERIFY(big);
    TicketView view;
    view.resize(1000, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTicket(*big);
    QApplication::processEvents();
    auto *comments = view.findChild<CommentView *>(u"commentView"_s);
    view.openFind();
    // The factory numbers every comment: "(#4990)" is in one comment only, near the end.
    view.findBar()->setText(u"(#4990)"_s);
    // The thread is indexed a few milliseconds at a time, between events; until it is done
    // the bar says more may come.
    if (!view.find()->isComplete())
        QVERIFY(view.findBar()->resultText().endsWith(u'…'));
    QTRY_VERIFY(view.find()->isComplete());
    QCOMPARE(view.find()->count(), 1);
    QCOMPARE(view.findBar()->resultText(), u"1 of 1"_s);
    const TicketFind::Match match = view.find()->currentMatch();
    QCOMPARE(match.part, TicketFind::Part::CommentBody);
    QCOMPARE(match.row, 4989);
    QApplication::processEvents();
    const auto *thread = qobject_cast<const QSortFilterProxyModel *>(comments->model());
    const QModelIndex index = thread->mapFromSource(thread->sourceModel()->index(4989, 0));
    QVERIFY(comments->viewport()->rect().intersects(comments->visualRect(index)));
    // Only the rows brought into view were measured, not the thread.
    QVERIFY2(comments->commentDelegate()->measuredRows() < 200,
             qPrintable(QString::number(comments->commentDelegate()->measuredRows())));

    // And back to a match near the top.
    view.findBar()->setText(u"(#12)"_s);
    QCOMPARE(view.find()->count(), 1);
    QApplication::processEvents();
    const QModelIndex early = thread->mapFromSource(thread->sourceModel()->index(11, 0));
    QVERIFY(comments->viewport()->rect().intersects(comments->visualRect(early)));
}

void tst_TicketFind::refreshKeepsCurrentMatch()
{
    TicketView view;
    view.resize(1000, 700);
    view.show();
    Ticket t = findTicket();
    view.setTicket(t);
    view.openFind();
    view.findBar()->setText(u"resume"_s);
    // The second match in Sam's comment ("Please **resume** after `kubectl resume`").
    while (!(view.find()->currentMatch().part == TicketFind::Part::CommentBody
             && view.find()->currentMatch().range.start > 10))
        view.find()->next();
    const int before = view.find()->currentIndex();

    // A refresh brings a new comment with a match before it, and a new subject without one.
    t.subject = u"Outage"_s;
    t.comments.prepend(Samples::comment(u"c0"_s, u"resume please"_s, u"customer"_s, u"Dana"_s,
                                        Samples::utc(2025, 3, 1, 8, 0)));
    view.setTicket(t);
    const TicketFind::Match after = view.find()->currentMatch();
    QCOMPARE(after.part, TicketFind::Part::CommentBody);
    QCOMPARE(view.ticket().comments.at(after.row).id, u"c3"_s);
    QVERIFY(after.range.start > 10);
    QCOMPARE(view.find()->currentIndex(), before); // one match fewer before, one more
    QCOMPARE(view.findBar()->resultText(), u"%1 of 9"_s.arg(before + 1));

    // The comment gone: the first match, not a stale one.
    t.comments.removeLast();
    view.setTicket(t);
    QCOMPARE(view.find()->currentIndex(), 0);
}

void tst_TicketFind::keyboardThroughBigThread()
{
    const std::optional<Ticket> big = parseTicket(Test::makeTicketJson(5000, 0));
    QVERIFY(big);
    TicketView view;
    view.resize(1000, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTicket(*big);
    auto *comments = view.findChild<CommentView *>(u"commentView"_s);
    QCOMPARE(comments->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
    comments->setFocus();
    QApplication::processEvents();
    const auto row = [comments] {
        return comments->currentIndex().row();
    };
    const auto inView = [comments] {
        return comments->viewport()->rect().intersects(
            comments->visualRect(comments->currentIndex()));
    };

    QTest::keyClick(comments, Qt::Key_Home);
    QCOMPARE(row(), 0);
    QTest::keyClick(comments, Qt::Key_Down);
    QTest::keyClick(comments, Qt::Key_Down);
    QCOMPARE(row(), 2);
    QTest::keyClick(comments, Qt::Key_Up);
    QCOMPARE(row(), 1);
    QTest::keyClick(comments, Qt::Key_PageDown);
    const int page = row();
    QVERIFY2(page > 1, qPrintable(QString::number(page)));
    QVERIFY(inView());
    QTest::keyClick(comments, Qt::Key_PageUp);
    QVERIFY(row() < page);
    QTest::keyClick(comments, Qt::Key_End);
    QCOMPARE(row(), 4999);
    QApplication::processEvents();
    QVERIFY(inView());
    QTest::keyClick(comments, Qt::Key_Up);
    QCOMPARE(row(), 4998);
    QVERIFY(inView());
    // The current comment is selected, so it is marked on screen (and Ctrl+C copies it).
    QVERIFY(comments->selectionModel()->isSelected(comments->currentIndex()));
    QVERIFY2(comments->commentDelegate()->measuredRows() < 300,
             qPrintable(QString::number(comments->commentDelegate()->measuredRows())));
}

void tst_TicketFind::currentCommentIsAnnounced()
{
    TicketView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTicket(findTicket());
    auto *comments = view.findChild<CommentView *>(u"commentView"_s);
    comments->setFocus();
    QApplication::processEvents();
    QTest::keyClick(comments, Qt::Key_Home);
    QTest::keyClick(comments, Qt::Key_Down);
    QCOMPARE(comments->currentIndex().row(), 1);
    // What a screen reader reads for the focused comment: author (kind), time, text.
    QAccessibleInterface *thread = QAccessible::queryAccessibleInterface(comments);
    QVERIFY(thread);
    QAccessibleInterface *focused = thread->focusChild();
    QVERIFY(focused);
    const QString expected = u"Aiko (%1), %2: ポッドが再起動を繰り返す。"_s.arg(
        label(authorTypeFromWire(u"team"_s)), TimeFormat::full(Samples::utc(2025, 3, 1, 9, 1)));
    QCOMPARE(focused->text(QAccessible::Name), expected);
}

void tst_TicketFind::copyFormats()
{
    TicketView view;
    view.resize(1000, 700);
    view.show();
    view.setTicket(findTicket());
    auto *comments = view.findChild<CommentView *>(u"commentView"_s);
    QAbstractItemModel *model = comments->model();
    comments->selectionModel()->select(model->index(2, 0), QItemSelectionModel::Select);
    comments->selectionModel()->select(model->index(1, 0), QItemSelectionModel::Select);

    const QString time1 = TimeFormat::full(Samples::utc(2025, 3, 1, 9, 1));
    const QString time2 = TimeFormat::full(Samples::utc(2025, 3, 1, 9, 2));
    QCOMPARE(comments->selectedText(),
             u"ポッドが再起動を繰り返す。\n\nPlease **resume** after `kubectl resume`."_s);
    QCOMPARE(comments->selectedMarkdown(),
             u"**Aiko** · %1\n\nポッドが再起動を繰り返す。\n\n---\n\n**Sam** · %2\n\nPlease "
             u"**resume** after `kubectl resume`."_s.arg(time1, time2));
    // Ctrl+C: the text of the selected comments.
    QGuiApplication::clipboard()->clear();
    comments->setFocus();
    QTest::keyClick(comments, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), comments->selectedText());
    // Copy Link: the ticket's ankra-ticket:// link.
    QCOMPARE(comments->copyLinkText(), u"ankra-ticket://ticket/"_s + findTicket().id);

    // An author that looks like Markdown stays plain text in the copy.
    Ticket t = findTicket();
    t.comments = {Samples::comment(u"x"_s, u"body"_s, u"customer"_s, u"*Eve* [x](y)"_s)};
    view.setTicket(t);
    comments->selectAll();
    QVERIFY(comments->selectedMarkdown().startsWith(u"**\\*Eve\\* \\[x\\]\\(y\\)** · "_s));
}

QTEST_MAIN(tst_TicketFind)
#include "tst_ticketfind.moc"
