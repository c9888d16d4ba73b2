#include "gui/views/ticketpage.h"

#include "ui_ticketpage.h"

#include "core/models/commentlistmodel.h"
#include "core/newsince/newsince.h"
#include "core/ticketsession.h"
#include "gui/attachments/attachmentactions.h"
#include "gui/style/icons.h"
#include "gui/style/theme.h"
#include "gui/views/commentview.h"
#include "gui/views/ticketview.h"
#include "gui/widgets/messagebanner.h"

#include <QAction>
#include <QKeySequence>
#include <QLayout>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

bool needsTokenHelp(ApiError::Kind kind)
{
    return kind == ApiError::Kind::Unauthorized || kind == ApiError::Kind::Forbidden
           || kind == ApiError::Kind::Configuration;
}

bool isAboutTheId(ApiError::Kind kind)
{
    return kind == ApiError::Kind::NotFound || kind == ApiError::Kind::Validation
           || kind == ApiError::Kind::InvalidTicketId;
}

} // namespace

TicketPage::TicketPage(TicketSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_retryAction(new QAction(Icons::icon(u"refresh"_s), tr("Retry"), this))
    , m_tokenHelpAction(
          new QAction(Icons::icon(u"key"_s), tr("Where Do I Get an API &Token?"), this))
    , m_jumpAction(new QAction(tr("&Jump to First New"), this))
    , m_markReadAction(new QAction(tr("&Mark as Read"), this))
{
    m_jumpAction->setObjectName(u"jumpToFirstNew"_s);
    m_markReadAction->setObjectName(u"markAsRead"_s);
    m_jumpAction->setToolTip(
        tr("Scroll to the first comment added since you last looked (%1)")
            .arg(QKeySequence(u"Ctrl+J"_s).toString(QKeySequence::NativeText)));
    connect(m_jumpAction, &QAction::triggered, this, &TicketPage::jumpToFirstNew);
    connect(m_markReadAction, &QAction::triggered, this, &TicketPage::markAsRead);
    connect(session->newSince(), &NewSince::changed, this, &TicketPage::updateNewBanner);
    connect(m_retryAction, &QAction::triggered, session, &TicketSession::refresh);
    connect(m_tokenHelpAction, &QAction::triggered, this, &TicketPage::tokenHelpRequested);
    connect(session, &TicketSession::stateChanged, this, &TicketPage::onStateChanged);
    connect(session, &TicketSession::aboutToLoad, this, [this] {
        if (m_ui)
            m_ui->ticketView->aboutToChangeTicket();
    });
    connect(session, &TicketSession::loaded, this, &TicketPage::onLoaded);
    connect(session, &TicketSession::failed, this, &TicketPage::onFailed);
    connect(session, &TicketSession::savedCopyChanged, this, &TicketPage::updateSavedCopyBanner);
    connect(session, &TicketSession::busyChanged, this, &TicketPage::updateSavedCopyBanner);
    // A session with nothing to show yet (a new tab, a restored one not looked at) has no
    // widgets: twenty restored tabs cost twenty small objects, not twenty ticket views.
    if (session->state() != TicketSession::State::Empty)
        onStateChanged();
}

void TicketPage::ensureUi()
{
    if (!m_ui)
        buildUi();
}

void TicketPage::buildUi()
{
    m_ui = std::make_unique<Ui::TicketPage>();
    m_ui->setupUi(this);
    TicketSession *session = m_session;
    m_ui->staleBanner->hide();
    m_ui->staleBanner->setType(MessageBanner::Type::Warning);
    m_ui->staleBanner->setCloseButtonVisible(false);
    m_ui->newBanner->hide();
    m_ui->newBanner->setType(MessageBanner::Type::Information);
    m_ui->newBanner->setCloseButtonVisible(false);
    for (QAction *action : std::as_const(m_headerActions))
        m_ui->ticketView->addHeaderAction(action);
    m_ui->ticketView->setModels(session->ticketModel(), session->comments(),
                                session->attachments());

    QFont title = m_ui->errorTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setWeight(QFont::Bold);
    m_ui->errorTitle->setFont(title);
    m_ui->errorMessage->setMaximumWidth(640);
    m_ui->errorMessage->setMinimumWidth(360);
    m_ui->errorIcon->setIconSize(QSize(48, 48));
    m_ui->retryButton->setIcon(Icons::icon(u"refresh"_s));
    m_ui->tokenHelpButton->setIcon(Icons::icon(u"key"_s));

    connect(m_ui->retryButton, &QPushButton::clicked, session, &TicketSession::refresh);
    connect(m_ui->loadingCancelButton, &QPushButton::clicked, session, &TicketSession::cancel);
    connect(m_ui->editIdButton, &QPushButton::clicked, this, &TicketPage::editIdRequested);
    connect(m_ui->tokenHelpButton, &QPushButton::clicked, this, &TicketPage::tokenHelpRequested);

    TicketView *view = m_ui->ticketView;
    view->setAlwaysAbsolute(m_alwaysAbsolute);
    view->setNewestFirst(m_newestFirst);
    view->attachmentActions()->setClient(session->client());
    connect(view, &TicketView::copyIdRequested, this, &TicketPage::copyIdRequested);
    connect(view, &TicketView::newestFirstChanged, this, &TicketPage::newestFirstChanged);
    connect(view, &TicketView::linkActivated, this, &TicketPage::linkActivated);
}

TicketPage::~TicketPage() = default;

void TicketPage::addHeaderAction(QAction *action)
{
    m_headerActions.append(action);
    if (m_ui)
        m_ui->ticketView->addHeaderAction(action);
}

TicketView *TicketPage::ticketView()
{
    ensureUi();
    return m_ui->ticketView;
}

void TicketPage::setAlwaysAbsolute(bool on)
{
    m_alwaysAbsolute = on;
    if (m_ui)
        m_ui->ticketView->setAlwaysAbsolute(on);
}

void TicketPage::setNewestFirst(bool on)
{
    m_newestFirst = on;
    if (m_ui)
        m_ui->ticketView->setNewestFirst(on);
}

void TicketPage::setDemo(bool demo)
{
    m_demo = demo;
}

void TicketPage::onStateChanged()
{
    ensureUi();
    switch (m_session->state()) {
    case TicketSession::State::Empty:
    case TicketSession::State::Loading:
        m_ui->loadingLabel->setText(tr("Loading ticket %1…").arg(m_session->id().toString()));
        m_ui->pages->setCurrentWidget(m_ui->loadingPage);
        break;
    case TicketSession::State::Error:
        m_ui->pages->setCurrentWidget(m_ui->errorPage);
        break;
    case TicketSession::State::Loaded:
        if (m_ui->pages->currentWidget() != m_ui->ticketView)
            prepareFirstShow();
        m_ui->pages->setCurrentWidget(m_ui->ticketView);
        break;
    }
    if (!m_session->isStale())
        m_ui->staleBanner->hide();
    updateSavedCopyBanner();
    updateNewBanner();
}

void TicketPage::prepareFirstShow()
{
    if (m_ui->ticketView->isVisible() || !m_ui->pages->isVisible())
        return;
    // Give the page its real size and its columns their widths before it is shown. Shown as it
    // is, it would be laid out at a stale size, again by the stack, and again when the columns
    // are balanced, with the description and the comments on screen laid out at each of those
    // widths. The heights are balanced once it is shown (onLoaded): they need the panes laid
    // out at their widths, which a hidden page's are not.
    m_ui->ticketView->setGeometry(m_ui->pages->contentsRect());
    if (QLayout *layout = m_ui->ticketView->layout())
        layout->activate();
    m_ui->ticketView->balanceColumns();
}

void TicketPage::onLoaded(bool newTicket)
{
    ensureUi();
    m_ui->ticketView->ticketChanged();
    m_ui->staleBanner->hide();
    updateSavedCopyBanner();
    if (newTicket) {
        // Size the panes for this ticket once the layout knows the window's size.
        QTimer::singleShot(0, m_ui->ticketView, &TicketView::balanceSplitters);
    }
}

void TicketPage::onFailed(const ApiError &error)
{
    ensureUi();
    if (m_session->isStale() && m_session->isOffline())
        updateSavedCopyBanner();
    else if (m_session->isStale())
        showStaleBanner(error);
    else
        showErrorPage(error);
}

void TicketPage::showErrorPage(const ApiError &error)
{
    m_ui->errorTitle->setText(error.title());
    QString message = error.message();
    if (m_demo && needsTokenHelp(error.kind))
        message += u"\n\n"_s + tr("(This is the demo server: it accepts only its own token.)");
    m_ui->errorMessage->setText(message);
    m_ui->errorIcon->setIcon(Icons::icon(u"error"_s, Theme::Tone::Danger));
    m_ui->tokenHelpButton->setVisible(needsTokenHelp(error.kind));
    m_ui->editIdButton->setVisible(isAboutTheId(error.kind));
    m_ui->retryButton->setVisible(error.kind != ApiError::Kind::Configuration);
    m_ui->retryButton->setEnabled(true);
    m_ui->retryButton->setText(tr("&Retry"));
    if (error.kind == ApiError::Kind::RateLimited && error.retryAfterSeconds > 0) {
        // Retrying before the server's wait is over only earns another 429.
        m_ui->retryButton->setEnabled(false);
        m_ui->retryButton->setText(tr("Retry in %1 s").arg(error.retryAfterSeconds));
        QTimer::singleShot(error.retryAfterSeconds * 1000, m_ui->retryButton, [this] {
            m_ui->retryButton->setEnabled(true);
            m_ui->retryButton->setText(tr("&Retry"));
        });
    }
    m_ui->pages->setCurrentWidget(m_ui->errorPage);
    if (m_ui->retryButton->isVisible() && m_ui->retryButton->isEnabled())
        m_ui->retryButton->setDefault(true);
}

void TicketPage::showStaleBanner(const ApiError &error)
{
    m_ui->staleBanner->setType(MessageBanner::Type::Warning);
    m_ui->staleBanner->setProperty("savedCopy", false);
    m_ui->staleBanner->setText(
        tr("Out of date: refreshing failed (%1). Showing the ticket as loaded at %2.")
            .arg(error.title(),
                 QLocale().toString(m_session->fetchedAt().time(), QLocale::ShortFormat))
        + u'\n' + error.message());
    m_ui->staleBanner->clearActions();
    m_ui->staleBanner->addAction(m_retryAction);
    if (needsTokenHelp(error.kind))
        m_ui->staleBanner->addAction(m_tokenHelpAction);
    m_ui->staleBanner->show();
}

void TicketPage::jumpToFirstNew()
{
    const QString id = m_session->newSince()->firstNewCommentId();
    if (id.isEmpty() || !m_ui)
        return;
    const QList<Comment> &comments = m_session->comments()->comments();
    for (int row = 0; row < comments.size(); ++row) {
        if (comments.at(row).id == id) {
            m_ui->ticketView->commentView()->showSourceRowAtTop(row);
            m_ui->ticketView->commentView()->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void TicketPage::markAsRead()
{
    m_session->newSince()->markAsRead();
}

// What changed since the agent last looked: the status or severity by name, how many comments
// are new, with Jump to First New and Mark as Read.
void TicketPage::updateNewBanner()
{
    const NewSince *since = m_session->newSince();
    m_jumpAction->setEnabled(since->newCount() > 0);
    m_markReadAction->setEnabled(since->hasChanges());
    if (!m_ui)
        return;
    if (!since->hasChanges() || m_session->state() != TicketSession::State::Loaded) {
        m_ui->newBanner->hide();
        return;
    }
    QStringList parts;
    const QString changes = since->changeText();
    if (!changes.isEmpty())
        parts.append(changes);
    if (since->newCount() > 0)
        parts.append(tr("%n new comment(s) since you last looked", nullptr, since->newCount()));
    m_ui->newBanner->setText(parts.join(u" · "_s));
    m_ui->newBanner->clearActions();
    if (since->newCount() > 0)
        m_ui->newBanner->addAction(m_jumpAction);
    m_ui->newBanner->addAction(m_markReadAction);
    m_ui->newBanner->show();
}

QString TicketPage::savedTimeText() const
{
    return QLocale().toString(m_session->savedAt().time(), QLocale::ShortFormat);
}

QString TicketPage::offlineText() const
{
    if (!m_session->isOffline())
        return {};
    return tr("Offline — showing the copy saved at %1").arg(savedTimeText());
}

// The saved copy on screen says so, and when it was saved: while it is being refreshed, and
// when the server could not be reached (then with Retry; the session retries by itself too).
void TicketPage::updateSavedCopyBanner()
{
    if (!m_ui)
        return;
    const bool shown
        = m_session->isSavedCopy() && m_session->state() == TicketSession::State::Loaded;
    if (!shown) {
        if (m_ui->staleBanner->property("savedCopy").toBool()) {
            m_ui->staleBanner->setProperty("savedCopy", false);
            m_ui->staleBanner->hide();
        }
        return;
    }
    if (m_session->isStale() && !m_session->isOffline())
        return; // another failure (the token, the ticket gone): the stale banner says which
    const QString time = savedTimeText();
    m_ui->staleBanner->clearActions();
    if (m_session->isOffline()) {
        m_ui->staleBanner->setType(MessageBanner::Type::Warning);
        m_ui->staleBanner->setText(offlineText());
        if (!m_session->isBusy())
            m_ui->staleBanner->addAction(m_retryAction);
    } else {
        m_ui->staleBanner->setType(MessageBanner::Type::Information);
        m_ui->staleBanner->setText(m_session->isBusy()
                                       ? tr("Saved copy from %1 · refreshing…").arg(time)
                                       : tr("Saved copy from %1").arg(time));
    }
    m_ui->staleBanner->setProperty("savedCopy", true);
    m_ui->staleBanner->show();
}

} // namespace Ankra
