#pragma once

#include "domain/history.h"
#include "domain/scansource.h"
#include "policy/triage.h"
#include "store/reportcache.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <optional>

namespace core {

class ScanStore;

/// The single owner of scan state. Merges every status answer into the stored
/// scan (new events appended once, never duplicated, state never going back),
/// persists it, and says exactly what changed. A long history stays cheap:
/// start-up reads scan rows only, and a scan's events are read when it is
/// shown; only active or shown scans keep events in memory.
class ScanRepository : public ScanSource
{
    Q_OBJECT

public:
    explicit ScanRepository(ScanStore *store = nullptr, QObject *parent = nullptr);
    /// Writes what is still waiting (a long log's later slices, failed writes).
    ~ScanRepository() override;
    /// The history file this repository keeps, empty when it keeps none.
    QString historyFile() const;

    /// A removed scan, whole: what undo needs to put it back as it was.
    struct Removed
    {
        Scan scan; // with its events
        std::optional<QByteArray> report; // the report body, if it was fetched
    };
    /// What is not in the history file yet because writes failed.
    using Unsaved = UnsavedHistory;
    /// Groups the writes made while it lives into one transaction.
    class Batch
    {
    public:
        explicit Batch(ScanRepository &repository);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

    private:
        ScanRepository &m_repository;
    };

    /// Loads what the store kept from an earlier run (rows only), announced
    /// once as aboutToLoad()/loaded() rather than scan by scan.
    void loadFromStore();

    int count() const override { return m_scans.size(); }
    /// Scans in the order they were added, oldest first.
    const Scan &at(int index) const override { return m_scans.at(index); }
    int indexOf(const QString &id) const override { return m_index.value(id, -1); }
    const Scan *find(const QString &id) const override;
    const WatchInfo *watchInfo(const QString &id) const override;
    /// Scans still to be watched: live, stalled, or paused for a key.
    const QSet<QString> &activeIds() const override { return m_active; }

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
    /// `stillSince`: where no end can be guessed, since when its progress has stood still.
    void setExpectedEnd(const QString &id, const QDateTime &when,
                        const QDateTime &stillSince = QDateTime());
    void setQueuePlace(const QString &id, int place);
    void setWatch(const QString &id, WatchState watch);
    /// How long the scan's last phase took (Scan::lastPhaseMs), kept in the history.
    void setLastPhase(const QString &id, qint64 ms, qint64 atPaceMs);
    /// Keeps the full report (the body as received) and its summary.
    void setReport(const QString &id, const Report &report);
    /// The scan whole (row, events, report), as take() would return it. Its
    /// WatchInfo is not part of it: a restored scan is planned afresh.
    std::optional<Removed> snapshot(const QString &id);
    /// Removes a scan from the list and returns it whole, so that it can be
    /// put back with restore(). Nothing is deleted from the history file
    /// until the run ends: the scan is only set aside there. It is announced
    /// (aboutToRemove(), removed()) once memory and the file agree.
    std::optional<Removed> take(const QString &id);
    void remove(const QString &id) { take(id); }
    /// Puts back a scan taken with take(): written back whole to the history
    /// first, then announced with scanAdded().
    void restore(const Removed &removed);

    /// What is not written yet: what failed, and a long log's later slices.
    Unsaved unsaved() const;
    /// Writes what failed to be written and a long log's waiting slices,
    /// now, whole; true when nothing is left.
    /// Also tried by itself after a failed write, on a timer that backs off
    /// from `firstMs` to `capMs` (setRetryDelays) until a try works.
    bool saveUnsaved();
    void setRetryDelays(int firstMs, int capMs);
    bool isRetryPending() const { return m_retryTimer.isActive(); }
    /// How long the pending retry waits (it doubles after each failed try).
    int retryDelayMs() const { return m_retryTimer.interval(); }

    /// Reads a scan's events and report summary from the history if they are
    /// not in memory yet.
    void ensureDetails(const QString &id) override;
    /// The scan being looked at keeps its details; the one looked at before
    /// gives them up unless it is still being watched.
    void setShown(const QString &id);
    QString shownId() const { return m_shown; }
    /// The stored report body of a scan, if it was fetched.
    std::optional<QByteArray> reportBody(const QString &id) const;
    /// The stored report of a scan, parsed, if it was fetched. Read and
    /// parsed once, then kept (for the last 32 scans asked about) until it changes.
    std::optional<Report> report(const QString &id) const;
    /// How often a report was read from the history (see report()).
    int reportReads() const { return m_reportCache.loads(); }

    /// Earlier and later scans of the same site and type, oldest first.
    QList<const Scan *> siteHistory(const QString &id) const override;
    QList<const Scan *> siteHistory(const QString &url, const QString &type) const;
    /// The ids of the scans with this siteKey(), oldest first.
    QList<QString> siteScanIds(const QString &key) const override { return m_sites.value(key); }
    /// The scan of the same site and type just before this one that has a result.
    const Scan *previousWithResult(const QString &id) const override;

    std::optional<SiteWatch> siteWatch(const QString &url, const QString &type) const override;
    QList<SiteWatch> siteWatches() const { return m_watches.values(); }
    void setSiteWatch(const SiteWatch &watch);
    void removeSiteWatch(const QString &url, const QString &type);

    /// The analyst's triage in the history (scanrepositorytriage.cpp); without
    /// a history, nothing is kept. False when the write failed.
    QList<Suppression> loadTriage() const;
    bool saveSuppression(const Suppression &suppression);
    bool removeSuppression(const Suppression &suppression);

private:
    void insert(const Scan &scan, bool persist);
    Scan *mutableFind(const QString &id);
    void changed(const QString &id, ScanFields fields, bool persist);
    void persist(const Scan &scan);
    /// Sliced: a long list is written kEventsPerChunk now, the rest in
    /// later turns of the event loop (scanrepositoryevents.cpp), so that the
    /// first answer of a scan with a 100,000-line log does not hold the window.
    enum class Write { Sliced, Whole };
    void persistEvents(const Scan &scan, int first, const QList<ScanEvent> &events,
                       Write write = Write::Sliced);
    void writeEvents(const QString &id, int first, const QList<ScanEvent> &events);
    void writeNextSlice();
    void persistReport(const QString &id, const QByteArray &body);
    void beginBatch();
    void endBatch();
    void scheduleRetry();
    void updateActive(const Scan &scan);
    void addToSite(const Scan &scan);

    QList<Scan> m_scans;
    QHash<QString, int> m_index;
    // Client-only state beside the scans, never persisted; dropped with the scan.
    QHash<QString, WatchInfo> m_watching;
    QSet<QString> m_active;
    QHash<QString, QList<QString>> m_sites; // siteKey → ids, oldest first
    QHash<QString, SiteWatch> m_watches; // siteKey → watch
    QSet<QString> m_unsaved; // scans whose last write failed
    // Of those, the first event not known to be written: a retry writes from there.
    QHash<QString, int> m_unsavedEventsFrom;
    QHash<QString, int> m_batchEventsFrom; // the same, for the open batch
    // A long log's events from here on are written by later slices.
    QHash<QString, int> m_laterEventsFrom;
    QTimer m_sliceTimer; // the next slice, in the next turn of the event loop
    // A slice writes chunks of lines for about 3 ms (a chunk: about 1.5 ms).
    static constexpr int kEventsPerChunk = 250;
    static constexpr qint64 kSliceNs = 3'000'000;
    // Report bodies: all of them when there is no store; else those not written yet.
    QHash<QString, QByteArray> m_reports;
    int m_batchDepth = 0;
    bool m_savingUnsaved = false;
    QSet<QString> m_batchScans; // written in the open batch
    QSet<QString> m_batchReports;
    QTimer m_retryTimer;
    int m_retryFirstMs = 1000;
    int m_retryCapMs = 60000;
    int m_retryDelayMs = 1000;
    static constexpr int kFirstBusyRetryMs = 5; // after a write met a lock
    int m_busyRetryMs = kFirstBusyRetryMs;
    QString m_shown;
    ScanStore *m_store;
    mutable ReportCache m_reportCache;
};

} // namespace core
