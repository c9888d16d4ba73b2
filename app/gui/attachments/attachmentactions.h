#pragma once

#include "core/download/runnabletype.h"
#include "core/ticketid.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

// The attachment table's actions, in a row under it: Save… (a file dialog at the last used
// folder with the sanitized name), Save All… (to a folder), Cancel while a download runs, and
// once saved Show in Folder and Open. Progress (percent and bytes) goes into the row itself
// (AttachmentProxyModel::setRowStatus). Open hands the saved file to the desktop, except for
// types that can run code (runnabletype.h): for those only Show in Folder, with a line that
// says why. Downloads go through the application's ApiClient; this never sees a reply.

namespace Ankra {

class ApiClient;
class AttachmentDownload;
class AttachmentPreviewDialog;
class AttachmentProxyModel;
class AttachmentTableModel;
struct Attachment;

class AttachmentActions final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentActions)

public:
    AttachmentActions(QTableView *table, AttachmentProxyModel *proxy, QWidget *parent = nullptr);
    ~AttachmentActions() override;

    void setClient(ApiClient *client);
    // The ticket whose attachments the table shows; a new ticket drops the rows' states.
    void setTicketId(const TicketId &id);

    // The steps behind the buttons, without the dialogs (source rows of the attachment model).
    // Save to exactly this folder under a name that never overwrites; returns the handle.
    AttachmentDownload *saveToFolder(int sourceRow, const QString &folder);
    // Save to this path (already made unique: uniqueFilePath()).
    AttachmentDownload *saveToPath(int sourceRow, const QString &path);
    void saveAllToFolder(const QString &folder);
    void cancel(int sourceRow);
    // Space or a double-click: the preview window of the row (loading at first).
    AttachmentPreviewDialog *preview(int sourceRow);
    // The preview's Open: saved to the last folder unless it is saved already, then opened as
    // Open does (never a file that can run code).
    void saveAndOpen(int sourceRow);
    QString savedPath(int sourceRow) const;
    int currentSourceRow() const;

    // The folder the dialogs start in: the last one used, else the Downloads folder.
    static QString lastFolder();
    static void setLastFolder(const QString &folder);

    QPushButton *saveButton() const { return m_save; }
    QPushButton *saveAllButton() const { return m_saveAll; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *showInFolderButton() const { return m_showInFolder; }
    QPushButton *cancelButton() const { return m_cancel; }
    // The line under the buttons: why Open is not offered, or what went wrong (plain text).
    QLabel *noteLabel() const { return m_note; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // A download of the row ended (saved, failed or cancelled).
    void downloadFinished(int sourceRow);

private:
    struct Entry
    {
        QPointer<AttachmentDownload> download;
        QString savedPath;
        QString error;
        RunnableVerdict verdict;
    };

    AttachmentTableModel *sourceModel() const;
    const Attachment *attachmentAt(int sourceRow) const;
    int rowOf(const QString &attachmentId) const;
    void onFinished(AttachmentDownload *download);
    void showProgress(AttachmentDownload *download);
    void updateButtons();
    void openSaved();
    void showSavedInFolder();
    void saveWithDialog();
    void saveAllWithDialog();

    QTableView *m_table;
    AttachmentProxyModel *m_proxy;
    QPointer<ApiClient> m_client;
    TicketId m_ticketId;
    QHash<QString, Entry> m_entries; // by attachment id
    QPushButton *m_save;
    QPushButton *m_saveAll;
    QPushButton *m_cancel;
    QPushButton *m_showInFolder;
    QPushButton *m_open;
    QLabel *m_note;
};

} // namespace Ankra
