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
// Asked this long after the earliest the end can be, so that the answer is it.
constexpr qint64 kEndLagMs = 300;
// An end's window is walked in at most this many polls (more often than the
// interval only if it is that narrow).
constexpr qint64 kWindowLooks = 6;
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
    m_client.setSendGate(this, [this] { return waitBeforeSendMs(); });
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
    qint64 next = queue.isEmpty() ? -1 : queue.first().atMs;
    if (m_client.requestsWaiting() > 0) { // held by the budget, not a poll
        const qint64 held = nowMs() + waitBeforeSendMs();
        next = next < 0 ? held : qMin(next, held);
    }
    return next;
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
        const Scan *scan = m_repository.find(id);
        if (scan && scan->lastUpdatedAt.isValid())
            entry.lastPollMs = now - qMax<qint64>(0, scan->lastUpdatedAt.msecsTo(wallNow));
        if (scan) {
            entry.type = scan->type;
            entry.estimator.setPrior(priorFor(scan->type));
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
    if (m_resetAtMs >= 0 && nowMs() >= m_resetAtMs + resetMarginMs())
        return m_limit;
    return m_remaining;
}

qint64 PollScheduler::resetMarginMs() const
{
    // X-RateLimit-Reset and Date count whole seconds: a reset read from them
    // may be up to a second early. (A window shrunk for a test gets less.)
    return qMin<qint64>(1000, m_settings.windowMs / 6);
}

qint64 PollScheduler::waitBeforeSendMs() const
{
    const qint64 now = nowMs();
    if (m_blockedUntilMs > now)
        return m_blockedUntilMs - now;
    if (requestsLeft() > 0)
        return 0;
    return m_resetAtMs >= 0 ? qMax<qint64>(1, m_resetAtMs + resetMarginMs() - now)
                            : m_settings.windowMs;
}

bool PollScheduler::budgetAllowsNow(qint64 *waitMs) const
{
    const qint64 wait = waitBeforeSendMs();
    if (waitMs)
        *waitMs = wait;
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
                    WaitReason::Interval, Slot::Look };
        if (aware && entry.lastPollMs != Entry::kNever && !entry.once)
            slot = progressAwareSlot(it.key(), entry, otherInterval, own);
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

    if (aware)
        layOutByPriority(queue);
    else
        layOut(queue);
    return queue;
}

void PollScheduler::layOut(QList<Slot> &queue) const
{
    // Lay the requests out on the budget: one per spacing, never closer, and
    // never past what the window has left (less the reserve) before it resets.
    const qint64 now = nowMs();
    const qint64 spacing = spacingMs();
    qint64 previous = m_lastSendMs < 0 ? now - spacing : m_lastSendMs;
    qint64 resetAt = m_resetAtMs;
    int left = requestsLeft();
    const qint64 earliest = qMax(now, m_blockedUntilMs);
    for (Slot &slot : queue) {
        qint64 at = std::max({ slot.atMs, previous + spacing, earliest });
        if (left <= m_settings.reserve) {
            const qint64 windowStart
                = resetAt >= 0 && resetAt + resetMarginMs() > now ? resetAt + resetMarginMs() : at;
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
}

void PollScheduler::layOutByPriority(QList<Slot> &queue) const
{
    // Progress-aware, each request's turn goes to the best poll ready by
    // then: a likely end first, then a fair turn, then the selected scan's own
    // pace; but never so that a fair turn would come later than a spacing
    // past its time (round-robin's pace is the promise). A turn nothing is
    // ready for goes to whatever is ready first after it. Turns are paced,
    // so a window never runs dry before later ends in it are due.
    const qint64 now = nowMs();
    const qint64 spacing = spacingMs();
    const qint64 earliest = qMax(now, m_blockedUntilMs);
    qint64 at = qMax(m_lastSendMs < 0 ? now : m_lastSendMs + spacing, earliest);
    qint64 resetAt = m_resetAtMs;
    int left = requestsLeft();
    const auto order = [spacing](const Slot &slot, qint64 turn) {
        switch (slot.rank) {
        case Slot::Needed:
            return 1;
        case Slot::Look:
            return turn - slot.atMs > spacing ? 0 : 2;
        case Slot::Share:
            break;
        }
        return 3;
    };
    // Whether every fair turn still goes within a spacing of its time when
    // the turns from `turn` on serve them in order of their times.
    const auto fairTurnsHold = [spacing](const QList<Slot> &pending, qint64 turn) {
        QList<qint64> due;
        for (const Slot &slot : pending)
            if (slot.rank == Slot::Look)
                due.append(slot.atMs);
        std::sort(due.begin(), due.end());
        for (qint64 at : std::as_const(due)) {
            turn = qMax(turn, at);
            if (turn > at + spacing)
                return false;
            turn += spacing;
        }
        return true;
    };
    const auto place = [&](QList<Slot> &pending, int index, qint64 when) {
        Slot slot = pending.takeAt(index);
        if (when > slot.atMs + 500)
            slot.reason
                = m_blockedUntilMs >= when - 500 ? WaitReason::RateLimited : WaitReason::Budget;
        slot.atMs = when;
        queue.append(slot);
        --left;
    };
    QList<Slot> pending = queue;
    queue.clear();
    while (!pending.isEmpty()) {
        if (left <= m_settings.reserve) {
            if (resetAt >= 0 && resetAt + resetMarginMs() > at)
                at = resetAt + resetMarginMs();
            left = m_limit;
            resetAt = at + m_settings.windowMs;
        }
        int best = -1;
        qint64 firstReady = std::numeric_limits<qint64>::max();
        for (int i = 0; i < pending.size(); ++i) {
            const Slot &slot = pending.at(i);
            firstReady = qMin(firstReady, slot.atMs);
            if (slot.atMs > at)
                continue;
            if (best < 0)
                best = i;
            const Slot &chosen = pending.at(best);
            const int mine = order(slot, at), theirs = order(chosen, at);
            if (mine < theirs || (mine == theirs && slot.atMs < chosen.atMs))
                best = i;
        }
        if (best < 0) {
            at = firstReady;
            continue;
        }
        if (pending.at(best).rank != Slot::Look && !fairTurnsHold(pending, at + spacing)) {
            // Spending this turn elsewhere would make a fair turn later than
            // round-robin would allow: the most pressing fair turn has it,
            // early if need be.
            best = -1;
            for (int i = 0; i < pending.size(); ++i)
                if (pending.at(i).rank == Slot::Look
                    && (best < 0 || pending.at(i).atMs < pending.at(best).atMs))
                    best = i;
        }
        place(pending, best, at);
        at += spacing;
    }
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
                                                     double fairMs, double ownMs) const
{
    // Never later than the round-robin would ask (its fair share of what the
    // selected scan leaves): where the estimate is wrong (a failure part way,
    // a phase done again), the scan is seen as soon as round-robin would see
    // it. Earlier where its end is likely: at the start of the window its
    // estimate gives, then through that window, a poll per step, until the
    // answer is the end. The selected scan's own, faster pace comes last: its
    // polls give way to likely ends and to the others' fair turns.
    const qint64 last = entry.lastPollMs;
    const EndEstimator::Estimate estimate = entry.estimator.estimate();
    Slot slot { id, last + static_cast<qint64>(fairMs), WaitReason::Interval, Slot::Look };
    if (estimate.known()) {
        const qint64 step = qMax<qint64>(m_settings.intervalMs * 3 / 4,
                                         estimate.widthMs() / kWindowLooks);
        const qint64 target = qMax(estimate.earliestMs + kEndLagMs, last + step);
        if (target < slot.atMs) {
            slot.atMs = target;
            slot.rank = Slot::Needed;
        }
    }
    const qint64 share = last + static_cast<qint64>(ownMs);
    if (id == m_selected && share < slot.atMs) {
        // Until its fair turn (or likely end) comes, then as that one.
        if (nowMs() < slot.atMs)
            slot.rank = Slot::Share;
        slot.atMs = share;
    }
    slot.atMs = qMin(slot.atMs, last + m_settings.floorIntervalMs);
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

EndEstimator::Prior PollScheduler::priorFor(const QString &type) const
{
    EndEstimator::Prior prior;
    prior.durationMs = priorDurationMs(type);
    const Tail tail = m_tailByType.value(type);
    if (tail.shortestMs >= 0) {
        // What was seen, widened: a few scans do not show the whole spread.
        prior.tailMinMs = tail.shortestMs * 85 / 100;
        prior.tailMaxMs = tail.longestMs * 115 / 100 + 1000;
    }
    return prior;
}

void PollScheduler::learnTail(const QString &id, const Entry &entry, qint64 endedSeenMs)
{
    const qint64 tail = entry.estimator.tailMs(endedSeenMs);
    if (tail < 0 || entry.type.isEmpty())
        return;
    Tail &learned = m_tailByType[entry.type];
    learned.shortestMs = learned.shortestMs < 0 ? tail : qMin(learned.shortestMs, tail);
    learned.longestMs = qMax(learned.longestMs, tail);
    const EndEstimator::Prior prior = priorFor(entry.type);
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        if (it.key() != id && it->type == entry.type)
            it->estimator.setPrior(prior);
}

void PollScheduler::publishEstimate(const QString &id, const Entry &entry)
{
    const Scan *scan = m_repository.find(id);
    if (!scan)
        return;
    const EndEstimator::Estimate estimate = entry.estimator.estimate();
    QDateTime when;
    if (estimate.known())
        when = QDateTime::currentDateTimeUtc().addMSecs(estimate.likelyMs - nowMs());
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
    m_client.releaseWaiting();
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
            const qint64 answeredMs = sentMs + (now - sentMs) / 2;
            if (isTerminal(status.state))
                learnTail(id, entry, answeredMs);
            entry.estimator.addSample(answeredMs, status.state, status.progress);
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
    if (m_resetAtMs >= 0 && now >= m_resetAtMs + resetMarginMs()) {
        m_remaining = m_limit;
        m_resetAtMs = now + m_settings.windowMs;
    }
    if (m_remaining < 0)
        m_remaining = m_limit;
    m_remaining = qMax(0, m_remaining - 1);
    emit budgetChanged(requestsLeft(), m_limit);
}

} // namespace core
