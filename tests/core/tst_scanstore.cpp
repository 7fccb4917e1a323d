// The history file: a schema version with migrations, and a file that is
// corrupt, from a newer ScanDash, locked or unwritable is never overwritten.
#include "scanstatus.h"
#include "store/scanrepository.h"
#include "store/scanstore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace core;
using Outcome = ScanStore::OpenOutcome;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

/// A history with `count` finished scans, written by the store itself.
void makeHistory(const QString &path, int count)
{
    ScanStore store(path);
    ScanRepository repository(&store);
    for (int i = 0; i < count; ++i) {
        ScanStatus done
            = makeStatus(QStringLiteral("scan_%1").arg(i), ScanState::Completed, 100, 30);
        done.result = ScanResult { 80, QStringLiteral("B"), QStringLiteral("/report/x") };
        repository.add(done);
    }
}

/// The single file beside `path` that the store set aside.
QString brokenCopy(const QString &path)
{
    const QFileInfo info(path);
    const QStringList found
        = QDir(info.absolutePath())
              .entryList({ info.fileName() + QStringLiteral(".broken-*") }, QDir::Files);
    QStringList mains;
    for (const auto &name : found) {
        if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm")))
            mains.append(name);
    }
    return mains.size() == 1 ? QDir(info.absolutePath()).filePath(mains.first()) : QString();
}

} // namespace

class ScanStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void newFileGetsTheCurrentVersion();
    void versionOneFileFromTheFirstReleaseOpensAndMigrates();
    void unusableFileIsSetAsideUntouched_data();
    void unusableFileIsSetAsideUntouched();
    void damagedWriteAheadLogLosesNoScan();
    void lockedFileIsRetriedThenReportedAndLeftAlone();
    void unwritableFolderRunsInMemoryAndSaysSo();
    void reportIsKeptAcrossRestarts();
    void watchedSitesAreKept();
    void checkpointsRunOffTheWritingThread();
};

void ScanStoreTest::newFileGetsTheCurrentVersion()
{
    QTemporaryDir dir;
    ScanStore store(dir.filePath("new.sqlite"));
    QCOMPARE(store.openResult().outcome, Outcome::Created);
    QVERIFY(store.isPersistent());
    QCOMPARE(store.schemaVersion(), ScanStore::kSchemaVersion);
}

void ScanStoreTest::versionOneFileFromTheFirstReleaseOpensAndMigrates()
{
    // Made by the first release (no user_version): three finished scans.
    QTemporaryDir dir;
    const QString path = dir.filePath("v1.sqlite");
    QVERIFY(QFile::copy(QStringLiteral(SCANDASH_TEST_DATA "/history-v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        ScanStore store(path);
        QCOMPARE(store.openResult().outcome, Outcome::Opened);
        QCOMPARE(store.openResult().migratedFrom, 1);
        QCOMPARE(store.schemaVersion(), ScanStore::kSchemaVersion);
        const QList<Scan> scans = store.load();
        QCOMPARE(scans.size(), 3);
        QCOMPARE(scans.at(0).url, QStringLiteral("https://example.com"));
        QCOMPARE(scans.at(0).result->grade, QStringLiteral("B"));
        QCOMPARE(scans.at(0).result->score, 84);
        QCOMPARE(scans.at(2).state, ScanState::Failed);
        QVERIFY(store.loadEvents(scans.at(0).id).size() > 10);
        // The new parts of the schema work on the migrated file.
        QVERIFY(store.saveReport(scans.at(0).id, "{}"));
        // A scan added now goes after the old ones.
        Scan added;
        added.id = QStringLiteral("scan_new");
        added.url = QStringLiteral("https://new.example");
        added.lastPhaseMs = 14200; // how long its last phase took (schema 5)
        added.lastPhaseAtPaceMs = 3100;
        QVERIFY(store.save(added));
        QCOMPARE(scans.at(0).lastPhaseMs, -1); // an old scan's was never timed
    }
    ScanStore again(path);
    QCOMPARE(again.openResult().outcome, Outcome::Opened);
    QCOMPARE(again.openResult().migratedFrom, -1); // nothing left to migrate
    const QList<Scan> scans = again.load();
    QCOMPARE(scans.size(), 4);
    QCOMPARE(scans.last().id, QStringLiteral("scan_new"));
    QCOMPARE(scans.last().lastPhaseMs, 14200);
    QCOMPARE(scans.last().lastPhaseAtPaceMs, 3100);
    QCOMPARE(scans.first().lastPhaseAtPaceMs, -1);
}

void ScanStoreTest::unusableFileIsSetAsideUntouched_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("random bytes") << "random";
    QTest::newRow("truncated") << "truncated";
    QTest::newRow("newer version") << "newer";
}

void ScanStoreTest::unusableFileIsSetAsideUntouched()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString path = dir.filePath("scans.sqlite");
    if (damage == QLatin1String("random")) {
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (auto &byte : bytes)
            byte = static_cast<char>(generator.bounded(256));
        writeFile(path, bytes);
    } else if (damage == QLatin1String("truncated")) {
        makeHistory(path, 400);
        const QByteArray whole = readAll(path);
        QVERIFY(whole.size() > 64 * 1024);
        writeFile(path, whole.left(whole.size() / 3));
    } else {
        makeHistory(path, 2);
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "newer");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec("PRAGMA user_version = 99"));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase("newer");
    }
    const QByteArray original = readAll(path);

    ScanStore store(path);
    QCOMPARE(store.openResult().outcome, Outcome::MovedAside);
    QVERIFY(!store.openResult().reason.isEmpty());
    const QString aside = store.openResult().movedTo;
    QCOMPARE(aside, brokenCopy(path));
    QCOMPARE(readAll(aside), original); // the user's bytes, as they were
    // A fresh history took its place and works.
    QVERIFY(store.isPersistent());
    QVERIFY(store.load().isEmpty());
    Scan scan;
    scan.id = QStringLiteral("scan_after");
    QVERIFY(store.save(scan));
    QCOMPARE(store.load().size(), 1);
}

void ScanStoreTest::damagedWriteAheadLogLosesNoScan()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("scans.sqlite");
    makeHistory(path, 5);
    const QByteArray original = readAll(path);
    writeFile(path + "-wal", QByteArray(8192, '\xa5'));
    ScanStore store(path);
    // SQLite ignores a log whose checksums fail; the scans in the file remain.
    QVERIFY(store.isPersistent());
    QCOMPARE(store.load().size(), 5);
    QCOMPARE(store.loadEvents(QStringLiteral("scan_3")).size(), 30);
    QVERIFY(store.openResult().outcome == Outcome::Opened
            || readAll(store.openResult().movedTo) == original);
}

void ScanStoreTest::lockedFileIsRetriedThenReportedAndLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("scans.sqlite");
    makeHistory(path, 3);
    auto blocker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "blocker");
    blocker.setDatabaseName(path);
    QVERIFY(blocker.open());
    QSqlQuery lock(blocker);
    QVERIFY(lock.exec("PRAGMA locking_mode = EXCLUSIVE"));
    QVERIFY(lock.exec("BEGIN EXCLUSIVE"));
    QVERIFY(lock.exec("UPDATE scans SET progress = progress"));
    const QByteArray original = readAll(path);
    {
        QElapsedTimer waited;
        waited.start();
        ScanStore store(path, 300);
        QVERIFY(waited.elapsed() >= 250); // the busy timeout was waited out
        QCOMPARE(store.openResult().outcome, Outcome::Locked);
        QVERIFY(store.openResult().reason.contains("locked"));
        QVERIFY(!store.isPersistent());
        // Runs in memory meanwhile.
        Scan scan;
        scan.id = QStringLiteral("scan_mem");
        QVERIFY(store.save(scan));
        QCOMPARE(store.load().size(), 1);
    }
    QVERIFY(brokenCopy(path).isEmpty()); // a locked file is not broken
    QCOMPARE(readAll(path), original);
    QVERIFY(lock.exec("COMMIT"));
    blocker.close();
    blocker = QSqlDatabase();
    QSqlDatabase::removeDatabase("blocker");
    ScanStore store(path);
    QCOMPARE(store.load().size(), 3);
}

void ScanStoreTest::unwritableFolderRunsInMemoryAndSaysSo()
{
    // Root may write anywhere on disk; /proc is read-only even for root.
    ScanStore store(QStringLiteral("/proc/scandash-test/scans.sqlite"));
    QCOMPARE(store.openResult().outcome, Outcome::Unwritable);
    QVERIFY(!store.openResult().reason.isEmpty());
    QVERIFY(!store.isPersistent());
    Scan scan;
    scan.id = QStringLiteral("scan_mem");
    QVERIFY(store.save(scan));
    QCOMPARE(store.load().size(), 1);
}

void ScanStoreTest::reportIsKeptAcrossRestarts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("scans.sqlite");
    const QByteArray body = R"({"id":"scan_a","score":80,"grade":"B","categories":[],)"
                            R"("summary":{"total_checks":3,"passed":2,"failed":1,"warnings":0,)"
                            R"("critical":0,"high":1,"medium":0,"low":0}})";
    {
        ScanStore store(path);
        ScanRepository repository(&store);
        ScanStatus done = makeStatus("scan_a", ScanState::Completed, 100, 2);
        done.result = ScanResult { 80, QStringLiteral("B"), QStringLiteral("/report/scan_a") };
        repository.add(done);
        Report report;
        report.id = QStringLiteral("scan_a");
        report.summary.failed = 1;
        report.body = body;
        repository.setReport("scan_a", report);
    }
    ScanStore store(path);
    ScanRepository repository(&store);
    repository.loadFromStore();
    QVERIFY(!repository.find("scan_a")->summary);
    repository.setShown("scan_a");
    QVERIFY(repository.find("scan_a")->summary);
    QCOMPARE(repository.find("scan_a")->summary->failed, 1);
    QCOMPARE(repository.reportBody("scan_a").value_or(QByteArray()), body);
}

void ScanStoreTest::watchedSitesAreKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("scans.sqlite");
    {
        ScanStore store(path);
        ScanRepository repository(&store);
        repository.setSiteWatch({ QStringLiteral("https://a.example"), "security", 7 });
        repository.setSiteWatch({ QStringLiteral("https://b.example"), "seo", 1 });
        repository.removeSiteWatch(QStringLiteral("https://b.example"), "seo");
    }
    ScanStore store(path);
    ScanRepository repository(&store);
    const auto watch = repository.siteWatch(QStringLiteral("https://a.example/"), "security");
    QVERIFY(watch);
    QCOMPARE(watch->everyDays, 7);
    QVERIFY(!repository.siteWatch(QStringLiteral("https://b.example"), "seo"));
}

QTEST_GUILESS_MAIN(ScanStoreTest)
void ScanStoreTest::checkpointsRunOffTheWritingThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("scans.sqlite");
    const int scans = 3 * ScanStore::kCheckpointEveryCommits;
    {
        ScanStore store(path);
        // The writing connection never copies the log into the file itself
        // (two fsyncs, on the window's thread).
        QSqlQuery pragma(QSqlDatabase::database(store.connectionName()));
        QVERIFY(pragma.exec("PRAGMA wal_autocheckpoint") && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), 0);
        pragma.finish();
        for (int i = 0; i < scans; ++i) {
            Scan scan;
            scan.id = QStringLiteral("scan_%1").arg(i);
            scan.url = QStringLiteral("https://site%1.example").arg(i);
            scan.type = QStringLiteral("security");
            scan.state = ScanState::Completed;
            QVERIFY(store.save(scan));
        }
        // Another thread did, while the writes went on.
        QTRY_VERIFY(store.checkpointsDone() >= 1);
        QVERIFY(store.isHealthy());
    }
    ScanStore store(path);
    QCOMPARE(store.load().size(), scans);
}

#include "tst_scanstore.moc"
