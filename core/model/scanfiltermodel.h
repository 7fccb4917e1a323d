#pragma once

#include "scanlistmodel.h"

#include <QSortFilterProxyModel>
#include <QTimer>

#include <array>

namespace core {

/// The filter bar's view of the scan list: text search on site and id, a
/// status group, a scan type, and sorting on raw values (SortRole), never on
/// display strings. Counts per status group follow the list.
class ScanFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Status { All, Active, Completed, Failed };

    explicit ScanFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    void setStatus(Status status);
    Status status() const { return m_status; }
    /// An empty type shows every type.
    void setScanType(const QString &type);
    QString scanType() const { return m_type; }

    /// How many scans of the whole list fall in `status` (ignoring the filters).
    int count(Status status) const;

signals:
    void countsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void recount();
    static bool inGroup(Status status, int group);

    QString m_text;
    Status m_status = Status::All;
    QString m_type;
    std::array<int, 4> m_counts {};
    QTimer m_recount; // coalesces a burst of changes into one count
};

} // namespace core
