#pragma once

#include "model/scan.h"

#include <QHash>
#include <QObject>

namespace core {

class ScanStore;

/// The single owner of scan state. Merges every status answer into the stored
/// scan (new events appended once, never duplicated, state never going back),
/// persists it, and says exactly what changed.
class ScanRepository : public QObject
{
    Q_OBJECT

public:
    explicit ScanRepository(ScanStore *store = nullptr, QObject *parent = nullptr);

    /// Loads what the store kept from an earlier run.
    void loadFromStore();

    int count() const { return m_scans.size(); }
    /// Scans in the order they were added, oldest first.
    const Scan &at(int index) const { return m_scans.at(index); }
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    const Scan *find(const QString &id) const;
    /// Scans still to be watched: live, stalled, or paused for a key.
    QStringList activeIds() const;

    /// Adds a scan the server just created; returns false if it is known already.
    bool add(const ScanStatus &created);
    /// Adds a scan listed by GET /v1/scans (started elsewhere, or lost here);
    /// it is asked about once at least. Returns false if it is known already.
    bool adopt(const ScanSummary &summary);
    /// Merges one status answer; returns what changed.
    ScanFields merge(const ScanStatus &status);

    void setProblem(const QString &id, const QString &problem);
    void setNextPollAt(const QString &id, const QDateTime &when);
    void setWatch(const QString &id, WatchState watch);
    void setReportSummary(const QString &id, const ReportSummary &summary);
    void remove(const QString &id);

signals:
    void scanAdded(int index);
    void scanChanged(int index, core::ScanFields fields);
    /// `count` events were appended to the scan, starting at event `first`.
    void eventsAppended(const QString &id, int first, int count);
    void aboutToRemove(int index);
    void removed(int index);

private:
    void insert(const Scan &scan, bool persist);
    Scan *mutableFind(const QString &id);
    void changed(const QString &id, ScanFields fields, bool persist);

    QList<Scan> m_scans;
    QHash<QString, int> m_index;
    ScanStore *m_store;
};

} // namespace core
