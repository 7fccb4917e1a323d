#include "progressprofile.h"

#include <algorithm>

namespace sim {
namespace {

struct Named
{
    ProgressProfile profile;
    const char *name;
};

constexpr Named kNames[] = {
    { ProgressProfile::Smooth, "smooth" },
    { ProgressProfile::Staircase, "staircase" },
    { ProgressProfile::Tail, "tail" },
    { ProgressProfile::FrontLoaded, "front-loaded" },
    { ProgressProfile::BackLoaded, "back-loaded" },
    { ProgressProfile::LongQueue, "long-queue" },
    { ProgressProfile::Spread, "spread" },
    { ProgressProfile::StallResume, "stall-resume" },
    { ProgressProfile::GoesBack, "goes-back" },
    { ProgressProfile::FailsPartWay, "fails-part-way" },
};

qint64 between(QRandomGenerator &random, double low, double high, qint64 of)
{
    return static_cast<qint64>(of * (low + (high - low) * random.generateDouble()));
}

} // namespace

QStringList progressProfileNames()
{
    QStringList names;
    for (const Named &named : kNames)
        names.append(QString::fromLatin1(named.name));
    return names;
}

QString progressProfileName(ProgressProfile profile)
{
    for (const Named &named : kNames)
        if (named.profile == profile)
            return QString::fromLatin1(named.name);
    return QString();
}

std::optional<ProgressProfile> progressProfileFromName(const QString &name)
{
    for (const Named &named : kNames)
        if (name == QLatin1String(named.name))
            return named.profile;
    return std::nullopt;
}

int ProgressCurve::at(qint64 runTimeMs) const
{
    if (knots.isEmpty())
        return 0;
    // The last knot at or before this time (a later knot at the same time wins:
    // that is how a drop is drawn).
    int index = 0;
    for (int i = 0; i < knots.size(); ++i)
        if (knots.at(i).atMs <= runTimeMs)
            index = i;
    const Knot &from = knots.at(index);
    int progress = from.progress;
    if (!stepped && index + 1 < knots.size() && runTimeMs > from.atMs) {
        const Knot &to = knots.at(index + 1);
        const qint64 span = qMax<qint64>(1, to.atMs - from.atMs);
        progress = from.progress
            + static_cast<int>((to.progress - from.progress) * (runTimeMs - from.atMs) / span);
    }
    return std::clamp(progress, 0, 99);
}

ScanShape shapeScan(ProgressProfile profile, qint64 runMs, qint64 queueMs, double tailFraction,
                    QRandomGenerator &random)
{
    ScanShape shape;
    shape.queueMs = queueMs;
    shape.runMs = runMs;
    QList<ProgressCurve::Knot> &knots = shape.curve.knots;
    knots = { { 0, 0 }, { runMs, 100 } };
    switch (profile) {
    case ProgressProfile::Smooth:
        break;
    case ProgressProfile::Staircase: {
        // Work done is reported in batches: at each step, what was done by then.
        shape.curve.stepped = true;
        knots = { { 0, 0 } };
        qint64 at = 0;
        for (;;) {
            at += between(random, 1.0 / 12, 1.0 / 4, runMs);
            if (at >= runMs)
                break;
            knots.append({ at, static_cast<int>(100 * at / runMs) });
        }
        break;
    }
    case ProgressProfile::Tail: {
        const qint64 tail = static_cast<qint64>(runMs * tailFraction);
        const int reached = random.bounded(95, 100);
        knots = { { 0, 0 }, { runMs - tail, reached }, { runMs, reached } };
        break;
    }
    case ProgressProfile::FrontLoaded:
        knots = { { 0, 0 }, { runMs * 4 / 10, 80 }, { runMs, 100 } };
        break;
    case ProgressProfile::BackLoaded:
        knots = { { 0, 0 }, { runMs * 6 / 10, 20 }, { runMs, 100 } };
        break;
    case ProgressProfile::LongQueue:
        shape.queueMs = random.bounded(30000, 90001);
        break;
    case ProgressProfile::Spread:
        shape.runMs = between(random, 0.7, 1.3, runMs);
        knots = { { 0, 0 }, { shape.runMs, 100 } };
        break;
    case ProgressProfile::StallResume: {
        const qint64 at = between(random, 0.3, 0.6, runMs);
        const qint64 pause = between(random, 0.2, 0.4, runMs);
        const int reached = static_cast<int>(100 * at / runMs);
        shape.runMs = runMs + pause;
        knots = { { 0, 0 }, { at, reached }, { at + pause, reached }, { shape.runMs, 100 } };
        break;
    }
    case ProgressProfile::GoesBack: {
        const qint64 at = between(random, 0.4, 0.7, runMs);
        const int reached = static_cast<int>(100 * at / runMs);
        const int back = random.bounded(15, 26);
        // The phase done again takes as long as it took the first time.
        const qint64 again = runMs * back / 100;
        shape.runMs = runMs + again;
        knots = { { 0, 0 }, { at, reached }, { at, reached - back }, { shape.runMs, 100 } };
        break;
    }
    case ProgressProfile::FailsPartWay:
        shape.fails = true;
        break;
    }
    return shape;
}

} // namespace sim
