#include "gui/find/ticketfind.h"

#include "core/models/attachmenttablemodel.h"
#include "core/roles.h"
#include "gui/delegates/commentdelegate.h"
#include "gui/find/findhighlight.h"
#include "gui/models/attachmentproxymodel.h"
#include "gui/models/commentthreadmodel.h"
#include "gui/text/safemarkdown.h"
#include "gui/views/commentview.h"
#include "gui/views/markdownview.h"
#include "gui/widgets/textlabel.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QPalette>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>

namespace Ankra {

namespace {

// Rendering comment bodies for the index: at most this long at a time, so that a keystroke
// (search, highlights, paint: a few ms) stays well under 30 ms with a 5,000-comment thread.
constexpr int IndexSliceMs = 5;

} // namespace

TicketFind::TicketFind(const Views &views, QObject *parent)
    : QObject(parent)
    , m_views(views)
{
    // A new order (newest first, an attachment column sorted) is a new order of matches.
    if (QAbstractItemModel *thread = m_views.comments->model())
        connect(thread, &QAbstractItemModel::layoutChanged, this, &TicketFind::invalidate);
    if (QAbstractItemModel *files = m_views.attachments->model())
        connect(files, &QAbstractItemModel::layoutChanged, this, &TicketFind::invalidate);
}

void TicketFind::aboutToSetTicket()
{
    if (!m_holding)
        m_held = positionOf(m_current);
    m_holding = true;
}

void TicketFind::invalidate()
{
    m_indexValid = false;
    if (m_folded.isEmpty() || m_holding)
        return;
    const Position keep = positionOf(m_current);
    search(false);
    selectNearest(keep);
    apply();
}

void TicketFind::setTicket(const Ticket &ticket)
{
    m_ticket = ticket;
    const Position keep = m_holding ? m_held : positionOf(m_current);
    m_holding = false;
    m_indexValid = false;
    if (m_folded.isEmpty())
        return;
    search(false);
    selectNearest(keep);
    apply();
}

void TicketFind::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    const QString folded = FoldedText::fold(query);
    bool narrowing = !m_folded.isEmpty() && folded.startsWith(m_folded) && m_indexValid;
    if (m_indexValid && !m_pendingBodies.isEmpty()) {
        // Still indexing: this keystroke's share first (a small thread is done with it).
        if (indexSome(IndexSliceMs))
            continueIndexing();
        narrowing = false;
    }
    const Position keep = positionOf(m_current);
    m_query = query;
    m_folded = folded;
    search(narrowing);
    // Typing on keeps the match the user was looking at when it still matches, or the next one.
    selectNearest(keep);
    apply();
    reveal();
}

void TicketFind::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (active && !m_indexValid) {
        // Ctrl+F: the index starts now, between events, so that it is ready by the time a word
        // is typed; the bar itself shows at once.
        buildIndex(0);
        search(false);
    }
    apply();
    if (active)
        reveal();
}

TicketFind::Match TicketFind::currentMatch() const
{
    return m_current >= 0 ? m_matches.at(m_current) : Match{};
}

void TicketFind::next()
{
    if (m_matches.isEmpty())
        return;
    m_current = (m_current + 1) % int(m_matches.size());
    apply();
    reveal();
}

void TicketFind::previous()
{
    if (m_matches.isEmpty())
        return;
    m_current = (m_current - 1 + int(m_matches.size())) % int(m_matches.size());
    apply();
    reveal();
}

QString TicketFind::renderedComment(const QString &markdown)
{
    // The text of the card as the delegate renders it, so that positions found here are the
    // positions painted there. Kept by Markdown: a refresh renders only what is new.
    auto it = m_renderedBodies.constFind(markdown);
    if (it != m_renderedBodies.constEnd())
        return it.value();
    SafeTextDocument document;
    SafeMarkdown::render(&document, markdown, QGuiApplication::palette());
    return m_renderedBodies.insert(markdown, document.toPlainText()).value();
}

void TicketFind::buildIndex(int budgetMs)
{
    m_entries.clear();
    m_pendingBodies.clear();
    m_indexValid = true;
    if (m_ticket.id.isEmpty())
        return;
    m_entries.append({Part::Subject, -1, {}, FoldedText(m_views.subject->text()), {}});
    if (!m_views.aiSummary->isHidden() && !m_views.aiSummary->text().isEmpty())
        m_entries.append({Part::AiSummary, -1, {}, FoldedText(m_views.aiSummary->text()), {}});
    m_entries.append({Part::Description, -1, {}, FoldedText(m_views.description->plainText()), {}});

    const QAbstractItemModel *thread = m_views.comments->model();
    QHash<QString, QString> used;
    for (int row = 0; row < thread->rowCount(); ++row) {
        const QModelIndex index = thread->index(row, 0);
        const int source = index.data(CommentThreadModel::SourceRowRole).toInt();
        const QString key = source < m_ticket.comments.size() ? m_ticket.comments.at(source).id
                                                              : QString::number(source);
        m_entries.append({Part::CommentAuthor,
                          source,
                          key,
                          FoldedText(index.data(Roles::AuthorLabelRole).toString()),
                          {}});
        // What the row shows (a body of megabytes is shortened there, and searched as shown).
        const QString body = CommentDelegate::shownBody(index.data(Roles::BodyRole).toString());
        if (const auto it = m_renderedBodies.constFind(body); it != m_renderedBodies.constEnd()) {
            used.insert(body, it.value()); // seen before (a refresh): no rendering again
            m_entries.append({Part::CommentBody, source, key, FoldedText(it.value()), {}});
        } else {
            m_pendingBodies.append(int(m_entries.size()));
            m_entries.append({Part::CommentBody, source, key, {}, body});
        }
    }
    m_renderedBodies = used; // only what this ticket shows

    const auto *files = qobject_cast<const QSortFilterProxyModel *>(m_views.attachments->model());
    const QAbstractItemModel *model = m_views.attachments->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, AttachmentTableModel::Filename);
        const int source = files ? files->mapToSource(index).row() : row;
        const QString key = source < m_ticket.attachments.size()
                                ? m_ticket.attachments.at(source).id
                                : QString::number(source);
        m_entries.append({Part::Attachment,
                          source,
                          key,
                          FoldedText(index.data(Qt::DisplayRole).toString()),
                          {}});
    }
    // What fits in one keystroke's share now; the rest between events.
    if (indexSome(budgetMs))
        continueIndexing();
}

bool TicketFind::indexSome(int budgetMs)
{
    QElapsedTimer timer;
    timer.start();
    qsizetype done = 0;
    while (done < m_pendingBodies.size() && timer.elapsed() < budgetMs) {
        Entry &entry = m_entries[m_pendingBodies.at(done++)];
        const QString text = renderedComment(entry.markdown);
        entry.text = FoldedText(text);
        entry.markdown.clear();
    }
    m_pendingBodies.remove(0, done);
    return !m_pendingBodies.isEmpty();
}

void TicketFind::continueIndexing()
{
    if (m_indexScheduled)
        return;
    m_indexScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_indexScheduled = false;
        if (!m_indexValid || m_pendingBodies.isEmpty())
            return;
        const bool more = indexSome(IndexSliceMs);
        if (!m_folded.isEmpty()) {
            // The newly indexed comments join the results; the current match stays.
            const bool hadMatch = m_current >= 0;
            const Position keep = positionOf(m_current);
            search(false);
            selectNearest(keep);
            apply();
            if (!hadMatch)
                reveal();
        }
        if (more)
            continueIndexing();
    });
}

void TicketFind::search(bool narrowing)
{
    if (!m_indexValid) {
        buildIndex(IndexSliceMs);
        narrowing = false;
    }
    const QList<int> candidates = m_matchedEntries;
    m_matches.clear();
    m_matchEntry.clear();
    m_matchOrdinal.clear();
    m_matchedEntries.clear();
    m_current = -1;
    if (m_folded.isEmpty())
        return;
    QList<TextRange> ranges;
    auto searchEntry = [&](int e) {
        ranges.clear();
        const Entry &entry = m_entries.at(e);
        if (!entry.markdown.isEmpty() || entry.text.findInto(m_folded, ranges) == 0)
            return;
        m_matchedEntries.append(e);
        for (int i = 0; i < ranges.size(); ++i) {
            m_matches.append({entry.part, entry.row, ranges.at(i)});
            m_matchEntry.append(e);
            m_matchOrdinal.append(i);
        }
    };
    if (narrowing) {
        for (int e : candidates)
            searchEntry(e);
    } else {
        for (int e = 0; e < m_entries.size(); ++e)
            searchEntry(e);
    }
}

TicketFind::Position TicketFind::positionOf(int match) const
{
    if (match < 0 || match >= m_matches.size() || match >= m_matchEntry.size())
        return {};
    const int e = m_matchEntry.at(match);
    if (e >= m_entries.size())
        return {};
    return {m_entries.at(e).part, m_entries.at(e).key, m_matchOrdinal.at(match)};
}

void TicketFind::selectNearest(const Position &wanted)
{
    if (m_matches.isEmpty()) {
        m_current = -1;
        return;
    }
    m_current = 0;
    if (wanted.ordinal < 0)
        return;
    // The same text, the same match in it; else the first match in that text.
    int sameText = -1;
    for (int i = 0; i < m_matches.size(); ++i) {
        const Entry &entry = m_entries.at(m_matchEntry.at(i));
        if (entry.part != wanted.part || entry.key != wanted.key)
            continue;
        if (sameText < 0)
            sameText = i;
        if (m_matchOrdinal.at(i) == wanted.ordinal) {
            m_current = i;
            return;
        }
    }
    if (sameText >= 0)
        m_current = sameText;
}

void TicketFind::apply()
{
    FindHighlights subject, summary, description;
    QHash<int, CommentHighlights> comments;
    int currentAttachment = -1;
    QSet<int> attachmentRows;
    if (m_active) {
        for (int i = 0; i < m_matches.size(); ++i) {
            const Match &match = m_matches.at(i);
            const bool current = i == m_current;
            FindHighlights *target = nullptr;
            switch (match.part) {
            case Part::Subject:
                target = &subject;
                break;
            case Part::AiSummary:
                target = &summary;
                break;
            case Part::Description:
                target = &description;
                break;
            case Part::CommentAuthor:
                target = &comments[match.row].author;
                break;
            case Part::CommentBody:
                target = &comments[match.row].body;
                break;
            case Part::Attachment:
                attachmentRows.insert(match.row);
                if (current)
                    currentAttachment = match.row;
                break;
            }
            if (!target)
                continue;
            if (current)
                target->current = int(target->ranges.size());
            target->ranges.append(match.range);
        }
    }
    m_views.subject->setFindHighlights(subject);
    m_views.aiSummary->setFindHighlights(summary);
    m_views.description->setFindHighlights(description);
    m_views.comments->setFindHighlights(comments);
    if (auto *files = qobject_cast<AttachmentProxyModel *>(m_views.attachments->model()))
        files->setFindMatches(attachmentRows, currentAttachment);

    if (currentAttachment >= 0) {
        // A table row has no painted ranges: the current match's row is selected instead.
        const auto *files
            = qobject_cast<const QSortFilterProxyModel *>(m_views.attachments->model());
        QModelIndex index
            = files ? files->mapFromSource(
                  files->sourceModel()->index(currentAttachment, AttachmentTableModel::Filename))
                    : m_views.attachments->model()->index(currentAttachment,
                                                          AttachmentTableModel::Filename);
        m_views.attachments->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    emit resultChanged(m_current + 1, int(m_matches.size()));
}

void TicketFind::reveal()
{
    if (!m_active || m_current < 0)
        return;
    const Match &match = m_matches.at(m_current);
    switch (match.part) {
    case Part::Subject:
        break; // always in view, at most three lines
    case Part::AiSummary: {
        QWidget *contents = m_views.overview->widget();
        const QPoint at = m_views.aiSummary->mapTo(contents, QPoint(0, 0));
        m_views.overview->ensureVisible(at.x(), at.y() + m_views.aiSummary->height() / 2, 0,
                                        m_views.aiSummary->height() / 2 + 8);
        break;
    }
    case Part::Description: {
        const QRect rect = m_views.description->rangeRect(match.range);
        const QPoint at
            = m_views.description->viewport()->mapTo(m_views.overview->widget(), rect.center());
        m_views.overview->ensureVisible(at.x(), at.y(), 20, rect.height() + 20);
        break;
    }
    case Part::CommentAuthor:
    case Part::CommentBody:
        m_views.comments->scrollToSourceRow(match.row, match.range,
                                            match.part == Part::CommentAuthor);
        break;
    case Part::Attachment:
        if (QModelIndex index = m_views.attachments->currentIndex(); index.isValid())
            m_views.attachments->scrollTo(index);
        break;
    }
}

} // namespace Ankra
