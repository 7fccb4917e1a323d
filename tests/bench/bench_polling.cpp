// Requests, connections and end-shown delays: the seed's cURL loop against
// ScanDash, and the round-robin against the progress-aware scheduler.
#include "../common/freeplanrun.h"
#include "../common/teststack.h"
#include "bench.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
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
    // A scan's end is learned by its own GET /v1/scan/<id>, or by a sweep
    // (GET /v1/scans) that lists it ended.
    QSet<QString> ids;
    for (const auto &request : server.requestLog())
        if (request.method == "GET" && request.path.startsWith(QLatin1String("/v1/scan/")))
            ids.insert(request.path.mid(9));
    QHash<QString, qint64> learned;
    for (const auto &request : server.requestLog()) {
        if (request.method != "GET" || request.status != 200)
            continue;
        QStringList about;
        if (request.path.startsWith(QLatin1String("/v1/scan/")))
            about << request.path.mid(9);
        else if (request.path.startsWith(QLatin1String("/v1/scans")))
            about = ids.values();
        for (const QString &id : std::as_const(about)) {
            const qint64 end = server.terminalAtMs(id);
            if (end >= 0 && request.atMs >= end && !learned.contains(id))
                learned.insert(id, request.atMs - end);
        }
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

/// SCANDASH_BENCH_FIRST_SEED=61: the corpus on seeds 61-80 (scans no change
/// was tried on) rather than 1-20.
int firstSeed()
{
    return qMax(1, qEnvironmentVariableIntValue("SCANDASH_BENCH_FIRST_SEED"));
}

/// SCANDASH_BENCH_SCANS=8: that many scans rather than five;
/// SCANDASH_BENCH_RUN_S=30-60: scans of that many seconds rather than 100-140
/// (the corpus on runs the scheduler was not written around).
void applyRunShape(FreePlanRun::Setup &setup)
{
    const int scans = qEnvironmentVariableIntValue("SCANDASH_BENCH_SCANS");
    if (scans > 0) {
        setup.sites.clear();
        for (int i = 0; i < scans; ++i)
            setup.sites.append(QStringLiteral("https://site%1.example").arg(i));
    }
    const QStringList seconds
        = qEnvironmentVariable("SCANDASH_BENCH_RUN_S").split(QLatin1Char('-'), Qt::SkipEmptyParts);
    bool minOk = false, maxOk = false;
    const int low = seconds.value(0).toInt(&minOk), high = seconds.value(1).toInt(&maxOk);
    if (seconds.size() == 2 && minOk && maxOk && low > 0 && low <= high) {
        setup.runMsMin = low * 1000;
        setup.runMsMax = high * 1000;
    } else if (!seconds.isEmpty()) {
        qWarning("SCANDASH_BENCH_RUN_S takes <min>-<max> seconds, e.g. 30-60: ignored");
    }
}

QString runShape()
{
    FreePlanRun::Setup setup;
    applyRunShape(setup);
    return QStringLiteral("%1 security scans of %2-%3 s")
        .arg(setup.sites.size())
        .arg(setup.runMsMin / 1000)
        .arg(setup.runMsMax / 1000);
}

CorpusFigures corpusFigures(const QString &profile, int requestsPerMinute, bool progressAware,
                            int seeds)
{
    CorpusFigures figures;
    const int onlySeed = qEnvironmentVariableIntValue("SCANDASH_BENCH_SEED"); // 0: all
    const int first = firstSeed();
    for (int seed = first; seed < first + seeds; ++seed) {
        if (onlySeed > 0 && seed != onlySeed)
            continue;
        FreePlanRun::Setup setup;
        setup.progressAware = progressAware;
        setup.seed = static_cast<quint32>(seed);
        setup.profile = profile;
        setup.requestsPerMinute = requestsPerMinute;
        applyRunShape(setup);
        const FreePlanRun::Figures run = FreePlanRun::run(setup);
        figures.delaysMs += run.endShownDelaysMs;
        if (qEnvironmentVariableIsSet("SCANDASH_BENCH_SEEDWORST"))
            qInfo("seed %d worst %lld, %d requests (%d to the last end)", seed, run.worstDelayMs(),
                  run.requests, run.requestsToLastEnd);
        figures.seedWorstMs.append(run.worstDelayMs());
        figures.requests += run.requests;
        figures.requestsToLastEnd += run.requestsToLastEnd;
        figures.scans += run.ids.size();
        figures.rateLimited += run.rateLimited;
        figures.minutes += run.durationMs / 60000.0;
        figures.unfinished += run.finished ? 0 : 1;
        figures.spacingMs = run.spacingMs;
    }
    return figures;
}

qint64 CorpusFigures::medianMs() const
{
    QList<qint64> sorted = delaysMs;
    std::sort(sorted.begin(), sorted.end());
    return sorted.isEmpty() ? -1 : sorted.at(sorted.size() / 2);
}

qint64 CorpusFigures::worstMs() const
{
    return delaysMs.isEmpty() ? -1 : *std::max_element(delaysMs.cbegin(), delaysMs.cend());
}

void schedulerCorpus(QTextStream &out)
{
    constexpr int kSeeds = 20;
    const int first = firstSeed();
    // SCANDASH_BENCH_PROFILES=tail,staircase: only those (while working on one).
    const QStringList only = qEnvironmentVariable("SCANDASH_BENCH_PROFILES")
                                 .split(QLatin1Char(','), Qt::SkipEmptyParts);
    out << "progress-aware against round-robin over the simulator's corpus of server "
           "behaviours: "
        << runShape() << " launched together, the first selected, virtual time, seeds " << first
        << "-" << first + kSeeds - 1
        << " of each profile, the same scans for both schedulers; delays from the server's "
           "end to ScanDash showing it, over all scans of all seeds:\n";
    out.flush();
    // SCANDASH_BENCH_PLANS=60: only the paid plan (10: only the free one).
    const QString plans = qEnvironmentVariable("SCANDASH_BENCH_PLANS");
    for (int perMinute : { 10, 60 }) {
        if (!plans.isEmpty() && !plans.split(QLatin1Char(',')).contains(QString::number(perMinute)))
            continue;
        out << (perMinute == 10 ? "  free plan (10 requests/min" : "  paid plan (60 requests/min");
        bool headerDone = false;
        for (const QString &profile : sim::progressProfileNames()) {
            if (!only.isEmpty() && !only.contains(profile))
                continue;
            const CorpusFigures fair = corpusFigures(profile, perMinute, false, kSeeds);
            const CorpusFigures aware = corpusFigures(profile, perMinute, true, kSeeds);
            if (!headerDone) {
                out << QStringLiteral(", pacing interval %1 s):\n")
                           .arg(aware.spacingMs / 1000.0, 0, 'f', 2)
                    << "    profile         scheduler        median   worst  requests  budget  "
                       "429  verdict\n";
                headerDone = true;
            }
            auto row = [&](const char *name, const CorpusFigures &figures) {
                out << QStringLiteral("    %1 %2 %3 s %4 s %5 %6 % %7")
                           .arg(profile, -15)
                           .arg(QLatin1String(name), -15)
                           .arg(figures.medianMs() / 1000.0, 6, 'f', 1)
                           .arg(figures.worstMs() / 1000.0, 6, 'f', 1)
                           .arg(figures.requests, 8)
                           .arg(figures.minutes > 0
                                    ? 100.0 * figures.requests / (perMinute * figures.minutes)
                                    : 0.0,
                                5, 'f', 0)
                           .arg(figures.rateLimited, 4);
            };
            row("round-robin", fair);
            out << (fair.unfinished ? "  (not all ended)" : "") << "\n";
            row("progress-aware", aware);
            out << QStringLiteral(" (%1 to the last end)").arg(aware.requestsToLastEnd);
            QStringList verdict;
            const bool delaysNoWorse
                = aware.medianMs() <= fair.medianMs() && aware.worstMs() <= fair.worstMs();
            if (!delaysNoWorse || aware.requestsToLastEnd > fair.requests)
                verdict << QStringLiteral("WORSE than round-robin");
            else if (aware.requests > fair.requests) // after the last end
                verdict << QStringLiteral("no worse than round-robin up to the last end, "
                                          "%1 % MORE requests in all")
                               .arg(100.0 * (aware.requests - fair.requests) / fair.requests, 0,
                                    'f', 1);
            else
                verdict << QStringLiteral("no worse than round-robin");
            if (profile == QLatin1String("smooth") || profile == QLatin1String("staircase")
                || profile == QLatin1String("tail"))
                verdict << (aware.medianMs() <= aware.spacingMs
                                    && aware.worstMs() <= 2 * aware.spacingMs
                                ? QStringLiteral("within 1/2 intervals")
                                : QStringLiteral("MISSES 1/2 intervals"));
            if (aware.rateLimited || fair.rateLimited)
                verdict << QStringLiteral("429 SEEN");
            out << "  " << verdict.join(QStringLiteral("; "))
                << (aware.unfinished ? "  (not all ended)" : "") << "\n";
            out.flush();
        }
    }
}

void commandLineFreePlan(QTextStream &out)
{
    // SCANDASH_BENCH_SEED=n: another seed's scans (the README quotes seed 7's).
    const int chosen = qEnvironmentVariableIntValue("SCANDASH_BENCH_SEED");
    const quint32 seed = chosen > 0 ? static_cast<quint32>(chosen) : 7;
    out << "the command line on the free plan: `scandash scan` five sites --wait against the "
           "simulator (10 requests/min, staircase progress, scans of 20-40 s, seed "
        << seed << "), on the real clock...\n";
    out.flush();
    sim::Simulator::Options options;
    options.requestsPerWindow = 10;
    options.seed = seed;
    options.runMsMin = 20000;
    options.runMsMax = 40000;
    options.failedPercent = 0;
    options.progressProfile = QStringLiteral("staircase");
    sim::Simulator server(options);
    if (server.listenOnLoopback() == 0) {
        out << "  could not listen on loopback\n";
        return;
    }
    QTemporaryDir home;
    QProcess scan;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS" })
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("APPVET_API_KEY"), options.apiKey);
    scan.setProcessEnvironment(env);
    QStringList arguments { QStringLiteral("scan"), QStringLiteral("--api-url"),
                            server.baseUrl().toString() };
    arguments += FreePlanRun::fiveSites();
    arguments << QStringLiteral("--wait");
    QElapsedTimer clock;
    clock.start();
    scan.start(QStringLiteral(SCANDASH_BIN), arguments);
    const bool ended
        = QTest::qWaitFor([&scan] { return scan.state() == QProcess::NotRunning; }, 300000);
    if (qEnvironmentVariableIsSet("SCANDASH_TRACE_RUN"))
        for (const auto &request : server.requestLog())
            out << QStringLiteral("  %1 %2 %3 %4 (ends %5)\n")
                       .arg(request.atMs, 7)
                       .arg(QString::fromLatin1(request.method), request.path)
                       .arg(request.status)
                       .arg(server.terminalAtMs(request.path.mid(9)));
    out << QStringLiteral("  exit %1 after %2 s; %3 requests, %4 x 429; ends learned %5%6\n")
               .arg(scan.exitCode())
               .arg(clock.elapsed() / 1000.0, 0, 'f', 0)
               .arg(server.requestLog().size())
               .arg(server.countAnswers(429))
               .arg(delaysText(endLearnedDelays(server)))
               .arg(ended ? QString() : QStringLiteral(" (did not end within 5 minutes)"));
}

void wallClockRun(QTextStream &out)
{
    out << "the staircase profile on the real clock (free plan, seed 7, about 4 minutes per "
           "scheduler):\n";
    out.flush();
    for (bool aware : { false, true }) {
        FreePlanRun::Setup setup;
        setup.progressAware = aware;
        setup.seed = 7;
        setup.profile = QStringLiteral("staircase");
        setup.wallClock = true;
        const FreePlanRun::Figures run = FreePlanRun::run(setup);
        out << QStringLiteral("    %1 %2 requests, %3 x 429, end shown after median %4 s, worst "
                              "%5 s%6\n")
                   .arg(aware ? QLatin1String("progress-aware:") : QLatin1String("round-robin:   "))
                   .arg(run.requests, 3)
                   .arg(run.rateLimited)
                   .arg(run.medianDelayMs() / 1000.0, 4, 'f', 1)
                   .arg(run.worstDelayMs() / 1000.0, 4, 'f', 1)
                   .arg(run.finished ? QString() : QStringLiteral(" (not all ended)"));
        out.flush();
    }
}

} // namespace bench
