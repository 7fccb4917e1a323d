#pragma once

#include "api/types.h"

namespace core {

/// True for a check that failed or warned. A status the API does not
/// document (say "skipped") is shown as it is and counts as not failing.
bool isFailingStatus(const QString &status);

/// "0 failed, 4 warnings": the one wording of a report's failures, in the
/// pane, on the Findings tab, in its summary and in every export, so that
/// they never disagree.
QString failedAndWarningsText(const ReportSummary &summary);

/// "12 checks: 8 passed, 0 failed, 4 warnings".
QString checksSummaryText(const ReportSummary &summary);

/// "passed", "failed", "warning"; any other status as the server sent it
/// (the caller makes it safe for where it goes).
QString checkStatusWord(const QString &status);

/// critical 4, high 3, medium 2, low 1, anything else 0: worst first when sorting.
int severityRank(const QString &severity);

/// How one check moved between two scans of the same site and type.
struct CheckChange
{
    enum class Kind { NewlyFailing, Fixed, StillFailing, Unchanged, NoLongerChecked };
    Kind kind = Kind::Unchanged;
    QString category;
    QString name;
    QString severity; // the newer scan's, or the older's when it is gone
    QString oldStatus; // empty: not checked then
    QString newStatus; // empty: not checked now
    QString message;
    QString fix;
    /// The analyst's triage suppresses it in the newer scan: it does not
    /// count as newly or still failing (see ReportComparison::count()).
    bool suppressed = false;
    QString suppressionReason; // untrusted (typed by a person or read from a file)
    /// Why the gate does not count it as failing although it fails or warns
    /// (a policy's rule makes it a warning or ignores it; a warning; below
    /// --min-severity). Like a suppressed one, it is not newly or still failing.
    enum class NotCounted { Counted, Warning, Ignored, BelowMinSeverity };
    NotCounted notCountedWhy = NotCounted::Counted;
    /// The same as translated text, said beside its kind; empty: it counts.
    QString notCounted;
    /// Sets both.
    void setNotCounted(NotCounted why);
};

/// For scripts (compare's JSON): "warning", "ignored", "below-min-severity",
/// words that do not change with the language; empty for Counted.
QString notCountedWord(CheckChange::NotCounted why);

/// Two reports side by side: what changed, check by check.
struct ReportComparison
{
    Report older;
    Report newer;
    QList<CheckChange> changes; // newly failing, fixed, still failing, unchanged, gone
    /// Changes of this kind that count: a suppressed or not counted one is
    /// not newly or still failing.
    int count(CheckChange::Kind kind) const;
    /// Failing checks of the newer scan that the triage suppresses.
    int suppressedCount() const;
    int scoreChange() const { return newer.score - older.score; }
};

/// Matches the checks of two reports by category and name.
ReportComparison compareReports(const Report &older, const Report &newer);

} // namespace core
