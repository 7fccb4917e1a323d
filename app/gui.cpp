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
#include "terminationsignal.h"
#include "testhooks.h"
#include "trayicon.h"
#include "triagecontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

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
                     [&repository](const QString &id, core::ScanFields fields) {
                         if (!(fields & (core::FieldState | core::FieldWatch)))
                             return;
                         const core::Scan &scan = *repository.find(id);
                         QTextStream err(stderr);
                         err << "scan " << scan.id << ": " << core::scanStateName(scan.state);
                         if (scan.result)
                             err << " (grade " << scan.result->grade << ", score "
                                 << scan.result->score << ")";
                         err << "\n";
                     });
}

} // namespace

namespace app {

int runGui(int argc, char *argv[], TestHooks *hooks)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    core::limitAllocatorRetention(); // before any thread starts
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
    // Declared with the pre-check in main(), which refuses what does not parse;
    // the test hooks' options are not the shipped program's (testhooks.h).
    const app::WindowOptions options;
    const app::BackendOptions &backendOptions = options.backend;
    const QCommandLineOption &intervalOption = options.interval;
    const QCommandLineOption &scanOption = options.scan;
    const QCommandLineOption &typeOption = options.type;
    const QCommandLineOption &dataOption = options.dataDir;
    const QCommandLineOption &themeOption = options.theme;
    options.addTo(parser);
    if (hooks)
        hooks->addOptions(parser);
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

    // The demo keeps its history in memory, unless --data-dir names a folder:
    // then in a file of its own there (never a real server's), kept between
    // runs. A kept one already holds the organisation's past scans.
    const bool keptDemo = demo && parser.isSet(dataOption);
    const QString demoHistory = keptDemo
        ? QDir(parser.value(dataOption)).filePath(QStringLiteral("scans-demo.sqlite"))
        : QString();
    // In demo mode the simulator runs in this process on a free loopback port.
    QString error;
    const app::Backend backend = app::startBackend(parser, backendOptions, &error,
                                                   !keptDemo || !QFile::exists(demoHistory));
    if (!error.isEmpty())
        return usageError(error);
    const QUrl baseUrl = backend.baseUrl;
    const auto &simulator = backend.simulator;

    QString storePath = QStringLiteral(":memory:");
    if (keptDemo) {
        QDir().mkpath(parser.value(dataOption));
        storePath = demoHistory;
    } else if (!demo) {
        const QString dir = parser.isSet(dataOption)
            ? parser.value(dataOption)
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        storePath = core::historyPath(dir, baseUrl);
    }

    // One window per data file: a second start hands its work to the first.
    std::unique_ptr<core::SingleInstance> instance;
    if (!demo || keptDemo) {
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
    ui::MainWindow window(controller, repository, scanModel, eventModel);
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

    ui::CursorBlinkTimeout blinkTimeout;
    // Ends are told on the desktop; the tray icon, where there is a tray.
    ui::Notifier notifier(repository);
    notifier.setFailuresText([&controller](const QString &scanId) {
        const auto report = controller.report(scanId);
        return report ? controller.triage().failuresText(*report) : QString();
    });
    QObject::connect(&notifier, &ui::Notifier::openReportRequested, &window,
                     [&window](const QString &id) {
                         window.bringToFront();
                         window.selectScan(id);
                         window.openReport(id);
                     });
    std::unique_ptr<ui::TrayIcon> tray;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        tray = std::make_unique<ui::TrayIcon>(repository, controller);
        tray->show();
        notifier.setTrayIcon(tray.get());
        window.setTrayIcon(tray.get());
    }
    const GuiRun run { parser, sinceStart, session, scanModel, window, parser.values(scanOption) };
    if (hooks)
        hooks->attach(run);
    // Quit (menu, Ctrl+Q, tray) and SIGTERM at logout take one path: the
    // window asks what it must, writes the history once more, then quits.
    QObject::connect(&window, &ui::MainWindow::quitConfirmed, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    app::TerminationSignal termination;
    QObject::connect(&termination, &app::TerminationSignal::received, &window,
                     &ui::MainWindow::terminate);
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
        if (hooks)
            hooks->historyLoaded(run);
        startBackgroundWork();
    };
    QObject::connect(&window, &ui::MainWindow::firstPainted, &window, loadHistory);
    QTimer::singleShot(1000, &window, loadHistory);
    scheduler.refresh();

    QObject::connect(&controller, &core::ScanController::launchFailed, &window,
                     [](const QString &target, const QString &message) {
                         QTextStream(stderr)
                             << "scandash: could not start " << target << ": " << message << "\n";
                     });
    for (const auto &url : run.startUrls)
        controller.startScan(url, parser.value(typeOption));
    if (instance) {
        // A second `scandash --scan URL` lands here: start its scans, come forward.
        QObject::connect(instance.get(), &core::SingleInstance::argumentsReceived, &window,
                         [&](const QStringList &arguments) {
                             QCommandLineParser forwarded;
                             backendOptions.addTo(forwarded);
                             forwarded.addOptions({ intervalOption, scanOption, typeOption,
                                                    dataOption, themeOption });
                             if (hooks)
                                 hooks->addOptions(forwarded);
                             forwarded.parse(QStringList { QStringLiteral("scandash") }
                                             + arguments);
                             const QString type = forwarded.value(typeOption);
                             for (const auto &url : forwarded.values(scanOption))
                                 controller.startScan(url, type);
                             window.bringToFront();
                         });
    }

    return app.exec();
}

} // namespace app
