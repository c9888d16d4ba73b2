#pragma once

#include "core/apierror.h"

#include <QList>
#include <QUrl>
#include <QWidget>

#include <memory>

class QAction;

namespace Ankra {

namespace Ui {
class TicketPage;
}

class TicketSession;
class TicketView;

// What one tab shows of its ticket document (TicketSession): the loading page, the error page
// with its next step, or the ticket (TicketView) — under a stale banner when a refresh failed,
// or, for a saved copy, "Saved copy from 10:42 · refreshing…" / "Offline — showing the copy
// saved at 10:42".
// It shows the session's state and forwards the user's requests (retry, cancel) to it; the
// empty state (no ticket asked for yet) is the window's start page, not part of this page.
class TicketPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketPage)

public:
    // The page shows `session`, which must outlive it (the window owns both).
    explicit TicketPage(TicketSession *session, QWidget *parent = nullptr);
    ~TicketPage() override;

    TicketSession *session() const { return m_session; }
    // Built when first needed: the session has something to show, or this is asked for.
    TicketView *ticketView();
    bool hasWidgets() const { return m_ui != nullptr; }

    // The view preferences, kept until there is a view to apply them to.
    void setAlwaysAbsolute(bool on);
    void setNewestFirst(bool on);

    // "New since you last looked": scrolls the first new comment to the top of the thread
    // (Ctrl+J in the window), and marks the ticket read (the marks and the banner go).
    void jumpToFirstNew();
    void markAsRead();
    QAction *jumpToFirstNewAction() const { return m_jumpAction; }
    QAction *markAsReadAction() const { return m_markReadAction; }

    // "Offline — showing the copy saved at 10:42" while the session is offline, else empty:
    // the banner's text, also the tab's tooltip.
    QString offlineText() const;

    // In demo mode the error page says that the demo server takes only its own token.
    void setDemo(bool demo);
    // A button for the window's `action` in the ticket's header (made with the page's UI).
    void addHeaderAction(QAction *action);

signals:
    // The user asked to correct the ticket ID (error page) or for help with the token.
    void editIdRequested();
    void tokenHelpRequested();
    // From the ticket view.
    void copyIdRequested();
    void newestFirstChanged(bool newestFirst);
    void linkActivated(const QUrl &url);

private:
    void ensureUi();
    void buildUi();
    void onStateChanged();
    void onLoaded(bool newTicket);
    void onFailed(const ApiError &error);
    void showErrorPage(const ApiError &error);
    void showStaleBanner(const ApiError &error);
    void updateSavedCopyBanner();
    // When the copy shown was saved, as the banners write it ("10:42").
    QString savedTimeText() const;
    void prepareFirstShow();
    void updateNewBanner();

    std::unique_ptr<Ui::TicketPage> m_ui;
    TicketSession *m_session;
    // Made once: the banner's buttons come and go, its actions stay.
    QAction *m_retryAction;
    QAction *m_tokenHelpAction;
    QAction *m_jumpAction;
    QAction *m_markReadAction;
    QList<QAction *> m_headerActions;
    bool m_demo = false;
    bool m_alwaysAbsolute = false;
    bool m_newestFirst = false;
};

} // namespace Ankra
