// One window per data file, as a user meets it: a second `scandash` hands its
// --scan to the running one and exits 0; a lock left by a killed one is taken over.
#include "simulator.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class InstancesTest : public QObject
{
    Q_OBJECT

private slots:
    void secondStartHandsItsScanToTheRunningWindow();
    void lockOfAKilledWindowIsTakenOver();

private:
    QProcess *start(const QStringList &arguments);
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
