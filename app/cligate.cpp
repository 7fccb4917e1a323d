// The command line's gate options and what it says about each verdict; the
// requests (reports, the baseline) are in clicommands.cpp.
#include "cligate.h"

#include "api/parse.h"
#include "clicommands.h"
#include "policy/junit.h"
#include "policy/sarif.h"
#include "report/comparison.h"
#include "text/displaytext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace app {
namespace {

constexpr qint64 maxBaselineBytes = 16 * 1024 * 1024;

QString countsName(core::FindingVerdict::Counts counts)
{
    using Counts = core::FindingVerdict::Counts;
    switch (counts) {
    case Counts::Fails:
        return QStringLiteral("fails");
    case Counts::Warns:
        return QStringLiteral("warns");
    case Counts::Suppressed:
        return QStringLiteral("suppressed");
    case Counts::Ignored:
        return QStringLiteral("ignored");
    case Counts::Passes:
        break;
    }
    return QStringLiteral("passes");
}

QString baselineName(core::FindingVerdict::Baseline baseline)
{
    using Baseline = core::FindingVerdict::Baseline;
    switch (baseline) {
    case Baseline::New:
        return QStringLiteral("new");
    case Baseline::Unchanged:
        return QStringLiteral("unchanged");
    case Baseline::Updated:
        return QStringLiteral("updated");
    case Baseline::NoBaseline:
        break;
    }
    return QString();
}

/// "[high] Headers / CSP: CSP needs attention." as plain, inert text.
QString findingLine(const core::FindingVerdict &finding)
{
    QString line;
    if (!finding.severity.isEmpty())
        line += QStringLiteral("[%1] ").arg(core::displayText(finding.severity, 20));
    line += QStringLiteral("%1 / %2").arg(core::displayText(finding.category, 100),
                                          core::displayText(finding.check, 200));
    if (!finding.message.isEmpty())
        line += QStringLiteral(": ") + core::displayText(finding.message, 300);
    return line;
}

QString suppressionLine(const core::Suppression &suppression)
{
    QString who = core::triageStateName(suppression.state);
    if (!suppression.by.isEmpty())
        who = tr("%1 by %2").arg(who, core::displayText(suppression.by, 100));
    if (suppression.expires.isValid())
        who = tr("%1 until %2").arg(who, suppression.expires.toString(Qt::ISODate));
    return QStringLiteral("%1: %2").arg(who, core::displayText(suppression.reason, 500));
}

/// "--fail-on new (command line)", "policy file ci.yml (fail_on any)",
/// "policy file ci.yml, site https://shop.example.com (fail_below B)".
QString sourceText(const core::GateSource &source, const QString &flag, const QString &key,
                   const QString &value, const core::Policy &policy)
{
    using From = core::GateSource::From;
    const QString file = core::displayText(policy.sourceFile, 300);
    switch (source.from) {
    case From::Given:
        return tr("%1 %2 (command line)").arg(flag, value);
    case From::Policy:
        return tr("policy file %1 (%2 %3)").arg(file, key, value);
    case From::PolicySite:
        return tr("policy file %1, site %2 (%3 %4)")
            .arg(file, core::displayText(source.site, 300), key, value);
    case From::Default:
        break;
    }
    return tr("%1 %2 (default)").arg(flag, value);
}

} // namespace

QJsonObject gateSourceJson(const core::Policy &policy, const core::GateOptions &options,
                           const QString &siteUrl)
{
    // Stable words for scripts, whatever the language of the text.
    auto from = [](const core::GateSource &source) {
        using From = core::GateSource::From;
        switch (source.from) {
        case From::Given:
            return QStringLiteral("command-line");
        case From::Policy:
            return QStringLiteral("policy");
        case From::PolicySite:
            return QStringLiteral("policy-site");
        case From::Default:
            break;
        }
        return QStringLiteral("default");
    };
    core::GateOrigin origin;
    const core::GateOptions effective = core::effectiveGate(policy, options, siteUrl, &origin);
    auto field = [&from](const QString &value, const core::GateSource &source) {
        return QJsonObject { { "value", value.isEmpty() ? QJsonValue() : QJsonValue(value) },
                             { "from", from(source) } };
    };
    return { { "fail_on", field(core::failOnName(effective.failOn), origin.failOn) },
             { "min_severity", field(effective.minSeverity, origin.minSeverity) },
             { "fail_below", field(effective.failBelow, origin.failBelow) } };
}

QString gateSourceText(const core::Policy &policy, const core::GateOptions &options,
                       const QString &siteUrl)
{
    core::GateOrigin origin;
    const core::GateOptions effective = core::effectiveGate(policy, options, siteUrl, &origin);
    QStringList parts { sourceText(origin.failOn, QStringLiteral("--fail-on"),
                                   QStringLiteral("fail_on"), core::failOnName(effective.failOn),
                                   policy) };
    if (!effective.minSeverity.isEmpty())
        parts << sourceText(origin.minSeverity, QStringLiteral("--min-severity"),
                            QStringLiteral("min_severity"), effective.minSeverity, policy);
    if (!effective.failBelow.isEmpty())
        parts << sourceText(origin.failBelow, QStringLiteral("--fail-below"),
                            QStringLiteral("fail_below"), effective.failBelow, policy);
    return parts.join(QStringLiteral("; "));
}

QString readGateSettings(const GateArguments &arguments, GateSettings *settings)
{
    // The files are written at the end: a folder that is not there would
    // lose the run's results, so it is refused before any request.
    for (const auto &[flag, path] : { std::pair { QStringLiteral("--sarif"), arguments.sarif },
                                      std::pair { QStringLiteral("--junit"), arguments.junit } }) {
        if (path.isEmpty())
            continue;
        const QFileInfo file(path);
        if (!file.absoluteDir().exists())
            return tr("%1 %2: the folder %3 does not exist.")
                .arg(flag, path, QDir::toNativeSeparators(file.absolutePath()));
        if (file.isDir())
            return tr("%1 %2 is a folder, not a file.").arg(flag, path);
    }
    // Each file written once: -o (report's output; "-" is stdout), --sarif, --junit.
    const QList<QPair<QString, QString>> written {
        { QStringLiteral("-o"),
          arguments.output == QLatin1String("-") ? QString() : arguments.output },
        { QStringLiteral("--sarif"), arguments.sarif },
        { QStringLiteral("--junit"), arguments.junit },
    };
    for (qsizetype i = 0; i < written.size(); ++i) {
        for (qsizetype j = i + 1; j < written.size(); ++j) {
            if (!written[i].second.isEmpty() && !written[j].second.isEmpty()
                && QFileInfo(written[i].second).absoluteFilePath()
                    == QFileInfo(written[j].second).absoluteFilePath())
                return tr("%1 and %2 name the same file (%3): give each its own.")
                    .arg(written[i].first, written[j].first, written[i].second);
        }
    }
    settings->format = arguments.format;
    settings->sarifPath = arguments.sarif;
    settings->junitPath = arguments.junit;
    settings->options.allowPartial = arguments.allowPartial;
    settings->options.failBelow = arguments.failBelow;
    // What the command line names explicitly wins over the policy's gate.
    settings->options.failBelowGiven = !arguments.failBelow.isEmpty();
    settings->options.failOnGiven = !arguments.failOn.isEmpty();
    settings->options.minSeverityGiven = !arguments.minSeverity.isEmpty();
    if (!arguments.failOn.isEmpty()) {
        const auto failOn = core::failOnFromName(arguments.failOn);
        if (!failOn)
            return tr("--fail-on must be one of: none, any, new (%1 is none of them).")
                .arg(core::displayText(arguments.failOn, 40));
        settings->options.failOn = *failOn;
    }
    if (!arguments.minSeverity.isEmpty()) {
        if (core::severityRank(arguments.minSeverity) < 1)
            return tr("--min-severity must be one of: low, medium, high, critical.");
        settings->options.minSeverity = arguments.minSeverity.toLower();
    }
    if (!arguments.policy.isEmpty()) {
        auto read = core::readPolicyFile(arguments.policy);
        if (const auto *error = std::get_if<core::PolicyError>(&read))
            return error->text();
        settings->policy = std::get<core::Policy>(std::move(read));
    }
    const QString baseline = arguments.baseline;
    if (baseline.isEmpty() || baseline == QLatin1String("previous")) {
        settings->baseline = GateSettings::Baseline::Previous;
    } else if (QFileInfo::exists(baseline)) {
        settings->baseline = GateSettings::Baseline::File;
        settings->baselineFile = baseline;
        QFile file(baseline);
        if (!file.open(QIODevice::ReadOnly))
            return tr("could not read the baseline %1: %2").arg(baseline, file.errorString());
        if (file.size() > maxBaselineBytes)
            return tr("the baseline %1 is larger than 16 MiB.").arg(baseline);
        const auto parsed = core::parseReport(file.read(maxBaselineBytes));
        if (!parsed.ok())
            return tr("the baseline %1 is not a report written by 'scandash report --format "
                      "json': %2")
                .arg(baseline, parsed.error);
        settings->baselineReport = parsed.value;
    } else if (core::isValidScanId(baseline)) {
        settings->baseline = GateSettings::Baseline::ScanId;
        settings->baselineId = baseline;
    } else {
        return tr("--baseline takes previous, a scan id or a report file; %1 is none of them.")
            .arg(core::displayText(baseline, 200));
    }
    settings->active = !arguments.policy.isEmpty() || !arguments.failOn.isEmpty()
        || !arguments.minSeverity.isEmpty() || !arguments.baseline.isEmpty()
        || !arguments.sarif.isEmpty() || !arguments.junit.isEmpty()
        || arguments.format == QLatin1String("sarif") || arguments.format == QLatin1String("junit");
    return QString();
}

QString baselineNote(const core::GateOptions &effective, bool hasBaseline, const QString &why)
{
    if (hasBaseline || effective.failOn != core::FailOn::New)
        return QString();
    return tr("no baseline (%1): --fail-on new counts every failing check, as any.").arg(why);
}

QString verdictText(const core::ScanVerdict &verdict, const core::Policy &policy,
                    const core::GateOptions &options, const QString &note)
{
    const core::GateOptions effective = core::effectiveGate(policy, options, verdict.siteUrl);
    using Counts = core::FindingVerdict::Counts;
    using Baseline = core::FindingVerdict::Baseline;
    QString text;
    const QString indent = QStringLiteral("  ");
    if (verdict.passed)
        text += indent + tr("gate passed") + QLatin1Char('\n');
    else
        text += indent + tr("gate FAILED: %1").arg(verdict.reasons.join(QStringLiteral("; ")))
            + QLatin1Char('\n');
    text += indent + tr("gate: %1").arg(gateSourceText(policy, options, verdict.siteUrl))
        + QLatin1Char('\n');
    if (verdict.hasBaseline)
        text += indent + tr("baseline: %1").arg(core::displayText(verdict.baselineScanId, 300))
            + QLatin1Char('\n');
    if (!note.isEmpty())
        text += indent + note + QLatin1Char('\n');
    auto add = [&](const QString &label, const QString &line) {
        text += indent + QStringLiteral("%1  %2").arg(label, line) + QLatin1Char('\n');
    };
    for (const auto &finding : verdict.findings) {
        // An expired suppression's finding is said once, under EXPIRED.
        if (finding.counts != Counts::Fails || finding.suppressionExpired)
            continue;
        if (finding.decidesExit)
            add(finding.baseline == Baseline::New ? tr("NEW") : tr("FAILING"),
                findingLine(finding));
        else if (finding.baseline == Baseline::Unchanged || finding.baseline == Baseline::Updated)
            add(tr("still failing"), findingLine(finding));
        else
            add(effective.failOn == core::FailOn::None ? tr("failing (not gated)")
                                                       : tr("failing (below the minimum severity)"),
                findingLine(finding));
    }
    for (const auto &finding : verdict.findings) {
        if (!finding.suppression || !finding.suppressionExpired)
            continue;
        // Whether it decides the exit code, as NEW and FAILING lines say.
        const QString how = finding.counts == Counts::Fails
            ? (finding.decidesExit ? tr("counts again as a failure, and fails the gate")
                                   : tr("counts again as a failure, which the gate does not count "
                                        "(not new, or below the minimum severity)"))
            : finding.counts == Counts::Warns
            ? tr("counts again as a warning")
            : tr("would count again, but the policy's rules ignore it");
        add(tr("EXPIRED"),
            tr("%1 — the suppression expired on %2 and %3 (%4)")
                .arg(findingLine(finding), finding.suppression->expires.toString(Qt::ISODate), how,
                     suppressionLine(*finding.suppression)));
    }
    for (const auto &finding : verdict.findings) {
        if (finding.counts == Counts::Suppressed)
            add(tr("suppressed"),
                QStringLiteral("%1 — %2").arg(findingLine(finding),
                                              suppressionLine(*finding.suppression)));
    }
    for (const auto &finding : verdict.findings) {
        if (finding.suppressionExpired)
            continue; // said under EXPIRED
        if (finding.counts == Counts::Warns)
            add(tr("warning"), findingLine(finding));
        else if (finding.counts == Counts::Ignored)
            add(tr("ignored"), findingLine(finding));
    }
    return text;
}

QJsonObject verdictJson(const core::ScanVerdict &verdict, const core::Policy &policy,
                        const core::GateOptions &options, const QString &note)
{
    QJsonArray findings;
    for (const auto &finding : verdict.findings) {
        if (finding.counts == core::FindingVerdict::Counts::Passes && !finding.suppression)
            continue;
        QJsonObject row { { "category", finding.category },
                          { "check", finding.check },
                          { "status", finding.status },
                          { "severity", finding.severity },
                          { "counts", countsName(finding.counts) },
                          { "decides_exit", finding.decidesExit } };
        if (verdict.hasBaseline)
            row.insert("baseline", baselineName(finding.baseline));
        if (finding.suppression) {
            const core::Suppression &s = *finding.suppression;
            row.insert(
                "suppression",
                QJsonObject { { "state", core::triageStateName(s.state) },
                              { "reason", s.reason },
                              { "by", s.by },
                              { "expires",
                                s.expires.isValid() ? QJsonValue(s.expires.toString(Qt::ISODate))
                                                    : QJsonValue() },
                              { "expired", finding.suppressionExpired } });
        }
        findings.append(row);
    }
    QJsonObject gate { { "passed", verdict.passed },
                       { "reasons", QJsonArray::fromStringList(verdict.reasons) },
                       { "baseline",
                         verdict.hasBaseline ? QJsonValue(verdict.baselineScanId) : QJsonValue() },
                       { "findings", findings } };
    gate.insert("decided_by", gateSourceText(policy, options, verdict.siteUrl));
    gate.insert("effective", gateSourceJson(policy, options, verdict.siteUrl));
    if (!note.isEmpty())
        gate.insert("note", note);
    return gate;
}

QByteArray verdictDocument(const QString &format, const QList<core::ScanVerdict> &verdicts)
{
    const QString version = QCoreApplication::applicationVersion();
    return format == QLatin1String("junit") ? core::toJUnit(verdicts, version)
                                            : core::toSarif(verdicts, version);
}

bool writeVerdictFiles(const GateSettings &settings, const QList<core::ScanVerdict> &verdicts)
{
    bool ok = true;
    const QList<QPair<QString, QString>> files { { settings.sarifPath, QStringLiteral("sarif") },
                                                 { settings.junitPath, QStringLiteral("junit") } };
    for (const auto &[path, format] : files) {
        if (path.isEmpty())
            continue;
        QSaveFile file(path);
        const QByteArray bytes = verdictDocument(format, verdicts);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
            || !file.commit()) {
            fail(tr("could not write %1: %2").arg(path, file.errorString()));
            ok = false;
        }
    }
    return ok;
}

} // namespace app
