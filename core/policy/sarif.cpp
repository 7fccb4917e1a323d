#include "sarif.h"

#include "report/comparison.h"
#include "text/displaytext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <map>

namespace core {

namespace {

// The homepage the AppStream metadata names (resources/*.metainfo.xml).
const char kInformationUri[] = "https://github.com/scandash/scandash";
const char kFingerprintKey[] = "scandashFinding/v1";

// Lengths kept of untrusted text: GitHub refuses results with huge strings,
// and a reader needs no more.
constexpr int kNameLength = 200;
constexpr int kMessageLength = 2000;
constexpr int kFixLength = 4000;
constexpr int kUrlLength = 2000;

/// "Cookie flags" → "cookie-flags": lower-case letters and digits, runs of
/// anything else as one dash.
QString slug(const QString &name)
{
    QString out;
    bool dash = false;
    for (const QChar c : name.trimmed().toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (dash && !out.isEmpty())
                out.append(u'-');
            out.append(c);
            dash = false;
        } else {
            dash = true;
        }
    }
    return out.left(80);
}

QString hashHex(const QString &text, int length)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(length));
}

/// The check's exact identity in the report (category and name).
QString checkKey(const FindingVerdict &finding)
{
    return finding.category + QLatin1Char('\x1f') + finding.check;
}

/// A stable rule id: "<category>/<check>" as slugs. A name with nothing a
/// slug keeps, or two names that make the same slug, get a short hash of the
/// exact names, so that ids are unique and the same for the same check.
QString ruleIdFor(const FindingVerdict &finding, bool collides)
{
    QString category = slug(finding.category);
    QString check = slug(finding.check);
    if (category.isEmpty())
        category = QStringLiteral("uncategorised");
    if (check.isEmpty() || collides)
        check
            += (check.isEmpty() ? QString() : QStringLiteral("-")) + hashHex(checkKey(finding), 8);
    return category + QLatin1Char('/') + check;
}

bool isResult(const FindingVerdict &finding)
{
    return finding.counts == FindingVerdict::Counts::Fails
        || finding.counts == FindingVerdict::Counts::Warns
        || finding.counts == FindingVerdict::Counts::Suppressed;
}

/// critical 9.0, high 7.0, medium 4.0, low 2.0 (GitHub's bands: critical
/// above 9, high 7-8.9, medium 4-6.9, low 0.1-3.9); none for another value.
QString securitySeverity(const QString &severity)
{
    switch (severityRank(severity)) {
    case 4:
        return QStringLiteral("9.0");
    case 3:
        return QStringLiteral("7.0");
    case 2:
        return QStringLiteral("4.0");
    case 1:
        return QStringLiteral("2.0");
    default:
        return {};
    }
}

/// The level: "error" for a check that fails with a high or critical
/// severity, "warning" for every other failing or warning one (a failure of
/// medium, low or no severity, or a check the server or a rule made a
/// warning). A suppressed finding keeps the level it would have.
QString levelFor(const FindingVerdict &finding)
{
    const QString status = finding.status.trimmed().toLower();
    const bool fails = finding.counts == FindingVerdict::Counts::Fails
        || (finding.counts == FindingVerdict::Counts::Suppressed
            && status == QLatin1String("fail"));
    return fails && severityRank(finding.severity) >= 3 ? QStringLiteral("error")
                                                        : QStringLiteral("warning");
}

QString baselineStateName(FindingVerdict::Baseline baseline)
{
    switch (baseline) {
    case FindingVerdict::Baseline::New:
        return QStringLiteral("new");
    case FindingVerdict::Baseline::Unchanged:
        return QStringLiteral("unchanged");
    case FindingVerdict::Baseline::Updated:
        return QStringLiteral("updated");
    case FindingVerdict::Baseline::NoBaseline:
        break;
    }
    return {};
}

/// The site's URL as an absolute URI; a value that is not one (the server's
/// text is untrusted) as a percent-encoded relative reference.
QString siteUri(const QString &siteUrl)
{
    const QUrl url(siteUrl.trimmed().left(kUrlLength), QUrl::StrictMode);
    if (url.isValid() && !url.isRelative() && !url.host().isEmpty())
        return url.toString(QUrl::FullyEncoded);
    const QByteArray encoded = QUrl::toPercentEncoding(siteUrl.trimmed().left(kUrlLength));
    return encoded.isEmpty() ? QStringLiteral("unknown-site") : QString::fromLatin1(encoded);
}

QJsonObject textObject(const QString &text)
{
    return QJsonObject { { QStringLiteral("text"), text } };
}

/// The rule's text, from the first finding of the check that has it.
struct RuleText
{
    QString category;
    QString check;
    QString severity;
    QString fix;
};

QJsonObject ruleObject(const QString &id, const RuleText &rule)
{
    const QString name = displayText(rule.check, kNameLength);
    const QString category = displayText(rule.category, kNameLength);
    QString fix = displayText(rule.fix, kFixLength).trimmed();
    if (fix.isEmpty())
        fix = QCoreApplication::translate("sarif", "The server gave no fix for this check.");
    QJsonObject properties { { QStringLiteral("tags"),
                               QJsonArray { QStringLiteral("security") } } };
    const QString severity = securitySeverity(rule.severity);
    if (!severity.isEmpty())
        properties.insert(QStringLiteral("security-severity"), severity);
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), name.isEmpty() ? id : name },
        { QStringLiteral("shortDescription"),
          textObject(category.isEmpty() ? name : QStringLiteral("%1: %2").arg(category, name)) },
        { QStringLiteral("fullDescription"), textObject(fix) },
        { QStringLiteral("help"), textObject(fix) },
        { QStringLiteral("properties"), properties },
    };
}

QJsonObject resultObject(const ScanVerdict &scan, const FindingVerdict &finding,
                         const QString &ruleId, int ruleIndex)
{
    QString message = displayText(finding.message, kMessageLength).trimmed();
    if (message.isEmpty()) {
        message = QCoreApplication::translate("sarif", "The check \"%1\" did not pass.")
                      .arg(displayText(finding.check, kNameLength));
    }
    const QString uri = siteUri(scan.siteUrl);
    QJsonObject result {
        { QStringLiteral("ruleId"), ruleId },
        { QStringLiteral("ruleIndex"), ruleIndex },
        { QStringLiteral("level"), levelFor(finding) },
        { QStringLiteral("message"), textObject(message) },
        { QStringLiteral("locations"),
          // A site has no lines: the region names its first, so that viewers
          // (and the validator's SARIF2017) have one.
          QJsonArray { QJsonObject {
              { QStringLiteral("physicalLocation"),
                QJsonObject { { QStringLiteral("artifactLocation"),
                                QJsonObject { { QStringLiteral("uri"), uri } } },
                              { QStringLiteral("region"),
                                QJsonObject { { QStringLiteral("startLine"), 1 } } } } } } } },
        // The same check on the same site is the same alert, whatever the
        // scan, its message or its time.
        { QStringLiteral("partialFingerprints"),
          QJsonObject {
              { QLatin1String(kFingerprintKey), hashHex(ruleId + QLatin1Char('\n') + uri, 64) } } },
    };
    if (scan.hasBaseline && finding.baseline != FindingVerdict::Baseline::NoBaseline)
        result.insert(QStringLiteral("baselineState"), baselineStateName(finding.baseline));
    QJsonObject properties {
        { QStringLiteral("scanId"), displayText(scan.scanId, kNameLength) },
        { QStringLiteral("scanType"), displayText(scan.type, kNameLength) },
        { QStringLiteral("status"), displayText(finding.status, kNameLength) },
    };
    if (!finding.severity.isEmpty())
        properties.insert(QStringLiteral("severity"), displayText(finding.severity, kNameLength));
    if (finding.decidesExit)
        properties.insert(QStringLiteral("decidesExit"), true);
    if (finding.suppression) {
        const Suppression &s = *finding.suppression;
        QJsonObject suppression {
            { QStringLiteral("state"), triageStateName(s.state) },
            { QStringLiteral("justification"), displayText(s.reason, kMessageLength) },
        };
        if (!s.by.isEmpty())
            suppression.insert(QStringLiteral("by"), displayText(s.by, kNameLength));
        if (s.expires.isValid())
            suppression.insert(QStringLiteral("expires"), s.expires.toString(Qt::ISODate));
        if (finding.suppressionExpired) {
            // It counts again: a plain result that says why.
            properties.insert(QStringLiteral("expiredSuppression"), suppression);
        } else {
            QJsonObject sarifSuppression {
                { QStringLiteral("kind"), QStringLiteral("external") },
                { QStringLiteral("status"), QStringLiteral("accepted") },
                { QStringLiteral("justification"),
                  suppression.value(QStringLiteral("justification")) },
            };
            suppression.remove(QStringLiteral("justification"));
            sarifSuppression.insert(QStringLiteral("properties"), suppression);
            result.insert(QStringLiteral("suppressions"), QJsonArray { sarifSuppression });
        }
    }
    result.insert(QStringLiteral("properties"), properties);
    return result;
}

} // namespace

QByteArray toSarif(const QList<ScanVerdict> &verdicts, const QString &toolVersion)
{
    // Rules, sorted by id so that the order does not depend on the scans'.
    std::map<QString, RuleText> textByKey; // exact check identity → its text
    for (const ScanVerdict &scan : verdicts) {
        for (const FindingVerdict &finding : scan.findings) {
            if (!isResult(finding))
                continue;
            RuleText &text = textByKey[checkKey(finding)];
            if (text.check.isEmpty() && text.category.isEmpty()) {
                text.category = finding.category;
                text.check = finding.check;
            }
            if (text.fix.trimmed().isEmpty())
                text.fix = finding.fix;
            if (severityRank(finding.severity) > severityRank(text.severity))
                text.severity = finding.severity;
        }
    }
    std::map<QString, int> slugUses;
    for (const auto &[key, text] : textByKey) {
        FindingVerdict probe;
        probe.category = text.category;
        probe.check = text.check;
        ++slugUses[ruleIdFor(probe, false)];
    }
    std::map<QString, QString> idByKey;
    std::map<QString, const RuleText *> ruleById;
    for (const auto &[key, text] : textByKey) {
        FindingVerdict probe;
        probe.category = text.category;
        probe.check = text.check;
        const QString id = ruleIdFor(probe, slugUses[ruleIdFor(probe, false)] > 1);
        idByKey[key] = id;
        ruleById[id] = &text;
    }
    QJsonArray rules;
    std::map<QString, int> indexById;
    for (const auto &[id, text] : ruleById) {
        indexById[id] = static_cast<int>(rules.size());
        rules.append(ruleObject(id, *text));
    }

    QJsonArray results;
    QJsonArray scans;
    QJsonArray notifications; // a failed or partial scan's
    for (const ScanVerdict &scan : verdicts) {
        for (const FindingVerdict &finding : scan.findings) {
            if (!isResult(finding))
                continue;
            const QString id = idByKey[checkKey(finding)];
            results.append(resultObject(scan, finding, id, indexById[id]));
        }
        QJsonObject summary {
            { QStringLiteral("scanId"), displayText(scan.scanId, kNameLength) },
            { QStringLiteral("site"), siteUri(scan.siteUrl) },
            { QStringLiteral("type"), displayText(scan.type, kNameLength) },
            { QStringLiteral("grade"), displayText(scan.grade, 4) },
            { QStringLiteral("score"), scan.score },
            { QStringLiteral("passed"), scan.passed },
        };
        if (scan.hasBaseline)
            summary.insert(QStringLiteral("baseline"),
                           displayText(scan.baselineScanId, kNameLength));
        if (!scan.state.isEmpty())
            summary.insert(QStringLiteral("state"), displayText(scan.state, kNameLength));
        scans.append(summary);
        if (scan.state == QLatin1String("failed")) {
            // No results for it: a notification says it failed and why, so
            // that its alerts are not taken for fixed.
            const QString error = displayText(scan.error, kMessageLength).trimmed();
            const QString site = displayText(scan.siteUrl, kUrlLength);
            const QString type = displayText(scan.type, kNameLength);
            notifications.append(QJsonObject {
                { QStringLiteral("level"), QStringLiteral("error") },
                { QStringLiteral("message"),
                  textObject(
                      error.isEmpty()
                          ? QCoreApplication::translate(
                                "sarif", "The %1 scan of %2 failed; AppVet gave no reason.")
                                .arg(type, site)
                          : QCoreApplication::translate("sarif", "The %1 scan of %2 failed: %3")
                                .arg(type, site, error)) },
                { QStringLiteral("properties"),
                  QJsonObject {
                      { QStringLiteral("scanId"), displayText(scan.scanId, kNameLength) } } },
            });
        } else if (scan.state == QLatin1String("partial")) {
            // Its results are incomplete: the checks that did not run are
            // not fixed. An error when the gate failed on it, else a warning.
            const QString why = displayText(scan.error, kMessageLength).trimmed();
            const QString site = displayText(scan.siteUrl, kUrlLength);
            const QString type = displayText(scan.type, kNameLength);
            notifications.append(QJsonObject {
                { QStringLiteral("level"),
                  scan.partialFails ? QStringLiteral("error") : QStringLiteral("warning") },
                { QStringLiteral("message"),
                  textObject(why.isEmpty()
                                 ? QCoreApplication::translate(
                                       "sarif",
                                       "The %1 scan of %2 ended partial: some checks did not run.")
                                       .arg(type, site)
                                 : QCoreApplication::translate(
                                       "sarif", "The %1 scan of %2 ended partial: %3")
                                       .arg(type, site, why)) },
                { QStringLiteral("properties"),
                  QJsonObject {
                      { QStringLiteral("scanId"), displayText(scan.scanId, kNameLength) } } },
            });
        }
    }
    bool successful = true;
    for (const auto &notification : std::as_const(notifications))
        successful = successful
            && notification.toObject().value(QStringLiteral("level")) != QLatin1String("error");
    QJsonObject invocation { { QStringLiteral("executionSuccessful"), successful } };
    if (!notifications.isEmpty())
        invocation.insert(QStringLiteral("toolExecutionNotifications"), notifications);

    const QJsonObject driver {
        { QStringLiteral("name"), QStringLiteral("ScanDash") },
        { QStringLiteral("version"), toolVersion },
        { QStringLiteral("informationUri"), QLatin1String(kInformationUri) },
        { QStringLiteral("rules"), rules },
    };
    const QJsonObject run {
        { QStringLiteral("tool"), QJsonObject { { QStringLiteral("driver"), driver } } },
        { QStringLiteral("invocations"), QJsonArray { invocation } },
        { QStringLiteral("results"), results },
        { QStringLiteral("properties"), QJsonObject { { QStringLiteral("scans"), scans } } },
    };
    const QJsonObject log {
        { QStringLiteral("$schema"),
          QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json") },
        { QStringLiteral("version"), QStringLiteral("2.1.0") },
        { QStringLiteral("runs"), QJsonArray { run } },
    };
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

} // namespace core
