// The list and event-log models announce exactly what changed.
#include "model/eventlogmodel.h"
#include "model/scanlistmodel.h"
#include "scanstatus.h"
#include "store/scanrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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
    void hostileStringsAreInertText();
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
    QCOMPARE(log.index(2, 1).data().toString(), QStringLiteral("line one\u240Afake 12:00:03 line"));
    // Tooltips are rich text in Qt: they must carry the markup escaped.
    const QString tip = log.index(0, 1).data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QStringLiteral("&lt;img src=&quot;file:///etc/passwd&quot;&gt;")));
    QVERIFY(!tip.contains(QStringLiteral("<img")));
}

QTEST_GUILESS_MAIN(ModelsTest)
#include "tst_models.moc"
