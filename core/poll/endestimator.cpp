#include "endestimator.h"

#include <algorithm>
#include <cmath>

namespace core {
namespace {

constexpr int kKeptChanges = 32;
// The latest stretch judges the pace on its own when it spans this much.
constexpr int kRecentSpan = 10;
// A window never narrower than this: answers are timed to the millisecond,
// the server's progress is not.
constexpr qint64 kMinWidthMs = 1000;

qint64 scaled(double msPerPercent, double percent)
{
    return static_cast<qint64>(std::llround(msPerPercent * percent));
}

} // namespace

void EndEstimator::addRunningCheck(qint64 atMs)
{
    m_lastAnyMs = qMax(m_lastAnyMs, atMs);
    m_runningSeenMs = qMax(m_runningSeenMs, atMs);
}

void EndEstimator::addSample(qint64 atMs, ScanState state, int progress)
{
    if (isTerminal(state))
        return;
    m_lastAnyMs = qMax(m_lastAnyMs, atMs);
    m_runningSeenMs = qMax(m_runningSeenMs, atMs);
    if (m_firstMs == kUnset && m_last.atMs == kUnset
        && (state == ScanState::Queued || progress <= 0))
        m_firstMs = atMs;
    if (state == ScanState::Queued) {
        m_lastQueuedMs = atMs;
        m_changes.clear();
        m_last = { kUnset, 0 };
        m_heldBelowTop = false;
        return;
    }
    progress = std::clamp(progress, 0, 100);
    if (m_last.atMs == kUnset) {
        // Its first running answer: it started after the last queued one.
        if (m_lastQueuedMs != kUnset) {
            m_changes.append({ m_lastQueuedMs, atMs, 0 });
            if (progress > 0)
                m_changes.append({ m_lastQueuedMs, atMs, progress });
        } else {
            m_changes.append({ kUnset, atMs, progress });
        }
    } else if (progress < m_last.progress) {
        // It went back: what was measured before says nothing now.
        m_changes = { { m_last.atMs, atMs, progress } };
        m_heldBelowTop = false;
    } else if (progress > m_last.progress) {
        m_changes.append({ m_last.atMs, atMs, progress });
    } else if (progress < kTopPercent) {
        m_heldBelowTop = true;
    }
    if (m_changes.size() > kKeptChanges)
        m_changes.removeAt(1); // the first stays: the longest baseline is the best one
    m_last = { atMs, progress };
}

bool EndEstimator::stepped() const
{
    return m_heldBelowTop || m_prior.stepped;
}

qint64 EndEstimator::longestHoldMs() const
{
    qint64 longest = 0;
    for (int i = 1; i < m_changes.size(); ++i)
        longest = qMax(longest, m_changes.at(i).atMs - m_changes.at(i - 1).atMs);
    return longest;
}

EndEstimator::Estimate EndEstimator::fromPace(bool inSteps) const
{
    Estimate result;
    if (m_changes.size() < 2)
        return result;
    // When progress reached a value: in steps, anywhere since the answer
    // before; smoothly, just before the answer that said it. The start (0 %,
    // after the last queued answer) is taken as early as it can be, which
    // puts the end late rather than early.
    struct When
    {
        qint64 low, likely, high;
    };
    auto when = [inSteps](const Change &change) -> When {
        if (change.afterMs == kUnset)
            return { change.atMs, change.atMs, change.atMs };
        if (change.progress == 0)
            return { change.afterMs, change.afterMs, change.atMs };
        if (inSteps)
            return { change.afterMs, change.afterMs + (change.atMs - change.afterMs) / 2,
                     change.atMs };
        return { change.atMs, change.atMs, change.atMs };
    };
    const Change &last = m_changes.last();
    const bool tailKnown = m_prior.tailMinMs >= 0 && m_prior.tailMaxMs >= m_prior.tailMinMs;
    if (tailKnown) {
        // At the top already: its type's last phase from when it got there.
        const auto top = std::find_if(m_changes.cbegin(), m_changes.cend(), [](const Change &c) {
            return c.progress >= kTopPercent && c.afterMs != kUnset;
        });
        if (top != m_changes.cend()) {
            When at = when(*top);
            if (!inSteps) // where the pace between the answers crossed it
                at.low = at.likely = at.high = crossedTopMs(top);
            result.earliestMs = at.low + m_prior.tailMinMs;
            result.likelyMs = at.likely + (m_prior.tailMinMs + m_prior.tailMaxMs) / 2;
            result.latestMs = at.high + m_prior.tailMaxMs;
            return result;
        }
    }
    // The longest baseline is the most precise one, unless the pace changed:
    // then the latest stretch that spans enough judges it on its own.
    auto firstUsable = std::find_if(m_changes.cbegin(), m_changes.cend(), [](const Change &c) {
        return c.afterMs != kUnset || c.progress > 0;
    });
    if (!inSteps) {
        // Read smoothly, a value is timed by its answer, the start only by a
        // window: a baseline from the first value is sharper when it is long.
        const auto firstValue
            = std::find_if(m_changes.cbegin(), m_changes.cend(), [&last](const Change &c) {
                  return c.progress > 0 && last.progress - c.progress >= kRecentSpan;
              });
        if (firstValue != m_changes.cend())
            firstUsable = firstValue;
    }
    if (firstUsable == m_changes.cend() || firstUsable->progress >= last.progress)
        return result;
    const Change *anchor = &*firstUsable;
    for (int i = m_changes.size() - 2; i >= 0; --i) {
        const Change &candidate = m_changes.at(i);
        if (&candidate == anchor || last.progress - candidate.progress < kRecentSpan)
            continue;
        const When a = when(*anchor), ra = when(candidate), b = when(last);
        const double overall = double(b.likely - a.likely) / (last.progress - anchor->progress);
        const double recent = double(b.likely - ra.likely) / (last.progress - candidate.progress);
        if (recent > overall * 1.5 || recent < overall / 1.5)
            anchor = &candidate;
        break;
    }
    const When a = when(*anchor), b = when(last);
    const double span = last.progress - anchor->progress;
    // Progress is rounded down: a span of n points is anything in (n-1, n+1).
    const double spanLow = inSteps ? span : qMax(0.5, span - 1);
    const double spanHigh = inSteps ? span : span + 1;
    const double paceLikely = double(b.likely - a.likely) / span;
    const double paceLow = qMax(0.0, double(b.low - a.high) / spanHigh);
    const double paceHigh = qMax(paceLikely, double(b.high - a.low) / spanLow);
    if (paceLikely <= 0 && paceHigh <= 0)
        return result;
    // To the top, then the type's last phase if earlier scans taught it;
    // otherwise on at the same pace to 100 %.
    const double remaining = tailKnown ? qMax(0, kTopPercent - last.progress) : 100 - last.progress;
    result.likelyMs = b.likely + scaled(paceLikely, remaining);
    // Read smoothly, the last value may be all but the next one.
    result.earliestMs = b.low + scaled(paceLow, qMax(0.0, remaining - (inSteps ? 0 : 1)));
    result.latestMs = b.high + scaled(paceHigh, remaining);
    if (tailKnown) {
        result.earliestMs += m_prior.tailMinMs;
        result.likelyMs += (m_prior.tailMinMs + m_prior.tailMaxMs) / 2;
        result.latestMs += m_prior.tailMaxMs;
    }
    return result;
}

EndEstimator::Estimate EndEstimator::fromPrior(qint64 nowMs) const
{
    Estimate result;
    if (m_prior.durationMs <= 0 || m_firstMs == kUnset)
        return result;
    // Durations of a type spread: a third either way.
    result.likelyMs = m_firstMs + m_prior.durationMs;
    result.earliestMs = m_firstMs + m_prior.durationMs * 2 / 3;
    result.latestMs = m_firstMs + m_prior.durationMs * 4 / 3;
    if (nowMs > result.latestMs)
        return {}; // it has outstayed what such scans take: no idea
    return result;
}

EndEstimator::Estimate EndEstimator::estimate() const
{
    if (m_last.atMs == kUnset) // queued or never answered
        return fromPrior(m_lastAnyMs);

    const bool inSteps = stepped();
    Estimate result = fromPace(inSteps);
    if (!result.known()) {
        result = fromPrior(m_lastAnyMs);
        return result;
    }
    // Standing still: for far longer than its steps took, and than its pace
    // would explain, it is a stall, and a stall says nothing of the end.
    const qint64 standing = m_last.atMs - m_changes.last().atMs;
    const bool atTop = m_last.progress >= kTopPercent && m_prior.tailMaxMs >= 0;
    const double pace = double(result.likelyMs - m_last.atMs) / qMax(1, 100 - m_last.progress);
    if (!atTop && standing >= kStallMs && standing >= 3 * longestHoldMs() && standing >= 4 * pace) {
        Estimate stalled;
        stalled.stalled = true;
        stalled.stillSinceMs = m_changes.last().atMs;
        return stalled;
    }
    // It was still running at its last answer (or the last word that it had
    // not ended): the end is later than that. A window it has outrun moves
    // past the answer and widens by what it missed by, and at least by its
    // own width.
    const qint64 seen = qMax(m_last.atMs, m_runningSeenMs);
    if (result.latestMs <= seen) {
        const qint64 missed = seen - result.likelyMs;
        const qint64 width
            = std::max({ kMinWidthMs, 2 * (result.latestMs - result.earliestMs), missed });
        result.earliestMs = seen;
        result.likelyMs = seen + width / 2;
        result.latestMs = seen + width;
    } else if (result.earliestMs <= seen) {
        result.earliestMs = seen;
        result.likelyMs = qMax(result.likelyMs, seen + (result.latestMs - seen) / 2);
    }
    result.latestMs = qMax(result.latestMs, result.earliestMs + kMinWidthMs);
    result.likelyMs = std::clamp(result.likelyMs, result.earliestMs, result.latestMs);
    return result;
}

double EndEstimator::paceBeforeMs(QList<Change>::const_iterator top) const
{
    // Over the last stretch of at least kRecentSpan points before `top`.
    if (top == m_changes.cbegin())
        return -1;
    for (auto from = top - 1;; --from) {
        if (top->progress - from->progress >= kRecentSpan && from->afterMs != kUnset)
            return double(top->atMs - from->atMs) / (top->progress - from->progress);
        if (from == m_changes.cbegin())
            return -1;
    }
}

qint64 EndEstimator::crossedTopMs(QList<Change>::const_iterator top) const
{
    // Read smoothly: where the pace between the answer before and this one
    // crossed the top (the first change has none before it: its answer);
    // earlier where the pace before them would have reached it sooner: a
    // value held at the top since (a last phase) was reached at that pace,
    // not at the answer that first said it.
    if (top == m_changes.cbegin() || top->afterMs == kUnset)
        return top->atMs;
    const int before = (top - 1)->progress;
    if (top->progress <= before)
        return top->atMs;
    const double share
        = std::clamp(double(kTopPercent - before) / (top->progress - before), 0.0, 1.0);
    const qint64 between = top->afterMs + static_cast<qint64>(share * (top->atMs - top->afterMs));
    const double pace = paceBeforeMs(top - 1);
    if (pace <= 0)
        return between;
    const qint64 atPace = top->afterMs + scaled(pace, qMax(0, kTopPercent - before));
    return std::clamp(atPace, top->afterMs, between);
}

qint64 EndEstimator::topAtPaceMs() const
{
    // Its pace over the last stretch before the top, on to 100 %.
    const auto top = std::find_if(m_changes.cbegin(), m_changes.cend(),
                                  [](const Change &c) { return c.progress >= kTopPercent; });
    if (top == m_changes.cend())
        return -1;
    const double pace = paceBeforeMs(top);
    return pace <= 0 ? -1 : scaled(pace, 100 - kTopPercent);
}

qint64 EndEstimator::tailMs(qint64 endedSeenMs) const
{
    if (m_last.atMs == kUnset || m_last.progress < kTopPercent)
        return -1;
    const auto top = std::find_if(m_changes.cbegin(), m_changes.cend(),
                                  [](const Change &c) { return c.progress >= kTopPercent; });
    if (top == m_changes.cend() || top->afterMs == kUnset)
        return -1;
    // Reached the top between two answers: read smoothly, where the pace
    // between them crossed it; in steps, anywhere between them.
    const bool smooth = !stepped();
    const qint64 reached
        = smooth ? crossedTopMs(top) : top->afterMs + (top->atMs - top->afterMs) / 2;
    const qint64 reachedSpread = smooth ? 0 : top->atMs - top->afterMs;
    // Ended between its last running answer and the one that said it had ended.
    const qint64 running = qMax(m_last.atMs, m_runningSeenMs);
    const qint64 ended = running + (endedSeenMs - running) / 2;
    const qint64 tail = qMax<qint64>(0, ended - reached);
    // Answers too far apart to time it teach nothing: a tail guessed from the
    // middle of a long gap is as likely twice too long as right.
    if (reachedSpread + (endedSeenMs - running) > qMax<qint64>(2 * kMinWidthMs, tail / 2))
        return -1;
    return tail;
}

} // namespace core
