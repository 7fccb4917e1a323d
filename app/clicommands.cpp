// The command line's commands: scan, report, compare, list and usage, each
// over the same session as the window; the options are read in cli.cpp.
#include "clicommands.h"

#include "api/apiclient.h"
#include "api/urlpolicy.h"
#include "pdfexport.h"
#include "report/comparison.h"
#include "report/reportexport.h"
#include "text/displaytext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace app {
namespace {

// --baseline previous reads at most this many pages of 100 completed scans
// (each one request of the session's budget) looking for the site's last.
constexpr int kBaselinePages = 20;

QJsonObject resultJson(const core::Scan &scan, const QUrl &base)
{
    const core::CheckedUrl link = scan.result ? core::resolveReportUrl(base, scan.result->reportUrl)
                                              : core::CheckedUrl { {}, QStringLiteral("none") };
    return QJsonObject {
        { "id", scan.id },
        { "url", scan.url },
        { "type", scan.type },
        { "status", core::scanStateName(scan.state) },
        { "grade", scan.result ? QJsonValue(scan.result->grade) : QJsonValue() },
        { "score", scan.result ? QJsonValue(scan.result->score) : QJsonValue() },
        { "report_url", link.ok() ? QJsonValue(link.url.toString()) : QJsonValue() },
    };
}

QString resultLine(const core::Scan &scan)
{
    QString line
        = QStringLiteral("%1  %2  %3")
              .arg(scan.id, core::displayText(scan.url, 500), core::scanStateName(scan.state));
    if (scan.result)
        line += QStringLiteral("  %1  %2")
                    .arg(core::displayText(scan.result->grade, 4),
                         QString::number(scan.result->score));
    if (!scan.error.isEmpty())
        line += QStringLiteral("  ") + core::displayText(scan.error, 300);
    return line;
}

} // namespace

int Command::scan(const QStringList &urls, const QString &type, bool wait, int threshold,
                  bool allowPartial, bool json)
{
    m_json = json;
    m_wait = wait;
    m_threshold = threshold;
    m_allowPartial = allowPartial;
    m_terminal = ::isatty(STDERR_FILENO);
    auto &controller = m_session.controller();
    auto &repository = m_session.repository();
    // Every scan's report link is printed, and its events were: an end a
    // sweep saw is asked about at once, not when shown (there is no window).
    if (wait)
        m_session.scheduler().setDetailsOnDemand(false);
    const int expected = static_cast<int>(urls.size());
    auto allLaunched
        = [this, expected] { return m_ids.size() + m_launchErrors.size() >= expected; };
    auto allEnded = [this, &repository] {
        for (const QString &id : std::as_const(m_ids)) {
            const core::Scan *scan = repository.find(id);
            if (scan && core::isActive(scan->watch))
                return false;
            // Ended, as a sweep of the list saw it: its events and report
            // link are on their way.
            if (scan && core::lacksServerDetails(*scan) && m_session.scheduler().isAsking(id))
                return false;
        }
        return true;
    };
    connect(&controller, &core::ScanController::launched, this, [&, this](const QString &id) {
        m_ids.append(id);
        if (!m_terminal) {
            err() << tr("launched %1").arg(resultLine(*repository.find(id))) << "\n";
            err().flush();
        }
        if (allLaunched() && (!m_wait || allEnded()))
            m_loop.exit(0);
    });
    // The launch's answer comes just before its launchFailed(): it tells
    // whether the request went out.
    const QMetaObject::Connection lastAnswer
        = connect(&m_session.client(), &core::ApiClient::answered, this,
                  [this](const core::ApiError &error) { m_lastAnswer = error; });
    connect(&controller, &core::ScanController::launchFailed, this,
            [&, this](const QString &target, const QString &message) {
                m_launchErrors.append(launchProblem(target, message));
                if (allLaunched() && (!m_wait || allEnded()))
                    m_loop.exit(0);
            });
    connect(&controller, &core::ScanController::keyRefused, this, [this](const QString &message) {
        m_launchErrors.append(tr("the API key was refused: %1").arg(core::displayText(message)));
        m_loop.exit(0);
    });
    connect(&repository, &core::ScanRepository::eventsAppended, this,
            [&, this](const QString &id, int first, int count) {
                if (m_terminal || !m_ids.contains(id))
                    return;
                const core::Scan *scan = repository.find(id);
                for (int i = first; i < first + count; ++i)
                    err() << id << "  " << core::displayText(scan->events.at(i).time, 20) << "  "
                          << core::displayText(scan->events.at(i).message, 500) << "\n";
                err().flush();
            });
    connect(&repository, &core::ScanRepository::scanChanged, this,
            [&, this](const QString &id, core::ScanFields fields) {
                if (!m_ids.contains(id))
                    return;
                const core::Scan &scan = *repository.find(id);
                if (fields & (core::FieldProblem | core::FieldWatch))
                    QTimer::singleShot(0, this, &Command::sayProblem); // after its replan
                if (!m_terminal && (fields & (core::FieldState | core::FieldWatch))) {
                    err() << scan.id << "  " << core::scanStateName(scan.state);
                    // An end says its result at once (the summary comes after
                    // the last end); a failure's reason may come a request later.
                    if (core::isTerminal(scan.state) && scan.result
                        && !scan.result->grade.isEmpty())
                        err() << "  " << core::displayText(scan.result->grade, 4) << " "
                              << scan.result->score;
                    err() << "\n";
                    err().flush();
                }
                if (m_wait && allLaunched() && allEnded())
                    m_loop.exit(0);
            });
    QTimer progress;
    if (m_terminal || m_wait) {
        // Without a terminal a plain line every kProgressLineMs: the first
        // tick only starts that clock.
        m_lastProgressLine.invalidate();
        if (!m_terminal)
            m_lastProgressLine.start();
        connect(&progress, &QTimer::timeout, this, &Command::showProgress);
        progress.start(500);
    }
    QTimer giveUp;
    m_lastGoodAnswer.start();
    if (m_wait) {
        connect(&m_session.client(), &core::ApiClient::answered, this, &Command::noteAnswer);
        // Given up while the last answers are bad and no good one came for
        // --give-up-after (a budget's wait with no request is no problem).
        connect(&giveUp, &QTimer::timeout, this, [this] {
            if (m_lastProblem && m_lastGoodAnswer.elapsed() >= m_giveUpAfterMs) {
                m_gaveUp = true;
                m_loop.exit(0);
            }
        });
        giveUp.start(qMin<qint64>(1000, m_giveUpAfterMs));
    }

    // A baseline named by its id is read before any scan is launched: an
    // unknown one spends no quota.
    if (m_wait && m_gate.active && m_gate.baseline == GateSettings::Baseline::ScanId) {
        QString error;
        const auto baseline = fetchReport(m_gate.baselineId, &error);
        if (!baseline)
            return fail(tr("--baseline %1: %2").arg(m_gate.baselineId, error));
        m_baselines.insert(m_gate.baselineId, *baseline);
    }
    // The plan's question costs one of the first minute's requests, what
    // short scans' ends are seen with: the launches' answers say the request
    // limit, and a used-up quota refuses the launch itself. It goes first
    // only for more sites than the documented plan runs at once (its
    // concurrent_scans), so that the launches past that wait for a scan to
    // end rather than draw a 429 (which a plan that runs fewer answers, and
    // which is waited out).
    constexpr int kDocumentedConcurrentScans = 10;
    if (urls.size() > kDocumentedConcurrentScans)
        m_session.controller().fetchUsage();
    for (const QString &url : urls)
        controller.startScan(url, type);
    m_loop.exec();
    // The scans are over (or the run was interrupted): what follows (the
    // gate's reports) runs the loop again for its own answers only.
    progress.stop();
    giveUp.stop();
    disconnect(&controller, nullptr, this, nullptr);
    disconnect(&repository, nullptr, this, nullptr);
    disconnect(&m_session.client(), &core::ApiClient::answered, this, &Command::noteAnswer);
    disconnect(lastAnswer);
    return finishScans(m_interrupted);
}

void Command::interrupt(int signalNumber)
{
    m_interrupted = true;
    m_signal = signalNumber;
    m_loop.exit(0);
}

int Command::finishScans(bool interrupted)
{
    if (m_terminal) {
        // Before the results on stdout: the same terminal.
        err() << "\r\033[K";
        err().flush();
    }
    int code = Done;
    if (m_gaveUp) {
        // Its reports could not be fetched either: no gate, no SARIF or JUnit.
        QString problem = core::displayText(core::describeError(*m_lastProblem), 300).trimmed();
        if (problem.endsWith(QLatin1Char('.')))
            problem.chop(1);
        err() << "scandash: "
              << tr("gave up: AppVet at %1 gave no good answer for %2 s (--give-up-after); the "
                    "last problem: %3. The scans may go on at AppVet; 'scandash list' shows "
                    "them. No SARIF or JUnit file was written.")
                     .arg(m_base.toString())
                     .arg(m_giveUpAfterMs / 1000)
                     .arg(problem)
              << "\n";
        code = Error;
    }
    for (const QString &error : std::as_const(m_launchErrors)) {
        err() << "scandash: " << error << "\n";
        code = Error;
    }
    const bool document
        = m_gate.format == QLatin1String("sarif") || m_gate.format == QLatin1String("junit");
    QList<core::ScanVerdict> verdicts;
    for (const QString &id : std::as_const(m_ids)) {
        const core::Scan *scan = m_session.repository().find(id);
        if (!scan)
            continue;
        QJsonObject json = resultJson(*scan, m_base);
        QString text = resultLine(*scan) + QLatin1Char('\n');
        bool gateFailed = false;
        // The gate judges what ended with a report: completed or partial.
        if (m_wait && m_gate.active && !interrupted && code != Error && scan->result
            && (scan->state == core::ScanState::Completed
                || scan->state == core::ScanState::Partial)) {
            QString note;
            QString error;
            const auto verdict = judgeScan(*scan, &note, &error);
            if (!verdict && m_interrupted) {
                interrupted = true;
            } else if (!verdict) {
                err() << "scandash: " << error << "\n";
                code = Error;
            } else {
                verdicts.append(*verdict);
                text += verdictText(*verdict, m_gate.policy, m_gate.options, note);
                json.insert("gate", verdictJson(*verdict, m_gate.policy, m_gate.options, note));
                gateFailed = !verdict->passed;
            }
        } else if (m_wait && m_gate.active && !interrupted && code != Error
                   && scan->state == core::ScanState::Failed) {
            // No report to judge; the SARIF and JUnit files still say it
            // failed, and why.
            core::ScanVerdict failed;
            failed.scanId = scan->id;
            failed.siteUrl = scan->url;
            failed.type = scan->type;
            failed.state = core::scanStateName(scan->state);
            failed.error = scan->error;
            failed.passed = false;
            const QString why = core::displayText(scan->error, 300).trimmed();
            failed.reasons = QStringList { why.isEmpty() ? tr("the scan failed")
                                                         : tr("the scan failed: %1").arg(why) };
            verdicts.append(failed);
            text += verdictText(failed, m_gate.policy, m_gate.options, QString());
            json.insert("gate", verdictJson(failed, m_gate.policy, m_gate.options, QString()));
        }
        if (!document) {
            if (m_json)
                out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
            else
                out() << text;
        }
        if (scan->watch == core::WatchState::NotFound) {
            // Not watched any more (the server was replaced, or the scan
            // belongs elsewhere now): the exit code 2 says why.
            err() << "scandash: "
                  << tr("scan %1: AppVet does not know this scan (404): no longer watched")
                         .arg(scan->id)
                  << "\n";
        }
        if (code == Error || !m_wait)
            continue;
        const bool below = scan->result && m_threshold >= 0
            && core::gradeRank(scan->result->grade) < m_threshold;
        if (scan->watch == core::WatchState::NotFound)
            code = Error;
        else if (scan->state == core::ScanState::Failed || below || gateFailed
                 || (scan->state == core::ScanState::Partial && !m_allowPartial))
            code = ScanFailed;
    }
    out().flush();
    // After an error no SARIF or JUnit is written: an empty run would tell
    // GitHub that every open alert was fixed.
    if (m_gate.active && !interrupted && code != Error && !finishVerdicts(verdicts))
        code = Error;
    if (interrupted) {
        const bool terminated = m_signal == SIGTERM;
        QString said;
        if (m_ids.isEmpty())
            said = terminated ? tr("Terminated (SIGTERM) before a launch was answered; "
                                   "'scandash list' shows any scan that started.")
                              : tr("Interrupted before a launch was answered; 'scandash list' "
                                   "shows any scan that started.");
        else
            said = (terminated ? tr("Terminated (SIGTERM): %n scan(s) go on at AppVet: %1; "
                                    "'scandash list' shows them.",
                                    nullptr, static_cast<int>(m_ids.size()))
                               : tr("Interrupted: %n scan(s) go on at AppVet: %1; 'scandash "
                                    "list' shows them.",
                                    nullptr, static_cast<int>(m_ids.size())))
                       .arg(m_ids.join(QStringLiteral(", ")));
        err() << said << "\n";
        code = terminated ? Terminated : Interrupted;
    }
    err().flush();
    return code;
}

bool Command::write(const QByteArray &bytes, const QString &output)
{
    if (output.isEmpty() || output == QLatin1String("-")) {
        out().flush();
        return fwrite(bytes.constData(), 1, bytes.size(), stdout) == size_t(bytes.size());
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        fail(tr("could not write %1: %2").arg(output, file.errorString()));
        return false;
    }
    return true;
}

std::optional<core::Report> Command::fetchReport(const QString &id, QString *error)
{
    std::optional<core::Report> result;
    const core::ApiError apiError = ask([&](const Answered &done) {
        m_session.client().getReport(
            id, this, [&result, done](const core::Report &report, const core::ApiError &error) {
                if (error.ok())
                    result = report;
                done(error);
            });
    });
    if (apiError.ok()) {
        return result;
    } else if (apiError.kind == core::ApiError::Kind::NotFound) {
        *error = tr("AppVet knows no scan %1.").arg(core::displayText(id, 80));
        return result;
    } else if (apiError.kind != core::ApiError::Kind::Conflict) {
        *error = core::describeError(apiError);
        return result;
    }
    // The same 409 for a scan still running and one that failed: its
    // status tells them apart.
    *error = tr("scan %1 has not finished: its report is not ready yet.")
                 .arg(core::displayText(id, 80));
    core::ScanStatus status;
    const core::ApiError statusError = ask([&](const Answered &done) {
        m_session.client().getScan(
            id, this, [&status, done](const core::ScanStatus &answer, const core::ApiError &e) {
                status = answer;
                done(e);
            });
    });
    if (statusError.ok() && status.state == core::ScanState::Failed) {
        const QString why = core::displayText(status.error, 300).trimmed();
        *error = why.isEmpty()
            ? tr("scan %1 failed: no report.").arg(core::displayText(id, 80))
            : tr("scan %1 failed: no report (%2).").arg(core::displayText(id, 80), why);
    }
    return result;
}

int Command::report(const QString &id, const QString &format, const QString &output)
{
    QString error;
    const auto report = fetchReport(id, &error);
    if (!report)
        return fail(error);
    QByteArray bytes;
    QList<core::ScanVerdict> verdicts;
    QList<core::SuppressedCheck> suppressed; // by the policy, as the window's exports list them
    if (m_gate.active) {
        verdicts.append(core::judge(*report, std::nullopt, m_gate.policy, m_gate.options,
                                    QDate::currentDate()));
        suppressed = core::suppressedChecks(verdicts.first());
        if (!finishVerdicts(verdicts, output))
            return Error;
    }
    if (format == QLatin1String("sarif") || format == QLatin1String("junit"))
        return Done; // finishVerdicts() wrote it
    if (format == QLatin1String("json"))
        bytes = report->body;
    else if (format == QLatin1String("md"))
        bytes = core::reportMarkdown(*report, suppressed).toUtf8();
    else if (format == QLatin1String("html"))
        bytes = core::reportHtml(*report, suppressed).toUtf8();
    else if (!ui::renderPdf(core::reportHtml(*report, suppressed), &bytes, &error))
        return fail(error);
    return write(bytes, output) ? Done : Error;
}

int Command::compare(const QString &oldId, const QString &newId, const QString &format)
{
    QString error;
    const auto older = fetchReport(oldId, &error);
    if (!older)
        return fail(error);
    const auto newer = fetchReport(newId, &error);
    if (!newer)
        return fail(error);
    if (core::siteKey(older->url, older->type) != core::siteKey(newer->url, newer->type))
        return fail(tr("%1 and %2 are not scans of the same site and type.")
                        .arg(core::displayText(oldId, 80), core::displayText(newId, 80)));
    core::ReportComparison comparison = core::compareReports(*older, *newer);
    // The older scan is the baseline of the newer one's gate; the list of
    // changes then counts as failing what the gate counts.
    std::optional<core::ScanVerdict> verdict;
    if (m_gate.active) {
        verdict = core::judge(*newer, *older, m_gate.policy, m_gate.options, QDate::currentDate());
        core::applyVerdict(&comparison, *verdict);
        if (!finishVerdicts({ *verdict }))
            return Error;
    }
    const int code = verdict && !verdict->passed ? ScanFailed : Done;
    bool written = true;
    if (format == QLatin1String("sarif") || format == QLatin1String("junit")) {
        // finishVerdicts() printed it
    } else if (format == QLatin1String("json") && verdict) {
        QJsonObject json = QJsonDocument::fromJson(core::comparisonJson(comparison)).object();
        json.insert("gate", verdictJson(*verdict, m_gate.policy, m_gate.options, QString()));
        written = write(QJsonDocument(json).toJson(QJsonDocument::Indented), QString());
    } else if (format == QLatin1String("json")) {
        written = write(core::comparisonJson(comparison), QString());
    } else if (format == QLatin1String("md")) {
        QString markdown = core::comparisonMarkdown(comparison);
        if (verdict)
            markdown += core::gateMarkdown(verdict->passed, verdict->reasons);
        written = write(markdown.toUtf8(), QString());
    } else {
        QString text = core::comparisonText(comparison);
        if (verdict)
            text += QLatin1Char('\n')
                + verdictText(*verdict, m_gate.policy, m_gate.options, QString());
        written = write(text.toUtf8(), QString());
    }
    return written ? code : Error;
}

bool Command::finishVerdicts(const QList<core::ScanVerdict> &verdicts, const QString &output)
{
    if (m_gate.format == QLatin1String("sarif") || m_gate.format == QLatin1String("junit")) {
        if (!write(verdictDocument(m_gate.format, verdicts), output))
            return false;
    }
    return writeVerdictFiles(m_gate, verdicts);
}

std::optional<core::Report> Command::baselineFor(const core::Report &report, QString *why,
                                                 QString *error)
{
    const QString site = core::siteKey(report.url, report.type);
    auto sameSite = [&](const core::Report &baseline) {
        if (core::siteKey(baseline.url, baseline.type) == site)
            return true;
        *why = tr("the baseline is a scan of another site or type");
        return false;
    };
    if (m_gate.baseline == GateSettings::Baseline::File) {
        if (!sameSite(*m_gate.baselineReport))
            return std::nullopt;
        return m_gate.baselineReport;
    }
    QString id = m_gate.baselineId;
    if (m_gate.baseline == GateSettings::Baseline::Previous) {
        // The latest earlier completed scan of the same site and type in the
        // organisation. GET /v1/scans lists newest first, 100 a page: pages
        // are read (and kept for the run's other scans) until one holds it.
        auto latestIn = [&](const QList<core::ScanSummary> &scans) {
            const core::ScanSummary *latest = nullptr;
            for (const core::ScanSummary &scan : scans) {
                if (scan.id == report.id || core::siteKey(scan.url, scan.type) != site
                    || (report.createdAt.isValid() && scan.createdAt >= report.createdAt))
                    continue;
                if (!latest || scan.createdAt > latest->createdAt)
                    latest = &scan;
            }
            return latest;
        };
        CompletedScans &known = m_completedByType[report.type];
        const core::ScanSummary *latest = latestIn(known.scans);
        while (!latest && !known.complete) {
            // At most kBaselinePages pages for the whole run, kept for its other scans.
            if (known.scans.size() >= kBaselinePages * 100) {
                *why = tr("none among the latest %1 completed scans of this type")
                           .arg(known.scans.size());
                return std::nullopt;
            }
            core::ScanListQuery query;
            query.limit = 100;
            query.offset = static_cast<int>(known.scans.size());
            query.status = QStringLiteral("completed");
            query.type = report.type;
            bool answered = false;
            core::ScanPage page;
            const core::ApiError listError = ask(
                [&](const Answered &done) {
                    m_session.client().listScans(
                        query, this,
                        [&page, done](const core::ScanPage &answer, const core::ApiError &e) {
                            page = answer;
                            done(e);
                        });
                },
                &answered);
            if (!answered)
                return std::nullopt;
            if (!listError.ok()) {
                *error = core::describeError(listError);
                return std::nullopt;
            }
            known.scans += page.scans;
            // A short page is the last (a server may leave total out).
            known.complete = page.scans.size() < query.limit
                || (page.total > 0 && known.scans.size() >= page.total);
            latest = latestIn(known.scans);
        }
        if (!latest) {
            *why = tr("no earlier completed scan of this site and type");
            return std::nullopt;
        }
        id = latest->id;
    }
    if (!m_baselines.contains(id)) {
        const auto fetched = fetchReport(id, error);
        if (!fetched)
            return std::nullopt;
        m_baselines.insert(id, *fetched);
    }
    const core::Report &baseline = m_baselines[id];
    if (!sameSite(baseline))
        return std::nullopt;
    return baseline;
}

std::optional<core::ScanVerdict> Command::judgeScan(const core::Scan &scan, QString *note,
                                                    QString *error)
{
    const auto report = fetchReport(scan.id, error);
    if (!report)
        return std::nullopt;
    QString why;
    const auto baseline = baselineFor(*report, &why, error);
    if (!baseline && (!error->isEmpty() || m_interrupted))
        return std::nullopt;
    core::ScanVerdict verdict
        = core::judge(*report, baseline, m_gate.policy, m_gate.options, QDate::currentDate());
    verdict.state = core::scanStateName(scan.state);
    verdict.error = scan.error;
    core::applyScanEnd(&verdict, core::effectiveGate(m_gate.policy, m_gate.options, report->url));
    *note = baselineNote(core::effectiveGate(m_gate.policy, m_gate.options, report->url),
                         baseline.has_value(), why);
    return verdict;
}

} // namespace app
