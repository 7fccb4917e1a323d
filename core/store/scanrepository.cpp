#include "scanrepository.h"

#include "scanstore.h"

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
    : QObject(parent)
    , m_store(store)
{ }

void ScanRepository::loadFromStore()
{
    if (!m_store)
        return;
    for (auto scan : m_store->load()) {
        if (m_index.contains(scan.id))
            continue;
        if (scan.watch == WatchState::Paused || scan.watch == WatchState::Stalled)
            scan.watch = WatchState::Watching;
        insert(scan, false);
    }
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

QStringList ScanRepository::activeIds() const
{
    QStringList ids;
    for (const auto &scan : m_scans) {
        if (scan.watch == WatchState::Watching || scan.watch == WatchState::Stalled
            || scan.watch == WatchState::Paused)
            ids.append(scan.id);
    }
    return ids;
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

void ScanRepository::insert(const Scan &scan, bool persist)
{
    m_index.insert(scan.id, m_scans.size());
    m_scans.append(scan);
    if (persist && m_store)
        m_store->save(scan);
    emit scanAdded(m_scans.size() - 1);
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
    // Watched even if it has ended: one answer brings its events and report link.
    scan.watch = WatchState::Watching;
    insert(scan, true);
    return true;
}

ScanFields ScanRepository::merge(const ScanStatus &status)
{
    Scan *scan = mutableFind(status.id);
    if (!scan)
        return 0;

    ScanFields fields = 0;
    scan->lastUpdatedAt = QDateTime::currentDateTimeUtc();
    if (!scan->problem.isEmpty()) {
        scan->problem.clear();
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
    if (status.result && !scan->result) {
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
    if (isTerminal(scan->state) && scan->watch != WatchState::Finished) {
        scan->watch = WatchState::Finished;
        fields |= FieldWatch;
        if (!scan->completedAt.isValid()) {
            scan->completedAt = QDateTime::currentDateTimeUtc();
            fields |= FieldTimes;
        }
    }
    if (scan->url.isEmpty() && !status.url.isEmpty())
        scan->url = status.url;

    const QList<ScanEvent> fresh = newEvents(scan->events, status.events);
    const int first = scan->events.size();
    if (!fresh.isEmpty()) {
        scan->events.append(fresh);
        fields |= FieldEvents;
        if (m_store)
            m_store->appendEvents(scan->id, first, fresh);
    }

    const QString id = scan->id;
    if (fields & ~(FieldEvents | FieldProblem))
        changed(id, fields, true);
    else if (fields)
        changed(id, fields, false);
    if (!fresh.isEmpty())
        emit eventsAppended(id, first, fresh.size());
    return fields;
}

void ScanRepository::setProblem(const QString &id, const QString &problem)
{
    Scan *scan = mutableFind(id);
    if (!scan || scan->problem == problem)
        return;
    scan->problem = problem;
    changed(id, FieldProblem, false);
}

void ScanRepository::setNextPollAt(const QString &id, const QDateTime &when)
{
    Scan *scan = mutableFind(id);
    if (!scan || scan->nextPollAt == when)
        return;
    scan->nextPollAt = when;
    changed(id, FieldNextPoll, false);
}

void ScanRepository::setWatch(const QString &id, WatchState watch)
{
    Scan *scan = mutableFind(id);
    if (!scan || scan->watch == watch)
        return;
    scan->watch = watch;
    if (watch != WatchState::Watching && watch != WatchState::Stalled)
        scan->nextPollAt = QDateTime();
    changed(id, FieldWatch | FieldNextPoll, true);
}

void ScanRepository::setReportSummary(const QString &id, const ReportSummary &summary)
{
    Scan *scan = mutableFind(id);
    if (!scan)
        return;
    scan->summary = summary;
    changed(id, FieldSummary, false);
}

void ScanRepository::remove(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    emit aboutToRemove(index);
    m_scans.removeAt(index);
    m_index.clear();
    for (int i = 0; i < m_scans.size(); ++i)
        m_index.insert(m_scans.at(i).id, i);
    if (m_store)
        m_store->remove(id);
    emit removed(index);
}

void ScanRepository::changed(const QString &id, ScanFields fields, bool persist)
{
    const int index = indexOf(id);
    if (persist && m_store)
        m_store->save(m_scans.at(index));
    emit scanChanged(index, fields);
}

} // namespace core
