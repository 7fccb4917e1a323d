// Requests, connections and end-shown delays: the seed's cURL loop against
// ScanDash, and the round-robin against the progress-aware scheduler.
#include "../common/freeplanrun.h"
#include "../common/teststack.h"
#include "bench.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryFile>

#include <memory>

namespace bench {
namespace {

// The seed page's loop, unchanged but for the host, the key and the site.
const char kSeedLoop[] = R"(#!/usr/bin/env bash
BASE=$1; KEY=$2; URL=$3
SCAN_ID=$(curl -s -X POST "$BASE/v1/scan" -H "Authorization: Bearer $KEY" \
    -H "Content-Type: application/json" -d "{\"url\": \"$URL\", \"type\": \"security\"}" | jq -r .id)
# Poll until terminal state
while true; do
  RESP=$(curl -s $BASE/v1/scan/$SCAN_ID \
    -H "Authorization: Bearer $KEY")
  STATUS=$(echo $RESP | jq -r '.status')
  case $STATUS in
    completed|partial|failed) break ;;
  esac
  sleep 5
done
)";

/// When each scan's end first reached the client (the first answer about it
/// after its end), less the end itself, from the server's log.
QList<qint64> endLearnedDelays(const sim::Simulator &server)
{
    QHash<QString, qint64> learned;
    for (const auto &request : server.requestLog()) {
        if (request.method != "GET" || !request.path.startsWith(QLatin1String("/v1/scan/"))
            || request.status != 200)
            continue;
        const QString id = request.path.mid(9);
        const qint64 end = server.terminalAtMs(id);
        if (end >= 0 && request.atMs >= end && !learned.contains(id))
            learned.insert(id, request.atMs - end);
    }
    return learned.values();
}

QString delaysText(QList<qint64> delays)
{
    if (delays.isEmpty())
        return QStringLiteral("none seen");
    std::sort(delays.begin(), delays.end());
    return QStringLiteral("median %1 s, worst %2 s")
        .arg(delays.at(delays.size() / 2) / 1000.0, 0, 'f', 1)
        .arg(delays.last() / 1000.0, 0, 'f', 1);
}

} // namespace

void curlLoopAgainstScanDash(QTextStream &out)
{
    constexpr int kScans = 20;
    constexpr quint32 kSeed = 11;
    out << "requests and connections: 20 security scans to their end, paid plan (60/min), "
           "the seed's cURL + jq loop (one process a scan) and ScanDash side by side, same "
           "simulated scans...\n";
    out.flush();
    // ScanDash's stack: the real client, repository, scheduler and controller.
    // A plan that runs all 20 at once: the seed's loop knows no queue.
    TestStack app(60, 1.0, kSeed, 0,
                  [](sim::Simulator::Options &options) { options.concurrentScans = kScans; });
    sim::Simulator::Options options = app.simulator->options();
    sim::Simulator curlServer(options);
    if (curlServer.listenOnLoopback() == 0) {
        out << "  could not listen on loopback\n";
        return;
    }
    QTemporaryFile script;
    script.open();
    script.write(kSeedLoop);
    script.flush();

    QStringList sites;
    for (int i = 0; i < kScans; ++i)
        sites.append(QStringLiteral("https://site%1.example").arg(i));
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<QProcess>> loops;
    for (const auto &site : sites) {
        auto loop = std::make_unique<QProcess>();
        loop->start(QStringLiteral("bash"),
                    { script.fileName(), curlServer.baseUrl().toString(), options.apiKey, site });
        loops.push_back(std::move(loop));
    }
    const QStringList ids = app.launch(sites);
    qint64 curlDoneMs = -1, appDoneMs = -1;
    const bool ended = QTest::qWaitFor(
        [&] {
            const bool curlDone = std::all_of(loops.cbegin(), loops.cend(), [](const auto &loop) {
                return loop->state() == QProcess::NotRunning;
            });
            if (curlDone && curlDoneMs < 0)
                curlDoneMs = clock.elapsed();
            if (appDoneMs < 0 && ids.size() == kScans && app.allTerminal(ids))
                appDoneMs = clock.elapsed();
            return curlDoneMs >= 0 && appDoneMs >= 0;
        },
        240000);
    if (!ended)
        out << "  (not every scan ended within 4 minutes)\n";
    auto line = [&out](const char *who, const sim::Simulator &server, qint64 doneMs) {
        out << QStringLiteral("  %1 %2 requests, %3 answered 429, %4 TCP connections, every "
                              "end known after %5 s; ends learned %6\n")
                   .arg(QLatin1String(who))
                   .arg(server.requestLog().size(), 4)
                   .arg(server.countAnswers(429), 3)
                   .arg(server.connectionCount(), 3)
                   .arg(doneMs < 0 ? QStringLiteral("(not all)")
                                   : QString::number(doneMs / 1000.0, 'f', 0))
                   .arg(delaysText(endLearnedDelays(server)));
    };
    line("cURL loop:", curlServer, curlDoneMs);
    line("ScanDash: ", *app.simulator, appDoneMs);
    out << QStringLiteral("  ScanDash/cURL: requests %1 %, connections %2 % (goals: no 429, "
                          "fewer requests and connections)\n")
               .arg(100.0 * app.simulator->requestLog().size()
                        / qMax(1, curlServer.requestLog().size()),
                    0, 'f', 1)
               .arg(100.0 * app.simulator->connectionCount()
                        / qMax(1, curlServer.connectionCount()),
                    0, 'f', 1);
}

void freePlanSchedulers(QTextStream &out, bool wallClock)
{
    out << "free plan (10 requests/min), five security scans of 100-140 s launched together, "
           "the first selected; "
        << (wallClock ? "on the real clock (about 5 minutes)" : "virtual time (injected clock)")
        << ", same scans for both schedulers per seed:\n";
    out.flush();
    const QList<quint32> seeds
        = wallClock ? QList<quint32> { 7 } : QList<quint32> { 1, 2, 3, 7, 42 };
    auto row = [&out](const char *name, const FreePlanRun::Figures &run) {
        const double minutes = run.durationMs / 60000.0;
        out << QStringLiteral("    %1 %2 requests, %3 x 429, budget used %4 %, end shown after "
                              "median %5 s, worst %6 s%7\n")
                   .arg(QLatin1String(name))
                   .arg(run.requests, 3)
                   .arg(run.rateLimited)
                   .arg(minutes > 0 ? 100.0 * run.requests / (10 * minutes) : 0.0, 3, 'f', 0)
                   .arg(run.medianDelayMs() / 1000.0, 4, 'f', 1)
                   .arg(run.worstDelayMs() / 1000.0, 4, 'f', 1)
                   .arg(run.finished ? QString() : QStringLiteral(" (not all ended)"));
    };
    for (int failedPercent : { 0, 10 }) {
        if (wallClock && failedPercent > 0)
            break;
        if (failedPercent > 0)
            out << "  the same with the simulator's usual mix (1 scan in 10 fails part way, "
                   "which no estimate foresees; no goal):\n";
        QList<qint64> fairMedians, awareMedians;
        qint64 fairWorst = 0, awareWorst = 0, spacing = 0;
        int fairRequests = 0, awareRequests = 0;
        for (quint32 seed : seeds) {
            const FreePlanRun::Figures fair
                = FreePlanRun::run(false, seed, FreePlanRun::fiveSites(), failedPercent, wallClock);
            const FreePlanRun::Figures aware
                = FreePlanRun::run(true, seed, FreePlanRun::fiveSites(), failedPercent, wallClock);
            out << "  seed " << seed << ":\n";
            row("round-robin:   ", fair);
            row("progress-aware:", aware);
            fairMedians.append(fair.medianDelayMs());
            awareMedians.append(aware.medianDelayMs());
            fairWorst = qMax(fairWorst, fair.worstDelayMs());
            awareWorst = qMax(awareWorst, aware.worstDelayMs());
            fairRequests += fair.requests;
            awareRequests += aware.requests;
            spacing = aware.spacingMs;
            out.flush();
        }
        std::sort(fairMedians.begin(), fairMedians.end());
        std::sort(awareMedians.begin(), awareMedians.end());
        out << QStringLiteral("  over %1 seeds: median of medians %2 s -> %3 s, worst %4 s -> %5 "
                              "s, requests %6 -> %7 (pacing interval %8 s%9)\n")
                   .arg(seeds.size())
                   .arg(fairMedians.at(fairMedians.size() / 2) / 1000.0, 0, 'f', 1)
                   .arg(awareMedians.at(awareMedians.size() / 2) / 1000.0, 0, 'f', 1)
                   .arg(fairWorst / 1000.0, 0, 'f', 1)
                   .arg(awareWorst / 1000.0, 0, 'f', 1)
                   .arg(fairRequests)
                   .arg(awareRequests)
                   .arg(spacing / 1000.0, 0, 'f', 1)
                   .arg(failedPercent > 0 ? QString()
                                          : QStringLiteral("; goals: median <= 1 interval, "
                                                           "worst <= 2, requests no more"));
    }
}

} // namespace bench
