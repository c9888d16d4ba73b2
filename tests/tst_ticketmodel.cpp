#include "core/models/ticketmodel.h"
#include "core/roles.h"
#include "support/sampletickets.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Ankra;
using namespace Ankra::Samples;

// TicketModel: one row per shown ticket, readable text per column, typed raw values, and the
// row signals a QDataWidgetMapper and views rely on.
class TestTicketModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyModel();
    void setReplaceClearSignals();
    void displayText_data();
    void displayText();
    void rawValue_data();
    void rawValue();
    void nullFields();
    void unknownEnumShownVerbatim();
    void enumRoles_data();
    void enumRoles();
    void counts();
    void headers();
};

void TestTicketModel::initTestCase()
{
    // A fixed zone two hours east of UTC without daylight saving: local-time text is known.
    qputenv("TZ", "XST-02");
}

void TestTicketModel::emptyModel()
{
    TicketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(TicketModel::ColumnCount));
    QVERIFY(!model.hasTicket());
    QVERIFY(!model.data(model.index(0, TicketModel::Subject)).isValid());
}

void TestTicketModel::setReplaceClearSignals()
{
    TicketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    Ticket t = fullTicket();
    model.setTicket(t);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 0);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.hasTicket());
    QCOMPARE(model.data(model.index(0, TicketModel::Subject)).toString(), t.subject);

    // Replacing the shown ticket keeps the row: one dataChanged over all columns.
    t.subject = QStringLiteral("Renamed");
    t.status = statusFromWire(QStringLiteral("resolved"));
    model.setTicket(t);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 1);
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    const auto bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft, model.index(0, 0));
    QCOMPARE(bottomRight, model.index(0, TicketModel::ColumnCount - 1));
    QCOMPARE(model.data(model.index(0, TicketModel::Subject)).toString(),
             QStringLiteral("Renamed"));
    QCOMPARE(model.data(model.index(0, TicketModel::Status)).toString(),
             QStringLiteral("Resolved"));

    model.clear();
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasTicket());
    QVERIFY(!model.data(model.index(0, TicketModel::Subject)).isValid());
    QVERIFY(model.ticket().subject.isEmpty());

    model.clear(); // nothing shown: nothing to signal
    QCOMPARE(removed.size(), 1);

    model.setTicket(fullTicket());
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(reset.size(), 0);
}

void TestTicketModel::displayText_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    QTest::newRow("id") << int(TicketModel::Id)
                        << QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    QTest::newRow("organisation") << int(TicketModel::OrganisationId)
                                  << QStringLiteral("9b2f6c1e-0d4a-4e55-8a7b-1c2d3e4f5a6b");
    QTest::newRow("subject as sent")
        << int(TicketModel::Subject) << QStringLiteral("Cluster <b>stuck</b> in provisioning");
    QTest::newRow("description") << int(TicketModel::Description)
                                 << QStringLiteral(
                                        "Since Monday the cluster\nnever becomes ready.");
    QTest::newRow("source") << int(TicketModel::Source) << QStringLiteral("CLI");
    QTest::newRow("category") << int(TicketModel::Category) << QStringLiteral("Feature request");
    QTest::newRow("status") << int(TicketModel::Status) << QStringLiteral("In progress");
    QTest::newRow("severity") << int(TicketModel::Severity) << QStringLiteral("High");
    QTest::newRow("ai review") << int(TicketModel::AiReviewStatus)
                               << QStringLiteral("AI review flagged");
    QTest::newRow("created, local")
        << int(TicketModel::CreatedAt) << QStringLiteral("2025-03-01T11:30:00+02:00");
    QTest::newRow("updated, local")
        << int(TicketModel::UpdatedAt) << QStringLiteral("2025-03-02T19:05:09+02:00");
    QTest::newRow("cluster id") << int(TicketModel::ClusterId) << QStringLiteral("c-42");
    QTest::newRow("cluster name") << int(TicketModel::ClusterName) << QStringLiteral("prod-eu");
    QTest::newRow("ai summary") << int(TicketModel::AiSummary)
                                << QStringLiteral(
                                       "The customer's cluster does not finish provisioning.");
    QTest::newRow("tracked") << int(TicketModel::IsTrackedByTeam) << QStringLiteral("Yes");
    QTest::newRow("comments") << int(TicketModel::CommentCount) << QStringLiteral("3");
    QTest::newRow("attachments") << int(TicketModel::AttachmentCount) << QStringLiteral("1");
}

void TestTicketModel::displayText()
{
    QFETCH(int, column);
    QFETCH(QString, text);

    TicketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTicket(fullTicket());
    const QModelIndex index = model.index(0, column);
    QCOMPARE(model.data(index, Qt::DisplayRole).toString(), text);
    // QDataWidgetMapper reads EditRole.
    QCOMPARE(model.data(index, Qt::EditRole).toString(), text);
}

void TestTicketModel::rawValue_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("raw");

    QTest::newRow("subject") << int(TicketModel::Subject)
                             << QVariant(QStringLiteral("Cluster <b>stuck</b> in provisioning"));
    QTest::newRow("status") << int(TicketModel::Status) << QVariant(int(Ankra::Status::InProgress));
    QTest::newRow("severity") << int(TicketModel::Severity) << QVariant(int(Ankra::Severity::High));
    QTest::newRow("source") << int(TicketModel::Source) << QVariant(int(Ankra::Source::Cli));
    QTest::newRow("created, UTC") << int(TicketModel::CreatedAt)
                                  << QVariant(utc(2025, 3, 1, 9, 30));
    QTest::newRow("cluster id") << int(TicketModel::ClusterId) << QVariant(QStringLiteral("c-42"));
    QTest::newRow("tracked") << int(TicketModel::IsTrackedByTeam) << QVariant(true);
    QTest::newRow("comment count") << int(TicketModel::CommentCount) << QVariant(3);
}

void TestTicketModel::rawValue()
{
    QFETCH(int, column);
    QFETCH(QVariant, raw);

    TicketModel model;
    model.setTicket(fullTicket());
    const QVariant value = model.data(model.index(0, column), Roles::RawValueRole);
    QCOMPARE(value.metaType(), raw.metaType());
    QCOMPARE(value, raw);
    if (value.metaType() == QMetaType::fromType<QDateTime>())
        QCOMPARE(value.toDateTime().timeSpec(), Qt::UTC);
}

void TestTicketModel::nullFields()
{
    Ticket t = fullTicket();
    t.clusterId.reset();
    t.clusterName = QString(); // present but empty reads the same as null
    t.aiSummary.reset();
    t.severity = severityFromWire(QString());
    t.isTrackedByTeam = false;

    TicketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTicket(t);
    const auto text = [&model](int column) {
        return model.data(model.index(0, column)).toString();
    };
    const auto raw = [&model](int column) {
        return model.data(model.index(0, column), Roles::RawValueRole);
    };

    const QString dash = QStringLiteral("\u2014");
    QCOMPARE(text(TicketModel::ClusterId), dash);
    QCOMPARE(text(TicketModel::ClusterName), dash);
    QVERIFY(!raw(TicketModel::ClusterId).isValid());
    QCOMPARE(raw(TicketModel::ClusterName), QVariant(QString()));

    // No summary: empty text (the view shows its own empty state), null raw value.
    QVERIFY(model.data(model.index(0, TicketModel::AiSummary)).isValid());
    QCOMPARE(text(TicketModel::AiSummary), QString());
    QVERIFY(!raw(TicketModel::AiSummary).isValid());

    QCOMPARE(text(TicketModel::Severity), QStringLiteral("No severity"));
    QCOMPARE(raw(TicketModel::Severity), QVariant(int(Ankra::Severity::None)));
    QCOMPARE(text(TicketModel::IsTrackedByTeam), QStringLiteral("No"));
    QCOMPARE(raw(TicketModel::IsTrackedByTeam), QVariant(false));

    // Times the server never sent valid are a dash, not "".
    t.updatedAt = QDateTime();
    model.setTicket(t);
    QCOMPARE(text(TicketModel::UpdatedAt), dash);
}

void TestTicketModel::unknownEnumShownVerbatim()
{
    Ticket t = fullTicket();
    t.status = statusFromWire(QStringLiteral("escalated_to_vendor"));
    t.category = categoryFromWire(QStringLiteral("security"));

    TicketModel model;
    model.setTicket(t);
    const QModelIndex status = model.index(0, TicketModel::Status);
    QCOMPARE(model.data(status).toString(), QStringLiteral("escalated_to_vendor"));
    QCOMPARE(model.data(status, Qt::EditRole).toString(), QStringLiteral("escalated_to_vendor"));
    QCOMPARE(model.data(status, Roles::WireValueRole).toString(),
             QStringLiteral("escalated_to_vendor"));
    QCOMPARE(model.data(status, Roles::KnownValueRole), QVariant(false));
    QCOMPARE(model.data(status, Roles::RawValueRole), QVariant(int(Ankra::Status::Unknown)));
    QCOMPARE(model.data(model.index(0, TicketModel::Category)).toString(),
             QStringLiteral("security"));
}

void TestTicketModel::enumRoles_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("wire");
    QTest::addColumn<QVariant>("known");

    QTest::newRow("status") << int(TicketModel::Status) << QVariant(QStringLiteral("in_progress"))
                            << QVariant(true);
    QTest::newRow("category") << int(TicketModel::Category)
                              << QVariant(QStringLiteral("feature_request")) << QVariant(true);
    QTest::newRow("ai review") << int(TicketModel::AiReviewStatus)
                               << QVariant(QStringLiteral("flagged")) << QVariant(true);
    // Only enum columns answer these roles.
    QTest::newRow("subject") << int(TicketModel::Subject) << QVariant() << QVariant();
    QTest::newRow("created") << int(TicketModel::CreatedAt) << QVariant() << QVariant();
}

void TestTicketModel::enumRoles()
{
    QFETCH(int, column);
    QFETCH(QVariant, wire);
    QFETCH(QVariant, known);

    TicketModel model;
    model.setTicket(fullTicket());
    const QModelIndex index = model.index(0, column);
    QCOMPARE(model.data(index, Roles::WireValueRole), wire);
    QCOMPARE(model.data(index, Roles::KnownValueRole), known);
}

void TestTicketModel::counts()
{
    Ticket t = fullTicket();
    t.comments = comments(1234);
    t.attachments.clear();
    TicketModel model;
    model.setTicket(t);
    // Numbers, not text, so that views format them for the locale.
    const QVariant commentCount = model.data(model.index(0, TicketModel::CommentCount));
    QCOMPARE(commentCount.metaType(), QMetaType::fromType<int>());
    QCOMPARE(commentCount.toInt(), 1234);
    QCOMPARE(model.data(model.index(0, TicketModel::AttachmentCount)).toInt(), 0);
}

void TestTicketModel::headers()
{
    TicketModel model;
    QSet<QString> seen;
    for (int c = 0; c < TicketModel::ColumnCount; ++c) {
        const QString name = model.headerData(c, Qt::Horizontal).toString();
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(c)));
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
    }
    QCOMPARE(model.headerData(TicketModel::AiReviewStatus, Qt::Horizontal).toString(),
             QStringLiteral("AI review"));
    QCOMPARE(model.headerData(TicketModel::ClusterName, Qt::Horizontal).toString(),
             QStringLiteral("Cluster"));
    QCOMPARE(model.headerData(TicketModel::CreatedAt, Qt::Horizontal).toString(),
             QStringLiteral("Created"));
}

QTEST_GUILESS_MAIN(TestTicketModel)
#include "tst_ticketmodel.moc"
