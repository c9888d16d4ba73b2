#pragma once

#include "core/ticket.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class QBoxLayout;

class QDataWidgetMapper;

class QAction;

namespace Ankra {

namespace Ui {
class TicketView;
}

class AttachmentActions;
class AttachmentProxyModel;
class AttachmentTableModel;
class CommentListModel;
class CommentThreadModel;
class CommentView;
class FindBar;
class TicketFind;
class TicketModel;

// One ticket on screen: header (subject, ID, badges), the metadata form (a QDataWidgetMapper
// over TicketModel), the AI summary, the description, the comment thread and the attachments.
// It shows what it is given — the models of a ticket document (TicketSession), or a ticket set
// directly — and fetches nothing; errors belong to the ticket page. It has its own find bar
// (FindBar, TicketFind): find lives with the ticket page, whatever holds the pages.
class TicketView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketView)

public:
    explicit TicketView(QWidget *parent = nullptr);
    ~TicketView() override;

    // Shows these models (a TicketSession's; they must outlive the view) instead of its own.
    void setModels(TicketModel *ticket, CommentListModel *comments,
                   AttachmentTableModel *attachments);
    // The models are about to take another ticket, or a new version of it (find remembers
    // where it was); then they hold it and the sections follow.
    void aboutToChangeTicket();
    void ticketChanged();
    // Puts `ticket` into the models shown and shows it.
    void setTicket(const Ticket &ticket);
    void clear();
    bool hasTicket() const;
    const Ticket &ticket() const;

    void setAlwaysAbsolute(bool absolute);
    void setNewestFirst(bool newestFirst);
    bool newestFirst() const;
    // A button for `action` (the window's, e.g. Watch) beside Copy in the ID row.
    void addHeaderAction(QAction *action);

    // Find in this ticket (Ctrl+F, Edit → Find): opens the find bar at the bottom of the page
    // with its last query selected. The query stays with the page. findBar() and find() are
    // null until the first openFind().
    void openFind();
    void closeFind();
    FindBar *findBar() const { return m_findBar; }
    TicketFind *find() const { return m_find; }

    // What "Copy Link" copies for a ticket.
    static QString linkText(const Ticket &ticket);

    TicketModel *ticketModel() const { return m_ticketModel; }
    CommentThreadModel *commentThread() const { return m_thread; }
    CommentView *commentView() const;
    AttachmentProxyModel *attachments() const { return m_attachmentProxy; }
    // Save, Save All, Open… under the attachment table (downloads need setClient() on it).
    AttachmentActions *attachmentActions() const { return m_attachmentActions; }

    // Sets splitter sizes for the current content (the overview as tall as it needs, up to
    // about half the height), and the columns as balanceColumns().
    void balanceSplitters();
    // The side pane's share of the width. Needs only the page's width, so it can be set
    // before the page is first shown (the heights need the panes laid out at their widths).
    void balanceColumns();

signals:
    void copyIdRequested();
    // A link clicked in the description or a comment (not yet checked or confirmed).
    void linkActivated(const QUrl &url);
    void newestFirstChanged(bool newestFirst);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void ensureFind();
    void mapTicketFields();
    void applyFonts();
    void applyColours();
    void updateSections();
    void updateAttachmentRowHeight();
    void updateAttachmentColumns();
    void updateSubjectHeight();
    // A note under `after` ("Shortened: showing the first …") with a Show all button that
    // opens the whole of text() as plain text (FullTextView).
    QWidget *addShortenedNote(QBoxLayout *layout, QWidget *after, const QString &field,
                              const QString &showAllName, std::function<QString()> text);
    void updateShortenedNote(QWidget *note, qsizetype size, qsizetype limit);

    std::unique_ptr<Ui::TicketView> m_ui;
    TicketModel *m_ticketModel;
    CommentListModel *m_comments;
    CommentThreadModel *m_thread;
    AttachmentTableModel *m_attachmentModel;
    AttachmentProxyModel *m_attachmentProxy;
    QDataWidgetMapper *m_mapper;
    AttachmentActions *m_attachmentActions = nullptr;
    FindBar *m_findBar = nullptr;
    TicketFind *m_find = nullptr;
    QPointer<QWidget> m_focusBeforeFind;
    QWidget *m_subjectNote = nullptr;
    QWidget *m_descriptionNote = nullptr;
    QWidget *m_summaryNote = nullptr;
    bool m_applyingStyle = false;
    int m_typeColumnWidth = 0; // the Type column's width when it was last shown
};

} // namespace Ankra
