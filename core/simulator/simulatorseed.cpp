#include "simulator.h"
#include "simulator_p.h"

#include <algorithm>

// The Simulator's past scans, seeded at start for --past-weeks; the server
// itself is in simulator.cpp.

namespace sim {
using namespace simulator_detail;

void Simulator::seedPastScans(int weeks)
{
    struct Site
    {
        const char *url;
        const char *type;
        int firstScore;
        int lastScore;
    };
    // Rising, falling and steady sites, scanned weekly.
    // The last one listed is scanned last: a first look at the demo shows
    // its falling trend and a regression.
    static const Site sites[] = {
        { "https://shop.example.com", "security", 58, 92 },
        { "https://www.example.net", "performance", 84, 86 },
        { "https://docs.example.io", "accessibility", 61, 79 },
        { "https://status.example.com", "seo", 90, 77 },
        { "https://blog.example.org", "security", 94, 71 },
    };
    const qint64 week = 7LL * 24 * 3600 * 1000;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<SimScan> past;
    qint64 hoursLater = 0;
    for (const Site &site : sites) {
        hoursLater += 2 * 3600 * 1000;
        for (int i = 0; i < weeks; ++i) {
            SimScan scan;
            for (int attempt = 0; attempt < 20; ++attempt) {
                scan = makeScan(QString::fromLatin1(site.url), QString::fromLatin1(site.type));
                if (scan.outcome == QLatin1String("completed"))
                    break;
            }
            const int trend
                = site.firstScore + (site.lastScore - site.firstScore) * i / qMax(1, weeks - 1);
            const int score = qBound(0, trend + m_random.bounded(-3, 4), 100);
            // The checks follow the score: a lower grade fails more of them.
            static const QStringList severities { "low", "medium", "high", "critical" };
            for (auto &category : scan.categories) {
                category.score = qBound(0, category.score + score - scan.score, 100);
                for (auto &check : category.checks) {
                    const int r = m_random.bounded(100);
                    const bool pass = r < score;
                    check.status = pass ? QStringLiteral("pass")
                        : r % 2 == 0    ? QStringLiteral("warn")
                                        : QStringLiteral("fail");
                    check.severity = pass ? QString() : severities.at(r % 4);
                    check.message = pass ? QStringLiteral("%1 looks right.").arg(check.name)
                                         : QStringLiteral("%1 needs attention.").arg(check.name);
                    check.fix = pass
                        ? QString()
                        : QStringLiteral("See the AppVet guide on %1.").arg(check.name);
                }
            }
            writeVerdicts(scan);
            scan.score = score;
            scan.grade = gradeForScore(score);
            scan.outcome = QStringLiteral("completed");
            scan.error.clear();
            // Long over: created (weeks - i) weeks ago, a few hours apart per site.
            const qint64 ageMs = (weeks - i) * week - hoursLater - m_random.bounded(0, 3600 * 1000);
            scan.createdAt = now.addMSecs(-ageMs);
            scan.createdMs = -static_cast<qint64>(ageMs);
            past.append(scan);
        }
    }
    SimScan failed
        = makeScan(QStringLiteral("https://legacy.example.com"), QStringLiteral("security"));
    failed.outcome = QStringLiteral("failed");
    failed.error = QStringLiteral("Target URL returned HTTP 503 — site appears to be down.");
    failed.createdAt = now.addDays(-12);
    failed.createdMs = -12LL * 24 * 3600 * 1000;
    past.append(failed);
    std::sort(past.begin(), past.end(),
              [](const SimScan &a, const SimScan &b) { return a.createdAt < b.createdAt; });
    for (const SimScan &scan : past) {
        m_scans.insert(scan.id, scan);
        m_order.prepend(scan.id); // newest first, as the API lists them
    }
}

} // namespace sim
