// One window per data file, as a user meets it: a second `scandash` hands its
// --scan to the running one and exits 0; a lock left by a killed one is taken
// over; `--demo --data-dir DIR` keeps the demo's history in DIR.
#include "simulator.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class InstancesTest : public QObject
{
    Q_OBJECT

private slots:
    void secondStartHandsItsScanToTheRunningWindow();
    void lockOfAKilledWindowIsTakenOver();
    void demoKeepsItsHistoryInTheDataDir();

private:
    QProcess *start(const QStringList &arguments);
    QProcess *startDemo(const QString &dataDir, const QStringList &arguments);
    /// POST /v1/scan requests the simulator received.
    int launches() const;

    std::unique_ptr<sim::Simulator> m_simulator;
    QTemporaryDir m_data;
    QTemporaryDir m_home;
    QList<QProcess *> m_processes;

public:
    ~InstancesTest() override
    {
        for (QProcess *process : m_processes) {
            process->kill();
            process->waitForFinished(3000);
            delete process;
        }
    }
};

QProcess *InstancesTest::start(const QStringList &arguments)
{
    if (!m_simulator) {
        sim::Simulator::Options options;
        options.speed = 5;
        m_simulator = std::make_unique<sim::Simulator>(options);
        if (m_simulator->listenOnLoopback() == 0)
            qFatal("no simulator");
    }
    auto *process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("HOME", m_home.path());
    env.insert("XDG_CONFIG_HOME", m_home.filePath("config"));
    env.insert("APPVET_API_KEY", m_simulator->options().apiKey);
    env.remove("DBUS_SESSION_BUS_ADDRESS");
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QStringLiteral(SCANDASH_BIN),
                   QStringList { "--api-url", m_simulator->baseUrl().toString(), "--data-dir",
                                 m_data.path(), "--quit-after", "60" }
                       + arguments);
    m_processes.append(process);
    return process;
}

QProcess *InstancesTest::startDemo(const QString &dataDir, const QStringList &arguments)
{
    auto *process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("HOME", m_home.path());
    env.insert("XDG_CONFIG_HOME", m_home.filePath("config"));
    env.insert("XDG_DATA_HOME", m_home.filePath("data"));
    env.remove("APPVET_API_KEY");
    env.remove("DBUS_SESSION_BUS_ADDRESS");
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(
        QStringLiteral(SCANDASH_BIN),
        QStringList { "--demo", "--demo-speed", "20", "--data-dir", dataDir, "--quit-after", "90" }
            + arguments);
    m_processes.append(process);
    return process;
}

namespace {

/// How many scans the history file holds, and how many of them of `url`
/// have ended (the demo's dice fail a scan now and then: a failed one is kept
/// too); read while the window may be writing it (WAL).
struct HistoryCount
{
    int scans = -1;
    int ended = 0;
};

HistoryCount countIn(const QString &path, const QString &url)
{
    HistoryCount count;
    if (!QFile::exists(path))
        return count;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM scans")) && query.next())
                count.scans = query.value(0).toInt();
            query.prepare(QStringLiteral(
                "SELECT count(*) FROM scans WHERE url = ? AND state IN ('completed', 'partial', "
                "'failed')"));
            query.addBindValue(url);
            if (query.exec() && query.next())
                count.ended = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    return count;
}

} // namespace

void InstancesTest::demoKeepsItsHistoryInTheDataDir()
{
    QTemporaryDir data;
    const QString history = QDir(data.path()).filePath(QStringLiteral("scans-demo.sqlite"));
    const QString first = QStringLiteral("https://first.example"),
                  second = QStringLiteral("https://second.example");
    // The demo's organisation (weeks of past scans of five sites) and the scan
    // started in it land in the history under DIR.
    QProcess *run = startDemo(data.path(), { "--scan", first });
    QVERIFY(run->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(countIn(history, first).ended == 1, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(countIn(history, first).scans >= 30, 10000);
    run->terminate();
    QVERIFY(run->waitForFinished(10000));
    const int kept = countIn(history, first).scans;

    // The next demo on that folder goes on with it: the scans are still
    // there, the organisation's past is not added a second time.
    run = startDemo(data.path(), { "--scan", second });
    QVERIFY(run->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(countIn(history, second).ended == 1, 60000);
    run->terminate();
    QVERIFY(run->waitForFinished(10000));
    const HistoryCount after = countIn(history, first);
    QCOMPARE(after.ended, 1);
    QCOMPARE(after.scans, kept + 1);
}

int InstancesTest::launches() const
{
    int posts = 0;
    for (const auto &request : m_simulator->requestLog())
        posts += request.method == "POST" && request.path == QLatin1String("/v1/scan");
    return posts;
}

void InstancesTest::secondStartHandsItsScanToTheRunningWindow()
{
    QProcess *first = start({});
    QVERIFY(first->waitForStarted());
    // The first window is up once it has asked the server something.
    QTRY_VERIFY_WITH_TIMEOUT(!m_simulator->requestLog().isEmpty(), 15000);
    QCOMPARE(launches(), 0);

    QProcess *second = start({ "--scan", "https://second.example" });
    QVERIFY(second->waitForFinished(15000));
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
    // The running window started the scan the second one was asked for.
    QTRY_COMPARE_WITH_TIMEOUT(launches(), 1, 10000);
    QCOMPARE(first->state(), QProcess::Running);
    first->terminate();
    QVERIFY(first->waitForFinished(10000));
}

void InstancesTest::lockOfAKilledWindowIsTakenOver()
{
    QProcess *first = start({});
    QTRY_VERIFY_WITH_TIMEOUT(
        QFile::exists(QDir(m_data.path()).filePath(QStringLiteral("scans-127.0.0.1.sqlite.lock"))),
        15000);
    first->kill(); // kill -9: the lock file stays behind
    QVERIFY(first->waitForFinished(5000));
    QVERIFY(QFile::exists(QDir(m_data.path()).filePath("scans-127.0.0.1.sqlite.lock")));

    const int posts = launches();
    QProcess *next = start({ "--scan", "https://after.example" });
    // It does not hand over to a dead window: it runs and starts the scan itself.
    QTRY_COMPARE_WITH_TIMEOUT(launches(), posts + 1, 15000);
    QCOMPARE(next->state(), QProcess::Running);
    next->terminate();
    QVERIFY(next->waitForFinished(10000));
}

QTEST_GUILESS_MAIN(InstancesTest)
#include "tst_instances.moc"
