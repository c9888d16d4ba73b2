#pragma once

#include "core/apierror.h"
#include "core/ticketlist.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace Ankra {

class ApiClient;
class TicketStore;
class MessageBanner;
class SavedSearchDelegate;
class SavedSearchModel;
class TicketListDelegate;
class TicketListModel;

// The list of tickets beside the tabs: find a ticket without its ID. A status filter (the seven
// statuses, and the presets Active — the default — and All), a search box sent as `q` after
// the typing pauses (300 ms; Esc clears it), the count, and the rows (TicketListModel through
// TicketListDelegate), paged as the view nears the end. Enter or a double-click asks for the
// ticket in a tab, Ctrl+Enter or a middle click in a background tab; F5 (or the button)
// refreshes in place. Errors and empty states say what happened and offer the next step; a
// failed refresh keeps the rows under a banner, and rows the parser rejected are counted.
// The filter and the search are remembered (TicketListSettings).
//
// A second search scope, "Saved on this computer" (the scope box beside the search), searches
// the stored copies (SavedSearchModel over TicketStore's full-text index) instead of the
// server: offline, best first, each hit's snippet in plain text; the status filter does not
// apply there. The box is hidden when the store is off or its SQLite lacks FTS5. The choice
// is remembered too.
class TicketListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketListPanel)

public:
    static constexpr int SearchDelayMs = 300;
    enum class SearchScope { Server, Saved };

    // `store`: the application's local store (the list's first pages are kept there and shown
    // when the server cannot be reached); nullptr: none.
    explicit TicketListPanel(ApiClient *client, TicketStore *store = nullptr,
                             QWidget *parent = nullptr);
    ~TicketListPanel() override;

    // Loads the list (with the remembered filter) once the panel is shown; before this it asks
    // for nothing, so that a window still waiting for its token sends no request.
    void start();
    bool isStarted() const { return m_started; }
    // The client may talk to another server or with another token now: when it does, the list
    // again from its first page; otherwise nothing.
    void reload();
    void refresh();

    TicketListFilter filter() const;
    void setFilter(const TicketListFilter &filter); // applied at once, remembered
    // Tickets open in tabs (canonical ids): their rows are marked.
    void setOpenTickets(const QSet<QString> &ids);
    void setAlwaysAbsolute(bool on);
    // Puts the cursor in the search box (the panel's shortcut).
    void focusSearch();
    // The context menu of a row (Open, Open in New Tab, and what rowMenuAboutToShow adds);
    // null for no row. The caller owns it.
    QMenu *rowMenu(const QModelIndex &index);

    // The saved-copies scope searches `store` under `scope`; offered only while the store is
    // usable, has full-text search and the scope is known (else hidden: the server's search).
    void setSavedSearch(TicketStore *store, const QString &scope);
    bool isSavedScopeAvailable() const;
    SearchScope searchScope() const;
    void setSearchScope(SearchScope scope); // as if chosen in the box (remembered)
    QComboBox *scopeBox() const { return m_scopeBox; }
    SavedSearchModel *savedModel() const { return m_savedModel; }
    QListView *savedView() const { return m_savedView; }

    TicketListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QToolButton *filterButton() const { return m_filterButton; }
    // The status choices of the filter menu: Active, All, then the seven statuses.
    QList<QAction *> statusActions() const { return m_statusActions; }
    QAction *activePresetAction() const { return m_activeAction; }
    QAction *allPresetAction() const { return m_allAction; }
    QString countText() const;
    // What the message page says when it is shown (error, empty, no match), for tests.
    QString messageTitle() const;
    bool isShowingMessage() const;
    bool isSearchPending() const { return m_searchTimer.isActive(); }
    MessageBanner *staleBanner() const { return m_staleBanner; }
    MessageBanner *skippedBanner() const { return m_skippedBanner; }

signals:
    // The user wants this ticket (canonical id) in a tab: the current one, or a background one.
    void openRequested(const QString &id, bool background);
    // A row's context menu is being made: add actions for the ticket (the Watch toggle).
    void rowMenuAboutToShow(QMenu *menu, const QString &id, const QString &subject);
    void tokenHelpRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFilterMenu();
    void applyStatuses(const QStringList &statuses);
    void applySearchNow();
    void loadIfDue();
    void openRow(const QModelIndex &index, bool background);
    void updateFilterButton();
    void updateState();
    void updateBanners();
    void showMessage(const QString &title, const QString &text, bool retry, bool clearFilter,
                     bool tokenHelp);
    void clearFilter();
    void nearEnd();
    void updateScope();
    void updateSavedState();
    QListView *currentView() const;

    QString endpointKey() const;

    ApiClient *m_client;
    QString m_loadedEndpoint; // endpointKey() of the last load
    TicketListModel *m_model;
    TicketListDelegate *m_delegate;
    QLineEdit *m_search;
    // Made in the constructor's body (the view belongs to the stack).
    QComboBox *m_scopeBox = nullptr;
    SavedSearchModel *m_savedModel = nullptr;
    SavedSearchDelegate *m_savedDelegate = nullptr;
    QListView *m_savedView = nullptr;
    bool m_wantSaved = false; // the remembered choice, kept while the scope is unavailable
    QToolButton *m_filterButton;
    QToolButton *m_refreshButton;
    QMenu *m_filterMenu;
    QAction *m_activeAction = nullptr;
    QAction *m_allAction = nullptr;
    QList<QAction *> m_statusActions; // Active, All, then one per status
    QLabel *m_countLabel;
    MessageBanner *m_staleBanner;
    MessageBanner *m_skippedBanner;
    QAction *m_retryAction;
    QStackedWidget *m_stack;
    QListView *m_view;
    QWidget *m_messagePage;
    QLabel *m_messageTitle;
    QLabel *m_messageText;
    QPushButton *m_retryButton;
    QPushButton *m_clearFilterButton;
    QPushButton *m_tokenHelpButton;
    QWidget *m_loadingPage;
    QTimer m_searchTimer;
    // The filter and width are written a second after they last changed (and at destruction):
    // QSettings writes its file whenever an instance goes away.
    QTimer m_saveTimer;
    void saveNow();
    int m_widthToSave = 0;
    QStringList m_statuses; // the filter's (normalised; empty: all)
    bool m_started = false;
    bool m_loaded = false; // the first load was asked for
};

} // namespace Ankra
