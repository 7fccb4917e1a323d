// The window keeps inside its screen: at 200 % on a 1240x800 screen (620x400
// logical), at its first size and with a geometry saved on a monitor that is
// gone. The screen is the offscreen platform's, set up before the application
// starts (main() below).
#include "../common/teststack.h"
#include "mainwindow.h"
#include "model/eventlogmodel.h"
#include "model/scanlistmodel.h"
#include "settings/translations.h"

#include <QApplication>
#include <QFile>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString describe(const QRect &rect)
{
    return QStringLiteral("%1x%2 at %3,%4")
        .arg(rect.width())
        .arg(rect.height())
        .arg(rect.x())
        .arg(rect.y());
}

} // namespace

class WindowFitTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        core::installTranslations(*QCoreApplication::instance());
        // The screen the test meant: 1240x800 pixels at 200 %.
        const QScreen *screen = QGuiApplication::primaryScreen();
        QCOMPARE(screen->devicePixelRatio(), 2.0);
        QCOMPARE(screen->availableGeometry(), QRect(0, 0, 620, 400));
    }
    void init() { QSettings().clear(); }

    void theFirstSizeFitsTheScreen()
    {
        TestStack stack(600, 10.0);
        core::ScanListModel scans(*stack.repository);
        core::EventLogModel events(*stack.repository);
        ui::MainWindow window(*stack.controller, *stack.repository, scans, events);
        window.setConnectionInfo(stack.simulator->baseUrl().authority(), true); // the banner
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(describe(window.frameGeometry()) + QStringLiteral(" on ")
                            + describe(available)));

        // A scan shown in the pane (its grade, history and tabs) does not
        // make the window outgrow the screen either.
        core::ScanStatus done;
        done.id = QStringLiteral("scan_fit1");
        done.url = QStringLiteral("https://fit.example");
        done.type = QStringLiteral("security");
        done.state = core::ScanState::Completed;
        done.progress = 100;
        done.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        done.completedAt = done.createdAt.addSecs(40);
        done.result = core::ScanResult { 71, QStringLiteral("C"), QStringLiteral("/report/x") };
        stack.repository->add(done);
        window.selectScan(done.id);
        QCOMPARE(window.currentScanId(), done.id);
        QCoreApplication::processEvents(); // the layouts' posted requests
        QVERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(describe(window.frameGeometry()) + QStringLiteral(" on ")
                            + describe(available)));
        // What does not fit scrolls into view.
        auto *area = qobject_cast<QScrollArea *>(window.centralWidget());
        QVERIFY(area);
        QTRY_VERIFY(area->verticalScrollBar()->isVisible());
        QVERIFY(area->horizontalScrollBar()->isVisible());
    }

    void aGeometryFromAMonitorThatIsGoneIsBroughtBack()
    {
        // Saved when the window was 1600x1000 on a monitor right of this one.
        {
            QWidget elsewhere;
            elsewhere.setGeometry(1700, 200, 1600, 1000);
            QSettings().setValue(QStringLiteral("window/geometry"), elsewhere.saveGeometry());
        }
        TestStack stack(600, 10.0);
        core::ScanListModel scans(*stack.repository);
        core::EventLogModel events(*stack.repository);
        ui::MainWindow window(*stack.controller, *stack.repository, scans, events);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(describe(window.frameGeometry()) + QStringLiteral(" on ")
                            + describe(available)));
    }
};

int main(int argc, char *argv[])
{
    // Before the application reads them: one 1240x800 screen, at 200 %.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)
        || file.write("{\"screens\": [{\"name\": \"small\", \"x\": 0, \"y\": 0, "
                      "\"width\": 1240, \"height\": 800, \"logicalDpi\": 96, "
                      "\"logicalBaseDpi\": 96, \"dpr\": 1}]}")
            < 0)
        qFatal("cannot write %s", qPrintable(config));
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + config.toLocal8Bit());
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    WindowFitTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowfit.moc"
