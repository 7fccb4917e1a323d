#pragma once

#include "policy.h"
#include "report/comparison.h"
#include "report/reportexport.h"
#include "verdict.h"

#include <QDate>

#include <optional>

namespace core {

/// The gate as the command line or the window set it, before the policy's
/// per-site overrides.
struct GateOptions
{
    FailOn failOn = FailOn::None;
    QString minSeverity; // empty: low
    QString failBelow; // empty: none
    bool allowPartial = false;
    // Set when the value was given explicitly (a command-line flag): it then
    // wins over the policy's default gate and its sites' overrides. Unset, the
    // value is a default that the policy's gate replaces.
    bool failOnGiven = false;
    bool minSeverityGiven = false;
    bool failBelowGiven = false;
};

/// Where one field of the effective gate came from, so that the output can
/// say which gate decided.
struct GateSource
{
    enum class From { Default, Given, Policy, PolicySite };
    From from = From::Default;
    QString site; // the policy's site pattern, for PolicySite
};

struct GateOrigin
{
    GateSource failOn;
    GateSource minSeverity;
    GateSource failBelow;
};

/// The options with the policy's default gate and the matching sites'
/// overrides on top (a later site entry over an earlier one), and the values
/// given explicitly on top of those: what judge() applies to a scan of
/// `siteUrl`. `origin`, if given, says where each field came from.
GateOptions effectiveGate(const Policy &policy, const GateOptions &options, const QString &siteUrl,
                          GateOrigin *origin = nullptr);

/// The one gate: from a report, its baseline (if any) and the policy, how
/// every check counts and whether the scan passes. The window, the command
/// line, notifications, compare and every exporter ask this, so that they
/// agree. Pure: `today` decides what has expired.
ScanVerdict judge(const Report &report, const std::optional<Report> &baseline, const Policy &policy,
                  const GateOptions &options, QDate today);

/// How the scan ended, in the verdict: one that ended partial (unless the
/// gate allows it) fails, with the reason first; `verdict->state` and
/// `verdict->error` (the server's reason, untrusted) say how it ended.
void applyScanEnd(ScanVerdict *verdict, const GateOptions &options);

/// The comparison as the gate judged its newer scan: a check the policy
/// suppresses is marked suppressed (with its reason), one the gate counts as
/// a warning or ignores is marked not counted, so that "newly failing" and
/// "still failing" hold what the gate counts as failing and nothing else.
void applyVerdict(ReportComparison *comparison, const ScanVerdict &newer);

/// The checks the verdict does not count because the triage suppresses them
/// or the policy's rules ignore them, with the decision and its reason: the
/// Suppressed section of an export (window and command line alike).
QList<SuppressedCheck> suppressedChecks(const ScanVerdict &verdict);

} // namespace core
