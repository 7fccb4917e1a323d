// Remove, then Undo: the scan comes back whole — row, events and report — in
// memory and in the history file, and nothing is deleted from the file while
// the undo can still happen.
#include "api/apiclient.h"
#include "model/scanlistmodel.h"
#include "poll/pollscheduler.h"
#include "scancontroller.h"
#include "scanstatus.h"
#include "store/scanrepository.h"
#include "store/scanstore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace core;

namespace {

const QByteArray kBody = R"({"id":"scan_a","score":80,"grade":"B","categories":[],)"
                         R"("summary":{"total_checks":3,"passed":2,"failed":1,"warnings":0,)"
                         R"("critical":0,"high":1,"medium":0,"low":0}})";

/// One run of the app on a history file; no request leaves (nothing listens).
struct Run
{
    explicit Run(const QString &path)
        : client(network, QUrl(QStringLiteral("http://127.0.0.1:9")))
        , store(path)
        , repository(&store)
        , scheduler(client, repository)
        , controller(client, repository, scheduler)
    {
        scheduler.setPaused(true);
    }
    QNetworkAccessManager network;
    ApiClient client;
    ScanStore store;
    ScanRepository repository;
    PollScheduler scheduler;
    ScanController controller;
};

/// A finished scan with 8 events and its report, as the server would give it.
void addFinishedScan(ScanRepository &repository)
{
    ScanStatus done = makeStatus("scan_a", ScanState::Completed, 100, 8);
    done.result = ScanResult { 80, QStringLiteral("B"), QStringLiteral("/report/scan_a") };
    repository.add(done);
    Report report;
    report.id = QStringLiteral("scan_a");
    report.summary.totalChecks = 3;
    report.summary.failed = 1;
    report.body = kBody;
    repository.setReport("scan_a", report);
}

/// What the file holds for the scan, read with a connection of its own.
struct OnDisk
{
    int rows = 0;
    int events = 0;
    int reports = 0;
};
OnDisk onDisk(const QString &path)
{
    OnDisk counts;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "reader");
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            auto count = [&query](const QString &sql) {
                return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
            };
            counts.rows = count("SELECT count(*) FROM scans WHERE id = 'scan_a'");
            counts.events = count("SELECT count(*) FROM events WHERE scan_id = 'scan_a'");
            counts.reports = count("SELECT count(*) FROM reports WHERE scan_id = 'scan_a'");
        }
    }
    QSqlDatabase::removeDatabase("reader");
    return counts;
}

void verifyWhole(ScanRepository &repository)
{
    QCOMPARE(repository.count(), 1);
    repository.setShown("scan_a");
    const Scan *scan = repository.find("scan_a");
    QVERIFY(scan);
    QCOMPARE(scan->events.size(), 8);
    QCOMPARE(scan->events.last().message, QStringLiteral("event 7"));
    QVERIFY(scan->summary);
    QCOMPARE(scan->summary->failed, 1);
    QCOMPARE(repository.reportBody("scan_a").value_or(QByteArray()), kBody);
    QVERIFY(repository.report("scan_a"));
}

} // namespace

class RemoveUndoTest : public QObject
{
    Q_OBJECT

private slots:
    void undoBringsBackEventsAndReportAcrossARestart_data();
    void undoBringsBackEventsAndReportAcrossARestart();
    void removalIsFinalOnlyWhenUndoCanNoLongerHappen();
    void removalIsAnnouncedOnceTheStateIsConsistent();
    void withoutAHistoryUndoStillBringsTheReportBack();
    void undoAndRestartKeepTheScanButNotItsStaleWatchState();
};

void RemoveUndoTest::undoBringsBackEventsAndReportAcrossARestart_data()
{
    QTest::addColumn<bool>("fromEarlierRun");
    // Shown in this run (details in memory), or listed from the history of an
    // earlier run (row only, details in the file).
    QTest::newRow("this run") << false;
    QTest::newRow("earlier run") << true;
}

void RemoveUndoTest::undoBringsBackEventsAndReportAcrossARestart()
{
    QFETCH(bool, fromEarlierRun);
    QTemporaryDir dir;
    const QString path = dir.filePath("scans.sqlite");
    if (fromEarlierRun) {
        Run earlier(path);
        addFinishedScan(earlier.repository);
    }
    {
        Run run(path);
        run.repository.loadFromStore();
        if (!fromEarlierRun)
            addFinishedScan(run.repository);
        QCOMPARE(onDisk(path).events, 8);
        run.controller.remove("scan_a");
        QCOMPARE(run.repository.count(), 0);
        run.controller.undoRemove();
        verifyWhole(run.repository);
        const OnDisk after = onDisk(path);
        QCOMPARE(after.rows, 1);
        QCOMPARE(after.events, 8);
        QCOMPARE(after.reports, 1);
    }
    Run restarted(path);
    restarted.repository.loadFromStore();
    verifyWhole(restarted.repository);
}

void RemoveUndoTest::removalIsFinalOnlyWhenUndoCanNoLongerHappen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("scans.sqlite");
    {
        Run run(path);
        addFinishedScan(run.repository);
        run.controller.remove("scan_a");
        // Still in the file while Ctrl+Z can bring it back...
        const OnDisk kept = onDisk(path);
        QCOMPARE(kept.events, 8);
        QCOMPARE(kept.reports, 1);
        // ...but not listed by another start (a crash now, then a restart).
        ScanStore other(path);
        for (const Scan &scan : other.load())
            QVERIFY(scan.id != QStringLiteral("scan_a"));
    }
    // The run ended: the undo is gone, and so is the scan, whole.
    const OnDisk gone = onDisk(path);
    QCOMPARE(gone.rows, 0);
    QCOMPARE(gone.events, 0);
    QCOMPARE(gone.reports, 0);
    Run restarted(path);
    restarted.repository.loadFromStore();
    QCOMPARE(restarted.repository.count(), 0);
}

void RemoveUndoTest::removalIsAnnouncedOnceTheStateIsConsistent()
{
    QTemporaryDir dir;
    Run run(dir.filePath("scans.sqlite"));
    addFinishedScan(run.repository);
    bool removedConsistent = false, addedConsistent = false;
    connect(&run.repository, &ScanRepository::removed, this, [&] {
        removedConsistent = run.repository.find("scan_a") == nullptr
            && !run.repository.reportBody("scan_a") && run.controller.canUndoRemove();
    });
    connect(&run.repository, &ScanRepository::scanAdded, this, [&](const QString &id) {
        const Scan &scan = *run.repository.find(id);
        addedConsistent = scan.id == QStringLiteral("scan_a") && scan.events.size() == 8
            && run.repository.reportBody("scan_a") == kBody
            && run.repository.siteHistory("scan_a").size() == 1;
    });
    run.controller.remove("scan_a");
    QVERIFY(removedConsistent);
    run.controller.undoRemove();
    QVERIFY(addedConsistent);
}

void RemoveUndoTest::withoutAHistoryUndoStillBringsTheReportBack()
{
    QNetworkAccessManager network;
    ApiClient client(network, QUrl(QStringLiteral("http://127.0.0.1:9")));
    ScanRepository repository;
    PollScheduler scheduler(client, repository);
    scheduler.setPaused(true);
    ScanController controller(client, repository, scheduler);
    addFinishedScan(repository);
    controller.remove("scan_a");
    controller.undoRemove();
    QCOMPARE(repository.find("scan_a")->events.size(), 8);
    QCOMPARE(repository.reportBody("scan_a").value_or(QByteArray()), kBody);
}

void RemoveUndoTest::undoAndRestartKeepTheScanButNotItsStaleWatchState()
{
    // What this run's scheduler knew of a running scan (a problem, an
    // estimated end) is not part of the scan: an undo or a restart brings the
    // scan back, and the list does not show a stale warning or estimate.
    QTemporaryDir dir;
    const QString path = dir.filePath("scans.sqlite");
    auto status = [](ScanListModel &model) {
        return model.index(0, ScanListModel::StatusColumn).data().toString();
    };
    auto spoken = [](ScanListModel &model) {
        return model.index(0, ScanListModel::ProgressColumn)
            .data(Qt::AccessibleTextRole)
            .toString();
    };
    auto tooltip = [](ScanListModel &model) {
        return model.index(0, ScanListModel::StatusColumn).data(Qt::ToolTipRole).toString();
    };
    {
        Run run(path);
        ScanListModel model(run.repository);
        run.repository.add(makeStatus("scan_w", ScanState::Scanning, 40, 3));
        run.repository.setProblem("scan_w", QStringLiteral("Server error 503"));
        run.repository.setExpectedEnd("scan_w", QDateTime::currentDateTimeUtc().addSecs(150));
        QCOMPARE(status(model), QStringLiteral("⚠ scanning"));
        QVERIFY(tooltip(model).contains(QStringLiteral("Server error 503")));
        QVERIFY(spoken(model).contains(QStringLiteral("min left")));

        run.controller.remove("scan_w");
        run.controller.undoRemove();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), QStringLiteral("scan_w"));
        QCOMPARE(run.repository.find("scan_w")->events.size(), 3);
        QCOMPARE(model.index(0, 0).data(ScanListModel::ProgressRole).toInt(), 40);
        QCOMPARE(status(model), QStringLiteral("scanning"));
        QVERIFY(!tooltip(model).contains(QStringLiteral("503")));
        QCOMPARE(spoken(model), QStringLiteral("40 %"));
        // Set again while it runs, as the scheduler would: shown again.
        run.repository.setProblem("scan_w", QStringLiteral("Server error 502"));
        QCOMPARE(status(model), QStringLiteral("⚠ scanning"));
    }
    Run restarted(path);
    ScanListModel model(restarted.repository);
    restarted.repository.loadFromStore();
    QCOMPARE(model.rowCount(), 1);
    restarted.repository.setShown("scan_w");
    QCOMPARE(restarted.repository.find("scan_w")->events.size(), 3);
    QCOMPARE(status(model), QStringLiteral("scanning"));
    QVERIFY(!tooltip(model).contains(QStringLiteral("502")));
    QCOMPARE(spoken(model), QStringLiteral("40 %"));
}

QTEST_GUILESS_MAIN(RemoveUndoTest)
#include "tst_removeundo.moc"
