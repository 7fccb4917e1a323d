#pragma once

#include "triage.h"

#include <QList>
#include <QString>

#include <optional>

namespace core {

/// How one check of one scan counts, after the policy, the triage and the
/// baseline: the gate's input to every output (text, JSON, SARIF, JUnit).
struct FindingVerdict
{
    enum class Counts { Fails, Warns, Suppressed, Ignored, Passes };
    enum class Baseline { NoBaseline, New, Unchanged, Updated };

    QString category;
    QString check;
    QString status; // pass, warn, fail, or what the server sent (untrusted)
    QString severity; // untrusted
    QString message; // untrusted
    QString fix; // untrusted
    Counts counts = Counts::Passes;
    Baseline baseline = Baseline::NoBaseline;
    bool decidesExit = false; // this finding is why the gate failed
    bool belowMinSeverity = false; // it fails, but below the gate's minimum severity
    std::optional<Suppression> suppression; // the one that matched, if any
    bool suppressionExpired = false; // it matched but has expired: counts again
};

/// One scan through the gate.
struct ScanVerdict
{
    QString scanId;
    QString siteUrl;
    QString type;
    QString grade;
    int score = 0;
    QString state; // completed, partial, failed
    QString error; // why a failed scan failed (untrusted); it has no findings
    bool hasBaseline = false;
    QString baselineScanId; // or the file's name
    QList<FindingVerdict> findings;
    bool passed = true;
    QString failBelow; // set when the grade is below this gate's fail_below: it failed on it
    bool partialFails = false; // it ended partial without --allow-partial: it failed on it
    QStringList reasons; // why it failed, translated, in the order found
};

} // namespace core
