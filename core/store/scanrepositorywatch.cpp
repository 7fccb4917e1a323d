// The client-only state ScanRepository keeps beside the scans (WatchInfo):
// this run's plan for each scan, never persisted, dropped with the scan.
#include "scanrepository.h"

namespace core {

const WatchInfo *ScanRepository::watchInfo(const QString &id) const
{
    static const WatchInfo none;
    if (!m_index.contains(id))
        return nullptr;
    const auto it = m_watching.constFind(id);
    return it == m_watching.constEnd() ? &none : &*it;
}

void ScanRepository::setProblem(const QString &id, const QString &problem)
{
    const WatchInfo *now = watchInfo(id);
    if (!now || now->problem == problem)
        return;
    m_watching[id].problem = problem;
    changed(id, FieldProblem, false);
}

void ScanRepository::setNextPollAt(const QString &id, const QDateTime &when, WaitReason reason)
{
    const WatchInfo *now = watchInfo(id);
    if (!now || (now->nextPollAt == when && now->waitReason == reason))
        return;
    WatchInfo &watching = m_watching[id];
    watching.nextPollAt = when;
    watching.waitReason
        = when.isValid() || reason == WaitReason::Paused ? reason : WaitReason::None;
    changed(id, FieldNextPoll, false);
}

void ScanRepository::setExpectedEnd(const QString &id, const QDateTime &when,
                                    const QDateTime &stillSince)
{
    const WatchInfo *now = watchInfo(id);
    if (!now || (now->expectedEndAt == when && now->stillSince == stillSince))
        return;
    m_watching[id].expectedEndAt = when;
    m_watching[id].stillSince = stillSince;
    changed(id, FieldNextPoll, false);
}

void ScanRepository::setQueuePlace(const QString &id, int place)
{
    const WatchInfo *now = watchInfo(id);
    if (!now || now->queuePlace == place)
        return;
    m_watching[id].queuePlace = place;
    changed(id, FieldState, false);
}

} // namespace core
