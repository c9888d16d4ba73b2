#pragma once

#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

// The attachment table as the window shows it: sortable by the raw values (bytes, time), a
// type icon and a short type name from the content type, dates as TimeFormat writes them.

namespace Ankra {

class AttachmentProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentProxyModel)

public:
    explicit AttachmentProxyModel(QObject *parent = nullptr);

    void setAlwaysAbsolute(bool absolute);
    // Find: the source rows whose name matches, and the current match's (or -1). Their names
    // are painted on the find colours (BackgroundRole / ForegroundRole), as matches elsewhere.
    void setFindMatches(const QSet<int> &sourceRows, int currentSourceRow);

    // A download's state in its row ("42% (600 kB)", "Saved", "Failed"), after the size; its
    // tooltip is `toolTip`. An empty text clears it. By source row; cleared on a reset.
    void setRowStatus(int sourceRow, const QString &text, const QString &toolTip = QString());
    // Every row's status gone at once (one change signal, none when there was no status).
    void clearRowStatuses();
    QString rowStatus(int sourceRow) const { return m_status.value(sourceRow).first; }

    // A short readable type for a content type ("PNG image", "YAML"); the raw type is the
    // tooltip.
    static QString typeLabel(const QString &contentType);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_alwaysAbsolute = false;
    QHash<int, QPair<QString, QString>> m_status; // source row -> text, tooltip
    QSet<int> m_findRows;
    int m_findCurrent = -1;
};

} // namespace Ankra
