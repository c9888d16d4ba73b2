#pragma once

#include "core/ticket.h"

#include <QAbstractTableModel>

// The ticket's attachments: filename, type, human-readable size, date.
// RawValueRole gives sortable values (size in bytes as qint64, QDateTime UTC, QString);
// ContentTypeRole the content type on every column.

namespace Ankra {

class AttachmentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentTableModel)

public:
    enum Column { Filename, Type, Size, Created, ColumnCount };
    Q_ENUM(Column)

    explicit AttachmentTableModel(QObject *parent = nullptr);

    void setAttachments(const QList<Attachment> &attachments);
    const QList<Attachment> &attachments() const { return m_attachments; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "1.4 MB", "1.5 kB", "512 bytes", "1 byte", "0 bytes": SI units (1 kB = 1000 bytes) with
    // one decimal, as file managers and browsers show them; QLocale::formattedDataSize from 1 kB.
    static QString humanSize(qint64 bytes);

private:
    QList<Attachment> m_attachments;
};

} // namespace Ankra
