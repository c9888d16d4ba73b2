#include "gui/attachments/attachmentactions.h"

#include "core/apiclient.h"
#include "core/download/attachmentdownload.h"
#include "core/download/downloadfolder.h"
#include "core/filenamesanitizer.h"
#include "core/models/attachmenttablemodel.h"
#include "gui/attachments/attachmentpreview.h"
#include "gui/attachments/showinfolder.h"
#include "gui/models/attachmentproxymodel.h"
#include "gui/style/icons.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ankra {
namespace {

constexpr char LastFolderKey[] = "attachments/lastFolder";

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

AttachmentActions::AttachmentActions(QTableView *table, AttachmentProxyModel *proxy,
                                     QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_proxy(proxy)
    , m_save(new QPushButton(tr("&Save\u2026"), this))
    , m_saveAll(new QPushButton(tr("Save &All\u2026"), this))
    , m_cancel(new QPushButton(Icons::icon(u"cancel"_s), tr("Cancel"), this))
    , m_showInFolder(new QPushButton(tr("Show in Folder"), this))
    , m_open(new QPushButton(Icons::icon(u"open"_s), tr("Open"), this))
    , m_note(new QLabel(this))
{
    setObjectName(u"attachmentActions"_s);
    m_save->setObjectName(u"saveAttachmentButton"_s);
    m_saveAll->setObjectName(u"saveAllAttachmentsButton"_s);
    m_cancel->setObjectName(u"cancelDownloadButton"_s);
    m_showInFolder->setObjectName(u"showInFolderButton"_s);
    m_open->setObjectName(u"openAttachmentButton"_s);
    m_save->setToolTip(tr("Save the selected attachment to a file"));
    m_saveAll->setToolTip(tr("Save every attachment of this ticket into a folder"));
    m_note->setObjectName(u"attachmentNote"_s);
    m_note->setTextFormat(Qt::PlainText); // it may quote a server's name
    m_note->setWordWrap(true);
    m_note->hide();

    // Two rows: the side pane is narrow beside the ticket list, and a clipped "Show in Folder"
    // helps nobody.
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {m_save, m_saveAll})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *savedButtons = new QHBoxLayout;
    savedButtons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {m_cancel, m_showInFolder, m_open})
        savedButtons->addWidget(button);
    savedButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(buttons);
    layout->addLayout(savedButtons);
    layout->addWidget(m_note);

    connect(m_save, &QPushButton::clicked, this, &AttachmentActions::saveWithDialog);
    connect(m_saveAll, &QPushButton::clicked, this, &AttachmentActions::saveAllWithDialog);
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancel(currentSourceRow()); });
    connect(m_open, &QPushButton::clicked, this, &AttachmentActions::openSaved);
    connect(m_showInFolder, &QPushButton::clicked, this, &AttachmentActions::showSavedInFolder);
    if (m_table->selectionModel()) {
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &AttachmentActions::updateButtons);
    }
    connect(m_table, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { preview(m_proxy->mapToSource(index).row()); });
    m_table->installEventFilter(this);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AttachmentActions::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AttachmentActions::updateButtons);
    updateButtons();
}

AttachmentActions::~AttachmentActions() = default;

void AttachmentActions::setClient(ApiClient *client)
{
    m_client = client;
    updateButtons();
}

void AttachmentActions::setTicketId(const TicketId &id)
{
    if (id.toString() == m_ticketId.toString())
        return;
    m_ticketId = id;
    // Downloads of another ticket end unseen (their partial files go with them).
    for (const Entry &entry : std::as_const(m_entries))
        delete entry.download.data();
    m_entries.clear();
    // One signal, not one per row: a dataChanged per row of 500 had the table re-measure its
    // columns 500 times (half a second on opening such a ticket).
    m_proxy->clearRowStatuses();
    updateButtons();
}

AttachmentTableModel *AttachmentActions::sourceModel() const
{
    return qobject_cast<AttachmentTableModel *>(m_proxy->sourceModel());
}

const Attachment *AttachmentActions::attachmentAt(int sourceRow) const
{
    const AttachmentTableModel *model = sourceModel();
    if (!model || sourceRow < 0 || sourceRow >= model->attachments().size())
        return nullptr;
    return &model->attachments().at(sourceRow);
}

int AttachmentActions::rowOf(const QString &attachmentId) const
{
    const AttachmentTableModel *model = sourceModel();
    if (!model)
        return -1;
    for (qsizetype i = 0; i < model->attachments().size(); ++i) {
        if (model->attachments().at(i).id == attachmentId)
            return int(i);
    }
    return -1;
}

int AttachmentActions::currentSourceRow() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return -1;
    return m_proxy->mapToSource(current).row();
}

QString AttachmentActions::lastFolder()
{
    const QString saved = QSettings().value(QLatin1String(LastFolderKey)).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return downloads.isEmpty() ? QDir::homePath() : downloads;
}

void AttachmentActions::setLastFolder(const QString &folder)
{
    QSettings().setValue(QLatin1String(LastFolderKey), folder);
}

AttachmentDownload *AttachmentActions::saveToFolder(int sourceRow, const QString &folder)
{
    const Attachment *attachment = attachmentAt(sourceRow);
    if (!attachment || !m_client)
        return nullptr;
    const Entry &entry = m_entries[attachment->id];
    if (entry.download && entry.download->isRunning())
        return entry.download;
    return saveToPath(sourceRow, uniqueFilePath(folder, attachment->filename));
}

AttachmentDownload *AttachmentActions::saveToPath(int sourceRow, const QString &path)
{
    const Attachment *attachment = attachmentAt(sourceRow);
    if (!attachment || !m_client || path.isEmpty())
        return nullptr;
    Entry &entry = m_entries[attachment->id];
    if (entry.download && entry.download->isRunning())
        return entry.download;
    entry = Entry{};
    AttachmentDownload *download
        = m_client->downloadAttachment(m_ticketId, *attachment, path, this);
    entry.download = download;
    connect(download, &AttachmentDownload::progress, this,
            [this, download] { showProgress(download); });
    connect(download, &ApiRequest::finished, this, [this, download] { onFinished(download); });
    showProgress(download);
    updateButtons();
    return download;
}

void AttachmentActions::saveAllToFolder(const QString &folder)
{
    const AttachmentTableModel *model = sourceModel();
    if (!model)
        return;
    for (int row = 0; row < model->rowCount(); ++row)
        saveToFolder(row, folder);
}

void AttachmentActions::cancel(int sourceRow)
{
    const Attachment *attachment = attachmentAt(sourceRow);
    if (!attachment)
        return;
    const Entry entry = m_entries.value(attachment->id);
    if (entry.download && entry.download->isRunning())
        entry.download->cancel();
}

bool AttachmentActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        preview(currentSourceRow());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

AttachmentPreviewDialog *AttachmentActions::preview(int sourceRow)
{
    const Attachment *attachment = attachmentAt(sourceRow);
    if (!attachment || !m_client)
        return nullptr;
    AttachmentDownload *download = m_client->previewAttachment(m_ticketId, *attachment, this);
    auto *dialog = new AttachmentPreviewDialog(download, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QModelIndex index = m_proxy->mapFromSource(m_proxy->sourceModel()->index(sourceRow, 0));
    dialog->setFileIcon(index.data(Qt::DecorationRole).value<QIcon>());
    connect(dialog, &AttachmentPreviewDialog::saveRequested, this, [this, sourceRow] {
        m_table->setCurrentIndex(
            m_proxy->mapFromSource(m_proxy->sourceModel()->index(sourceRow, 0)));
        saveWithDialog();
    });
    connect(dialog, &AttachmentPreviewDialog::openRequested, this,
            [this, sourceRow] { saveAndOpen(sourceRow); });
    dialog->show();
    return dialog;
}

QString AttachmentActions::savedPath(int sourceRow) const
{
    const Attachment *attachment = attachmentAt(sourceRow);
    return attachment ? m_entries.value(attachment->id).savedPath : QString();
}

void AttachmentActions::showProgress(AttachmentDownload *download)
{
    const int row = rowOf(download->attachment().id);
    if (row < 0)
        return;
    const qint64 expected = download->bytesExpected();
    const qint64 received = download->bytesReceived();
    const int percent = expected > 0 ? int(qMin<qint64>(100, received * 100 / expected)) : 0;
    m_proxy->setRowStatus(row, tr("%1% (%2)").arg(percent).arg(sizeText(received)),
                          tr("%1 of %2, saving to %3")
                              .arg(sizeText(received), sizeText(expected))
                              .arg(QDir::toNativeSeparators(download->targetPath())));
}

void AttachmentActions::onFinished(AttachmentDownload *download)
{
    const QString id = download->attachment().id;
    const int row = rowOf(id);
    Entry &entry = m_entries[id];
    if (download->error().isError()) {
        entry.error = download->errorMessage();
        if (row >= 0) {
            const bool cancelled = download->error().kind == ApiError::Kind::Cancelled;
            m_proxy->setRowStatus(row, cancelled ? tr("Cancelled") : tr("Not saved"), entry.error);
        }
    } else {
        entry.savedPath = download->targetPath();
        entry.verdict = runnableFile(entry.savedPath);
        setLastFolder(QFileInfo(entry.savedPath).absolutePath());
        if (row >= 0) {
            m_proxy->setRowStatus(row, tr("Saved"),
                                  tr("Saved as %1").arg(QDir::toNativeSeparators(entry.savedPath)));
        }
    }
    download->deleteLater();
    updateButtons();
    emit downloadFinished(row);
}

void AttachmentActions::updateButtons()
{
    const AttachmentTableModel *model = sourceModel();
    const bool any = model && model->rowCount() > 0 && m_client;
    const int row = currentSourceRow();
    const Attachment *attachment = attachmentAt(row);
    const Entry entry = attachment ? m_entries.value(attachment->id) : Entry{};
    const bool running = entry.download && entry.download->isRunning();
    const bool saved = !entry.savedPath.isEmpty() && QFileInfo::exists(entry.savedPath);
    m_save->setEnabled(attachment && m_client && !running);
    m_saveAll->setEnabled(any);
    m_cancel->setVisible(running);
    m_showInFolder->setVisible(saved);
    m_open->setVisible(saved && !entry.verdict.runnable);
    QString note;
    if (saved && entry.verdict.runnable)
        note = entry.verdict.reason;
    else if (!entry.error.isEmpty())
        note = entry.error;
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void AttachmentActions::saveAndOpen(int sourceRow)
{
    const Attachment *attachment = attachmentAt(sourceRow);
    if (!attachment)
        return;
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_proxy->sourceModel()->index(sourceRow, 0)));
    const QString saved = savedPath(sourceRow);
    if (!saved.isEmpty() && QFileInfo::exists(saved)) {
        openSaved();
        return;
    }
    // Saved where the last one went (Downloads at first), under a name that takes nothing
    // away, then opened — unless what arrived can run code (openSaved judges the file).
    AttachmentDownload *download = saveToFolder(sourceRow, lastFolder());
    if (!download)
        return;
    const QString id = attachment->id;
    connect(download, &ApiRequest::finished, this, [this, id] {
        const int row = rowOf(id);
        if (row < 0 || savedPath(row).isEmpty())
            return;
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_proxy->sourceModel()->index(row, 0)));
        openSaved();
    });
}

void AttachmentActions::openSaved()
{
    const Entry entry = m_entries.value(
        attachmentAt(currentSourceRow()) ? attachmentAt(currentSourceRow())->id : QString());
    if (entry.savedPath.isEmpty())
        return;
    // Judged again now: the file on disk is what opens, whatever it was when saved.
    const RunnableVerdict verdict = runnableFile(entry.savedPath);
    if (verdict.runnable) {
        m_note->setText(verdict.reason);
        m_note->show();
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(entry.savedPath));
}

void AttachmentActions::showSavedInFolder()
{
    const QString path = savedPath(currentSourceRow());
    if (!path.isEmpty())
        showInFolder(path);
}

void AttachmentActions::saveWithDialog()
{
    const int row = currentSourceRow();
    const Attachment *attachment = attachmentAt(row);
    if (!attachment)
        return;
    const QString suggested = uniqueFilePath(lastFolder(), attachment->filename);
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Save Attachment"), suggested, QString(), nullptr,
        QFileDialog::DontConfirmOverwrite); // nothing is overwritten: a taken name gets " (1)"
    if (chosen.isEmpty())
        return;
    // The name the user typed, sanitized and made unique in the folder they chose.
    const QFileInfo info(chosen);
    saveToPath(row, uniqueFilePath(info.absolutePath(), info.fileName()));
}

void AttachmentActions::saveAllWithDialog()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Save All Attachments To"), lastFolder());
    if (folder.isEmpty())
        return;
    saveAllToFolder(folder);
}

} // namespace Ankra
