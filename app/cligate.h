#pragma once

// The command line's gate (issue 13): --policy, --fail-on, --min-severity,
// --baseline, and the verdicts as text, JSON, SARIF and JUnit. Private to the
// command line; the gate itself is core::judge().

#include "policy/gate.h"
#include "report/reportexport.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace app {

/// What the gate options said, checked before any request is sent.
struct GateSettings
{
    enum class Baseline { Previous, ScanId, File };

    /// True when any gate option, --policy, --sarif, --junit or a SARIF or
    /// JUnit --format asks for the findings: then each ended scan's report
    /// is fetched and judged.
    bool active = false;
    core::Policy policy;
    core::GateOptions options;
    Baseline baseline = Baseline::Previous;
    QString baselineId; // Baseline::ScanId
    std::optional<core::Report> baselineReport; // Baseline::File
    QString baselineFile;
    QString format; // what goes to standard output
    QString sarifPath;
    QString junitPath;
};

/// The raw option values, as cli.cpp read them.
struct GateArguments
{
    QString policy; // empty: none
    QString failOn; // empty: not given
    QString minSeverity;
    QString failBelow;
    QString baseline; // empty: previous
    QString format;
    QString sarif;
    QString junit;
    QString output; // report's -o; empty or "-": standard output
    bool allowPartial = false;
};

/// Reads the policy file and a baseline file, checks every value. Returns the
/// reason to exit 2 (a policy error names file:line:column), or empty.
QString readGateSettings(const GateArguments &arguments, GateSettings *settings);

/// How one scan went through the gate, for a person: which findings decided
/// the exit code (new, still failing), which were suppressed and why, which
/// suppressions expired and count again, the warnings. Lines end in "\n".
/// `noBaselineNote`: fail-on new ran without a baseline, so it was "any".
/// It also says which gate decided (gateSourceText()).
QString verdictText(const core::ScanVerdict &verdict, const core::Policy &policy,
                    const core::GateOptions &options, const QString &baselineNote);

/// The same for --format json.
QJsonObject verdictJson(const core::ScanVerdict &verdict, const core::Policy &policy,
                        const core::GateOptions &options, const QString &baselineNote);

/// Which gate judged a scan of `siteUrl`, field by field: "--fail-on new
/// (command line)" or "policy file ci.yml (fail_on any)", and so on for
/// min_severity and fail_below when set.
QString gateSourceText(const core::Policy &policy, const core::GateOptions &options,
                       const QString &siteUrl);

/// The SARIF or JUnit document of the verdicts (`format` sarif or junit).
QByteArray verdictDocument(const QString &format, const QList<core::ScanVerdict> &verdicts);

/// Writes --sarif and --junit; false (and said on stderr) when one could not
/// be written.
bool writeVerdictFiles(const GateSettings &settings, const QList<core::ScanVerdict> &verdicts);

/// What to say about the baseline of a scan judged with `effective`: that
/// none was found and "new" counted as "any", or empty.
QString baselineNote(const core::GateOptions &effective, bool hasBaseline, const QString &why);

} // namespace app
