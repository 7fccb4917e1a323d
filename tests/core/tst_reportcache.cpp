// A report is read from the history and parsed once per scan, and kept until
// it changes: looking at a scan again costs neither.
#include "api/parse.h"
#include "scanstatus.h"
#include "store/scanrepository.h"
#include "store/scanstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace core;

namespace {

QByteArray reportBody(const QString &id, int score)
{
    return QStringLiteral(
               R"({"id":"%1","score":%2,"grade":"C","categories":[{"name":"Headers","score":60,)"
               R"("checks":[{"name":"CSP","status":"fail","severity":"high","message":"Missing"}]}],)"
               R"("summary":{"total_checks":1,"passed":0,"failed":1,"warnings":0,"critical":0,)"
               R"("high":1,"medium":0,"low":0}})")
        .arg(id)
        .arg(score)
        .toUtf8();
}

/// A finished scan with a fetched report, in `repository`.
void addFinished(ScanRepository &repository, const QString &id, int score = 72)
{
    repository.add(makeStatus(id, ScanState::Queued, 0, 0));
    ScanStatus done = makeStatus(id, ScanState::Completed, 100, 3);
    done.result = ScanResult { score, QStringLiteral("C"), QStringLiteral("/report/") + id };
    repository.merge(done);
    repository.setReport(id, *parseReport(reportBody(id, score)).value);
}

} // namespace

class ReportCacheTest : public QObject
{
    Q_OBJECT

private slots:
    void showingAScanAgainReadsItsReportOnce();
    void aChangedReportIsReadAfresh();
    void keepsOnlyTheScansLookedAtLately();
};

void ReportCacheTest::showingAScanAgainReadsItsReportOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("history.sqlite");
    {
        ScanStore store(path);
        ScanRepository repository(&store);
        addFinished(repository, "scan_a", 72);
        addFinished(repository, "scan_b", 91);
    }
    // A later run: the window shows scan_a, then scan_b, then scan_a again.
    ScanStore store(path);
    ScanRepository repository(&store);
    repository.loadFromStore();
    for (const QString id : { "scan_a", "scan_b", "scan_a", "scan_b", "scan_a" }) {
        repository.setShown(id);
        const auto report = repository.report(id);
        QVERIFY(report);
        QCOMPARE(report->id, id);
        QCOMPARE(report->score, id == QLatin1String("scan_a") ? 72 : 91);
        QCOMPARE(repository.find(id)->summary->failed, 1);
    }
    QCOMPARE(repository.reportReads(), 2); // once per scan
}

void ReportCacheTest::aChangedReportIsReadAfresh()
{
    QTemporaryDir dir;
    ScanStore store(dir.filePath("history.sqlite"));
    ScanRepository repository(&store);
    repository.add(makeStatus("scan_a", ScanState::Queued, 0, 0));
    QVERIFY(!repository.report("scan_a")); // no report yet, and that is kept too
    QVERIFY(!repository.report("scan_a"));
    QCOMPARE(repository.reportReads(), 1);

    repository.setReport("scan_a", *parseReport(reportBody("scan_a", 40)).value);
    QCOMPARE(repository.report("scan_a")->score, 40);
    repository.setReport("scan_a", *parseReport(reportBody("scan_a", 55)).value);
    QCOMPARE(repository.report("scan_a")->score, 55);

    // Removed: its report is gone with it.
    const auto taken = repository.take("scan_a");
    QVERIFY(taken);
    QVERIFY(!repository.report("scan_a"));
}

void ReportCacheTest::keepsOnlyTheScansLookedAtLately()
{
    int loads = 0;
    ReportCache cache(
        [&loads](const QString &id) -> std::optional<QByteArray> {
            ++loads;
            return reportBody(id, 50);
        },
        3);
    for (const QString id : { "scan_a", "scan_b", "scan_c", "scan_a", "scan_d" })
        QCOMPARE(cache.report(id)->id, id);
    QCOMPARE(loads, 4); // scan_a once: it was used again before scan_d came
    QCOMPARE(cache.report("scan_a")->id, QStringLiteral("scan_a"));
    QCOMPARE(loads, 4);
    QCOMPARE(cache.report("scan_b")->id, QStringLiteral("scan_b")); // dropped: read again
    QCOMPARE(loads, 5);
    QCOMPARE(cache.loads(), 5);
}

QTEST_GUILESS_MAIN(ReportCacheTest)
#include "tst_reportcache.moc"
