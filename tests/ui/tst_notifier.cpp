// Desktop notifications against a notification server that records what it
// is asked, on a private session bus (ctest runs this under dbus-run-session).
#include "../common/teststack.h"
#include "notifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

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
};

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
        QTest::qWait(200); // the capabilities' answer
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
        QTest::qWait(200);
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
        QTest::qWait(200);
        m_server.calls.clear();
        const QStringList ids = stack.launch({ QStringLiteral("https://x-fail.example"),
                                               QStringLiteral("https://y-partial.example") });
        QTRY_VERIFY_WITH_TIMEOUT(stack.allTerminal(ids), 20000);
        QTest::qWait(300);
        QCOMPARE(m_server.calls.size(), 1); // only the partial one
        QVERIFY(m_server.calls.first().summary.contains(QStringLiteral("y-partial.example")));
        ui::Notifier::setEnabled(true, true);
    }

private:
    RecordingServer m_server;
    std::unique_ptr<QDBusConnection> m_serverBus;
};

QTEST_MAIN(NotifierTest)
#include "tst_notifier.moc"
