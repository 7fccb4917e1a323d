#include "gate.h"

#include "domain/scan.h"
#include "report/comparison.h"
#include "text/displaytext.h"

#include <QCoreApplication>
#include <QHash>

namespace core {

namespace {

QString checkKey(const QString &category, const QString &check)
{
    return category + QLatin1Char('\x1f') + check;
}

std::optional<Rule::Action> ruleFor(const QList<Rule> &rules, const QString &category,
                                    const QString &check)
{
    // A rule naming the check wins over one naming its category.
    std::optional<Rule::Action> byCategory;
    for (const Rule &rule : rules) {
        if (!rule.check.isEmpty() && rule.check.compare(check, Qt::CaseInsensitive) == 0)
            return rule.action;
        if (rule.check.isEmpty() && rule.category.compare(category, Qt::CaseInsensitive) == 0)
            byCategory = rule.action;
    }
    return byCategory;
}

} // namespace

GateOptions effectiveGate(const Policy &policy, const GateOptions &options, const QString &site,
                          GateOrigin *origin)
{
    GateOptions effective = options;
    GateOrigin from;
    auto apply = [&](const Gate &gate, const GateSource &source) {
        if (!gate.failBelow.isEmpty() && !options.failBelowGiven) {
            effective.failBelow = gate.failBelow;
            from.failBelow = source;
        }
        if (gate.failOn && !options.failOnGiven) {
            effective.failOn = *gate.failOn;
            from.failOn = source;
        }
        if (!gate.minSeverity.isEmpty() && !options.minSeverityGiven) {
            effective.minSeverity = gate.minSeverity;
            from.minSeverity = source;
        }
    };
    apply(policy.gate, GateSource { GateSource::From::Policy, QString() });
    for (const SiteGate &siteGate : policy.sites) {
        if (siteMatches(siteGate.site, site))
            apply(siteGate.gate, GateSource { GateSource::From::PolicySite, siteGate.site });
    }
    if (options.failOnGiven)
        from.failOn.from = GateSource::From::Given;
    if (options.minSeverityGiven)
        from.minSeverity.from = GateSource::From::Given;
    if (options.failBelowGiven)
        from.failBelow.from = GateSource::From::Given;
    if (origin)
        *origin = from;
    return effective;
}

ScanVerdict judge(const Report &report, const std::optional<Report> &baseline, const Policy &policy,
                  const GateOptions &options, QDate today)
{
    const GateOptions gate = effectiveGate(policy, options, report.url);
    ScanVerdict verdict;
    verdict.scanId = report.id;
    verdict.siteUrl = report.url;
    verdict.type = report.type;
    verdict.grade = report.grade;
    verdict.score = report.score;
    verdict.hasBaseline = baseline.has_value();
    if (baseline)
        verdict.baselineScanId = baseline->id;

    QHash<QString, const ReportCheck *> before;
    if (baseline) {
        for (const auto &category : baseline->categories) {
            for (const auto &check : category.checks)
                before.insert(checkKey(category.name, check.name), &check);
        }
    }
    // At the default minimum (low) every failing check counts, also one whose
    // severity the server left out or named in a way we do not know.
    const int minRank = severityRank(gate.minSeverity);
    // Without a baseline, "new" is "any" (the caller says so).
    const FailOn failOn = gate.failOn == FailOn::New && !baseline ? FailOn::Any : gate.failOn;

    for (const auto &category : report.categories) {
        for (const auto &check : category.checks) {
            FindingVerdict finding;
            finding.category = category.name;
            finding.check = check.name;
            finding.status = check.status;
            finding.severity = check.severity;
            finding.message = check.message;
            finding.fix = check.fix;
            const QString status = check.status.trimmed().toLower();
            const bool fails = status == QLatin1String("fail");
            const bool warns = status == QLatin1String("warn");
            finding.counts = fails ? FindingVerdict::Counts::Fails
                : warns            ? FindingVerdict::Counts::Warns
                                   : FindingVerdict::Counts::Passes;
            if (baseline) {
                const ReportCheck *old = before.value(checkKey(category.name, check.name));
                // A failure is new unless the baseline failed too (a warning
                // then does not make it old); a warning, unless it warned or
                // failed then.
                const bool failedThen = old
                    && (fails ? old->status.trimmed().toLower() == QLatin1String("fail")
                              : isFailingStatus(old->status));
                finding.baseline = !failedThen ? FindingVerdict::Baseline::New
                    : old->status == check.status && old->severity == check.severity
                    ? FindingVerdict::Baseline::Unchanged
                    : FindingVerdict::Baseline::Updated;
            }
            if (fails || warns) {
                if (const auto rule = ruleFor(policy.rules, category.name, check.name)) {
                    if (*rule == Rule::Action::Ignore)
                        finding.counts = FindingVerdict::Counts::Ignored;
                    else if (*rule == Rule::Action::Warn)
                        finding.counts = FindingVerdict::Counts::Warns;
                    else
                        finding.counts = FindingVerdict::Counts::Fails;
                }
                if (const auto found = findSuppression(policy.suppress, check.name, report.url,
                                                       report.type, today)) {
                    finding.suppression = found;
                    finding.suppressionExpired = suppressionExpired(*found, today);
                    if (!finding.suppressionExpired)
                        finding.counts = FindingVerdict::Counts::Suppressed;
                }
            }
            const bool severe = minRank <= 1 || severityRank(check.severity) >= minRank;
            const bool counted = finding.counts == FindingVerdict::Counts::Fails && severe;
            finding.belowMinSeverity = finding.counts == FindingVerdict::Counts::Fails && !severe;
            if (counted
                && (failOn == FailOn::Any
                    || (failOn == FailOn::New
                        && finding.baseline == FindingVerdict::Baseline::New))) {
                finding.decidesExit = true;
                verdict.passed = false;
            }
            verdict.findings.append(finding);
        }
    }
    int decided = 0;
    for (const FindingVerdict &finding : std::as_const(verdict.findings))
        decided += finding.decidesExit ? 1 : 0;
    if (decided > 0) {
        verdict.reasons.append(
            failOn == FailOn::New
                ? QCoreApplication::translate("gate", "%n new failing check(s)", nullptr, decided)
                : QCoreApplication::translate("gate", "%n failing check(s)", nullptr, decided));
    }
    if (!gate.failBelow.isEmpty() && gradeRank(report.grade) < gradeRank(gate.failBelow)) {
        verdict.passed = false;
        verdict.failBelow = gate.failBelow;
        verdict.reasons.append(
            QCoreApplication::translate("gate", "graded below %1").arg(gate.failBelow));
    }
    return verdict;
}

void applyScanEnd(ScanVerdict *verdict, const GateOptions &options)
{
    if (verdict->state != QLatin1String("partial") || options.allowPartial)
        return;
    const QString why = displayText(verdict->error, 300).trimmed();
    verdict->passed = false;
    verdict->partialFails = true;
    verdict->reasons.prepend(
        why.isEmpty()
            ? QCoreApplication::translate("gate", "the scan ended partial: some checks did not run")
            : QCoreApplication::translate("gate", "the scan ended partial: %1").arg(why));
}

void applyVerdict(ReportComparison *comparison, const ScanVerdict &newer)
{
    QHash<QString, const FindingVerdict *> byCheck;
    for (const FindingVerdict &finding : newer.findings)
        byCheck.insert(checkKey(finding.category, finding.check), &finding);
    for (CheckChange &change : comparison->changes) {
        const FindingVerdict *finding = byCheck.value(checkKey(change.category, change.name));
        if (!finding || change.newStatus.isEmpty())
            continue;
        switch (finding->counts) {
        case FindingVerdict::Counts::Suppressed:
            change.suppressed = true;
            change.suppressionReason
                = finding->suppression ? finding->suppression->reason : QString();
            break;
        case FindingVerdict::Counts::Warns:
            change.setNotCounted(CheckChange::NotCounted::Warning);
            break;
        case FindingVerdict::Counts::Ignored:
            change.setNotCounted(CheckChange::NotCounted::Ignored);
            break;
        case FindingVerdict::Counts::Fails:
            if (finding->belowMinSeverity)
                change.setNotCounted(CheckChange::NotCounted::BelowMinSeverity);
            break;
        case FindingVerdict::Counts::Passes:
            break;
        }
    }
}

QList<SuppressedCheck> suppressedChecks(const ScanVerdict &verdict)
{
    QList<SuppressedCheck> suppressed;
    for (const FindingVerdict &finding : verdict.findings) {
        if (finding.counts == FindingVerdict::Counts::Ignored) {
            suppressed.append(
                { finding.category, finding.check, QCoreApplication::translate("gate", "Ignored"),
                  QCoreApplication::translate("gate", "The policy's rules ignore this check."),
                  QString(), QDate() });
        } else if (finding.counts == FindingVerdict::Counts::Suppressed && finding.suppression) {
            const Suppression &s = *finding.suppression;
            suppressed.append({ finding.category, finding.check,
                                s.state == TriageState::FalsePositive
                                    ? QCoreApplication::translate("gate", "False positive")
                                    : QCoreApplication::translate("gate", "Accepted risk"),
                                s.reason, s.by, s.expires });
        }
    }
    return suppressed;
}

} // namespace core
