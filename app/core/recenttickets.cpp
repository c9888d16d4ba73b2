#include "core/recenttickets.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Ankra {

namespace {

// One subject is shown in a menu: a subject of megabytes is not kept whole.
constexpr qsizetype MaxSubjectChars = 200;

} // namespace

RecentTickets::RecentTickets(QObject *parent)
    : QObject(parent)
{
    QSettings settings;
    const int count = settings.beginReadArray(settingsKey());
    for (int i = 0; i < count && m_entries.size() < Capacity; ++i) {
        settings.setArrayIndex(i);
        // Whatever the file holds, only ticket IDs come back.
        const TicketId id = TicketId::fromUserInput(settings.value(u"id"_s).toString());
        if (!id.isValid() || !subject(id).isNull()) // not an ID, or twice
            continue;
        m_entries.append({id, settings.value(u"subject"_s).toString().left(MaxSubjectChars)});
    }
    settings.endArray();

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(1000);
    connect(&m_saveTimer, &QTimer::timeout, this, &RecentTickets::save);
}

RecentTickets::~RecentTickets()
{
    if (m_saveTimer.isActive())
        save();
}

QString RecentTickets::settingsKey()
{
    return u"recentTickets"_s;
}

void RecentTickets::add(const TicketId &id, const QString &subject)
{
    if (!id.isValid())
        return;
    QString keep = subject.left(MaxSubjectChars);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id) {
            if (keep.isEmpty())
                keep = m_entries.at(i).subject;
            m_entries.removeAt(i);
            break;
        }
    }
    m_entries.prepend({id, keep});
    while (m_entries.size() > Capacity)
        m_entries.removeLast();
    m_saveTimer.start();
    emit changed();
}

QString RecentTickets::subject(const TicketId &id) const
{
    for (const Entry &entry : m_entries) {
        if (entry.id == id)
            return entry.subject.isNull() ? u""_s : entry.subject;
    }
    return QString();
}

void RecentTickets::clear()
{
    if (m_entries.isEmpty())
        return;
    m_entries.clear();
    m_saveTimer.start();
    emit changed();
}

void RecentTickets::save() const
{
    QSettings settings;
    settings.remove(settingsKey());
    settings.beginWriteArray(settingsKey(), int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"id"_s, m_entries.at(i).id.toString());
        settings.setValue(u"subject"_s, m_entries.at(i).subject);
    }
    settings.endArray();
}

} // namespace Ankra
