// The policy file: YAML (yaml-cpp) to a Policy and back. Every refusal names
// the file, line and column; nothing of a refused file is applied.
#include "policy.h"

#include "domain/scan.h"
#include "report/comparison.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace core {

namespace {

constexpr qint64 maxPolicyBytes = 1024 * 1024;

// lupdate files tr() calls in this namespace under "core".
QString tr(const char *text)
{
    return QCoreApplication::translate("core", text);
}

/// Thrown inside the parser only: the first thing wrong, where it is.
struct Refusal
{
    YAML::Mark mark;
    QString message;
};

[[noreturn]] void refuse(const YAML::Node &node, const QString &message)
{
    throw Refusal { node.Mark(), message };
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text.left(80) + QLatin1Char('"');
}

QString scalar(const YAML::Node &node, const QString &key)
{
    if (!node.IsScalar())
        refuse(node, tr("%1 must be text, not a list or a map").arg(key));
    return QString::fromStdString(node.Scalar()).trimmed();
}

/// A map's keys, each checked against the ones allowed here; a key twice is
/// refused as well (yaml-cpp would keep one silently).
void checkKeys(const YAML::Node &map, const QString &what, const QStringList &allowed)
{
    if (!map.IsMap())
        refuse(map, tr("keys and values (a map) expected in %1").arg(what));
    QSet<QString> seen;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = scalar(it->first, tr("a key"));
        if (!allowed.contains(key))
            refuse(it->first,
                   tr("unknown key %1 in %2 (known: %3)")
                       .arg(quoted(key), what, allowed.join(QStringLiteral(", "))));
        if (seen.contains(key))
            refuse(it->first, tr("key %1 is given twice").arg(quoted(key)));
        seen.insert(key);
    }
}

/// The value of `key` as text, or empty when absent or null.
QString text(const YAML::Node &map, const char *key)
{
    const YAML::Node node = map[key];
    if (!node || node.IsNull())
        return QString();
    return scalar(node, QString::fromLatin1(key));
}

QString required(const YAML::Node &map, const char *key, const QString &what)
{
    const QString value = text(map, key);
    if (value.isEmpty()) {
        const YAML::Node node = map[key];
        refuse(node && !node.IsNull() ? node : map,
               tr("%1 needs \"%2\"").arg(what, QString::fromLatin1(key)));
    }
    return value;
}

QString grade(const YAML::Node &map, const char *key)
{
    const QString value = text(map, key);
    if (!value.isEmpty() && gradeRank(value) < 0)
        refuse(map[key], tr("%1 is not a grade (A+, A, A-, B+ … D-, F)").arg(quoted(value)));
    return value.toUpper();
}

// Named values (severities, fail_on, states, actions, grades) are read in
// any case and kept in the usual one; a refusal quotes the value as written.

QString severity(const YAML::Node &map, const char *key)
{
    const QString written = text(map, key);
    const QString value = written.toLower();
    if (!value.isEmpty() && severityRank(value) < 1)
        refuse(map[key],
               tr("%1 is not a severity (low, medium, high or critical)").arg(quoted(written)));
    return value;
}

std::optional<FailOn> failOn(const YAML::Node &map, const char *key)
{
    const QString written = text(map, key);
    if (written.isEmpty())
        return std::nullopt;
    if (const auto value = failOnFromName(written))
        return value;
    refuse(map[key], tr("%1 is not a fail_on (none, any or new)").arg(quoted(written)));
}

Gate gateFrom(const YAML::Node &map)
{
    Gate gate;
    gate.failBelow = grade(map, "fail_below");
    gate.failOn = failOn(map, "fail_on");
    gate.minSeverity = severity(map, "min_severity");
    return gate;
}

YAML::Node sequence(const YAML::Node &root, const char *key)
{
    const YAML::Node node = root[key];
    if (node && !node.IsNull() && !node.IsSequence())
        refuse(node,
               QCoreApplication::translate("core", "%1 must be a list (items starting with \"- \")")
                   .arg(QString::fromLatin1(key)));
    return node;
}

Suppression suppressionFrom(const YAML::Node &item)
{
    checkKeys(item, tr("a suppress item"),
              { "check", "site", "type", "state", "reason", "by", "expires" });
    Suppression suppression;
    suppression.check = required(item, "check", tr("a suppression"));
    suppression.reason = required(item, "reason", tr("a suppression"));
    suppression.site = text(item, "site");
    suppression.type = text(item, "type").toLower();
    if (!suppression.type.isEmpty() && !scanTypes().contains(suppression.type))
        refuse(item["type"],
               tr("%1 is not a scan type (%2)")
                   .arg(quoted(suppression.type), scanTypes().join(QStringLiteral(", "))));
    const QString writtenState = text(item, "state");
    const QString state = writtenState.toLower();
    if (!state.isEmpty()) {
        const auto parsed = triageStateFromName(state);
        if (!parsed)
            refuse(item["state"],
                   tr("%1 is not a state (accepted or false-positive)").arg(quoted(writtenState)));
        suppression.state = *parsed;
    }
    suppression.by = text(item, "by");
    const QString expires = text(item, "expires");
    if (!expires.isEmpty()) {
        // ISO 8601, a calendar day: 2026-12-31.
        suppression.expires = QDate::fromString(expires, QStringLiteral("yyyy-MM-dd"));
        if (!suppression.expires.isValid() || expires.size() != 10)
            refuse(item["expires"],
                   tr("%1 is not a date (YYYY-MM-DD, e.g. 2026-12-31)").arg(quoted(expires)));
    }
    return suppression;
}

SiteGate siteGateFrom(const YAML::Node &item)
{
    checkKeys(item, tr("a sites item"), { "site", "fail_below", "fail_on", "min_severity" });
    SiteGate site;
    site.site = required(item, "site", tr("a site's gate"));
    site.gate = gateFrom(item);
    return site;
}

Rule ruleFrom(const YAML::Node &item)
{
    checkKeys(item, tr("a rules item"), { "check", "category", "action" });
    Rule rule;
    rule.check = text(item, "check");
    rule.category = text(item, "category");
    if (rule.check.isEmpty() == rule.category.isEmpty())
        refuse(item, tr("a rule names either a check or a category"));
    const QString writtenAction = required(item, "action", tr("a rule"));
    const QString action = writtenAction.toLower();
    if (action == QLatin1String("ignore"))
        rule.action = Rule::Action::Ignore;
    else if (action == QLatin1String("warn"))
        rule.action = Rule::Action::Warn;
    else if (action == QLatin1String("fail"))
        rule.action = Rule::Action::Fail;
    else
        refuse(item["action"],
               tr("%1 is not an action (ignore, warn or fail)").arg(quoted(writtenAction)));
    return rule;
}

Policy policyFrom(const YAML::Node &root)
{
    if (!root || root.IsNull())
        refuse(root, tr("the policy is empty: it needs at least \"version: 1\""));
    checkKeys(root, tr("the policy"), { "version", "suppress", "gate", "sites", "rules" });
    Policy policy;
    const YAML::Node version = root["version"];
    if (!version)
        refuse(root, tr("the policy needs \"version: 1\""));
    const QString versionText = scalar(version, QStringLiteral("version"));
    bool number = false;
    policy.version = versionText.toInt(&number);
    if (!number)
        refuse(version, tr("version must be a number"));
    if (policy.version != 1)
        refuse(
            version,
            tr("version %1 is not supported: this ScanDash reads version 1").arg(policy.version));
    if (const YAML::Node list = sequence(root, "suppress")) {
        for (const YAML::Node &item : list)
            policy.suppress.append(suppressionFrom(item));
    }
    if (const YAML::Node gate = root["gate"]; gate && !gate.IsNull()) {
        checkKeys(gate, QStringLiteral("gate"), { "fail_below", "fail_on", "min_severity" });
        policy.gate = gateFrom(gate);
    }
    if (const YAML::Node list = sequence(root, "sites")) {
        for (const YAML::Node &item : list)
            policy.sites.append(siteGateFrom(item));
    }
    if (const YAML::Node list = sequence(root, "rules")) {
        for (const YAML::Node &item : list)
            policy.rules.append(ruleFrom(item));
    }
    return policy;
}

PolicyError errorAt(const QString &fileName, const YAML::Mark &mark, const QString &message)
{
    PolicyError error;
    error.file = fileName;
    // yaml-cpp counts from 0, and says -1 for "no position".
    error.line = mark.line >= 0 ? mark.line + 1 : 1;
    error.column = mark.column >= 0 ? mark.column + 1 : 1;
    error.message = message;
    return error;
}

void emitGate(YAML::Emitter &out, const Gate &gate)
{
    if (!gate.failBelow.isEmpty())
        out << YAML::Key << "fail_below" << YAML::Value << gate.failBelow.toStdString();
    if (gate.failOn)
        out << YAML::Key << "fail_on" << YAML::Value << failOnName(*gate.failOn).toStdString();
    if (!gate.minSeverity.isEmpty())
        out << YAML::Key << "min_severity" << YAML::Value << gate.minSeverity.toStdString();
}

void emitText(YAML::Emitter &out, const char *key, const QString &value)
{
    if (!value.isEmpty())
        out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << value.toStdString();
}

} // namespace

QString failOnName(FailOn failOn)
{
    return failOn == FailOn::New ? QStringLiteral("new")
        : failOn == FailOn::Any  ? QStringLiteral("any")
                                 : QStringLiteral("none");
}

std::optional<FailOn> failOnFromName(const QString &written)
{
    const QString name = written.trimmed().toLower();
    if (name == QLatin1String("none"))
        return FailOn::None;
    if (name == QLatin1String("any"))
        return FailOn::Any;
    if (name == QLatin1String("new"))
        return FailOn::New;
    return std::nullopt;
}

QString PolicyError::text() const
{
    if (line <= 0)
        return QStringLiteral("%1: %2").arg(file, message);
    return QStringLiteral("%1:%2:%3: %4")
        .arg(file, QString::number(line), QString::number(column), message);
}

std::variant<Policy, PolicyError> parsePolicy(const QByteArray &yaml, const QString &fileName)
{
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        Policy policy = policyFrom(root);
        policy.sourceFile = fileName;
        return policy;
    } catch (const Refusal &refusal) {
        return errorAt(fileName, refusal.mark, refusal.message);
    } catch (const YAML::Exception &exception) {
        // Parser errors: the library's own words (English), where it stopped.
        return errorAt(fileName, exception.mark,
                       tr("not valid YAML: %1").arg(QString::fromStdString(exception.msg)));
    }
}

std::variant<Policy, PolicyError> readPolicyFile(const QString &path)
{
    QFile file(path);
    PolicyError error;
    error.file = path;
    if (!file.open(QIODevice::ReadOnly)) {
        error.message = tr("could not read the policy: %1").arg(file.errorString());
        return error;
    }
    if (file.size() > maxPolicyBytes) {
        error.message = tr("the policy is larger than 1 MiB");
        return error;
    }
    return parsePolicy(file.read(maxPolicyBytes + 1), path);
}

QByteArray policyYaml(const Policy &policy)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "version" << YAML::Value << policy.version;
    if (!policy.suppress.isEmpty()) {
        out << YAML::Key << "suppress" << YAML::Value << YAML::BeginSeq;
        for (const Suppression &suppression : policy.suppress) {
            out << YAML::BeginMap;
            emitText(out, "check", suppression.check);
            emitText(out, "site", suppression.site);
            emitText(out, "type", suppression.type);
            out << YAML::Key << "state" << YAML::Value
                << triageStateName(suppression.state).toStdString();
            emitText(out, "reason", suppression.reason);
            emitText(out, "by", suppression.by);
            if (suppression.expires.isValid())
                out << YAML::Key << "expires" << YAML::Value
                    << suppression.expires.toString(Qt::ISODate).toStdString();
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    const Gate &gate = policy.gate;
    if (!gate.failBelow.isEmpty() || gate.failOn || !gate.minSeverity.isEmpty()) {
        out << YAML::Key << "gate" << YAML::Value << YAML::BeginMap;
        emitGate(out, gate);
        out << YAML::EndMap;
    }
    if (!policy.sites.isEmpty()) {
        out << YAML::Key << "sites" << YAML::Value << YAML::BeginSeq;
        for (const SiteGate &site : policy.sites) {
            out << YAML::BeginMap;
            emitText(out, "site", site.site);
            emitGate(out, site.gate);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    if (!policy.rules.isEmpty()) {
        out << YAML::Key << "rules" << YAML::Value << YAML::BeginSeq;
        for (const Rule &rule : policy.rules) {
            out << YAML::BeginMap;
            emitText(out, "check", rule.check);
            emitText(out, "category", rule.category);
            const char *action = rule.action == Rule::Action::Ignore ? "ignore"
                : rule.action == Rule::Action::Warn                  ? "warn"
                                                                     : "fail";
            out << YAML::Key << "action" << YAML::Value << action;
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

} // namespace core
