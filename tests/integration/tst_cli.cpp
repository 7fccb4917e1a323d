// The command line as a script or a CI job runs it: real processes, no
// display, against the simulator; exit codes, stdout and stderr read back.
#include "simulator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> jsonLines() const
    {
        QList<QJsonObject> lines;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(QJsonDocument::fromJson(line).object());
        }
        return lines;
    }
};

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAndVersionNeedNoDisplay();
    void exitCodeFollowsHowTheScansEnded_data();
    void exitCodeFollowsHowTheScansEnded();
    void refusalsExitTwoBeforeAnythingIsSent_data();
    void refusalsExitTwoBeforeAnythingIsSent();
    void aTypoOpensNoWindowEvenWithADisplay();
    void quotaUsedUpExitsTwo();
    void reportInEveryFormat();
    void compareTwoScansOfASite();
    void listAndUsage();
    void aSignalSaysWhichScansGoOn_data();
    void aSignalSaysWhichScansGoOn();
    void failOnNoneAnyAndNewWithoutAPolicy();
    void failOnWithAPolicy();
    void aBrokenPolicyExitsTwoAndLaunchesNothing();
    void anExpiredSuppressionCountsAgain();
    void sarifAndJUnitAreWrittenWithTheText();
    void compareGatesTheNewerScan();
    void anUnknownBaselineLaunchesNoScan();
    void previousBaselineIsFoundPastTheFirstPage();
    void aPartialScanFailsTheGateEverywhere();
    void aServerThatDiesIsSaidOnceAndGivenUpOn();
    void aFailedScanHasNoReportAndSaysSo();
    void reportListAndUsageWaitOutARateLimit();
    void theSameSiteTwiceIsLaunchedOnce();
    void aScanSpendsItsRequestsOnTheScans();
    void aServerErrorIsNamedAndGivenUpOn();
    void aScanTheServerForgetsIsNamed();
    void aFailedLaunchSaysWhetherItMayHaveStarted();
    void inATerminalTheStatusLineSaysWhatItWaitsForAndIsCleared();

private:
    /// Runs `scan URL --wait --format json` with `arguments` until the gate
    /// fails (a fresh scan each time: the simulator draws its checks), and
    /// checks on every run that the exit code is what the findings say.
    Run untilTheGateFails(const QString &url, const QStringList &arguments);
    QString writeFile(const QString &name, const QByteArray &bytes);
    /// A policy that suppresses every check of a security scan until 2999.
    static QByteArray suppressAllPolicy();
    /// A report as `report --format json` writes it, every check set to `status`.
    QString baselineFile(const QString &name, const QString &id, const QString &status);
    QTemporaryDir m_files;
    /// What every simulator here starts from: a fixed seed, and sites whose
    /// address names no outcome complete (the gate's tests compare with the
    /// previous completed scan).
    static sim::Simulator::Options simulatorOptions(double speed, quint32 seed);
    QProcess *start(const QStringList &arguments, const QString &key = {});
    Run run(const QStringList &arguments, const QString &key = {});
    /// The same against `server` instead of the shared simulator.
    QProcess *startOn(sim::Simulator &server, const QStringList &arguments,
                      const QString &key = {});
    Run runOn(sim::Simulator &server, const QStringList &arguments);
    /// Starts `arguments` (a scan that waits) on `server`, lets `trouble`
    /// break the server once the scan is launched, and waits for the run to
    /// end: its stderr, and its exit code in `exitCode` (-1: it did not end).
    QByteArray waitThroughTrouble(sim::Simulator &server, const QStringList &arguments,
                                  const std::function<void()> &trouble, int *exitCode);
    /// Waits for `process` to end (at most a minute), reads it and deletes it.
    Run finish(QProcess *process);
    QString scanToTheEnd(const QString &url);

    std::unique_ptr<sim::Simulator> m_simulator;
    QTemporaryDir m_home;
    bool m_withDisplay = false; // an offscreen one: a window would open there
};

sim::Simulator::Options CliTest::simulatorOptions(double speed, quint32 seed)
{
    sim::Simulator::Options options;
    options.speed = speed;
    options.seed = seed;
    options.partialPercent = 0;
    options.failedPercent = 0;
    return options;
}

void CliTest::initTestCase()
{
    m_simulator = std::make_unique<sim::Simulator>(simulatorOptions(30, 21));
    QVERIFY(m_simulator->listenOnLoopback() != 0);
}

QProcess *CliTest::start(const QStringList &arguments, const QString &key)
{
    return startOn(*m_simulator, arguments, key);
}

QByteArray CliTest::waitThroughTrouble(sim::Simulator &server, const QStringList &arguments,
                                       const std::function<void()> &trouble, int *exitCode)
{
    QProcess *process = startOn(server, arguments);
    QByteArray err;
    const bool launched = QTest::qWaitFor(
        [&] {
            err += process->readAllStandardError();
            return err.contains("launched");
        },
        30000);
    if (launched)
        trouble();
    const bool ended
        = QTest::qWaitFor([process] { return process->state() == QProcess::NotRunning; }, 60000);
    err += process->readAllStandardError();
    *exitCode = launched && ended ? process->exitCode() : -1;
    if (!ended)
        process->kill();
    process->waitForFinished(5000);
    delete process;
    return err;
}

QProcess *CliTest::startOn(sim::Simulator &server, const QStringList &arguments, const QString &key)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display of any kind, and no keyring: a CI job's environment.
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
                              "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "QT_LOGGING_RULES" })
        env.remove(QString::fromLatin1(name));
    if (m_withDisplay)
        env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("HOME", m_home.path());
    env.insert("APPVET_API_KEY", key.isEmpty() ? server.options().apiKey : key);
    process->setProcessEnvironment(env);
    const QStringList api { "--api-url", server.baseUrl().toString() };
    const bool command = !arguments.isEmpty() && !arguments.first().startsWith('-');
    process->start(QStringLiteral(SCANDASH_BIN),
                   command ? QStringList { arguments.first() } + api + arguments.mid(1)
                           : arguments);
    return process;
}

Run CliTest::run(const QStringList &arguments, const QString &key)
{
    QProcess *process = start(arguments, key);
    return finish(process);
}

Run CliTest::runOn(sim::Simulator &server, const QStringList &arguments)
{
    return finish(startOn(server, arguments));
}

Run CliTest::finish(QProcess *process)
{
    Run result;
    // The simulator answers from this thread: keep the event loop turning.
    if (!QTest::qWaitFor([process] { return process->state() == QProcess::NotRunning; }, 60000)) {
        process->kill();
        process->waitForFinished();
    }
    result.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    result.out = process->readAllStandardOutput();
    result.err = process->readAllStandardError();
    delete process;
    return result;
}

QString CliTest::scanToTheEnd(const QString &url)
{
    const Run scan = run({ "scan", url, "--wait", "--allow-partial", "--format", "json" });
    const auto lines = scan.jsonLines();
    return lines.size() == 1 ? lines.first().value("id").toString() : QString();
}

void CliTest::helpAndVersionNeedNoDisplay()
{
    const Run help = run({ "--help" });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("scan URL..."));
    QVERIFY(!help.err.contains("display"));
    // The test hooks (app/testhooks.h) are not in the shipped program.
    for (const char *hook : { "--screenshot", "--quit-after", "--measure" })
        QVERIFY2(!help.out.contains(hook), hook);
    const Run scanHelp = run({ "scan", "--help" });
    QCOMPARE(scanHelp.exitCode, 0);
    QVERIFY(scanHelp.out.contains("--fail-below"));
    for (const char *option :
         { "--policy", "--fail-on", "--min-severity", "--baseline", "--sarif", "--junit" })
        QVERIFY2(scanHelp.out.contains(option), option);
    const Run version = run({ "--version" });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("ScanDash "));
}

void CliTest::exitCodeFollowsHowTheScansEnded_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("status");
    // The simulator ends "partial" and "fail" targets so; partial grades are below A+.
    QTest::newRow("at or above the threshold")
        << QStringList { "https://partial.example.com", "--allow-partial", "--fail-below", "F" }
        << 0 << "partial";
    QTest::newRow("below the threshold")
        << QStringList { "https://partial.example.com", "--allow-partial", "--fail-below", "A+" }
        << 1 << "partial";
    QTest::newRow("partial not allowed")
        << QStringList { "https://partial.example.com" } << 1 << "partial";
    QTest::newRow("failed") << QStringList { "https://fail.example.com" } << 1 << "failed";
}

void CliTest::exitCodeFollowsHowTheScansEnded()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, status);
    const Run scan = run(QStringList { "scan", "--wait", "--format", "json" } + arguments);
    QCOMPARE(scan.exitCode, exitCode);
    const auto lines = scan.jsonLines();
    QCOMPARE(lines.size(), 1);
    const QJsonObject result = lines.first();
    QCOMPARE(result.value("status").toString(), status);
    QCOMPARE(result.value("url").toString(), arguments.first());
    QCOMPARE(result.value("type").toString(), QStringLiteral("security"));
    QVERIFY(result.value("id").toString().startsWith("scan_"));
    if (status == QLatin1String("partial")) {
        QVERIFY(result.value("score").isDouble());
        QVERIFY(!result.value("grade").toString().isEmpty());
        QCOMPARE(result.value("report_url").toString(),
                 m_simulator->baseUrl().toString() + "/report/" + result.value("id").toString());
    }
    // Progress went to stderr as plain lines, not to stdout.
    QVERIFY(scan.err.contains(result.value("id").toString().toUtf8() + "  " + status.toUtf8()));
    // An end's line says its grade and score at once, not only the summary.
    if (status == QLatin1String("partial"))
        QVERIFY2(scan.err.contains(
                     QStringLiteral("%1  partial  %2 %3\n")
                         .arg(result.value("id").toString(), result.value("grade").toString())
                         .arg(result.value("score").toInt())
                         .toUtf8()),
                 scan.err.constData());
    // And nothing of Qt's own, such as the missing runtime directory of a CI runner.
    QVERIFY2(!scan.err.contains("XDG_RUNTIME_DIR") && !scan.err.contains("QStandardPaths"),
             scan.err.constData());
}

void CliTest::refusalsExitTwoBeforeAnythingIsSent_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("bad address") << QStringList { "scan", "javascript:alert(1)" }
                                 << "Only http:// and https://";
    QTest::newRow("no site") << QStringList { "scan", "--wait" } << "at least one site";
    QTest::newRow("bad grade") << QStringList { "scan", "https://a.example", "--fail-below", "Q" }
                               << "grade";
    QTest::newRow("bad type") << QStringList { "scan", "https://a.example", "--type", "dns" }
                              << "--type";
    QTest::newRow("bad format") << QStringList { "list", "--format", "xml" } << "--format";
    QTest::newRow("unknown option") << QStringList { "usage", "--bogus" } << "bogus";
    QTest::newRow("report without id") << QStringList { "report" } << "one scan id";
    QTest::newRow("pdf report without id")
        << QStringList { "report", "--format", "pdf" } << "one scan id";
    // Not a command: refused as such, not taken for the window (which needs a display).
    QTest::newRow("typo in a command")
        << QStringList { "scna", "https://a.example" } << "unknown command \"scna\"";
    QTest::newRow("unknown option, no command") << QStringList { "--bogus" } << "bogus";
    QTest::newRow("bad --fail-on")
        << QStringList { "scan", "https://a.example", "--wait", "--fail-on", "all" } << "--fail-on";
    QTest::newRow("bad --min-severity")
        << QStringList { "compare", "scan_a", "scan_b", "--min-severity", "severe" }
        << "--min-severity";
    QTest::newRow("bad --baseline")
        << QStringList { "scan", "https://a.example", "--wait", "--baseline", "../nowhere" }
        << "--baseline takes";
    QTest::newRow("gate without --wait")
        << QStringList { "scan", "https://a.example", "--fail-on", "any" } << "need --wait";
    QTest::newRow("missing policy file")
        << QStringList { "scan", "https://a.example", "--wait", "--policy", "/nonexistent.yml" }
        << "/nonexistent.yml: could not read";
    QTest::newRow("bad --format for compare")
        << QStringList { "compare", "scan_a", "scan_b", "--format", "html" } << "--format";
    QTest::newRow("--sarif into a missing folder")
        << QStringList { "scan", "https://a.example", "--wait", "--sarif", "/nonexistent/x.sarif" }
        << "--sarif /nonexistent/x.sarif: the folder /nonexistent does not exist";
    QTest::newRow("--junit into a missing folder")
        << QStringList { "report", "scan_a", "--junit", "/nonexistent/x.xml" }
        << "--junit /nonexistent/x.xml: the folder /nonexistent does not exist";
    QTest::newRow("--sarif and --junit the same file")
        << QStringList { "compare",  "scan_a",  "scan_b",    "--sarif",
                         "same.out", "--junit", "./same.out" }
        << "--sarif and --junit name the same file";
    QTest::newRow("-o and --sarif the same file")
        << QStringList { "report", "scan_a", "-o", "out.sarif", "--sarif", "./out.sarif" }
        << "-o and --sarif name the same file (out.sarif)";
    QTest::newRow("--junit and --output the same file")
        << QStringList { "report",  "scan_a", "--format", "md",
                         "--junit", "r.xml",  "--output", QDir::currentPath() + "/r.xml" }
        << "-o and --junit name the same file";
}

void CliTest::refusalsExitTwoBeforeAnythingIsSent()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const qsizetype requests = m_simulator->requestLog().size();
    const Run refused = run(arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(says.toUtf8()), refused.err.constData());
    QVERIFY2(!refused.err.contains("XDG_RUNTIME_DIR") && !refused.err.contains("platform plugin"),
             refused.err.constData());
    QCOMPARE(m_simulator->requestLog().size(), requests);
}

void CliTest::aTypoOpensNoWindowEvenWithADisplay()
{
    m_withDisplay = true;
    const Run typo = run({ "scna", "https://a.example" });
    const Run bogus = run({ "--bogus" });
    m_withDisplay = false;
    QCOMPARE(typo.exitCode, 2); // a window would have kept running
    QVERIFY2(typo.err.contains("unknown command"), typo.err.constData());
    QCOMPARE(bogus.exitCode, 2);
    QVERIFY2(bogus.err.contains("bogus"), bogus.err.constData());
}

void CliTest::quotaUsedUpExitsTwo()
{
    const Run badKey = run({ "scan", "https://a.example", "--wait" },
                           QStringLiteral("avk_live_wrong00000000000000000000000000000000000"));
    QCOMPARE(badKey.exitCode, 2);
    QVERIFY(badKey.err.contains("API key"));
    m_simulator->setQuotaUsed(m_simulator->options().quotaLimit);
    const Run quota = run({ "scan", "https://a.example", "--wait" });
    m_simulator->setQuotaUsed(0);
    QCOMPARE(quota.exitCode, 2);
    QVERIFY2(quota.err.contains("quota"), quota.err.constData());
}

void CliTest::reportInEveryFormat()
{
    const QString id = scanToTheEnd(QStringLiteral("https://partial.example.org"));
    QVERIFY(!id.isEmpty());
    const Run json = run({ "report", id }); // json, as received, is the default
    QCOMPARE(json.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(report.value("id").toString(), id);
    const QString grade = report.value("grade").toString();

    const Run markdown = run({ "report", id, "--format", "md" });
    QCOMPARE(markdown.exitCode, 0);
    QVERIFY(markdown.out.startsWith("# AppVet security report: https://partial.example.org"));

    QTemporaryDir dir;
    const QString html = dir.filePath("report.html");
    QCOMPARE(run({ "report", id, "--format", "html", "-o", html }).exitCode, 0);
    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    QVERIFY(page.readAll().startsWith("<!DOCTYPE html>"));

    const QString pdf = dir.filePath("report.pdf");
    const Run printed = run({ "report", id, "--format", "pdf", "-o", pdf });
    QVERIFY2(printed.exitCode == 0, printed.err.constData());
    const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess text;
    text.start(pdftotext, { pdf, "-" });
    QVERIFY(text.waitForFinished(20000));
    // NFKC: the PDF's "ﬂ" ligature reads back as "fl".
    const QString words = QString::fromUtf8(text.readAllStandardOutput())
                              .normalized(QString::NormalizationForm_KC)
                              .simplified();
    QVERIFY2(words.contains(
                 QStringLiteral("%1 score %2/100").arg(grade).arg(report.value("score").toInt())),
             qPrintable(words.left(300)));
    int failing = 0;
    for (const auto category : report.value("categories").toArray()) {
        for (const auto check : category.toObject().value("checks").toArray()) {
            const QString status = check.toObject().value("status").toString();
            if (status == QLatin1String("fail") || status == QLatin1String("warn")) {
                ++failing;
                QVERIFY2(words.contains(check.toObject().value("name").toString()),
                         qPrintable(check.toObject().value("name").toString()));
            }
        }
    }
    QVERIFY(failing > 0 || words.contains(QStringLiteral("every check passed")));

    const Run notFound = run({ "report", "scan_0000000000" });
    QCOMPARE(notFound.exitCode, 2);
    QVERIFY(notFound.err.contains("knows no scan"));
}

void CliTest::compareTwoScansOfASite()
{
    const QString older = scanToTheEnd(QStringLiteral("https://partial.example.net"));
    const QString newer = scanToTheEnd(QStringLiteral("https://partial.example.net"));
    QVERIFY(!older.isEmpty() && !newer.isEmpty());
    const Run compare = run({ "compare", older, newer, "--format", "json" });
    QCOMPARE(compare.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(compare.out).object();
    QCOMPARE(json.value("old").toObject().value("id").toString(), older);
    QCOMPARE(json.value("new").toObject().value("id").toString(), newer);
    QCOMPARE(json.value("score_change").toInt(),
             json.value("new").toObject().value("score").toInt()
                 - json.value("old").toObject().value("score").toInt());
    QVERIFY(!json.value("changes").toArray().isEmpty());
    const Run text = run({ "compare", older, newer });
    QVERIFY(text.out.contains("newly failing,"));

    const QString other = scanToTheEnd(QStringLiteral("https://partial.example.com"));
    const Run mismatch = run({ "compare", older, other });
    QCOMPARE(mismatch.exitCode, 2);
    QVERIFY(mismatch.err.contains("not scans of the same site"));
}

void CliTest::listAndUsage()
{
    const QString id = scanToTheEnd(QStringLiteral("https://partial.example.io"));
    const Run list = run({ "list", "--limit", "3", "--format", "json" });
    QCOMPARE(list.exitCode, 0);
    const auto rows = list.jsonLines();
    QVERIFY(!rows.isEmpty() && rows.size() <= 3);
    QCOMPARE(rows.first().value("id").toString(), id); // newest first
    const Run usage = run({ "usage" });
    QCOMPARE(usage.exitCode, 0);
    QVERIFY(usage.out.startsWith("Plan pro:"));
}

void CliTest::aSignalSaysWhichScansGoOn_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("Ctrl+C") << int(SIGINT) << 130;
    QTest::newRow("SIGTERM (a CI job cancelled)") << int(SIGTERM) << 143;
}

void CliTest::aSignalSaysWhichScansGoOn()
{
    QFETCH(int, signal);
    QFETCH(int, exitCode);
    QProcess *scan = start({ "scan", "https://slow.example", "--wait" });
    QVERIFY(scan->waitForStarted());
    QByteArray progress;
    QTRY_VERIFY_WITH_TIMEOUT((progress += scan->readAllStandardError()).contains("launched"),
                             15000);
    ::kill(static_cast<pid_t>(scan->processId()), signal);
    QTRY_VERIFY_WITH_TIMEOUT(scan->state() == QProcess::NotRunning, 10000);
    QCOMPARE(scan->exitStatus(), QProcess::NormalExit);
    QCOMPARE(scan->exitCode(), exitCode);
    const QByteArray known = scan->readAllStandardOutput();
    QVERIFY(known.startsWith("scan_")); // what is known so far
    const QByteArray id = known.left(known.indexOf(' '));
    progress += scan->readAllStandardError();
    // Which scans go on, by id: a script can pick them up.
    QVERIFY2(progress.contains("1 scan goes on at AppVet: " + id + ";"), progress.constData());
    delete scan;
}

QString CliTest::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

QByteArray CliTest::suppressAllPolicy()
{
    QByteArray policy = "version: 1\nsuppress:\n";
    for (const char *check :
         { "HSTS", "CSP", "Cookie flags", "X-Frame-Options", "TLS version", "Certificate chain",
           "Mixed content", "Referrer-Policy", "Permissions-Policy", "Server banner", "CORS policy",
           "Subresource integrity" })
        policy += QByteArray("  - check: ") + check
            + "\n    reason: accepted for the test\n    by: CI\n    expires: 2999-12-31\n";
    return policy;
}

QString CliTest::baselineFile(const QString &name, const QString &id, const QString &status)
{
    const Run report = run({ "report", id });
    QJsonObject json = QJsonDocument::fromJson(report.out).object();
    QJsonArray categories;
    for (const auto category : json.value("categories").toArray()) {
        QJsonObject c = category.toObject();
        QJsonArray checks;
        for (const auto check : c.value("checks").toArray()) {
            QJsonObject k = check.toObject();
            k.insert("status", status);
            k.insert("severity", status == QLatin1String("pass") ? QJsonValue() : "high");
            checks.append(k);
        }
        c.insert("checks", checks);
        categories.append(c);
    }
    json.insert("categories", categories);
    return writeFile(name, QJsonDocument(json).toJson());
}

Run CliTest::untilTheGateFails(const QString &url, const QStringList &arguments)
{
    Run scan;
    for (int attempt = 0; attempt < 6; ++attempt) {
        scan = run(QStringList { "scan", url, "--wait", "--format", "json" } + arguments);
        const auto lines = scan.jsonLines();
        if (lines.size() != 1)
            return Run();
        const QJsonObject gate = lines.first().value("gate").toObject();
        bool decided = false;
        for (const auto finding : gate.value("findings").toArray())
            decided = decided || finding.toObject().value("decides_exit").toBool();
        // The exit code is what the findings say: 1 exactly when one decided it.
        if (scan.exitCode != (decided ? 1 : 0) || gate.value("passed").toBool() == decided)
            return Run();
        if (decided)
            return scan;
    }
    return Run();
}

void CliTest::failOnNoneAnyAndNewWithoutAPolicy()
{
    // any: a failing check fails the run.
    const Run any = untilTheGateFails("https://gate.example.com", { "--fail-on", "any" });
    QCOMPARE(any.exitCode, 1);
    const QJsonObject failed = any.jsonLines().first();
    const QString id = failed.value("id").toString();
    QVERIFY(!failed.value("gate").toObject().value("reasons").toArray().isEmpty());

    // none: status and grade only, as before.
    const Run none = run({ "scan", "https://gate.example.com", "--wait", "--fail-on", "none" });
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(none.out.contains("gate passed"), none.out.constData());

    // new against a baseline where every check failed: nothing is new.
    const QString allFailed = baselineFile("all-failed.json", id, "fail");
    const Run nothingNew = run({ "scan", "https://gate.example.com", "--wait", "--fail-on", "new",
                                 "--baseline", allFailed });
    QCOMPARE(nothingNew.exitCode, 0);
    QVERIFY2(nothingNew.out.contains("baseline: " + id.toUtf8()), nothingNew.out.constData());

    // new against one where every check passed: every failing check is new.
    const QString allPassed = baselineFile("all-passed.json", id, "pass");
    const Run allNew = untilTheGateFails("https://gate.example.com",
                                         { "--fail-on", "new", "--baseline", allPassed });
    QCOMPARE(allNew.exitCode, 1);
    for (const auto finding :
         allNew.jsonLines().first().value("gate").toObject().value("findings").toArray()) {
        if (finding.toObject().value("counts").toString() == QLatin1String("fails"))
            QCOMPARE(finding.toObject().value("baseline").toString(), QStringLiteral("new"));
    }

    // new against the previous completed scan of the site (the default),
    // found in the organisation's list.
    const Run previous = run(
        { "scan", "https://gate.example.com", "--wait", "--fail-on", "new", "--format", "json" });
    QVERIFY(previous.exitCode == 0 || previous.exitCode == 1);
    const QJsonObject gate = previous.jsonLines().first().value("gate").toObject();
    QCOMPARE(gate.value("baseline").toString(), allNew.jsonLines().first().value("id").toString());
    for (const auto finding : gate.value("findings").toArray()) {
        if (finding.toObject().value("decides_exit").toBool())
            QCOMPARE(finding.toObject().value("baseline").toString(), QStringLiteral("new"));
    }

    // No earlier completed scan: new is any, and the run says so.
    const Run first = run({ "scan", "https://first.example.com", "--wait", "--fail-on", "new" });
    QVERIFY(first.exitCode == 0 || first.exitCode == 1);
    QVERIFY2(first.out.contains("no baseline (no earlier completed scan of this site and type): "
                                "--fail-on new counts every failing check, as any."),
             first.out.constData());
}

void CliTest::failOnWithAPolicy()
{
    // Every check of a security scan suppressed: any passes, and says why.
    const QString suppressed = writeFile("suppress-all.yml", suppressAllPolicy());
    const Run passes = run({ "scan", "https://policy.example.com", "--wait", "--fail-on", "any",
                             "--policy", suppressed });
    QCOMPARE(passes.exitCode, 0);
    QVERIFY2(passes.out.contains("gate passed"), passes.out.constData());
    if (passes.out.contains("needs attention"))
        QVERIFY2(passes.out.contains("suppressed  ")
                     && passes.out.contains("accepted for the test"),
                 passes.out.constData());

    // The policy's own gate: fail_on any with every warning made a failure.
    const QString strict = writeFile("strict.yml",
                                     "version: 1\ngate:\n  fail_on: any\nrules:\n"
                                     "  - {category: Transport, action: fail}\n"
                                     "  - {category: Headers, action: fail}\n"
                                     "  - {category: Cookies, action: fail}\n");
    const Run fails = untilTheGateFails("https://policy.example.com", { "--policy", strict });
    QCOMPARE(fails.exitCode, 1);
    QCOMPARE(fails.jsonLines().first().value("gate").toObject().value("decided_by").toString(),
             "policy file " + strict + " (fail_on any)");
    // The same for scripts, in words that do not depend on the language.
    const QJsonObject policyFailOn = fails.jsonLines()
                                         .first()
                                         .value("gate")
                                         .toObject()
                                         .value("effective")
                                         .toObject()
                                         .value("fail_on")
                                         .toObject();
    QCOMPARE(policyFailOn.value("value").toString(), QStringLiteral("any"));
    QCOMPARE(policyFailOn.value("from").toString(), QStringLiteral("policy"));
    for (const auto finding :
         fails.jsonLines().first().value("gate").toObject().value("findings").toArray())
        QVERIFY(finding.toObject().value("counts").toString() != QLatin1String("warns"));

    // The policy's gate with fail_on none: grade only, and the text says
    // which gate decided.
    const QString lenient = writeFile("lenient.yml", "version: 1\ngate: {fail_on: none}\n");
    const Run gradeOnly
        = run({ "scan", "https://policy.example.com", "--wait", "--policy", lenient });
    QCOMPARE(gradeOnly.exitCode, 0);
    QVERIFY2(
        gradeOnly.out.contains("  gate: policy file " + lenient.toUtf8() + " (fail_on none)\n"),
        gradeOnly.out.constData());
    // An explicit --fail-on wins over the policy's gate, and says so.
    const Run flagWins = untilTheGateFails("https://policy.example.com",
                                           { "--fail-on", "any", "--policy", lenient });
    QCOMPARE(flagWins.exitCode, 1);
    QCOMPARE(flagWins.jsonLines().first().value("gate").toObject().value("decided_by").toString(),
             QStringLiteral("--fail-on any (command line)"));
    QCOMPARE(flagWins.jsonLines()
                 .first()
                 .value("gate")
                 .toObject()
                 .value("effective")
                 .toObject()
                 .value("fail_on")
                 .toObject()
                 .value("from")
                 .toString(),
             QStringLiteral("command-line"));
    // ... and fail_below A+ on this site: its grades are below. (AppVet
    // gives a site's address without the last "/": the prefix leaves it out.)
    const QString graded = writeFile("graded.yml",
                                     "version: 1\nsites:\n  - site: https://policy.example.com\n"
                                     "    fail_below: A+\n");
    const Run below = run({ "scan", "https://policy.example.com/", "--wait", "--policy", graded });
    if (!below.out.contains("A+  100")) {
        QCOMPARE(below.exitCode, 1);
        QVERIFY2(below.out.contains("graded below A+"), below.out.constData());
    }
}

void CliTest::aBrokenPolicyExitsTwoAndLaunchesNothing()
{
    const QString broken = writeFile("broken.yml",
                                     "version: 1\nsuppress:\n  - check: CSP\n"
                                     "    reason: later\n    expires: 2026-02-30\n");
    const qsizetype requests = m_simulator->requestLog().size();
    const Run refused = run({ "scan", "https://broken.example.com", "--wait", "--policy", broken });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(broken.toUtf8() + ":5:14: \"2026-02-30\" is not a date"),
             refused.err.constData());
    QVERIFY(refused.out.isEmpty());
    // Nothing was sent: no scan launched.
    QCOMPARE(m_simulator->requestLog().size(), requests);
    const QString unknownKey = writeFile("typo.yml", "version: 1\nsuppres: []\n");
    const Run typo = run({ "compare", "scan_a", "scan_b", "--policy", unknownKey });
    QCOMPARE(typo.exitCode, 2);
    QVERIFY2(typo.err.contains(unknownKey.toUtf8() + ":2:1: unknown key \"suppres\""),
             typo.err.constData());
    QCOMPARE(m_simulator->requestLog().size(), requests);
}

void CliTest::anExpiredSuppressionCountsAgain()
{
    const QByteArray yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate).toUtf8();
    QByteArray expired = "version: 1\nsuppress:\n";
    for (const char *check :
         { "HSTS", "CSP", "Cookie flags", "X-Frame-Options", "TLS version", "Certificate chain",
           "Mixed content", "Referrer-Policy", "Permissions-Policy", "Server banner", "CORS policy",
           "Subresource integrity" })
        expired += QByteArray("  - check: ") + check
            + "\n    reason: the old load balancer\n    expires: " + yesterday + "\n";
    const QString policy = writeFile("expired.yml", expired);
    const Run json = untilTheGateFails("https://expired.example.com",
                                       { "--fail-on", "any", "--policy", policy });
    QCOMPARE(json.exitCode, 1);
    bool sawExpired = false;
    for (const auto finding :
         json.jsonLines().first().value("gate").toObject().value("findings").toArray()) {
        const QJsonObject f = finding.toObject();
        QVERIFY(f.value("counts").toString() != QLatin1String("suppressed"));
        if (f.value("decides_exit").toBool()) {
            QVERIFY(f.value("suppression").toObject().value("expired").toBool());
            sawExpired = true;
        }
    }
    QVERIFY(sawExpired);
    // The text says so: which suppression expired, and that it counts again.
    Run text;
    for (int attempt = 0; attempt < 6 && text.exitCode != 1; ++attempt)
        text = run({ "scan", "https://expired.example.com", "--wait", "--fail-on", "any",
                     "--policy", policy });
    QCOMPARE(text.exitCode, 1);
    // Each finding is said once (under EXPIRED, not also as new or failing).
    QStringList said;
    for (const QByteArray &line : text.out.split('\n')) {
        const QString finding = QString::fromUtf8(line).section(QStringLiteral("  "), 2);
        if (finding.contains(QStringLiteral(" / ")))
            said.append(finding.section(QStringLiteral(" — "), 0, 0));
    }
    QVERIFY2(!said.isEmpty() && said.removeDuplicates() == 0, text.out.constData());
    QVERIFY2(text.out.contains("EXPIRED  ") && text.out.contains("expired on " + yesterday)
                 && text.out.contains("counts again") && text.out.contains("the old load balancer"),
             text.out.constData());
    // And whether it decided the exit code: with --fail-on any, each failing one did.
    for (const QByteArray &line : text.out.split('\n'))
        if (line.contains("EXPIRED  ") && line.contains("as a failure"))
            QVERIFY2(line.contains("and fails the gate"), line.constData());
    QVERIFY(text.out.contains("and fails the gate"));
}

void CliTest::sarifAndJUnitAreWrittenWithTheText()
{
    const QString sarif = m_files.filePath("scan.sarif");
    const QString junit = m_files.filePath("scan.xml");
    // With a scan that fails (the simulator fails "fail" sites): it exits 1,
    // and the failed scan is in both files, not silently missing.
    const Run scan = run({ "scan", "https://ci.example.com", "https://fail.example.com", "--wait",
                           "--fail-on", "none", "--sarif", sarif, "--junit", junit });
    QCOMPARE(scan.exitCode, 1);
    QVERIFY2(scan.out.startsWith("scan_") && scan.out.contains("https://ci.example.com")
                 && scan.out.contains("gate passed"),
             scan.out.constData());
    QFile sarifFile(sarif);
    QVERIFY(sarifFile.open(QIODevice::ReadOnly));
    const QJsonObject log = QJsonDocument::fromJson(sarifFile.readAll()).object();
    QCOMPARE(log.value("version").toString(), QStringLiteral("2.1.0"));
    QCOMPARE(log.value("runs").toArray().size(), 1);
    const QJsonObject invocation = log["runs"][0]["invocations"][0].toObject();
    QCOMPARE(invocation.value("executionSuccessful").toBool(true), false);
    QVERIFY2(invocation["toolExecutionNotifications"][0]["message"]["text"].toString().contains(
                 "https://fail.example.com"),
             QJsonDocument(invocation).toJson().constData());
    QFile junitFile(junit);
    QVERIFY(junitFile.open(QIODevice::ReadOnly));
    const QByteArray xml = junitFile.readAll();
    QVERIFY2(xml.startsWith("<?xml") && xml.contains("<testsuite ")
                 && xml.contains("https://ci.example.com")
                 && xml.contains("<testsuite name=\"https://fail.example.com (security)\"")
                 && xml.contains("<error type=\"failed\" message=\"The scan failed: "),
             xml.constData());
    // SARIF on standard output instead of the text.
    const Run onStdout = run({ "scan", "https://ci.example.com", "--wait", "--format", "sarif" });
    QCOMPARE(onStdout.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(onStdout.out).object().value("version").toString(),
             QStringLiteral("2.1.0"));
    // And a finished scan's report as JUnit.
    const QString id = scanToTheEnd("https://ci.example.com");
    const Run report = run({ "report", id, "--format", "junit" });
    QCOMPARE(report.exitCode, 0);
    QVERIFY(report.out.startsWith("<?xml") && report.out.contains(id.toUtf8()));
    const QString reportSarif = m_files.filePath("report.sarif");
    const Run toFile = run({ "report", id, "--format", "sarif", "-o", reportSarif });
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    QFile written(reportSarif);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(written.readAll()).object().value("version").toString(),
             QStringLiteral("2.1.0"));
}

void CliTest::compareGatesTheNewerScan()
{
    const Run failing = untilTheGateFails("https://compare.example.com", { "--fail-on", "any" });
    QCOMPARE(failing.exitCode, 1);
    const QString newer = failing.jsonLines().first().value("id").toString();
    const QString older = scanToTheEnd("https://compare.example.com");
    QVERIFY(!older.isEmpty());
    // Compared with itself, nothing is new; every failing check is "any".
    QCOMPARE(run({ "compare", newer, newer, "--fail-on", "new" }).exitCode, 0);
    const Run any = run({ "compare", older, newer, "--fail-on", "any" });
    QCOMPARE(any.exitCode, 1);
    QVERIFY2(any.out.contains("gate FAILED") && any.out.contains("newly failing,"),
             any.out.constData());
    QCOMPARE(run({ "compare", older, newer, "--fail-on", "none" }).exitCode, 0);
    // The Markdown of a failing gate says so, and why.
    const Run markdownGate = run({ "compare", older, newer, "--fail-on", "any", "--format", "md" });
    QCOMPARE(markdownGate.exitCode, 1);
    QVERIFY2(markdownGate.out.contains("\n## Gate\n\n**Gate failed:** ")
                 && markdownGate.out.contains("failing check"),
             markdownGate.out.constData());
    QCOMPARE(run({ "compare", older, newer, "--fail-on", "any", "--min-severity", "critical",
                   "--format", "json" })
                     .exitCode
                 == 1,
             [&] {
                 const Run report = run({ "report", newer });
                 for (const auto c :
                      QJsonDocument::fromJson(report.out).object().value("categories").toArray()) {
                     for (const auto k : c.toObject().value("checks").toArray()) {
                         if (k.toObject().value("status").toString() == QLatin1String("fail")
                             && k.toObject().value("severity").toString()
                                 == QLatin1String("critical"))
                             return true;
                     }
                 }
                 return false;
             }());
    // Its report with a policy that suppresses every check: the failing
    // ones in a section of their own, with the reason, and not counted.
    const QString all = writeFile("compare-suppress.yml", suppressAllPolicy());
    const Run markdown = run({ "report", newer, "--policy", all, "--format", "md" });
    QCOMPARE(markdown.exitCode, 0);
    QVERIFY2(
        markdown.out.contains("## Failing checks\n\nNone: every check passed.")
            && markdown.out.contains("\n## Suppressed\n")
            && markdown.out.contains("| Accepted risk | accepted for the test | CI | 2999-12-31 |")
            && markdown.out.contains(" 0 failed, 0 warnings, ")
            && markdown.out.contains("; critical 0, high 0, medium 0, low 0"),
        markdown.out.constData());
    const Run page = run({ "report", newer, "--policy", all, "--format", "html" });
    QCOMPARE(page.exitCode, 0);
    QVERIFY2(page.out.contains("<h2>Suppressed</h2>") && page.out.contains("accepted for the test"),
             page.out.constData());
    // With a policy that makes every check a warning: nothing is newly or
    // still failing, as the gate line says.
    const QString warnOnly = writeFile("compare-warn.yml",
                                       "version: 1\nrules:\n"
                                       "  - {category: Transport, action: warn}\n"
                                       "  - {category: Headers, action: warn}\n"
                                       "  - {category: Cookies, action: warn}\n");
    const Run judged = run({ "compare", older, newer, "--fail-on", "any", "--policy", warnOnly });
    QCOMPARE(judged.exitCode, 0);
    QVERIFY2(judged.out.contains("\n0 newly failing, ") && judged.out.contains(", 0 still failing")
                 && judged.out.contains("gate passed"),
             judged.out.constData());
    const QString sarif = m_files.filePath("compare.sarif");
    const Run withFile = run({ "compare", older, newer, "--fail-on", "none", "--sarif", sarif });
    QCOMPARE(withFile.exitCode, 0);
    QVERIFY(QFile::exists(sarif));
}

void CliTest::anUnknownBaselineLaunchesNoScan()
{
    const qsizetype before = m_simulator->requestLog().size();
    // (--fail-on takes its value in any case, as the policy file does.)
    const Run refused = run({ "scan", "https://baseline.example.com", "--wait", "--fail-on", "NEW",
                              "--baseline", "scan_0000000000" });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--baseline scan_0000000000: AppVet knows no scan"),
             refused.err.constData());
    // Checked before the scan: no scan was launched, no quota spent.
    for (const auto &request : m_simulator->requestLog().mid(before))
        QVERIFY2(request.method != "POST", qPrintable(request.path));
}

void CliTest::previousBaselineIsFoundPastTheFirstPage()
{
    // An organisation where the site's last completed scan is older than
    // 105 completed scans of other sites: the second page of GET /v1/scans.
    sim::Simulator::Options options = simulatorOptions(1000, 21);
    options.requestsPerWindow = 100000;
    options.concurrentScans = 1000;
    options.quotaLimit = 1000;
    auto busy = std::make_unique<sim::Simulator>(options);
    QVERIFY(busy->listenOnLoopback() != 0);
    QNetworkAccessManager network;
    QStringList ids;
    auto post = [&](const QString &url) {
        QNetworkRequest request(busy->baseUrl().resolved(QUrl("/v1/scan")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("Authorization", "Bearer " + options.apiKey.toUtf8());
        QNetworkReply *reply = network.post(
            request, QJsonDocument(QJsonObject { { "url", url } }).toJson(QJsonDocument::Compact));
        if (QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            ids << QJsonDocument::fromJson(reply->readAll()).object().value("id").toString();
        reply->deleteLater();
    };
    post("https://paged.example.com");
    const QString first = ids.value(0);
    QVERIFY(first.startsWith("scan_"));
    // Created at an earlier second than the scan below (the API's times are
    // whole seconds).
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    QVERIFY(QTest::qWaitFor([&] { return QDateTime::currentSecsSinceEpoch() > second; }, 3000));
    for (int i = 0; i < 105; ++i)
        post(QStringLiteral("https://other%1.example.com").arg(i));
    QCOMPARE(ids.size(), 106);
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const QString &id : std::as_const(ids)) {
                if (busy->terminalAtMs(id) > busy->elapsedMs())
                    return false;
            }
            return true;
        },
        20000));
    for (const QString &id : std::as_const(ids))
        QCOMPARE(busy->terminalStateOf(id), QStringLiteral("completed"));

    const Run scan = runOn(
        *busy,
        { "scan", "https://paged.example.com", "--wait", "--fail-on", "new", "--format", "json" });
    QVERIFY2(scan.exitCode == 0 || scan.exitCode == 1, scan.err.constData());
    const QJsonObject gate = scan.jsonLines().value(0).value("gate").toObject();
    QCOMPARE(gate.value("baseline").toString(), first);
    QVERIFY(!gate.contains("note"));
    int lists = 0;
    for (const auto &request : busy->requestLog())
        lists += request.method == "GET" && request.path == QLatin1String("/v1/scans");
    QCOMPARE(lists, 2); // stopped at the page that held it
}

void CliTest::aPartialScanFailsTheGateEverywhere()
{
    // Without --allow-partial a partial scan exits 1: the text, the JSON, the
    // JUnit and the SARIF say that it failed, and why.
    const QString sarif = m_files.filePath("partial.sarif");
    const QString junit = m_files.filePath("partial.xml");
    const Run scan = run({ "scan", "https://partial.example.com", "--wait", "--fail-on", "none",
                           "--format", "json", "--sarif", sarif, "--junit", junit });
    QCOMPARE(scan.exitCode, 1);
    const auto lines = scan.jsonLines();
    QCOMPARE(lines.size(), 1);
    const QJsonObject gate = lines.first().value("gate").toObject();
    QCOMPARE(gate.value("passed").toBool(true), false);
    QVERIFY2(
        gate.value("reasons").toArray().first().toString().startsWith("the scan ended partial"),
        scan.out.constData());
    QFile junitFile(junit);
    QVERIFY(junitFile.open(QIODevice::ReadOnly));
    const QByteArray xml = junitFile.readAll();
    QVERIFY2(xml.contains("<failure type=\"partial\" message=\"The scan ended partial")
                 && !xml.contains("failures=\"0\""),
             xml.constData());
    QFile sarifFile(sarif);
    QVERIFY(sarifFile.open(QIODevice::ReadOnly));
    const QJsonObject invocation = QJsonDocument::fromJson(sarifFile.readAll())
                                       .object()["runs"][0]["invocations"][0]
                                       .toObject();
    QCOMPARE(invocation.value("executionSuccessful").toBool(true), false);
    QVERIFY2(invocation["toolExecutionNotifications"][0]["message"]["text"].toString().contains(
                 "ended partial"),
             QJsonDocument(invocation).toJson().constData());
    const Run text = run({ "scan", "https://partial.example.com", "--wait", "--fail-on", "none" });
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains("gate FAILED: the scan ended partial")
                 && !text.out.contains("gate passed"),
             text.out.constData());
    // With --allow-partial it passes, exit 0, and SARIF still warns that the
    // results are incomplete.
    const Run allowed = run({ "scan", "https://partial.example.com", "--wait", "--fail-on", "none",
                              "--allow-partial", "--format", "sarif" });
    QCOMPARE(allowed.exitCode, 0);
    const QJsonObject allowedInvocation
        = QJsonDocument::fromJson(allowed.out).object()["runs"][0]["invocations"][0].toObject();
    QCOMPARE(allowedInvocation.value("executionSuccessful").toBool(false), true);
    QCOMPARE(allowedInvocation["toolExecutionNotifications"][0]["level"].toString(),
             QStringLiteral("warning"));
}

void CliTest::aServerThatDiesIsSaidOnceAndGivenUpOn()
{
    // A slow scan, then the server goes away mid-wait: stderr says so once
    // (not per retry), and after --give-up-after the run exits 2 and says
    // that no SARIF was written.
    auto dying = std::make_unique<sim::Simulator>(simulatorOptions(1, 5));
    QVERIFY(dying->listenOnLoopback() != 0);
    const QString sarif = m_files.filePath("dying.sarif");
    int exitCode = -1;
    const QByteArray err = waitThroughTrouble(
        *dying,
        { "scan", "https://slow.example.com", "--wait", "--give-up-after", "3", "--sarif", sarif },
        [&dying] { dying.reset(); }, &exitCode); // the server dies
    QCOMPARE(exitCode, 2);
    QVERIFY2(err.count("cannot reach AppVet at") == 1 && err.contains("trying again in"),
             err.constData());
    QVERIFY2(err.contains("gave up: AppVet at") && err.contains("No SARIF or JUnit"),
             err.constData());
    QVERIFY(!QFile::exists(sarif));
}

void CliTest::aFailedScanHasNoReportAndSaysSo()
{
    // The server's 409 is the same for a running and a failed scan; the
    // message says which it is.
    const QString failed = scanToTheEnd(QStringLiteral("https://fail.example.com"));
    QVERIFY(!failed.isEmpty());
    const Run report = run({ "report", failed, "--format", "md" });
    QCOMPARE(report.exitCode, 2);
    QVERIFY2(report.err.contains("scan " + failed.toUtf8() + " failed: no report")
                 && !report.err.contains("not ready"),
             report.err.constData());
    const QString completed = scanToTheEnd(QStringLiteral("https://ci.example.com"));
    const Run compare = run({ "compare", completed, failed });
    QCOMPARE(compare.exitCode, 2);
    QVERIFY2(compare.err.contains("failed: no report") && !compare.err.contains("not ready"),
             compare.err.constData());
}

void CliTest::reportListAndUsageWaitOutARateLimit()
{
    // A 429 RATE_LIMITED whose Retry-After (2 s) comes long before its
    // X-RateLimit-Reset (the end of the server's minute): report, list and
    // usage wait what the server asked, say so once, and answer.
    auto limited = std::make_unique<sim::Simulator>(simulatorOptions(1000, 8));
    QVERIFY(limited->listenOnLoopback() != 0);
    const Run scan
        = runOn(*limited, { "scan", "https://ci.example.com", "--wait", "--format", "json" });
    const QString id = scan.jsonLines().value(0).value("id").toString();
    QVERIFY2(!id.isEmpty(), scan.err.constData());
    const QList<QPair<QStringList, QString>> commands {
        { { "usage" }, "/v1/usage" },
        { { "list", "--limit", "1" }, "/v1/scans" },
        { { "report", id, "--format", "md" }, "/v1/report/" + id },
    };
    for (const auto &[arguments, path] : commands) {
        limited->setFault(sim::Simulator::Fault::RateLimited, 1, path);
        QElapsedTimer took;
        took.start();
        const Run answered = runOn(*limited, arguments);
        const qint64 ms = took.elapsed();
        QVERIFY2(answered.exitCode == 0, answered.err.constData());
        QVERIFY2(!answered.out.isEmpty(), qPrintable(path));
        QVERIFY2(answered.err.count("rate limited: waiting") == 1, answered.err.constData());
        // Within a few seconds of the server's 2, not at the window's reset.
        QVERIFY2(ms < 15000, qPrintable(QStringLiteral("%1: %2 ms").arg(path).arg(ms)));
        const auto &log = limited->requestLog();
        QCOMPARE(log.size() >= 2, true);
        QCOMPARE(log.at(log.size() - 2).status, 429);
        QCOMPARE(log.last().status, 200);
        QCOMPARE(log.last().path, path);
    }
}

void CliTest::theSameSiteTwiceIsLaunchedOnce()
{
    // "twice.example", "https://twice.example/" and "https://Twice.example"
    // are one site: one scan, and stderr says why there are not three.
    auto launches = [this] {
        int posts = 0;
        for (const auto &request : m_simulator->requestLog())
            posts += request.method == "POST";
        return posts;
    };
    const int before = launches();
    const Run scan
        = run({ "scan", "twice.example", "https://twice.example/", "https://Twice.example",
                "https://twice.example/other", "--format", "json" });
    QVERIFY2(scan.exitCode == 0, scan.err.constData());
    const auto lines = scan.jsonLines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value("url").toString(), QStringLiteral("https://twice.example"));
    QCOMPARE(lines.at(1).value("url").toString(), QStringLiteral("https://twice.example/other"));
    QCOMPARE(launches() - before, 2);
    QVERIFY2(scan.err.count("the same site as") == 2, scan.err.constData());
    QVERIFY2(scan.err.contains("https://twice.example/ is the same site as twice.example"),
             scan.err.constData());
}

void CliTest::aScanSpendsItsRequestsOnTheScans()
{
    // On the free plan the first minute's ten requests are what short scans
    // have to be seen ending: none goes to the plan's question (the launches'
    // answers say the limit, and a used-up quota refuses the launch itself).
    const qsizetype before = m_simulator->requestLog().size();
    const Run scan = run({ "scan", "https://spend.example", "--wait", "--allow-partial" });
    QVERIFY2(scan.exitCode == 0, scan.err.constData());
    const auto log = m_simulator->requestLog().mid(before);
    QVERIFY(!log.isEmpty());
    for (const auto &request : log)
        QVERIFY2(request.path.startsWith(QLatin1String("/v1/scan")),
                 qPrintable(request.method + ' ' + request.path));

    // More sites than the documented plan runs at once (ten): the plan is
    // asked first, so that the launches past its limit wait for a scan to
    // end instead of drawing a 429.
    QStringList sites { "scan" };
    for (int i = 0; i < 11; ++i)
        sites.append(QStringLiteral("https://many%1.example").arg(i));
    const qsizetype manyFrom = m_simulator->requestLog().size();
    const Run many = run(sites);
    QVERIFY2(many.exitCode == 0, many.err.constData());
    const auto manyLog = m_simulator->requestLog().mid(manyFrom);
    QVERIFY(!manyLog.isEmpty());
    QCOMPARE(manyLog.first().path, QStringLiteral("/v1/usage"));
    for (const auto &request : manyLog)
        QVERIFY2(request.status != 429, qPrintable(request.method + ' ' + request.path));
}

void CliTest::aServerErrorIsNamedAndGivenUpOn()
{
    // AppVet is there but answers 503 to everything: stderr names that (it
    // is not "cannot reach"), once, and after --give-up-after without a good
    // answer the run exits 2 naming the problem.
    auto failing = std::make_unique<sim::Simulator>(simulatorOptions(1, 6));
    QVERIFY(failing->listenOnLoopback() != 0);
    const QString junit = m_files.filePath("failing.xml");
    int exitCode = -1;
    const QByteArray err = waitThroughTrouble(
        *failing,
        { "scan", "https://slow.example.org", "--wait", "--give-up-after", "3", "--junit", junit },
        [&failing] { failing->setFault(sim::Simulator::Fault::ServerError); }, &exitCode);
    QCOMPARE(exitCode, 2);
    const QByteArray said = "AppVet at " + failing->baseUrl().toString().toUtf8()
        + " answers with an error: Server error (HTTP 503)";
    QVERIFY2(err.count(said) == 1 && !err.contains("cannot reach"),
             (said + "\n in:\n" + err).constData());
    QVERIFY2(err.contains("gave up: AppVet at") && err.contains("(HTTP 503)")
                 && err.contains("No SARIF or JUnit"),
             err.constData());
    QVERIFY(!QFile::exists(junit));
}

void CliTest::aScanTheServerForgetsIsNamed()
{
    // The server is replaced mid-wait and no longer knows the scan (404
    // SCAN_NOT_FOUND): the run exits 2 and stderr says which scan and why.
    auto server = std::make_unique<sim::Simulator>(simulatorOptions(1, 9));
    QVERIFY(server->listenOnLoopback() != 0);
    QString id;
    int exitCode = -1;
    const QByteArray err = waitThroughTrouble(
        *server, { "scan", "https://slow.example.net", "--wait" },
        [&server, &id] {
            // The scan's id, from the first poll of it.
            (void)QTest::qWaitFor( // checked below: the id is known
                [&] {
                    for (const auto &request : server->requestLog()) {
                        if (request.method == "GET" && request.path.startsWith("/v1/scan/"))
                            id = request.path.mid(9);
                    }
                    return !id.isEmpty();
                },
                30000);
            server->forgetScan(id);
        },
        &exitCode);
    QVERIFY(!id.isEmpty());
    QCOMPARE(exitCode, 2);
    const QByteArray said
        = "scan " + id.toUtf8() + ": AppVet does not know this scan (404): no longer watched";
    QVERIFY2(err.contains(said), (said + "\n in:\n" + err).constData());
}

void CliTest::aFailedLaunchSaysWhetherItMayHaveStarted()
{
    // Nothing listens: the launch was never sent, so it did not start. The
    // window's "press Start to retry" is not the command line's to say.
    QString goneUrl;
    {
        sim::Simulator gone(simulatorOptions(1, 10));
        QVERIFY(gone.listenOnLoopback() != 0);
        goneUrl = gone.baseUrl().toString();
    }
    const Run refused = run({ "scan", "--api-url", goneUrl, "https://refused.example.com" });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("the scan did not start")
                 && refused.err.contains("refused the connection")
                 && !refused.err.contains("may have started") && !refused.err.contains("Start"),
             refused.err.constData());
    // The connection drops after the launch was sent: it may have started,
    // and 'scandash list' tells before a retry.
    sim::Simulator dropping(simulatorOptions(1, 11));
    QVERIFY(dropping.listenOnLoopback() != 0);
    dropping.setFault(sim::Simulator::Fault::ResetConnection, 1, QStringLiteral("/v1/scan"));
    const Run lost = runOn(dropping, { "scan", "https://lost.example.com" });
    QCOMPARE(lost.exitCode, 2);
    QVERIFY2(lost.err.contains("It may have started; check 'scandash list' before retrying")
                 && !lost.err.contains("press Start"),
             lost.err.constData());
}

void CliTest::inATerminalTheStatusLineSaysWhatItWaitsForAndIsCleared()
{
    // stderr a terminal (script(1) gives the run one): once the scans have
    // ended and their reports wait for the free plan's request budget, the
    // status line says so; it is erased before the results are printed, not
    // glued to the first of them.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("script(1) is not installed: no terminal to run in");
    sim::Simulator::Options options = simulatorOptions(30, 7);
    options.requestsPerWindow = 10;
    // Scans of 12-15 s: the first looks (sweeps) see them running.
    options.runMsMin = 360000;
    options.runMsMax = 450000;
    sim::Simulator server(options);
    QVERIFY(server.listenOnLoopback() != 0);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QString::fromLatin1(name));
    env.insert("HOME", m_home.path());
    env.insert("APPVET_API_KEY", server.options().apiKey);
    process.setProcessEnvironment(env);
    const QString command = QStringLiteral("'%1' scan --api-url %2 https://a.example "
                                           "https://b.example https://c.example --wait")
                                .arg(QStringLiteral(SCANDASH_BIN), server.baseUrl().toString());
    process.start(script, { "-qec", command, "/dev/null" });
    QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000));
    const QByteArray terminal = process.readAllStandardOutput();
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(terminal.contains("3 of 3 ended · fetching results: waiting for the request "
                               "budget, next in "),
             terminal.right(2000).constData());
    // Scans a sweep saw leave the queue, their progress not told yet, say
    // "scanning", not a progress of 0 % (a line that looks stuck).
    QVERIFY2(!terminal.contains("scanning 0%"), terminal.left(2000).constData());
    const qsizetype first = terminal.indexOf("  https://a.example  completed");
    QVERIFY2(first > 0, terminal.right(2000).constData());
    const qsizetype lineStart = terminal.lastIndexOf("scan_", first);
    QVERIFY(lineStart >= 3);
    QVERIFY2(terminal.mid(lineStart - 3, 3) == "\x1b[K" || terminal.at(lineStart - 1) == '\n',
             terminal.mid(lineStart - 200, 260).constData());
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
