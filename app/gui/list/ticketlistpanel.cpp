#include "gui/list/ticketlistpanel.h"

#include "core/apiclient.h"
#include "core/models/savedsearchmodel.h"
#include "core/models/ticketlistmodel.h"
#include "core/store/ticketstore.h"
#include "core/ticketlistsettings.h"
#include "gui/delegates/badgepainter.h"
#include "gui/delegates/savedsearchdelegate.h"
#include "gui/delegates/ticketlistdelegate.h"
#include "gui/style/icons.h"
#include "gui/widgets/messagebanner.h"
#include "gui/widgets/textlabel.h"

#include <QAction>
#include <QComboBox>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

// Rows before the end at which the next page is asked for.
constexpr int PrefetchRows = 15;

// A TextLabel: the same pixels as a QLabel, measured once per text (the window's first layout
// asks these wrapped labels their height for each width it tries).
QLabel *plainLabel(QWidget *parent)
{
    auto *label = new TextLabel(parent);
    label->setTextFormat(Qt::PlainText); // server text never renders as HTML
    label->setWordWrap(true);
    return label;
}

} // namespace

TicketListPanel::TicketListPanel(ApiClient *client, TicketStore *store, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new TicketListModel(client, store, this))
    , m_delegate(new TicketListDelegate(this))
    , m_search(new QLineEdit(this))
    , m_filterButton(new QToolButton(this))
    , m_refreshButton(new QToolButton(this))
    , m_filterMenu(new QMenu(this))
    , m_countLabel(plainLabel(this))
    , m_staleBanner(new MessageBanner(this))
    , m_skippedBanner(new MessageBanner(this))
    , m_retryAction(new QAction(Icons::icon(u"refresh"_s), tr("Retry"), this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QListView(m_stack))
    , m_messagePage(new QWidget(m_stack))
    , m_messageTitle(plainLabel(m_messagePage))
    , m_messageText(plainLabel(m_messagePage))
    , m_retryButton(new QPushButton(Icons::icon(u"refresh"_s), tr("&Retry"), m_messagePage))
    , m_clearFilterButton(new QPushButton(tr("Show &All Tickets"), m_messagePage))
    , m_tokenHelpButton(new QPushButton(Icons::icon(u"key"_s), tr("Where Do I Get an API &Token?"),
                                        m_messagePage))
    , m_loadingPage(new QWidget(m_stack))
{
    setObjectName(u"ticketListPanel"_s);
    const TicketListSettings saved = TicketListSettings::load();
    m_statuses = saved.filter.statuses;

    m_search->setObjectName(u"listSearch"_s);
    m_search->setPlaceholderText(tr("Search subjects"));
    m_search->setAccessibleName(tr("Search ticket subjects"));
    m_search->setClearButtonEnabled(true);
    m_search->setText(saved.filter.search);
    m_search->installEventFilter(this);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(1000);
    connect(&m_saveTimer, &QTimer::timeout, this, &TicketListPanel::saveNow);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    // Each key restarts the wait: the search goes out when the typing pauses.
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (m_loaded || searchScope() == SearchScope::Saved)
            m_searchTimer.start();
    });
    connect(&m_searchTimer, &QTimer::timeout, this, &TicketListPanel::applySearchNow);
    connect(m_search, &QLineEdit::returnPressed, this, &TicketListPanel::applySearchNow);

    m_filterButton->setObjectName(u"listFilterButton"_s);
    m_filterButton->setPopupMode(QToolButton::InstantPopup);
    m_filterButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filterButton->setMenu(m_filterMenu);
    m_filterButton->setAccessibleName(tr("Status filter"));
    buildFilterMenu();

    m_refreshButton->setObjectName(u"listRefreshButton"_s);
    m_refreshButton->setIcon(Icons::icon(u"refresh"_s));
    m_refreshButton->setToolTip(tr("Refresh the list (F5)"));
    m_refreshButton->setAccessibleName(tr("Refresh the list"));
    m_refreshButton->setAutoRaise(true);
    connect(m_refreshButton, &QToolButton::clicked, this, &TicketListPanel::refresh);

    m_countLabel->setObjectName(u"listCount"_s);
    m_countLabel->setWordWrap(false);

    for (MessageBanner *banner : {m_staleBanner, m_skippedBanner}) {
        banner->setCloseButtonVisible(false);
        banner->hide();
    }
    m_staleBanner->setObjectName(u"listStaleBanner"_s);
    m_staleBanner->setType(MessageBanner::Type::Warning);
    m_staleBanner->addAction(m_retryAction);
    m_skippedBanner->setObjectName(u"listSkippedBanner"_s);
    m_skippedBanner->setType(MessageBanner::Type::Warning);
    connect(m_retryAction, &QAction::triggered, m_model, &TicketListModel::retry);

    m_view->setObjectName(u"ticketListView"_s);
    m_view->setAccessibleName(tr("Tickets"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setUniformItemSizes(true); // one height for all: 10,000 rows lay out at once
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = rowMenu(m_view->indexAt(pos));
        if (!menu)
            return;
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        openRow(index, QGuiApplication::keyboardModifiers() & Qt::ControlModifier);
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &TicketListPanel::nearEnd);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &TicketListPanel::nearEnd);

    m_scopeBox = new QComboBox(this);
    m_scopeBox->setObjectName(u"listSearchScope"_s);
    m_scopeBox->addItem(tr("Server"));
    m_scopeBox->addItem(tr("Saved on this computer"));
    m_scopeBox->setAccessibleName(tr("Search in"));
    m_scopeBox->setToolTip(tr("Search the server's tickets, or the copies saved on this "
                              "computer (works offline)"));
    m_scopeBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scopeBox->hide(); // until setSavedSearch() offers a usable store
    m_wantSaved = saved.savedScope;
    connect(m_scopeBox, &QComboBox::activated, this, [this](int index) {
        m_wantSaved = index == 1;
        TicketListSettings::saveSavedScope(m_wantSaved);
        updateScope();
    });

    m_savedModel = new SavedSearchModel(this);
    m_savedDelegate = new SavedSearchDelegate(this);
    m_savedView = new QListView(m_stack);
    m_savedView->setObjectName(u"savedSearchView"_s);
    m_savedView->setAccessibleName(tr("Saved tickets found"));
    m_savedView->setModel(m_savedModel);
    m_savedView->setItemDelegate(m_savedDelegate);
    m_savedView->setUniformItemSizes(true);
    m_savedView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_savedView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_savedView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_savedView->setFrameShape(QFrame::NoFrame);
    m_savedView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_savedView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = rowMenu(m_savedView->indexAt(pos));
        if (!menu)
            return;
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_savedView->viewport()->mapToGlobal(pos));
    });
    m_savedView->installEventFilter(this);
    m_savedView->viewport()->installEventFilter(this);
    connect(m_savedView, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        openRow(index, QGuiApplication::keyboardModifiers() & Qt::ControlModifier);
    });
    connect(m_savedModel, &SavedSearchModel::searched, this, &TicketListPanel::updateSavedState);

    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->setContentsMargins(12, 24, 12, 12);
    QFont titleFont = m_messageTitle->font();
    titleFont.setBold(true);
    m_messageTitle->setFont(titleFont);
    m_messageTitle->setObjectName(u"listMessageTitle"_s);
    m_messageText->setObjectName(u"listMessageText"_s);
    m_retryButton->setObjectName(u"listRetryButton"_s);
    m_clearFilterButton->setObjectName(u"listClearFilterButton"_s);
    messageLayout->addWidget(m_messageTitle);
    messageLayout->addWidget(m_messageText);
    for (QPushButton *button : {m_retryButton, m_clearFilterButton, m_tokenHelpButton}) {
        auto *row = new QHBoxLayout;
        row->addWidget(button);
        row->addStretch();
        messageLayout->addLayout(row);
    }
    messageLayout->addStretch();
    for (QPushButton *button : {m_retryButton, m_clearFilterButton, m_tokenHelpButton})
        button->hide(); // shown with the message that offers them (and no wider panel before)
    connect(m_retryButton, &QPushButton::clicked, m_model, &TicketListModel::retry);
    connect(m_clearFilterButton, &QPushButton::clicked, this, &TicketListPanel::clearFilter);
    connect(m_tokenHelpButton, &QPushButton::clicked, this, &TicketListPanel::tokenHelpRequested);

    auto *loadingLayout = new QVBoxLayout(m_loadingPage);
    auto *loading = plainLabel(m_loadingPage);
    loading->setText(tr("Loading tickets…"));
    loading->setAlignment(Qt::AlignHCenter);
    loadingLayout->setContentsMargins(12, 24, 12, 12);
    loadingLayout->addWidget(loading);
    loadingLayout->addStretch();

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_messagePage);
    m_stack->addWidget(m_loadingPage);
    m_stack->addWidget(m_savedView);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 6, 6, 0);
    top->setSpacing(4);
    top->addWidget(m_search, 1);
    top->addWidget(m_refreshButton);
    auto *second = new QHBoxLayout;
    second->setContentsMargins(6, 0, 6, 0);
    second->addWidget(m_scopeBox);
    second->addWidget(m_filterButton);
    second->addStretch();
    second->addWidget(m_countLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_staleBanner);
    layout->addWidget(m_skippedBanner);
    layout->addWidget(m_stack, 1);

    connect(m_model, &TicketListModel::stateChanged, this, &TicketListPanel::updateState);
    connect(m_model, &TicketListModel::summaryChanged, this, &TicketListPanel::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TicketListPanel::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TicketListPanel::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TicketListPanel::updateState);
    connect(m_model, &TicketListModel::busyChanged, this,
            [this](bool busy) { m_refreshButton->setEnabled(!busy || !m_model->isRefreshing()); });
    updateFilterButton();
    updateState();
}

TicketListPanel::~TicketListPanel()
{
    if (m_saveTimer.isActive())
        saveNow();
}

void TicketListPanel::saveNow()
{
    m_saveTimer.stop();
    TicketListSettings::saveFilter(filter());
    if (m_widthToSave > 0)
        TicketListSettings::savePanelWidth(m_widthToSave);
}

void TicketListPanel::buildFilterMenu()
{
    m_activeAction = m_filterMenu->addAction(tr("&Active (not resolved or closed)"));
    m_activeAction->setObjectName(u"listPresetActive"_s);
    m_activeAction->setCheckable(true);
    m_allAction = m_filterMenu->addAction(tr("A&ll"));
    m_allAction->setObjectName(u"listPresetAll"_s);
    m_allAction->setCheckable(true);
    m_filterMenu->addSeparator();
    m_statusActions << m_activeAction << m_allAction;
    connect(m_activeAction, &QAction::triggered, this,
            [this] { applyStatuses(TicketListFilter::activeStatuses()); });
    connect(m_allAction, &QAction::triggered, this, [this] { applyStatuses({}); });
    const QStringList all = TicketListFilter::allStatuses();
    for (const QString &status : all) {
        QAction *action = m_filterMenu->addAction(BadgePainter::badge(statusFromWire(status)).text);
        action->setObjectName(u"listStatus_"_s + status);
        action->setCheckable(true);
        action->setData(status);
        m_statusActions << action;
        connect(action, &QAction::triggered, this, [this] {
            QStringList statuses;
            for (QAction *a : std::as_const(m_statusActions)) {
                if (!a->data().toString().isEmpty() && a->isChecked())
                    statuses << a->data().toString();
            }
            applyStatuses(statuses);
        });
    }
}

void TicketListPanel::updateFilterButton()
{
    const QStringList all = TicketListFilter::allStatuses();
    const QStringList shown = m_statuses.isEmpty() ? all : m_statuses;
    for (QAction *action : std::as_const(m_statusActions)) {
        const QString status = action->data().toString();
        if (!status.isEmpty())
            action->setChecked(shown.contains(status));
    }
    const bool active = m_statuses == TicketListFilter::activeStatuses();
    m_activeAction->setChecked(active);
    m_allAction->setChecked(m_statuses.isEmpty());
    QString text;
    if (m_statuses.isEmpty())
        text = tr("All statuses");
    else if (active)
        text = tr("Active");
    else if (m_statuses.size() <= 2) {
        QStringList labels;
        for (const QString &status : m_statuses)
            labels << BadgePainter::badge(statusFromWire(status)).text;
        text = labels.join(u", "_s);
    } else {
        text = tr("%n statuses", nullptr, int(m_statuses.size()));
    }
    m_filterButton->setText(text);
    m_filterButton->setToolTip(tr("Which statuses the list shows"));
}

void TicketListPanel::applyStatuses(const QStringList &statuses)
{
    // Nothing ticked means nothing to show, which no one asks for: all of them instead.
    m_statuses = TicketListFilter::normalizedStatuses(statuses);
    updateFilterButton();
    m_searchTimer.stop();
    setFilter(filter());
}

void TicketListPanel::applySearchNow()
{
    m_searchTimer.stop();
    if (searchScope() == SearchScope::Saved)
        return m_savedModel->setQuery(m_search->text());
    if (filter() != m_model->filter() || m_model->state() == TicketListModel::State::Idle)
        setFilter(filter());
}

TicketListFilter TicketListPanel::filter() const
{
    TicketListFilter f;
    f.statuses = m_statuses;
    f.search = m_search->text().trimmed();
    return f;
}

void TicketListPanel::setFilter(const TicketListFilter &filter)
{
    m_statuses = TicketListFilter::normalizedStatuses(filter.statuses);
    if (m_search->text().trimmed() != filter.search.trimmed()) {
        const QSignalBlocker blocker(m_search);
        m_search->setText(filter.search);
    }
    m_searchTimer.stop();
    updateFilterButton();
    m_saveTimer.start();
    if (!m_started)
        return;
    m_loaded = true;
    m_loadedEndpoint = endpointKey();
    m_model->setFilter(this->filter());
}

void TicketListPanel::start()
{
    m_started = true;
    loadIfDue();
}

QString TicketListPanel::endpointKey() const
{
    const Endpoint &e = m_client->endpoint();
    // Compared only, never shown or stored.
    return e.baseUrl.toString() + u'\n' + e.token + u'\n' + e.organisationId + u'\n'
           + e.configError;
}

void TicketListPanel::reload()
{
    if (!m_loaded)
        return loadIfDue();
    if (endpointKey() == m_loadedEndpoint)
        return;
    m_loadedEndpoint = endpointKey();
    m_model->setFilter(filter());
}

void TicketListPanel::refresh()
{
    if (searchScope() == SearchScope::Saved)
        return applySearchNow(); // the copies may have changed since
    if (!m_loaded)
        return loadIfDue();
    m_model->refresh();
}

void TicketListPanel::loadIfDue()
{
    if (!m_started || m_loaded || !isVisible())
        return;
    m_loaded = true;
    m_loadedEndpoint = endpointKey();
    m_model->setFilter(filter());
}

void TicketListPanel::setOpenTickets(const QSet<QString> &ids)
{
    m_model->setOpenTickets(ids);
}

void TicketListPanel::setAlwaysAbsolute(bool on)
{
    m_delegate->setAlwaysAbsolute(on);
    m_savedDelegate->setAlwaysAbsolute(on);
    m_view->viewport()->update();
    m_savedView->viewport()->update();
}

void TicketListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TicketListPanel::clearFilter()
{
    setFilter({});
}

void TicketListPanel::openRow(const QModelIndex &index, bool background)
{
    const QString id = index.data(TicketListModel::TicketIdRole).toString();
    if (!id.isEmpty())
        emit openRequested(id, background);
}

QMenu *TicketListPanel::rowMenu(const QModelIndex &index)
{
    const QString id = index.data(TicketListModel::TicketIdRole).toString();
    if (id.isEmpty())
        return nullptr;
    auto *menu = new QMenu(this);
    menu->setObjectName(u"ticketRowMenu"_s);
    const QPersistentModelIndex row(index);
    connect(menu->addAction(tr("&Open")), &QAction::triggered, this,
            [this, row] { openRow(row, false); });
    connect(menu->addAction(tr("Open in &Background Tab")), &QAction::triggered, this,
            [this, row] { openRow(row, true); });
    menu->addSeparator();
    emit rowMenuAboutToShow(menu, id, index.data(Qt::DisplayRole).toString());
    return menu;
}

void TicketListPanel::setSavedSearch(TicketStore *store, const QString &scope)
{
    const bool available
        = store && !scope.isEmpty() && store->isUsable() && store->hasFullTextSearch();
    if (m_savedModel->store() != store) {
        if (m_savedModel->store())
            disconnect(m_savedModel->store(), nullptr, this, nullptr);
        if (store) {
            // New or removed copies: the hits again, once the writes pause.
            connect(store, &TicketStore::ticketsChanged, this, [this] {
                if (searchScope() == SearchScope::Saved)
                    m_searchTimer.start();
            });
        }
    }
    m_savedModel->setStore(available ? store : nullptr, available ? scope : QString());
    m_scopeBox->setVisible(available);
    updateScope();
}

bool TicketListPanel::isSavedScopeAvailable() const
{
    return m_savedModel->store() != nullptr;
}

TicketListPanel::SearchScope TicketListPanel::searchScope() const
{
    return m_wantSaved && isSavedScopeAvailable() ? SearchScope::Saved : SearchScope::Server;
}

void TicketListPanel::setSearchScope(SearchScope scope)
{
    m_wantSaved = scope == SearchScope::Saved;
    TicketListSettings::saveSavedScope(m_wantSaved);
    updateScope();
}

QListView *TicketListPanel::currentView() const
{
    return searchScope() == SearchScope::Saved ? m_savedView : m_view;
}

void TicketListPanel::updateScope()
{
    const bool saved = searchScope() == SearchScope::Saved;
    {
        const QSignalBlocker blocker(m_scopeBox);
        m_scopeBox->setCurrentIndex(saved ? 1 : 0);
    }
    // The status filter is the server's: the saved copies are searched whatever their status.
    m_filterButton->setEnabled(!saved);
    m_search->setPlaceholderText(saved ? tr("Search saved tickets") : tr("Search subjects"));
    m_search->setAccessibleName(saved ? tr("Search the tickets saved on this computer")
                                      : tr("Search ticket subjects"));
    m_refreshButton->setToolTip(saved ? tr("Search the saved copies again (F5)")
                                      : tr("Refresh the list (F5)"));
    m_searchTimer.stop();
    if (saved) {
        m_savedModel->setQuery(m_search->text()); // updateSavedState() follows
    } else {
        updateState();
        if (m_loaded)
            applySearchNow(); // what was typed meanwhile, on the server
    }
}

void TicketListPanel::updateSavedState()
{
    if (searchScope() != SearchScope::Saved)
        return;
    m_staleBanner->hide();
    m_skippedBanner->hide();
    if (!m_savedModel->hasQuery()) {
        m_countLabel->clear();
        showMessage(tr("Search the saved copies"),
                    tr("Type words from a ticket opened on this computer: its subject, "
                       "description, summary, comments or attachment names. This works "
                       "offline."),
                    false, false, false);
    } else if (m_savedModel->rowCount() == 0) {
        m_countLabel->clear();
        showMessage(tr("No saved ticket matches"),
                    tr("No ticket saved on this computer has \u201c%1\u201d in it.")
                        .arg(m_savedModel->query().simplified().left(100)),
                    false, false, false);
    } else {
        m_countLabel->setText(tr("%Ln saved ticket(s)", nullptr, m_savedModel->rowCount()));
        m_stack->setCurrentWidget(m_savedView);
    }
}

void TicketListPanel::nearEnd()
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    const int rowHeight = qMax(1, m_view->sizeHintForRow(0));
    if (bar->maximum() - bar->value() <= PrefetchRows * rowHeight && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

QString TicketListPanel::countText() const
{
    return m_countLabel->text();
}

QString TicketListPanel::messageTitle() const
{
    return isShowingMessage() ? m_messageTitle->text() : QString();
}

bool TicketListPanel::isShowingMessage() const
{
    return m_stack->currentWidget() == m_messagePage;
}

void TicketListPanel::showMessage(const QString &title, const QString &text, bool retry,
                                  bool clearFilter, bool tokenHelp)
{
    m_messageTitle->setText(title);
    m_messageText->setText(text);
    m_messageText->setVisible(!text.isEmpty());
    m_retryButton->setVisible(retry);
    m_clearFilterButton->setVisible(clearFilter);
    m_tokenHelpButton->setVisible(tokenHelp);
    m_stack->setCurrentWidget(m_messagePage);
}

void TicketListPanel::updateState()
{
    if (searchScope() == SearchScope::Saved)
        return updateSavedState(); // the server's list goes on below, unseen
    using State = TicketListModel::State;
    const State state = m_model->state();
    const ApiError error = m_model->lastError();
    switch (state) {
    case State::Idle:
    case State::Loading:
        m_countLabel->setText(state == State::Loading ? tr("Loading…") : QString());
        m_stack->setCurrentWidget(m_loadingPage);
        break;
    case State::Error: {
        m_countLabel->clear();
        const bool token = error.kind == ApiError::Kind::Unauthorized
                           || error.kind == ApiError::Kind::Forbidden
                           || error.kind == ApiError::Kind::Configuration;
        QString text = error.message();
        if (error.kind == ApiError::Kind::NotFound || error.kind == ApiError::Kind::Validation)
            text = tr("The server did not accept the list request (%1). Check the server "
                      "address in the settings; if it is right, update the app.")
                       .arg(error.title());
        showMessage(tr("The tickets could not be loaded: %1").arg(error.title()), text,
                    error.kind != ApiError::Kind::Configuration, false, token);
        break;
    }
    case State::Loaded: {
        const qint64 total = qMax<qint64>(m_model->totalCount(), m_model->rowCount());
        m_countLabel->setText(tr("%Ln ticket(s)", nullptr, int(qMin<qint64>(total, INT_MAX))));
        if (m_model->rowCount() > 0) {
            m_stack->setCurrentWidget(m_view);
        } else if (filter() != TicketListFilter{}) {
            showMessage(tr("No tickets match"),
                        filter().search.isEmpty()
                            ? tr("No ticket has one of the chosen statuses.")
                            : tr("No ticket with one of the chosen statuses has \u201c%1\u201d "
                                 "in its subject.")
                                  .arg(filter().search.left(100)),
                        false, true, false);
        } else {
            showMessage(tr("No tickets yet"),
                        tr("Your organisation has no support tickets. Tickets you open in "
                           "Ankra appear here."),
                        true, false, false);
            m_retryButton->setText(tr("&Refresh"));
        }
        break;
    }
    }
    if (state != State::Loaded || m_model->rowCount() > 0)
        m_retryButton->setText(tr("&Retry"));
    updateBanners();
}

void TicketListPanel::updateBanners()
{
    if (searchScope() == SearchScope::Saved)
        return;
    const bool stale = m_model->isStale() && m_model->state() == TicketListModel::State::Loaded;
    if (stale) {
        const ApiError error = m_model->lastError();
        m_staleBanner->setText(
            m_model->isSavedCopy()
                ? tr("Offline — showing the list saved at %1")
                      .arg(QLocale().toString(m_model->savedAt().time(), QLocale::ShortFormat))
            : m_model->moreFailed()
                ? tr("More tickets could not be loaded: %1. The list shows what arrived "
                     "before.")
                      .arg(error.title())
                : tr("The list could not be refreshed: %1. It shows what was loaded before.")
                      .arg(error.title()));
        m_staleBanner->setToolTip(error.message());
    }
    m_staleBanner->setVisible(stale);
    const int skipped = m_model->skippedCount();
    if (skipped > 0) {
        m_skippedBanner->setText(tr("%Ln ticket(s) could not be shown (%1).", nullptr, skipped)
                                     .arg(m_model->skippedReason()));
    }
    m_skippedBanner->setVisible(skipped > 0 && m_model->state() == TicketListModel::State::Loaded);
}

void TicketListPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadIfDue();
}

void TicketListPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (isVisible()) {
        m_widthToSave = width();
        m_saveTimer.start();
    }
}

bool TicketListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_savedView) // still being built
        return QWidget::eventFilter(watched, event);
    const QEvent::Type type = event->type();
    if (type == QEvent::ShortcutOverride || type == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        // F5 here refreshes the list, not the current ticket: taken before the window's
        // shortcut sees it.
        if (key->key() == Qt::Key_F5
            && (watched == m_view || watched == m_savedView || watched == m_search)) {
            event->accept();
            if (type == QEvent::KeyPress)
                refresh();
            return true;
        }
        if (watched == m_search && key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            event->accept();
            if (type == QEvent::KeyPress) {
                m_search->clear();
                applySearchNow();
            }
            return true;
        }
        QListView *view = currentView();
        if (type == QEvent::KeyPress && watched == m_search && key->key() == Qt::Key_Down
            && view->model()->rowCount() > 0) {
            view->setFocus(Qt::TabFocusReason);
            if (!view->currentIndex().isValid())
                view->setCurrentIndex(view->model()->index(0, 0));
            return true;
        }
        if (type == QEvent::KeyPress && (watched == m_view || watched == m_savedView)
            && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            openRow(static_cast<QListView *>(watched)->currentIndex(),
                    key->modifiers() & Qt::ControlModifier);
            return true;
        }
    }
    if ((watched == m_view->viewport() || watched == m_savedView->viewport())
        && type == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::MiddleButton) {
            QListView *view = watched == m_view->viewport() ? m_view : m_savedView;
            openRow(view->indexAt(mouse->position().toPoint()), true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Ankra
