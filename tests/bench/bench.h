#pragma once

#include <QTextStream>

// Sections of the benchmark beyond bench_scandash.cpp's own; each prints its
// figures with the goal next to them.
namespace bench {

/// The seed page's cURL + jq loop against ScanDash's client, 20 scans each.
void curlLoopAgainstScanDash(QTextStream &out);
/// Round-robin against progress-aware polling on the free plan.
void freePlanSchedulers(QTextStream &out, bool wallClock = false);
/// 10 new events merged into a log of 100,000, against parsing the answer.
void mergeIntoALongLog(QTextStream &out);
/// The real window with 1,000 scans, 200 active, one log of 100,000 lines.
void windowUnderLoad(QTextStream &out);
/// The real window with nothing to do: wake-ups over 30 s.
void idleWakeUps(QTextStream &out);

} // namespace bench
