// Attachment previews (issue 12): images decoded safely — an image bomb (a valid PNG header
// declaring 100,000 × 100,000), a truncated image and a program labelled image/png each get a
// message, never a crash or a huge allocation; text shown plain, cut at 1 MiB with a note, bad
// UTF-8 shown; and the preview window end to end against the fake server.

#include "core/apiclient.h"
#include "core/download/attachmentdownload.h"
#include "core/ticketjson.h"
#include "gui/attachments/attachmentactions.h"
#include "gui/attachments/attachmentpreview.h"
#include "gui/models/attachmentproxymodel.h"
#include "gui/views/ticketview.h"
#include "support/fakeankraserver.h"
#include "support/isolatedmain.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Ankra;
using namespace Ankra::Test;
using namespace Qt::StringLiterals;

namespace {

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray be32(quint32 v)
{
    const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    return QByteArray(bytes, 4);
}

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    return be32(quint32(data.size())) + type + data + be32(crc32(type + data));
}

// A PNG whose header (with a correct CRC) declares width × height, and a tiny IDAT.
QByteArray pngDeclaring(quint32 width, quint32 height)
{
    const QByteArray ihdr = be32(width) + be32(height) + QByteArray("\x08\x06\x00\x00\x00", 5);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr)
           + chunk("IDAT", QByteArray("\x78\x9c\x03\x00\x00\x00\x00\x01", 8))
           + chunk("IEND", QByteArray());
}

QByteArray realPng(int w = 300, int h = 200)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int i = 0; i < w; i += 7)
        p.fillRect(i, 0, 3, h, QColor::fromHsv((i * 3) % 360, 200, 220));
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Receives what QDesktopServices would hand to the desktop.
class UrlSink final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened.append(url); }
};

Preview::ImageResult decode(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return Preview::decodeImage(&buffer);
}

} // namespace

class TestAttachmentPreview final : public QObject
{
    Q_OBJECT

private slots:
    void realImageDecodes();
    void imageBombIsRefused();
    void truncatedImageGetsMessage();
    void programLabelledPngIsRefused();
    void svgRenders();
    void textIsCutWithNote();
    void badEncodingIsShown();
    void kinds();
    void previewWindowFromServer();
    void otherTypeOffersOpenUnlessRunnable();
};

void TestAttachmentPreview::realImageDecodes()
{
    const Preview::ImageResult result = decode(realPng());
    QVERIFY2(!result.image.isNull(), qPrintable(result.error));
    QCOMPARE(result.image.size(), QSize(300, 200));
}

void TestAttachmentPreview::imageBombIsRefused()
{
    const QByteArray bomb = pngDeclaring(100000, 100000);
    const Preview::ImageResult result = decode(bomb);
    QVERIFY(result.image.isNull());
    QVERIFY2(result.error.contains(u"too large"_s), qPrintable(result.error));
    QVERIFY(result.error.contains(u"100000"_s));
    // Under the side limit but over 256 MiB decoded (16000 × 16000 × 4 bytes).
    const Preview::ImageResult wide = decode(pngDeclaring(16000, 16000));
    QVERIFY(wide.image.isNull());
    QVERIFY2(wide.error.contains(u"too large"_s), qPrintable(wide.error));
}

void TestAttachmentPreview::truncatedImageGetsMessage()
{
    const QByteArray png = realPng();
    for (const qsizetype keep : {png.size() / 2, qsizetype(40), qsizetype(8)}) {
        const Preview::ImageResult result = decode(png.left(keep));
        QVERIFY(result.image.isNull() || result.error.isEmpty());
        if (result.image.isNull())
            QVERIFY2(!result.error.isEmpty(), qPrintable(QString::number(keep)));
    }
    const Preview::ImageResult half = decode(png.left(png.size() / 2));
    // libpng may return the rows it got; either a message or a partial image, never a crash.
    QVERIFY(!half.error.isEmpty() || !half.image.isNull());
    const Preview::ImageResult header = decode(png.left(8));
    QVERIFY(header.image.isNull());
    QVERIFY(!header.error.isEmpty());
}

void TestAttachmentPreview::programLabelledPngIsRefused()
{
    const QByteArray elf = QByteArray("\x7f"
                                      "ELF\x02\x01\x01\0",
                                      8)
                           + QByteArray(4000, '\0');
    const Preview::ImageResult result = decode(elf);
    QVERIFY(result.image.isNull());
    QVERIFY2(result.error.contains(u"not an image"_s), qPrintable(result.error));
    QVERIFY(result.error.contains(u"ELF"_s));
}

void TestAttachmentPreview::svgRenders()
{
    const QByteArray svg = "<svg xmlns='http://www.w3.org/2000/svg' width='120' height='80'>"
                           "<rect width='120' height='80' fill='#3060c0'/></svg>";
    const Preview::ImageResult result = decode(svg);
    QVERIFY2(!result.image.isNull(), qPrintable(result.error));
    QCOMPARE(result.image.size(), QSize(120, 80));
}

void TestAttachmentPreview::textIsCutWithNote()
{
    const QByteArray log = QByteArray("line\n").repeated(300000); // 1.5 MB
    const Preview::TextResult result = Preview::decodeText(log, log.size());
    QCOMPARE(result.text.size(), Preview::MaxTextBytes);
    QVERIFY2(result.note.contains(u"first"_s), qPrintable(result.note));
    const Preview::TextResult whole = Preview::decodeText("a: 1\n", 5);
    QCOMPARE(whole.text, u"a: 1\n"_s);
    QVERIFY(whole.note.isEmpty());
}

void TestAttachmentPreview::badEncodingIsShown()
{
    const QByteArray bytes("ok \xff\xfe bad \xc3", 11);
    const Preview::TextResult result = Preview::decodeText(bytes, bytes.size());
    QVERIFY(result.text.startsWith(u"ok "_s));
    QVERIFY(result.text.contains(QChar(0xFFFD)));
    QVERIFY2(result.note.contains(u"UTF-8"_s), qPrintable(result.note));
}

void TestAttachmentPreview::kinds()
{
    QCOMPARE(Preview::kindFor(u"a.png"_s, u"image/png"_s), Preview::Kind::Image);
    QCOMPARE(Preview::kindFor(u"values.yaml"_s, u"application/x-yaml"_s), Preview::Kind::Text);
    QCOMPARE(Preview::kindFor(u"pod.log"_s, QString()), Preview::Kind::Text);
    QCOMPARE(Preview::kindFor(u"data.json"_s, u"application/json"_s), Preview::Kind::Text);
    QCOMPARE(Preview::kindFor(u"setup.bin"_s, u"application/octet-stream"_s), Preview::Kind::Other);
}

void TestAttachmentPreview::previewWindowFromServer()
{
    FakeAnkraServer server;
    QVERIFY(server.listen());
    ApiClient client;
    client.setBaseUrl(server.baseUrl());
    client.setToken(QString::fromLatin1(FakeAnkraServer::DefaultToken));
    client.setRetryDelays({});
    const QString ticketId = u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"_s;
    const QString png = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString elf = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString log = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray pngBytes = realPng();
    const QByteArray elfBytes = QByteArray("\x7f"
                                           "ELF\x02\x01\x01\0",
                                           8)
                                + QByteArray(100, 'x');
    const QByteArray logBytes = "2025-03-01 ERROR CrashLoopBackOff\n";
    server.addAttachment(png, pngBytes, "image/png");
    server.addAttachment(elf, elfBytes, "image/png");
    server.addAttachment(log, logBytes, "text/plain");
    QJsonObject object = QJsonDocument::fromJson(sampleTicketJson(ticketId)).object();
    const auto entry = [](const QString &id, const QString &name, const QString &type, qint64 n) {
        return QJsonObject{{"id"_L1, id},
                           {"filename"_L1, name},
                           {"content_type"_L1, type},
                           {"size_bytes"_L1, n},
                           {"created_at"_L1, u"2025-03-01T09:35:00Z"_s}};
    };
    object.insert("attachments"_L1,
                  QJsonArray{entry(png, u"chart.png"_s, u"image/png"_s, pngBytes.size()),
                             entry(elf, u"screenshot.png"_s, u"image/png"_s, elfBytes.size()),
                             entry(log, u"pod.log"_s, u"text/plain"_s, logBytes.size())});
    TicketView view;
    view.attachmentActions()->setClient(&client);
    view.setTicket(*ticketFromJson(object));
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    AttachmentActions *actions = view.attachmentActions();

    AttachmentPreviewDialog *image = actions->preview(0);
    QVERIFY(image);
    QVERIFY(QTest::qWaitFor([&] { return image->state() != u"loading"_s; }, 10000));
    QCOMPARE(image->state(), u"image"_s);
    QCOMPARE(image->image().size(), QSize(300, 200));
    image->grab().save(QDir::temp().filePath(u"ankra-preview-image.png"_s));

    AttachmentPreviewDialog *program = actions->preview(1);
    QVERIFY(QTest::qWaitFor([&] { return program->state() != u"loading"_s; }, 10000));
    QCOMPARE(program->state(), u"error"_s);
    QVERIFY2(program->message().contains(u"not an image"_s), qPrintable(program->message()));

    // Space on the selected row opens the preview too.
    QTableView *table = view.findChild<QTableView *>(u"attachmentTable"_s);
    table->setFocus();
    const QModelIndex logRow
        = view.attachments()->mapFromSource(view.attachments()->sourceModel()->index(2, 0));
    table->setCurrentIndex(logRow);
    QTest::keyClick(table, Qt::Key_Space);
    AttachmentPreviewDialog *text = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (auto *d : actions->findChildren<AttachmentPreviewDialog *>()) {
                if (d != image && d != program)
                    text = d;
            }
            return text && text->state() != u"loading"_s;
        },
        10000));
    QCOMPARE(text->state(), u"text"_s);
    QCOMPARE(text->text(), QString::fromUtf8(logBytes));
    text->grab().save(QDir::temp().filePath(u"ankra-preview-text.png"_s));
}

// A file without a preview: its icon, type and size, and Open — which saves it to the last
// folder and hands it to the desktop — unless its bytes can run code.
void TestAttachmentPreview::otherTypeOffersOpenUnlessRunnable()
{
    FakeAnkraServer server;
    QVERIFY(server.listen());
    ApiClient client;
    client.setBaseUrl(server.baseUrl());
    client.setToken(QString::fromLatin1(FakeAnkraServer::DefaultToken));
    client.setRetryDelays({});
    const QString ticketId = u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"_s;
    const QString archive = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString program = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray archiveBytes = QByteArray("\x1f\x8b\x08\x00", 4) + QByteArray(64, 'z');
    const QByteArray programBytes = QByteArray("\x7f"
                                               "ELF\x02\x01\x01\0",
                                               8)
                                    + QByteArray(64, 'x');
    server.addAttachment(archive, archiveBytes, "application/gzip");
    server.addAttachment(program, programBytes, "application/octet-stream");
    QJsonObject object = QJsonDocument::fromJson(sampleTicketJson(ticketId)).object();
    const auto entry = [](const QString &id, const QString &name, const QString &type, qint64 n) {
        return QJsonObject{{"id"_L1, id},
                           {"filename"_L1, name},
                           {"content_type"_L1, type},
                           {"size_bytes"_L1, n},
                           {"created_at"_L1, u"2025-03-01T09:35:00Z"_s}};
    };
    object.insert(
        "attachments"_L1,
        QJsonArray{
            entry(archive, u"logs.tar.gz"_s, u"application/gzip"_s, archiveBytes.size()),
            entry(program, u"report.dat"_s, u"application/octet-stream"_s, programBytes.size())});
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QSettings().setValue(u"attachments/lastFolder"_s, folder.path());
    UrlSink sink;
    QDesktopServices::setUrlHandler(u"file"_s, &sink, "open");

    TicketView view;
    view.attachmentActions()->setClient(&client);
    view.setTicket(*ticketFromJson(object));
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    AttachmentActions *actions = view.attachmentActions();

    AttachmentPreviewDialog *other = actions->preview(0);
    QVERIFY(QTest::qWaitFor([&] { return other->state() != u"loading"_s; }, 10000));
    QCOMPARE(other->state(), u"other"_s);
    QVERIFY2(other->message().contains(u"application/gzip"_s), qPrintable(other->message()));
    other->show();
    QVERIFY(other->openButton()->isVisible());
    QTest::mouseClick(other->openButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !sink.opened.isEmpty(); }, 10000));
    const QString saved = QDir(folder.path()).filePath(u"logs.tar.gz"_s);
    QCOMPARE(sink.opened, QList<QUrl>{QUrl::fromLocalFile(saved)});
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), archiveBytes);

    // Bytes that can run code, whatever the name and type say: no Open, and the reason.
    AttachmentPreviewDialog *runnable = actions->preview(1);
    QVERIFY(QTest::qWaitFor([&] { return runnable->state() != u"loading"_s; }, 10000));
    QCOMPARE(runnable->state(), u"other"_s);
    runnable->show();
    QVERIFY(!runnable->openButton()->isVisible());
    QVERIFY(!runnable->message().contains(u"Open it"_s));
    QDesktopServices::unsetUrlHandler(u"file"_s);
    QCOMPARE(sink.opened.size(), 1);
}

ANKRA_ISOLATED_GUI_TEST_MAIN(TestAttachmentPreview)
#include "tst_attachmentpreview.moc"
