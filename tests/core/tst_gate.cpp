// The gate (issue 13) as a pure function on crafted report pairs: what is
// new, fixed or still failing against the baseline, what the policy
// suppresses, ignores or only warns about, and what decides the exit code.
#include "policy/gate.h"
#include "report/reportexport.h"
#include "settings/translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>

using namespace core;

namespace {

const QDate today(2026, 11, 30);

struct C
{
    const char *category;
    const char *name;
    const char *status;
    const char *severity;
};

Report report(const QList<C> &checks, const QString &id = QStringLiteral("scan_new"),
              const QString &grade = QStringLiteral("B"),
              const QString &url = QStringLiteral("https://shop.example.com/"))
{
    Report r;
    r.id = id;
    r.type = QStringLiteral("security");
    r.url = url;
    r.grade = grade;
    r.score = 80;
    for (const C &c : checks) {
        auto it = std::find_if(r.categories.begin(), r.categories.end(),
                               [&](const ReportCategory &k) { return k.name == c.category; });
        if (it == r.categories.end()) {
            r.categories.append(ReportCategory { QString::fromUtf8(c.category), 80, {} });
            it = r.categories.end() - 1;
        }
        it->checks.append(ReportCheck { QString::fromUtf8(c.name), QString::fromUtf8(c.status),
                                        QString::fromUtf8(c.severity),
                                        QStringLiteral("%1 needs attention.").arg(c.name),
                                        QStringLiteral("Fix %1.").arg(c.name) });
    }
    return r;
}

const FindingVerdict &finding(const ScanVerdict &verdict, const QString &check)
{
    for (const FindingVerdict &f : verdict.findings) {
        if (f.check == check)
            return f;
    }
    qFatal("no finding %s", qPrintable(check));
}

GateOptions failOn(FailOn on, const QString &minSeverity = {})
{
    GateOptions options;
    options.failOn = on;
    options.minSeverity = minSeverity;
    return options;
}

Suppression suppress(const QString &check, QDate expires = {})
{
    Suppression s;
    s.check = check;
    s.reason = QStringLiteral("The load balancer sets it");
    s.by = QStringLiteral("Ana");
    s.expires = expires;
    return s;
}

Rule rule(const QString &check, const QString &category, Rule::Action action)
{
    Rule r;
    r.check = check;
    r.category = category;
    r.action = action;
    return r;
}

using Counts = FindingVerdict::Counts;
using Base = FindingVerdict::Baseline;

} // namespace

Q_DECLARE_METATYPE(C)

class GateTest : public QObject
{
    Q_OBJECT

private slots:
    // English plurals ("2 failing checks") come from the English translation.
    void initTestCase() { installTranslations(*QCoreApplication::instance()); }
    void noneLooksOnlyAtTheGrade();
    void anyFailsOnEveryFailingCheck();
    void newFailsOnlyOnWhatTheBaselineDidNotFail();
    void newWithoutABaselineIsAny();
    void fixedChecksPass();
    void suppressedChecksDoNotCount();
    void anExpiredSuppressionCountsAgain();
    void suppressionsAreForTheirSiteAndType();
    void rulesIgnoreWarnOrFail();
    void minSeverityLeavesLesserFailuresOut();
    void aFailureWithoutASeverityCountsAtTheDefault();
    void perSiteGatesOverrideTheDefault();
    void explicitFlagsWinOverThePolicy();
    void gradeBelowTheThresholdFails();
    void aComparisonCountsAsFailingWhatTheGateCounts_data();
    void aComparisonCountsAsFailingWhatTheGateCounts();
    void aGateMarkdownSaysWhyItFailed();
    void failOnNamesAreOneSetForThePolicyAndTheCommandLine();
    void aComparisonsJsonSaysWhatIsNotCountedInStableWords();
};

void GateTest::noneLooksOnlyAtTheGrade()
{
    const Report now = report({ { "Headers", "CSP", "fail", "critical" } });
    const ScanVerdict verdict = judge(now, std::nullopt, Policy(), failOn(FailOn::None), today);
    QVERIFY(verdict.passed);
    QVERIFY(verdict.reasons.isEmpty());
    QCOMPARE(finding(verdict, "CSP").counts, Counts::Fails);
    QVERIFY(!finding(verdict, "CSP").decidesExit);
    QCOMPARE(verdict.scanId, QStringLiteral("scan_new"));
    QCOMPARE(verdict.grade, QStringLiteral("B"));
    QVERIFY(!verdict.hasBaseline);
}

void GateTest::anyFailsOnEveryFailingCheck()
{
    const Report now = report({ { "Headers", "CSP", "fail", "high" },
                                { "Headers", "HSTS", "warn", "medium" },
                                { "Transport", "TLS version", "pass", "" },
                                { "Transport", "Certificate chain", "fail", "low" } });
    const ScanVerdict verdict = judge(now, std::nullopt, Policy(), failOn(FailOn::Any), today);
    QVERIFY(!verdict.passed);
    QCOMPARE(verdict.findings.size(), 4);
    QVERIFY(finding(verdict, "CSP").decidesExit);
    QVERIFY(finding(verdict, "Certificate chain").decidesExit);
    QCOMPARE(finding(verdict, "HSTS").counts, Counts::Warns); // a warning does not fail
    QVERIFY(!finding(verdict, "HSTS").decidesExit);
    QCOMPARE(finding(verdict, "TLS version").counts, Counts::Passes);
    QCOMPARE(verdict.reasons, QStringList { "2 failing checks" });
}

void GateTest::newFailsOnlyOnWhatTheBaselineDidNotFail()
{
    const Report before = report({ { "Headers", "CSP", "fail", "high" },
                                   { "Headers", "HSTS", "pass", "" },
                                   { "Cookies", "Cookie flags", "fail", "medium" },
                                   { "Cookies", "SameSite", "warn", "medium" } },
                                 QStringLiteral("scan_old"));
    const Report now = report({ { "Headers", "CSP", "fail", "high" }, // still failing
                                { "Headers", "HSTS", "fail", "high" }, // new
                                { "Cookies", "Cookie flags", "fail", "high" }, // updated
                                { "Transport", "Mixed content", "fail", "low" }, // new check
                                { "Cookies", "SameSite", "fail", "medium" } }); // warned: new
    const ScanVerdict verdict = judge(now, before, Policy(), failOn(FailOn::New), today);
    QVERIFY(verdict.hasBaseline);
    QCOMPARE(verdict.baselineScanId, QStringLiteral("scan_old"));
    QVERIFY(!verdict.passed);
    QCOMPARE(finding(verdict, "CSP").baseline, Base::Unchanged);
    QVERIFY(!finding(verdict, "CSP").decidesExit);
    QCOMPARE(finding(verdict, "HSTS").baseline, Base::New);
    QVERIFY(finding(verdict, "HSTS").decidesExit);
    QCOMPARE(finding(verdict, "Cookie flags").baseline, Base::Updated);
    QVERIFY(!finding(verdict, "Cookie flags").decidesExit);
    QCOMPARE(finding(verdict, "Mixed content").baseline, Base::New);
    QVERIFY(finding(verdict, "Mixed content").decidesExit);
    // It only warned in the baseline: failing is new.
    QCOMPARE(finding(verdict, "SameSite").baseline, Base::New);
    QVERIFY(finding(verdict, "SameSite").decidesExit);
    QCOMPARE(verdict.reasons, QStringList { "3 new failing checks" });

    // Only what failed before still fails: the gate passes.
    const Report same = report(
        { { "Headers", "CSP", "fail", "high" }, { "Cookies", "Cookie flags", "fail", "medium" } });
    QVERIFY(judge(same, before, Policy(), failOn(FailOn::New), today).passed);
    // ... and "any" fails on it.
    QVERIFY(!judge(same, before, Policy(), failOn(FailOn::Any), today).passed);
}

void GateTest::newWithoutABaselineIsAny()
{
    const Report now = report({ { "Headers", "CSP", "fail", "high" } });
    const ScanVerdict verdict = judge(now, std::nullopt, Policy(), failOn(FailOn::New), today);
    QVERIFY(!verdict.passed);
    QVERIFY(finding(verdict, "CSP").decidesExit);
    QCOMPARE(finding(verdict, "CSP").baseline, Base::NoBaseline);
    QCOMPARE(effectiveGate(Policy(), failOn(FailOn::New), now.url).failOn, FailOn::New);
}

void GateTest::fixedChecksPass()
{
    const Report before = report({ { "Headers", "CSP", "fail", "high" } }, "scan_old");
    const Report now = report({ { "Headers", "CSP", "pass", "" } });
    for (const FailOn on : { FailOn::Any, FailOn::New }) {
        const ScanVerdict verdict = judge(now, before, Policy(), failOn(on), today);
        QVERIFY(verdict.passed);
        QCOMPARE(finding(verdict, "CSP").counts, Counts::Passes);
        QVERIFY(!finding(verdict, "CSP").decidesExit);
    }
}

void GateTest::suppressedChecksDoNotCount()
{
    Policy policy;
    policy.suppress.append(suppress(QStringLiteral("cookie FLAGS"), today)); // last day
    const Report now = report(
        { { "Cookies", "Cookie flags", "fail", "critical" }, { "Headers", "CSP", "pass", "" } });
    const ScanVerdict verdict = judge(now, std::nullopt, policy, failOn(FailOn::Any), today);
    QVERIFY(verdict.passed);
    const FindingVerdict &cookie = finding(verdict, "Cookie flags");
    QCOMPARE(cookie.counts, Counts::Suppressed);
    QVERIFY(cookie.suppression);
    QCOMPARE(cookie.suppression->reason, QStringLiteral("The load balancer sets it"));
    QVERIFY(!cookie.suppressionExpired);
    // A passing check is not "suppressed": there is nothing to suppress.
    Policy cspPolicy;
    cspPolicy.suppress.append(suppress(QStringLiteral("CSP")));
    QCOMPARE(finding(judge(now, std::nullopt, cspPolicy, failOn(FailOn::Any), today), "CSP").counts,
             Counts::Passes);
}

void GateTest::anExpiredSuppressionCountsAgain()
{
    Policy policy;
    policy.suppress.append(suppress(QStringLiteral("Cookie flags"), today.addDays(-1)));
    const Report now = report({ { "Cookies", "Cookie flags", "fail", "high" } });
    const ScanVerdict verdict = judge(now, std::nullopt, policy, failOn(FailOn::Any), today);
    QVERIFY(!verdict.passed);
    const FindingVerdict &cookie = finding(verdict, "Cookie flags");
    QCOMPARE(cookie.counts, Counts::Fails);
    QVERIFY(cookie.decidesExit);
    QVERIFY(cookie.suppressionExpired);
    QVERIFY(cookie.suppression); // so that the output can say which one expired
    QCOMPARE(cookie.suppression->expires, today.addDays(-1));
    // An unexpired one for the same check wins over the expired one.
    policy.suppress.append(suppress(QStringLiteral("Cookie flags"), today.addDays(30)));
    const ScanVerdict renewed = judge(now, std::nullopt, policy, failOn(FailOn::Any), today);
    QVERIFY(renewed.passed);
    QVERIFY(!finding(renewed, "Cookie flags").suppressionExpired);
}

void GateTest::suppressionsAreForTheirSiteAndType()
{
    Policy policy;
    Suppression shopOnly = suppress(QStringLiteral("CSP"));
    shopOnly.site = QStringLiteral("https://shop.example.com/");
    shopOnly.type = QStringLiteral("security");
    policy.suppress.append(shopOnly);
    const auto checks = { C { "Headers", "CSP", "fail", "high" } };
    QVERIFY(judge(report(checks), std::nullopt, policy, failOn(FailOn::Any), today).passed);
    const Report blog = report(checks, "scan_blog", "B", "https://blog.example.com/");
    QVERIFY(!judge(blog, std::nullopt, policy, failOn(FailOn::Any), today).passed);
    Report performance = report(checks);
    performance.type = QStringLiteral("performance");
    QVERIFY(!judge(performance, std::nullopt, policy, failOn(FailOn::Any), today).passed);
    policy.suppress[0].site = QStringLiteral("https://*.example.com/*");
    QVERIFY(judge(blog, std::nullopt, policy, failOn(FailOn::Any), today).passed);
}

void GateTest::rulesIgnoreWarnOrFail()
{
    Policy policy;
    policy.rules = { rule("Server banner", {}, Rule::Action::Ignore),
                     rule({}, "Headers", Rule::Action::Warn),
                     rule("CSP", {}, Rule::Action::Fail), // the check's rule beats its category's
                     rule("HSTS", {}, Rule::Action::Fail) }; // a warning made a failure
    const Report now = report({ { "Headers", "Server banner", "fail", "high" },
                                { "Headers", "X-Frame-Options", "fail", "high" },
                                { "Headers", "CSP", "fail", "high" },
                                { "Transport", "HSTS", "warn", "medium" } });
    const ScanVerdict verdict = judge(now, std::nullopt, policy, failOn(FailOn::Any), today);
    QCOMPARE(finding(verdict, "Server banner").counts, Counts::Ignored);
    QCOMPARE(finding(verdict, "X-Frame-Options").counts, Counts::Warns);
    QCOMPARE(finding(verdict, "CSP").counts, Counts::Fails);
    QCOMPARE(finding(verdict, "HSTS").counts, Counts::Fails);
    QVERIFY(!verdict.passed);
    QCOMPARE(verdict.reasons, QStringList { "2 failing checks" });
    // Ignore and warn alone let the scan pass.
    policy.rules.removeLast();
    policy.rules.removeLast();
    const Report quiet = report({ { "Headers", "Server banner", "fail", "high" },
                                  { "Headers", "X-Frame-Options", "fail", "high" } });
    QVERIFY(judge(quiet, std::nullopt, policy, failOn(FailOn::Any), today).passed);
}

void GateTest::minSeverityLeavesLesserFailuresOut()
{
    const Report now
        = report({ { "Headers", "CSP", "fail", "medium" }, { "Headers", "HSTS", "fail", "low" } });
    QVERIFY(!judge(now, std::nullopt, Policy(), failOn(FailOn::Any, "medium"), today).passed);
    const ScanVerdict high = judge(now, std::nullopt, Policy(), failOn(FailOn::Any, "high"), today);
    QVERIFY(high.passed);
    QCOMPARE(finding(high, "CSP").counts, Counts::Fails); // still shown as failing
    QVERIFY(!finding(high, "CSP").decidesExit);
    const ScanVerdict medium
        = judge(now, std::nullopt, Policy(), failOn(FailOn::Any, "medium"), today);
    QVERIFY(finding(medium, "CSP").decidesExit);
    QVERIFY(!finding(medium, "HSTS").decidesExit);
}

void GateTest::aFailureWithoutASeverityCountsAtTheDefault()
{
    // A server that sends no (or an unknown) severity must not slip past the
    // default gate; only a raised minimum leaves it out.
    const Report now
        = report({ { "Headers", "CSP", "fail", "" }, { "Headers", "HSTS", "fail", "severe" } });
    const ScanVerdict verdict = judge(now, std::nullopt, Policy(), failOn(FailOn::Any), today);
    QVERIFY(!verdict.passed);
    QVERIFY(finding(verdict, "CSP").decidesExit);
    QVERIFY(finding(verdict, "HSTS").decidesExit);
    QVERIFY(judge(now, std::nullopt, Policy(), failOn(FailOn::Any, "low"), today).passed == false);
    QVERIFY(judge(now, std::nullopt, Policy(), failOn(FailOn::Any, "medium"), today).passed);
}

void GateTest::perSiteGatesOverrideTheDefault()
{
    Policy policy;
    policy.gate.failOn = FailOn::Any;
    SiteGate staging;
    staging.site = QStringLiteral("https://staging.example.com/");
    staging.gate.failOn = FailOn::None;
    staging.gate.failBelow = QStringLiteral("D");
    policy.sites.append(staging);
    const auto checks = { C { "Headers", "CSP", "fail", "high" } };
    const Report shop = report(checks, "scan_shop", "F");
    const Report stage = report(checks, "scan_stage", "C", "https://staging.example.com/app");
    QVERIFY(!judge(shop, std::nullopt, policy, GateOptions(), today).passed);
    QVERIFY(judge(stage, std::nullopt, policy, GateOptions(), today).passed);
    const Report worse = report(checks, "scan_stage2", "F", "https://staging.example.com/app");
    const ScanVerdict failing = judge(worse, std::nullopt, policy, GateOptions(), today);
    QVERIFY(!failing.passed);
    QCOMPARE(failing.reasons, QStringList { "graded below D" });
}

void GateTest::explicitFlagsWinOverThePolicy()
{
    Policy policy;
    policy.gate.failOn = FailOn::None;
    policy.gate.minSeverity = QStringLiteral("critical");
    SiteGate shop;
    shop.site = QStringLiteral("https://shop.example.com");
    shop.gate.failBelow = QStringLiteral("A");
    policy.sites.append(shop);
    const Report now = report({ { "Headers", "CSP", "fail", "high" } });
    // Values the command line did not give are defaults: the policy's gate
    // replaces them.
    GateOptions defaults = failOn(FailOn::Any, "low");
    GateOrigin origin;
    QCOMPARE(effectiveGate(policy, defaults, now.url, &origin).failOn, FailOn::None);
    QCOMPARE(origin.failOn.from, GateSource::From::Policy);
    QCOMPARE(origin.failBelow.from, GateSource::From::PolicySite);
    QCOMPARE(origin.failBelow.site, QStringLiteral("https://shop.example.com"));
    QCOMPARE(judge(now, std::nullopt, policy, defaults, today).reasons,
             QStringList { "graded below A" });
    // Flags given explicitly win over the policy, its sites' overrides too.
    GateOptions given = defaults;
    given.failOnGiven = true;
    given.minSeverityGiven = true;
    given.failBelow = QStringLiteral("C");
    given.failBelowGiven = true;
    const ScanVerdict verdict = judge(now, std::nullopt, policy, given, today);
    QVERIFY(!verdict.passed);
    QCOMPARE(verdict.reasons, QStringList { "1 failing check" });
    const GateOptions effective = effectiveGate(policy, given, now.url, &origin);
    QCOMPARE(effective.failOn, FailOn::Any);
    QCOMPARE(effective.minSeverity, QStringLiteral("low"));
    QCOMPARE(effective.failBelow, QStringLiteral("C"));
    QCOMPARE(origin.failOn.from, GateSource::From::Given);
    QCOMPARE(origin.minSeverity.from, GateSource::From::Given);
    QCOMPARE(origin.failBelow.from, GateSource::From::Given);
    // Only --fail-on given: the policy's min_severity still applies.
    given.minSeverityGiven = false;
    QVERIFY(judge(now, std::nullopt, policy, given, today).passed);
    // Without a policy, the defaults are the gate.
    QVERIFY(!judge(now, std::nullopt, Policy(), defaults, today).passed);
    effectiveGate(Policy(), defaults, now.url, &origin);
    QCOMPARE(origin.failOn.from, GateSource::From::Default);
}

void GateTest::gradeBelowTheThresholdFails()
{
    const Report now = report({ { "Headers", "CSP", "pass", "" } }, "scan_new", "C+");
    GateOptions options;
    options.failBelow = QStringLiteral("B");
    const ScanVerdict verdict = judge(now, std::nullopt, Policy(), options, today);
    QVERIFY(!verdict.passed);
    QCOMPARE(verdict.reasons, QStringList { "graded below B" });
    QCOMPARE(verdict.failBelow, QStringLiteral("B"));
    options.failBelow = QStringLiteral("C");
    QVERIFY(judge(now, std::nullopt, Policy(), options, today).passed);
}

void GateTest::aComparisonCountsAsFailingWhatTheGateCounts_data()
{
    QTest::addColumn<QList<C>>("now");
    QTest::addColumn<bool>("triaged");
    QTest::addColumn<QString>("minSeverity");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("newlyFailing");
    QTest::addColumn<int>("suppressed");
    QTest::addColumn<QStringList>("lines");
    // Against a baseline where only TLS version failed; four checks fail
    // anew, and compare without a gate says 4 newly failing.
    // The policy: the cookie flags are suppressed, HSTS is a warning,
    // Transport is ignored. Newly failing: CSP only, as the gate line says.
    QTest::newRow("policy")
        << QList<C> { { "Headers", "CSP", "fail", "high" },
                      { "Headers", "HSTS", "fail", "high" },
                      { "Cookies", "Cookie flags", "fail", "medium" },
                      { "Transport", "TLS version", "fail", "high" },
                      { "Transport", "Mixed content", "warn", "low" } }
        << true << QString() << "1 new failing check" << 1 << 1
        << QStringList {
               "1 newly failing, 0 fixed, 0 still failing, 0 unchanged, 1 suppressed",
               "  newly failing: Headers / CSP (high)",
               "  newly failing (a warning): Headers / HSTS (high)",
               "  still failing (ignored by the policy): Transport / TLS version",
               "newly failing (suppressed: The load balancer sets it): Cookies",
           };
    // compare --min-severity critical: the summary counts what the gate
    // counts (it said 4 newly failing where the gate counted 3).
    QTest::newRow("min-severity critical")
        << QList<C> { { "Headers", "CSP", "fail", "critical" },
                      { "Headers", "HSTS", "fail", "critical" },
                      { "Cookies", "Cookie flags", "fail", "critical" },
                      { "Transport", "TLS version", "fail", "high" },
                      { "Transport", "Mixed content", "fail", "medium" } }
        << false << QStringLiteral("critical") << "3 new failing checks" << 3 << 0
        << QStringList {
               "3 newly failing, 0 fixed, 0 still failing",
               "  newly failing (below the minimum severity): Transport / Mixed content (medium)",
           };
}

void GateTest::aComparisonCountsAsFailingWhatTheGateCounts()
{
    QFETCH(QList<C>, now);
    QFETCH(bool, triaged);
    QFETCH(QString, minSeverity);
    QFETCH(QString, reason);
    QFETCH(int, newlyFailing);
    QFETCH(int, suppressed);
    QFETCH(QStringList, lines);
    const Report before = report({ { "Headers", "CSP", "pass", "" },
                                   { "Headers", "HSTS", "pass", "" },
                                   { "Cookies", "Cookie flags", "pass", "" },
                                   { "Transport", "TLS version", "fail", "high" },
                                   { "Transport", "Mixed content", "pass", "" } },
                                 "scan_old");
    const Report after = report(now);
    Policy policy;
    if (triaged) {
        policy.suppress.append(suppress(QStringLiteral("Cookie flags")));
        policy.rules.append(rule(QStringLiteral("HSTS"), QString(), Rule::Action::Warn));
        policy.rules.append(rule(QString(), QStringLiteral("Transport"), Rule::Action::Ignore));
    }
    const ScanVerdict verdict
        = judge(after, before, policy, failOn(FailOn::New, minSeverity), today);
    QCOMPARE(verdict.reasons, QStringList { reason });
    ReportComparison comparison = compareReports(before, after);
    QCOMPARE(comparison.count(CheckChange::Kind::NewlyFailing), 4);
    applyVerdict(&comparison, verdict);
    QCOMPARE(comparison.count(CheckChange::Kind::NewlyFailing), newlyFailing);
    QCOMPARE(comparison.count(CheckChange::Kind::StillFailing), 0);
    QCOMPARE(comparison.suppressedCount(), suppressed);
    const QString text = comparisonText(comparison);
    for (const QString &line : std::as_const(lines))
        QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral("\n in:\n") + text));
}

void GateTest::aGateMarkdownSaysWhyItFailed()
{
    const QString failed = gateMarkdown(
        false, { QStringLiteral("3 new failing checks"), QStringLiteral("graded <b>below</b> B") });
    QVERIFY2(failed.contains("## Gate\n\n**Gate failed:** 3 new failing checks; graded "
                             "&lt;b&gt;below&lt;/b&gt; B"),
             qPrintable(failed));
    QVERIFY2(gateMarkdown(true, {}).contains("## Gate\n\nGate passed."),
             qPrintable(gateMarkdown(true, {})));
}

void GateTest::failOnNamesAreOneSetForThePolicyAndTheCommandLine()
{
    // The policy's fail_on and --fail-on read (in any case) and write the
    // same names through one pair of functions.
    for (const FailOn on : { FailOn::None, FailOn::Any, FailOn::New }) {
        QCOMPARE(failOnFromName(failOnName(on)), std::optional<FailOn>(on));
        QCOMPARE(failOnFromName(failOnName(on).toUpper()), std::optional<FailOn>(on));
    }
    QCOMPARE(failOnName(FailOn::New), QStringLiteral("new"));
    QCOMPARE(failOnFromName(QStringLiteral(" Any ")), std::optional<FailOn>(FailOn::Any));
    QCOMPARE(failOnFromName(QStringLiteral("sometimes")), std::nullopt);
    QCOMPARE(failOnFromName(QString()), std::nullopt);
}

void GateTest::aComparisonsJsonSaysWhatIsNotCountedInStableWords()
{
    // compare --format json: why a failing check is not counted, in words a
    // script can match whatever the language (here German), beside the
    // translated text the text output shows.
    const Report before = report({ { "Headers", "CSP", "pass", "" },
                                   { "Headers", "HSTS", "pass", "" },
                                   { "Cookies", "Cookie flags", "pass", "" },
                                   { "Transport", "TLS version", "fail", "high" } },
                                 "scan_old");
    const Report after = report({ { "Headers", "CSP", "fail", "high" },
                                  { "Headers", "HSTS", "fail", "critical" },
                                  { "Cookies", "Cookie flags", "fail", "critical" },
                                  { "Transport", "TLS version", "fail", "high" },
                                  { "Transport", "Mixed content", "warn", "low" } });
    Policy policy;
    policy.suppress.append(suppress(QStringLiteral("Cookie flags")));
    policy.rules.append(rule(QStringLiteral("HSTS"), QString(), Rule::Action::Warn));
    policy.rules.append(rule(QStringLiteral("TLS version"), QString(), Rule::Action::Ignore));
    QTranslator german;
    QVERIFY(german.load(QStringLiteral("scandash_de"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&german);
    const ScanVerdict verdict
        = judge(after, before, policy, failOn(FailOn::New, QStringLiteral("critical")), today);
    ReportComparison comparison = compareReports(before, after);
    applyVerdict(&comparison, verdict);
    const QString germanWarning = QCoreApplication::translate("gate", "a warning");
    QCoreApplication::removeTranslator(&german);
    QVERIFY(germanWarning != QLatin1String("a warning"));
    QHash<QString, QJsonObject> byCheck;
    const QJsonObject json = QJsonDocument::fromJson(comparisonJson(comparison)).object();
    for (const auto change : json.value("changes").toArray())
        byCheck.insert(change.toObject().value("check").toString(), change.toObject());
    QCOMPARE(byCheck.size(), 5);
    QCOMPARE(byCheck["CSP"].value("not_counted").toString(), QStringLiteral("below-min-severity"));
    QCOMPARE(byCheck["HSTS"].value("not_counted").toString(), QStringLiteral("warning"));
    QCOMPARE(byCheck["HSTS"].value("not_counted_text").toString(), germanWarning);
    QCOMPARE(byCheck["TLS version"].value("not_counted").toString(), QStringLiteral("ignored"));
    QCOMPARE(byCheck["Mixed content"].value("not_counted").toString(), QStringLiteral("warning"));
    // Counted, or suppressed (which says so on its own): no not_counted.
    QVERIFY(!byCheck["Cookie flags"].contains("not_counted"));
    QCOMPARE(byCheck["Cookie flags"].value("suppressed").toBool(), true);
}

QTEST_GUILESS_MAIN(GateTest)
#include "tst_gate.moc"
