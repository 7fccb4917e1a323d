#pragma once

#include "triage.h"

#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace core {

/// What the gate fails on, beside the grade.
enum class FailOn { None, Any, New };
/// "none", "any" or "new": the policy file's fail_on and --fail-on.
QString failOnName(FailOn failOn);
/// A fail_on as written (in any case, spaces around it ignored), or nullopt.
std::optional<FailOn> failOnFromName(const QString &written);

/// A gate: the grade below which a scan fails, and which failing checks fail
/// it. Unset fields take the default gate's, then the command line's.
struct Gate
{
    QString failBelow; // a grade ("B"); empty: no grade gate
    std::optional<FailOn> failOn;
    QString minSeverity; // low, medium, high, critical; empty: low
};

/// A per-site override of the default gate.
struct SiteGate
{
    QString site; // URL prefix or glob
    Gate gate;
};

/// A per-check or per-category action.
struct Rule
{
    enum class Action { Ignore, Warn, Fail };
    QString check; // a check's name, or empty with `category` set
    QString category;
    Action action = Action::Fail;
};

/// A policy file (`version: 1`), or the window's triage as one.
struct Policy
{
    int version = 1;
    QList<Suppression> suppress;
    Gate gate;
    QList<SiteGate> sites;
    QList<Rule> rules;
    QString sourceFile; // where it was read from; empty: none
};

/// Why a policy file was refused: nothing of it is applied.
struct PolicyError
{
    QString file;
    int line = 0; // 1-based; 0 when the file could not be read
    int column = 0; // 1-based
    QString message; // translated
    QString text() const; // "policy.yml:12:5: unknown key \"suppres\""
};

std::variant<Policy, PolicyError> parsePolicy(const QByteArray &yaml, const QString &fileName);
std::variant<Policy, PolicyError> readPolicyFile(const QString &path);
/// The policy as YAML that parsePolicy reads back to the same value.
QByteArray policyYaml(const Policy &policy);

} // namespace core
