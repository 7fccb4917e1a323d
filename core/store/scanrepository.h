#pragma once

#include "domain/scan.h"
#include "reportcache.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace core {

class ScanStore;

/// The single owner of scan state. Merges every status answer into the stored
/// scan (new events appended once, never duplicated, state never going back),
/// persists it, and says exactly what changed. A long history stays cheap:
/// start-up reads scan rows only, and a scan's events are read when it is
/// shown; only active or shown scans keep events in memory.
class ScanRepository : public QObject
{
    Q_OBJECT

public:
    explicit ScanRepository(ScanStore *store = nullptr, QObject *parent = nullptr);

    /// Loads what the store kept from an earlier run (rows only), announced
    /// once as aboutToLoad()/loaded() rather than scan by scan.
    void loadFromStore();

    int count() const { return m_scans.size(); }
    /// Scans in the order they were added, oldest first.
    const Scan &at(int index) const { return m_scans.at(index); }
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    const Scan *find(const QString &id) const;
    /// Scans still to be watched: live, stalled, or paused for a key.
    const QSet<QString> &activeIds() const { return m_active; }

    /// Adds a scan the server just created; returns false if it is known already.
    bool add(const ScanStatus &created);
    /// Adds a scan listed by GET /v1/scans (started elsewhere, or lost here).
    /// An unfinished one is watched; a finished one keeps the list's grade and
    /// score and is asked about once when shown. Returns false if known already.
    bool adopt(const ScanSummary &summary);
    /// Merges one status answer; returns what changed.
    ScanFields merge(const ScanStatus &status);

    void setProblem(const QString &id, const QString &problem);
    void setNextPollAt(const QString &id, const QDateTime &when, WaitReason reason);
    void setExpectedEnd(const QString &id, const QDateTime &when);
    void setQueuePlace(const QString &id, int place);
    void setWatch(const QString &id, WatchState watch);
    /// Keeps the full report (the body as received) and its summary.
    void setReport(const QString &id, const Report &report);
    /// Removes a scan and returns it whole (events included), so that it can
    /// be put back with restore().
    std::optional<Scan> take(const QString &id);
    void remove(const QString &id) { take(id); }
    /// Puts back a scan taken with take().
    void restore(const Scan &scan);

    /// Reads a scan's events and report summary from the history if they are
    /// not in memory yet.
    void ensureDetails(const QString &id);
    /// The scan being looked at keeps its details; the one looked at before
    /// gives them up unless it is still being watched.
    void setShown(const QString &id);
    /// The stored report body of a scan, if it was fetched.
    std::optional<QByteArray> reportBody(const QString &id) const;
    /// The stored report of a scan, parsed, if it was fetched. Read and
    /// parsed once, then kept (for the last 32 scans asked about) until it changes.
    std::optional<Report> report(const QString &id) const;
    /// How often a report was read from the history (see report()).
    int reportReads() const { return m_reportCache.loads(); }

    /// Earlier and later scans of the same site and type, oldest first.
    QList<const Scan *> siteHistory(const QString &id) const;
    QList<const Scan *> siteHistory(const QString &url, const QString &type) const;
    /// The ids of the scans with this siteKey(), oldest first.
    QList<QString> siteScanIds(const QString &key) const { return m_sites.value(key); }
    /// The scan of the same site and type just before this one that has a result.
    const Scan *previousWithResult(const QString &id) const;

    std::optional<SiteWatch> siteWatch(const QString &url, const QString &type) const;
    QList<SiteWatch> siteWatches() const { return m_watches.values(); }
    void setSiteWatch(const SiteWatch &watch);
    void removeSiteWatch(const QString &url, const QString &type);

signals:
    void aboutToLoad();
    void loaded();
    void scanAdded(int index);
    void scanChanged(int index, core::ScanFields fields);
    /// `count` events were appended to the scan, starting at event `first`.
    void eventsAppended(const QString &id, int first, int count);
    void aboutToRemove(int index);
    void removed(int index);
    /// The rows of other scans of this site and type may show new ▲/▼.
    void siteHistoryChanged(const QString &siteKey);
    void siteWatchesChanged();

private:
    void insert(const Scan &scan, bool persist);
    Scan *mutableFind(const QString &id);
    void changed(const QString &id, ScanFields fields, bool persist);
    void persist(const Scan &scan);
    void persistEvents(const Scan &scan, int first, const QList<ScanEvent> &events);
    void updateActive(const Scan &scan);
    void addToSite(const Scan &scan);
    void resaveUnsaved();

    QList<Scan> m_scans;
    QHash<QString, int> m_index;
    QSet<QString> m_active;
    QHash<QString, QList<QString>> m_sites; // siteKey → ids, oldest first
    QHash<QString, SiteWatch> m_watches; // siteKey → watch
    QSet<QString> m_unsaved; // scans whose last write failed
    QHash<QString, QByteArray> m_reports; // report bodies, when there is no store
    QString m_shown;
    ScanStore *m_store;
    mutable ReportCache m_reportCache;
};

} // namespace core
