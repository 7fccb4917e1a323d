// Merging cumulative status answers: each event exactly once, state never
// going back, and everything kept across a restart.
#include "scanstatus.h"
#include "store/scanrepository.h"
#include "store/scanstore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace core;

namespace {

QStringList messages(const Scan &scan)
{
    QStringList out;
    for (const auto &event : scan.events)
        out.append(event.message);
    return out;
}

QStringList expectedMessages(int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(QStringLiteral("event %1").arg(i));
    return out;
}

} // namespace

class ScanRepositoryTest : public QObject
{
    Q_OBJECT

private slots:
    void cumulativeListsGiveEachEventOnce();
    void repeatedAnswerAddsNothing();
    void serverThatTrimsItsHeadStillGivesEachEventOnce();
    void stateNeverGoesBackwards();
    void terminalScanStopsBeingActive();
    void announcesExactlyWhatChanged();
    void keepsScansAndEventsAcrossARestart();
    void finishedScanGivesUpItsEventsWhenNoLongerShown();
    void mergeThatFillsTheAddressRepaintsAndSavesIt();
    void siteHistoryGivesThePreviousScoreAndRegressions();
    void takenScanComesBackWhole();
    void writesThatFailedAreMadeWhenWritesWorkAgain();
    void fullDiskIsRetriedWithBackoffUntilWritten();
    void writeMeetingALockDoesNotHoldTheWindowAndLandsAfter();
    void onlyTheEventsThatFailedCountAsUnsavedAndAreWrittenAgain();
    void aLongLogIsWrittenInSlicesWithoutHoldingTheWindow();
    void aLongLogsSlicesAreShortTurns();
    void aLongLogStillBeingWrittenIsWrittenWholeAtQuit();
    void aScanRemovedWhileItsLogIsWrittenComesBackWhole();
    void newEventsHandlesDisorderedOverlap_data();
    void newEventsHandlesDisorderedOverlap();
};

void ScanRepositoryTest::cumulativeListsGiveEachEventOnce()
{
    ScanRepository repository;
    QSignalSpy appended(&repository, &ScanRepository::eventsAppended);
    repository.add(makeStatus("scan_a", ScanState::Queued, 0, 0));
    for (int n : { 0, 2, 2, 5, 9, 9, 14 })
        repository.merge(makeStatus("scan_a", ScanState::Scanning, n * 5, n));
    QCOMPARE(messages(*repository.find("scan_a")), expectedMessages(14));
    QCOMPARE(appended.count(), 4);
    QCOMPARE(appended.at(0).at(1).toInt(), 0);
    QCOMPARE(appended.at(0).at(2).toInt(), 2);
    QCOMPARE(appended.at(1).at(1).toInt(), 2);
    QCOMPARE(appended.at(1).at(2).toInt(), 3);
    QCOMPARE(appended.at(3).at(1).toInt(), 9);
    QCOMPARE(appended.at(3).at(2).toInt(), 5);
}

void ScanRepositoryTest::repeatedAnswerAddsNothing()
{
    ScanRepository repository;
    repository.add(makeStatus("scan_a", ScanState::Queued, 0, 0));
    repository.merge(makeStatus("scan_a", ScanState::Scanning, 10, 3));
    QSignalSpy changed(&repository, &ScanRepository::scanChanged);
    QSignalSpy appended(&repository, &ScanRepository::eventsAppended);
    repository.merge(makeStatus("scan_a", ScanState::Scanning, 10, 3));
    QCOMPARE(appended.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(repository.find("scan_a")->events.size(), 3);
}

void ScanRepositoryTest::serverThatTrimsItsHeadStillGivesEachEventOnce()
{
    ScanRepository repository;
    repository.add(makeStatus("scan_a", ScanState::Queued, 0, 0));
    repository.merge(makeStatus("scan_a", ScanState::Scanning, 10, 5));
    ScanStatus trimmed = makeStatus("scan_a", ScanState::Scanning, 20, 8);
    trimmed.events = trimmed.events.mid(3); // the server sent only its last five
    repository.merge(trimmed);
    QCOMPARE(messages(*repository.find("scan_a")), expectedMessages(8));
}

void ScanRepositoryTest::stateNeverGoesBackwards()
{
    ScanRepository repository;
    repository.add(makeStatus("scan_a", ScanState::Queued, 0, 0));
    repository.merge(makeStatus("scan_a", ScanState::Scanning, 60, 2));
    repository.merge(makeStatus("scan_a", ScanState::Queued, 10, 2)); // a stale replica
    QCOMPARE(repository.find("scan_a")->state, ScanState::Scanning);
    QCOMPARE(repository.find("scan_a")->progress, 60);
    ScanStatus done = makeStatus("scan_a", ScanState::Completed, 100, 2);
    done.result = ScanResult { 72, QStringLiteral("C"), QStringLiteral("/report/scan_a") };
    repository.merge(done);
    repository.merge(makeStatus("scan_a", ScanState::Scanning, 50, 2));
    QCOMPARE(repository.find("scan_a")->state, ScanState::Completed);
    QCOMPARE(repository.find("scan_a")->result->grade, QStringLiteral("C"));
}

void ScanRepositoryTest::terminalScanStopsBeingActive()
{
    ScanRepository repository;
    repository.add(makeStatus("scan_a", ScanState::Queued, 0, 0));
    repository.add(makeStatus("scan_b", ScanState::Queued, 0, 0));
    QCOMPARE(repository.activeIds(), QSet<QString>({ "scan_a", "scan_b" }));
    ScanStatus failed = makeStatus("scan_a", ScanState::Failed, 0, 1);
    failed.error = QStringLiteral("Target URL returned HTTP 503");
    repository.merge(failed);
    QCOMPARE(repository.activeIds(), QSet<QString>({ "scan_b" }));
    QCOMPARE(repository.find("scan_a")->watch, WatchState::Finished);
    QVERIFY(repository.find("scan_a")->completedAt.isValid());
}

void ScanRepositoryTest::announcesExactlyWhatChanged()
{
    ScanRepository repository;
    repository.add(makeStatus("scan_a", ScanState::Queued, 0, 0));
    QSignalSpy changed(&repository, &ScanRepository::scanChanged);
    repository.merge(makeStatus("scan_a", ScanState::Scanning, 0, 0));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(1).value<ScanFields>(), ScanFields(FieldState));
    repository.merge(makeStatus("scan_a", ScanState::Scanning, 30, 1));
    QCOMPARE(changed.at(1).at(1).value<ScanFields>(), ScanFields(FieldProgress | FieldEvents));
}

void ScanRepositoryTest::keepsScansAndEventsAcrossARestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("scans.sqlite");
    {
        ScanStore store(path);
        QVERIFY2(store.isPersistent(), qPrintable(store.openResult().reason));
        ScanRepository repository(&store);
        repository.add(makeStatus("scan_a", ScanState::Queued, 0, 0));
        repository.add(makeStatus("scan_b", ScanState::Queued, 0, 0));
        repository.merge(makeStatus("scan_a", ScanState::Scanning, 40, 4));
        ScanStatus done = makeStatus("scan_b", ScanState::Completed, 100, 2);
        done.result = ScanResult { 91, QStringLiteral("A"), QStringLiteral("/report/scan_b") };
        repository.merge(done);
    } // as if the app crashed or quit mid-scan
    ScanStore store(path);
    ScanRepository repository(&store);
    QSignalSpy added(&repository, &ScanRepository::scanAdded);
    QSignalSpy loaded(&repository, &ScanRepository::loaded);
    repository.loadFromStore();
    QCOMPARE(added.count(), 0); // one announcement for the whole history
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(repository.count(), 2);
    QCOMPARE(repository.at(0).id, QStringLiteral("scan_a"));
    QCOMPARE(repository.find("scan_a")->progress, 40);
    // Start-up reads rows only; the events come when the scan is shown.
    QVERIFY(!repository.find("scan_a")->detailsLoaded);
    QVERIFY(repository.find("scan_a")->events.isEmpty());
    repository.setShown("scan_a");
    QCOMPARE(messages(*repository.find("scan_a")), expectedMessages(4));
    QCOMPARE(repository.find("scan_b")->result->grade, QStringLiteral("A"));
    QCOMPARE(repository.activeIds(), QSet<QString>({ "scan_a" })); // the watch resumes
    // And the next answer still adds only what is new.
    repository.merge(makeStatus("scan_a", ScanState::Scanning, 50, 6));
    QCOMPARE(messages(*repository.find("scan_a")), expectedMessages(6));
}

void ScanRepositoryTest::finishedScanGivesUpItsEventsWhenNoLongerShown()
{
    QTemporaryDir dir;
    ScanStore store(dir.filePath("scans.sqlite"));
    ScanRepository repository(&store);
    repository.add(makeStatus("scan_a", ScanState::Queued, 0, 0));
    repository.add(makeStatus("scan_b", ScanState::Queued, 0, 0));
    ScanStatus done = makeStatus("scan_a", ScanState::Completed, 100, 5);
    done.result = ScanResult { 80, QStringLiteral("B"), QStringLiteral("/report/scan_a") };
    repository.merge(done);
    repository.merge(makeStatus("scan_b", ScanState::Scanning, 10, 3));
    repository.setShown("scan_a");
    repository.setShown("scan_b");
    QVERIFY(!repository.find("scan_a")->detailsLoaded); // finished, not shown: let go
    QVERIFY(repository.find("scan_a")->events.isEmpty());
    repository.setShown("scan_a");
    QVERIFY(repository.find("scan_b")->detailsLoaded); // still watched: kept
    QCOMPARE(messages(*repository.find("scan_a")), expectedMessages(5));
}

void ScanRepositoryTest::mergeThatFillsTheAddressRepaintsAndSavesIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("scans.sqlite");
    {
        ScanStore store(path);
        ScanRepository repository(&store);
        ScanSummary listed;
        listed.id = QStringLiteral("scan_a");
        listed.type = QStringLiteral("security");
        listed.state = ScanState::Scanning;
        repository.adopt(listed); // the list gave no address
        QSignalSpy changed(&repository, &ScanRepository::scanChanged);
        ScanStatus status = makeStatus("scan_a", ScanState::Scanning, 0, 0);
        status.url = QStringLiteral("https://example.com");
        QVERIFY(repository.merge(status) & FieldUrl);
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.at(0).at(1).value<ScanFields>() & FieldUrl);
    }
    ScanStore store(path);
    ScanRepository repository(&store);
    repository.loadFromStore();
    QCOMPARE(repository.find("scan_a")->url, QStringLiteral("https://example.com"));
}

void ScanRepositoryTest::siteHistoryGivesThePreviousScoreAndRegressions()
{
    ScanRepository repository;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-10);
    auto finished = [&](const char *id, const char *url, int day, int score, const char *grade) {
        ScanStatus status = makeStatus(id, ScanState::Completed, 100, 1);
        status.url = QString::fromLatin1(url);
        status.createdAt = start.addDays(day);
        status.result = ScanResult { score, QString::fromLatin1(grade), QStringLiteral("/r") };
        repository.add(status);
    };
    finished("scan_1", "https://a.example", 0, 90, "A");
    finished("scan_3", "https://a.example/", 4, 70, "C"); // same site, trailing slash
    finished("scan_2", "https://A.example", 2, 95, "A+"); // arrives late, older
    finished("scan_x", "https://b.example", 3, 10, "F");
    QStringList order;
    for (const Scan *scan : repository.siteHistory("scan_3"))
        order.append(scan->id);
    QCOMPARE(order, QStringList({ "scan_1", "scan_2", "scan_3" }));
    QCOMPARE(repository.previousWithResult("scan_3")->id, QStringLiteral("scan_2"));
    QCOMPARE(repository.previousWithResult("scan_1"), nullptr);
    QVERIFY(gradeRank("C") < gradeRank("A+"));
    QVERIFY(gradeRank("A+") > gradeRank("A"));
    QCOMPARE(gradeRank("Z"), -1);
}

void ScanRepositoryTest::takenScanComesBackWhole()
{
    QTemporaryDir dir;
    ScanStore store(dir.filePath("scans.sqlite"));
    ScanRepository repository(&store);
    repository.add(makeStatus("scan_a", ScanState::Queued, 0, 0));
    repository.merge(makeStatus("scan_a", ScanState::Scanning, 20, 4));
    const auto taken = repository.take("scan_a");
    QVERIFY(taken);
    QCOMPARE(repository.count(), 0);
    QVERIFY(repository.activeIds().isEmpty());
    QVERIFY(store.load().isEmpty());
    repository.restore(*taken);
    QCOMPARE(messages(*repository.find("scan_a")), expectedMessages(4));
    QCOMPARE(repository.activeIds(), QSet<QString>({ "scan_a" }));
    QCOMPARE(store.loadEvents("scan_a").size(), 4); // kept again too
}

void ScanRepositoryTest::writesThatFailedAreMadeWhenWritesWorkAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("scans.sqlite");
    ScanStore store(path, 50);
    // A lock is said at once, as if it had lasted (a short one is not said:
    // writeMeetingALockDoesNotHoldTheWindowAndLandsAfter).
    store.setLockReportMs(0);
    ScanRepository repository(&store);
    QSignalSpy health(&store, &ScanStore::healthChanged);
    repository.add(makeStatus("scan_a", ScanState::Queued, 0, 0));
    {
        // Another program takes the file and keeps it.
        auto blocker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "blocker");
        blocker.setDatabaseName(path);
        QVERIFY(blocker.open());
        QSqlQuery lock(blocker);
        QVERIFY(lock.exec("BEGIN EXCLUSIVE"));
        repository.merge(makeStatus("scan_a", ScanState::Scanning, 30, 3));
        QVERIFY(!store.isHealthy());
        QCOMPARE(health.count(), 1);
        QCOMPARE(health.at(0).at(0).toBool(), false);
        QVERIFY(health.at(0).at(1).toString().contains("locked"));
        // Nothing is lost from memory meanwhile.
        QCOMPARE(repository.find("scan_a")->events.size(), 3);
        QVERIFY(lock.exec("COMMIT"));
        blocker.close();
    }
    QSqlDatabase::removeDatabase("blocker");
    repository.merge(makeStatus("scan_a", ScanState::Scanning, 40, 5));
    QVERIFY(store.isHealthy());
    QCOMPARE(health.count(), 2);
    // What failed was written with what came after.
    QCOMPARE(store.loadEvents("scan_a").size(), 5);
    QCOMPARE(store.load().value(0).progress, 40);
}

void ScanRepositoryTest::fullDiskIsRetriedWithBackoffUntilWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("scans.sqlite");
    const QByteArray body = R"({"id":"scan_a","score":80,"grade":"B","categories":[],)"
                            R"("summary":{"total_checks":3,"passed":2,"failed":1,"warnings":0,)"
                            R"("critical":0,"high":1,"medium":0,"low":0},"padding":")"
        + QByteArray(20000, 'x') + R"("})";
    {
        ScanStore store(path);
        ScanRepository repository(&store);
        repository.setRetryDelays(20, 80);
        repository.add(makeStatus("scan_a", ScanState::Scanning, 10, 0));
        // The disk fills up: the file cannot grow by a page.
        QSqlQuery full(QSqlDatabase::database(store.connectionName()));
        QVERIFY(full.exec("PRAGMA page_count") && full.next());
        const int pages = full.value(0).toInt();
        QVERIFY(full.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        ScanStatus done = makeStatus("scan_a", ScanState::Completed, 100, 300);
        done.result = ScanResult { 80, QStringLiteral("B"), QStringLiteral("/report/scan_a") };
        repository.merge(done);
        Report report;
        report.id = QStringLiteral("scan_a");
        report.body = body;
        repository.setReport("scan_a", report);
        QVERIFY(!store.isHealthy());
        QVERIFY(repository.isRetryPending());
        const ScanRepository::Unsaved unsaved = repository.unsaved();
        QCOMPARE(unsaved.scans, 1);
        QCOMPARE(unsaved.events, 300);
        QCOMPARE(unsaved.reports, 1);
        // Nothing else happens, yet it is tried again, less and less often.
        QTRY_COMPARE(repository.retryDelayMs(), 80);
        QVERIFY(!store.isHealthy());
        QCOMPARE(repository.reportBody("scan_a").value_or(QByteArray()), body);
        // Space comes back: the next try writes it all, with no other write.
        QVERIFY(full.exec("PRAGMA max_page_count = 1073741823"));
        QTRY_VERIFY(store.isHealthy());
        QVERIFY(repository.unsaved().isEmpty());
        QVERIFY(!repository.isRetryPending());
    }
    ScanStore store(path);
    ScanRepository repository(&store);
    repository.loadFromStore();
    repository.setShown("scan_a");
    QCOMPARE(repository.find("scan_a")->state, ScanState::Completed);
    QCOMPARE(messages(*repository.find("scan_a")), expectedMessages(300));
    QCOMPARE(repository.reportBody("scan_a").value_or(QByteArray()), body);
}

void ScanRepositoryTest::writeMeetingALockDoesNotHoldTheWindowAndLandsAfter()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("scans.sqlite");
    ScanStore store(path);
    ScanRepository repository(&store);
    repository.add(makeStatus("scan_a", ScanState::Scanning, 10, 0));
    QSignalSpy health(&store, &ScanStore::healthChanged);
    {
        // Another program (here: another connection on this thread) holds
        // the write lock, and lets go only once the window's thread has run
        // a zero timer. A write that waited for the lock on this thread would
        // wait for nothing, then fail.
        auto other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "other");
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec("BEGIN IMMEDIATE"));
        QVERIFY(lock.exec("UPDATE watches SET every_days = every_days"));
        bool timerRan = false;
        QTimer::singleShot(0, &repository, [&] {
            timerRan = true;
            QVERIFY(lock.exec("COMMIT"));
        });
        ScanStatus done = makeStatus("scan_a", ScanState::Completed, 100, 40);
        done.result = ScanResult { 80, QStringLiteral("B"), QStringLiteral("/report/scan_a") };
        repository.merge(done);
        // The window goes on at once; its state is the new one, written later.
        QVERIFY(!timerRan);
        QCOMPARE(repository.find("scan_a")->state, ScanState::Completed);
        QTRY_VERIFY(timerRan);
        // The write lands once the lock is gone, with no other write; a
        // short lock never said "History not saved".
        QSqlQuery read(other);
        QTRY_VERIFY(read.exec("SELECT state FROM scans WHERE id = 'scan_a'") && read.next()
                    && read.value(0).toString() == QLatin1String("completed"));
        QVERIFY(read.exec("SELECT count(*) FROM events WHERE scan_id = 'scan_a'") && read.next());
        QCOMPARE(read.value(0).toInt(), 40);
        read.finish();
        lock.finish();
        QVERIFY(repository.unsaved().isEmpty());
        QVERIFY(!repository.isRetryPending());
        QVERIFY(store.isHealthy());
        QCOMPARE(health.count(), 0);
        other.close();
    }
    QSqlDatabase::removeDatabase("other");
}

void ScanRepositoryTest::onlyTheEventsThatFailedCountAsUnsavedAndAreWrittenAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("scans.sqlite");
    {
        ScanStore store(path);
        ScanRepository repository(&store);
        repository.add(makeStatus("scan_a", ScanState::Scanning, 10, 0));
        repository.merge(makeStatus("scan_a", ScanState::Scanning, 20, 100)); // written
        auto other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "other");
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec("BEGIN IMMEDIATE"));
        repository.merge(makeStatus("scan_a", ScanState::Scanning, 30, 105));
        // What quitting now would lose: the 5 new events, not the 100 written.
        QCOMPARE(repository.unsaved().scans, 1);
        QCOMPARE(repository.unsaved().events, 5);
        QVERIFY(lock.exec("COMMIT"));
        lock.finish();
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase("other");
        QTRY_VERIFY(repository.unsaved().isEmpty());
    }
    ScanStore store(path);
    QCOMPARE(store.loadEvents("scan_a").size(), 105);
    QCOMPARE(store.load().value(0).progress, 30);
}

void ScanRepositoryTest::aLongLogIsWrittenInSlicesWithoutHoldingTheWindow()
{
    QTemporaryDir dir;
    ScanStore store(dir.filePath("scans.sqlite"));
    ScanRepository repository(&store);
    repository.add(makeStatus("scan_a", ScanState::Scanning, 10, 0));
    repository.add(makeStatus("scan_b", ScanState::Scanning, 10, 0));
    repository.setShown("scan_a");
    // The first answer about a scan with a long log: merging it returns
    // before the whole log is written (the window paints in between)...
    repository.merge(makeStatus("scan_a", ScanState::Completed, 100, 10000));
    QVERIFY(store.loadEvents("scan_a").size() < 10000);
    QCOMPARE(repository.unsaved().events, 10000 - store.loadEvents("scan_a").size());
    // ...new events meanwhile, and looking at another scan, lose nothing...
    repository.merge(makeStatus("scan_b", ScanState::Scanning, 20, 3));
    repository.setShown("scan_b");
    // ...and every line lands, in order, in later turns of the event loop.
    QTRY_COMPARE(store.loadEvents("scan_a").size(), 10000);
    QCOMPARE(store.loadEvents("scan_b").size(), 3);
    QVERIFY(repository.unsaved().isEmpty());
    // Written and no longer shown: the long log leaves memory, and comes back
    // whole when shown again.
    QVERIFY(repository.find("scan_a")->events.isEmpty());
    repository.setShown("scan_a");
    QCOMPARE(repository.find("scan_a")->events.size(), 10000);
    Scan stored;
    stored.events = store.loadEvents("scan_a");
    QCOMPARE(messages(stored), expectedMessages(10000));
}

void ScanRepositoryTest::aLongLogsSlicesAreShortTurns()
{
    // 2,000 lines a turn took 10-15 ms on a core in the load run: with the
    // answers handed over in the same turn, past a frame. The first answer
    // writes a few hundred lines, each later turn about 3 ms of them.
    QTemporaryDir dir;
    ScanStore store(dir.filePath("scans.sqlite"));
    ScanRepository repository(&store);
    repository.add(makeStatus("scan_a", ScanState::Scanning, 10, 0));
    repository.setShown("scan_a");
    repository.merge(makeStatus("scan_a", ScanState::Scanning, 50, 20000));
    const qsizetype first = store.loadEvents("scan_a").size();
    QVERIFY2(first > 0 && first <= 300, qPrintable(QString::number(first)));
    int turns = 0;
    while (repository.unsaved().events > 0 && turns < 2000) {
        QCoreApplication::processEvents();
        ++turns;
    }
    QCOMPARE(store.loadEvents("scan_a").size(), 20000);
    // Written in many short turns, not a few long ones (3 ms a turn would
    // take 20,000 lines about 10-40 turns on any machine this runs on).
    QVERIFY2(turns >= 5, qPrintable(QStringLiteral("%1 turns").arg(turns)));
}

void ScanRepositoryTest::aLongLogStillBeingWrittenIsWrittenWholeAtQuit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("scans.sqlite");
    {
        ScanStore store(path);
        ScanRepository repository(&store);
        repository.add(makeStatus("scan_a", ScanState::Scanning, 10, 0));
        repository.merge(makeStatus("scan_a", ScanState::Scanning, 50, 9000));
        QVERIFY(repository.saveUnsaved()); // what Quit does
        QCOMPARE(store.loadEvents("scan_a").size(), 9000);
        repository.merge(makeStatus("scan_a", ScanState::Scanning, 60, 18000));
        // Closed (the process ends) with slices still waiting.
    }
    ScanStore store(path);
    Scan stored;
    stored.events = store.loadEvents("scan_a");
    QCOMPARE(messages(stored), expectedMessages(18000));
}

void ScanRepositoryTest::aScanRemovedWhileItsLogIsWrittenComesBackWhole()
{
    // Delete pressed the moment a long log came in, its later slices still
    // to write: nothing breaks, and Undo brings every line back.
    QTemporaryDir dir;
    ScanStore store(dir.filePath("scans.sqlite"));
    ScanRepository repository(&store);
    repository.add(makeStatus("scan_a", ScanState::Scanning, 10, 0));
    repository.setShown("scan_a");
    repository.merge(makeStatus("scan_a", ScanState::Scanning, 50, 5000));
    auto removed = repository.take("scan_a");
    QVERIFY(removed.has_value());
    for (int turn = 0; turn < 20; ++turn)
        QCoreApplication::processEvents(); // the slices' timer, had it outlived them
    repository.restore(*removed);
    for (int turn = 0; turn < 200 && repository.unsaved().events > 0; ++turn)
        QCoreApplication::processEvents();
    QCOMPARE(store.loadEvents("scan_a").size(), 5000);
    QCOMPARE(messages(*repository.find("scan_a")), expectedMessages(5000));
}

void ScanRepositoryTest::newEventsHandlesDisorderedOverlap_data()
{
    QTest::addColumn<QStringList>("known");
    QTest::addColumn<QStringList>("incoming");
    QTest::addColumn<QStringList>("fresh");
    QTest::newRow("plain growth") << QStringList { "a", "b" } << QStringList { "a", "b", "c" }
                                  << QStringList { "c" };
    QTest::newRow("nothing known") << QStringList {} << QStringList { "a" } << QStringList { "a" };
    QTest::newRow("same") << QStringList { "a", "b" } << QStringList { "a", "b" } << QStringList {};
    QTest::newRow("head trimmed") << QStringList { "a", "b", "c" } << QStringList { "c", "d" }
                                  << QStringList { "d" };
    QTest::newRow("no overlap, some seen")
        << QStringList { "a", "b" } << QStringList { "x", "a", "y" } << QStringList { "x", "y" };
    QTest::newRow("shorter list") << QStringList { "a", "b", "c" } << QStringList { "a" }
                                  << QStringList {};
}

void ScanRepositoryTest::newEventsHandlesDisorderedOverlap()
{
    QFETCH(QStringList, known);
    QFETCH(QStringList, incoming);
    QFETCH(QStringList, fresh);
    auto toEvents = [](const QStringList &names) {
        QList<ScanEvent> events;
        for (const auto &name : names)
            events.append({ QStringLiteral("t-") + name, name });
        return events;
    };
    QStringList got;
    for (const auto &event : newEvents(toEvents(known), toEvents(incoming)))
        got.append(event.message);
    QCOMPARE(got, fresh);
}

QTEST_GUILESS_MAIN(ScanRepositoryTest)
#include "tst_scanrepository.moc"
