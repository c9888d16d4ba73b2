#include "gui/mainwindow.h"

#include "core/apiclient.h"
#include "core/models/attachmenttablemodel.h"
#include "core/models/commentlistmodel.h"
#include "core/models/ticketmodel.h"
#include "core/ticketid.h"

#include <QDataWidgetMapper>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Ankra {

MainWindow::MainWindow(const Config &config, QWidget *parent)
    : QMainWindow(parent)
    , m_config(config)
    , m_client(new ApiClient(this))
    , m_ticketModel(new TicketModel(this))
    , m_commentModel(new CommentListModel(this))
    , m_attachmentModel(new AttachmentTableModel(this))
    , m_mapper(new QDataWidgetMapper(this))
    , m_ticketEdit(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
{
    m_client->setBaseUrl(config.baseUrl);
    m_client->setToken(config.token);
    m_client->setOrganisationId(config.organisationId);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *top = new QHBoxLayout;
    m_ticketEdit->setPlaceholderText(tr("Paste a ticket ID or link"));
    m_ticketEdit->setAccessibleName(tr("Ticket ID"));
    auto *openButton = new QPushButton(tr("Open"), central);
    top->addWidget(m_ticketEdit, 1);
    top->addWidget(openButton);
    layout->addLayout(top);

    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    layout->addWidget(m_statusLabel);

    auto *form = new QFormLayout;
    m_mapper->setModel(m_ticketModel);
    for (int column = 0; column < TicketModel::ColumnCount; ++column) {
        auto *value = new QLabel(central);
        value->setTextFormat(Qt::PlainText); // server text is never rich text
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(m_ticketModel->headerData(column, Qt::Horizontal).toString(), value);
        m_mapper->addMapping(value, column, "text");
    }
    auto *formWidget = new QWidget(central);
    formWidget->setLayout(form);
    auto *scroll = new QScrollArea(central);
    scroll->setWidget(formWidget);
    scroll->setWidgetResizable(true);

    auto *comments = new QListView(central);
    comments->setModel(m_commentModel);
    comments->setWordWrap(true);
    comments->setUniformItemSizes(false);
    auto *attachments = new QTableView(central);
    attachments->setModel(m_attachmentModel);
    attachments->horizontalHeader()->setStretchLastSection(true);

    auto *splitter = new QSplitter(Qt::Vertical, central);
    splitter->addWidget(scroll);
    splitter->addWidget(comments);
    splitter->addWidget(attachments);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_ticketEdit, &QLineEdit::returnPressed, this,
            [this] { openTicket(m_ticketEdit->text()); });
    connect(openButton, &QPushButton::clicked, this, [this] { openTicket(m_ticketEdit->text()); });
    connect(m_client, &ApiClient::ticketFetched, this, &MainWindow::showTicket);
    connect(m_client, &ApiClient::fetchFailed, this, &MainWindow::showError);

    m_statusLabel->setText(m_config.hasToken()
                               ? tr("Paste a ticket ID and press Enter.")
                               : tr("No API token: set ANKRA_API_TOKEN or run `ankra login`."));
    resize(900, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::openTicket(const QString &input)
{
    QString error;
    const TicketId id = TicketId::fromUserInput(input, &error);
    if (!id.isValid()) {
        m_statusLabel->setText(error);
        return;
    }
    m_ticketEdit->setText(id.toString());
    m_statusLabel->setText(tr("Loading %1…").arg(id.toString()));
    m_client->fetchTicket(id);
}

void MainWindow::showTicket(const Ticket &ticket)
{
    m_ticketModel->setTicket(ticket);
    m_commentModel->setComments(ticket.comments);
    m_attachmentModel->setAttachments(ticket.attachments);
    m_mapper->toFirst();
    m_statusLabel->clear();
}

void MainWindow::showError(const TicketId &, const ApiError &error)
{
    // Keep what was shown: a failed refresh must not blank the last good ticket.
    m_statusLabel->setText(error.message());
}

} // namespace Ankra
