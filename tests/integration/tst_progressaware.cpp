// Progress-aware polling on a tight budget, in virtual time (an injected
// clock shared by the scheduler and the simulator): every end is seen within
// about one pacing interval, on no more requests than the round-robin spends,
// with no 429; a stalled scan is still asked at the floor rate.
#include "../common/freeplanrun.h"

#include <QTest>

class ProgressAwareTest : public QObject
{
    Q_OBJECT

private slots:
    void freePlanEndsAreShownWithinAPacingInterval_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : { 1u, 2u, 3u, 7u, 42u, 1234u })
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void freePlanEndsAreShownWithinAPacingInterval()
    {
        QFETCH(quint32, seed);
        const FreePlanRun::Figures fair = FreePlanRun::run(false, seed);
        const FreePlanRun::Figures aware = FreePlanRun::run(true, seed);
        QVERIFY(fair.finished);
        QVERIFY(aware.finished);
        qInfo("round-robin: %d requests, delays median %lld ms, worst %lld ms; progress-aware: %d "
              "requests, median %lld ms, worst %lld ms (pacing interval %lld ms)",
              fair.requests, fair.medianDelayMs(), fair.worstDelayMs(), aware.requests,
              aware.medianDelayMs(), aware.worstDelayMs(), aware.spacingMs);

        QCOMPARE(aware.rateLimited, 0);
        QCOMPARE(fair.rateLimited, 0);
        QCOMPARE(aware.endShownDelaysMs.size(), 5);
        for (qint64 delay : aware.endShownDelaysMs)
            QVERIFY(delay >= 0);
        QVERIFY2(aware.medianDelayMs() <= aware.spacingMs,
                 qPrintable(QStringLiteral("median %1 ms").arg(aware.medianDelayMs())));
        QVERIFY2(aware.worstDelayMs() <= 2 * aware.spacingMs,
                 qPrintable(QStringLiteral("worst %1 ms").arg(aware.worstDelayMs())));
        QVERIFY2(
            aware.requests <= fair.requests,
            qPrintable(
                QStringLiteral("%1 requests against %2").arg(aware.requests).arg(fair.requests)));
    }

    void selectedScanIsAskedFirstAndNeverPastTheFloor()
    {
        const FreePlanRun::Figures aware = FreePlanRun::run(true, 7);
        QVERIFY(aware.finished);
        const QString selected = aware.ids.first();
        qint64 firstPoll = -1;
        QString firstId;
        for (auto it = aware.pollTimesMs.cbegin(); it != aware.pollTimesMs.cend(); ++it) {
            if (!it->isEmpty() && (firstPoll < 0 || it->first() < firstPoll)) {
                firstPoll = it->first();
                firstId = it.key();
            }
        }
        QCOMPARE(firstId, selected);
        // Then with what the others' likely ends leave, and never less often
        // than the floor.
        const QList<qint64> &times = aware.pollTimesMs.value(selected);
        const qint64 floor = core::PollScheduler::Settings().floorIntervalMs;
        for (int i = 1; i < times.size(); ++i)
            QVERIFY2(times.at(i) - times.at(i - 1) <= floor + aware.spacingMs,
                     qPrintable(QStringLiteral("gap of %1 ms").arg(times.at(i) - times.at(i - 1))));
    }

    void stalledScanIsStillAskedAtTheFloorRate()
    {
        const FreePlanRun::Figures aware = FreePlanRun::run(
            true, 7, { "https://a.example", "https://stall.example", "https://c.example" });
        QVERIFY(aware.finished);
        QCOMPARE(aware.rateLimited, 0);
        const QList<qint64> &times = aware.pollTimesMs.value(aware.ids.at(1));
        QVERIFY(times.size() >= 5);
        const qint64 floor = core::PollScheduler::Settings().floorIntervalMs;
        for (int i = 1; i < times.size(); ++i)
            QVERIFY2(times.at(i) - times.at(i - 1) <= floor + aware.spacingMs,
                     qPrintable(QStringLiteral("gap of %1 ms").arg(times.at(i) - times.at(i - 1))));
        // Its end is still seen within the floor interval.
        QVERIFY(aware.endShownDelaysMs.at(1) <= floor + aware.spacingMs);
    }
};

QTEST_MAIN(ProgressAwareTest)
#include "tst_progressaware.moc"
