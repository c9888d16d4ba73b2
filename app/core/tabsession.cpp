#include "core/tabsession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTabSession, "ankra.tabsession")

namespace Ankra {

namespace {

constexpr int SaveDelayMs = 1000;
constexpr qint64 MaxFileBytes = 256 * 1024; // far more than any number of tabs needs
constexpr int MaxTabs = 200;

} // namespace

TabSession::TabSession(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_fileName(fileName)
{
    if (m_fileName.isEmpty()) {
        m_fileName
            = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/tabs.json"_s;
    }
    m_timer.setSingleShot(true);
    m_timer.setInterval(SaveDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &TabSession::flush);
}

TabSession::~TabSession()
{
    flush();
}

TabSession::Tabs TabSession::load() const
{
    Tabs tabs;
    QFile file(m_fileName);
    if (!QFileInfo(file).isFile() || !file.open(QIODevice::ReadOnly))
        return tabs; // none saved yet
    const QByteArray data = file.read(MaxFileBytes + 1);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(data, &error);
    if (data.size() > MaxFileBytes || error.error != QJsonParseError::NoError || !json.isObject()) {
        qCWarning(lcTabSession, "Ignoring the saved tabs in %s: not a tab list (%s)",
                  qUtf8Printable(m_fileName), qUtf8Printable(error.errorString()));
        return tabs;
    }
    const QJsonObject object = json.object();
    const QJsonArray list = object.value("tickets"_L1).toArray();
    int skipped = 0;
    const int current = object.value("current"_L1).toInt(-1);
    const TicketId currentId = TicketId::fromUserInput(list.at(current).toString());
    for (qsizetype i = 0; i < list.size() && tabs.tickets.size() < MaxTabs; ++i) {
        const TicketId id = TicketId::fromUserInput(list.at(i).toString());
        if (!id.isValid() || tabs.tickets.contains(id)) {
            ++skipped;
            continue;
        }
        tabs.tickets.append(id);
    }
    tabs.current = int(tabs.tickets.indexOf(currentId));
    if (tabs.current < 0 && !tabs.tickets.isEmpty())
        tabs.current = int(tabs.tickets.size()) - 1;
    if (skipped > 0)
        qCWarning(lcTabSession, "Ignored %d saved tabs that hold no ticket ID", skipped);
    return tabs;
}

void TabSession::save(const Tabs &tabs)
{
    m_pending = tabs;
    m_dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void TabSession::flush()
{
    m_timer.stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    QJsonArray list;
    for (const TicketId &id : std::as_const(m_pending.tickets))
        list.append(id.toString());
    const QJsonObject object{{"tickets"_L1, list}, {"current"_L1, m_pending.current}};
    QDir().mkpath(QFileInfo(m_fileName).absolutePath());
    QSaveFile file(m_fileName);
    const QByteArray data = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        qCWarning(lcTabSession, "Could not save the open tabs to %s: %s",
                  qUtf8Printable(m_fileName), qUtf8Printable(file.errorString()));
    }
}

void TabSession::clear()
{
    m_timer.stop();
    m_dirty = false;
    QFile::remove(m_fileName);
}

} // namespace Ankra
