#include "core/models/attachmenttablemodel.h"
#include "core/roles.h"
#include "core/translations.h"
#include "support/sampletickets.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Ankra;
using namespace Ankra::Samples;

// AttachmentTableModel: what each column shows, the raw values sorting uses, sizes as people
// read them, and row signals on refresh.
class TestAttachmentTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void humanSize_data();
    void humanSize();
    void display();
    void rawValuesAndRoles();
    void sortsBySizeNotText();
    void headers();
    void updates();
};

namespace {

QList<Attachment> sample()
{
    return {
        attachment(QStringLiteral("a1"), QStringLiteral("screenshot.png"), 1'400'000,
                   QStringLiteral("image/png"), utc(2025, 3, 1, 9, 30)),
        attachment(QStringLiteral("a2"), QStringLiteral("notes.txt"), 999,
                   QStringLiteral("text/plain"), utc(2025, 3, 2, 22, 15)),
        attachment(QStringLiteral("a3"), QStringLiteral("kubeconfig.yaml"), 1500,
                   QStringLiteral("application/yaml"), utc(2025, 2, 28, 23, 59, 59)),
        attachment(QStringLiteral("a4"), QStringLiteral("empty.log"), 0, QString(),
                   utc(2025, 3, 3, 0, 0)),
    };
}

} // namespace

void TestAttachmentTableModel::initTestCase()
{
    qputenv("TZ", "XST-02"); // UTC+2, no daylight saving
    // English as a start installs it: its catalogue holds the plural forms ("1 byte").
    Translations::install(QStringLiteral("en"));
}

void TestAttachmentTableModel::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestAttachmentTableModel::humanSize_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");

    const QString en = QStringLiteral("en_US");
    QTest::newRow("zero") << en << qint64(0) << QStringLiteral("0 bytes");
    QTest::newRow("one") << en << qint64(1) << QStringLiteral("1 byte");
    QTest::newRow("999") << en << qint64(999) << QStringLiteral("999 bytes");
    QTest::newRow("1000 is SI") << en << qint64(1000) << QStringLiteral("1.0 kB");
    QTest::newRow("1024") << en << qint64(1024) << QStringLiteral("1.0 kB");
    QTest::newRow("1500") << en << qint64(1500) << QStringLiteral("1.5 kB");
    QTest::newRow("1.4 MB") << en << qint64(1'400'000) << QStringLiteral("1.4 MB");
    QTest::newRow("5 GB") << en << qint64(5'000'000'000) << QStringLiteral("5.0 GB");
    QTest::newRow("negative") << en << qint64(-1) << QStringLiteral("\u2014");
    QTest::newRow("German decimal comma")
        << QStringLiteral("de_DE") << qint64(1500) << QStringLiteral("1,5 kB");
}

void TestAttachmentTableModel::humanSize()
{
    QFETCH(QString, locale);
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QLocale::setDefault(QLocale(locale));
    QCOMPARE(AttachmentTableModel::humanSize(bytes), text);
}

void TestAttachmentTableModel::display()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    AttachmentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAttachments(sample());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 4);

    const auto text = [&model](int row, int column) {
        return model.data(model.index(row, column)).toString();
    };
    QCOMPARE(text(0, AttachmentTableModel::Filename), QStringLiteral("screenshot.png"));
    QCOMPARE(text(0, AttachmentTableModel::Type), QStringLiteral("image/png"));
    QCOMPARE(text(0, AttachmentTableModel::Size), QStringLiteral("1.4 MB"));
    QCOMPARE(text(0, AttachmentTableModel::Created), QStringLiteral("2025-03-01T11:30:00+02:00"));
    QCOMPARE(text(1, AttachmentTableModel::Size), QStringLiteral("999 bytes"));
    QCOMPARE(text(2, AttachmentTableModel::Size), QStringLiteral("1.5 kB"));
    QCOMPARE(text(2, AttachmentTableModel::Created), QStringLiteral("2025-03-01T01:59:59+02:00"));
    QCOMPARE(text(3, AttachmentTableModel::Size), QStringLiteral("0 bytes"));

    // The exact count behind a rounded size; sizes right-aligned (trailing in RTL).
    QCOMPARE(model.data(model.index(0, AttachmentTableModel::Size), Qt::ToolTipRole).toString(),
             QStringLiteral("1,400,000 bytes"));
    QCOMPARE(model.data(model.index(0, AttachmentTableModel::Size), Qt::TextAlignmentRole).toInt(),
             (Qt::AlignTrailing | Qt::AlignVCenter).toInt());
    QVERIFY(!model.data(model.index(0, AttachmentTableModel::Filename), Qt::TextAlignmentRole)
                 .isValid());
}

void TestAttachmentTableModel::rawValuesAndRoles()
{
    AttachmentTableModel model;
    model.setAttachments(sample());

    const QVariant size
        = model.data(model.index(0, AttachmentTableModel::Size), Roles::RawValueRole);
    QCOMPARE(size.metaType(), QMetaType::fromType<qint64>());
    QCOMPARE(size.toLongLong(), 1'400'000);

    const QVariant created
        = model.data(model.index(0, AttachmentTableModel::Created), Roles::RawValueRole);
    QCOMPARE(created.metaType(), QMetaType::fromType<QDateTime>());
    QCOMPARE(created.toDateTime(), utc(2025, 3, 1, 9, 30));
    QCOMPARE(created.toDateTime().timeSpec(), Qt::UTC);

    QCOMPARE(model.data(model.index(1, AttachmentTableModel::Filename), Roles::RawValueRole),
             QVariant(QStringLiteral("notes.txt")));

    for (int column = 0; column < AttachmentTableModel::ColumnCount; ++column) {
        QCOMPARE(model.data(model.index(0, column), Roles::ContentTypeRole),
                 QVariant(QStringLiteral("image/png")));
    }
    QCOMPARE(model.data(model.index(3, AttachmentTableModel::Type), Roles::ContentTypeRole),
             QVariant(QString()));
    QVERIFY(!model.data(model.index(4, 0)).isValid());
}

void TestAttachmentTableModel::sortsBySizeNotText()
{
    AttachmentTableModel model;
    model.setAttachments(sample());
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(Roles::RawValueRole);

    const auto filenames = [&proxy] {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names << proxy.index(row, AttachmentTableModel::Filename).data().toString();
        return names;
    };
    // By text, "1.4 MB" < "1.5 kB" < "999 bytes"; by bytes the other way round.
    proxy.sort(AttachmentTableModel::Size, Qt::AscendingOrder);
    QCOMPARE(filenames(),
             (QStringList{QStringLiteral("empty.log"), QStringLiteral("notes.txt"),
                          QStringLiteral("kubeconfig.yaml"), QStringLiteral("screenshot.png")}));
    proxy.sort(AttachmentTableModel::Created, Qt::AscendingOrder);
    QCOMPARE(filenames(),
             (QStringList{QStringLiteral("kubeconfig.yaml"), QStringLiteral("screenshot.png"),
                          QStringLiteral("notes.txt"), QStringLiteral("empty.log")}));
}

void TestAttachmentTableModel::headers()
{
    AttachmentTableModel model;
    QCOMPARE(model.headerData(AttachmentTableModel::Filename, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
    QCOMPARE(model.headerData(AttachmentTableModel::Type, Qt::Horizontal).toString(),
             QStringLiteral("Type"));
    QCOMPARE(model.headerData(AttachmentTableModel::Size, Qt::Horizontal).toString(),
             QStringLiteral("Size"));
    QCOMPARE(model.headerData(AttachmentTableModel::Created, Qt::Horizontal).toString(),
             QStringLiteral("Added"));
}

void TestAttachmentTableModel::updates()
{
    AttachmentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QList<Attachment> list = sample();
    model.setAttachments(list.mid(0, 2));
    QCOMPARE(inserted.size(), 1);

    model.setAttachments(list); // two uploaded since
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 2);
    QCOMPARE(inserted.last().at(2).toInt(), 3);

    list[1].sizeBytes = 2000;
    model.setAttachments(list);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.last().at(0).value<QModelIndex>(), model.index(1, 0));
    QCOMPARE(changed.last().at(1).value<QModelIndex>(),
             model.index(1, AttachmentTableModel::ColumnCount - 1));
    QCOMPARE(
        model.data(model.index(1, AttachmentTableModel::Size), Roles::RawValueRole).toLongLong(),
        2000);

    model.setAttachments({attachment(QStringLiteral("z"), QStringLiteral("other.bin"), 5)});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 1);

    model.setAttachments({});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestAttachmentTableModel)
#include "tst_attachmenttablemodel.moc"
