#include "gui/attachments/attachmentpreview.h"

#include "gui/widgets/dialogbuttons.h"

#include "core/download/attachmentdownload.h"
#include "core/download/runnabletype.h"
#include "core/models/attachmenttablemodel.h"
#include "core/models/displaytext.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QIcon>
#include <QImageReader>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ankra::Preview {

Kind kindFor(const QString &filename, const QString &contentType)
{
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    const QString ext = filename.section(u'.', -1).toLower();
    static const QStringList imageExts{u"png"_s, u"jpg"_s,  u"jpeg"_s, u"gif"_s,
                                       u"bmp"_s, u"webp"_s, u"svg"_s};
    static const QStringList textExts{u"txt"_s, u"log"_s,  u"json"_s, u"yaml"_s,
                                      u"yml"_s, u"xml"_s,  u"csv"_s,  u"md"_s,
                                      u"ini"_s, u"conf"_s, u"toml"_s, u"out"_s};
    if (type.startsWith("image/"_L1) || imageExts.contains(ext))
        return Kind::Image;
    if (type.startsWith("text/"_L1) || type.contains("json"_L1) || type.contains("yaml"_L1)
        || type.contains("xml"_L1) || type == "application/csv"_L1 || textExts.contains(ext))
        return Kind::Text;
    return Kind::Other;
}

ImageResult decodeImage(QIODevice *device)
{
    ImageResult result;
    const QByteArray head = device->peek(RunnableSniffBytes);
    if (const RunnableVerdict verdict = runnableByContent(head)) {
        result.error = QCoreApplication::translate("Ankra::Preview", "This is not an image: %1")
                           .arg(verdict.reason);
        return result;
    }
    QImageReader reader(device);
    reader.setDecideFormatFromContent(true);
    // Binds the plugins that allocate through QImageIOHandler::allocateImage.
    reader.setAllocationLimit(int(MaxImageBytes / (1024 * 1024)));
    if (!reader.canRead()) {
        result.error = QCoreApplication::translate(
            "Ankra::Preview", "The file is not an image this app can show, or it is damaged.");
        return result;
    }
    // Dimensions first, before anything is decoded.
    const QSize size = reader.size();
    if (size.isValid()
        && (size.width() > MaxImageSide || size.height() > MaxImageSide
            || qint64(size.width()) * size.height() * 4 > MaxImageBytes)) {
        result.error = QCoreApplication::translate("Ankra::Preview",
                                                   "The image is too large to preview (%1 × %2 "
                                                   "pixels). Save it to open it elsewhere.")
                           .arg(size.width())
                           .arg(size.height());
        return result;
    }
    if (reader.format() == "svg" || reader.format() == "svgz") {
        // Vector: drawn at a bounded size whatever it declares.
        const QSize shown = size.isValid() ? size.boundedTo(QSize(4096, 4096)) : QSize(512, 512);
        reader.setScaledSize(size.isValid() ? size.scaled(shown, Qt::KeepAspectRatio) : shown);
    }
    // An animation shows its first frame only: one frame's memory, one frame's time.
    result.image = reader.read();
    if (result.image.isNull()) {
        result.error = QCoreApplication::translate(
                           "Ankra::Preview",
                           "The image could not be decoded (it may be truncated or damaged): %1")
                           .arg(reader.errorString());
    }
    return result;
}

TextResult decodeText(const QByteArray &bytes, qint64 totalBytes)
{
    TextResult result;
    const QByteArray shown = bytes.left(MaxTextBytes);
    QStringDecoder decoder(QStringDecoder::Utf8);
    result.text = decoder.decode(shown);
    QStringList notes;
    if (decoder.hasError()) {
        notes.append(QCoreApplication::translate(
            "Ankra::Preview", "The text is not valid UTF-8: characters that could not be read "
                              "are shown as \uFFFD."));
    }
    if (totalBytes > shown.size()) {
        notes.append(QCoreApplication::translate("Ankra::Preview",
                                                 "Showing the first %1 of %2. Save the file to "
                                                 "see all of it.")
                         .arg(AttachmentTableModel::humanSize(shown.size()),
                              AttachmentTableModel::humanSize(totalBytes)));
    }
    result.note = notes.join(u' ');
    return result;
}

} // namespace Ankra::Preview

namespace Ankra {

AttachmentPreviewDialog::AttachmentPreviewDialog(AttachmentDownload *download, QWidget *parent)
    : QDialog(parent)
    , m_download(download)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_messagePage(new QWidget(this))
    , m_fileIcon(new QLabel(m_messagePage))
    , m_imageArea(new QScrollArea(this))
    , m_imageLabel(new QLabel)
    , m_textView(new QPlainTextEdit(this))
    , m_note(new QLabel(this))
{
    download->setParent(this);
    setObjectName(u"attachmentPreview"_s);
    setWindowTitle(tr("Preview: %1").arg(visibleText(download->attachment().filename)));
    resize(800, 600);
    for (QLabel *label : {m_message, m_note, m_imageLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(label != m_imageLabel);
    }
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setText(tr("Loading %1…").arg(visibleText(download->attachment().filename)));
    m_imageLabel->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_imageLabel);
    m_imageArea->setWidgetResizable(true);
    m_textView->setReadOnly(true);
    m_textView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_textView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_textView->setAccessibleName(tr("Attachment text"));
    // The message page: a file's icon (for a file without a preview) above the message.
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch(1);
    m_fileIcon->setAlignment(Qt::AlignCenter);
    m_fileIcon->hide();
    messageLayout->addWidget(m_fileIcon);
    messageLayout->addWidget(m_message);
    messageLayout->addStretch(1);
    m_stack->addWidget(m_messagePage);
    m_stack->addWidget(m_imageArea);
    m_stack->addWidget(m_textView);
    m_note->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    translateStandardButtons(buttons);
    QPushButton *save = buttons->addButton(tr("&Save\u2026"), QDialogButtonBox::ActionRole);
    connect(save, &QPushButton::clicked, this, &AttachmentPreviewDialog::saveRequested);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(u"previewOpenButton"_s);
    m_open->setToolTip(tr("Save it to your last folder and open it in its usual application"));
    m_open->hide(); // only for a file without a preview that cannot run code
    connect(m_open, &QPushButton::clicked, this, &AttachmentPreviewDialog::openRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    connect(download, &ApiRequest::finished, this, &AttachmentPreviewDialog::onFinished);
    if (download->isFinished())
        onFinished();
}

AttachmentPreviewDialog::~AttachmentPreviewDialog() = default;

QString AttachmentPreviewDialog::message() const
{
    return m_stack->currentWidget() == m_messagePage ? m_message->text() : m_note->text();
}

QString AttachmentPreviewDialog::text() const
{
    return m_textView->toPlainText();
}

void AttachmentPreviewDialog::showMessage(const QString &state, const QString &message)
{
    m_state = state;
    m_message->setText(message);
    m_fileIcon->setVisible(state == u"other" && !m_fileIcon->pixmap().isNull());
    m_stack->setCurrentWidget(m_messagePage);
}

void AttachmentPreviewDialog::setFileIcon(const QIcon &icon)
{
    m_fileIcon->setPixmap(icon.pixmap(64, 64));
    m_fileIcon->setVisible(m_state == u"other" && !icon.isNull());
}

void AttachmentPreviewDialog::onFinished()
{
    AttachmentDownload *download = m_download;
    if (!download || !download->isFinished())
        return;
    if (download->error().isError()) {
        showMessage(u"error"_s, download->errorMessage());
        return;
    }
    const Attachment &a = download->attachment();
    const Preview::Kind kind = Preview::kindFor(a.filename, a.contentType);
    const QByteArray head = download->head(RunnableSniffBytes);
    if (kind == Preview::Kind::Image) {
        std::unique_ptr<QIODevice> device;
        if (download->contentPath().isEmpty()) {
            auto *buffer = new QBuffer;
            buffer->setData(download->data());
            device.reset(buffer);
        } else {
            device = std::make_unique<QFile>(download->contentPath());
        }
        if (!device->open(QIODevice::ReadOnly)) {
            showMessage(u"error"_s, tr("The downloaded file could not be read."));
            return;
        }
        const Preview::ImageResult result = Preview::decodeImage(device.get());
        if (result.image.isNull()) {
            showMessage(u"error"_s, result.error);
            return;
        }
        m_image = result.image;
        m_imageLabel->setPixmap(QPixmap::fromImage(m_image));
        m_state = u"image"_s;
        m_stack->setCurrentWidget(m_imageArea);
        return;
    }
    if (kind == Preview::Kind::Text && !runnableByContent(head)) {
        const Preview::TextResult result
            = Preview::decodeText(download->head(Preview::MaxTextBytes), download->bytesReceived());
        m_textView->setPlainText(result.text);
        m_note->setText(result.note);
        m_note->setVisible(!result.note.isEmpty());
        m_state = u"text"_s;
        m_stack->setCurrentWidget(m_textView);
        return;
    }
    const RunnableVerdict verdict = runnableType(a.filename, head);
    QString text = verdict ? tr("No preview for this type (%1, %2). Save it to open it.")
                           : tr("No preview for this type (%1, %2). Open it in its usual "
                                "application, or save it.");
    text = text.arg(a.contentType.isEmpty() ? tr("unknown type") : a.contentType,
                    AttachmentTableModel::humanSize(download->bytesReceived()));
    if (verdict)
        text += u'\n' + verdict.reason;
    m_open->setVisible(!verdict);
    showMessage(u"other"_s, text);
}

} // namespace Ankra
