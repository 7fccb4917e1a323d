#pragma once

#include "domain/scan.h"

#include <QObject>
#include <QSet>

#include <optional>

namespace core {

/// The scans as models and views read them: the queries and the change
/// announcements, without a way to change anything. The repository in store/
/// implements it; model/ and ui/ depend only on this, so that they cannot
/// reach the history or write a scan behind the controller's back.
class ScanSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual int count() const = 0;
    /// Scans in the order they were added, oldest first.
    virtual const Scan &at(int index) const = 0;
    virtual int indexOf(const QString &id) const = 0;
    virtual const Scan *find(const QString &id) const = 0;
    /// How this run watches the scan (next poll, wait reason, estimate,
    /// problem, queue place): never persisted. Null for an unknown scan.
    virtual const WatchInfo *watchInfo(const QString &id) const = 0;
    /// Scans still to be watched: live, stalled, or paused for a key.
    virtual const QSet<QString> &activeIds() const = 0;

    /// Reads a scan's events and report summary from the history if they are
    /// not in memory yet.
    virtual void ensureDetails(const QString &id) = 0;

    /// Earlier and later scans of the same site and type, oldest first.
    virtual QList<const Scan *> siteHistory(const QString &id) const = 0;
    /// The ids of the scans with this siteKey(), oldest first.
    virtual QList<QString> siteScanIds(const QString &key) const = 0;
    /// The scan of the same site and type just before this one that has a result.
    virtual const Scan *previousWithResult(const QString &id) const = 0;
    virtual std::optional<SiteWatch> siteWatch(const QString &url, const QString &type) const = 0;

signals:
    void aboutToLoad();
    void loaded();
    /// Scans are named by id, never by list position: a position shifts
    /// under a removal, an id does not.
    void scanAdded(const QString &id);
    void scanChanged(const QString &id, core::ScanFields fields);
    /// `count` events were appended to the scan, starting at event `first`.
    void eventsAppended(const QString &id, int first, int count);
    void aboutToRemove(const QString &id);
    void removed(const QString &id);
    /// The rows of other scans of this site and type may show new ▲/▼.
    void siteHistoryChanged(const QString &siteKey);
    void siteWatchesChanged();
};

} // namespace core
