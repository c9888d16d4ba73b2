#pragma once

#include "core/config.h"

#include <QMainWindow>

class QDataWidgetMapper;
class QLabel;
class QLineEdit;

namespace Ankra {

class ApiClient;
class AttachmentTableModel;
class CommentListModel;
class TicketModel;
struct ApiError;
struct Ticket;
class TicketId;

// The application window: a ticket field and the ticket's fields as plain text.
// (A minimal window that proves the path from ID to screen; the full ticket view replaces it.)
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const Config &config, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openTicket(const QString &input);

private:
    void showTicket(const Ticket &ticket);
    void showError(const TicketId &id, const ApiError &error);

    Config m_config;
    ApiClient *m_client;
    TicketModel *m_ticketModel;
    CommentListModel *m_commentModel;
    AttachmentTableModel *m_attachmentModel;
    QDataWidgetMapper *m_mapper;
    QLineEdit *m_ticketEdit;
    QLabel *m_statusLabel;
};

} // namespace Ankra
