#pragma once

#include "domain/scan.h"

#include <QAbstractTableModel>

namespace core {

class ScanSource;

/// The event log of the selected scan: append-only, each new event announced
/// with beginInsertRows at its exact row. Switching scans is the only reset.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, MessageColumn, ColumnCount };

    explicit EventLogModel(ScanSource &repository, QObject *parent = nullptr);

    void setScanId(const QString &id);
    QString scanId() const { return m_scanId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void onEventsAppended(const QString &id, int first, int count);

    ScanSource &m_repository;
    QString m_scanId;
    int m_rows = 0;
};

} // namespace core
