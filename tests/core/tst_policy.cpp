// The policy file (issue 13): every key read, every refusal with the line and
// column a person would go to, and policyYaml read back to the same policy.
#include "policy/policy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace core;

namespace {

Policy parsed(const QByteArray &yaml)
{
    const auto result = parsePolicy(yaml, QStringLiteral("policy.yml"));
    if (const auto *error = std::get_if<PolicyError>(&result))
        qWarning("%s", qPrintable(error->text()));
    return std::get<Policy>(result);
}

bool samePolicy(const Policy &a, const Policy &b)
{
    auto sameGate = [](const Gate &x, const Gate &y) {
        return x.failBelow == y.failBelow && x.failOn == y.failOn && x.minSeverity == y.minSeverity;
    };
    if (a.version != b.version || a.suppress != b.suppress || !sameGate(a.gate, b.gate)
        || a.sites.size() != b.sites.size() || a.rules.size() != b.rules.size())
        return false;
    for (int i = 0; i < a.sites.size(); ++i) {
        if (a.sites.at(i).site != b.sites.at(i).site
            || !sameGate(a.sites.at(i).gate, b.sites.at(i).gate))
            return false;
    }
    for (int i = 0; i < a.rules.size(); ++i) {
        if (a.rules.at(i).check != b.rules.at(i).check
            || a.rules.at(i).category != b.rules.at(i).category
            || a.rules.at(i).action != b.rules.at(i).action)
            return false;
    }
    return true;
}

const QByteArray everyKey = "# kept in the repository next to the code\n"
                            "version: 1\n"
                            "suppress:\n"
                            "  - check: Cookie flags\n"
                            "    site: https://shop.example.com/\n"
                            "    type: security\n"
                            "    state: accepted\n"
                            "    reason: The load balancer sets SameSite\n"
                            "    by: Ana\n"
                            "    expires: 2026-12-31\n"
                            "  - check: Server banner\n"
                            "    site: \"https://*.example.org/*\"\n"
                            "    state: false-positive\n"
                            "    reason: It is our CDN's banner, not a version\n"
                            "gate:\n"
                            "  fail_below: B\n"
                            "  fail_on: new\n"
                            "  min_severity: medium\n"
                            "sites:\n"
                            "  - site: https://staging.example.com/\n"
                            "    fail_below: D\n"
                            "    fail_on: any\n"
                            "    min_severity: high\n"
                            "rules:\n"
                            "  - check: HSTS\n"
                            "    action: fail\n"
                            "  - category: Headers\n"
                            "    action: warn\n"
                            "  - check: Referrer-Policy\n"
                            "    action: ignore\n";

} // namespace

class PolicyTest : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryKey();
    void defaultsWhenKeysAreLeftOut();
    void refusesWithFileLineAndColumn_data();
    void refusesWithFileLineAndColumn();
    void readsAFileAndNamesItInErrors();
    void datesAreCalendarDays_data();
    void datesAreCalendarDays();
    void sitesMatchByPrefixOrGlob_data();
    void sitesMatchByPrefixOrGlob();
    void policyYamlReadsBackToTheSamePolicy();
    void policyYamlQuotesHostileText();
};

void PolicyTest::readsEveryKey()
{
    const Policy policy = parsed(everyKey);
    QCOMPARE(policy.version, 1);
    QCOMPARE(policy.sourceFile, QStringLiteral("policy.yml"));
    QCOMPARE(policy.suppress.size(), 2);
    const Suppression &cookie = policy.suppress.at(0);
    QCOMPARE(cookie.check, QStringLiteral("Cookie flags"));
    QCOMPARE(cookie.site, QStringLiteral("https://shop.example.com/"));
    QCOMPARE(cookie.type, QStringLiteral("security"));
    QCOMPARE(cookie.state, TriageState::Accepted);
    QCOMPARE(cookie.reason, QStringLiteral("The load balancer sets SameSite"));
    QCOMPARE(cookie.by, QStringLiteral("Ana"));
    QCOMPARE(cookie.expires, QDate(2026, 12, 31));
    QVERIFY(!cookie.decidedAt.isValid());
    const Suppression &banner = policy.suppress.at(1);
    QCOMPARE(banner.site, QStringLiteral("https://*.example.org/*"));
    QCOMPARE(banner.state, TriageState::FalsePositive);
    QVERIFY(banner.type.isEmpty());
    QVERIFY(!banner.expires.isValid());

    QCOMPARE(policy.gate.failBelow, QStringLiteral("B"));
    QCOMPARE(policy.gate.failOn, std::optional<FailOn>(FailOn::New));
    QCOMPARE(policy.gate.minSeverity, QStringLiteral("medium"));

    QCOMPARE(policy.sites.size(), 1);
    QCOMPARE(policy.sites.at(0).site, QStringLiteral("https://staging.example.com/"));
    QCOMPARE(policy.sites.at(0).gate.failBelow, QStringLiteral("D"));
    QCOMPARE(policy.sites.at(0).gate.failOn, std::optional<FailOn>(FailOn::Any));
    QCOMPARE(policy.sites.at(0).gate.minSeverity, QStringLiteral("high"));

    QCOMPARE(policy.rules.size(), 3);
    QCOMPARE(policy.rules.at(0).check, QStringLiteral("HSTS"));
    QCOMPARE(policy.rules.at(0).action, Rule::Action::Fail);
    QCOMPARE(policy.rules.at(1).category, QStringLiteral("Headers"));
    QVERIFY(policy.rules.at(1).check.isEmpty());
    QCOMPARE(policy.rules.at(1).action, Rule::Action::Warn);
    QCOMPARE(policy.rules.at(2).action, Rule::Action::Ignore);
}

void PolicyTest::defaultsWhenKeysAreLeftOut()
{
    const Policy bare = parsed("version: 1\n");
    QVERIFY(bare.suppress.isEmpty() && bare.sites.isEmpty() && bare.rules.isEmpty());
    QVERIFY(bare.gate.failBelow.isEmpty() && !bare.gate.failOn && bare.gate.minSeverity.isEmpty());
    // Empty lists and an empty gate are fine; a suppression is "accepted" by default.
    const Policy empty = parsed("version: 1\nsuppress: []\ngate:\nrules:\n");
    QVERIFY(empty.suppress.isEmpty() && empty.rules.isEmpty());
    const Policy one = parsed("version: 1\nsuppress:\n  - {check: CSP, reason: later}\n");
    QCOMPARE(one.suppress.size(), 1);
    QCOMPARE(one.suppress.at(0).state, TriageState::Accepted);
    QVERIFY(one.suppress.at(0).site.isEmpty()); // every site
    // Grades and severities are read in any case, kept in the usual one.
    const Policy cased = parsed("version: 1\ngate: {fail_below: a-, min_severity: HIGH}\n");
    QCOMPARE(cased.gate.failBelow, QStringLiteral("A-"));
    QCOMPARE(cased.gate.minSeverity, QStringLiteral("high"));
    // So are every other named value: fail_on, a state, an action (a
    // decision: YAML written by hand says "High" or "Accepted"). A site's
    // gate the same as the default one.
    const Policy named = parsed("version: 1\ngate: {fail_on: ANY, min_severity: High}\n"
                                "sites:\n  - {site: https://a.example, fail_on: New}\n"
                                "suppress:\n  - {check: CSP, reason: r, state: False-Positive}\n"
                                "  - {check: HSTS, reason: r, state: Accepted}\n"
                                "rules:\n  - {check: CSP, action: WARN}\n");
    QCOMPARE(named.gate.failOn, FailOn::Any);
    QCOMPARE(named.gate.minSeverity, QStringLiteral("high"));
    QCOMPARE(named.sites.at(0).gate.failOn, FailOn::New);
    QCOMPARE(named.suppress.at(0).state, TriageState::FalsePositive);
    QCOMPARE(named.suppress.at(1).state, TriageState::Accepted);
    QCOMPARE(named.rules.at(0).action, Rule::Action::Warn);
    // A value that is none of them is refused as written, with the allowed
    // ones, at its line and column.
    const auto refused = parsePolicy("version: 1\ngate: {fail_on: Sometimes}\n", "p.yml");
    QVERIFY(std::holds_alternative<PolicyError>(refused));
    QCOMPARE(std::get<PolicyError>(refused).text(),
             QStringLiteral("p.yml:2:17: \"Sometimes\" is not a fail_on (none, any or new)"));
    const auto state
        = parsePolicy("version: 1\nsuppress:\n  - {check: C, reason: r, state: Fixed}\n", "p.yml");
    QCOMPARE(std::get<PolicyError>(state).text(),
             QStringLiteral("p.yml:3:34: \"Fixed\" is not a state (accepted or false-positive)"));
}

void PolicyTest::refusesWithFileLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("says");

    QTest::newRow("not YAML") << QByteArray("version: 1\nsuppress:\n  - check: [CSP\n") << 4 << 1
                              << "not valid YAML";
    QTest::newRow("tab indentation")
        << QByteArray("version: 1\nsuppress:\n  - check: CSP\n\treason: x\n") << 4 << 1
        << "not valid YAML";
    QTest::newRow("unknown top-level key") << QByteArray("version: 1\nsuppres:\n  - check: CSP\n")
                                           << 2 << 1 << "unknown key \"suppres\"";
    QTest::newRow("unknown key in a suppression")
        << QByteArray("version: 1\nsuppress:\n  - check: CSP\n    reason: x\n    expiry: "
                      "2026-01-01\n")
        << 5 << 5 << "unknown key \"expiry\"";
    QTest::newRow("unknown key in the gate") << QByteArray("version: 1\ngate:\n  fail-below: B\n")
                                             << 3 << 3 << "unknown key \"fail-below\"";
    QTest::newRow("unknown key in a rule")
        << QByteArray("version: 1\nrules:\n  - check: CSP\n    actoin: warn\n") << 4 << 5
        << "unknown key \"actoin\"";
    QTest::newRow("key twice") << QByteArray("version: 1\ngate:\n  fail_on: any\n  fail_on: new\n")
                               << 4 << 3 << "given twice";
    QTest::newRow("no version") << QByteArray("suppress: []\n") << 1 << 1 << "version: 1";
    QTest::newRow("empty file") << QByteArray("") << 1 << 1 << "empty";
    QTest::newRow("unsupported version")
        << QByteArray("version: 2\n") << 1 << 10 << "version 2 is not supported";
    QTest::newRow("version not a number")
        << QByteArray("version: one\n") << 1 << 10 << "must be a number";
    QTest::newRow("not a map") << QByteArray("- version: 1\n") << 1 << 1 << "(a map) expected in";
    QTest::newRow("suppress not a list")
        << QByteArray("version: 1\nsuppress:\n  check: CSP\n") << 3 << 3 << "must be a list";
    QTest::newRow("suppression not a map")
        << QByteArray("version: 1\nsuppress:\n  - CSP\n") << 3 << 5 << "(a map) expected in";
    QTest::newRow("check is a list")
        << QByteArray("version: 1\nsuppress:\n  - check: [CSP, HSTS]\n    reason: x\n") << 3 << 12
        << "check must be text";
    QTest::newRow("gate is a list")
        << QByteArray("version: 1\ngate:\n  - fail_on: any\n") << 3 << 3 << "(a map) expected in";
    QTest::newRow("missing reason")
        << QByteArray("version: 1\nsuppress:\n  - check: CSP\n    by: Ana\n") << 3 << 5
        << "needs \"reason\"";
    QTest::newRow("empty reason") << QByteArray(
        "version: 1\nsuppress:\n  - check: CSP\n    reason: \"  \"\n")
                                  << 4 << 13 << "needs \"reason\"";
    QTest::newRow("missing check")
        << QByteArray("version: 1\nsuppress:\n  - reason: fine\n") << 3 << 5 << "needs \"check\"";
    QTest::newRow("bad date") << QByteArray(
        "version: 1\nsuppress:\n  - check: CSP\n    reason: x\n    expires: "
        "2026-02-30\n") << 5 << 14
                              << "is not a date";
    QTest::newRow("date in another format")
        << QByteArray("version: 1\nsuppress:\n  - check: CSP\n    reason: x\n    expires: "
                      "31.12.2026\n")
        << 5 << 14 << "is not a date";
    QTest::newRow("unknown state")
        << QByteArray("version: 1\nsuppress:\n  - check: CSP\n    reason: x\n    state: wontfix\n")
        << 5 << 12 << "is not a state";
    QTest::newRow("unknown type") << QByteArray(
        "version: 1\nsuppress:\n  - check: CSP\n    reason: x\n    type: dns\n")
                                  << 5 << 11 << "is not a scan type";
    QTest::newRow("grade that does not exist")
        << QByteArray("version: 1\ngate:\n  fail_below: E\n") << 3 << 15 << "\"E\" is not a grade";
    QTest::newRow("grade of a site that does not exist")
        << QByteArray("version: 1\nsites:\n  - site: https://a.example/\n    fail_below: A++\n")
        << 4 << 17 << "is not a grade";
    QTest::newRow("unknown fail_on")
        << QByteArray("version: 1\ngate:\n  fail_on: all\n") << 3 << 12 << "is not a fail_on";
    QTest::newRow("unknown severity") << QByteArray("version: 1\ngate:\n  min_severity: severe\n")
                                      << 3 << 17 << "is not a severity";
    QTest::newRow("site gate without a site")
        << QByteArray("version: 1\nsites:\n  - fail_on: any\n") << 3 << 5 << "needs \"site\"";
    QTest::newRow("unknown action")
        << QByteArray("version: 1\nrules:\n  - check: CSP\n    action: block\n") << 4 << 13
        << "is not an action";
    QTest::newRow("rule without an action")
        << QByteArray("version: 1\nrules:\n  - check: CSP\n") << 3 << 5 << "needs \"action\"";
    QTest::newRow("rule with check and category")
        << QByteArray("version: 1\nrules:\n  - {check: CSP, category: Headers, action: warn}\n")
        << 3 << 5 << "either a check or a category";
}

void PolicyTest::refusesWithFileLineAndColumn()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, says);
    const auto result = parsePolicy(yaml, QStringLiteral("ci/policy.yml"));
    const auto *error = std::get_if<PolicyError>(&result);
    QVERIFY2(error, "accepted");
    QVERIFY2(error->message.contains(says), qPrintable(error->text()));
    QCOMPARE(error->file, QStringLiteral("ci/policy.yml"));
    QCOMPARE(error->line, line);
    QCOMPARE(error->column, column);
    QVERIFY2(
        error->text().startsWith(QStringLiteral("ci/policy.yml:%1:%2: ").arg(line).arg(column)),
        qPrintable(error->text()));
}

void PolicyTest::readsAFileAndNamesItInErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("policy.yml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("version: 1\nrules:\n  - category: Cookies\n    action: ignore\n");
    file.close();
    const auto good = readPolicyFile(path);
    QVERIFY(std::holds_alternative<Policy>(good));
    QCOMPARE(std::get<Policy>(good).sourceFile, path);
    QCOMPARE(std::get<Policy>(good).rules.size(), 1);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("version: 1\nrules:\n  - category: Cookies\n    action: ignroe\n");
    file.close();
    const auto bad = readPolicyFile(path);
    QVERIFY(std::holds_alternative<PolicyError>(bad));
    QCOMPARE(std::get<PolicyError>(bad).text().section(QLatin1Char(':'), 0, 2),
             path + QStringLiteral(":4:13"));

    const auto missing = readPolicyFile(dir.filePath(QStringLiteral("none.yml")));
    QVERIFY(std::holds_alternative<PolicyError>(missing));
    QCOMPARE(std::get<PolicyError>(missing).line, 0);
    QVERIFY(std::get<PolicyError>(missing).text().startsWith(dir.filePath("none.yml") + ": "));
}

void PolicyTest::datesAreCalendarDays_data()
{
    QTest::addColumn<QByteArray>("expires");
    QTest::addColumn<QDate>("date"); // invalid: refused
    QTest::newRow("ISO day") << QByteArray("2027-01-05") << QDate(2027, 1, 5);
    QTest::newRow("quoted") << QByteArray("\"2027-01-05\"") << QDate(2027, 1, 5);
    QTest::newRow("leap day") << QByteArray("2028-02-29") << QDate(2028, 2, 29);
    QTest::newRow("not a leap year") << QByteArray("2027-02-29") << QDate();
    QTest::newRow("month 13") << QByteArray("2027-13-01") << QDate();
    QTest::newRow("no padding") << QByteArray("2027-1-5") << QDate();
    QTest::newRow("with a time") << QByteArray("2027-01-05T10:00:00Z") << QDate();
    QTest::newRow("words") << QByteArray("next year") << QDate();
}

void PolicyTest::datesAreCalendarDays()
{
    QFETCH(QByteArray, expires);
    QFETCH(QDate, date);
    const auto result = parsePolicy(
        "version: 1\nsuppress:\n  - check: CSP\n    reason: x\n    expires: " + expires + "\n",
        QStringLiteral("p.yml"));
    if (date.isValid()) {
        QVERIFY(std::holds_alternative<Policy>(result));
        QCOMPARE(std::get<Policy>(result).suppress.at(0).expires, date);
    } else {
        QVERIFY(std::holds_alternative<PolicyError>(result));
        QCOMPARE(std::get<PolicyError>(result).line, 5);
    }
}

void PolicyTest::sitesMatchByPrefixOrGlob_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("matches");
    QTest::newRow("prefix") << "https://shop.example.com/"
                            << "https://shop.example.com/cart" << true;
    QTest::newRow("prefix, other host") << "https://shop.example.com/"
                                        << "https://shop.example.com.evil.example/" << false;
    QTest::newRow("prefix with /, the site's root") << "https://shop.example.com/"
                                                    << "https://shop.example.com" << true;
    QTest::newRow("bare prefix, other host") << "https://shop.example.com"
                                             << "https://shop.example.com.evil.example" << false;
    QTest::newRow("bare prefix, a page") << "https://shop.example.com"
                                         << "https://shop.example.com/cart?x=1" << true;
    QTest::newRow("prefix, other port") << "https://shop.example.com"
                                        << "https://shop.example.com:8443/" << false;
    QTest::newRow("glob /*, the site's root") << "https://*.example.org/*"
                                              << "https://www.example.org" << true;
    QTest::newRow("glob, a nested page") << "https://*.example.org/*"
                                         << "https://www.example.org/a/b?c=d" << true;
    QTest::newRow("glob around a host") << "*shop.example.com*"
                                        << "https://shop.example.com/cart" << true;
    QTest::newRow("glob, any subdomain") << "https://*.example.org/*"
                                         << "https://www.example.org/a" << true;
    QTest::newRow("glob is anchored") << "https://*.example.org/*"
                                      << "http://x/?https://www.example.org/a" << false;
    QTest::newRow("glob ?") << "https://shop?.example.com/"
                            << "https://shop2.example.com/" << true;
    QTest::newRow("absent: every site") << ""
                                        << "https://anything.example/" << true;
}

void PolicyTest::sitesMatchByPrefixOrGlob()
{
    QFETCH(QString, site);
    QFETCH(QString, url);
    QFETCH(bool, matches);
    QByteArray yaml = "version: 1\nsuppress:\n  - check: CSP\n    reason: x\n";
    if (!site.isEmpty())
        yaml += "    site: \"" + site.toUtf8() + "\"\n";
    const Policy policy = parsed(yaml);
    QCOMPARE(policy.suppress.at(0).site, site);
    QCOMPARE(suppressionMatches(policy.suppress.at(0), QStringLiteral("csp"), url,
                                QStringLiteral("security")),
             matches);
}

void PolicyTest::policyYamlReadsBackToTheSamePolicy()
{
    const Policy policy = parsed(everyKey);
    const QByteArray yaml = policyYaml(policy);
    const Policy again = parsed(yaml);
    QVERIFY2(samePolicy(policy, again), yaml.constData());
    QVERIFY(yaml.startsWith("version: 1\n"));
    // And a bare one.
    QVERIFY(samePolicy(parsed(policyYaml(Policy())), Policy()));
}

void PolicyTest::policyYamlQuotesHostileText()
{
    // Check names and reasons come from a server or a person: YAML's own
    // syntax in them stays text.
    Policy policy;
    Suppression odd;
    odd.check = QStringLiteral("- [x]: {y} # z");
    odd.reason = QStringLiteral("line one\nline two: \"quoted\" & *alias");
    odd.site = QStringLiteral("https://a.example/?q=*");
    odd.by = QStringLiteral("Zoë «Ops»");
    odd.expires = QDate(2027, 3, 1);
    policy.suppress.append(odd);
    Rule rule;
    rule.category = QStringLiteral("!!binary");
    rule.action = Rule::Action::Warn;
    policy.rules.append(rule);
    policy.gate.failOn = FailOn::None;
    const Policy again = parsed(policyYaml(policy));
    QVERIFY2(samePolicy(policy, again), policyYaml(policy).constData());
}

QTEST_GUILESS_MAIN(PolicyTest)
#include "tst_policy.moc"
