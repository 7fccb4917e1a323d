#pragma once

#include "domain/scan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <functional>
#include <optional>

namespace core {

class ScanSource;

/// One row per scan, newest first. Follows the repository and announces only
/// what changed: dataChanged on the changed row and columns, one inserted row
/// per new scan, never a reset on a poll (only when the history is loaded).
class ScanListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SiteColumn,
        TypeColumn,
        StatusColumn,
        ProgressColumn,
        GradeColumn,
        StartedColumn,
        TimeColumn,
        ColumnCount
    };
    enum Role {
        ScanIdRole = Qt::UserRole + 1,
        StateRole, // ScanState as int
        ProgressRole, // 0-100
        GradeRole, // raw grade, "" until done
        SortRole, // the column's raw value, for sorting
        StatusGroupRole, // StatusGroup as int
        ScoreChangeRole, // score minus the previous scan's of the site; invalid if none
        RegressionRole, // the grade fell since the previous scan, and not all that fails
                        // anew is suppressed (see setNewFailures)
        TypeRole, // raw scan type
    };
    /// The groups of the filter bar.
    enum class StatusGroup { Active, Completed, Failed, Other };

    explicit ScanListModel(ScanSource &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QModelIndex indexForId(const QString &id, int column = 0) const;
    QString idAt(int row) const;
    /// How often the "next update" countdown moves (tests shorten it).
    void setTickInterval(int milliseconds) { m_ticker.setInterval(milliseconds); }
    bool isTicking() const { return m_ticker.isActive(); }

    static StatusGroup statusGroup(const Scan &scan);
    /// "queued", "scanning", "stalled", ... as the Status column shows it.
    static QString statusText(const Scan &scan, const WatchInfo &watching = {});
    /// "next in 12 s", "took 1m 15s", ... as the Time column shows it.
    static QString timeText(const Scan &scan, const WatchInfo &watching, const QDateTime &now,
                            bool longForm = false);
    /// "about 3 min left", from the scheduler's estimate; empty when there is none.
    /// `compact`: the list's short form ("under 1 min left"), for its column.
    static QString remainingText(const Scan &scan, const WatchInfo &watching, const QDateTime &now,
                                 bool compact = false);
    /// "1m 05s" and the like.
    static QString durationText(qint64 seconds);
    /// "Security", "Performance", "Accessibility", "SEO": a scan type's name
    /// wherever one is shown; an unknown type as the server sent it, made inert.
    static QString scanTypeName(const QString &type);

    /// The scan's failures that count after the triage ("2 failed, 1
    /// warning, 1 suppressed"), empty without a report: in the row's tooltip.
    using FailuresText = std::function<QString(const QString &scanId)>;
    void setFailuresText(FailuresText failures) { m_failuresText = std::move(failures); }
    /// Whether the newer scan fails a check that the older did not and that
    /// the triage does not suppress (judge()); nullopt when a report is
    /// missing. A fallen grade is a regression only when it does (or when it
    /// cannot be told).
    using NewFailures
        = std::function<std::optional<bool>(const QString &olderId, const QString &newerId)>;
    void setNewFailures(NewFailures newFailures) { m_newFailures = std::move(newFailures); }

private:
    /// The row of a scan, from the model's own table; -1 if it has none.
    int rowOf(const QString &id) const;
    const Scan &scanAt(int row) const;
    const WatchInfo &watchingAt(int row) const;
    void onScanAdded(const QString &id);
    void onAboutToRemove(const QString &id);
    void onRemoved(const QString &id);
    void onScanChanged(const QString &id, ScanFields fields);
    void rebuild();
    void onSiteHistoryChanged(const QString &key);
    void tick();
    void startTicking();

    ScanSource &m_repository;
    FailuresText m_failuresText;
    NewFailures m_newFailures;
    // The model's own id → row table, kept in step with its begin/end
    // announcements: ids oldest first (the newest is row 0), and each id's
    // place in that list. Signals name scans by id; rows are only this
    // model's business.
    QList<QString> m_ids;
    QHash<QString, int> m_positions;
    QString m_removing; // between aboutToRemove() and removed()
    QTimer m_ticker; // the Time column counts down each second while scans are live
};

} // namespace core
