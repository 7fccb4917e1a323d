#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

#include <optional>

namespace sim {

/// How a simulated scan's progress moves from queued to its end. Real
/// services differ: progress in steps, a last phase that reports nothing, a
/// long wait in a queue, a stall, a phase done again. The scheduler is measured
/// over all of them, never over one alone.
enum class ProgressProfile {
    Smooth, // in proportion to the time run (the demo's default)
    Staircase, // holds, then jumps: steps of a twelfth to a quarter of the scan
    Tail, // to 95-99 %, then a last phase (the report) of 5-20 % of the scan
    FrontLoaded, // 80 % in the first 40 % of the time, then slow
    BackLoaded, // 20 % in the first 60 % of the time, then fast
    LongQueue, // queued 30-90 s before any progress
    Spread, // the type's duration spread ±30 % from scan to scan
    StallResume, // stands still for 20-40 % of the scan part way, then goes on
    GoesBack, // part way, a phase starts again: progress drops by 15-25 points
    FailsPartWay, // fails at 30-90 % of its run
};

QStringList progressProfileNames();
QString progressProfileName(ProgressProfile profile);
std::optional<ProgressProfile> progressProfileFromName(const QString &name);

/// Progress over the time run: knots joined by lines, or held until the next
/// knot (steps). Never 100 while scanning: that is the end's to say.
struct ProgressCurve
{
    struct Knot
    {
        qint64 atMs;
        int progress;
    };
    QList<Knot> knots;
    bool stepped = false;

    int at(qint64 runTimeMs) const;
};

struct ScanShape
{
    qint64 queueMs = 0;
    qint64 runMs = 0;
    ProgressCurve curve;
    bool fails = false; // the profile itself ends the scan failed
};

/// The shape of one scan of `profile`, given the run and queue time the scan
/// would have had and the fraction of a run its type's last phase takes.
ScanShape shapeScan(ProgressProfile profile, qint64 runMs, qint64 queueMs, double tailFraction,
                    QRandomGenerator &random);

} // namespace sim
