#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

// Sections of the benchmark beyond bench_scandash.cpp's own; each prints its
// figures with the goal next to them.
namespace bench {

/// The seed page's cURL + jq loop against ScanDash's client, 20 scans each.
void curlLoopAgainstScanDash(QTextStream &out);
/// A profile's runs over seeds 1..n, for one scheduler and plan.
struct CorpusFigures
{
    QList<qint64> delaysMs; // every scan's end-shown delay
    QList<qint64> seedWorstMs;
    int requests = 0;
    int requestsToLastEnd = 0; // sent up to the last end shown
    int scans = 0;
    int rateLimited = 0;
    double minutes = 0;
    int unfinished = 0; // seeds whose scans did not all end
    qint64 spacingMs = 0;
    qint64 medianMs() const;
    qint64 worstMs() const;
};
CorpusFigures corpusFigures(const QString &profile, int requestsPerMinute, bool progressAware,
                            int seeds);
/// Round-robin against progress-aware polling, every profile, free and paid plans.
void schedulerCorpus(QTextStream &out);
/// `scandash scan … --wait` on the free plan: the same scheduler from the command line.
void commandLineFreePlan(QTextStream &out);
/// One profile on the real clock, both schedulers.
void wallClockRun(QTextStream &out);
/// 10 new events merged into a log of 100,000, against parsing the answer.
void mergeIntoALongLog(QTextStream &out);
/// The real window with 1,000 scans, 200 active, one log of 100,000 lines.
void windowUnderLoad(QTextStream &out);
/// The real window with nothing to do: wake-ups over 30 s.
void idleWakeUps(QTextStream &out);

} // namespace bench
