#pragma once

#include "api/types.h"

#include <QList>

namespace core {

/// Guesses when a scan will end from what its answers said over time: the
/// progress it reported and when, and, before progress says anything, how
/// long earlier scans of the same type took. Pure: every time is passed in,
/// on whatever clock the caller keeps (the scheduler's).
class EndEstimator
{
public:
    struct Estimate
    {
        qint64 endMs = -1; // -1: no idea (queued, no progress yet, stalled)
        /// Measured over enough progress that the end is known to a few
        /// percent of the run, not a first rough guess.
        bool precise = false;
        bool stalled = false; // progress stood still for a long while
    };

    /// How long (created to ended) earlier scans of this type took; -1: unknown.
    void setPriorDurationMs(qint64 milliseconds) { m_priorMs = milliseconds; }
    /// One answer about the scan, received at `atMs`.
    void addSample(qint64 atMs, ScanState state, int progress);
    Estimate estimate() const;

    /// Progress that stands still this long, at least, is a stall.
    static constexpr qint64 kStallMs = 30000;
    /// A rate measured over at least this many percent is precise.
    static constexpr int kPreciseSpan = 10;

private:
    struct Sample
    {
        qint64 atMs;
        int progress;
    };
    struct Rate
    {
        double msPerPercent = -1; // -1: not measured
        int span = 0; // over how many percent
    };
    Rate rate() const;

    QList<Sample> m_running; // scanning answers since progress last went back
    qint64 m_firstMs = -1; // the first answer, queued or at 0 %: about when it was created
    qint64 m_lastQueuedMs = -1; // the last answer that said queued
    qint64 m_changedMs = -1; // when the progress last moved
    qint64 m_priorMs = -1;
};

} // namespace core
