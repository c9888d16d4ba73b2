// The attachment table's actions in the window (issue 12): Save and Save All from a ticket
// page against the loopback fake server, progress and the outcome in the row, Cancel, Open
// only for files that cannot run (else Show in Folder and a line that says why), and names
// shown with their invisible characters made visible.

#include "core/apiclient.h"
#include "core/download/attachmentdownload.h"
#include "core/models/attachmenttablemodel.h"
#include "core/ticketjson.h"
#include "gui/attachments/attachmentactions.h"
#include "gui/models/attachmentproxymodel.h"
#include "gui/views/ticketview.h"
#include "support/fakeankraserver.h"
#include "support/isolatedmain.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

const QString TicketUuid = u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"_s;

struct Sample
{
    QString id;
    QString name;
    QByteArray bytes;
};

Ticket ticketWith(const QList<Sample> &samples)
{
    QJsonObject object = QJsonDocument::fromJson(sampleTicketJson(TicketUuid)).object();
    QJsonArray attachments;
    for (const Sample &s : samples) {
        attachments.append(QJsonObject{{"id"_L1, s.id},
                                       {"filename"_L1, s.name},
                                       {"content_type"_L1, u"application/octet-stream"_s},
                                       {"size_bytes"_L1, qint64(s.bytes.size())},
                                       {"created_at"_L1, u"2025-03-01T09:35:00Z"_s}});
    }
    object.insert("attachments"_L1, attachments);
    return *ticketFromJson(object);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestAttachmentActions final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saveShowsProgressThenOpen();
    void runnableGetsOnlyShowInFolder();
    void saveAllWithClashes();
    void cancelInTheRow();
    void namesShowInvisibleCharacters();
    void anotherTicketClearsStatusesAtOnce();

private:
    void show(const QList<Sample> &samples);
    int rowOfName(const QString &name) const;

    std::unique_ptr<FakeAnkraServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<TicketView> m_view;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAttachmentActions::init()
{
    m_server = std::make_unique<FakeAnkraServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setToken(QString::fromLatin1(FakeAnkraServer::DefaultToken));
    m_client->setRetryDelays({});
    m_view = std::make_unique<TicketView>();
    m_view->resize(1100, 700);
    m_view->attachmentActions()->setClient(m_client.get());
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestAttachmentActions::cleanup()
{
    m_view.reset();
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

void TestAttachmentActions::show(const QList<Sample> &samples)
{
    for (const Sample &s : samples)
        m_server->addAttachment(s.id, s.bytes);
    m_view->setTicket(ticketWith(samples));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

int TestAttachmentActions::rowOfName(const QString &name) const
{
    const auto *model = qobject_cast<AttachmentTableModel *>(m_view->attachments()->sourceModel());
    for (int i = 0; i < model->attachments().size(); ++i) {
        if (model->attachments().at(i).filename == name)
            return i;
    }
    return -1;
}

void TestAttachmentActions::saveShowsProgressThenOpen()
{
    const Sample log{newId(), u"pod.log"_s, QByteArray(200 * 1024, 'l')};
    show({log});
    FaultSpec &slow = m_server->setFault(Fault::SlowBody, log.id);
    slow.sizeBytes = 20 * 1024;
    slow.delayMs = 20;
    AttachmentActions *actions = m_view->attachmentActions();
    QTableView *table = m_view->findChild<QTableView *>(u"attachmentTable"_s);
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(actions->saveButton()->isEnabled());
    QVERIFY(!actions->openButton()->isVisible());

    AttachmentDownload *download = actions->saveToFolder(0, m_dir->path());
    QVERIFY(download);
    QVERIFY(actions->cancelButton()->isVisible());
    AttachmentProxyModel *proxy = m_view->attachments();
    const QModelIndex size
        = proxy->mapFromSource(proxy->sourceModel()->index(0, AttachmentTableModel::Size));
    // Percent and bytes in the row while it runs.
    QVERIFY(QTest::qWaitFor([&] { return proxy->data(size).toString().contains(u"% ("_s); }));
    QSignalSpy finished(actions, &AttachmentActions::downloadFinished);
    QVERIFY(finished.wait(10000));
    const QString saved = m_dir->filePath(u"pod.log"_s);
    QCOMPARE(actions->savedPath(0), saved);
    QVERIFY2(proxy->data(size).toString().contains(u"Saved"_s),
             qPrintable(proxy->data(size).toString()));
    QVERIFY(actions->openButton()->isVisible());
    QVERIFY(actions->showInFolderButton()->isVisible());
    QVERIFY(!actions->cancelButton()->isVisible());
    QVERIFY(!actions->noteLabel()->isVisible());
    QCOMPARE(AttachmentActions::lastFolder(), QDir(m_dir->path()).absolutePath());
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), log.bytes);
}

void TestAttachmentActions::runnableGetsOnlyShowInFolder()
{
    // Labelled a picture, but an ELF program.
    const Sample elf{newId(), u"screenshot.png"_s,
                     QByteArray("\x7f"
                                "ELF\x02\x01\x01")
                         + QByteArray(1000, 0)};
    show({elf});
    QTableView *table = m_view->findChild<QTableView *>(u"attachmentTable"_s);
    table->setCurrentIndex(table->model()->index(0, 0));
    AttachmentActions *actions = m_view->attachmentActions();
    QSignalSpy finished(actions, &AttachmentActions::downloadFinished);
    QVERIFY(actions->saveToFolder(0, m_dir->path()));
    QVERIFY(finished.wait(10000));
    QVERIFY(!actions->savedPath(0).isEmpty());
    QVERIFY(actions->showInFolderButton()->isVisible());
    QVERIFY(!actions->openButton()->isVisible());
    QVERIFY(actions->noteLabel()->isVisible());
    QVERIFY2(actions->noteLabel()->text().contains(u"ELF"_s),
             qPrintable(actions->noteLabel()->text()));
    QCOMPARE(actions->noteLabel()->textFormat(), Qt::PlainText);
    m_view->grab().save(QDir::temp().filePath(u"ankra-attachment-actions.png"_s));
}

void TestAttachmentActions::saveAllWithClashes()
{
    const QList<Sample> samples{{newId(), u"values.yaml"_s, "a: 1\n"},
                                {newId(), u"values.yaml"_s, "b: 2\n"},
                                {newId(), u"../values.yaml"_s, "c: 3\n"}};
    show(samples);
    AttachmentActions *actions = m_view->attachmentActions();
    QVERIFY(actions->saveAllButton()->isEnabled());
    QSignalSpy finished(actions, &AttachmentActions::downloadFinished);
    actions->saveAllToFolder(m_dir->path());
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 3; }, 10000));
    QStringList names = QDir(m_dir->path()).entryList(QDir::Files);
    names.sort();
    QCOMPARE(names, (QStringList{u"values (1).yaml"_s, u"values (2).yaml"_s, u"values.yaml"_s}));
    QSet<QByteArray> contents;
    for (const QString &name : std::as_const(names)) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        contents.insert(file.readAll());
    }
    QCOMPARE(contents.size(), 3);
}

void TestAttachmentActions::cancelInTheRow()
{
    const Sample big{newId(), u"big.bin"_s, QByteArray(100 * 1024, 'b')};
    show({big});
    FaultSpec &slow = m_server->setFault(Fault::SlowBody, big.id);
    slow.sizeBytes = 1024;
    slow.delayMs = 30;
    QTableView *table = m_view->findChild<QTableView *>(u"attachmentTable"_s);
    table->setCurrentIndex(table->model()->index(0, 0));
    AttachmentActions *actions = m_view->attachmentActions();
    QSignalSpy finished(actions, &AttachmentActions::downloadFinished);
    QVERIFY(actions->saveToFolder(0, m_dir->path()));
    QTest::qWait(150);
    QVERIFY(actions->cancelButton()->isVisible());
    QTest::mouseClick(actions->cancelButton(), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    AttachmentProxyModel *proxy = m_view->attachments();
    const QModelIndex size
        = proxy->mapFromSource(proxy->sourceModel()->index(0, AttachmentTableModel::Size));
    QVERIFY(proxy->data(size).toString().contains(u"Cancelled"_s));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
    QVERIFY(actions->savedPath(0).isEmpty());
}

void TestAttachmentActions::namesShowInvisibleCharacters()
{
    const QString rlo = u"invoice\u202Egpj.exe"_s;
    const QString zw = u"re\u200Bport.pdf"_s;
    show({{newId(), rlo, "x"}, {newId(), zw, "y"}});
    const auto *model = m_view->attachments()->sourceModel();
    const QString shownRlo
        = model->index(rowOfName(rlo), AttachmentTableModel::Filename).data().toString();
    const QString shownZw
        = model->index(rowOfName(zw), AttachmentTableModel::Filename).data().toString();
    QCOMPARE(shownRlo, u"invoice\u27E8U+202E\u27E9gpj.exe"_s);
    QCOMPARE(shownZw, u"re\u27E8U+200B\u27E9port.pdf"_s);
    QVERIFY(!shownRlo.contains(QChar(0x202E)));
}

// Opening another ticket forgets the rows' download statuses with one change, not one per row
// (500 of them once had the table re-measure its columns 500 times: half a second).
void TestAttachmentActions::anotherTicketClearsStatusesAtOnce()
{
    QList<Sample> samples;
    for (int i = 0; i < 500; ++i)
        samples.append({newId(), u"file-%1.log"_s.arg(i), QByteArray("x")});
    show(samples);
    AttachmentProxyModel *proxy = m_view->attachments();
    proxy->setRowStatus(3, u"Saved"_s);
    QSignalSpy changed(proxy, &QAbstractItemModel::dataChanged);
    Ticket other = ticketWith(samples);
    other.id = newId();
    m_view->setTicket(other);
    QVERIFY2(changed.count() <= 1, qPrintable(QString::number(changed.count())));
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QString size = proxy->index(row, AttachmentTableModel::Size).data().toString();
        QVERIFY2(!size.contains(u"Saved"_s), qPrintable(size));
    }
}

ANKRA_ISOLATED_GUI_TEST_MAIN(TestAttachmentActions)
#include "tst_attachmentactions.moc"
