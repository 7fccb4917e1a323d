// The window: builds the session and the window, wires them and owns their lifetimes.
#include "api/urlpolicy.h"
#include "appoptions.h"
#include "blinktimeout.h"
#include "instance/memory.h"
#include "instance/singleinstance.h"
#include "mainwindow.h"
#include "model/eventlogmodel.h"
#include "model/scanlistmodel.h"
#include "newscanbar.h"
#include "notifier.h"
#include "poll/pollscheduler.h"
#include "scancontroller.h"
#include "session.h"
#include "settings/apikeysource.h"
#include "settings/translations.h"
#include "simulator.h"
#include "store/scanrepository.h"
#include "store/scanstore.h"
#include "style.h"
#include "trayicon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

namespace {

int usageError(const QString &message)
{
    QTextStream(stderr) << "scandash: " << message << "\n";
    return 2;
}

/// Says on stderr what happened to each scan; never the key.
void logTransitions(core::ScanRepository &repository)
{
    QObject::connect(&repository, &core::ScanRepository::scanChanged, &repository,
                     [&repository](int index, core::ScanFields fields) {
                         if (!(fields & (core::FieldState | core::FieldWatch)))
                             return;
                         const core::Scan &scan = repository.at(index);
                         QTextStream err(stderr);
                         err << "scan " << scan.id << ": " << core::scanStateName(scan.state);
                         if (scan.result)
                             err << " (grade " << scan.result->grade << ", score "
                                 << scan.result->score << ")";
                         err << "\n";
                     });
}

/// --measure-load / --measure-idle (hidden, for the benchmark). Load: once
/// `ready` holds (or after 40 s), a timer meant to fire every 5 ms measures
/// how long the GUI thread was away between firings, for `seconds`. Idle: the
/// wake-ups of the main thread and of all threads over `seconds`, after 5 s of
/// settling. Prints one line and quits.
class ResponsivenessProbe : public QObject
{
public:
    ResponsivenessProbe(bool idle, int seconds, std::function<bool()> ready,
                        std::function<QString()> describe)
        : m_idle(idle)
        , m_seconds(seconds)
        , m_ready(std::move(ready))
        , m_describe(std::move(describe))
    { }

    void start()
    {
        m_waited.start();
        QTimer::singleShot(m_idle ? 5000 : 500, this, [this] { settle(); });
    }

private:
    void settle()
    {
        if (!m_idle && !m_ready() && m_waited.elapsed() < 40000) {
            QTimer::singleShot(500, this, [this] { settle(); });
            return;
        }
        if (m_idle) {
            m_switchesBefore = core::contextSwitchesByThread();
            QTimer::singleShot(m_seconds * 1000, this, [this] { finishIdle(); });
            return;
        }
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(5);
        connect(&m_tick, &QTimer::timeout, this, [this] {
            m_gapsMs.append(m_sinceTick.nsecsElapsed() / 1e6);
            m_sinceTick.restart();
        });
        m_sinceTick.start();
        m_tick.start();
        QTimer::singleShot(m_seconds * 1000, this, [this] { finishLoad(); });
    }

    void finishIdle()
    {
        const QHash<qint64, long> after = core::contextSwitchesByThread();
        long all = 0;
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            all += it.value() - m_switchesBefore.value(it.key(), 0);
        const qint64 pid = QCoreApplication::applicationPid();
        const long main = after.value(pid) - m_switchesBefore.value(pid);
        QTextStream(stdout) << "idle " << m_seconds << " s: main thread woke " << main
                            << " times, all threads " << all << "; " << m_describe() << "\n";
        QApplication::exit(0);
    }

    void finishLoad()
    {
        m_tick.stop();
        QList<double> gaps = m_gapsMs;
        std::sort(gaps.begin(), gaps.end());
        auto at = [&gaps](double quantile) {
            return gaps.isEmpty()
                ? -1.0
                : gaps.at(qMin(gaps.size() - 1, static_cast<int>(gaps.size() * quantile)));
        };
        QTextStream(stdout) << "load " << m_seconds << " s: " << gaps.size() << " ticks, gap p50 "
                            << QString::number(at(0.5), 'f', 1) << " ms p99 "
                            << QString::number(at(0.99), 'f', 1) << " ms max "
                            << QString::number(gaps.isEmpty() ? -1 : gaps.last(), 'f', 1)
                            << " ms, resident " << core::residentMemoryKiB() << " KiB; "
                            << m_describe() << "\n";
        QApplication::exit(0);
    }

    bool m_idle;
    int m_seconds;
    std::function<bool()> m_ready;
    std::function<QString()> m_describe;
    QElapsedTimer m_waited;
    QElapsedTimer m_sinceTick;
    QTimer m_tick;
    QList<double> m_gapsMs;
    QHash<qint64, long> m_switchesBefore;
};

} // namespace

/// For the benchmark: says when the window first painted, and when it
/// painted again with the history's rows, with the memory held then; then quits.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(const QElapsedTimer &sinceStart, QWidget &window)
        : m_sinceStart(sinceStart)
        , m_window(window)
    { }

    void historyLoaded(int scans)
    {
        m_scans = scans;
        m_historyLoaded = true;
        m_window.update();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !watched->isWidgetType()
            || static_cast<QWidget *>(watched)->window() != &m_window)
            return false;
        if (m_firstPaintMs < 0)
            m_firstPaintMs = m_sinceStart.elapsed();
        if (m_historyLoaded && !m_done) {
            m_done = true;
            // Measured once this paint is done, on the next turn of the loop.
            QTimer::singleShot(0, &m_window, [this] {
                QTextStream(stdout) << "first paint after " << m_firstPaintMs << " ms, history of "
                                    << m_scans << " scans painted after " << m_sinceStart.elapsed()
                                    << " ms, resident " << core::residentMemoryKiB() << " KiB\n";
                QApplication::exit(0);
            });
        }
        return false;
    }

private:
    const QElapsedTimer &m_sinceStart;
    QWidget &m_window;
    qint64 m_firstPaintMs = -1;
    int m_scans = 0;
    bool m_historyLoaded = false;
    bool m_done = false;
};

int runGui(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // --help and --version need no window, and so no display.
    std::unique_ptr<QCoreApplication> application;
    if (app::wantsHelpOrVersion(argc, argv))
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    app::describeApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.scandash.scandash"));
    core::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(app::applicationDescription());
    parser.addHelpOption();
    parser.addVersionOption();
    // Declared with the pre-check in main(), which refuses what does not parse.
    const app::WindowOptions options;
    const app::BackendOptions &backendOptions = options.backend;
    const QCommandLineOption &intervalOption = options.interval;
    const QCommandLineOption &scanOption = options.scan;
    const QCommandLineOption &typeOption = options.type;
    const QCommandLineOption &dataOption = options.dataDir;
    const QCommandLineOption &themeOption = options.theme;
    const QCommandLineOption &screenshotOption = options.screenshot;
    const QCommandLineOption &quitAfterOption = options.quitAfter;
    const QCommandLineOption &measureOption = options.measureStartup;
    const QCommandLineOption &measureLoadOption = options.measureLoad;
    const QCommandLineOption &measureIdleOption = options.measureIdle;
    options.addTo(parser);
    parser.process(app);

    bool ok = true;
    // The command line wins; otherwise the interval last picked in the View menu.
    const QString intervalText = parser.isSet(intervalOption)
        ? parser.value(intervalOption)
        : QSettings().value(QStringLiteral("pollIntervalSeconds"), 4).toString();
    const double interval = intervalText.toDouble(&ok);
    if (!ok || interval < 3 || interval > 5)
        return usageError(
            QCoreApplication::translate("app", "--interval must be between 3 and 5 seconds."));
    const bool demo = parser.isSet(backendOptions.demo);
    const QString themeName = parser.isSet(themeOption)
        ? parser.value(themeOption)
        : QSettings()
              .value(QStringLiteral("appearance/theme"), QStringLiteral("system"))
              .toString();
    if (!QStringList { "system", "light", "dark" }.contains(themeName))
        return usageError(
            QCoreApplication::translate("app", "--theme must be system, light or dark."));
    ui::applyTheme(ui::themeFromName(themeName));

    // In demo mode the simulator runs in this process on a free loopback port.
    QString error;
    const app::Backend backend = app::startBackend(parser, backendOptions, &error);
    if (!error.isEmpty())
        return usageError(error);
    const QUrl baseUrl = backend.baseUrl;
    const auto &simulator = backend.simulator;

    QString storePath = QStringLiteral(":memory:");
    if (!demo) {
        const QString dir = parser.isSet(dataOption)
            ? parser.value(dataOption)
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        storePath = core::historyPath(dir, baseUrl);
    }

    // One window per data file: a second start hands its work to the first.
    std::unique_ptr<core::SingleInstance> instance;
    if (!demo) {
        instance = std::make_unique<core::SingleInstance>(storePath);
        QString error;
        switch (instance->claim(QCoreApplication::arguments().mid(1), &error)) {
        case core::SingleInstance::Role::Forwarded:
            QTextStream(stderr) << QObject::tr("scandash: handed over to the ScanDash already "
                                               "running on this history.")
                                << "\n";
            return 0;
        case core::SingleInstance::Role::Failed:
            QTextStream(stderr) << QObject::tr("scandash: could not check for another window "
                                               "(%1); going on.")
                                       .arg(error)
                                << "\n";
            break;
        case core::SingleInstance::Role::Primary:
            break;
        }
    }

    core::Session session(baseUrl, storePath);
    core::ScanStore &store = session.store();
    core::ScanRepository &repository = session.repository();
    core::PollScheduler &scheduler = session.scheduler();
    core::ScanController &controller = session.controller();
    scheduler.setInterval(static_cast<int>(interval * 1000));
    core::ScanListModel scanModel(repository);
    core::EventLogModel eventModel(repository);
    ui::MainWindow window(controller, repository, scheduler, scanModel, eventModel);
    window.setConnectionInfo(demo ? baseUrl.authority() : baseUrl.host(), demo);
    logTransitions(repository);
    window.watchStore(store);

    // The key: environment, then the CLI's config file, then the keyring, then ask.
    std::unique_ptr<core::KeyStore> keyStore;
    const bool haveSessionBus = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
    if (haveSessionBus)
        keyStore = std::make_unique<core::KeychainKeyStore>(QStringLiteral("ScanDash ")
                                                            + baseUrl.host());
    else
        keyStore = std::make_unique<core::MemoryKeyStore>();
    // Once the history is read and a key is known: the organisation's scans
    // started elsewhere, and the watched sites that are due.
    bool historyLoaded = false, haveKey = false, synced = false;
    auto startBackgroundWork = [&] {
        if (synced || !historyLoaded || !haveKey)
            return;
        synced = true;
        controller.syncOrganisationScans();
        controller.checkWatchedSites();
    };
    auto useKey = [&](const QString &key, const QString &source) {
        controller.setApiKey(key);
        window.setKeySource(source);
        controller.fetchUsage();
        haveKey = true;
        startBackgroundWork();
    };
    // A typed key is kept in the keyring only once the server has accepted it.
    QString typedKey;
    QObject::connect(&window, &ui::MainWindow::keyEntered, &window, [&](const QString &key) {
        typedKey = key;
        useKey(key, QObject::tr("entered by you"));
        if (!core::looksLikeApiKey(key))
            window.statusBar()->showMessage(
                QObject::tr("That key does not look like avk_live_ and 40 letters or digits; "
                            "trying it anyway."),
                10000);
    });
    QObject::connect(
        &controller, &core::ScanController::keyAccepted, &window, [&](const QString &key) {
            if (key != typedKey)
                return;
            typedKey.clear();
            keyStore->write(key, [&window, name = keyStore->name()](const QString &error) {
                window.setKeySource(error.isEmpty()
                                        ? QObject::tr("entered, kept in %1").arg(name)
                                        : QObject::tr("entered, kept for this session only "
                                                      "(keyring: %1)")
                                              .arg(error));
            });
        });
    QObject::connect(&controller, &core::ScanController::keyRefused, &window,
                     [&window](const QString &message) { window.askForKey(message); });

    if (demo) {
        useKey(simulator->options().apiKey, QObject::tr("demo key"));
    } else if (const core::ApiKey key = core::keyFromEnvironmentOrCliConfig(QDir::homePath());
               !key.isEmpty()) {
        useKey(key.value, key.source);
    } else {
        // No request leaves without a key: polling waits for the keyring or the user.
        scheduler.pauseForKey();
        window.setKeySource(haveSessionBus ? QObject::tr("looking in the keyring…")
                                           : QObject::tr("no keyring: session only"));
        keyStore->read([&](const QString &key, const QString &error) {
            if (!key.isEmpty()) {
                useKey(key, QObject::tr("desktop keyring"));
                return;
            }
            window.setKeySource(QObject::tr("none yet (File → Set API key)"));
            QString note;
            if (!haveSessionBus)
                note = QObject::tr("No desktop keyring is running (no D-Bus session): the key "
                                   "you enter is kept for this session only.");
            else if (!error.isEmpty())
                note = QObject::tr("The desktop keyring is not available (%1): the key you "
                                   "enter is kept for this session only.")
                           .arg(error);
            window.askForKey(note);
        });
    }

    // Pause polling while the network is gone; resume when it returns.
    if (!demo
        && QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        auto *info = QNetworkInformation::instance();
        auto apply = [&scheduler](QNetworkInformation::Reachability reachability) {
            scheduler.setNetworkAvailable(reachability
                                          != QNetworkInformation::Reachability::Disconnected);
        };
        QObject::connect(info, &QNetworkInformation::reachabilityChanged, &scheduler, apply);
        apply(info->reachability());
    }

    std::unique_ptr<FirstPaintProbe> probe;
    if (parser.isSet(measureOption)) {
        probe = std::make_unique<FirstPaintProbe>(sinceStart, window);
        app.installEventFilter(probe.get());
    }
    std::unique_ptr<ResponsivenessProbe> responsiveness;
    if (parser.isSet(measureLoadOption) || parser.isSet(measureIdleOption)) {
        const bool idle = parser.isSet(measureIdleOption);
        auto largestLog = [&repository] {
            qsizetype largest = 0;
            for (const auto &id : repository.activeIds())
                largest = qMax(largest, repository.find(id)->events.size());
            return largest;
        };
        // The scan with the longest log is shown, as an analyst would pick it.
        auto showLargestLog = [&repository, &window] {
            QString chosen;
            qsizetype largest = -1;
            for (const auto &id : repository.activeIds()) {
                if (repository.find(id)->events.size() > largest) {
                    largest = repository.find(id)->events.size();
                    chosen = id;
                }
            }
            if (!chosen.isEmpty())
                window.selectScan(chosen);
        };
        responsiveness = std::make_unique<ResponsivenessProbe>(
            idle, parser.value(idle ? measureIdleOption : measureLoadOption).toInt(),
            [largestLog, showLargestLog] {
                showLargestLog();
                return largestLog() >= 100000;
            },
            [&repository, &scheduler, &scanModel, largestLog] {
                return QStringLiteral("%1 scans listed, %2 active, largest log %3 lines, poll "
                                      "timer %4, countdown %5")
                    .arg(repository.count())
                    .arg(repository.activeIds().size())
                    .arg(largestLog())
                    .arg(scheduler.isTimerActive() ? "running" : "stopped")
                    .arg(scanModel.isTicking() ? "ticking" : "stopped");
            });
    }
    ui::CursorBlinkTimeout blinkTimeout;
    // Ends are told on the desktop; the tray icon, where there is a tray.
    ui::Notifier notifier(repository);
    QObject::connect(&notifier, &ui::Notifier::openReportRequested, &window,
                     [&window](const QString &id) {
                         window.bringToFront();
                         window.selectScan(id);
                         window.openReport(id);
                     });
    std::unique_ptr<ui::TrayIcon> tray;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        tray = std::make_unique<ui::TrayIcon>(repository, scheduler);
        QObject::connect(tray.get(), &ui::TrayIcon::showWindowRequested, &window,
                         &ui::MainWindow::bringToFront);
        tray->show();
        notifier.setTrayIcon(tray.get());
        window.setTrayIcon(tray.get());
    }
    window.show();
    // The window paints first; the history's rows fill the list right after
    // (or after a second, should the window not be painted at all).
    auto loadHistory = [&] {
        if (historyLoaded)
            return;
        repository.loadFromStore();
        historyLoaded = true;
        if (const int unfinished = repository.activeIds().size(); unfinished > 0)
            window.statusBar()->showMessage(
                QObject::tr("Watching %n unfinished scan(s) again from the last session.", nullptr,
                            unfinished),
                15000);
        if (probe)
            probe->historyLoaded(repository.count());
        if (responsiveness)
            responsiveness->start();
        startBackgroundWork();
    };
    QObject::connect(&window, &ui::MainWindow::firstPainted, &window, loadHistory);
    QTimer::singleShot(1000, &window, loadHistory);
    scheduler.refresh();

    const QStringList startUrls = parser.values(scanOption);
    QStringList started;
    QObject::connect(&controller, &core::ScanController::launched, &window,
                     [&started](const QString &id) { started.append(id); });
    QObject::connect(&controller, &core::ScanController::launchFailed, &window,
                     [](const QString &target, const QString &message) {
                         QTextStream(stderr)
                             << "scandash: could not start " << target << ": " << message << "\n";
                     });
    for (const auto &url : startUrls)
        controller.startScan(url, parser.value(typeOption));
    if (instance) {
        // A second `scandash --scan URL` lands here: start its scans, come forward.
        QObject::connect(
            instance.get(), &core::SingleInstance::argumentsReceived, &window,
            [&](const QStringList &arguments) {
                QCommandLineParser forwarded;
                backendOptions.addTo(forwarded);
                forwarded.addOptions({ intervalOption, scanOption, typeOption, dataOption,
                                       themeOption, screenshotOption, quitAfterOption,
                                       measureOption, measureLoadOption, measureIdleOption });
                forwarded.parse(QStringList { QStringLiteral("scandash") } + arguments);
                const QString type = forwarded.value(typeOption);
                for (const auto &url : forwarded.values(scanOption))
                    controller.startScan(url, type);
                window.bringToFront();
            });
    }

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        auto *check = new QTimer(&window);
        QObject::connect(check, &QTimer::timeout, &window, [&, check, file] {
            if (started.size() < startUrls.size())
                return;
            for (const auto &id : started) {
                const core::Scan *scan = repository.find(id);
                if (!scan || !core::isTerminal(scan->state))
                    return;
            }
            check->stop();
            // Let the last repaint land, then take the whole screen as X shows it.
            QTimer::singleShot(800, &window, [&window, file] {
                const QPixmap shot = window.screen()->grabWindow(0);
                const bool saved = shot.save(file, "PNG");
                const QRect frame = window.frameGeometry();
                const QRect available = window.screen()->availableGeometry();
                QTextStream(stderr)
                    << "scandash: screenshot " << (saved ? "saved to " : "FAILED: ") << file
                    << "; window " << frame.width() << "x" << frame.height() << " in "
                    << (available.contains(frame) ? "" : "NOT ") << "the screen's "
                    << available.width() << "x" << available.height() << "\n";
                QApplication::exit(saved && available.contains(frame) ? 0 : 1);
            });
        });
        check->start(250);
    }
    if (parser.isSet(quitAfterOption)) {
        QTimer::singleShot(static_cast<int>(parser.value(quitAfterOption).toDouble() * 1000), &app,
                           [] {
                               QTextStream(stderr) << "scandash: --quit-after reached\n";
                               QApplication::exit(3);
                           });
    }
    return app.exec();
}
