// The local launch queue against the simulator: the plan's concurrent_scans
// kept, a concurrency 429 holding only launches, the queue kept over a restart.
#include "../common/teststack.h"
#include "store/scanstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

auto runsAtOnce(int scans)
{
    return [scans](sim::Simulator::Options &options) { options.concurrentScans = scans; };
}

QStringList sites(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(QStringLiteral("https://q%1.example").arg(i));
    return list;
}

QList<const core::Scan *> waitingRows(const core::ScanRepository &repository)
{
    QList<const core::Scan *> rows;
    for (int i = 0; i < repository.count(); ++i) {
        if (repository.at(i).watch == core::WatchState::Waiting)
            rows.append(&repository.at(i));
    }
    return rows;
}

} // namespace

class QueueTest : public QObject
{
    Q_OBJECT

private slots:
    void launchesKeepToThePlansScansAtOnce()
    {
        TestStack stack(600, 20.0, 3, 0, runsAtOnce(2));
        QSignalSpy usage(stack.controller.get(), &core::ScanController::usageUpdated);
        stack.controller->fetchUsage();
        QTRY_COMPARE(usage.count(), 1);
        QSignalSpy launched(stack.controller.get(), &core::ScanController::launched);
        for (const auto &site : sites(6))
            stack.controller->startScan(site, QStringLiteral("security"));
        // Beyond two, they wait in the list, each with its place.
        QTRY_COMPARE(launched.count(), 2);
        const auto waiting = waitingRows(*stack.repository);
        QCOMPARE(waiting.size(), 4);
        QList<int> places;
        for (const core::Scan *scan : waiting)
            places.append(stack.repository->watchInfo(scan->id)->queuePlace);
        std::sort(places.begin(), places.end());
        QCOMPARE(places, QList<int>({ 1, 2, 3, 4 }));

        QTRY_COMPARE_WITH_TIMEOUT(launched.count(), 6, 60000);
        QStringList ids;
        for (const auto &arguments : launched)
            ids.append(arguments.at(0).toString());
        QTRY_VERIFY_WITH_TIMEOUT(stack.allTerminal(ids), 30000);
        QVERIFY(waitingRows(*stack.repository).isEmpty());
        QCOMPARE(stack.repository->count(), 6);
        QCOMPARE(stack.simulator->countAnswers(429), 0);
        QVERIFY(stack.simulator->mostRunningAtOnce() <= 2);
    }

    void aConcurrency429HoldsOnlyTheLaunches()
    {
        // The limit is not known (no usage asked): the server says it.
        TestStack stack(600, 20.0, 3, 0, runsAtOnce(2));
        QSignalSpy launched(stack.controller.get(), &core::ScanController::launched);
        for (const auto &site : sites(5))
            stack.controller->startScan(site, QStringLiteral("security"));
        QTRY_COMPARE_WITH_TIMEOUT(launched.count(), 5, 60000);
        QStringList ids;
        for (const auto &arguments : launched)
            ids.append(arguments.at(0).toString());
        QTRY_VERIFY_WITH_TIMEOUT(stack.allTerminal(ids), 30000);

        qint64 refusedAt = -1, nextLaunchAt = -1;
        int polls = 0, refusedPolls = 0;
        for (const auto &request : stack.simulator->requestLog()) {
            if (request.method == "POST" && request.status == 429 && refusedAt < 0)
                refusedAt = request.atMs;
            else if (request.method == "POST" && request.status == 201 && refusedAt >= 0
                     && nextLaunchAt < 0)
                nextLaunchAt = request.atMs;
            else if (request.method == "GET") {
                refusedPolls += request.status == 429;
                polls += refusedAt >= 0 && nextLaunchAt < 0;
            }
        }
        QVERIFY(refusedAt >= 0);
        QVERIFY(nextLaunchAt > refusedAt);
        QVERIFY2(polls >= 2, "running scans are polled while launches wait");
        QCOMPARE(refusedPolls, 0);
        QVERIFY(stack.simulator->mostRunningAtOnce() <= 2);
        // One refusal taught the limit: the others waited for an end instead.
        QVERIFY(stack.simulator->countAnswers(429) <= 2);
    }

    void waitingLaunchesSurviveARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        TestStack stack(600, 20.0, 3, 0, runsAtOnce(1));
        QStringList waitingUrls;
        {
            StoredRun run(stack, path);
            QSignalSpy usage(&run.controller, &core::ScanController::usageUpdated);
            run.controller.fetchUsage();
            QTRY_COMPARE(usage.count(), 1);
            QSignalSpy launched(&run.controller, &core::ScanController::launched);
            for (const auto &site : sites(3))
                run.controller.startScan(site, QStringLiteral("security"));
            QTRY_COMPARE(launched.count(), 1);
            QTRY_COMPARE(waitingRows(run.repository).size(), 2);
            for (const core::Scan *scan : waitingRows(run.repository))
                waitingUrls.append(scan->url);
        } // ScanDash stops with two launches waiting

        StoredRun run(stack, path);
        core::ScanRepository &repository = run.repository;
        core::ScanController &controller = run.controller;
        QSignalSpy launched(&controller, &core::ScanController::launched);
        QSignalSpy usage(&controller, &core::ScanController::usageUpdated);
        controller.fetchUsage();
        QTRY_COMPARE(usage.count(), 1);
        repository.loadFromStore();
        QCOMPARE(waitingRows(repository).size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(launched.count(), 2, 30000);
        QStringList started;
        for (const auto &arguments : launched)
            started.append(repository.find(arguments.at(0).toString())->url);
        std::sort(waitingUrls.begin(), waitingUrls.end());
        QCOMPARE(started, waitingUrls); // in the order they were queued
        QVERIFY(waitingRows(repository).isEmpty());
        QVERIFY(stack.simulator->mostRunningAtOnce() <= 1);
    }
};

QTEST_GUILESS_MAIN(QueueTest)
#include "tst_queue.moc"
