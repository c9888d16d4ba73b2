#pragma once

#include <QDialog>
#include <QImage>
#include <QPointer>
#include <QString>

class QIODevice;
class QIcon;
class QLabel;
class QPushButton;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;

// Previews an attachment in the app (Space or a double-click on its row): images decoded
// safely (dimensions read first, refused over 16,384 px a side or 256 MiB decoded, the
// allocation limit set, only the first frame of an animation), text as plain monospace text
// (the first 1 MiB, with a note when cut; bad encoding shown, not fatal), anything else its
// icon and size. What a file is gets judged by its bytes as well as its name: a "PNG" that is a
// program is refused with a message.

namespace Ankra {

class AttachmentDownload;

namespace Preview {

inline constexpr int MaxImageSide = 16384;
inline constexpr qint64 MaxImageBytes = 256 * 1024 * 1024; // decoded, 32-bit pixels
inline constexpr qint64 MaxTextBytes = 1024 * 1024;

enum class Kind { Image, Text, Other };

// From the file name and the server's content type: only which view to try. The bytes decide
// whether it works.
Kind kindFor(const QString &filename, const QString &contentType);

struct ImageResult
{
    QImage image;
    QString error; // plain text; set when image is null
};
ImageResult decodeImage(QIODevice *device);

struct TextResult
{
    QString text;
    QString note; // "Showing the first 1 MiB…", "not valid UTF-8…", or empty
};
TextResult decodeText(const QByteArray &bytes, qint64 totalBytes);

} // namespace Preview

class AttachmentPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentPreviewDialog)

public:
    // Shows "Loading…" until `download` (a preview, Mode::Memory) finishes; owns it.
    explicit AttachmentPreviewDialog(AttachmentDownload *download, QWidget *parent = nullptr);
    ~AttachmentPreviewDialog() override;

    // What is on show, for tests: "loading", "image", "text", "other", "error".
    QString state() const { return m_state; }
    QString message() const;
    QString text() const;
    QImage image() const { return m_image; }
    // Shown for a file the app cannot preview, above its type and size.
    void setFileIcon(const QIcon &icon);
    QPushButton *openButton() const { return m_open; }

signals:
    void saveRequested();
    // Open in the desktop's application (a file without a preview that cannot run code).
    void openRequested();

private:
    void onFinished();
    void showMessage(const QString &state, const QString &message);

    QPointer<AttachmentDownload> m_download;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QWidget *m_messagePage;
    QLabel *m_fileIcon;
    QPushButton *m_open = nullptr;
    QScrollArea *m_imageArea;
    QLabel *m_imageLabel;
    QPlainTextEdit *m_textView;
    QLabel *m_note;
    QImage m_image;
    QString m_state = QStringLiteral("loading");
};

} // namespace Ankra
