#pragma once

// The free-plan run of issue 9, in virtual time: five security scans of about
// two minutes launched together on a key allowed 10 requests a minute, the
// first one selected, watched to their ends. The simulator and the scheduler
// share a clock that jumps from one planned request to the next, so a run of
// minutes takes a fraction of a second and always sees the same scans for
// the same seed. The real client, scheduler and simulator talk over loopback.

#include "teststack.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <algorithm>

struct FreePlanRun
{
    struct Figures
    {
        int requests = 0; // every request the server received, launches included
        /// Of those, the ones sent up to the last end shown (after it: the
        /// events and report links of ends a sweep saw, one per scan at most).
        int requestsToLastEnd = 0;
        int rateLimited = 0; // answers with 429
        QList<qint64> endShownDelaysMs; // server end to ScanDash showing it, per scan
        QHash<QString, qint64> endShownAtMs; // when ScanDash showed each scan's end
        QHash<QString, QList<qint64>> pollTimesMs; // GET /v1/scan/<id>, per scan
        QList<qint64> sweepTimesMs; // GET /v1/scans: about every scan at once
        QStringList ids; // in launch order; the first is the selected one
        /// Scans whose row said at some point that their progress stood still
        /// (a stall: WatchInfo::stillSince).
        QSet<QString> saidStuck;
        qint64 spacingMs = 0; // the pacing interval on this plan
        bool finished = false;
        qint64 durationMs = 0; // launch to the last end shown

        qint64 medianDelayMs() const
        {
            QList<qint64> sorted = endShownDelaysMs;
            std::sort(sorted.begin(), sorted.end());
            return sorted.isEmpty() ? -1 : sorted.at(sorted.size() / 2);
        }
        qint64 worstDelayMs() const
        {
            return endShownDelaysMs.isEmpty()
                ? -1
                : *std::max_element(endShownDelaysMs.cbegin(), endShownDelaysMs.cend());
        }
    };

    /// `sites` are launched in order; a site with "stall" in its name stands
    /// still part way (see the simulator).
    static QStringList fiveSites()
    {
        return { "https://a.example", "https://b.example", "https://c.example", "https://d.example",
                 "https://e.example" };
    }

    /// One run: who schedules, against which server behaviour, on which plan.
    struct Setup
    {
        bool progressAware = true;
        quint32 seed = 1;
        QStringList sites = fiveSites();
        /// Scans that fail part way by the simulator's usual dice (0: none;
        /// the "fails-part-way" profile fails them all).
        int failedPercent = 0;
        /// The simulator's progress profile (sim::progressProfileNames(), or "mixed").
        QString profile = QStringLiteral("smooth");
        int requestsPerMinute = 10; // 10: the free plan; 60: a paid one
        /// How long the scans run (the simulator's dice pick within it).
        int runMsMin = 100000;
        int runMsMax = 140000;
        /// The same run on the real clock, with the scheduler's own timer,
        /// taking as long as the scans do.
        bool wallClock = false;
        qint64 giveUpAfterMs = 30 * 60 * 1000;
    };

    /// `failedPercent`: scans that fail part way, which no estimate foresees
    /// (none in the goal's "two-minute scans").
    static Figures run(bool progressAware, quint32 seed, const QStringList &sites = fiveSites(),
                       int failedPercent = 0, bool wallClock = false,
                       qint64 giveUpAfterMs = 30 * 60 * 1000)
    {
        Setup setup;
        setup.progressAware = progressAware;
        setup.seed = seed;
        setup.sites = sites;
        setup.failedPercent = failedPercent;
        setup.wallClock = wallClock;
        setup.giveUpAfterMs = giveUpAfterMs;
        return run(setup);
    }

    /// Until every request has its answer, handed to the scheduler (a long
    /// answer is parsed on another thread; were it handed over after the clock
    /// moved on, a busy machine would change the run): woken by the network,
    /// not by a 10 ms poll (QTest::qWaitFor's), which would make a paid-plan
    /// run of thousands of requests take minutes of sleep.
    static bool settle(const core::ApiClient &client, int timeoutMs = 5000)
    {
        QElapsedTimer waited;
        waited.start();
        QTimer deadline; // wakes the wait below if nothing else does
        deadline.start(timeoutMs);
        auto done = [&client] {
            return client.requestsInFlight() == 0 && client.answersUndelivered() == 0;
        };
        while (!done() && waited.elapsed() < timeoutMs)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        return done();
    }

    static Figures run(const Setup &setup)
    {
        const bool progressAware = setup.progressAware;
        const bool wallClock = setup.wallClock;
        const QStringList &sites = setup.sites;
        const qint64 giveUpAfterMs = setup.giveUpAfterMs;
        Figures figures;
        qint64 now = 0;
        TestStack stack(setup.requestsPerMinute, 1.0, setup.seed, 0,
                        [&setup](sim::Simulator::Options &options) {
                            options.runMsMin = setup.runMsMin;
                            options.runMsMax = setup.runMsMax;
                            options.failedPercent = setup.failedPercent;
                            options.progressProfile = setup.profile;
                            options.concurrentScans = qMax(10, int(setup.sites.size()));
                        });
        if (!wallClock) {
            const auto clock = [&now] { return now; };
            stack.simulator->setClock(clock);
            stack.scheduler->setClock(clock);
        }
        auto settings = stack.scheduler->settings();
        settings.progressAware = progressAware;
        stack.scheduler->setSettings(settings);
        figures.spacingMs = settings.windowMs * 105 / 100 / settings.assumedLimit;

        QHash<QString, qint64> shownAt;
        QObject::connect(stack.repository.get(), &core::ScanRepository::scanChanged,
                         [&](const QString &id, core::ScanFields) {
                             const core::Scan &scan = *stack.repository->find(id);
                             if (core::isTerminal(scan.state) && !shownAt.contains(scan.id))
                                 shownAt.insert(scan.id, stack.simulator->elapsedMs());
                             const core::WatchInfo *watching = stack.repository->watchInfo(id);
                             if (watching && watching->stillSince.isValid())
                                 figures.saidStuck.insert(id);
                         });
        figures.ids = stack.launch(sites);
        if (figures.ids.size() != sites.size())
            return figures;
        stack.scheduler->setSelected(figures.ids.first());

        if (wallClock) // figures.finished says whether they all ended in time
            (void)QTest::qWaitFor([&] { return stack.allTerminal(figures.ids); },
                                  static_cast<int>(giveUpAfterMs));
        // On until the scheduler has nothing left to ask: the requests it
        // spends after the last end (the events and report link of ends a
        // sweep saw) count too.
        while (!wallClock && now < giveUpAfterMs) {
            const qint64 next = stack.scheduler->nextPollAtMs();
            if (next < 0)
                break;
            now = qMax(now, next);
            stack.scheduler->pollDue();
            if (!settle(*stack.client))
                break;
        }
        figures.finished = stack.allTerminal(figures.ids);
        figures.durationMs = stack.simulator->elapsedMs();
        if (qEnvironmentVariableIsSet("SCANDASH_TRACE_RUN")) {
            for (const auto &request : stack.simulator->requestLog())
                qInfo("%7lld %s %s %d", request.atMs, request.method.constData(),
                      qPrintable(request.path), request.status);
            for (const auto &id : figures.ids)
                qInfo("%s ends %lld (%s), shown %lld", qPrintable(id),
                      stack.simulator->terminalAtMs(id),
                      qPrintable(stack.simulator->terminalStateOf(id)), shownAt.value(id, -1));
        }
        figures.requests = stack.simulator->requestLog().size();
        qint64 lastShownMs = 0;
        for (qint64 at : std::as_const(shownAt))
            lastShownMs = qMax(lastShownMs, at);
        for (const auto &request : stack.simulator->requestLog()) {
            figures.requestsToLastEnd += request.atMs <= lastShownMs ? 1 : 0;
            if (request.method == "GET" && request.path.startsWith(QLatin1String("/v1/scans")))
                figures.sweepTimesMs.append(request.atMs);
        }
        figures.rateLimited = stack.simulator->countAnswers(429);
        for (const auto &id : figures.ids) {
            if (shownAt.contains(id)) {
                figures.endShownDelaysMs.append(shownAt.value(id)
                                                - stack.simulator->terminalAtMs(id));
                figures.endShownAtMs.insert(id, shownAt.value(id));
            }
            QList<qint64> &times = figures.pollTimesMs[id];
            for (const auto &poll : stack.pollsOf(id))
                times.append(poll.atMs);
        }
        return figures;
    }
};

/// Two short scans (20-30 s, none failing) on the free plan in virtual time
/// (`now`), asked about only when a test says: unpaused, then askAll().
struct TwoShortScans
{
    qint64 now = 0;
    TestStack stack { 10, 1.0, 7, 0, [](sim::Simulator::Options &options) {
                         options.runMsMin = 20000;
                         options.runMsMax = 30000;
                         options.failedPercent = 0;
                     } };

    TwoShortScans()
    {
        stack.simulator->setClock([this] { return now; });
        stack.scheduler->setClock([this] { return now; });
        stack.scheduler->setPaused(true);
    }
    /// Launches the two (a.example, b.example); their ids in that order.
    QStringList launch()
    {
        return stack.launch(
            { QStringLiteral("https://a.example"), QStringLiteral("https://b.example") });
    }
    /// Launches the two, lets a minute pass (both end) and sends what the
    /// scheduler plans: a sweep sees both ends, and neither is looked at.
    QStringList launchAndSweepTheirEnds()
    {
        const QStringList ids = launch();
        now = 60000;
        stack.scheduler->setPaused(false);
        askAll();
        return ids;
    }
    /// Sends what the scheduler plans, from one planned request to the next,
    /// until it plans nothing more.
    void askAll()
    {
        for (int step = 0; step < 20 && stack.scheduler->nextPollAtMs() >= 0; ++step) {
            now = qMax(now, stack.scheduler->nextPollAtMs());
            stack.scheduler->pollDue();
            QVERIFY(FreePlanRun::settle(*stack.client));
        }
    }
    /// Questions about the scan alone (GET /v1/scan/<id>) since its end.
    qsizetype askedSinceEnd(const QString &id) const
    {
        const auto polls = stack.pollsOf(id);
        return std::count_if(polls.cbegin(), polls.cend(), [&](const auto &poll) {
            return poll.atMs >= stack.simulator->terminalAtMs(id);
        });
    }
};
