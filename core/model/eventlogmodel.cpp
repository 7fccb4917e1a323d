#include "eventlogmodel.h"

#include "domain/scansource.h"
#include "text/displaytext.h"

namespace core {

EventLogModel::EventLogModel(ScanSource &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(&m_repository, &ScanSource::eventsAppended, this, &EventLogModel::onEventsAppended);
    connect(&m_repository, &ScanSource::aboutToRemove, this, [this](const QString &id) {
        if (id == m_scanId)
            setScanId(QString());
    });
}

void EventLogModel::setScanId(const QString &id)
{
    if (id == m_scanId)
        return;
    beginResetModel();
    m_scanId = id;
    m_repository.ensureDetails(id);
    const Scan *scan = m_repository.find(id);
    m_rows = scan ? scan->events.size() : 0;
    endResetModel();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Scan *scan = m_repository.find(m_scanId);
    if (!scan || index.row() >= scan->events.size())
        return {};
    const ScanEvent &event = scan->events.at(index.row());
    if (role == Qt::DisplayRole)
        return index.column() == TimeColumn ? displayText(event.time, 20)
                                            : displayText(event.message);
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return tooltipText(event.message);
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TimeColumn ? tr("Time") : tr("Event");
}

void EventLogModel::onEventsAppended(const QString &id, int first, int count)
{
    if (id != m_scanId || count <= 0 || first != m_rows)
        return;
    beginInsertRows({}, first, first + count - 1);
    m_rows += count;
    endInsertRows();
}

} // namespace core
