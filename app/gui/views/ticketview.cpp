#include "gui/views/ticketview.h"

#include "core/ticketid.h"

#include "ui_ticketview.h"

#include "core/models/attachmenttablemodel.h"
#include "core/models/commentlistmodel.h"
#include "core/models/ticketmodel.h"
#include "core/roles.h"
#include "core/ticketid.h"
#include "gui/attachments/attachmentactions.h"
#include "gui/delegates/commentdelegate.h"
#include "gui/find/ticketfind.h"
#include "gui/models/attachmentproxymodel.h"
#include "gui/models/commentthreadmodel.h"
#include "gui/style/icons.h"
#include "gui/style/theme.h"
#include "gui/text/shortenedtext.h"
#include "gui/views/commentview.h"
#include "gui/views/markdownview.h"
#include "gui/widgets/badgelabel.h"
#include "gui/widgets/findbar.h"
#include "gui/widgets/fulltextview.h"
#include "gui/widgets/messagebanner.h"
#include "gui/widgets/textlabel.h"
#include "gui/widgets/timestamplabel.h"
#include "gui/widgets/tonepanel.h"

#include <QAction>
#include <QApplication>
#include <QDataWidgetMapper>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

// Rows of the attachment table that decide its column widths (the visible ones first).
constexpr int AttachmentWidthSampleRows = 50;

// Feeds the mapped widgets from TicketModel: badges and times from their raw values, Markdown
// through SafeMarkdown, everything else as plain text. Nothing is ever written back.
class TicketFieldDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *badge = qobject_cast<BadgeLabel *>(editor)) {
            badge->setBadge(BadgePainter::fromIndex(kindOf(index.column()), index));
        } else if (auto *time = qobject_cast<TimestampLabel *>(editor)) {
            time->setDateTime(index.data(Roles::RawValueRole).toDateTime());
        } else if (auto *view = qobject_cast<MarkdownView *>(editor)) {
            // A description of megabytes: its head only (the view says so, and shows the rest
            // on request as plain text).
            view->setMarkdownText(ShortenedText::head(index.data(Roles::RawValueRole).toString(),
                                                      ShortenedText::DescriptionLimit));
        } else if (auto *label = qobject_cast<QLabel *>(editor)) {
            label->setText(textOf(index));
        }
    }

    void setModelData(QWidget *, QAbstractItemModel *, const QModelIndex &) const override {}

private:
    static Badge::Kind kindOf(int column)
    {
        switch (column) {
        case TicketModel::Severity:
            return Badge::Kind::Severity;
        case TicketModel::AiReviewStatus:
            return Badge::Kind::AiReview;
        case TicketModel::Category:
            return Badge::Kind::Category;
        case TicketModel::Source:
            return Badge::Kind::Source;
        default:
            break;
        }
        return Badge::Kind::Status;
    }

    static QString textOf(const QModelIndex &index)
    {
        const QVariant raw = index.data(Roles::RawValueRole);
        switch (index.column()) {
        case TicketModel::IsTrackedByTeam:
            return raw.toBool() ? TicketView::tr("Yes, the Ankra team is tracking this ticket")
                                : TicketView::tr("No");
        case TicketModel::Subject: {
            // A subject of megabytes: its head only (the view says so; "Show all" has the rest).
            const QString subject = raw.toString();
            if (subject.size() > ShortenedText::SubjectLimit)
                return ShortenedText::head(subject, ShortenedText::SubjectLimit) + u'…';
            return subject.isEmpty() ? u"—"_s : subject;
        }
        case TicketModel::AiSummary: {
            // Plain text: an AI summary is not Markdown; what it says is shown as said. One of
            // megabytes: its head only, like the subject.
            const QString summary = raw.toString();
            if (summary.size() > ShortenedText::SummaryLimit)
                return ShortenedText::head(summary, ShortenedText::SummaryLimit).trimmed() + u'…';
            return summary.trimmed();
        }
        case TicketModel::ClusterId:
        case TicketModel::ClusterName:
            if (raw.isNull() || raw.toString().isEmpty())
                return u"—"_s;
            return raw.toString();
        default:
            break;
        }
        const QString text = index.data(Qt::DisplayRole).toString();
        return text.isEmpty() ? u"—"_s : text;
    }
};

void setSectionFont(QWidget *widget, qreal scale, QFont::Weight weight)
{
    QFont f = widget->parentWidget() ? widget->parentWidget()->font() : widget->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setWeight(weight);
    widget->setFont(f);
}

} // namespace

TicketView::TicketView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TicketView>())
    , m_ticketModel(new TicketModel(this))
    , m_comments(new CommentListModel(this))
    , m_thread(new CommentThreadModel(this))
    , m_attachmentModel(new AttachmentTableModel(this))
    , m_attachmentProxy(new AttachmentProxyModel(this))
    , m_mapper(new QDataWidgetMapper(this))
{
    m_ui->setupUi(this);

    // Text agents copy, selectable from the first press on it (TextLabel). The cluster name
    // wraps inside the details form, where its preferred width counts (macOS lets fields keep
    // their size hint), and a plain wrapped QLabel prefers another width than a selectable
    // one: it stays selectable all along.
    const auto mouseAndKeys = Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard;
    m_ui->subjectLabel->setSelectableOnDemand(mouseAndKeys);
    m_ui->idLabel->setSelectableOnDemand(mouseAndKeys);
    m_ui->aiSummaryLabel->setSelectableOnDemand(mouseAndKeys);
    m_ui->organisationLabel->setSelectableOnDemand(Qt::TextSelectableByMouse);
    m_ui->clusterIdLabel->setSelectableOnDemand(Qt::TextSelectableByMouse);
    m_ui->clusterNameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_ui->descriptionView, &MarkdownView::linkActivated, this, &TicketView::linkActivated);
    connect(m_ui->commentView, &CommentView::linkActivated, this, &TicketView::linkActivated);
    m_ui->descriptionView->setFitToContent(true);
    m_ui->descriptionView->setRenderWhenShown(true);
    m_ui->aiFlaggedBanner->setType(MessageBanner::Type::Warning);
    m_ui->aiFlaggedBanner->setCloseButtonVisible(false);
    m_ui->aiFlaggedBanner->setText(
        tr("The AI review flagged this ticket. The summary may be wrong or misleading: read "
           "the description and comments before acting on it."));
    m_ui->copyIdButton->setIcon(Icons::icon(u"copy"_s));
    m_ui->subjectScroll->viewport()->setAutoFillBackground(false);
    m_ui->subjectScroll->installEventFilter(this);
    m_ui->subjectLabel->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    m_ui->subjectLabel->setAutoFillBackground(false);
    m_ui->newestFirstButton->setIcon(Icons::icon(u"sort"_s));
    connect(m_ui->copyIdButton, &QToolButton::clicked, this, &TicketView::copyIdRequested);
    connect(m_ui->newestFirstButton, &QToolButton::toggled, this, [this](bool on) {
        m_thread->setNewestFirst(on);
        m_ui->commentView->scrollToTop();
        emit newestFirstChanged(on);
    });

    // Metadata: one mapper over the core's one-row model.
    m_mapper->setItemDelegate(new TicketFieldDelegate(m_mapper));
    m_mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);
    mapTicketFields();

    // Comments.
    m_thread->setSourceModel(m_comments);
    m_ui->commentView->setModel(m_thread);

    // Attachments.
    m_attachmentProxy->setSourceModel(m_attachmentModel);
    QTableView *table = m_ui->attachmentTable;
    table->setModel(m_attachmentProxy);
    table->sortByColumn(AttachmentTableModel::Created, Qt::AscendingOrder);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AttachmentTableModel::Filename, QHeaderView::Stretch);
    header->setHighlightSections(false);
    // Measuring columns asks the delegate for every row's text: with hundreds of attachments
    // that was most of the time to the first screen. The visible rows and a few more decide.
    header->setResizeContentsPrecision(AttachmentWidthSampleRows);
    // Every row is one line with an 18 px icon: one fixed height (updateAttachmentRowHeight),
    // not a measurement of each row.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->setIconSize(QSize(18, 18));
    table->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section != AttachmentTableModel::Filename)
            updateAttachmentColumns();
    });
    m_attachmentActions = new AttachmentActions(table, m_attachmentProxy, this);
    if (auto *box = qobject_cast<QBoxLayout *>(m_ui->attachmentsStack->parentWidget()->layout()))
        box->insertWidget(box->indexOf(m_ui->attachmentsStack) + 1, m_attachmentActions);

    // Notes for fields too large to lay out whole (hidden until one is).
    m_subjectNote = addShortenedNote(m_ui->headerLayout, m_ui->subjectScroll, tr("Subject"),
                                     tr("Show all of the subject"),
                                     [this] { return m_ticketModel->ticket().subject; });
    m_descriptionNote = addShortenedNote(m_ui->overviewLayout, m_ui->descriptionView,
                                         tr("Description"), tr("Show all of the description"),
                                         [this] { return m_ticketModel->ticket().description; });
    m_summaryNote
        = addShortenedNote(m_ui->aiSummaryLayout, m_ui->aiSummaryLabel, tr("AI summary"),
                           tr("Show all of the AI summary"), [this] {
                               return m_ticketModel->ticket().aiSummary.value_or(QString());
                           });

    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->contentSplitter->setStretchFactor(0, 0);
    m_ui->contentSplitter->setStretchFactor(1, 1);
    m_ui->sidePane->setMinimumWidth(300);

    // F3 and Shift+F3 work from anywhere on the page once something is searched for.
    auto *next = new QShortcut(QKeySequence(Qt::Key_F3), this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, [this] {
        if (!m_findBar || m_findBar->isHidden())
            openFind();
        m_find->next();
    });
    auto *previous = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3), this);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, [this] {
        if (!m_findBar || m_findBar->isHidden())
            openFind();
        m_find->previous();
    });

    applyFonts();
    applyColours();
    clear();
}

void TicketView::ensureFind()
{
    // Made on first use: a page that is only read costs nothing for find.
    if (m_find)
        return;
    m_findBar = new FindBar(this);
    m_find = new TicketFind({m_ui->subjectLabel, m_ui->aiSummaryLabel, m_ui->descriptionView,
                             m_ui->commentView, m_ui->attachmentTable, m_ui->overviewScroll},
                            this);
    m_ui->rootLayout->addWidget(m_findBar);
    m_findBar->hide();
    connect(m_findBar, &FindBar::textChanged, m_find, &TicketFind::setQuery);
    connect(m_findBar, &FindBar::nextRequested, m_find, &TicketFind::next);
    connect(m_findBar, &FindBar::previousRequested, m_find, &TicketFind::previous);
    connect(m_findBar, &FindBar::closed, this, &TicketView::closeFind);
    connect(m_find, &TicketFind::resultChanged, m_findBar, [this](int current, int total) {
        m_findBar->setResult(current, total, m_find->isComplete());
    });
    m_find->setTicket(m_ticketModel->ticket());
}

void TicketView::openFind()
{
    ensureFind();
    if (m_findBar->isHidden()) {
        QWidget *focus = QApplication::focusWidget();
        m_focusBeforeFind = focus && isAncestorOf(focus) ? focus : nullptr;
    }
    m_find->setActive(true);
    m_findBar->open();
}

void TicketView::closeFind()
{
    if (!m_findBar)
        return;
    m_findBar->hide();
    m_find->setActive(false);
    // The focus goes back where it was, or to the thread.
    if (m_focusBeforeFind && m_focusBeforeFind->isVisible())
        m_focusBeforeFind->setFocus(Qt::OtherFocusReason);
    else
        m_ui->commentView->setFocus(Qt::OtherFocusReason);
}

QString TicketView::linkText(const Ticket &ticket)
{
    // The ankra-ticket:// link, which opens the ticket in the viewer (File -> Copy Link too).
    const TicketId id = TicketId::fromUserInput(ticket.id);
    return id.isValid() ? id.toLink() : ticket.id;
}

CommentView *TicketView::commentView() const
{
    return m_ui->commentView;
}

TicketView::~TicketView() = default;

// QDataWidgetMapper::setModel() clears the mappings: set again with every model.
void TicketView::mapTicketFields()
{
    m_mapper->setModel(m_ticketModel);
    m_mapper->addMapping(m_ui->subjectLabel, TicketModel::Subject);
    m_mapper->addMapping(m_ui->idLabel, TicketModel::Id);
    m_mapper->addMapping(m_ui->statusBadge, TicketModel::Status);
    m_mapper->addMapping(m_ui->severityBadge, TicketModel::Severity);
    m_mapper->addMapping(m_ui->aiReviewBadge, TicketModel::AiReviewStatus);
    m_mapper->addMapping(m_ui->categoryBadge, TicketModel::Category);
    m_mapper->addMapping(m_ui->sourceBadge, TicketModel::Source);
    m_mapper->addMapping(m_ui->organisationLabel, TicketModel::OrganisationId);
    m_mapper->addMapping(m_ui->clusterNameLabel, TicketModel::ClusterName);
    m_mapper->addMapping(m_ui->clusterIdLabel, TicketModel::ClusterId);
    m_mapper->addMapping(m_ui->createdLabel, TicketModel::CreatedAt);
    m_mapper->addMapping(m_ui->updatedLabel, TicketModel::UpdatedAt);
    m_mapper->addMapping(m_ui->trackedLabel, TicketModel::IsTrackedByTeam);
    m_mapper->addMapping(m_ui->aiSummaryLabel, TicketModel::AiSummary);
    m_mapper->addMapping(m_ui->descriptionView, TicketModel::Description);
}

void TicketView::setModels(TicketModel *ticket, CommentListModel *comments,
                           AttachmentTableModel *attachments)
{
    // The view's own (empty) models are replaced by the document's.
    if (m_ticketModel->parent() == this)
        m_ticketModel->deleteLater();
    if (m_comments->parent() == this)
        m_comments->deleteLater();
    if (m_attachmentModel->parent() == this)
        m_attachmentModel->deleteLater();
    m_ticketModel = ticket;
    m_comments = comments;
    m_attachmentModel = attachments;
    mapTicketFields();
    m_thread->setSourceModel(m_comments);
    m_attachmentProxy->setSourceModel(m_attachmentModel);
    if (m_ticketModel->hasTicket())
        ticketChanged();
    else
        updateSections();
}

void TicketView::aboutToChangeTicket()
{
    if (m_find)
        m_find->aboutToSetTicket();
}

void TicketView::setTicket(const Ticket &ticket)
{
    aboutToChangeTicket();
    m_ticketModel->setTicket(ticket);
    m_comments->setComments(ticket.comments);
    m_attachmentModel->setAttachments(ticket.attachments);
    ticketChanged();
}

void TicketView::ticketChanged()
{
    updateAttachmentRowHeight();
    m_mapper->toFirst();
    updateSections();
    updateSubjectHeight();
    m_ui->commentView->setCopyLinkText(linkText(m_ticketModel->ticket()));
    m_attachmentActions->setTicketId(TicketId::fromUserInput(m_ticketModel->ticket().id));
    if (m_find)
        m_find->setTicket(m_ticketModel->ticket());
}

void TicketView::clear()
{
    if (m_find)
        m_find->aboutToSetTicket();
    m_ticketModel->clear();
    m_comments->setComments({});
    m_attachmentModel->setAttachments({});
    updateSections();
    m_ui->commentView->setCopyLinkText({});
    if (m_find)
        m_find->setTicket({});
}

bool TicketView::hasTicket() const
{
    return m_ticketModel->hasTicket();
}

const Ticket &TicketView::ticket() const
{
    return m_ticketModel->ticket();
}

void TicketView::updateSections()
{
    const Ticket &t = m_ticketModel->ticket();
    const bool hasSummary = t.aiSummary.has_value() && !t.aiSummary->trimmed().isEmpty();
    m_ui->aiSummaryLabel->setVisible(hasSummary);
    m_ui->noAiSummaryLabel->setVisible(!hasSummary);
    m_ui->aiSummaryNote->setVisible(hasSummary);
    // Without a summary the panel steps back: a quiet line, not a violet box.
    m_ui->aiSummaryPanel->setTone(hasSummary ? Theme::Tone::Accent : Theme::Tone::Muted);
    QPalette title = m_ui->aiSummaryTitle->palette();
    title.setColor(QPalette::WindowText, hasSummary
                                             ? Theme::toneText(Theme::Tone::Accent, palette())
                                             : Theme::mutedText(palette()));
    m_ui->aiSummaryTitle->setPalette(title);
    m_ui->aiFlaggedBanner->setVisible(t.aiReviewStatus.value == AiReview::Flagged);
    // Only for a ticket on screen: rendering it for the empty view at start-up costs a
    // Markdown document and an italic font before any ticket is there.
    if (m_ticketModel->hasTicket() && t.description.trimmed().isEmpty())
        m_ui->descriptionView->setMarkdownText(tr("*No description.*"));

    updateShortenedNote(m_subjectNote, t.subject.size(), ShortenedText::SubjectLimit);
    updateShortenedNote(m_descriptionNote, t.description.size(), ShortenedText::DescriptionLimit);
    updateShortenedNote(m_summaryNote, t.aiSummary.value_or(QString()).size(),
                        ShortenedText::SummaryLimit);

    const int comments = int(t.comments.size());
    m_ui->commentsTitle->setText(tr("Comments (%1)").arg(comments));
    m_ui->commentView->setAccessibleName(tr("Comments, %1").arg(comments));
    const int attachments = int(t.attachments.size());
    m_ui->attachmentsTitle->setText(tr("Attachments (%1)").arg(attachments));
    if (attachments > 0)
        m_ui->attachmentsStack->setCurrentWidget(m_ui->attachmentTable);
    else
        m_ui->attachmentsStack->setCurrentWidget(m_ui->noAttachmentsLabel);
    m_attachmentActions->setVisible(attachments > 0);
    // Badges that stay hidden until a ticket is mapped.
    for (QWidget *caption : {static_cast<QWidget *>(m_ui->statusCaption),
                             static_cast<QWidget *>(m_ui->severityCaption),
                             static_cast<QWidget *>(m_ui->aiReviewCaption),
                             static_cast<QWidget *>(m_ui->categoryCaption),
                             static_cast<QWidget *>(m_ui->sourceCaption)})
        caption->setVisible(m_ticketModel->hasTicket());
}

QWidget *TicketView::addShortenedNote(QBoxLayout *layout, QWidget *after, const QString &field,
                                      const QString &showAllName, std::function<QString()> text)
{
    auto *note = new QWidget(after->parentWidget());
    note->setObjectName(after->objectName() + u"ShortenedNote"_s);
    auto *row = new QHBoxLayout(note);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(note);
    label->setObjectName(u"shortenedLabel"_s);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    auto *button = new QPushButton(tr("Show all"), note);
    button->setObjectName(u"showAllButton"_s);
    button->setAccessibleName(showAllName);
    row->addWidget(label, 1);
    row->addWidget(button, 0, Qt::AlignTop);
    layout->insertWidget(layout->indexOf(after) + 1, note);
    note->hide();
    connect(button, &QPushButton::clicked, this, [this, field, text = std::move(text)] {
        const QString title = tr("%1 of ticket %2").arg(field, m_ticketModel->ticket().id);
        auto *view = new FullTextView(title, text(), this);
        view->setObjectName(u"fullTextView"_s);
        view->show();
    });
    return note;
}

void TicketView::updateShortenedNote(QWidget *note, qsizetype size, qsizetype limit)
{
    if (!note)
        return;
    const bool shortened = m_ticketModel->hasTicket() && size > limit;
    if (shortened) {
        auto *label = note->findChild<QLabel *>(u"shortenedLabel"_s);
        label->setText(ShortenedText::note(limit, size) + u' '
                       + tr("Find searches only this part; exports have all of it."));
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, Theme::mutedText(palette()));
        label->setPalette(p);
    }
    note->setVisible(shortened);
}

void TicketView::updateSubjectHeight()
{
    // A subject is usually one line; a pathological one (thousands of characters) must not
    // push the ticket off the screen: at most three lines, the rest scrolls.
    // The scroll bar's width is only taken off when it will show: a subject that just fits the
    // line once took two lines' height (wrapped at the narrower width, shown at the full one).
    QScrollArea *scroll = m_ui->subjectScroll;
    const int limit = 3 * m_ui->subjectLabel->fontMetrics().lineSpacing();
    int wanted = m_ui->subjectLabel->heightForWidth(std::max(100, scroll->width()));
    if (wanted > limit) {
        wanted = m_ui->subjectLabel->heightForWidth(
            std::max(100, scroll->width() - scroll->verticalScrollBar()->sizeHint().width()));
    }
    const int height = std::clamp(wanted, m_ui->subjectLabel->fontMetrics().height(), limit);
    if (scroll->height() != height || scroll->minimumHeight() != height)
        scroll->setFixedHeight(height);
}

bool TicketView::eventFilter(QObject *watched, QEvent *event)
{
    // The subject's height follows its width (word wrap), which the layout settles late.
    if (watched == m_ui->subjectScroll && event->type() == QEvent::Resize)
        updateSubjectHeight();
    else if (watched == m_ui->attachmentTable->viewport() && event->type() == QEvent::Resize)
        updateAttachmentColumns();
    return QWidget::eventFilter(watched, event);
}

void TicketView::setAlwaysAbsolute(bool absolute)
{
    m_ui->createdLabel->setAlwaysAbsolute(absolute);
    m_ui->updatedLabel->setAlwaysAbsolute(absolute);
    m_ui->commentView->setAlwaysAbsolute(absolute);
    m_attachmentProxy->setAlwaysAbsolute(absolute);
}

void TicketView::addHeaderAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setObjectName(action->objectName() + u"Button"_s);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    const int copy = m_ui->idRow->indexOf(m_ui->copyIdButton);
    m_ui->idRow->insertWidget(copy + 1, button);
}

void TicketView::setNewestFirst(bool newestFirst)
{
    m_ui->newestFirstButton->setChecked(newestFirst);
}

bool TicketView::newestFirst() const
{
    return m_thread->newestFirst();
}

void TicketView::balanceSplitters()
{
    balanceColumns();
    const int total = m_ui->contentSplitter->height();
    if (total <= 0)
        return;
    const int wanted = m_ui->overviewContents->sizeHint().height() + 4;
    const int overview = std::clamp(wanted, std::min(160, total / 3), total * 11 / 20);
    m_ui->contentSplitter->setSizes({overview, total - overview});
}

void TicketView::balanceColumns()
{
    const int width = m_ui->mainSplitter->width();
    const int side = std::clamp(width * 7 / 20, 320, 480);
    m_ui->mainSplitter->setSizes({width - side, side});
}

void TicketView::updateAttachmentColumns()
{
    // In a narrow side pane the name is what an agent reads: the Type column (the row's icon
    // says it too, and the tooltip) gives way when the name would get less than its title
    // and a dozen characters, and comes back when there is room for both.
    QTableView *table = m_ui->attachmentTable;
    QHeaderView *header = table->horizontalHeader();
    const int type = AttachmentTableModel::Type;
    if (!header->isSectionHidden(type))
        m_typeColumnWidth = header->sectionSize(type);
    int others = 0;
    for (int column : {int(AttachmentTableModel::Size), int(AttachmentTableModel::Created)})
        others += header->sectionSize(column);
    const QString title
        = table->model()->headerData(AttachmentTableModel::Filename, Qt::Horizontal).toString();
    const int nameNeeds = header->fontMetrics().horizontalAdvance(title)
                          + 12 * header->fontMetrics().averageCharWidth();
    const int room = table->viewport()->width() - others;
    const bool hide = room - m_typeColumnWidth < nameNeeds;
    if (hide != header->isSectionHidden(type))
        header->setSectionHidden(type, hide);
}

void TicketView::updateAttachmentRowHeight()
{
    // What ResizeToContents would find for every row, asked of one row: they all look alike.
    QTableView *table = m_ui->attachmentTable;
    const QAbstractItemModel *model = table->model();
    if (model->rowCount() == 0)
        return;
    int height = 0;
    for (int column = 0; column < model->columnCount(); ++column)
        height = std::max(height, table->sizeHintForIndex(model->index(0, column)).height());
    if (table->showGrid())
        ++height;
    QHeaderView *rows = table->verticalHeader();
    rows->setMinimumSectionSize(std::min(rows->minimumSectionSize(), height));
    rows->setDefaultSectionSize(height);
}

void TicketView::applyFonts()
{
    setSectionFont(m_ui->subjectLabel, 1.5, QFont::Bold);
    for (QWidget *title : {static_cast<QWidget *>(m_ui->descriptionTitle),
                           static_cast<QWidget *>(m_ui->commentsTitle),
                           static_cast<QWidget *>(m_ui->attachmentsTitle),
                           static_cast<QWidget *>(m_ui->aiSummaryTitle)})
        setSectionFont(title, 1.0, QFont::Bold);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF());
    // As the Markdown importer asks for code: the same request is the same font engine.
    mono.setFixedPitch(true);
    m_ui->idLabel->setFont(mono);
    m_ui->organisationLabel->setFont(mono);
    m_ui->clusterIdLabel->setFont(mono);
}

void TicketView::applyColours()
{
    m_applyingStyle = true;
    const QPalette base = palette();
    const QColor muted = Theme::mutedText(base);
    for (QLabel *caption : std::initializer_list<QLabel *>{
             m_ui->idCaption, m_ui->statusCaption, m_ui->severityCaption, m_ui->aiReviewCaption,
             m_ui->categoryCaption, m_ui->sourceCaption, m_ui->aiSummaryNote,
             m_ui->noAiSummaryLabel, m_ui->noAttachmentsLabel}) {
        QPalette p = caption->palette();
        p.setColor(QPalette::WindowText, muted);
        caption->setPalette(p);
    }

    // The AI summary sits on its own tinted panel (TonePanel): not human text.
    m_ui->aiSummaryIcon->setIconSize(QSize(18, 18));
    m_ui->aiSummaryIcon->setIcon(Icons::icon(u"ai"_s, Theme::Tone::Accent));

    // Description and overview read as a document: on the base colour.
    QPalette doc = m_ui->overviewContents->palette();
    doc.setColor(QPalette::Window, base.color(QPalette::Base));
    m_ui->overviewContents->setPalette(doc);
    m_ui->overviewContents->setAutoFillBackground(true);
    m_applyingStyle = false;
    updateSections(); // the AI summary title's colour depends on the content
}

void TicketView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (m_applyingStyle)
        return;
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    else if (event->type() == QEvent::FontChange)
        applyFonts();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateAttachmentRowHeight();
    updateSubjectHeight();
}

} // namespace Ankra
