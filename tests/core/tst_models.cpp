// The list and event-log models announce exactly what changed.
#include "model/eventlogmodel.h"
#include "model/scanfiltermodel.h"
#include "model/scanlistmodel.h"
#include "scanstatus.h"
#include "store/scanrepository.h"
#include "store/scanstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace core;

class ModelsTest : public QObject
{
    Q_OBJECT

private slots:
    void newScanIsInsertedAtTheTop();
    void pollChangesOnlyItsRowAndColumns();
    void noResetOnAPoll();
    void eventLogAppendsExactRows();
    void eventLogIgnoresOtherScans();
    void removingAScanRemovesItsRow();
    void afterARemovalInTheMiddleALaterScanUpdatesItsOwnRow();
    void showsNextPollProblemAndQueuePlaceKeptBesideTheScan();
    void hostileStringsAreInertText();
    void countdownKeepsMovingAfterAPollInFlight();
    void timeColumnSaysHowLongIsLeftWhenKnown();
    void historyLoadIsOneResetNotOneInsertPerScan();
    void filterFindsBySiteOrIdAndCountsEachGroup();
    void sortsOnRawValuesNotDisplayText();
    void timeColumnSortsActiveScansFirst();
    void gradeColumnShowsTheChangeSinceTheSiteWasLastScanned();
};

void ModelsTest::newScanIsInsertedAtTheTop()
{
    ScanRepository repository;
    ScanListModel model(repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    repository.add(makeStatus("scan_a", ScanState::Queued, 0, 0));
    repository.add(makeStatus("scan_b", ScanState::Queued, 0, 0));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 0);
    QCOMPARE(inserted.at(1).at(2).toInt(), 0);
    QCOMPARE(model.idAt(0), QStringLiteral("scan_b"));
    QCOMPARE(model.idAt(1), QStringLiteral("scan_a"));
    QCOMPARE(model.index(1, ScanListModel::StatusColumn).data().toString(),
             QStringLiteral("queued"));
}

void ModelsTest::pollChangesOnlyItsRowAndColumns()
{
    ScanRepository repository;
    ScanListModel model(repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    repository.add(makeStatus("scan_a", ScanState::Queued, 0, 0));
    repository.add(makeStatus("scan_b", ScanState::Queued, 0, 0));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    repository.merge(makeStatus("scan_a", ScanState::Queued, 25, 0)); // progress only
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 1);
    QCOMPARE(topLeft.column(), int(ScanListModel::ProgressColumn));
    QCOMPARE(bottomRight.column(), int(ScanListModel::ProgressColumn));
    QCOMPARE(model.index(1, 0).data(ScanListModel::ProgressRole).toInt(), 25);

    changed.clear();
    ScanStatus done = makeStatus("scan_b", ScanState::Completed, 100, 0);
    done.result = ScanResult { 88, QStringLiteral("A"), QStringLiteral("/report/scan_b") };
    repository.merge(done);
    QSet<int> columns;
    for (const auto &args : changed) {
        QCOMPARE(args.at(0).value<QModelIndex>().row(), 0);
        columns.insert(args.at(0).value<QModelIndex>().column());
    }
    QVERIFY(columns.contains(ScanListModel::GradeColumn));
    QVERIFY(columns.contains(ScanListModel::StatusColumn));
    QCOMPARE(model.index(0, 0).data(ScanListModel::GradeRole).toString(), QStringLiteral("A"));
}

void ModelsTest::noResetOnAPoll()
{
    ScanRepository repository;
    ScanListModel list(repository);
    EventLogModel log(repository);
    repository.add(makeStatus("scan_a", ScanState::Queued, 0, 0));
    log.setScanId("scan_a");
    QSignalSpy listReset(&list, &QAbstractItemModel::modelReset);
    QSignalSpy logReset(&log, &QAbstractItemModel::modelReset);
    for (int n = 1; n < 10; ++n)
        repository.merge(makeStatus("scan_a", ScanState::Scanning, n * 10, n));
    QCOMPARE(listReset.count(), 0);
    QCOMPARE(logReset.count(), 0);
}

void ModelsTest::eventLogAppendsExactRows()
{
    ScanRepository repository;
    EventLogModel log(repository);
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    repository.add(makeStatus("scan_a", ScanState::Queued, 0, 0));
    repository.merge(makeStatus("scan_a", ScanState::Scanning, 5, 2));
    log.setScanId("scan_a");
    QCOMPARE(log.rowCount(), 2);
    QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
    repository.merge(makeStatus("scan_a", ScanState::Scanning, 10, 5));
    repository.merge(makeStatus("scan_a", ScanState::Scanning, 10, 5));
    repository.merge(makeStatus("scan_a", ScanState::Scanning, 20, 6));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 4);
    QCOMPARE(inserted.at(1).at(1).toInt(), 5);
    QCOMPARE(inserted.at(1).at(2).toInt(), 5);
    QCOMPARE(log.rowCount(), 6);
    QCOMPARE(log.index(5, EventLogModel::MessageColumn).data().toString(),
             QStringLiteral("event 5"));
}

void ModelsTest::eventLogIgnoresOtherScans()
{
    ScanRepository repository;
    EventLogModel log(repository);
    repository.add(makeStatus("scan_a", ScanState::Queued, 0, 0));
    repository.add(makeStatus("scan_b", ScanState::Queued, 0, 0));
    log.setScanId("scan_a");
    QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
    repository.merge(makeStatus("scan_b", ScanState::Scanning, 10, 3));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(log.rowCount(), 0);
    log.setScanId("scan_b");
    QCOMPARE(log.rowCount(), 3);
}

void ModelsTest::removingAScanRemovesItsRow()
{
    ScanRepository repository;
    ScanListModel model(repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const char *id : { "scan_a", "scan_b", "scan_c" })
        repository.add(makeStatus(id, ScanState::Queued, 0, 0));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    repository.remove("scan_b");
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(model.idAt(0), QStringLiteral("scan_c"));
    QCOMPARE(model.idAt(1), QStringLiteral("scan_a"));
    repository.merge(makeStatus("scan_a", ScanState::Scanning, 50, 0));
    QCOMPARE(model.index(1, 0).data(ScanListModel::ProgressRole).toInt(), 50);
}

void ModelsTest::afterARemovalInTheMiddleALaterScanUpdatesItsOwnRow()
{
    // Signals name scans by id: a removal shifts every later position, and a
    // listener holding a position would then update (or drop) the wrong scan.
    ScanRepository repository;
    ScanListModel model(repository);
    EventLogModel log(repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const char *id : { "scan_a", "scan_b", "scan_c", "scan_d" })
        repository.add(makeStatus(id, ScanState::Scanning, 10, 1));
    log.setScanId("scan_c");
    QSignalSpy aboutToRemove(&repository, &ScanRepository::aboutToRemove);
    QSignalSpy removedSpy(&repository, &ScanRepository::removed);
    repository.remove("scan_b");
    QCOMPARE(aboutToRemove.count(), 1);
    QCOMPARE(aboutToRemove.at(0).at(0).toString(), QStringLiteral("scan_b"));
    QCOMPARE(removedSpy.at(0).at(0).toString(), QStringLiteral("scan_b"));
    QCOMPARE(log.scanId(), QStringLiteral("scan_c")); // the shown log stays

    QSignalSpy repositoryChanged(&repository, &ScanRepository::scanChanged);
    QSignalSpy rowsChanged(&model, &QAbstractItemModel::dataChanged);
    repository.merge(makeStatus("scan_c", ScanState::Scanning, 60, 2));
    QCOMPARE(repositoryChanged.count(), 1);
    QCOMPARE(repositoryChanged.at(0).at(0).toString(), QStringLiteral("scan_c"));
    // Newest first: d, c, a. Only scan_c's row is announced, and it shows 60 %.
    QCOMPARE(model.idAt(1), QStringLiteral("scan_c"));
    QVERIFY(!rowsChanged.isEmpty());
    for (const auto &args : rowsChanged)
        QCOMPARE(args.at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(model.index(1, 0).data(ScanListModel::ProgressRole).toInt(), 60);
    QCOMPARE(model.index(0, 0).data(ScanListModel::ProgressRole).toInt(), 10);
    QCOMPARE(log.rowCount(), 2);

    // A new scan is announced by id and listed at the top; the table keeps up.
    QSignalSpy added(&repository, &ScanRepository::scanAdded);
    repository.add(makeStatus("scan_e", ScanState::Queued, 0, 0));
    QCOMPARE(added.at(0).at(0).toString(), QStringLiteral("scan_e"));
    QCOMPARE(model.idAt(0), QStringLiteral("scan_e"));
    QCOMPARE(model.indexForId("scan_a").row(), 3);
}

void ModelsTest::showsNextPollProblemAndQueuePlaceKeptBesideTheScan()
{
    ScanRepository repository;
    ScanListModel model(repository);
    repository.add(makeStatus("scan_a", ScanState::Scanning, 20, 0));
    Scan waiting;
    waiting.id = QStringLiteral("waiting-1");
    waiting.url = QStringLiteral("https://w.example");
    waiting.type = QStringLiteral("security");
    waiting.watch = WatchState::Waiting;
    repository.restore({ waiting, std::nullopt });
    const QModelIndex status = model.indexForId("scan_a", ScanListModel::StatusColumn);
    const QModelIndex time = model.indexForId("scan_a", ScanListModel::TimeColumn);
    QCOMPARE(time.data().toString(), QStringLiteral("updating…"));

    repository.setNextPollAt("scan_a", QDateTime::currentDateTimeUtc().addSecs(12),
                             WaitReason::Interval);
    QVERIFY(time.data().toString().startsWith(QStringLiteral("next in 1")));
    repository.setProblem("scan_a", QStringLiteral("Server error 503"));
    QCOMPARE(status.data().toString(), QStringLiteral("⚠ scanning"));
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Server error 503")));
    repository.setQueuePlace("waiting-1", 3);
    QCOMPARE(model.indexForId("waiting-1", ScanListModel::StatusColumn).data().toString(),
             QStringLiteral("waiting to start: 2 ahead"));

    // None of it is in the Scan, and none of it outlives the scan.
    repository.remove("scan_a");
    QVERIFY(!repository.watchInfo("scan_a"));
    repository.add(makeStatus("scan_a", ScanState::Scanning, 20, 0));
    QCOMPARE(repository.watchInfo("scan_a")->problem, QString());
    QVERIFY(!repository.watchInfo("scan_a")->nextPollAt.isValid());
}

void ModelsTest::hostileStringsAreInertText()
{
    ScanRepository repository;
    ScanListModel list(repository);
    EventLogModel log(repository);
    ScanStatus hostile = makeStatus("scan_h", ScanState::Scanning, 10, 0);
    hostile.url = QStringLiteral("https://x.example/<b>bold</b>");
    hostile.events = { { "12:00:00", "<img src=\"file:///etc/passwd\">" },
                       { "12:00:01", QStringLiteral("invoice\u202Egnp.exe") },
                       { "12:00:02", "line one\nfake 12:00:03 line" } };
    repository.add(hostile);
    log.setScanId("scan_h");
    QCOMPARE(list.index(0, ScanListModel::SiteColumn).data().toString(),
             QStringLiteral("https://x.example/<b>bold</b>"));
    QCOMPARE(log.index(0, 1).data().toString(), QStringLiteral("<img src=\"file:///etc/passwd\">"));
    QCOMPARE(log.index(1, 1).data().toString(), QStringLiteral("invoice[U+202E]gnp.exe"));
    QCOMPARE(log.index(2, 1).data().toString(), QStringLiteral("line one\u21B5fake 12:00:03 line"));
    // Tooltips are rich text in Qt: they must carry the markup escaped.
    const QString tip = log.index(0, 1).data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QStringLiteral("&lt;img src=&quot;file:///etc/passwd&quot;&gt;")));
    QVERIFY(!tip.contains(QStringLiteral("<img")));
}

void ModelsTest::timeColumnSaysHowLongIsLeftWhenKnown()
{
    ScanRepository repository;
    ScanListModel model(repository);
    repository.add(makeStatus("scan_a", ScanState::Scanning, 40, 0));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    repository.setNextPollAt("scan_a", now.addSecs(20), WaitReason::Interval);
    const QModelIndex time = model.indexForId("scan_a", ScanListModel::TimeColumn);
    QVERIFY(time.data().toString().startsWith(QStringLiteral("next in")));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // 160 s, not 150: the model reads the clock a little later than `now`
    // (much later under the sanitizers), and 150 s is where 2 turns into 3.
    repository.setExpectedEnd("scan_a", now.addSecs(160));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(time.data().toString(), QStringLiteral("about 3 min left"));
    const Scan &scan = *repository.find("scan_a");
    const WatchInfo &watching = *repository.watchInfo("scan_a");
    QVERIFY(ScanListModel::timeText(scan, watching, now, true)
                .contains(QStringLiteral("next update in")));
    QCOMPARE(ScanListModel::remainingText(scan, watching, now.addSecs(110)),
             QStringLiteral("less than a minute left"));
    QCOMPARE(ScanListModel::remainingText(scan, watching, now.addSecs(60)),
             QStringLiteral("about 2 min left"));
    // A stall (no end to guess): the row says how long it has stood still.
    repository.setExpectedEnd("scan_a", QDateTime(), now.addSecs(-250));
    QCOMPARE(time.data().toString(), QStringLiteral("stuck for 4 min"));
    QCOMPARE(ScanListModel::remainingText(scan, watching, now),
             QStringLiteral("no progress for 4 min"));
    // It moves again.
    repository.setExpectedEnd("scan_a", now.addSecs(160));
    QCOMPARE(time.data().toString(), QStringLiteral("about 3 min left"));
    // A retry says when it comes, whatever the estimate.
    repository.setNextPollAt("scan_a", now.addSecs(20), WaitReason::Backoff);
    QVERIFY(time.data().toString().startsWith(QStringLiteral("retry in")));
    // Once it has ended there is nothing left to wait for.
    repository.merge(makeStatus("scan_a", ScanState::Completed, 100, 0));
    QVERIFY(!repository.watchInfo("scan_a")->expectedEndAt.isValid());
    QVERIFY(!time.data().toString().contains(QStringLiteral("left")));
}

void ModelsTest::countdownKeepsMovingAfterAPollInFlight()
{
    ScanRepository repository;
    ScanListModel model(repository);
    model.setTickInterval(10);
    repository.add(makeStatus("scan_a", ScanState::Scanning, 10, 0));
    repository.setNextPollAt("scan_a", QDateTime::currentDateTimeUtc().addSecs(3),
                             WaitReason::Interval);
    QVERIFY(model.isTicking());
    // The poll goes out: no time is planned while it is in flight.
    repository.setNextPollAt("scan_a", QDateTime(), WaitReason::None);
    // It used to stop at the next tick for good: wait for a tick, then look.
    QSignalSpy ticked(&model, &QAbstractItemModel::dataChanged);
    QTRY_VERIFY(ticked.count() >= 1);
    QVERIFY(model.isTicking());
    // The answer plans the next poll: the countdown moves on by itself.
    repository.setNextPollAt("scan_a", QDateTime::currentDateTimeUtc().addSecs(5),
                             WaitReason::Interval);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QTRY_VERIFY(changed.count() >= 2);
    const QModelIndex time = model.indexForId("scan_a", ScanListModel::TimeColumn);
    QCOMPARE(changed.last().at(0).toModelIndex(), time);
    QVERIFY(time.data().toString().startsWith(QStringLiteral("next in")));
    // When nothing is watched any more, the tick stops.
    repository.setWatch("scan_a", WatchState::Stopped);
    QTRY_VERIFY(!model.isTicking());
}

void ModelsTest::historyLoadIsOneResetNotOneInsertPerScan()
{
    QTemporaryDir dir;
    ScanStore store(dir.filePath("scans.sqlite"));
    {
        ScanRepository earlier(&store);
        for (int i = 0; i < 3; ++i)
            earlier.add(makeStatus(QStringLiteral("scan_%1").arg(i), ScanState::Queued, 0, 0));
    }
    ScanRepository repository(&store);
    ScanListModel model(repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    repository.loadFromStore();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.idAt(0), QStringLiteral("scan_2")); // newest first
}

namespace {

void finished(ScanRepository &repository, const QString &id, const QString &url,
              const QString &type, int daysAgo, int score, const QString &grade)
{
    ScanStatus status = makeStatus(id, ScanState::Completed, 100, 1);
    status.url = url;
    status.type = type;
    status.createdAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    status.result = ScanResult { score, grade, QStringLiteral("/report/") + id };
    repository.add(status);
}

} // namespace

void ModelsTest::filterFindsBySiteOrIdAndCountsEachGroup()
{
    ScanRepository repository;
    ScanListModel model(repository);
    ScanFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    finished(repository, "scan_1", "https://shop.example.com", "security", 3, 80, "B");
    finished(repository, "scan_2", "https://blog.example.org", "seo", 2, 90, "A");
    repository.add(makeStatus("scan_3", ScanState::Scanning, 10, 0)); // https://scan_3.example
    ScanStatus failed = makeStatus("scan_4", ScanState::Failed, 0, 0);
    failed.error = QStringLiteral("down");
    repository.add(failed);
    QSignalSpy counts(&filter, &ScanFilterModel::countsChanged);
    QTRY_COMPARE(filter.count(ScanFilterModel::Status::All), 4);
    QCOMPARE(filter.count(ScanFilterModel::Status::Active), 1);
    QCOMPARE(filter.count(ScanFilterModel::Status::Completed), 2);
    QCOMPARE(filter.count(ScanFilterModel::Status::Failed), 1);

    filter.setSearchText(QStringLiteral("SHOP"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(ScanListModel::ScanIdRole).toString(), "scan_1");
    filter.setSearchText(QStringLiteral("scan_2")); // by id
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearchText(QString());
    filter.setStatus(ScanFilterModel::Status::Completed);
    QCOMPARE(filter.rowCount(), 2);
    filter.setScanType(QStringLiteral("seo"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setScanType(QString());
    filter.setStatus(ScanFilterModel::Status::Active);
    QCOMPARE(filter.rowCount(), 1);

    // The running scan ends: it leaves Active, and the counts follow.
    ScanStatus done = makeStatus("scan_3", ScanState::Completed, 100, 2);
    done.result = ScanResult { 70, QStringLiteral("C"), QStringLiteral("/report/scan_3") };
    repository.merge(done);
    QCOMPARE(filter.rowCount(), 0);
    QTRY_COMPARE(filter.count(ScanFilterModel::Status::Completed), 3);
    QCOMPARE(filter.count(ScanFilterModel::Status::Active), 0);
    QVERIFY(counts.count() >= 2);
}

void ModelsTest::sortsOnRawValuesNotDisplayText()
{
    ScanRepository repository;
    ScanListModel model(repository);
    ScanFilterModel filter;
    filter.setSourceModel(&model);
    finished(repository, "scan_a", "https://a.example", "security", 1, 9, "F");
    finished(repository, "scan_b", "https://b.example", "security", 30, 100, "A+");
    finished(repository, "scan_c", "https://c.example", "security", 2, 85, "A");
    auto order = [&filter] {
        QStringList ids;
        for (int row = 0; row < filter.rowCount(); ++row)
            ids.append(filter.index(row, 0).data(ScanListModel::ScanIdRole).toString());
        return ids;
    };
    // As text "9" > "85" > "100"; as scores 100 > 85 > 9.
    filter.sort(ScanListModel::GradeColumn, Qt::DescendingOrder);
    QCOMPARE(order(), QStringList({ "scan_b", "scan_c", "scan_a" }));
    // Dates sort by time, not by how "28 Nov" and "3 Dec" read.
    filter.sort(ScanListModel::StartedColumn, Qt::DescendingOrder);
    QCOMPARE(order(), QStringList({ "scan_a", "scan_c", "scan_b" }));
}

void ModelsTest::timeColumnSortsActiveScansFirst()
{
    ScanRepository repository;
    ScanListModel model(repository);
    ScanFilterModel filter;
    filter.setSourceModel(&model);
    finished(repository, "scan_done", "https://a.example", "security", 1, 80, "B");
    repository.add(makeStatus("scan_later", ScanState::Scanning, 10, 0));
    repository.add(makeStatus("scan_soon", ScanState::Scanning, 10, 0));
    repository.add(makeStatus("scan_asking", ScanState::Scanning, 10, 0));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    repository.setNextPollAt("scan_later", now.addSecs(30), WaitReason::Interval);
    repository.setNextPollAt("scan_soon", now.addSecs(3), WaitReason::Interval);
    QStringList ids;
    filter.sort(ScanListModel::TimeColumn, Qt::AscendingOrder);
    for (int row = 0; row < filter.rowCount(); ++row)
        ids.append(filter.index(row, 0).data(ScanListModel::ScanIdRole).toString());
    // Active scans first, the next update soonest first; the ended scan last.
    QCOMPARE(ids, QStringList({ "scan_soon", "scan_later", "scan_asking", "scan_done" }));
}

void ModelsTest::gradeColumnShowsTheChangeSinceTheSiteWasLastScanned()
{
    ScanRepository repository;
    ScanListModel model(repository);
    finished(repository, "scan_1", "https://shop.example", "security", 14, 90, "A");
    finished(repository, "scan_2", "https://shop.example", "security", 7, 94, "A");
    finished(repository, "scan_3", "https://shop.example", "performance", 6, 50, "D");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    finished(repository, "scan_4", "https://shop.example", "security", 0, 81, "B");
    auto grade = [&model](const char *id) {
        return model.indexForId(QString::fromLatin1(id), ScanListModel::GradeColumn);
    };
    QCOMPARE(grade("scan_1").data().toString(), QStringLiteral("A  90"));
    QCOMPARE(grade("scan_2").data().toString(), QStringLiteral("A  94  ▲4"));
    QCOMPARE(grade("scan_3").data().toString(), QStringLiteral("D  50")); // another type
    QCOMPARE(grade("scan_4").data().toString(), QStringLiteral("B  81  ▼13"));
    QVERIFY(grade("scan_4").data(ScanListModel::RegressionRole).toBool());
    QVERIFY(!grade("scan_2").data(ScanListModel::RegressionRole).toBool());
    QVERIFY(grade("scan_4").data(Qt::ToolTipRole).toString().contains("fell from A to B"));
}

QTEST_GUILESS_MAIN(ModelsTest)
#include "tst_models.moc"
