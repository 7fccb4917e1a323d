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
        QCOMPARE(estimator.estimate().endMs, -1); // nothing to go on yet

        estimator.addSample(30 * s, ScanState::Scanning, linearProgress(30 * s));
        const auto rough = estimator.estimate();
        QVERIFY(!rough.precise);
        // Measured from the last queued answer: late, never early.
        QVERIFY2(rough.endMs >= 122 * s && rough.endMs <= 140 * s,
                 qPrintable(QString::number(rough.endMs)));

        estimator.addSample(95 * s, ScanState::Scanning, linearProgress(95 * s));
        const auto precise = estimator.estimate();
        QVERIFY(precise.precise);
        QVERIFY(!precise.stalled);
        QVERIFY2(qAbs(precise.endMs - 122 * s) <= 2 * s,
                 qPrintable(QString::number(precise.endMs)));
    }

    void stalledProgressGivesNoEnd()
    {
        EndEstimator estimator;
        estimator.addSample(0, ScanState::Queued, 0);
        for (qint64 t = 10; t <= 30; t += 10)
            estimator.addSample(t * s, ScanState::Scanning, static_cast<int>(t)); // 1 %/s
        QVERIFY(estimator.estimate().endMs > 30 * s);
        estimator.addSample(45 * s, ScanState::Scanning, 30);
        estimator.addSample(55 * s, ScanState::Scanning, 30);
        QVERIFY2(!estimator.estimate().stalled, "25 s without a change is not yet a stall");
        estimator.addSample(65 * s, ScanState::Scanning, 30);
        const auto estimate = estimator.estimate();
        QVERIFY(estimate.stalled);
        QCOMPARE(estimate.endMs, -1);

        // It moves again: the stall is over.
        estimator.addSample(75 * s, ScanState::Scanning, 40);
        QVERIFY(!estimator.estimate().stalled);
        QVERIFY(estimator.estimate().endMs > 75 * s);
    }

    void aJumpBringsTheEndCloser()
    {
        EndEstimator estimator;
        estimator.addSample(0, ScanState::Queued, 0);
        estimator.addSample(10 * s, ScanState::Scanning, 5);
        estimator.addSample(20 * s, ScanState::Scanning, 10);
        const qint64 before = estimator.estimate().endMs;
        estimator.addSample(30 * s, ScanState::Scanning, 70); // a whole phase skipped
        const auto after = estimator.estimate();
        QVERIFY(after.endMs > 30 * s);
        QVERIFY2(after.endMs < before,
                 qPrintable(QStringLiteral("%1 then %2").arg(before).arg(after.endMs)));
        // And a slow phase after the jump is judged by its own pace.
        estimator.addSample(60 * s, ScanState::Scanning, 80);
        const qint64 slow = estimator.estimate().endMs;
        QVERIFY2(slow >= 60 * s + 20 * 3 * s - 2 * s,
                 qPrintable(QString::number(slow))); // 3 s a percent from here
    }

    void progressThatGoesBackStartsAFreshMeasure()
    {
        EndEstimator estimator;
        estimator.addSample(10 * s, ScanState::Scanning, 50);
        estimator.addSample(20 * s, ScanState::Scanning, 60); // 1 %/s
        QVERIFY(qAbs(estimator.estimate().endMs - 60 * s) <= s);
        estimator.addSample(30 * s, ScanState::Scanning, 10); // restarted, four times slower
        const auto restarted = estimator.estimate();
        QVERIFY2(restarted.endMs < 0 || restarted.endMs > 100 * s,
                 "the old pace must not survive a restart");
        estimator.addSample(70 * s, ScanState::Scanning, 20);
        const auto measured = estimator.estimate();
        QVERIFY(measured.precise);
        QVERIFY2(qAbs(measured.endMs - 390 * s) <= 5 * s,
                 qPrintable(QString::number(measured.endMs)));
    }

    void queuedScansUseEarlierDurationsUntilTheyOutstayThem()
    {
        EndEstimator estimator;
        estimator.setPriorDurationMs(100 * s);
        estimator.addSample(0, ScanState::Queued, 0);
        auto estimate = estimator.estimate();
        QCOMPARE(estimate.endMs, 100 * s);
        QVERIFY(!estimate.precise);
        estimator.addSample(60 * s, ScanState::Queued, 0);
        QCOMPARE(estimator.estimate().endMs, 100 * s);
        // Queued for longer than such scans usually take in all: no idea.
        estimator.addSample(150 * s, ScanState::Queued, 0);
        QCOMPARE(estimator.estimate().endMs, -1);
        // Started at last: progress speaks again.
        estimator.addSample(170 * s, ScanState::Scanning, 10);
        QVERIFY(estimator.estimate().endMs > 170 * s);
    }

    void aFinishedAnswerChangesNothing()
    {
        EndEstimator estimator;
        estimator.addSample(0, ScanState::Queued, 0);
        estimator.addSample(20 * s, ScanState::Scanning, 20);
        const qint64 before = estimator.estimate().endMs;
        estimator.addSample(25 * s, ScanState::Completed, 100);
        QCOMPARE(estimator.estimate().endMs, before);
    }
};

QTEST_GUILESS_MAIN(EndEstimatorTest)
#include "tst_endestimator.moc"
