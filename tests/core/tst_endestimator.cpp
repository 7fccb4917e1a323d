// EndEstimator on recorded progress series: when will this scan end?
#include "poll/endestimator.h"

#include <QTest>

using core::EndEstimator;
using core::ScanState;

namespace {

constexpr qint64 s = 1000; // the series below are written in seconds

/// A scan queued for 2 s that then runs 120 s at an even pace, as the API
/// reports it: progress rounded down, 99 % at most until it ends.
int linearProgress(qint64 atMs)
{
    return static_cast<int>(qBound(qint64(0), (atMs - 2 * s) * 100 / (120 * s), qint64(99)));
}

} // namespace

class EndEstimatorTest : public QObject
{
    Q_OBJECT

private slots:
    void linearProgressGivesARoughThenAPreciseEnd()
    {
        EndEstimator estimator;
        estimator.addSample(0, ScanState::Queued, 0);
        QCOMPARE(estimator.estimate().likelyMs, EndEstimator::kUnset); // nothing to go on yet

        estimator.addSample(30 * s, ScanState::Scanning, linearProgress(30 * s));
        const auto rough = estimator.estimate();
        QVERIFY2(rough.widthMs() > 10 * s, qPrintable(QString::number(rough.widthMs())));
        // Measured from the last queued answer: late, never early.
        QVERIFY2(rough.likelyMs >= 122 * s && rough.likelyMs <= 140 * s,
                 qPrintable(QString::number(rough.likelyMs)));

        estimator.addSample(95 * s, ScanState::Scanning, linearProgress(95 * s));
        const auto precise = estimator.estimate();
        QVERIFY2(precise.widthMs() <= 5 * s, qPrintable(QString::number(precise.widthMs())));
        QVERIFY(!precise.stalled);
        QVERIFY2(qAbs(precise.likelyMs - 122 * s) <= 2 * s,
                 qPrintable(QString::number(precise.likelyMs)));
    }

    void stalledProgressGivesNoEnd()
    {
        EndEstimator estimator;
        estimator.addSample(0, ScanState::Queued, 0);
        for (qint64 t = 10; t <= 30; t += 10)
            estimator.addSample(t * s, ScanState::Scanning, static_cast<int>(t)); // 1 %/s
        QVERIFY(estimator.estimate().likelyMs > 30 * s);
        estimator.addSample(45 * s, ScanState::Scanning, 30);
        estimator.addSample(55 * s, ScanState::Scanning, 30);
        QVERIFY2(!estimator.estimate().stalled, "25 s without a change is not yet a stall");
        estimator.addSample(65 * s, ScanState::Scanning, 30);
        const auto estimate = estimator.estimate();
        QVERIFY(estimate.stalled);
        QCOMPARE(estimate.likelyMs, EndEstimator::kUnset);
        QCOMPARE(estimate.stillSinceMs, 30 * s); // the first answer that said 30 %

        // It moves again: the stall is over.
        estimator.addSample(75 * s, ScanState::Scanning, 40);
        QVERIFY(!estimator.estimate().stalled);
        QVERIFY(estimator.estimate().likelyMs > 75 * s);
    }

    void aJumpBringsTheEndCloser()
    {
        EndEstimator estimator;
        estimator.addSample(0, ScanState::Queued, 0);
        estimator.addSample(10 * s, ScanState::Scanning, 5);
        estimator.addSample(20 * s, ScanState::Scanning, 10);
        const qint64 before = estimator.estimate().likelyMs;
        estimator.addSample(30 * s, ScanState::Scanning, 70); // a whole phase skipped
        const auto after = estimator.estimate();
        QVERIFY(after.likelyMs > 30 * s);
        QVERIFY2(after.likelyMs < before,
                 qPrintable(QStringLiteral("%1 then %2").arg(before).arg(after.likelyMs)));
        // And a slow phase after the jump is judged by its own pace.
        estimator.addSample(60 * s, ScanState::Scanning, 80);
        const qint64 slow = estimator.estimate().likelyMs;
        QVERIFY2(slow >= 60 * s + 20 * 3 * s - 2 * s,
                 qPrintable(QString::number(slow))); // 3 s a percent from here
    }

    void progressThatGoesBackStartsAFreshMeasure()
    {
        EndEstimator estimator;
        estimator.addSample(10 * s, ScanState::Scanning, 50);
        estimator.addSample(20 * s, ScanState::Scanning, 60); // 1 %/s
        QVERIFY(qAbs(estimator.estimate().likelyMs - 60 * s) <= s);
        estimator.addSample(30 * s, ScanState::Scanning, 10); // restarted, four times slower
        const auto restarted = estimator.estimate();
        QVERIFY2(!restarted.known() || restarted.likelyMs > 100 * s,
                 "the old pace must not survive a restart");
        estimator.addSample(70 * s, ScanState::Scanning, 20);
        const auto measured = estimator.estimate();
        QVERIFY(measured.earliestMs <= 390 * s && measured.latestMs >= 390 * s);
        QVERIFY2(qAbs(measured.likelyMs - 390 * s) <= 5 * s,
                 qPrintable(QString::number(measured.likelyMs)));
    }

    void queuedScansUseEarlierDurationsUntilTheyOutstayThem()
    {
        EndEstimator estimator;
        estimator.setPrior({ 100 * s, -1, -1 });
        estimator.addSample(0, ScanState::Queued, 0);
        auto estimate = estimator.estimate();
        QCOMPARE(estimate.likelyMs, 100 * s);
        QVERIFY2(estimate.widthMs() > 10 * s, qPrintable(QString::number(estimate.widthMs())));
        estimator.addSample(60 * s, ScanState::Queued, 0);
        QCOMPARE(estimator.estimate().likelyMs, 100 * s);
        // Queued for longer than such scans usually take in all: no idea.
        estimator.addSample(150 * s, ScanState::Queued, 0);
        QCOMPARE(estimator.estimate().likelyMs, EndEstimator::kUnset);
        // Started at last: progress speaks again.
        estimator.addSample(170 * s, ScanState::Scanning, 10);
        QVERIFY(estimator.estimate().likelyMs > 170 * s);
    }

    void theEndIsAWindowThatHoldsTheTrueEnd()
    {
        // Polled every 20 s, as a tight budget does: the window is honest
        // about what 20 s between answers cannot tell.
        EndEstimator estimator;
        estimator.addSample(0, ScanState::Queued, 0);
        for (qint64 t = 20; t <= 100; t += 20) {
            estimator.addSample(t * s, ScanState::Scanning, linearProgress(t * s));
            const auto estimate = estimator.estimate();
            QVERIFY(estimate.known());
            QVERIFY2(estimate.earliestMs <= 122 * s && estimate.latestMs >= 122 * s,
                     qPrintable(QStringLiteral("at %1 s: %2-%3")
                                    .arg(t)
                                    .arg(estimate.earliestMs)
                                    .arg(estimate.latestMs)));
            QVERIFY(estimate.earliestMs <= estimate.likelyMs);
            QVERIFY(estimate.likelyMs <= estimate.latestMs);
        }
        QVERIFY(estimator.estimate().widthMs() <= 5 * s);
    }

    void staircaseProgressIsReadAsSteps()
    {
        // Work done is reported in batches: at 30 s it says 25 %, at 60 s
        // 50 %, at 90 s 75 %, and ends at 120 s. Answers every 10 s.
        auto stepped = [](qint64 t) { return static_cast<int>(t / 30 * 25); };
        EndEstimator estimator;
        estimator.addSample(0, ScanState::Queued, 0);
        for (qint64 t = 5; t <= 95; t += 10)
            estimator.addSample(t * s, ScanState::Scanning, stepped(t));
        const auto estimate = estimator.estimate();
        // The steps came at 30, 60 and 90 s (seen at 35, 65 and 95 s): 1.2 s a
        // percent from the change, not from the answer. Read from the answers,
        // the end would be 125 s; read from the changes, 120 s.
        QVERIFY(estimate.known());
        QVERIFY2(qAbs(estimate.likelyMs - 120 * s) <= 5 * s,
                 qPrintable(QString::number(estimate.likelyMs)));
        QVERIFY(estimate.earliestMs <= 120 * s && estimate.latestMs >= 120 * s);
        // Holding between steps is no stall.
        estimator.addSample(105 * s, ScanState::Scanning, 75);
        estimator.addSample(115 * s, ScanState::Scanning, 75);
        QVERIFY(!estimator.estimate().stalled);
        QVERIFY(estimator.estimate().known());
    }

    void aTypeSeenInStepsReadsItsScansAsSteps()
    {
        // The staircase above, asked once a step (a paid plan's sweeps watch
        // the ends, the scan's own questions are rare): every answer says
        // more than the last, so this scan never shows a hold. Read
        // smoothly, each value is timed by its answer and the end comes
        // before the window (measured: 8 s early on the simulator's
        // staircase). Another scan of the type held a value: these are
        // steps, reached any time since the answer before.
        auto stepped = [](qint64 t) { return static_cast<int>(t / 30 * 25); };
        auto sparse = [&stepped](EndEstimator &estimator) {
            estimator.addSample(0, ScanState::Queued, 0);
            for (qint64 t = 35; t <= 95; t += 30)
                estimator.addSample(t * s, ScanState::Scanning, stepped(t));
        };
        EndEstimator alone;
        sparse(alone);
        QVERIFY2(alone.estimate().earliestMs > 120 * s,
                 qPrintable(QString::number(alone.estimate().earliestMs)));
        EndEstimator told;
        EndEstimator::Prior prior;
        prior.stepped = true;
        told.setPrior(prior);
        sparse(told);
        const auto estimate = told.estimate();
        QVERIFY2(
            estimate.earliestMs <= 120 * s && estimate.latestMs >= 120 * s,
            qPrintable(QStringLiteral("%1-%2").arg(estimate.earliestMs).arg(estimate.latestMs)));
    }

    void aPollThatFindsItRunningMovesAndWidensTheEnd()
    {
        EndEstimator estimator;
        estimator.addSample(0, ScanState::Queued, 0);
        for (qint64 t = 10; t <= 90; t += 20)
            estimator.addSample(t * s, ScanState::Scanning, static_cast<int>(t)); // 1 %/s
        const auto before = estimator.estimate();
        QVERIFY(before.latestMs < 110 * s);
        // A last phase at the top that the pace does not foresee.
        estimator.addSample(99 * s, ScanState::Scanning, 98);
        estimator.addSample(110 * s, ScanState::Scanning, 98);
        const auto after = estimator.estimate();
        QVERIFY(after.known());
        QVERIFY2(after.earliestMs >= 110 * s, "the end is after an answer that says running");
        QVERIFY2(after.widthMs() > before.widthMs(), "a missed end widens the window");
        estimator.addSample(after.earliestMs + s, ScanState::Scanning, 98);
        QVERIFY(estimator.estimate().earliestMs > after.earliestMs);
    }

    void aTypesLastPhaseIsLearnedFromItsScans()
    {
        // The first scan of the type: 1 %/s to 96 %, then 20 s at the top.
        EndEstimator first;
        first.addSample(0, ScanState::Queued, 0);
        for (qint64 t = 10; t <= 90; t += 10)
            first.addSample(t * s, ScanState::Scanning, static_cast<int>(t));
        first.addSample(97 * s, ScanState::Scanning, 96);
        first.addSample(105 * s, ScanState::Scanning, 96);
        first.addSample(115 * s, ScanState::Scanning, 96);
        const qint64 tail = first.tailMs(118 * s); // ended between 115 and 118 s
        QVERIFY2(qAbs(tail - 20 * s) <= 5 * s, qPrintable(QString::number(tail)));

        // The next one, told: its end is the top plus that phase.
        EndEstimator next;
        next.setPrior({ -1, tail - 2 * s, tail + 2 * s });
        next.addSample(0, ScanState::Queued, 0);
        for (qint64 t = 10; t <= 90; t += 10)
            next.addSample(t * s, ScanState::Scanning, static_cast<int>(t));
        const auto estimate = next.estimate();
        QVERIFY2(
            estimate.earliestMs >= 105 * s && estimate.latestMs <= 125 * s,
            qPrintable(QStringLiteral("%1-%2").arg(estimate.earliestMs).arg(estimate.latestMs)));
        QVERIFY(first.tailMs(121 * s) > tail); // later seen, later ended
        // Seen ended long after its last answer: the midpoint of that gap
        // says nothing worth learning.
        QCOMPARE(first.tailMs(200 * s), -1);
        EndEstimator neverAtTop;
        neverAtTop.addSample(0, ScanState::Queued, 0);
        neverAtTop.addSample(10 * s, ScanState::Scanning, 40);
        QCOMPARE(neverAtTop.tailMs(20 * s), -1);
    }

    void theTopIsTimedWhereThePaceCrossedIt()
    {
        // 1 %/s, asked rarely near the top (a paid plan's sweeps see the
        // ends, the scan's own questions come every 20 s or so): 80 % at
        // 80 s, 99 % at 99 s. It crossed 95 % at about 95 s, not at 99 s (the
        // answer) nor at 89.5 s (halfway between the answers).
        EndEstimator ended;
        ended.addSample(0, ScanState::Queued, 0);
        for (qint64 t = 10; t <= 80; t += 10)
            ended.addSample(t * s, ScanState::Scanning, static_cast<int>(t));
        ended.addSample(99 * s, ScanState::Scanning, 99);
        ended.addRunningCheck(100 * s);
        const qint64 tail = ended.tailMs(101 * s); // ended at about 100.5 s
        QVERIFY2(qAbs(tail - 5500) <= 1000, qPrintable(QString::number(tail)));

        // Told its type's last phase (5-6 s), a scan at the same point ends
        // 5-6 s after 95 s: the window holds about 100.5 s, not 104-105 s.
        EndEstimator next;
        next.setPrior({ -1, 5 * s, 6 * s });
        next.addSample(0, ScanState::Queued, 0);
        for (qint64 t = 10; t <= 80; t += 10)
            next.addSample(t * s, ScanState::Scanning, static_cast<int>(t));
        next.addSample(99 * s, ScanState::Scanning, 99);
        const auto estimate = next.estimate();
        QVERIFY2(
            estimate.earliestMs <= 100500 && estimate.latestMs >= 100500
                && estimate.latestMs <= 102 * s,
            qPrintable(QStringLiteral("%1-%2").arg(estimate.earliestMs).arg(estimate.latestMs)));
    }

    void aValueHeldAtTheTopWasReachedAtThePaceBefore()
    {
        // 1 %/s to 96 % at 96 s, then held there (a last phase) until
        // 110 s; asked at 80 s and 100 s. Halfway by the answers' values it
        // crossed 95 % at 98.75 s; at the pace that brought it there, at
        // 95 s: its last phase took 15 s, not 11.
        EndEstimator estimator;
        estimator.addSample(0, ScanState::Queued, 0);
        for (qint64 t = 10; t <= 80; t += 10)
            estimator.addSample(t * s, ScanState::Scanning, static_cast<int>(t));
        estimator.addSample(100 * s, ScanState::Scanning, 96);
        estimator.addSample(108 * s, ScanState::Scanning, 96);
        const qint64 tail = estimator.tailMs(112 * s); // ended at about 110 s
        QVERIFY2(qAbs(tail - 15 * s) <= 1000, qPrintable(QString::number(tail)));
    }

    void theLastPhaseAtThePaceThatReachedTheTop()
    {
        // Fast to 80 % (2 %/s), then 1 %/s: at the last stretch's pace, the
        // five points from 95 % to 100 % take 5 s.
        EndEstimator estimator;
        estimator.addSample(0, ScanState::Queued, 0);
        for (qint64 t = 10; t <= 40; t += 10)
            estimator.addSample(t * s, ScanState::Scanning, static_cast<int>(2 * t));
        estimator.addSample(45 * s, ScanState::Scanning, 85);
        estimator.addSample(50 * s, ScanState::Scanning, 90);
        estimator.addSample(54 * s, ScanState::Scanning, 94);
        QCOMPARE(estimator.topAtPaceMs(), -1); // not at the top yet
        estimator.addSample(57 * s, ScanState::Scanning, 97);
        QVERIFY2(qAbs(estimator.topAtPaceMs() - 5 * s) <= 500,
                 qPrintable(QString::number(estimator.topAtPaceMs())));
    }

    void timesBeforeTheClocksZeroAreValid()
    {
        // After a restart, the scheduler's clock starts anew: answers from
        // before it are at negative times, and are not "unset".
        EndEstimator estimator;
        estimator.addSample(-60 * s, ScanState::Queued, 0);
        estimator.addSample(-40 * s, ScanState::Scanning, 20);
        estimator.addSample(-20 * s, ScanState::Scanning, 40);
        const auto estimate = estimator.estimate();
        QVERIFY(estimate.known());
        // 1 % a second: 40 % at -20 s, the end at 40 s.
        QVERIFY2(qAbs(estimate.likelyMs - 40 * s) <= 3 * s,
                 qPrintable(QString::number(estimate.likelyMs)));
        EndEstimator queued;
        queued.setPrior({ 100 * s, -1, -1 });
        queued.addSample(-30 * s, ScanState::Queued, 0);
        QCOMPARE(queued.estimate().likelyMs, 70 * s);
    }

    void aFinishedAnswerChangesNothing()
    {
        EndEstimator estimator;
        estimator.addSample(0, ScanState::Queued, 0);
        estimator.addSample(20 * s, ScanState::Scanning, 20);
        const qint64 before = estimator.estimate().likelyMs;
        estimator.addSample(25 * s, ScanState::Completed, 100);
        QCOMPARE(estimator.estimate().likelyMs, before);
    }
};

QTEST_GUILESS_MAIN(EndEstimatorTest)
#include "tst_endestimator.moc"
