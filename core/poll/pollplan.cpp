// The scheduler's plan: which scan is asked when, on the budget, and the
// estimates it is made from. Apart from pollscheduler.cpp (the requests,
// answers and budget) so that each reads in one sitting.
#include "pollscheduler.h"
#include "store/scanrepository.h"

#include <algorithm>

namespace core {
namespace {

// Asked this long after the earliest the end can be, so that the answer is it.
constexpr qint64 kEndLagMs = 300;
// An end's window is walked in at most this many looks (one a turn if it is
// that narrow; on a budget of kPullInBelowLimit or more, every two turns).
constexpr qint64 kWindowLooks = 6;
// Below this many requests a window (the free plan's ten), a turn spread
// past a spacing is pulled in to the floor of the look for ends (a sweep's,
// or the last scan's own): there a turn is seconds long. Above it, a turn
// is a second or less, and pulling turns in drains a window sooner than it
// helps (the selected scan's pace suffers).
constexpr int kPullInBelowLimit = 30;
// Sweeps on a tight budget leave at most two pacing intervals less this (or
// less a tenth of one) between them, so that an end just after one is seen
// within two intervals.
constexpr qint64 kSweepGapSlackMs = 600;
// A budget with room for every scan at the interval still sends no more
// than one question this often (50 a second): spread, not in bursts.
constexpr qint64 kSpreadMs = 20;
// Once every scan has ended, the answers still owed (events and report
// links) come no closer than this.
constexpr qint64 kLastAnswersMs = 1000;
// An estimate that moves less than this is not worth a repaint.
constexpr qint64 kEstimateStepMs = 5000;

} // namespace

QList<PollScheduler::Slot> PollScheduler::plan() const
{
    QList<Slot> queue;
    if (m_pausedForKey || !m_networkAvailable || m_paused)
        return queue;
    const qint64 now = nowMs();

    // Share the budget: the selected scan gets its interval if at most half the
    // budget (or all that the others leave) covers it; the rest share the rest.
    if (m_entries.isEmpty())
        return queue;
    // A finished scan asked once is not watched: it takes no share of the pace.
    int pollable = 0, listed = 0;
    for (const Entry &entry : m_entries) {
        pollable += entry.once ? 0 : 1;
        listed += entry.once || entry.unlisted ? 0 : 1;
    }
    const bool selectedPollable
        = m_entries.contains(m_selected) && !m_entries.value(m_selected).once;
    const double interval = m_settings.intervalMs;
    const double rate = 1.0 / spacingMs(); // requests per ms the budget allows
    double selectedInterval = interval;
    double otherInterval = interval;
    const bool tight = isTight(pollable);
    // Each scan at the interval when the budget allows; progress-aware when
    // it does not. Sweeps at likely ends either way: one request for them all.
    const bool aware = tight && m_settings.progressAware;
    const bool sweeping = m_settings.progressAware && !m_sweepRefused
        && m_settings.sweepFromScans > 0 && listed >= qMax(2, m_settings.sweepFromScans);
    // A tight budget, and one scan left to watch: its end is looked for at
    // least every second turn, as a sweep would.
    const bool checkFloor = tight && aware && !sweeping && pollable == 1;
    qint64 sweepAt = std::numeric_limits<qint64>::max();
    qint64 floorAt = Entry::kNever;
    QString floorId; // whose look floorAt is for: empty, a sweep
    qint64 lastSwept = m_sweep.lastPollMs;
    if (tight) {
        const int others = pollable - (selectedPollable ? 1 : 0);
        // Sweeps take every second turn at least; the scans' own questions
        // share the rest.
        const double shared = sweeping ? rate * 2 / 5 : rate;
        double selectedRate = 0;
        if (selectedPollable)
            selectedRate = qMin(1.0 / interval, shared - qMin(shared / 2, others / interval));
        selectedInterval = selectedRate > 0 ? 1.0 / selectedRate : interval;
        if (others > 0)
            otherInterval = qMax(interval, others / (shared - selectedRate));
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
        const bool swept = sweeping && !entry.once && !entry.unlisted;
        if ((aware || swept) && entry.lastPollMs != Entry::kNever && !entry.once)
            slot = swept ? sweepingSlot(it.key(), entry, otherInterval, own)
                         : progressAwareSlot(it.key(), entry, otherInterval, own);
        if (swept && !tight)
            slot.rank = Slot::Look; // room for every scan at the interval
        if (!tight && m_settings.progressAware && !swept && !entry.once
            && entry.lastPollMs != Entry::kNever) {
            // Room to spare, and no sweep for it: its own poll goes where
            // its end is likely too, not only at the interval.
            const qint64 check = endCheckAtMs(entry, true);
            if (check != Entry::kNever && check < slot.atMs) {
                slot.atMs = check;
                slot.rank = Slot::Needed;
            }
        }
        if (checkFloor && !swept && !entry.once && entry.lastPollMs != Entry::kNever) {
            const qint64 check = qMax(entry.lastPollMs, entry.lastCheckMs) + 2 * spacingMs();
            if (check < slot.atMs) {
                slot.atMs = check;
                slot.rank = Slot::Needed;
            }
            // As a sweep's floor: a turn the window's spread would put
            // later is pulled in to it.
            floorAt = check;
            floorId = it.key();
        }
        if (swept) {
            const qint64 check = endCheckAtMs(entry, !tight);
            if (check != Entry::kNever)
                sweepAt = qMin(sweepAt, check);
            if (m_sweep.lastPollMs == Entry::kNever) // none yet: from its last word
                lastSwept = lastSwept == Entry::kNever ? entry.lastCheckMs
                                                       : qMin(lastSwept, entry.lastCheckMs);
        } else if (entry.sweptEnd) {
            // The events and link of an end a sweep saw (its grade is shown
            // already): after the ends still to come, before more progress,
            // and no sooner than the interval after its last question.
            slot.rank = Slot::Details;
            if (entry.lastPollMs != Entry::kNever)
                slot.atMs = entry.lastPollMs + m_settings.intervalMs;
        }
        // After a failure its next question is a retry, whatever time it
        // goes at (the row says so beside the problem).
        if (entry.failures > 0)
            slot.reason = WaitReason::Backoff;
        if (entry.retryAtMs > slot.atMs) {
            slot.atMs = entry.retryAtMs;
            slot.reason = WaitReason::Backoff;
        }
        queue.append(slot);
    }
    if (sweeping && !m_sweep.inFlight) {
        // At every end that is likely and, on a tight budget (where the
        // scans' own questions come rarely), at least every second turn.
        qint64 floor = std::numeric_limits<qint64>::max();
        if (tight) {
            floor = lastSwept == Entry::kNever ? now : lastSwept + sweepGapMs();
            floorAt = floor;
        }
        Slot slot { QString(), qMin(floor, sweepAt), WaitReason::Interval, Slot::Needed };
        if (m_sweep.retryAtMs > slot.atMs) {
            slot.atMs = m_sweep.retryAtMs;
            slot.reason = WaitReason::Backoff;
        }
        if (slot.atMs != std::numeric_limits<qint64>::max())
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
        const bool aSelected = !a.id.isEmpty() && a.id == m_selected;
        const bool bSelected = !b.id.isEmpty() && b.id == m_selected;
        if (aSelected != bSelected)
            return aSelected;
        return a.atMs != b.atMs ? a.atMs < b.atMs : a.id < b.id;
    });

    if (aware)
        layOutByPriority(queue, floorAt, floorId);
    else
        layOut(queue, pollable == 0);
    return queue;
}

bool PollScheduler::isTight(qsizetype pollable) const
{
    return double(pollable) / m_settings.intervalMs > 1.0 / spacingMs();
}

bool PollScheduler::detailsWaitForALook() const
{
    // Where a request is seconds of the budget (the free plan's ten a
    // minute: 6.3 s each), and the budget is short.
    // Scans owed one answer (ended) are not watched: they take no share.
    const auto pollable = std::count_if(m_entries.cbegin(), m_entries.cend(),
                                        [](const Entry &entry) { return !entry.once; });
    return m_settings.detailsOnDemand && m_limit < kPullInBelowLimit && isTight(pollable);
}

void PollScheduler::layOut(QList<Slot> &queue, bool nothingWatched) const
{
    // Lay the requests out on the budget: one per spacing, never closer, and
    // never past what the window has left (less the reserve) before it resets.
    // A budget with room for all still spreads them over the interval (up to
    // kSpreadMs apart): 200 scans adopted together come due together, and
    // their answers in one burst would hold the window for tens of ms.
    const qint64 now = nowMs();
    // Every scan has ended, and what is left is one answer each (events and
    // report link) that nothing later needs the window for: a second apart,
    // not a pacing interval (the command line waited 26 s for five on the
    // free plan, with nine requests of the window left).
    const qint64 spacing = nothingWatched
        ? qMin<qint64>(spacingMs(), kLastAnswersMs)
        : qMax(spacingMs(), qMin<qint64>(kSpreadMs, m_settings.intervalMs / qMax(1, queue.size())));
    qint64 previous = m_lastSendMs < 0 ? now - spacing : m_lastSendMs;
    qint64 resetAt = m_resetAtMs;
    int left = requestsLeft();
    const qint64 earliest = qMax(now, m_blockedUntilMs);
    for (qsizetype i = 0; i < queue.size(); ++i) {
        qint64 at = std::max({ queue.at(i).atMs, previous + spacing, earliest });
        // A look for an end due within a spacing of this turn takes it, a
        // little early, rather than wait a spacing past its time: it is the
        // last look that keeps the end within two intervals. What it
        // displaces (a question at the interval) comes a spacing later.
        // A retry waits for its time (a backoff, or the server's Retry-After).
        if (queue.at(i).rank != Slot::Needed && i + 1 < queue.size()
            && queue.at(i + 1).rank == Slot::Needed && queue.at(i + 1).atMs < at + spacing
            && queue.at(i + 1).reason != WaitReason::Backoff)
            queue.swapItemsAt(i, i + 1);
        Slot &slot = queue[i];
        if (left <= m_settings.reserve) {
            const qint64 windowStart
                = resetAt >= 0 && resetAt + resetMarginMs() > now ? resetAt + resetMarginMs() : at;
            at = qMax(at, windowStart);
            left = m_limit;
            resetAt = at + m_settings.windowMs;
        }
        slot.reason = delayedReason(slot, at);
        slot.atMs = at;
        previous = at;
        --left;
    }
}

WaitReason PollScheduler::delayedReason(const Slot &slot, qint64 at) const
{
    // Put off past its time by the budget, or by the server's 429; a retry
    // after a failure still says it is one (the failure is what the row shows).
    if (at <= slot.atMs + 500)
        return slot.reason;
    if (m_blockedUntilMs >= at - 500)
        return WaitReason::RateLimited;
    return slot.reason == WaitReason::Backoff ? WaitReason::Backoff : WaitReason::Budget;
}

qint64 PollScheduler::sweepGapMs() const
{
    // With many requests a window (a paid plan), exactly two: a margin there
    // costs more sweeps than it saves delay.
    if (m_limit >= kPullInBelowLimit)
        return 2 * spacingMs();
    return qMax(spacingMs(), 2 * spacingMs() - qMin<qint64>(kSweepGapSlackMs, spacingMs() / 10));
}

void PollScheduler::layOutByPriority(QList<Slot> &queue, qint64 floorAt,
                                     const QString &floorId) const
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
    qint64 resetAt = m_resetAtMs;
    int left = requestsLeft();
    // What the window has left is spread over what is left of it (after a
    // burst of launches, say), not spent at once with nothing for its end.
    const auto nextTurn = [&](qint64 after) {
        const int usable = left - m_settings.reserve;
        const qint64 windowEnd = resetAt >= 0 ? resetAt + resetMarginMs() : -1;
        return after
            + (usable > 0 && windowEnd > after ? qMax(spacing, (windowEnd - after) / (usable + 1))
                                               : spacing);
    };
    // Turns come at the pace above; but while the last was not a sweep, a
    // turn spread past a spacing comes no later than the floor of the look
    // for ends (a sweep's or, one scan left, its own), though never within
    // half a spacing of the one before: the requests a window has are not
    // spread so thin that two turns apart is past two intervals.
    bool lastWasSweep = m_lastSendWasSweep;
    const auto turnAfter = [&](qint64 previous, const QList<Slot> &pending) {
        qint64 turn = nextTurn(previous);
        if (!lastWasSweep && floorAt != Entry::kNever && floorAt < turn && turn > previous + spacing
            && m_limit < kPullInBelowLimit
            && std::any_of(pending.cbegin(), pending.cend(),
                           [&floorId](const Slot &slot) { return slot.id == floorId; }))
            turn = qMax(floorAt, previous + spacing / 2);
        return qMax(turn, earliest);
    };
    qint64 at = qMax(m_lastSendMs < 0 ? now : turnAfter(m_lastSendMs, queue), earliest);
    // Where the pace (not a pull-in) puts the turn after the last request.
    qint64 paceTurn = m_lastSendMs < 0 ? at : nextTurn(m_lastSendMs);
    const auto order = [spacing](const Slot &slot, qint64 turn) {
        switch (slot.rank) {
        case Slot::Needed:
            return 1;
        case Slot::Look:
            return turn - slot.atMs > spacing ? 0 : 2;
        case Slot::Details:
            return 3;
        case Slot::Share:
            break;
        }
        return 4;
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
        slot.reason = delayedReason(slot, when);
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
            // Among equals, the scan the user is watching first.
            const int mine = order(slot, at), theirs = order(chosen, at);
            const bool selected = !slot.id.isEmpty() && slot.id == m_selected;
            const bool chosenSelected = !chosen.id.isEmpty() && chosen.id == m_selected;
            if (mine < theirs
                || (mine == theirs
                    && (selected != chosenSelected ? selected : slot.atMs < chosen.atMs)))
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
        // A sweep that is due never waits two turns in a row, nor over a
        // window's reset: whatever else presses, ends are looked for at
        // least every second turn.
        const auto sweepAt = std::find_if(pending.cbegin(), pending.cend(),
                                          [](const Slot &slot) { return slot.id.isEmpty(); });
        const bool lastOfWindow = left - 1 <= m_settings.reserve;
        // The window's last turn, with the next after its reset and past the
        // sweeps' floor: the sweep goes now, early, rather than late.
        const bool floorPastReset = lastOfWindow && floorAt != Entry::kNever && resetAt >= 0
            && resetAt + resetMarginMs() > floorAt;
        // A sweep due within a spacing of this turn takes it, early, rather
        // than wait for the next, a spacing or more past its floor (seen: one
        // due 3 ms after an own question's turn, an end shown 2.3 s late);
        // a retry waits for its time. A turn half a spacing past where the
        // pace put it follows an idle one: a sweep may take it though the
        // last request was one.
        const bool sweepDue = sweepAt != pending.cend()
            && (sweepAt->atMs <= at
                || (sweepAt->atMs < at + spacing && sweepAt->reason != WaitReason::Backoff));
        const bool followsSweep = lastWasSweep && at <= paceTurn + spacing / 2;
        if ((sweepDue || (sweepAt != pending.cend() && floorPastReset))
            && !pending.at(best).id.isEmpty() && (!followsSweep || lastOfWindow))
            best = static_cast<int>(sweepAt - pending.cbegin());
        lastWasSweep = pending.at(best).id.isEmpty();
        place(pending, best, at);
        paceTurn = nextTurn(at);
        at = turnAfter(at, pending);
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
    Slot slot { id, last + static_cast<qint64>(fairMs), WaitReason::Interval, Slot::Look };
    const qint64 target = endCheckAtMs(entry);
    if (target != Entry::kNever && target < slot.atMs) {
        slot.atMs = target;
        slot.rank = Slot::Needed;
    }
    const qint64 share = last + static_cast<qint64>(ownMs);
    if (id == m_selected && share < slot.atMs) {
        // Until its fair turn (or likely end) comes, then as that one; its
        // first look is a fair turn of its own: the user is watching it.
        if (nowMs() < slot.atMs)
            slot.rank = entry.answers == 0 ? Slot::Look : Slot::Share;
        slot.atMs = share;
    }
    slot.atMs = qMin(slot.atMs, last + m_settings.floorIntervalMs);
    return slot;
}

PollScheduler::Slot PollScheduler::sweepingSlot(const QString &id, const Entry &entry,
                                                double fairMs, double ownMs) const
{
    // Sweeps look for its end (and ask about it at least every second turn);
    // its own question (progress and events) takes the turns they leave, at
    // round-robin's pace or, selected, at its own. The selected scan's first
    // look and one per floor interval, and the others' one per two floor
    // intervals, go before the rest.
    const qint64 last = entry.lastPollMs;
    Slot slot { id, last + static_cast<qint64>(fairMs), WaitReason::Interval, Slot::Share };
    qint64 floor = last + 2 * qint64(m_settings.floorIntervalMs);
    if (id == m_selected) {
        slot.atMs = qMin(slot.atMs, last + static_cast<qint64>(ownMs));
        if (entry.answers == 0)
            slot.rank = Slot::Look;
        // The selected scan's floor a spacing early: it becomes a fair turn
        // when a turn is given out, and the turn after may be a spacing or
        // more later (a floor 34 ms after a turn waited 7.8 s for the next).
        floor = last + m_settings.floorIntervalMs - spacingMs();
    }
    if (floor <= qMax(slot.atMs, nowMs())) { // its own pace gave way for a floor's length
        slot.atMs = floor;
        slot.rank = Slot::Look;
    }
    return slot;
}

qint64 PollScheduler::endCheckAtMs(const Entry &entry, bool roomToSpare) const
{
    const EndEstimator::Estimate estimate = entry.estimator.estimate();
    if (!estimate.known())
        return Entry::kNever;
    qint64 step = qMax<qint64>(spacingMs(), estimate.widthMs() / kWindowLooks);
    // With room to spare, through its window every two intervals: looks
    // closer than that cost more requests than round-robin's pace (measured:
    // 1 % more on the paid plan's front-loaded profile) for a few tenths of
    // a second.
    // Never closer than half the interval, though: two pacing intervals of a
    // plan of thousands a minute are a tenth of a second, and a scan whose
    // end may come any moment was asked three times a second (seen: 17 of
    // 200 scans, 24 questions in 8 s each).
    if (roomToSpare)
        step = qMax<qint64>(sweepGapMs(), m_settings.intervalMs / 2);
    // With many requests a window (a paid plan), every window is walked
    // every two intervals too (the last look then keeps an end within two):
    // a look every turn spent whole stretches on sweeps where a pace changed
    // (fast to 80 %, then slow) or progress comes a percent every few
    // seconds (measured, seeds 21-60: 0.3-0.5 % more requests than
    // round-robin on front-loaded; every two intervals, 3-4 % fewer, the
    // median still within one). On the free plan two intervals are 12 s:
    // there every turn counts.
    if (m_limit >= kPullInBelowLimit)
        step = qMax(step, sweepGapMs());
    return qMax(estimate.earliestMs + kEndLagMs, qMax(entry.lastPollMs, entry.lastCheckMs) + step);
}

void PollScheduler::publishEstimate(const QString &id, const Entry &entry)
{
    const WatchInfo *scan = m_repository.watchInfo(id);
    if (!scan)
        return;
    const EndEstimator::Estimate estimate = entry.estimator.estimate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime when, stillSince;
    if (estimate.known())
        when = now.addMSecs(estimate.likelyMs - nowMs());
    else if (estimate.stalled)
        stillSince = now.addMSecs(estimate.stillSinceMs - nowMs());
    const auto near = [](const QDateTime &shown, const QDateTime &now) {
        return shown.isValid() == now.isValid()
            && (!now.isValid() || qAbs(shown.msecsTo(now)) < kEstimateStepMs);
    };
    if (near(scan->expectedEndAt, when) && near(scan->stillSince, stillSince))
        return;
    m_repository.setExpectedEnd(id, when, stillSince);
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
    prior.stepped = m_steppedTypes.contains(type);
    const Tail tail = tailOf(type);
    if (tail.shortestMs >= 0 && !tail.paced) {
        // What was seen, widened: a few scans do not show the whole spread
        // (tails of 5-20 % of a scan, learned from two or three: the next
        // one came up to 40 % shorter than the shortest seen; an end before
        // its window is seen only at the scan's own pace).
        prior.tailMinMs = tail.shortestMs / 2;
        prior.tailMaxMs = tail.longestMs * 115 / 100 + 1000;
    }
    return prior;
}

PollScheduler::Tail PollScheduler::tailOf(const QString &type) const
{
    // From the last phases the history keeps (this run's ended scans, and
    // earlier runs'), the latest first: a server's behaviour changes.
    constexpr int kTailsKept = 20;
    const auto cached = m_tailByType.constFind(type);
    if (cached != m_tailByType.cend())
        return *cached;
    Tail learned;
    int kept = 0;
    for (int i = m_repository.count() - 1; i >= 0 && kept < kTailsKept; --i) {
        const Scan &scan = m_repository.at(i);
        if (scan.type != type || scan.lastPhaseMs < 0)
            continue;
        ++kept;
        const qint64 tail = scan.lastPhaseMs;
        learned.shortestMs = learned.shortestMs < 0 ? tail : qMin(learned.shortestMs, tail);
        learned.longestMs = qMax(learned.longestMs, tail);
        // A phase within half and one and a half times what its pace gave is
        // the pace's, not one of its own (smooth or front-loaded progress).
        const qint64 atPace = scan.lastPhaseAtPaceMs;
        if (atPace <= 0 || tail * 2 < atPace || tail * 2 > atPace * 3)
            learned.paced = false;
    }
    m_tailByType.insert(type, learned);
    return learned;
}

void PollScheduler::learnTail(const QString &id, const Entry &entry, qint64 endedSeenMs)
{
    const qint64 tail = entry.estimator.tailMs(endedSeenMs);
    if (tail < 0 || entry.type.isEmpty())
        return;
    m_repository.setLastPhase(id, tail, entry.estimator.topAtPaceMs());
    m_tailByType.remove(entry.type);
    sharePrior(entry.type, id);
}

void PollScheduler::learnSteps(const QString &id, const Entry &entry)
{
    // One scan seen holding a value is enough: the others of its type may
    // be asked too rarely to show it, and would read a step as its answer's
    // time (ends 8 s early, measured on the paid plan's staircase).
    if (!entry.estimator.heldAValue() || entry.type.isEmpty()
        || m_steppedTypes.contains(entry.type))
        return;
    m_steppedTypes.insert(entry.type);
    sharePrior(entry.type, id);
}

void PollScheduler::sharePrior(const QString &type, const QString &learnedFrom)
{
    const EndEstimator::Prior prior = priorFor(type);
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        if (it.key() != learnedFrom && it->type == type)
            it->estimator.setPrior(prior);
}

} // namespace core
