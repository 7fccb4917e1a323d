// The command line: the same session, request budget and scheduler as the
// window, with results on stdout and progress on stderr.
#include "cli.h"

#include "api/urlpolicy.h"
#include "appoptions.h"
#include "clicommands.h"
#include "settings/apikeysource.h"
#include "settings/translations.h"
#include "simulator.h"
#include "terminationsignal.h"
#include "text/displaytext.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>

#include <csignal>

namespace app {

namespace {

/// The key, as the window finds it without asking: APPVET_API_KEY, the CLI's
/// config file, then the desktop keyring when there is a session bus.
QString findKey(const QUrl &base)
{
    const core::ApiKey key = core::keyFromEnvironmentOrCliConfig(QDir::homePath());
    if (!key.isEmpty())
        return key.value;
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return QString();
    core::KeychainKeyStore keyring(QStringLiteral("ScanDash ") + base.host());
    QEventLoop loop;
    QString found;
    bool answered = false;
    keyring.read([&](const QString &stored, const QString &) {
        found = stored;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec(); // the store answers within its own deadline
    return found;
}

/// The sites to scan, each once: two names of one site (a trailing slash, a
/// missing https://, the host's case) launch one scan, and stderr says so.
QStringList distinctSites(const QStringList &urls, const QString &type)
{
    QStringList sites;
    QHash<QString, QString> firstBySite;
    for (const QString &url : urls) {
        const QString site = core::siteKey(core::checkScanTarget(url).url.toString(), type);
        if (const auto first = firstBySite.constFind(site); first != firstBySite.cend()) {
            err() << "scandash: "
                  << tr("%1 is the same site as %2: it is scanned once.")
                         .arg(core::displayText(url, 300), core::displayText(*first, 300))
                  << "\n";
            continue;
        }
        firstBySite.insert(site, url);
        sites.append(url);
    }
    err().flush();
    return sites;
}

} // namespace

bool isCliCommand(const char *argument)
{
    static const QByteArrayList commands { "scan", "report", "compare", "list", "usage" };
    return commands.contains(QByteArray(argument));
}

int runCli(int argc, char *argv[])
{
    const QByteArray command(argv[1]);
    // A PDF is drawn with Qt GUI's text engine, on no screen at all.
    std::unique_ptr<QCoreApplication> application;
    if (command == "report") {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    describeApplication();
    core::installTranslations(*application);

    QCommandLineParser parser;
    parser.setApplicationDescription(applicationDescription());
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  tr("Show this help."));
    const BackendOptions backendOptions;
    backendOptions.addTo(parser);
    parser.addOption(help);
    const QCommandLineOption type(QStringLiteral("type"),
                                  tr("Scan type: security, performance, accessibility or seo."),
                                  QStringLiteral("type"), QStringLiteral("security"));
    const QCommandLineOption wait(QStringLiteral("wait"), tr("Wait until every scan has ended."));
    const QCommandLineOption failBelow(QStringLiteral("fail-below"),
                                       tr("With --wait: exit 1 when a grade is below GRADE "
                                          "(A+ > A > … > F)."),
                                       QStringLiteral("grade"));
    const QCommandLineOption allowPartial(QStringLiteral("allow-partial"),
                                          tr("A scan that ended partial does not fail the run."));
    const QCommandLineOption giveUpAfter(QStringLiteral("give-up-after"),
                                         tr("With --wait: exit 2 when AppVet, failing (no "
                                            "connection, no answer in time, a server error), "
                                            "gave no good answer for SECONDS (default 600)."),
                                         QStringLiteral("seconds"), QStringLiteral("600"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format."),
                                    QStringLiteral("format"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
                                    tr("Write to FILE instead of standard output."),
                                    QStringLiteral("file"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("Only scans in this status (queued, scanning, completed, "
                                       "partial, failed)."),
                                    QStringLiteral("status"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("How many scans (1-100)."),
                                   QStringLiteral("n"), QStringLiteral("20"));
    // The gate (issue 13): cligate.h.
    const QCommandLineOption policy(QStringLiteral("policy"),
                                    tr("Policy file (YAML, version 1): suppressions, the gate "
                                       "and rules. A broken one stops the run before any "
                                       "request."),
                                    QStringLiteral("file"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"),
                                    tr("Exit 1 on failing checks: none (status and grade only), "
                                       "any, or new (not failing in the baseline)."),
                                    QStringLiteral("none|any|new"));
    const QCommandLineOption minSeverity(QStringLiteral("min-severity"),
                                         tr("Only failing checks at or above this severity "
                                            "count: low, medium, high or critical."),
                                         QStringLiteral("severity"));
    const QCommandLineOption baseline(QStringLiteral("baseline"),
                                      tr("What --fail-on new compares with: previous (the "
                                         "latest earlier completed scan of the site and type; "
                                         "the default), a scan id, or a report file written "
                                         "by 'report --format json'."),
                                      QStringLiteral("baseline"));
    const QCommandLineOption sarif(QStringLiteral("sarif"),
                                   tr("Also write the findings as SARIF 2.1.0 to FILE."),
                                   QStringLiteral("file"));
    const QCommandLineOption junit(QStringLiteral("junit"),
                                   tr("Also write the findings as JUnit XML to FILE."),
                                   QStringLiteral("file"));

    QString formats;
    if (command == "scan") {
        parser.addOptions({ type, wait, failBelow, allowPartial, giveUpAfter, format, policy,
                            failOn, minSeverity, baseline, sarif, junit });
        parser.addPositionalArgument(QStringLiteral("scan"), tr("Launch scans."));
        parser.addPositionalArgument(QStringLiteral("URL"), tr("Sites to scan."),
                                     QStringLiteral("URL..."));
        formats = QStringLiteral("text,json,sarif,junit");
    } else if (command == "report") {
        parser.addOptions({ format, output, policy, sarif, junit });
        parser.addPositionalArgument(QStringLiteral("report"), tr("A finished scan's report."));
        parser.addPositionalArgument(QStringLiteral("SCAN_ID"), tr("The scan."));
        formats = QStringLiteral("json,md,html,pdf,sarif,junit");
    } else if (command == "compare") {
        parser.addOptions({ format, policy, failOn, minSeverity, sarif, junit });
        parser.addPositionalArgument(QStringLiteral("compare"),
                                     tr("What changed between two scans of a site."));
        parser.addPositionalArgument(QStringLiteral("OLD_ID"), tr("The earlier scan."));
        parser.addPositionalArgument(QStringLiteral("NEW_ID"), tr("The later scan."));
        formats = QStringLiteral("text,json,md,sarif,junit");
    } else if (command == "list") {
        parser.addOptions({ status, limit, format });
        parser.addPositionalArgument(QStringLiteral("list"), tr("The organisation's scans."));
        formats = QStringLiteral("text,json");
    } else {
        parser.addOption(format);
        parser.addPositionalArgument(QStringLiteral("usage"),
                                     tr("The plan, quota and request limit."));
        formats = QStringLiteral("text,json");
    }
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        return Done;
    }
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString chosenFormat
        = parser.isSet(format) ? parser.value(format) : formats.section(QLatin1Char(','), 0, 0);
    if (!formats.split(QLatin1Char(',')).contains(chosenFormat))
        return fail(tr("--format must be one of: %1.").arg(formats));

    // Everything the command needs is checked before a request leaves.
    int threshold = -1;
    int giveUpSeconds = 600;
    QStringList targets; // scan: each site once
    if (command == "scan") {
        if (positional.isEmpty())
            return fail(tr("name at least one site to scan."));
        for (const QString &url : positional) {
            const core::CheckedUrl target = core::checkScanTarget(url);
            if (!target.ok())
                return fail(
                    QStringLiteral("%1: %2").arg(core::displayText(url, 300), target.refusal));
        }
        if (!core::scanTypes().contains(parser.value(type)))
            return fail(tr("--type must be one of: %1.").arg(core::scanTypes().join(", ")));
        targets = distinctSites(positional, parser.value(type));
        bool giveUpOk = false;
        giveUpSeconds = parser.value(giveUpAfter).toInt(&giveUpOk);
        if (!giveUpOk || giveUpSeconds < 1 || giveUpSeconds > 86400)
            return fail(tr("--give-up-after takes a number of seconds from 1 to 86400."));
        if (parser.isSet(failBelow)) {
            threshold = core::gradeRank(parser.value(failBelow));
            if (threshold < 0)
                return fail(tr("--fail-below takes a grade such as A+, A, B or F."));
        }
    } else if (command == "report" && positional.size() != 1) {
        return fail(tr("name one scan id: scandash report SCAN_ID."));
    } else if (command == "compare" && positional.size() != 2) {
        return fail(tr("name two scan ids: scandash compare OLD_ID NEW_ID."));
    }
    int listLimit = 20;
    if (command == "list") {
        bool limitOk = true;
        listLimit = parser.value(limit).toInt(&limitOk);
        if (!limitOk || listLimit < 1 || listLimit > 100)
            return fail(tr("--limit must be between 1 and 100."));
    }

    // The gate's options and files (a policy, a baseline report), read
    // before anything is sent: a broken policy launches no scan.
    GateSettings gate;
    if (command == "scan" || command == "report" || command == "compare") {
        GateArguments arguments;
        // Only options this command has (isSet() warns about the others),
        // under any of their names (-o or --output).
        auto value = [&parser](const QCommandLineOption &option) {
            for (const QString &name : option.names()) {
                if (parser.optionNames().contains(name))
                    return parser.value(option);
            }
            return QString();
        };
        arguments.policy = value(policy);
        arguments.failOn = value(failOn);
        arguments.minSeverity = value(minSeverity);
        arguments.baseline = value(baseline);
        arguments.sarif = value(sarif);
        arguments.junit = value(junit);
        arguments.output = value(output);
        arguments.format = chosenFormat;
        arguments.allowPartial = parser.optionNames().contains(QStringLiteral("allow-partial"));
        if (threshold >= 0)
            arguments.failBelow = parser.value(failBelow).toUpper();
        const QString refusal = readGateSettings(arguments, &gate);
        if (!refusal.isEmpty())
            return fail(refusal);
        if (command == "scan" && gate.active && !parser.isSet(wait))
            return fail(tr("--policy, --fail-on, --min-severity, --baseline, --sarif, --junit "
                           "and --format sarif or junit need --wait."));
    }

    QString error;
    const Backend backend = startBackend(parser, backendOptions, &error);
    if (!error.isEmpty())
        return fail(error);
    const QString key
        = backend.demo ? backend.simulator->options().apiKey : findKey(backend.baseUrl);
    if (key.isEmpty())
        return fail(tr("no API key: set APPVET_API_KEY, or put {\"api_key\": \"…\"} in "
                       "~/.appvet/config.json."));

    // Kept in memory: the window's history belongs to the window.
    core::Session session(backend.baseUrl, QStringLiteral(":memory:"));
    session.controller().setApiKey(key);
    Command run(session, backend.baseUrl);
    // Only a scan has something to say when interrupted (which scans go on at
    // AppVet); other commands keep Ctrl+C's and SIGTERM's default.
    std::unique_ptr<TerminationSignal> stop;
    if (command == "scan") {
        stop = std::make_unique<TerminationSignal>(QList<int> { SIGINT, SIGTERM });
        QObject::connect(stop.get(), &TerminationSignal::received, &run,
                         [&run, source = stop.get()] { run.interrupt(source->lastSignal()); });
    }
    run.setGate(gate);
    run.setGiveUpAfter(giveUpSeconds);
    const bool json = chosenFormat == QLatin1String("json");
    if (command == "scan")
        return run.scan(targets, parser.value(type), parser.isSet(wait), threshold,
                        parser.isSet(allowPartial), json);
    if (command == "report")
        return run.report(positional.at(0), chosenFormat, parser.value(output));
    if (command == "compare")
        return run.compare(positional.at(0), positional.at(1), chosenFormat);
    if (command == "list")
        return run.list(parser.value(status), listLimit, json);
    return run.usage(json);
}

} // namespace app
