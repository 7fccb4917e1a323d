// Faults in the middle of a scan, through the whole stack: the scan keeps its
// last good state, says what is wrong and when it tries again, backs off
// within bounds, recovers by itself, and loses or repeats no event.
#include "../common/teststack.h"

#include <QSignalSpy>
#include <QTest>

using Fault = sim::Simulator::Fault;
Q_DECLARE_METATYPE(Fault)

class FaultsTest : public QObject
{
    Q_OBJECT

private slots:
    void survivesAndRecovers_data();
    void survivesAndRecovers();
    void longFailureMarksStalledThenRecovers();
    void revokedKeyPausesAllAndAsksOnce();
    void forgottenScanStopsBeingPolled();
    void rateLimitAnswerWaitsThenGoesOn();
    void quotaExceededDisablesLaunchingButWatchingGoesOn();
    void newKeyLiftsTheQuotaBlock();
    void typedKeyIsAcceptedOnlyAfterTheServerSaysSo();
    void lostLaunchAnswerIsNotResent_data();
    void lostLaunchAnswerIsNotResent();
    void networkGoingAwayPausesAndResumes();
    void nothingIsSentBeforeThereIsAKey();
    void rateLimitedLaunchWaitsThenStarts();
};

void FaultsTest::survivesAndRecovers_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::newRow("503") << Fault::ServerError;
    QTest::newRow("hang") << Fault::Hang;
    QTest::newRow("connection reset") << Fault::ResetConnection;
    QTest::newRow("body cut short") << Fault::CutBody;
    QTest::newRow("malformed json") << Fault::MalformedJson;
    QTest::newRow("wrong types") << Fault::WrongTypes;
    QTest::newRow("unknown status") << Fault::UnknownStatus;
    QTest::newRow("huge body") << Fault::HugeBody;
}

void FaultsTest::survivesAndRecovers()
{
    QFETCH(Fault, fault);
    TestStack stack(600, 10.0);
    stack.client->setTimeout(600);
    const QStringList ids = stack.launch({ "https://example.com" });
    const QString id = ids.first();
    QTRY_VERIFY_WITH_TIMEOUT(stack.repository->find(id)->events.size() >= 2, 20000);

    const core::Scan before = *stack.repository->find(id);
    const int pollsBefore = stack.pollsOf(id).size();
    stack.simulator->setFault(fault, -1, QStringLiteral("/v1/scan/"));

    // Visible: the last good state stays, the problem and the next try show.
    QTRY_VERIFY_WITH_TIMEOUT(!stack.repository->watchInfo(id)->problem.isEmpty(), 5000);
    const core::Scan *during = stack.repository->find(id);
    QVERIFY(during->events.size() >= before.events.size());
    QVERIFY(during->progress >= before.progress);
    QVERIFY(!core::isTerminal(during->state));
    QTRY_VERIFY_WITH_TIMEOUT(stack.repository->watchInfo(id)->nextPollAt.isValid(), 3000);

    // Backoff: each retry no sooner than the interval, no later than the cap.
    // Qt resends an idempotent GET once by itself when a connection drops
    // before the answer; such a resend is the same attempt, not a retry.
    const auto attempts = [&stack, &id, pollsBefore] {
        QList<sim::Simulator::LoggedRequest> polls;
        for (const auto &request : stack.pollsOf(id).mid(pollsBefore)) {
            if (polls.isEmpty() || request.atMs - polls.last().atMs > 100)
                polls.append(request);
        }
        return polls;
    };
    QTRY_VERIFY_WITH_TIMEOUT(attempts().size() >= 3, 15000);
    const QList<sim::Simulator::LoggedRequest> polls = attempts();
    const auto &settings = stack.scheduler->settings();
    for (int i = 1; i < polls.size(); ++i) {
        const qint64 gap = polls.at(i).atMs - polls.at(i - 1).atMs;
        QVERIFY2(gap >= settings.intervalMs * 9 / 10
                     && gap <= settings.backoffCapMs + stack.client->timeout() + 300,
                 qPrintable(QStringLiteral("retry gap %1 ms").arg(gap)));
    }
    // No more retries than plain polling would have sent in the same time.
    QVERIFY(polls.size()
            <= (polls.last().atMs - polls.first().atMs) / (settings.intervalMs * 9 / 10) + 1);

    stack.simulator->clearFault();
    QTRY_VERIFY_WITH_TIMEOUT(stack.allTerminal(ids), 30000);
    const core::Scan *after = stack.repository->find(id);
    QVERIFY(stack.repository->watchInfo(id)->problem.isEmpty());

    // No event lost or duplicated: the client's log is the server's log.
    bool done = false;
    core::ScanStatus truth;
    stack.client->getScan(id, nullptr, [&](const core::ScanStatus &s, const core::ApiError &) {
        truth = s;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(after->events.size(), truth.events.size());
    for (int i = 0; i < truth.events.size(); ++i)
        QCOMPARE(after->events.at(i).message, truth.events.at(i).message);
}

void FaultsTest::longFailureMarksStalledThenRecovers()
{
    TestStack stack(600, 20.0);
    core::PollScheduler::Settings settings = stack.scheduler->settings();
    settings.stalledAfterMs = 800;
    settings.backoffCapMs = 400;
    stack.scheduler->setSettings(settings);
    const QStringList ids = stack.launch({ "https://example.com" });
    stack.simulator->setFault(Fault::ServerError, -1, QStringLiteral("/v1/scan/"));
    QTRY_COMPARE_WITH_TIMEOUT(stack.repository->find(ids.first())->watch, core::WatchState::Stalled,
                              5000);
    QVERIFY(stack.repository->watchInfo(ids.first())->problem.contains(QStringLiteral("503")));
    stack.simulator->clearFault();
    QTRY_VERIFY_WITH_TIMEOUT(stack.allTerminal(ids), 20000);
}

void FaultsTest::revokedKeyPausesAllAndAsksOnce()
{
    TestStack stack(600, 10.0);
    QSignalSpy asked(stack.controller.get(), &core::ScanController::keyRefused);
    const QStringList ids
        = stack.launch({ "https://a.example", "https://b.example", "https://c.example" });
    stack.simulator->revokeKey();
    QTRY_VERIFY_WITH_TIMEOUT(stack.scheduler->isPausedForKey(), 5000);
    // Every answer that could ask again has landed: nothing is on its way.
    QTRY_VERIFY(stack.clientIdle());
    QCOMPARE(asked.count(), 1);
    for (const auto &id : ids)
        QCOMPARE(stack.repository->find(id)->watch, core::WatchState::Paused);
    // Nothing while paused: no poll is planned and the timer is off.
    QVERIFY(!stack.scheduler->isTimerActive());
    QVERIFY(stack.scheduler->nextPollAtMs() < 0);

    const QString newKey = QStringLiteral("avk_live_new0000000000000000000000000000000000");
    stack.simulator->setApiKey(newKey);
    stack.controller->setApiKey(newKey);
    QTRY_VERIFY_WITH_TIMEOUT(stack.allTerminal(ids), 30000);
    QCOMPARE(asked.count(), 1);
}

void FaultsTest::forgottenScanStopsBeingPolled()
{
    TestStack stack(600, 10.0);
    const QStringList ids = stack.launch({ "https://example.com" });
    QTRY_VERIFY_WITH_TIMEOUT(stack.pollsOf(ids.first()).size() >= 1, 5000);
    stack.simulator->forgetScan(ids.first());
    QTRY_COMPARE_WITH_TIMEOUT(stack.repository->find(ids.first())->watch,
                              core::WatchState::NotFound, 5000);
    QVERIFY(stack.repository->watchInfo(ids.first())->problem.contains(QStringLiteral("404")));
    // No longer watched: nothing on its way, no poll planned, the timer off.
    QVERIFY(!stack.repository->activeIds().contains(ids.first()));
    QTRY_VERIFY(stack.clientIdle());
    QVERIFY(!stack.scheduler->isTimerActive());
    QVERIFY(stack.scheduler->nextPollAtMs() < 0);
    QCOMPARE(stack.pollsOf(ids.first()).last().status, 404); // the last ask was the 404
}

void FaultsTest::rateLimitAnswerWaitsThenGoesOn()
{
    TestStack stack(600, 10.0);
    QSignalSpy waited(stack.scheduler.get(), &core::PollScheduler::rateLimitWait);
    const QStringList ids = stack.launch({ "https://example.com" });
    stack.simulator->setFault(Fault::RateLimited, 1, QStringLiteral("/v1/scan/"));
    QTRY_VERIFY_WITH_TIMEOUT(waited.count() == 1, 5000);
    // Retry-After: 2 means two seconds, clamped to the (scaled) maximum.
    const qint64 wait = waited.at(0).at(0).toLongLong();
    QCOMPARE(wait, qMin<qint64>(2000, stack.scheduler->settings().maxWaitMs));
    const qint64 at429 = stack.simulator->elapsedMs();
    QTRY_VERIFY_WITH_TIMEOUT(stack.pollsOf(ids.first()).last().atMs > at429, 10000);
    QVERIFY(stack.pollsOf(ids.first()).last().atMs - at429 >= wait - 100);
    QTRY_VERIFY_WITH_TIMEOUT(stack.allTerminal(ids), 30000);
}

void FaultsTest::quotaExceededDisablesLaunchingButWatchingGoesOn()
{
    TestStack stack(600, 10.0);
    const QStringList ids = stack.launch({ "https://example.com" });
    stack.simulator->setQuotaUsed(stack.simulator->options().quotaLimit);
    QSignalSpy blocked(stack.controller.get(), &core::ScanController::launchBlocked);
    QSignalSpy failed(stack.controller.get(), &core::ScanController::launchFailed);
    stack.controller->startScan("https://example.org", "security");
    QTRY_COMPARE(blocked.count(), 1);
    QVERIFY(blocked.at(0).at(0).toString().contains(QStringLiteral("quota")));
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("https://example.org"));
    QVERIFY(stack.controller->isLaunchBlocked());
    const int posts = stack.simulator->requestLog().size();
    stack.controller->startScan("https://example.net", "security"); // not sent at all
    QCOMPARE(stack.simulator->requestLog().size(), posts);
    QTRY_VERIFY_WITH_TIMEOUT(stack.allTerminal(ids), 30000);

    // A new billing period: the next usage answer lifts the block, and a
    // launch goes out again.
    stack.simulator->setQuotaUsed(0);
    stack.controller->fetchUsage();
    QTRY_VERIFY(!stack.controller->isLaunchBlocked());
    QCOMPARE(blocked.last().at(0).toString(), QString());
    QCOMPARE(stack.launch({ "https://example.net" }).size(), 1);
}

void FaultsTest::newKeyLiftsTheQuotaBlock()
{
    TestStack stack(600, 10.0);
    stack.simulator->setQuotaUsed(stack.simulator->options().quotaLimit);
    QSignalSpy blocked(stack.controller.get(), &core::ScanController::launchBlocked);
    stack.controller->startScan("https://example.org", "security");
    QTRY_VERIFY(stack.controller->isLaunchBlocked());
    // The key of another plan (here: the same server with room again).
    stack.simulator->setQuotaUsed(0);
    stack.controller->setApiKey(stack.simulator->options().apiKey);
    QVERIFY(!stack.controller->isLaunchBlocked());
    QCOMPARE(stack.launch({ "https://example.org" }).size(), 1);
}

void FaultsTest::typedKeyIsAcceptedOnlyAfterTheServerSaysSo()
{
    TestStack stack(600, 10.0);
    QSignalSpy accepted(stack.controller.get(), &core::ScanController::keyAccepted);
    QSignalSpy refused(stack.controller.get(), &core::ScanController::keyRefused);
    const QString wrong = QStringLiteral("avk_live_wrong00000000000000000000000000000000000");
    stack.controller->setApiKey(wrong);
    QCOMPARE(accepted.count(), 0); // not before an answer
    stack.controller->fetchUsage();
    QTRY_COMPARE(refused.count(), 1);
    QTRY_VERIFY(stack.clientIdle()); // every answer is in
    QCOMPARE(accepted.count(), 0); // a refused key is never worth keeping
    const QString right = stack.simulator->options().apiKey;
    stack.controller->setApiKey(right);
    stack.controller->fetchUsage();
    QTRY_COMPARE(accepted.count(), 1);
    QCOMPARE(accepted.at(0).at(0).toString(), right);
}

void FaultsTest::lostLaunchAnswerIsNotResent_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::newRow("no answer") << Fault::Hang;
    QTest::newRow("connection reset") << Fault::ResetConnection;
    QTest::newRow("answer cut short") << Fault::CutBody;
    QTest::newRow("503") << Fault::ServerError;
}

void FaultsTest::lostLaunchAnswerIsNotResent()
{
    QFETCH(Fault, fault);
    TestStack stack(600, 10.0);
    stack.client->setTimeout(500);
    stack.simulator->setFault(fault, -1, QStringLiteral("/v1/scan"));
    QSignalSpy failed(stack.controller.get(), &core::ScanController::launchFailed);
    stack.controller->startScan("https://example.com", "security");
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 3000);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("https://example.com"));
    QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("not sent again")));
    // Nothing is left to send it again: no launch queued, no request waiting
    // or on its way.
    QCOMPARE(stack.controller->pendingLaunches(), 0);
    QTRY_VERIFY(stack.clientIdle());
    int posts = 0;
    for (const auto &request : stack.simulator->requestLog())
        posts += request.method == "POST";
    QCOMPARE(posts, 1);
}

void FaultsTest::networkGoingAwayPausesAndResumes()
{
    TestStack stack(600, 10.0);
    const QStringList ids = stack.launch({ "https://example.com", "https://example.org" });
    QTRY_VERIFY_WITH_TIMEOUT(stack.pollsOf(ids.first()).size() >= 1, 5000);
    stack.scheduler->setNetworkAvailable(false);
    for (const auto &id : ids)
        QVERIFY(stack.repository->watchInfo(id)->problem.contains(QStringLiteral("Offline")));
    // An answer already on its way may still land; then nothing more goes
    // out: no poll is planned and the timer is off.
    QTRY_VERIFY(stack.clientIdle());
    QVERIFY(!stack.scheduler->isTimerActive());
    QVERIFY(stack.scheduler->nextPollAtMs() < 0);
    const int requests = stack.simulator->requestLog().size();

    stack.scheduler->setNetworkAvailable(true);
    QTRY_VERIFY_WITH_TIMEOUT(stack.simulator->requestLog().size() > requests, 2000);
    QTRY_VERIFY_WITH_TIMEOUT(stack.allTerminal(ids), 30000);
    for (const auto &id : ids)
        QVERIFY(stack.repository->watchInfo(id)->problem.isEmpty());
}

void FaultsTest::nothingIsSentBeforeThereIsAKey()
{
    TestStack stack(600, 10.0);
    const QString key = stack.simulator->options().apiKey;
    stack.client->setApiKey(QString());
    stack.scheduler->pauseForKey();
    QSignalSpy asked(stack.controller.get(), &core::ScanController::keyRefused);
    QSignalSpy launched(stack.controller.get(), &core::ScanController::launched);
    stack.controller->startScan("https://example.com", "security");
    QCOMPARE(asked.count(), 1);
    // No key, no request: none sent, waiting or planned.
    QVERIFY(stack.clientIdle());
    QVERIFY(!stack.scheduler->isTimerActive());
    QCOMPARE(stack.simulator->requestLog().size(), 0);
    QCOMPARE(stack.controller->pendingLaunches(), 1);

    stack.controller->setApiKey(key); // the launch that waited goes out now
    QTRY_COMPARE(launched.count(), 1);
    const QString id = launched.at(0).at(0).toString();
    QTRY_VERIFY_WITH_TIMEOUT(stack.allTerminal({ id }), 30000);
    for (const auto &request : stack.simulator->requestLog())
        QCOMPARE(request.authorization, "Bearer " + key.toUtf8());
}

void FaultsTest::rateLimitedLaunchWaitsThenStarts()
{
    TestStack stack(600, 10.0);
    stack.simulator->setFault(Fault::RateLimited, 1, QStringLiteral("/v1/scan"));
    QSignalSpy deferred(stack.controller.get(), &core::ScanController::launchDeferred);
    QSignalSpy launched(stack.controller.get(), &core::ScanController::launched);
    stack.controller->startScan("https://example.com", "security");
    QTRY_COMPARE(deferred.count(), 1);
    QVERIFY(deferred.at(0).at(0).toString().contains(QStringLiteral("will start in 2 s")));
    QVERIFY(!stack.scheduler->budgetAllowsNow(nullptr)); // polling waits as well
    QTRY_COMPARE_WITH_TIMEOUT(launched.count(), 1, 5000);
    int posts = 0, created = 0;
    qint64 first429 = -1, createdAt = -1;
    for (const auto &request : stack.simulator->requestLog()) {
        if (request.method != "POST")
            continue;
        ++posts;
        if (request.status == 429)
            first429 = request.atMs;
        if (request.status == 201) {
            ++created;
            createdAt = request.atMs;
        }
    }
    QCOMPARE(posts, 2); // a 429 created nothing, so one more try is safe
    QCOMPARE(created, 1);
    QVERIFY(createdAt - first429 >= 1900);
}

QTEST_GUILESS_MAIN(FaultsTest)
#include "tst_faults.moc"
