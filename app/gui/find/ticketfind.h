#pragma once

#include "core/text/foldedtext.h"
#include "core/ticket.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QScrollArea;
class QTableView;

// Find in one ticket page: keeps an index of what the page shows (subject, AI summary,
// description, each comment's author and body as rendered, attachment names), folded once
// (FoldedText), and answers each keystroke with a substring search over it. It tells each view
// which ranges to paint and brings the current match into view. A longer query only searches
// the texts the shorter one matched (as Quassel does); a refresh keeps the current match when
// the same text still has it.

namespace Ankra {

class CommentView;
class MarkdownView;
class TextLabel;

class TicketFind final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketFind)

public:
    enum class Part { Subject, AiSummary, Description, CommentAuthor, CommentBody, Attachment };
    Q_ENUM(Part)

    struct Views
    {
        TextLabel *subject = nullptr;
        TextLabel *aiSummary = nullptr;
        MarkdownView *description = nullptr;
        CommentView *comments = nullptr;
        QTableView *attachments = nullptr;
        QScrollArea *overview = nullptr; // scrolls the AI summary and the description
    };

    struct Match
    {
        Part part = Part::Subject;
        int row = -1; // source row of the comment or attachment
        TextRange range;
    };

    explicit TicketFind(const Views &views, QObject *parent = nullptr);

    // The ticket on the page changed (new ticket or refresh): the index is built again on the
    // next search, and the current match is kept if its text still has it.
    void setTicket(const Ticket &ticket);
    // Called before the page's models change for setTicket(): the current match is remembered
    // as it is now, and the model signals in between do not search.
    void aboutToSetTicket();

    void setQuery(const QString &query);
    QString query() const { return m_query; }
    // Highlights on (bar open) or off (bar closed); the query is kept either way.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    int count() const { return int(m_matches.size()); }
    // Whether every comment is indexed (else count() is what has been searched so far).
    bool isComplete() const { return m_indexValid && m_pendingBodies.isEmpty(); }
    int currentIndex() const { return m_current; } // -1 without matches
    Match currentMatch() const;
    const QList<Match> &matches() const { return m_matches; }

    void next();
    void previous();

signals:
    void resultChanged(int current, int total); // current is 1-based, 0 without matches

private:
    struct Entry
    {
        Part part;
        int row = -1;
        QString key; // comment or attachment id: what a refresh keeps
        FoldedText text;
        QString markdown; // a comment body not rendered yet: searched once it is
    };
    struct Position
    {
        Part part = Part::Subject;
        QString key;
        int ordinal = -1; // which match within its text
    };

    // Indexes the page; comment bodies for about `budgetMs`, the rest in later slices.
    void buildIndex(int budgetMs);
    // Renders pending comment bodies for about `budgetMs`; true when some remain.
    bool indexSome(int budgetMs);
    void continueIndexing();
    void search(bool narrowing);
    void selectNearest(const Position &wanted);
    Position positionOf(int match) const;
    void apply();
    void reveal();
    QString renderedComment(const QString &markdown);
    void invalidate();

    Views m_views;
    Ticket m_ticket;
    QString m_query;
    QString m_folded;
    bool m_active = false;
    bool m_indexValid = false;
    QList<Entry> m_entries;
    QList<int> m_pendingBodies; // entries whose body is not rendered yet, in order
    bool m_indexScheduled = false;
    bool m_holding = false;
    Position m_held;
    QList<int> m_matchedEntries; // entries with at least one match, for a narrowing query
    QList<Match> m_matches;
    QList<int> m_matchEntry;   // the entry of each match
    QList<int> m_matchOrdinal; // its place within that entry's matches
    int m_current = -1;
    QHash<QString, QString> m_renderedBodies; // Markdown -> the text a comment card shows
};

} // namespace Ankra
