#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace Ankra {

// The user's view preferences, typed, in one place: read from QSettings once, written there on
// every change, and announced with a signal so that every window, page and dialog that shows one
// follows it. Nothing secret lives here (QSettings is a plain-text file).
class Preferences final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Preferences)

public:
    explicit Preferences(QObject *parent = nullptr);

    // Times as dates and clock times instead of "3 hours ago".
    bool alwaysAbsoluteTimes() const { return m_alwaysAbsoluteTimes; }
    void setAlwaysAbsoluteTimes(bool on);
    // The comment thread newest first.
    bool newestCommentsFirst() const { return m_newestCommentsFirst; }
    void setNewestCommentsFirst(bool on);
    // The open tabs come back at the next start.
    bool restoreTabs() const { return m_restoreTabs; }
    void setRestoreTabs(bool on);

    // How often the current tab's ticket is fetched again, in seconds; 0: never by itself.
    // One of refreshIntervalChoices(); anything else read from the settings file is the default.
    int refreshIntervalSeconds() const { return m_refreshIntervalSeconds; }
    void setRefreshIntervalSeconds(int seconds);
    static constexpr int DefaultRefreshIntervalSeconds = 60;
    static QList<int> refreshIntervalChoices(); // 0 (off), 30, 60, 300, 900
    // The language of the next start: "" follows the system, else "en", "de", "sv" (the
    // choices of Translations). A start reads it before any window exists (main.cpp).
    QString language() const { return m_language; }
    void setLanguage(const QString &code);
    // "Keep copies of tickets on this computer" (the local store), and for how long: at most
    // so many tickets and so many days, whichever is less.
    bool keepCopies() const { return m_keepCopies; }
    void setKeepCopies(bool on);
    int copiesMaxTickets() const { return m_copiesMaxTickets; }
    void setCopiesMaxTickets(int count);
    int copiesMaxDays() const { return m_copiesMaxDays; }
    void setCopiesMaxDays(int days);
    static constexpr int DefaultCopiesMaxTickets = 500;
    static constexpr int DefaultCopiesMaxDays = 30;
    // "Show desktop notifications for watched tickets" (a new comment, another status).
    bool showNotifications() const { return m_showNotifications; }
    void setShowNotifications(bool on);

    static QString alwaysAbsoluteTimesKey();
    static QString newestCommentsFirstKey();
    static QString restoreTabsKey();
    static QString refreshIntervalKey();
    static QString keepCopiesKey();
    static QString copiesMaxTicketsKey();
    static QString copiesMaxDaysKey();
    static QString showNotificationsKey();

signals:
    void alwaysAbsoluteTimesChanged(bool on);
    void newestCommentsFirstChanged(bool on);
    void restoreTabsChanged(bool on);
    void refreshIntervalSecondsChanged(int seconds);
    void languageChanged(const QString &code);
    void keepCopiesChanged(bool on);
    // Either limit of the copies changed.
    void copiesRetentionChanged();
    void showNotificationsChanged(bool on);

private:
    bool m_alwaysAbsoluteTimes = false;
    bool m_newestCommentsFirst = false;
    bool m_restoreTabs = true;
    int m_refreshIntervalSeconds = DefaultRefreshIntervalSeconds;
    QString m_language;
    bool m_keepCopies = true;
    int m_copiesMaxTickets = DefaultCopiesMaxTickets;
    int m_copiesMaxDays = DefaultCopiesMaxDays;
    bool m_showNotifications = true;
};

} // namespace Ankra
