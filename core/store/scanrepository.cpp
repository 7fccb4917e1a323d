#include "scanrepository.h"

#include "api/parse.h"
#include "scanstore.h"

#include <QScopedValueRollback>

#include <algorithm>

namespace core {
namespace {

int stateRank(ScanState state)
{
    switch (state) {
    case ScanState::Queued:
        return 0;
    case ScanState::Scanning:
        return 1;
    default:
        return 2;
    }
}

} // namespace

ScanRepository::ScanRepository(ScanStore *store, QObject *parent)
    : ScanSource(parent)
    , m_store(store)
    , m_reportCache([this](const QString &id) { return reportBody(id); })
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ScanRepository::saveUnsaved);
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &ScanRepository::writeNextSlice);
    if (m_store) {
        for (const auto &watch : m_store->loadWatches())
            m_watches.insert(siteKey(watch.url, watch.type), watch);
    }
}

QString ScanRepository::historyFile() const
{
    return m_store ? m_store->path() : QString();
}

void ScanRepository::loadFromStore()
{
    if (!m_store)
        return;
    QList<Scan> stored = m_store->load();
    emit aboutToLoad();
    m_scans.reserve(m_scans.size() + stored.size());
    for (auto &scan : stored) {
        if (m_index.contains(scan.id))
            continue;
        if (scan.watch == WatchState::Paused || scan.watch == WatchState::Stalled)
            scan.watch = WatchState::Watching;
        m_index.insert(scan.id, m_scans.size());
        m_scans.append(std::move(scan));
        updateActive(m_scans.last());
        addToSite(m_scans.last());
    }
    emit loaded();
}

const Scan *ScanRepository::find(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_scans.at(index);
}

Scan *ScanRepository::mutableFind(const QString &id)
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_scans[index];
}

void ScanRepository::updateActive(const Scan &scan)
{
    if (isActive(scan.watch))
        m_active.insert(scan.id);
    else
        m_active.remove(scan.id);
}

void ScanRepository::addToSite(const Scan &scan)
{
    QList<QString> &ids = m_sites[siteKey(scan.url, scan.type)];
    // Kept in creation order; a new scan almost always goes last.
    auto position = std::upper_bound(ids.begin(), ids.end(), scan.createdAt,
                                     [this](const QDateTime &time, const QString &id) {
                                         const Scan *other = find(id);
                                         return other && time < other->createdAt;
                                     });
    ids.insert(position, scan.id);
}

bool ScanRepository::add(const ScanStatus &created)
{
    if (m_index.contains(created.id))
        return false;
    Scan scan;
    scan.id = created.id;
    scan.url = created.url;
    scan.type = created.type;
    scan.state = created.state;
    scan.progress = created.progress;
    scan.createdAt
        = created.createdAt.isValid() ? created.createdAt : QDateTime::currentDateTimeUtc();
    scan.lastUpdatedAt = QDateTime::currentDateTimeUtc();
    scan.watch = isTerminal(scan.state) ? WatchState::Finished : WatchState::Watching;
    insert(scan, true);
    if (!created.events.isEmpty() || created.result || !created.error.isEmpty())
        merge(created);
    return true;
}

void ScanRepository::insert(const Scan &scan, bool persistNow)
{
    m_index.insert(scan.id, m_scans.size());
    m_scans.append(scan);
    updateActive(scan);
    addToSite(scan);
    if (persistNow)
        persist(scan);
    emit scanAdded(scan.id);
    emit siteHistoryChanged(siteKey(scan.url, scan.type));
}

bool ScanRepository::adopt(const ScanSummary &summary)
{
    if (m_index.contains(summary.id))
        return false;
    Scan scan;
    scan.id = summary.id;
    scan.url = summary.url;
    scan.type = summary.type;
    scan.state = summary.state;
    scan.createdAt = summary.createdAt;
    scan.completedAt = summary.completedAt;
    if (isTerminal(summary.state)) {
        // The list says how it ended; its events and report link come with
        // one answer when it is shown, not with a poll of every old scan.
        scan.watch = WatchState::Finished;
        scan.progress = summary.state == ScanState::Failed ? 0 : 100;
        if (summary.score && !summary.grade.isEmpty())
            scan.result = ScanResult { *summary.score, summary.grade, QString() };
        scan.detailsLoaded = true;
    } else {
        scan.watch = WatchState::Watching;
    }
    insert(scan, true);
    return true;
}

ScanFields ScanRepository::merge(const ScanStatus &status)
{
    ensureDetails(status.id);
    Scan *scan = mutableFind(status.id);
    if (!scan)
        return 0;
    Batch batch(*this); // one answer, one transaction

    ScanFields fields = 0;
    scan->lastUpdatedAt = QDateTime::currentDateTimeUtc();
    WatchInfo *watching = m_watching.contains(status.id) ? &m_watching[status.id] : nullptr;
    if (watching && !watching->problem.isEmpty()) {
        watching->problem.clear();
        fields |= FieldProblem;
    }
    if (scan->watch == WatchState::Stalled) {
        scan->watch = WatchState::Watching;
        fields |= FieldWatch;
    }

    // A terminal scan stays as it ended; a live one never moves backwards.
    // What is missing (result, error, end time) is filled in, never replaced.
    if (!isTerminal(scan->state) && stateRank(status.state) >= stateRank(scan->state)
        && status.state != scan->state) {
        scan->state = status.state;
        fields |= FieldState;
    }
    int progress = qMax(scan->progress, status.progress);
    if (scan->state == ScanState::Completed || scan->state == ScanState::Partial)
        progress = 100;
    if (progress != scan->progress) {
        scan->progress = progress;
        fields |= FieldProgress;
    }
    if (status.result && (!scan->result || scan->result->reportUrl.isEmpty())) {
        // An adopted scan knew its grade from the list; the status adds the link.
        scan->result = status.result;
        fields |= FieldResult;
    }
    if (!status.error.isEmpty() && scan->error.isEmpty()) {
        scan->error = status.error;
        fields |= FieldError;
    }
    if (status.completedAt.isValid() && !scan->completedAt.isValid()) {
        scan->completedAt = status.completedAt;
        fields |= FieldTimes;
    }
    if (isTerminal(scan->state) && scan->watch != WatchState::Finished
        && scan->watch != WatchState::Stopped) {
        scan->watch = WatchState::Finished;
        if (watching) {
            watching->expectedEndAt = QDateTime();
            watching->stillSince = QDateTime();
        }
        fields |= FieldWatch | FieldNextPoll;
        if (!scan->completedAt.isValid()) {
            scan->completedAt = QDateTime::currentDateTimeUtc();
            fields |= FieldTimes;
        }
    }
    if (scan->url.isEmpty() && !status.url.isEmpty()) {
        scan->url = status.url;
        fields |= FieldUrl;
    }

    const QList<ScanEvent> fresh = newEvents(scan->events, status.events);
    const int first = scan->events.size();
    if (!fresh.isEmpty()) {
        scan->events.append(fresh);
        fields |= FieldEvents;
        persistEvents(*scan, first, fresh);
    }
    updateActive(*scan);

    const QString id = scan->id;
    if (fields & ~(FieldEvents | FieldProblem))
        changed(id, fields, true);
    else if (fields)
        changed(id, fields, false);
    if (!fresh.isEmpty())
        emit eventsAppended(id, first, fresh.size());
    if (fields & FieldResult) {
        const Scan *merged = find(id);
        emit siteHistoryChanged(siteKey(merged->url, merged->type));
    }
    return fields;
}

void ScanRepository::setWatch(const QString &id, WatchState watch)
{
    Scan *scan = mutableFind(id);
    if (!scan || scan->watch == watch)
        return;
    scan->watch = watch;
    if (watch != WatchState::Watching && watch != WatchState::Stalled) {
        if (const auto it = m_watching.find(id); it != m_watching.end()) {
            it->nextPollAt = QDateTime();
            it->waitReason = WaitReason::None;
            it->expectedEndAt = QDateTime();
            it->stillSince = QDateTime();
        }
    }
    updateActive(*scan);
    changed(id, FieldWatch | FieldNextPoll, true);
}

void ScanRepository::setLastPhase(const QString &id, qint64 ms, qint64 atPaceMs)
{
    Scan *scan = mutableFind(id);
    if (!scan || (scan->lastPhaseMs == ms && scan->lastPhaseAtPaceMs == atPaceMs))
        return;
    scan->lastPhaseMs = ms;
    scan->lastPhaseAtPaceMs = atPaceMs;
    changed(id, 0, true); // nothing shown changed
}

void ScanRepository::setReport(const QString &id, const Report &report)
{
    Scan *scan = mutableFind(id);
    if (!scan)
        return;
    scan->summary = report.summary;
    if (!m_store)
        m_reports.insert(id, report.body); // no history: kept for this run
    else if (!report.body.isEmpty())
        persistReport(id, report.body);
    if (!report.body.isEmpty())
        m_reportCache.put(id, report);
    else
        m_reportCache.invalidate(id);
    changed(id, FieldSummary, false);
}

std::optional<QByteArray> ScanRepository::reportBody(const QString &id) const
{
    // Kept in memory when there is no store, or when its write failed.
    const auto it = m_reports.constFind(id);
    if (it != m_reports.constEnd())
        return *it;
    if (!m_store || !m_index.contains(id))
        return std::nullopt;
    return m_store->loadReport(id);
}

std::optional<Report> ScanRepository::report(const QString &id) const
{
    return m_reportCache.report(id);
}

void ScanRepository::ensureDetails(const QString &id)
{
    Scan *scan = mutableFind(id);
    if (!scan || scan->detailsLoaded)
        return;
    scan->detailsLoaded = true;
    if (!m_store)
        return;
    scan->events = m_store->loadEvents(id);
    if (const auto stored = report(id))
        scan->summary = stored->summary;
}

void ScanRepository::setShown(const QString &id)
{
    if (id == m_shown)
        return;
    const QString previous = m_shown;
    m_shown = id;
    ensureDetails(id);
    Scan *before = mutableFind(previous);
    if (m_store && before && !m_active.contains(previous) && !m_unsaved.contains(previous)
        && !m_laterEventsFrom.contains(previous) && before->detailsLoaded) {
        before->events.clear();
        before->events.squeeze();
        before->detailsLoaded = false;
    }
}

std::optional<ScanRepository::Removed> ScanRepository::snapshot(const QString &id)
{
    if (indexOf(id) < 0)
        return std::nullopt;
    ensureDetails(id);
    return Removed { *find(id), reportBody(id) };
}

std::optional<ScanRepository::Removed> ScanRepository::take(const QString &id)
{
    std::optional<Removed> whole = snapshot(id);
    if (!whole)
        return std::nullopt;
    // Set aside in the file, not deleted: an undo finds it whole. Should
    // that write fail, the scan is listed again after a restart: nothing lost.
    if (m_store)
        m_store->setRemoved(id, true);
    const int index = indexOf(id);
    emit aboutToRemove(id);
    m_scans.removeAt(index);
    m_index.remove(id);
    for (int i = index; i < m_scans.size(); ++i)
        m_index[m_scans.at(i).id] = i;
    m_active.remove(id);
    m_watching.remove(id); // this run's plan for it goes with it
    m_unsaved.remove(id); // the snapshot has it: restore() writes it whole
    m_unsavedEventsFrom.remove(id);
    m_laterEventsFrom.remove(id);
    if (m_laterEventsFrom.isEmpty())
        m_sliceTimer.stop();
    m_reports.remove(id);
    m_reportCache.invalidate(id);
    if (m_shown == id)
        m_shown.clear();
    const QString key = siteKey(whole->scan.url, whole->scan.type);
    m_sites[key].removeOne(id);
    emit removed(id);
    emit siteHistoryChanged(key);
    return whole;
}

void ScanRepository::restore(const Removed &removed)
{
    const Scan &scan = removed.scan;
    if (m_index.contains(scan.id))
        return;
    m_reportCache.invalidate(scan.id);
    if (!m_store) {
        if (removed.report)
            m_reports.insert(scan.id, *removed.report);
    } else {
        // Written back whole, in one transaction, before anyone is told.
        Batch batch(*this);
        persist(scan);
        persistEvents(scan, 0, scan.events, Write::Whole);
        if (removed.report)
            persistReport(scan.id, *removed.report);
    }
    insert(scan, false);
}

QList<const Scan *> ScanRepository::siteHistory(const QString &id) const
{
    const Scan *scan = find(id);
    return scan ? siteHistory(scan->url, scan->type) : QList<const Scan *>();
}

QList<const Scan *> ScanRepository::siteHistory(const QString &url, const QString &type) const
{
    QList<const Scan *> history;
    for (const QString &other : m_sites.value(siteKey(url, type))) {
        if (const Scan *found = find(other))
            history.append(found);
    }
    return history;
}

const Scan *ScanRepository::previousWithResult(const QString &id) const
{
    const Scan *scan = find(id);
    if (!scan)
        return nullptr;
    const QList<QString> ids = m_sites.value(siteKey(scan->url, scan->type));
    const qsizetype position = ids.indexOf(id);
    for (qsizetype i = position - 1; i >= 0; --i) {
        const Scan *earlier = find(ids.at(i));
        if (earlier && earlier->result)
            return earlier;
    }
    return nullptr;
}

std::optional<SiteWatch> ScanRepository::siteWatch(const QString &url, const QString &type) const
{
    const auto it = m_watches.constFind(siteKey(url, type));
    return it == m_watches.constEnd() ? std::nullopt : std::optional<SiteWatch>(*it);
}

void ScanRepository::setSiteWatch(const SiteWatch &watch)
{
    m_watches.insert(siteKey(watch.url, watch.type), watch);
    if (m_store)
        m_store->saveWatch(watch);
    emit siteWatchesChanged();
}

void ScanRepository::removeSiteWatch(const QString &url, const QString &type)
{
    if (!m_watches.remove(siteKey(url, type)))
        return;
    if (m_store)
        m_store->removeWatch(url, type);
    emit siteWatchesChanged();
}

ScanRepository::Batch::Batch(ScanRepository &repository)
    : m_repository(repository)
{
    m_repository.beginBatch();
}

ScanRepository::Batch::~Batch()
{
    m_repository.endBatch();
}

void ScanRepository::beginBatch()
{
    if (m_batchDepth++ == 0 && m_store)
        m_store->beginBatch();
}

void ScanRepository::endBatch()
{
    if (--m_batchDepth > 0 || !m_store)
        return;
    const QSet<QString> scans = std::exchange(m_batchScans, {});
    const QSet<QString> reports = std::exchange(m_batchReports, {});
    const QHash<QString, int> eventsFrom = std::exchange(m_batchEventsFrom, {});
    if (m_store->commitBatch()) {
        for (const QString &id : reports)
            m_reports.remove(id);
        // Writes work again: what failed before is written now, not only on the timer.
        if (!m_savingUnsaved && (!m_unsaved.isEmpty() || !m_reports.isEmpty()))
            saveUnsaved();
        return;
    }
    // None of the batch was kept: all of it is written again later.
    for (const QString &id : scans) {
        if (m_index.contains(id))
            m_unsaved.insert(id);
    }
    for (auto it = eventsFrom.cbegin(); it != eventsFrom.cend(); ++it) {
        if (m_index.contains(it.key()))
            m_unsavedEventsFrom[it.key()]
                = qMin(m_unsavedEventsFrom.value(it.key(), it.value()), it.value());
    }
    scheduleRetry();
}

void ScanRepository::persist(const Scan &scan)
{
    if (!m_store)
        return;
    Batch batch(*this);
    m_batchScans.insert(scan.id);
    m_store->save(scan);
}

void ScanRepository::persistReport(const QString &id, const QByteArray &body)
{
    // Kept in memory until the write is known to have worked.
    m_reports.insert(id, body);
    Batch batch(*this);
    m_batchReports.insert(id);
    m_store->saveReport(id, body);
}

bool ScanRepository::saveUnsaved()
{
    if (!m_store)
        return true;
    QSet<QString> pending = std::exchange(m_unsaved, {});
    QHash<QString, int> eventsFrom = std::exchange(m_unsavedEventsFrom, {});
    // A long log's waiting slices are written now too (this is also what quitting calls).
    m_sliceTimer.stop();
    for (auto it = m_laterEventsFrom.cbegin(); it != m_laterEventsFrom.cend(); ++it) {
        pending.insert(it.key());
        eventsFrom[it.key()] = qMin(eventsFrom.value(it.key(), it.value()), it.value());
    }
    m_laterEventsFrom.clear();
    const QHash<QString, QByteArray> reports = m_reports;
    if (!pending.isEmpty() || !reports.isEmpty()) {
        const QScopedValueRollback saving(m_savingUnsaved, true);
        // One transaction: the scans whole (rows and events), then the reports.
        Batch batch(*this);
        for (const QString &id : pending) {
            if (const Scan *scan = find(id)) {
                persist(*scan);
                // Only the events that failed (a long log is not written again).
                const int from = eventsFrom.value(id, static_cast<int>(scan->events.size()));
                if (scan->detailsLoaded && from < scan->events.size())
                    persistEvents(*scan, from, scan->events.mid(from), Write::Whole);
            }
        }
        for (auto it = reports.cbegin(); it != reports.cend(); ++it)
            persistReport(it.key(), it.value());
    }
    if (m_unsaved.isEmpty() && m_reports.isEmpty()) {
        m_retryTimer.stop();
        m_retryDelayMs = m_retryFirstMs;
        m_busyRetryMs = kFirstBusyRetryMs;
        return true;
    }
    return false;
}

void ScanRepository::scheduleRetry()
{
    if (m_store && m_store->lastWriteWasBusy()) {
        // Another program holds the lock: the write did not wait for it (it
        // would have held the window), it is tried again shortly, backing
        // off to the usual delay.
        if (!m_retryTimer.isActive() || m_retryTimer.remainingTime() > m_busyRetryMs)
            m_retryTimer.start(m_busyRetryMs);
        m_busyRetryMs = qMin(m_busyRetryMs * 2, qMax(kFirstBusyRetryMs, m_retryFirstMs));
        return;
    }
    if (m_retryTimer.isActive())
        return;
    m_retryTimer.start(m_retryDelayMs);
    m_retryDelayMs = qMin(m_retryDelayMs * 2, m_retryCapMs);
}

void ScanRepository::setRetryDelays(int firstMs, int capMs)
{
    m_retryFirstMs = firstMs;
    m_retryCapMs = qMax(firstMs, capMs);
    m_retryDelayMs = firstMs;
}

ScanRepository::Unsaved ScanRepository::unsaved() const
{
    Unsaved unsaved;
    if (!m_store)
        return unsaved;
    QSet<QString> ids = m_unsaved;
    for (auto it = m_laterEventsFrom.cbegin(); it != m_laterEventsFrom.cend(); ++it)
        ids.insert(it.key());
    for (const QString &id : std::as_const(ids)) {
        if (const Scan *scan = find(id)) {
            ++unsaved.scans;
            const int end = static_cast<int>(scan->events.size());
            const int from
                = qMin(m_unsavedEventsFrom.value(id, end), m_laterEventsFrom.value(id, end));
            unsaved.events += qMax<qsizetype>(0, end - from);
        }
    }
    unsaved.reports = static_cast<int>(m_reports.size());
    return unsaved;
}

void ScanRepository::changed(const QString &id, ScanFields fields, bool persistNow)
{
    if (persistNow)
        persist(m_scans.at(indexOf(id)));
    emit scanChanged(id, fields);
}

} // namespace core
