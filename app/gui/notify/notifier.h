#pragma once

#include <QObject>
#include <QString>

namespace Ankra {

// A desktop notification about a ticket, and the ticket opened when the user clicks it.
// Linux: org.freedesktop.Notifications over D-Bus (DBusNotifier); elsewhere, or without a
// session bus, the tray icon's message (TrayNotifier).
class Notifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    static constexpr int MaxSummaryLength = 100;
    static constexpr int MaxBodyLength = 200;

    using QObject::QObject;
    ~Notifier() override = default;

    // The platform's notifier (a child of `parent`).
    static Notifier *create(QObject *parent);

    // `summary` and `body` are plain text (server text included); the notifier shortens them
    // and escapes what its server would read as markup.
    virtual void notify(const QString &ticketId, const QString &summary, const QString &body) = 0;

    // One line of plain text: whitespace runs (newlines too) made one space, at most `max`
    // characters with an ellipsis, never a surrogate pair cut in half.
    static QString shortened(const QString &text, int max);
    // &, < and > as entities (the body-markup subset of HTML).
    static QString escapedMarkup(const QString &text);

signals:
    // The user clicked the notification of this ticket.
    void activated(const QString &ticketId);
};

} // namespace Ankra
