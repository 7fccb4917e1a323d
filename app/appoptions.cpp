#include "appoptions.h"

#include "api/urlpolicy.h"
#include "simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

namespace app {

BackendOptions::BackendOptions()
    : demo(QStringLiteral("demo"),
           QCoreApplication::translate("app",
                                       "Run against the built-in AppVet simulator on "
                                       "loopback (no account, no network)."))
    , apiUrl(QStringLiteral("api-url"),
             QCoreApplication::translate("app",
                                         "AppVet API base URL (https; plain http only "
                                         "on this computer)."),
             QStringLiteral("url"), QStringLiteral("https://appvet.dev"))
    , demoRpm(QStringLiteral("demo-rpm"),
              QCoreApplication::translate("app",
                                          "Demo simulator's requests per minute (10 free "
                                          "plan, 60 paid)."),
              QStringLiteral("n"), QStringLiteral("60"))
    , demoSpeed(QStringLiteral("demo-speed"),
                QCoreApplication::translate("app", "Demo simulator's scan speed factor."),
                QStringLiteral("factor"), QStringLiteral("1"))
{ }

WindowOptions::WindowOptions()
    : interval(QStringLiteral("interval"),
               QCoreApplication::translate("app",
                                           "Seconds between polls of a scan (3-5; default 4, or "
                                           "what the View menu last set)."),
               QStringLiteral("seconds"), QStringLiteral("4"))
    , scan(QStringLiteral("scan"),
           QCoreApplication::translate("app", "Start a scan of <url> at launch (repeatable)."),
           QStringLiteral("url"))
    , type(QStringLiteral("type"),
           QCoreApplication::translate("app",
                                       "Scan type for --scan: security, performance, "
                                       "accessibility or seo."),
           QStringLiteral("type"), QStringLiteral("security"))
    , dataDir(QStringLiteral("data-dir"),
              QCoreApplication::translate("app", "Where scans are kept between runs."),
              QStringLiteral("dir"))
    , theme(QStringLiteral("theme"),
            QCoreApplication::translate("app",
                                        "Colours: system, light or dark (default: what "
                                        "Preferences last set, or system)."),
            QStringLiteral("theme"))
{ }

void WindowOptions::addTo(QCommandLineParser &parser) const
{
    backend.addTo(parser);
    parser.addOptions({ interval, scan, type, dataDir, theme });
}

QString windowArgumentsError(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const WindowOptions options;
    options.addTo(parser);
    if (!parser.parse(arguments))
        return parser.errorText();
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        return QCoreApplication::translate("app",
                                           "unknown command \"%1\"; the commands are scan, "
                                           "report, compare, list and usage (see --help).")
            .arg(positional.first());
    return QString();
}

void prepareQuietEnvironment()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    // What Qt would otherwise warn about and then make up itself, made here
    // as the XDG spec asks: owned by the user, mode 0700.
    static QTemporaryDir runtime(QDir::tempPath() + QStringLiteral("/scandash-runtime-XXXXXX"));
    if (runtime.isValid()) {
        QFile::setPermissions(runtime.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    }
}

void BackendOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({ demo, apiUrl, demoRpm, demoSpeed });
}

Backend startBackend(const QCommandLineParser &parser, const BackendOptions &options,
                     QString *error, bool pastScans)
{
    Backend backend;
    if (!parser.isSet(options.demo)) {
        // The command line wins; then what Preferences set; then AppVet's own.
        const QString url = parser.isSet(options.apiUrl)
            ? parser.value(options.apiUrl)
            : QSettings()
                  .value(QStringLiteral("connection/apiUrl"), parser.value(options.apiUrl))
                  .toString();
        const core::CheckedUrl checked = core::checkApiBase(url);
        if (!checked.ok())
            *error = checked.refusal;
        backend.baseUrl = checked.url;
        return backend;
    }
    bool ok = true;
    sim::Simulator::Options simulated;
    simulated.requestsPerWindow = parser.value(options.demoRpm).toInt(&ok);
    if (!ok || simulated.requestsPerWindow < 1) {
        *error = QCoreApplication::translate("app", "--demo-rpm must be a positive number.");
        return backend;
    }
    simulated.speed = parser.value(options.demoSpeed).toDouble(&ok);
    if (!ok || simulated.speed <= 0) {
        *error = QCoreApplication::translate("app", "--demo-speed must be a positive number.");
        return backend;
    }
    simulated.tier
        = simulated.requestsPerWindow <= 10 ? QStringLiteral("free") : QStringLiteral("pro");
    // A few weeks of an organisation's scans to find and compare.
    simulated.pastWeeks = pastScans ? 6 : 0;
    backend.simulator = std::make_unique<sim::Simulator>(simulated);
    if (backend.simulator->listenOnLoopback() == 0) {
        *error = QCoreApplication::translate("app",
                                             "could not start the demo simulator on "
                                             "127.0.0.1.");
        return backend;
    }
    backend.demo = true;
    backend.baseUrl = backend.simulator->baseUrl();
    return backend;
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("ScanDash"));
    QCoreApplication::setOrganizationName(QStringLiteral("ScanDash"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCANDASH_VERSION));
}

QString applicationDescription()
{
    return QCoreApplication::translate(
        "app",
        "Desktop dashboard for AppVet web scans.\n\n"
        "Without a command it opens the window. Commands, for scripts and CI (no window, no "
        "display):\n"
        "  scan URL...          launch scans; --wait for their ends\n"
        "  report SCAN_ID       a finished scan's report (json, md, html, pdf)\n"
        "  compare OLD NEW      what changed between two scans of a site\n"
        "  list                 the organisation's scans\n"
        "  usage                the plan, quota and request limit\n"
        "Run 'scandash COMMAND --help' for a command's options.");
}

bool wantsHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}

} // namespace app
