// Desktop notifications against a notification server that records what it
// is asked, on a private session bus (ctest runs this under dbus-run-session).
// Run with --serve-notifications, it is that server, as a separate process
// the bus starts on demand (ctest "notifications-on-demand").
#include "../common/teststack.h"
#include "notifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusReply>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

/// org.freedesktop.Notifications as a desktop provides it, recording calls.
class RecordingServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Call> calls;

public slots:
    QStringList GetCapabilities() { return { "body", "body-markup", "actions" }; }
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int)
    {
        calls.append({ summary, body, actions, hints });
        return static_cast<uint>(calls.size());
    }
    void CloseNotification(uint) { }
    /// Not freedesktop's: what the test asks the server started on demand.
    QStringList RecordedSummaries()
    {
        QStringList summaries;
        for (const Call &call : calls)
            summaries.append(call.summary);
        return summaries;
    }
    /// Not freedesktop's: the server started on demand goes (it holds ctest's output).
    Q_NOREPLY void Quit() { QCoreApplication::quit(); }
};

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

bool onDemandRun()
{
    return qEnvironmentVariableIsSet("SCANDASH_NOTIFIER_SERVICE_DIR");
}

} // namespace

class NotifierTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a session bus: ctest runs this under dbus-run-session");
        if (onDemandRun())
            return; // the bus starts the server when it is first called
        // The server on a connection of its own, as another process would be.
        m_serverBus = std::make_unique<QDBusConnection>(QDBusConnection::connectToBus(
            QDBusConnection::SessionBus, QStringLiteral("recording-notifications")));
        QVERIFY(m_serverBus->registerObject(QStringLiteral("/org/freedesktop/Notifications"),
                                            &m_server, QDBusConnection::ExportAllSlots));
        QVERIFY(m_serverBus->registerService(QStringLiteral("org.freedesktop.Notifications")));
    }

    void anEndIsToldWithGradeAndAnOpenReportAction()
    {
        TestStack stack(600, 20.0);
        ui::Notifier notifier(*stack.repository);
        QSignalSpy open(&notifier, &ui::Notifier::openReportRequested);
        QTRY_VERIFY(notifier.capabilitiesAnswered()); // actions are offered once known
        const QStringList ids = stack.launch({ QStringLiteral("https://good.example") });
        QTRY_VERIFY_WITH_TIMEOUT(stack.allTerminal(ids), 20000);
        QTRY_COMPARE(m_server.calls.size(), 1);
        const auto call = m_server.calls.last();
        const core::Scan *scan = stack.repository->find(ids.first());
        if (scan->state == core::ScanState::Failed) {
            QVERIFY(call.summary.startsWith(QStringLiteral("Scan failed: good.example")));
            return;
        }
        QVERIFY2(call.summary.startsWith(QStringLiteral("Scan ")), qPrintable(call.summary));
        QVERIFY(call.summary.endsWith(QStringLiteral("good.example")));
        QVERIFY2(call.body.startsWith(QStringLiteral("Grade %1 · score %2")
                                          .arg(scan->result->grade)
                                          .arg(scan->result->score)),
                 qPrintable(call.body));
        QCOMPARE(call.actions, QStringList({ "open-report", "Open report" }));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("io.github.scandash.scandash"));

        // The user picks "Open report" on the desktop.
        QDBusMessage signal = QDBusMessage::createSignal(
            QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
        signal << uint(1) << QStringLiteral("open-report");
        QVERIFY(m_serverBus->send(signal));
        QTRY_COMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), ids.first());
    }

    void aFailureSaysWhyAndServerTextIsNotMarkup()
    {
        TestStack stack(600, 20.0);
        ui::Notifier notifier(*stack.repository);
        QTRY_VERIFY(notifier.capabilitiesAnswered()); // markup is escaped once known
        m_server.calls.clear();
        const QStringList ids = stack.launch({ QStringLiteral("https://hostile-fail.example") });
        QTRY_VERIFY_WITH_TIMEOUT(stack.allTerminal(ids), 20000);
        QTRY_COMPARE(m_server.calls.size(), 1);
        const auto call = m_server.calls.last();
        QCOMPARE(call.summary, QStringLiteral("Scan failed: hostile-fail.example"));
        // The server advertised body-markup: the scan's error arrives escaped.
        QVERIFY2(call.body.contains(QStringLiteral("&lt;b&gt;Target&lt;/b&gt;")),
                 qPrintable(call.body));
        QVERIFY(call.actions.isEmpty()); // no report to open
    }

    void eachKindCanBeSwitchedOff()
    {
        ui::Notifier::setEnabled(true, false);
        TestStack stack(600, 20.0);
        ui::Notifier notifier(*stack.repository);
        QSignalSpy told(&notifier, &ui::Notifier::scanEndTold);
        // A call of the previous test's notifier may not have reached the
        // server yet: one round trip on the same bus brings it in first.
        const QDBusPendingCall flush
            = QDBusConnection::sessionBus().asyncCall(QDBusMessage::createMethodCall(
                kService, kPath, kService, QStringLiteral("GetCapabilities")));
        QTRY_VERIFY(flush.isFinished());
        m_server.calls.clear();
        const QStringList ids = stack.launch({ QStringLiteral("https://x-fail.example"),
                                               QStringLiteral("https://y-partial.example") });
        QTRY_VERIFY_WITH_TIMEOUT(stack.allTerminal(ids), 20000);
        QTRY_COMPARE(told.count(), 2); // both ends were dealt with
        QCOMPARE(m_server.calls.size(), 1); // only the partial one
        QVERIFY(m_server.calls.first().summary.contains(QStringLiteral("y-partial.example")));
        ui::Notifier::setEnabled(true, true);
    }

    /// Daemons such as dunst and mako are started by the bus when first
    /// called: not running, not even activatable when ScanDash started.
    void aServerStartedOnDemandIsTold()
    {
        if (!onDemandRun())
            QSKIP("runs on a bus of its own (ctest notifications-on-demand)");
        const QDir services(qEnvironmentVariable("SCANDASH_NOTIFIER_SERVICE_DIR"));
        QFile service(services.filePath(QStringLiteral("org.freedesktop.Notifications.service")));
        service.remove(); // left by an earlier run
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY(!bus.interface()->isServiceRegistered(kService));
        TestStack stack(600, 20.0);
        ui::Notifier notifier(*stack.repository);
        QSignalSpy told(&notifier, &ui::Notifier::scanEndTold);
        QSignalSpy capabilities(&notifier, &ui::Notifier::capabilitiesChanged);
        QTRY_COMPARE(capabilities.count(), 1); // no server yet
        QVERIFY(!notifier.capabilitiesAnswered());
        // The desktop's daemon becomes startable on demand only now.
        QVERIFY(service.open(QIODevice::WriteOnly | QIODevice::Truncate));
        service.write(QStringLiteral("[D-BUS Service]\nName=%1\nExec=%2 --serve-notifications\n")
                          .arg(kService, QCoreApplication::applicationFilePath())
                          .toUtf8());
        service.close();
        QVERIFY(!bus.interface()->isServiceRegistered(kService));

        const QStringList ids = stack.launch({ QStringLiteral("https://on-demand.example") });
        QTRY_VERIFY_WITH_TIMEOUT(stack.allTerminal(ids), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(told.count(), 1, 15000);
        QCOMPARE(told.first().at(1).value<ui::Notifier::Told>(), ui::Notifier::Told::Desktop);
        const QDBusReply<QStringList> recorded = bus.call(QDBusMessage::createMethodCall(
            kService, kPath, kService, QStringLiteral("RecordedSummaries")));
        QVERIFY2(recorded.isValid(), qPrintable(recorded.error().message()));
        QCOMPARE(recorded.value().size(), 1);
        QVERIFY(recorded.value().first().endsWith(QStringLiteral("on-demand.example")));
        service.remove();
        bus.call(QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Quit")),
                 QDBus::NoBlock);
    }

private:
    RecordingServer m_server;
    std::unique_ptr<QDBusConnection> m_serverBus;
};

/// The notification server as its own process, for the bus to start on demand.
int serveNotifications(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    RecordingServer server;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerObject(kPath, &server, QDBusConnection::ExportAllSlots)
        || !bus.registerService(kService))
        return 1;
    QTimer::singleShot(30000, &app, &QCoreApplication::quit); // never outlives the test run
    return app.exec();
}

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--serve-notifications") == 0)
        return serveNotifications(argc, argv);
    QApplication app(argc, argv);
    NotifierTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_notifier.moc"
