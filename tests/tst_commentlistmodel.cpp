#include "core/models/commentlistmodel.h"
#include "core/roles.h"
#include "support/sampletickets.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Ankra;
using namespace Ankra::Samples;

// CommentListModel: rows in server order, the roles delegates read, and precise signals when a
// refresh brings the same thread with changes.
class TestCommentListModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roles();
    void unknownAndMissingAuthorType_data();
    void unknownAndMissingAuthorType();
    void roleNames();
    void updates_data();
    void updates();
    void largeThread();
};

void TestCommentListModel::initTestCase()
{
    qputenv("TZ", "XST-02"); // UTC+2, no daylight saving
}

void TestCommentListModel::roles()
{
    CommentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Comment> thread{
        comment(QStringLiteral("c1"), QStringLiteral("First, <i>as typed</i>"),
                QStringLiteral("customer"), QStringLiteral("Dana"), utc(2025, 3, 1, 9, 30)),
        comment(QStringLiteral("c2"), QStringLiteral("Second"), QStringLiteral("team"),
                QStringLiteral("Ankra Support"), utc(2025, 3, 1, 10, 0)),
    };
    model.setComments(thread);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(0)), 0);

    const QModelIndex first = model.index(0);
    QCOMPARE(model.data(first).toString(), QStringLiteral("First, <i>as typed</i>"));
    QCOMPARE(model.data(first, Roles::BodyRole).toString(),
             QStringLiteral("First, <i>as typed</i>"));
    QCOMPARE(model.data(first, Roles::AuthorLabelRole).toString(), QStringLiteral("Dana"));
    QCOMPARE(model.data(first, Roles::AuthorTypeRole), QVariant(int(AuthorType::Customer)));
    QCOMPARE(model.data(first, Roles::WireValueRole), QVariant(QStringLiteral("customer")));
    QCOMPARE(model.data(first, Roles::KnownValueRole), QVariant(true));
    QCOMPARE(model.data(first, Roles::CreatedAtRole), QVariant(utc(2025, 3, 1, 9, 30)));
    QCOMPARE(model.data(first, Roles::CreatedAtRole).toDateTime().timeSpec(), Qt::UTC);
    QCOMPARE(model.data(first, Qt::ToolTipRole).toString(),
             QStringLiteral("2025-03-01T11:30:00+02:00"));

    const QVariant raw = model.data(model.index(1), Roles::RawValueRole);
    QVERIFY(raw.canConvert<Comment>());
    const Comment c = raw.value<Comment>();
    QCOMPARE(c.id, QStringLiteral("c2"));
    QCOMPARE(c.authorType.value, AuthorType::Team);
    QCOMPARE(model.data(model.index(1), Roles::AuthorTypeRole), QVariant(int(AuthorType::Team)));

    QVERIFY(!model.data(model.index(2)).isValid());
    QVERIFY(!model.data(first, Roles::ContentTypeRole).isValid());
}

void TestCommentListModel::unknownAndMissingAuthorType_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("known");
    QTest::newRow("unknown kept verbatim")
        << QStringLiteral("Bot-v2") << int(AuthorType::Unknown) << false;
    QTest::newRow("missing") << QString() << int(AuthorType::None) << true;
    QTest::newRow("AI upper case") << QStringLiteral("AI") << int(AuthorType::Ai) << true;
}

void TestCommentListModel::unknownAndMissingAuthorType()
{
    QFETCH(QString, wire);
    QFETCH(int, type);
    QFETCH(bool, known);

    CommentListModel model;
    model.setComments({comment(QStringLiteral("c1"), QStringLiteral("hi"), wire)});
    const QModelIndex index = model.index(0);
    QCOMPARE(model.data(index, Roles::AuthorTypeRole), QVariant(type));
    QCOMPARE(model.data(index, Roles::WireValueRole), QVariant(wire));
    QCOMPARE(model.data(index, Roles::KnownValueRole), QVariant(known));
}

void TestCommentListModel::roleNames()
{
    CommentListModel model;
    const QHash<int, QByteArray> names = model.roleNames();
    QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
    QCOMPARE(names.value(Roles::BodyRole), QByteArray("body"));
    QCOMPARE(names.value(Roles::AuthorLabelRole), QByteArray("authorLabel"));
    QCOMPARE(names.value(Roles::AuthorTypeRole), QByteArray("authorType"));
    QCOMPARE(names.value(Roles::CreatedAtRole), QByteArray("createdAt"));
    QVERIFY(names.contains(Roles::RawValueRole));
    QVERIFY(names.contains(Roles::WireValueRole));
    const QList<QByteArray> values = names.values();
    QCOMPARE(QSet<QByteArray>(values.cbegin(), values.cend()).size(), values.size());
}

// before -> after, and which signals that must give.
void TestCommentListModel::updates_data()
{
    QTest::addColumn<QList<Comment>>("before");
    QTest::addColumn<QList<Comment>>("after");
    QTest::addColumn<QString>("signal"); // "reset", "insert", "remove", "change", "none"
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");

    const QList<Comment> three = comments(3);
    QList<Comment> edited = three;
    edited[1].body = QStringLiteral("edited");
    QList<Comment> grownAndEdited = comments(5);
    grownAndEdited[2].authorLabel = QStringLiteral("renamed");
    QList<Comment> reordered{three[1], three[0], three[2]};

    QTest::newRow("first load") << QList<Comment>() << three << "insert" << 0 << 2;
    QTest::newRow("new comments appended") << three << comments(5) << "insert" << 3 << 4;
    QTest::newRow("same thread") << three << comments(3) << "none" << -1 << -1;
    QTest::newRow("one comment edited") << three << edited << "change" << 1 << 1;
    QTest::newRow("appended and edited") << three << grownAndEdited << "insert+change" << 3 << 4;
    QTest::newRow("last comments gone") << three << comments(1) << "remove" << 1 << 2;
    QTest::newRow("cleared") << three << QList<Comment>() << "remove" << 0 << 2;
    QTest::newRow("another ticket")
        << three << comments(3, QStringLiteral("other")) << "reset" << -1 << -1;
    QTest::newRow("reordered") << three << reordered << "reset" << -1 << -1;
    QTest::newRow("middle one removed")
        << three << QList<Comment>{three[0], three[2]} << "reset" << -1 << -1;
}

void TestCommentListModel::updates()
{
    QFETCH(QList<Comment>, before);
    QFETCH(QList<Comment>, after);
    QFETCH(QString, signal);
    QFETCH(int, first);
    QFETCH(int, last);

    CommentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComments(before);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setComments(after);

    QCOMPARE(reset.size(), signal == u"reset" ? 1 : 0);
    QCOMPARE(inserted.size(), signal.startsWith(u"insert") ? 1 : 0);
    QCOMPARE(removed.size(), signal == u"remove" ? 1 : 0);
    QCOMPARE(changed.size(), signal.endsWith(u"change") ? 1 : 0);
    if (signal == u"insert" || signal == u"insert+change") {
        QCOMPARE(inserted.first().at(1).toInt(), first);
        QCOMPARE(inserted.first().at(2).toInt(), last);
    }
    if (signal == u"remove") {
        QCOMPARE(removed.first().at(1).toInt(), first);
        QCOMPARE(removed.first().at(2).toInt(), last);
    }
    if (signal == u"change") {
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), first);
        QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), last);
    }
    if (signal == u"insert+change")
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 2);

    // Whatever the signals, the model now shows `after`, in order.
    QCOMPARE(model.rowCount(), int(after.size()));
    for (int row = 0; row < after.size(); ++row) {
        const QModelIndex index = model.index(row);
        QCOMPARE(model.data(index, Roles::RawValueRole).value<Comment>().id, after.at(row).id);
        QCOMPARE(model.data(index).toString(), after.at(row).body);
        QCOMPARE(model.data(index, Roles::AuthorLabelRole).toString(), after.at(row).authorLabel);
    }
}

void TestCommentListModel::largeThread()
{
    CommentListModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setComments(comments(5000));
    QCOMPARE(model.rowCount(), 5000);
    QCOMPARE(model.data(model.index(4999)).toString(), QStringLiteral("Body 4999"));

    model.setComments(comments(5001));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 5000);
    QCOMPARE(reset.size(), 0);

    model.setComments(comments(5000, QStringLiteral("x")));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 5000);
    QCOMPARE(model.data(model.index(0), Roles::RawValueRole).value<Comment>().id,
             QStringLiteral("x0"));
}

QTEST_GUILESS_MAIN(TestCommentListModel)
#include "tst_commentlistmodel.moc"
