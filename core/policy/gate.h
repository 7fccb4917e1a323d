#pragma once

#include "policy.h"
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
};

/// The options with the policy's default gate and the matching sites'
/// overrides on top (a later site entry over an earlier one): what judge()
/// applies to a scan of `siteUrl`.
GateOptions effectiveGate(const Policy &policy, const GateOptions &options, const QString &siteUrl);

/// The one gate: from a report, its baseline (if any) and the policy, how
/// every check counts and whether the scan passes. The window, the command
/// line, notifications, compare and every exporter ask this, so that they
/// agree. Pure: `today` decides what has expired.
ScanVerdict judge(const Report &report, const std::optional<Report> &baseline, const Policy &policy,
                  const GateOptions &options, QDate today);

} // namespace core
