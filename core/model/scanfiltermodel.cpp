#include "scanfiltermodel.h"

namespace core {

ScanFilterModel::ScanFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ScanListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    m_recount.setSingleShot(true);
    m_recount.setInterval(0);
    connect(&m_recount, &QTimer::timeout, this, &ScanFilterModel::recount);
}

void ScanFilterModel::setSourceModel(QAbstractItemModel *source)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, &m_recount, nullptr);
    QSortFilterProxyModel::setSourceModel(source);
    if (!source)
        return;
    auto later = [this] { m_recount.start(); };
    connect(source, &QAbstractItemModel::rowsInserted, &m_recount, later);
    connect(source, &QAbstractItemModel::rowsRemoved, &m_recount, later);
    connect(source, &QAbstractItemModel::modelReset, &m_recount, later);
    connect(source, &QAbstractItemModel::dataChanged, &m_recount,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() <= ScanListModel::StatusColumn
                    && bottomRight.column() >= ScanListModel::StatusColumn)
                    m_recount.start();
            });
    recount();
}

void ScanFilterModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void ScanFilterModel::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void ScanFilterModel::setScanType(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateRowsFilter();
}

int ScanFilterModel::count(Status status) const
{
    return m_counts.at(static_cast<size_t>(status));
}

bool ScanFilterModel::inGroup(Status status, int group)
{
    using Group = ScanListModel::StatusGroup;
    switch (status) {
    case Status::All:
        return true;
    case Status::Active:
        return group == static_cast<int>(Group::Active);
    case Status::Completed:
        return group == static_cast<int>(Group::Completed);
    case Status::Failed:
        return group == static_cast<int>(Group::Failed);
    }
    return false;
}

bool ScanFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex row = source->index(sourceRow, ScanListModel::SiteColumn, sourceParent);
    if (!inGroup(m_status, row.data(ScanListModel::StatusGroupRole).toInt()))
        return false;
    if (!m_type.isEmpty() && row.data(ScanListModel::TypeRole).toString() != m_type)
        return false;
    if (m_text.trimmed().isEmpty())
        return true;
    const QString needle = m_text.trimmed();
    return row.data(ScanListModel::SortRole).toString().contains(needle, Qt::CaseInsensitive)
        || row.data(ScanListModel::ScanIdRole).toString().contains(needle, Qt::CaseInsensitive);
}

void ScanFilterModel::recount()
{
    std::array<int, 4> counts {};
    const QAbstractItemModel *source = sourceModel();
    const int rows = source ? source->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const int group = source->index(row, 0).data(ScanListModel::StatusGroupRole).toInt();
        for (Status status : { Status::All, Status::Active, Status::Completed, Status::Failed })
            counts[static_cast<size_t>(status)] += inGroup(status, group);
    }
    if (counts != m_counts) {
        m_counts = counts;
        emit countsChanged();
    }
}

} // namespace core
