#include "pollscheduler.h"

#include "api/apiclient.h"
#include "store/scanrepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace core {
namespace {

// Pacing leaves this much slack under the limit, so that a request the server
// counts a little late still lands in the window it was meant for.
constexpr double kPacingSlack = 1.05;
constexpr qint64 kResetMarginMs = 300;
// Asked this long after the estimated end, so that the answer is the end.
constexpr qint64 kEndLagMs = 300;
// Requests the window would lose unspent go out at least this far apart.
constexpr qint64 kBurstGapMs = 250;
// An estimate that moves less than this is not worth a repaint.
constexpr qint64 kEstimateStepMs = 5000;

} // namespace

PollScheduler::PollScheduler(ApiClient &client, ScanRepository &repository, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_repository(repository)
    , m_random(QRandomGenerator::securelySeeded())
    , m_limit(m_settings.assumedLimit)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PollScheduler::onTimer);
    connect(&m_client, &ApiClient::rateLimitUpdated, this, &PollScheduler::onRateLimit);
    connect(&m_client, &ApiClient::requestStarted, this, &PollScheduler::onRequestStarted);
    connect(&m_repository, &ScanRepository::scanAdded, this, &PollScheduler::refresh);
    connect(&m_repository, &ScanRepository::removed, this, &PollScheduler::refresh);
    connect(&m_repository, &ScanRepository::loaded, this, [this] {
        m_priorByType.clear();
        refresh();
    });
}

void PollScheduler::setClock(Clock clock)
{
    m_clockFunction = std::move(clock);
    reschedule();
}

qint64 PollScheduler::nextPollAtMs() const
{
    const QList<Slot> queue = plan();
    return queue.isEmpty() ? -1 : queue.first().atMs;
}

void PollScheduler::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_limit = settings.assumedLimit;
    reschedule();
}

void PollScheduler::setInterval(int milliseconds)
{
    m_settings.intervalMs = milliseconds;
    reschedule();
}

void PollScheduler::setSelected(const QString &id)
{
    m_selected = id;
    reschedule();
}

void PollScheduler::setRequestLimit(int requestsPerWindow)
{
    if (requestsPerWindow <= 0 || requestsPerWindow == m_limit)
        return;
    m_limit = requestsPerWindow;
    emit budgetChanged(requestsLeft(), m_limit);
    reschedule();
}

void PollScheduler::setNetworkAvailable(bool available)
{
    if (available == m_networkAvailable)
        return;
    m_networkAvailable = available;
    const QString problem = available
        ? QString()
        : QCoreApplication::translate("core", "Offline: waiting for the network.");
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (available) {
            // Whatever failed while offline deserves a fresh try now.
            it->failures = 0;
            it->retryAtMs = -1;
            it->firstFailureMs = -1;
        }
        m_repository.setProblem(it.key(), problem);
    }
    reschedule();
}

void PollScheduler::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        m_repository.setNextPollAt(it.key(), QDateTime(),
                                   paused ? WaitReason::Paused : WaitReason::None);
    reschedule();
}

void PollScheduler::resumeAfterNewKey()
{
    if (!m_pausedForKey)
        return;
    m_pausedForKey = false;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        m_repository.setWatch(it.key(), WatchState::Watching);
        m_repository.setProblem(it.key(), QString());
    }
    reschedule();
}

void PollScheduler::pauseForKey()
{
    m_pausedForKey = true;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        m_repository.setWatch(it.key(), WatchState::Paused);
    reschedule();
}

void PollScheduler::pollSoon(const QString &id)
{
    const Scan *scan = m_repository.find(id);
    if (!scan || scan->watch == WatchState::Finished)
        return;
    // Asking now is watching again, whatever stopped it.
    if (scan->watch == WatchState::NotFound || scan->watch == WatchState::Stalled
        || scan->watch == WatchState::Stopped)
        m_repository.setWatch(id, WatchState::Watching);
    Entry &entry = m_entries[id];
    entry.lastPollMs = Entry::kNever;
    entry.retryAtMs = -1;
    entry.failures = 0;
    entry.firstFailureMs = -1;
    reschedule();
}

void PollScheduler::fetchOnce(const QString &id)
{
    const Scan *scan = m_repository.find(id);
    if (!scan || m_entries.contains(id) || m_pausedForKey)
        return;
    Entry entry;
    entry.once = true;
    m_entries.insert(id, entry);
    reschedule();
}

void PollScheduler::refresh()
{
    const QSet<QString> &active = m_repository.activeIds();
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!active.contains(it.key()) && !it->inFlight && !it->once) {
            it = m_entries.erase(it);
            m_priorByType.clear(); // one more finished scan to learn durations from
        } else {
            ++it;
        }
    }
    const qint64 now = nowMs();
    const QDateTime wallNow = QDateTime::currentDateTimeUtc();
    for (const auto &id : active) {
        if (m_entries.contains(id))
            continue;
        // A scan whose state is fresh (the POST answer just gave it) counts as
        // polled then; one loaded from the store is asked about at once.
        Entry entry;
        entry.firstSeenMs = now;
        const Scan *scan = m_repository.find(id);
        if (scan && scan->lastUpdatedAt.isValid())
            entry.lastPollMs = now - qMax<qint64>(0, scan->lastUpdatedAt.msecsTo(wallNow));
        if (scan) {
            entry.estimator.setPriorDurationMs(priorDurationMs(scan->type));
            entry.estimator.addSample(entry.lastPollMs != Entry::kNever ? entry.lastPollMs : now,
                                      scan->state, scan->progress);
        }
        m_entries.insert(id, entry);
        if (m_pausedForKey)
            m_repository.setWatch(id, WatchState::Paused);
        if (m_paused)
            m_repository.setNextPollAt(id, QDateTime(), WaitReason::Paused);
    }
    reschedule();
}

int PollScheduler::requestsLeft() const
{
    if (m_remaining < 0)
        return m_limit;
    if (m_resetAtMs >= 0 && nowMs() >= m_resetAtMs)
        return m_limit;
    return m_remaining;
}

bool PollScheduler::budgetAllowsNow(qint64 *waitMs) const
{
    const qint64 now = nowMs();
    qint64 wait = 0;
    if (m_blockedUntilMs > now)
        wait = m_blockedUntilMs - now;
    else if (requestsLeft() <= 0)
        wait = m_resetAtMs >= 0 ? m_resetAtMs - now + kResetMarginMs : m_settings.windowMs;
    if (waitMs)
        *waitMs = qMax<qint64>(0, wait);
    return wait <= 0;
}

qint64 PollScheduler::spacingMs() const
{
    return static_cast<qint64>(m_settings.windowMs * kPacingSlack / qMax(1, m_limit));
}

QList<PollScheduler::Slot> PollScheduler::plan() const
{
    QList<Slot> queue;
    if (m_pausedForKey || !m_networkAvailable || m_paused)
        return queue;
    const qint64 now = nowMs();

    // Share the budget: the selected scan gets its interval if at most half the
    // budget (or all that the others leave) covers it; the rest share the rest.
    const int pollable = m_entries.size();
    const bool selectedPollable = m_entries.contains(m_selected);
    if (pollable == 0)
        return queue;
    const double interval = m_settings.intervalMs;
    const double rate = 1.0 / spacingMs(); // requests per ms the budget allows
    double selectedInterval = interval;
    double otherInterval = interval;
    const bool tight = pollable / interval > rate;
    const bool aware = tight && m_settings.progressAware;
    // Progress-aware: a scan with no estimate is looked at as often as a fair
    // round of every scan at the paced rate allows.
    const qint64 probeMs = qMax<qint64>(m_settings.intervalMs, pollable * spacingMs());
    if (tight) {
        const int others = pollable - (selectedPollable ? 1 : 0);
        double selectedRate = 0;
        if (selectedPollable)
            selectedRate = qMin(1.0 / interval, rate - qMin(rate / 2, others / interval));
        selectedInterval = selectedRate > 0 ? 1.0 / selectedRate : interval;
        if (others > 0)
            otherInterval = qMax(interval, others / (rate - selectedRate));
    }

    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const Entry &entry = it.value();
        if (entry.inFlight)
            continue;
        const double own = it.key() == m_selected ? selectedInterval : otherInterval;
        Slot slot { it.key(),
                    entry.lastPollMs == Entry::kNever ? now
                                                      : entry.lastPollMs + static_cast<qint64>(own),
                    WaitReason::Interval, Slot::Look, 1 };
        if (aware && entry.lastPollMs != Entry::kNever && !entry.once)
            slot = progressAwareSlot(it.key(), entry, own, probeMs, now);
        if (entry.retryAtMs > slot.atMs) {
            slot.atMs = entry.retryAtMs;
            slot.reason = WaitReason::Backoff;
        }
        queue.append(slot);
    }
    std::sort(queue.begin(), queue.end(), [this, now](const Slot &a, const Slot &b) {
        // Among scans already due, the higher rank goes first, then the
        // selected one, then the longest waiting.
        const qint64 aAt = qMax(a.atMs, now), bAt = qMax(b.atMs, now);
        if (aAt != bAt)
            return aAt < bAt;
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if ((a.id == m_selected) != (b.id == m_selected))
            return a.id == m_selected;
        return a.atMs != b.atMs ? a.atMs < b.atMs : a.id < b.id;
    });

    layOut(queue, aware);
    return queue;
}

void PollScheduler::layOut(QList<Slot> &queue, bool aware) const
{
    // Lay the requests out on the budget: paced, and never past what is left.
    // Progress-aware, the polls that are needed have the window first: the
    // others wait for the next window rather than take a request they will
    // need, and needed polls due together go at once while the window holds
    // enough for all of them.
    const qint64 now = nowMs();
    const qint64 spacing = spacingMs();
    qint64 previous = m_lastSendMs < 0 ? now - spacing : m_lastSendMs;
    qint64 resetAt = m_resetAtMs;
    int left = requestsLeft();
    const qint64 earliest = qMax(now, m_blockedUntilMs);
    const bool windowKnown = aware && resetAt > now;
    // The requests that later polls of a higher rank need before `limitMs`.
    auto claimedBefore = [&queue](int from, int rank, qint64 limitMs) {
        int count = 0;
        for (int i = from; i < queue.size(); ++i) {
            const Slot &later = queue.at(i);
            if (later.atMs < limitMs && (later.rank < rank || later.rank == Slot::Needed))
                count += later.expected;
        }
        return count;
    };
    bool deferred = false;
    for (int i = 0; i < queue.size(); ++i) {
        Slot &slot = queue[i];
        qint64 at = std::max({ slot.atMs, previous + spacing, earliest });
        if (windowKnown && at < resetAt) {
            const int room = left - m_settings.reserve - claimedBefore(i + 1, slot.rank, resetAt);
            if (slot.rank == Slot::Needed && room > 0)
                at = std::max({ slot.atMs, previous + kBurstGapMs, earliest });
            else if (slot.rank != Slot::Needed && room <= 0) {
                // To the next window, or to when it is needed if that comes first.
                slot.atMs = qMin(resetAt + kResetMarginMs, qMax(slot.promoteAtMs, now + 1));
                slot.reason = WaitReason::Budget;
                deferred = true;
                continue; // laid out again, in order, when its window comes
            }
        }
        if (left <= m_settings.reserve) {
            const qint64 windowStart
                = resetAt >= 0 && resetAt > now ? resetAt + kResetMarginMs : at;
            at = qMax(at, windowStart);
            left = m_limit;
            resetAt = at + m_settings.windowMs;
        }
        if (at > slot.atMs + 500)
            slot.reason
                = m_blockedUntilMs >= at - 500 ? WaitReason::RateLimited : WaitReason::Budget;
        slot.atMs = at;
        previous = at;
        --left;
    }
    if (deferred)
        std::stable_sort(queue.begin(), queue.end(),
                         [](const Slot &a, const Slot &b) { return a.atMs < b.atMs; });
}

void PollScheduler::reschedule()
{
    const QList<Slot> queue = plan();
    publishNextPoll(queue);
    if (queue.isEmpty()) {
        m_timer.stop();
        return;
    }
    m_timer.start(static_cast<int>(boundMs(0, queue.first().atMs - nowMs(), INT_MAX)));
}

void PollScheduler::publishNextPoll(const QList<Slot> &queue)
{
    const QDateTime wallNow = QDateTime::currentDateTimeUtc();
    const qint64 now = nowMs();
    for (const auto &slot : queue) {
        const Scan *scan = m_repository.find(slot.id);
        const QDateTime when = wallNow.addMSecs(slot.atMs - now);
        // Only a change of a second or more is worth a repaint.
        if (scan
            && (!scan->nextPollAt.isValid() || qAbs(scan->nextPollAt.msecsTo(when)) >= 1000
                || scan->waitReason != slot.reason))
            m_repository.setNextPollAt(slot.id, when, slot.reason);
    }
}

PollScheduler::Slot PollScheduler::progressAwareSlot(const QString &id, const Entry &entry,
                                                     double shareMs, qint64 probeMs,
                                                     qint64 now) const
{
    const qint64 last = entry.lastPollMs;
    const EndEstimator::Estimate estimate = entry.estimator.estimate();
    Slot slot { id, 0, WaitReason::Interval, Slot::Look, 1 };
    if (estimate.stalled) {
        slot.atMs = last + m_settings.floorIntervalMs;
    } else if (estimate.endMs < 0) {
        // Queued, or no pace yet: a look at the fair pace, less often the
        // longer it waits.
        const qint64 waited = entry.firstSeenMs >= 0 ? now - entry.firstSeenMs : 0;
        slot.atMs = last + qMax(probeMs, waited / 2);
    } else {
        slot.rank = Slot::Needed;
        slot.expected = estimate.precise ? 1 : 2;
        // Precise: just after the end. Rough: three quarters of the way
        // there, which measures the pace over most of the run.
        slot.atMs = estimate.precise ? estimate.endMs + kEndLagMs
                                     : last + qMax<qint64>(0, estimate.endMs - last) * 3 / 4;
    }
    const qint64 floorAt = last + m_settings.floorIntervalMs;
    slot.atMs = qMin(qMax(slot.atMs, last + m_settings.intervalMs), floorAt);
    if (now >= floorAt)
        slot.rank = Slot::Needed; // fair to every scan: none waits past the floor
    // Should it wait for room in the window, it is asked as needed from then on.
    slot.promoteAtMs = slot.rank == Slot::Needed ? slot.atMs : floorAt;
    const qint64 share = last + static_cast<qint64>(shareMs);
    if (id == m_selected && share < slot.atMs && now < slot.promoteAtMs) {
        // The scan the user watches is asked at its share too: first of all
        // the looks, then with what the window has beyond the other polls.
        slot.atMs = share;
        slot.rank = entry.answers == 0 ? Slot::Look : Slot::Share;
    }
    return slot;
}

qint64 PollScheduler::priorDurationMs(const QString &type) const
{
    const auto cached = m_priorByType.constFind(type);
    if (cached != m_priorByType.cend())
        return *cached;
    QList<qint64> durations;
    for (int i = 0; i < m_repository.count(); ++i) {
        const Scan &scan = m_repository.at(i);
        if (scan.type == type
            && (scan.state == ScanState::Completed || scan.state == ScanState::Partial)
            && scan.createdAt.isValid() && scan.completedAt.isValid())
            durations.append(scan.createdAt.msecsTo(scan.completedAt));
    }
    qint64 median = -1;
    if (!durations.isEmpty()) {
        auto middle = durations.begin() + durations.size() / 2;
        std::nth_element(durations.begin(), middle, durations.end());
        median = *middle > 0 ? *middle : -1;
    }
    m_priorByType.insert(type, median);
    return median;
}

void PollScheduler::publishEstimate(const QString &id, const Entry &entry)
{
    const Scan *scan = m_repository.find(id);
    if (!scan)
        return;
    const EndEstimator::Estimate estimate = entry.estimator.estimate();
    QDateTime when;
    if (estimate.endMs >= 0)
        when = QDateTime::currentDateTimeUtc().addMSecs(estimate.endMs - nowMs());
    if (when.isValid() == scan->expectedEndAt.isValid()
        && (!when.isValid() || qAbs(scan->expectedEndAt.msecsTo(when)) < kEstimateStepMs))
        return;
    m_repository.setExpectedEnd(id, when);
}

void PollScheduler::onTimer()
{
    pollDue();
}

void PollScheduler::pollDue()
{
    const QList<Slot> queue = plan();
    if (!queue.isEmpty() && queue.first().atMs <= nowMs() + 5)
        poll(queue.first().id);
    reschedule();
}

void PollScheduler::poll(const QString &id)
{
    Entry &entry = m_entries[id];
    entry.inFlight = true;
    const qint64 sent = nowMs();
    m_repository.setNextPollAt(id, QDateTime(), WaitReason::None);
    m_client.getScan(id, this, [this, id, sent](const ScanStatus &status, const ApiError &error) {
        onAnswer(id, sent, status, error);
    });
}

void PollScheduler::onAnswer(const QString &id, qint64 sentMs, const ScanStatus &status,
                             const ApiError &error)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    Entry &entry = it.value();
    entry.inFlight = false;
    const qint64 now = nowMs();
    using Kind = ApiError::Kind;

    if (entry.once && error.kind != ApiError::Kind::RateLimited) {
        // One answer is all a finished scan needs; a failure is not retried.
        m_entries.erase(it);
        if (error.ok() && status.id == id)
            m_repository.merge(status);
        else if (!error.ok())
            m_repository.setProblem(id, describeError(error));
        reschedule();
        return;
    }
    if (error.ok()) {
        entry.lastPollMs = sentMs;
        entry.failures = 0;
        entry.retryAtMs = -1;
        entry.firstFailureMs = -1;
        ++entry.answers;
        if (status.id == id) {
            // The server answered somewhere between sending and now.
            entry.estimator.addSample(sentMs + (now - sentMs) / 2, status.state, status.progress);
            publishEstimate(id, entry);
            m_repository.merge(status);
        } else {
            m_repository.setProblem(
                id,
                QCoreApplication::translate("core",
                                            "The server answered about another scan "
                                            "(%1); ignored.")
                    .arg(status.id.left(80)));
        }
        refresh();
        return;
    }

    switch (error.kind) {
    case Kind::Unauthorized:
        if (!m_pausedForKey) {
            m_pausedForKey = true;
            for (auto other = m_entries.cbegin(); other != m_entries.cend(); ++other) {
                m_repository.setWatch(other.key(), WatchState::Paused);
                m_repository.setProblem(
                    other.key(),
                    QCoreApplication::translate("core", "Paused: the API key was not accepted."));
            }
            emit keyRefused(describeError(error));
        }
        break;
    case Kind::NotFound:
    case Kind::Refused:
        m_repository.setWatch(id, WatchState::NotFound);
        m_repository.setProblem(id,
                                error.kind == Kind::NotFound ? QCoreApplication::translate(
                                    "core",
                                    "The server does not know this scan "
                                    "(404): no longer watched.")
                                                             : error.message);
        m_entries.erase(it);
        break;
    case Kind::RateLimited:
        // Not the scan's fault: it keeps its place and goes first after the wait.
        noteRateLimited(error.retryAfterMs);
        return;
    default: {
        entry.lastPollMs = sentMs;
        ++entry.failures;
        if (entry.firstFailureMs < 0)
            entry.firstFailureMs = now;
        // Capped exponential backoff with full jitter.
        const qint64 ceiling = qMin<qint64>(m_settings.backoffCapMs,
                                            static_cast<qint64>(m_settings.backoffBaseMs)
                                                << qMin(entry.failures - 1, 20));
        const qint64 jitter = static_cast<qint64>(m_random.bounded(static_cast<double>(ceiling)));
        entry.retryAtMs = now + jitter;
        if (error.retryAfterMs > 0) // e.g. a 503 that says when to come back
            entry.retryAtMs
                = qMax(entry.retryAtMs, now + qMin(error.retryAfterMs, m_settings.maxWaitMs));
        if (now - entry.firstFailureMs >= m_settings.stalledAfterMs) {
            m_repository.setWatch(id, WatchState::Stalled);
            entry.retryAtMs = qMax(entry.retryAtMs, now + m_settings.backoffCapMs);
        }
        m_repository.setProblem(id, describeError(error));
        break;
    }
    }
    reschedule();
}

qint64 PollScheduler::noteRateLimited(qint64 retryAfterMs)
{
    const qint64 wait = boundMs(1000, retryAfterMs < 0 ? m_settings.windowMs : retryAfterMs,
                                m_settings.maxWaitMs);
    const qint64 now = nowMs();
    m_blockedUntilMs = qMax(m_blockedUntilMs, now + wait);
    m_remaining = 0;
    m_resetAtMs = now + wait;
    emit rateLimitWait(wait);
    reschedule();
    return wait;
}

void PollScheduler::onRateLimit(const RateLimitInfo &info)
{
    const qint64 now = nowMs();
    if (info.limit > 0)
        m_limit = info.limit;
    // Requests still in flight were sent before this answer left the server
    // and may not be counted in it yet: count them as spent.
    m_remaining = qMax(0, info.remaining - m_client.requestsInFlight());
    if (info.resetEpochSeconds > 0) {
        // Measured on the server's clock when it says what that is (Date).
        const qint64 serverNow = info.serverNowEpochMs > 0 ? info.serverNowEpochMs
                                                           : QDateTime::currentMSecsSinceEpoch();
        const qint64 untilReset = info.resetEpochSeconds * 1000 - serverNow;
        m_resetAtMs = now + boundMs(0, untilReset, m_settings.windowMs + 5000);
    }
    emit budgetChanged(requestsLeft(), m_limit);
}

void PollScheduler::onRequestStarted()
{
    const qint64 now = nowMs();
    m_lastSendMs = now;
    if (m_resetAtMs >= 0 && now >= m_resetAtMs) {
        m_remaining = m_limit;
        m_resetAtMs = now + m_settings.windowMs;
    }
    if (m_remaining < 0)
        m_remaining = m_limit;
    m_remaining = qMax(0, m_remaining - 1);
    emit budgetChanged(requestsLeft(), m_limit);
}

} // namespace core
