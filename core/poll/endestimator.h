#pragma once

#include "api/types.h"

#include <QList>

#include <limits>

namespace core {

/// Guesses when a scan will end, and how sure that guess is, from what its
/// answers said over time: the progress it reported and when, the last phase
/// that earlier scans of its type spent at the top, and, before progress says
/// anything, how long earlier scans of the type took. Pure: every time is
/// passed in, on whatever clock the caller keeps (the scheduler's), and any
/// time is valid, before that clock's zero too (after a restart).
class EndEstimator
{
public:
    /// No time: "not known".
    static constexpr qint64 kUnset = std::numeric_limits<qint64>::min();

    /// The end as a window: not before `earliestMs`, most likely at `likelyMs`,
    /// not after `latestMs` as far as the answers tell.
    struct Estimate
    {
        qint64 earliestMs = kUnset;
        qint64 likelyMs = kUnset;
        qint64 latestMs = kUnset;
        bool stalled = false; // progress stood still far longer than its steps
        qint64 stillSinceMs = kUnset; // stalled: the first answer at its value

        bool known() const { return likelyMs != kUnset; }
        qint64 widthMs() const { return known() ? latestMs - earliestMs : 0; }
    };

    /// What earlier scans of the same type taught, all optional (-1: unknown).
    struct Prior
    {
        qint64 durationMs = -1; // first seen to ended, median
        qint64 tailMinMs = -1; // from reaching the top (>= 95 %, or its last
        qint64 tailMaxMs = -1; // change of progress) to the end
        /// Progress of the type comes in steps (an earlier scan held a value
        /// between answers): a value may have been reached any time since the
        /// answer before, even where this scan's answers never showed a hold.
        bool stepped = false;
    };

    void setPrior(const Prior &prior) { m_prior = prior; }
    const Prior &prior() const { return m_prior; }
    /// One answer about the scan, received at `atMs`.
    void addSample(qint64 atMs, ScanState state, int progress);
    /// It had not ended at `atMs`, with no word of its progress (a line of
    /// GET /v1/scans): the end is later than that.
    void addRunningCheck(qint64 atMs);
    Estimate estimate() const;
    /// Its progress held a value between two answers below the top: it comes in steps.
    bool heldAValue() const { return m_heldBelowTop; }

    /// Once the scan has ended (a terminal answer at `endedSeenMs`): how long
    /// its last phase took, from its reaching the top (read smoothly: where
    /// the pace between two answers crossed it) to its end, as the midpoint
    /// of what the answers allow; -1 if it never reached the top, or if the
    /// answers leave that time uncertain by more than half of it.
    qint64 tailMs(qint64 endedSeenMs) const;

    /// How long its last phase would have taken at the pace that brought it
    /// to the top (the last stretch of it); -1 if it never reached the top.
    qint64 topAtPaceMs() const;

    /// Progress that stands still this long, at least, may be a stall.
    static constexpr qint64 kStallMs = 30000;
    /// From this progress on, a scan is in its last phase.
    static constexpr int kTopPercent = 95;

private:
    /// Progress reached `progress` between `afterMs` (the last answer that
    /// said less) and `atMs` (the first that said this).
    struct Change
    {
        qint64 afterMs;
        qint64 atMs;
        int progress;
    };
    struct Sample
    {
        qint64 atMs;
        int progress;
    };

    bool stepped() const;
    qint64 longestHoldMs() const;
    Estimate fromPace(bool inSteps) const;
    /// When progress crossed the top in `top` (a change to >= kTopPercent), read smoothly.
    qint64 crossedTopMs(QList<Change>::const_iterator top) const;
    /// Milliseconds a point over the last stretch that ends at `top`; -1: none.
    double paceBeforeMs(QList<Change>::const_iterator top) const;
    Estimate fromPrior(qint64 nowMs) const;

    QList<Change> m_changes; // since progress last went back or it was queued
    Sample m_last { kUnset, 0 }; // the latest running answer
    qint64 m_firstMs = kUnset; // the first answer: about when it was created
    qint64 m_lastQueuedMs = kUnset; // the last answer that said queued
    qint64 m_lastAnyMs = kUnset; // the latest answer, whatever it said
    qint64 m_runningSeenMs = kUnset; // the latest word that it had not ended
    bool m_heldBelowTop = false; // two answers in a row gave the same progress
    Prior m_prior;
};

} // namespace core
