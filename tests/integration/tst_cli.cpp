// The command line as a script or a CI job runs it: real processes, no
// display, against the simulator; exit codes, stdout and stderr read back.
#include "simulator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

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
    void ctrlCSaysTheScansGoOnAndExits130();

private:
    QProcess *start(const QStringList &arguments, const QString &key = {});
    Run run(const QStringList &arguments, const QString &key = {});
    QString scanToTheEnd(const QString &url);

    std::unique_ptr<sim::Simulator> m_simulator;
    QTemporaryDir m_home;
    bool m_withDisplay = false; // an offscreen one: a window would open there
};

void CliTest::initTestCase()
{
    sim::Simulator::Options options;
    options.speed = 30;
    options.seed = 21;
    m_simulator = std::make_unique<sim::Simulator>(options);
    QVERIFY(m_simulator->listenOnLoopback() != 0);
}

QProcess *CliTest::start(const QStringList &arguments, const QString &key)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display of any kind, and no keyring: a CI job's environment.
    for (const char *name :
         { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS",
           "XDG_RUNTIME_DIR", "QT_LOGGING_RULES" })
        env.remove(QString::fromLatin1(name));
    if (m_withDisplay)
        env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("HOME", m_home.path());
    env.insert("APPVET_API_KEY", key.isEmpty() ? m_simulator->options().apiKey : key);
    process->setProcessEnvironment(env);
    const QStringList api { "--api-url", m_simulator->baseUrl().toString() };
    const bool command = !arguments.isEmpty() && !arguments.first().startsWith('-');
    process->start(QStringLiteral(SCANDASH_BIN),
                   command ? QStringList { arguments.first() } + api + arguments.mid(1)
                           : arguments);
    return process;
}

Run CliTest::run(const QStringList &arguments, const QString &key)
{
    QProcess *process = start(arguments, key);
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
    QTest::newRow("pdf report without id") << QStringList { "report", "--format", "pdf" }
                                           << "one scan id";
    // Not a command: refused as such, not taken for the window (which needs a display).
    QTest::newRow("typo in a command") << QStringList { "scna", "https://a.example" }
                                       << "unknown command \"scna\"";
    QTest::newRow("unknown option, no command") << QStringList { "--bogus" } << "bogus";
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

void CliTest::ctrlCSaysTheScansGoOnAndExits130()
{
    QProcess *scan = start({ "scan", "https://slow.example", "--wait" });
    QVERIFY(scan->waitForStarted());
    QByteArray progress;
    QTRY_VERIFY_WITH_TIMEOUT((progress += scan->readAllStandardError()).contains("launched"),
                             15000);
    ::kill(static_cast<pid_t>(scan->processId()), SIGINT);
    QTRY_VERIFY_WITH_TIMEOUT(scan->state() == QProcess::NotRunning, 10000);
    QCOMPARE(scan->exitCode(), 130);
    QVERIFY(scan->readAllStandardOutput().startsWith("scan_")); // what is known so far
    progress += scan->readAllStandardError();
    QVERIFY2(progress.contains("go on at AppVet"), progress.constData());
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
