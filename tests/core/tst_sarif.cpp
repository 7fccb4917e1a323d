// The gate's verdicts as SARIF 2.1.0 and JUnit XML, for CI: golden files
// (data/golden/*.sarif, *.junit.xml), counts that add up, fingerprints that
// stay the same from run to run, and a hostile report made inert. ctest also
// runs the SARIF SDK's validator on the golden SARIF (tests/sarif).
#include "golden.h"
#include "policy/junit.h"
#include "policy/sarif.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

using namespace core;

namespace {

const QString kVersion = QStringLiteral("0.1.0");

FindingVerdict finding(const QString &category, const QString &check, const QString &status,
                       const QString &severity, FindingVerdict::Counts counts,
                       FindingVerdict::Baseline baseline = FindingVerdict::Baseline::NoBaseline)
{
    FindingVerdict f;
    f.category = category;
    f.check = check;
    f.status = status;
    f.severity = severity;
    f.message = status == QLatin1String("pass") ? QStringLiteral("OK.")
                                                : QStringLiteral("%1 is not set well.").arg(check);
    f.fix = status == QLatin1String("pass")
        ? QString()
        : QStringLiteral("Set %1 on every response.").arg(check);
    f.counts = counts;
    f.baseline = baseline;
    return f;
}

Suppression suppression(const QString &check, TriageState state, const QString &reason,
                        QDate expires = {})
{
    Suppression s;
    s.check = check;
    s.state = state;
    s.reason = reason;
    s.by = QStringLiteral("Dana");
    s.expires = expires;
    return s;
}

using C = FindingVerdict::Counts;
using B = FindingVerdict::Baseline;

/// Two scans: the shop with a baseline (new, unchanged, updated; passing,
/// failing, warning, suppressed, ignored, an expired suppression), the blog
/// without one.
QList<ScanVerdict> verdicts(const QString &shopScanId = QStringLiteral("scan_shop2"),
                            const QString &blogScanId = QStringLiteral("scan_blog1"))
{
    ScanVerdict shop;
    shop.scanId = shopScanId;
    shop.siteUrl = QStringLiteral("https://shop.example/");
    shop.type = QStringLiteral("security");
    shop.grade = QStringLiteral("C");
    shop.score = 71;
    shop.state = QStringLiteral("completed");
    shop.hasBaseline = true;
    shop.baselineScanId = QStringLiteral("scan_shop1");
    FindingVerdict hsts = finding(QStringLiteral("Headers"), QStringLiteral("HSTS"),
                                  QStringLiteral("fail"), QStringLiteral("high"), C::Fails, B::New);
    hsts.decidesExit = true;
    FindingVerdict cookies
        = finding(QStringLiteral("Cookies"), QStringLiteral("Cookie flags"), QStringLiteral("fail"),
                  QStringLiteral("medium"), C::Suppressed, B::Unchanged);
    cookies.suppression
        = suppression(QStringLiteral("Cookie flags"), TriageState::Accepted,
                      QStringLiteral("The load balancer sets SameSite."), QDate(2027, 1, 31));
    FindingVerdict frame
        = finding(QStringLiteral("Headers"), QStringLiteral("X-Frame-Options"),
                  QStringLiteral("fail"), QStringLiteral("critical"), C::Fails, B::New);
    frame.decidesExit = true;
    frame.suppression
        = suppression(QStringLiteral("X-Frame-Options"), TriageState::FalsePositive,
                      QStringLiteral("CSP frame-ancestors covers it."), QDate(2026, 10, 1));
    frame.suppressionExpired = true;
    shop.findings = {
        hsts,
        finding(QStringLiteral("Headers"), QStringLiteral("Content-Security-Policy"),
                QStringLiteral("fail"), QStringLiteral("medium"), C::Fails, B::Unchanged),
        cookies,
        finding(QStringLiteral("TLS"), QStringLiteral("Protocol versions"), QStringLiteral("warn"),
                QStringLiteral("low"), C::Warns, B::Updated),
        finding(QStringLiteral("TLS"), QStringLiteral("Certificate"), QStringLiteral("pass"), {},
                C::Passes, B::New),
        finding(QStringLiteral("Information"), QStringLiteral("Server banner"),
                QStringLiteral("fail"), QStringLiteral("low"), C::Ignored, B::Unchanged),
        frame,
    };
    shop.passed = false;
    shop.reasons = { QStringLiteral("2 new failing checks") };

    ScanVerdict blog;
    blog.scanId = blogScanId;
    blog.siteUrl = QStringLiteral("https://blog.example/posts");
    blog.type = QStringLiteral("security");
    blog.grade = QStringLiteral("B");
    blog.score = 84;
    blog.state = QStringLiteral("completed");
    FindingVerdict blogCookies
        = finding(QStringLiteral("Cookies"), QStringLiteral("Cookie flags"), QStringLiteral("fail"),
                  QStringLiteral("medium"), C::Suppressed);
    blogCookies.suppression
        = suppression(QStringLiteral("Cookie flags"), TriageState::FalsePositive,
                      QStringLiteral("No cookies are set."));
    blog.findings = {
        finding(QStringLiteral("Headers"), QStringLiteral("HSTS"), QStringLiteral("fail"),
                QStringLiteral("high"), C::Fails),
        finding(QStringLiteral("Headers"), QStringLiteral("Content-Security-Policy"),
                QStringLiteral("pass"), {}, C::Passes),
        blogCookies,
        finding(QStringLiteral("Performance"), QStringLiteral("Cache headers"),
                QStringLiteral("warn"), QString(), C::Warns),
    };
    // A scan that failed part way: no findings, and it must not go missing.
    ScanVerdict api;
    api.scanId = QStringLiteral("scan_api1");
    api.siteUrl = QStringLiteral("https://api.example/");
    api.type = QStringLiteral("security");
    api.state = QStringLiteral("failed");
    api.error = QStringLiteral("Target URL returned HTTP 503 — site appears to be down.");
    api.passed = false;
    api.reasons = { QStringLiteral("the scan failed") };
    return { shop, blog, api };
}

/// A scan whose every string is an attack: markup for HTML and XML viewers,
/// control characters, a right-to-left override, a lone surrogate, a
/// non-character, huge strings, a site that is no URL, and two check names
/// that make the same slug.
QList<ScanVerdict> hostileVerdicts()
{
    const QString huge = QStringLiteral("A").repeated(300000);
    ScanVerdict scan;
    scan.scanId = QStringLiteral("scan_<b>h0st1le</b>\u0001");
    scan.siteUrl = QStringLiteral("javascript:alert(1)//<script>\u202E gnp.exe");
    scan.type = QStringLiteral("security\u0000]]>");
    scan.grade = QStringLiteral("F<i>");
    scan.score = 3;
    FindingVerdict markup = finding(QStringLiteral("Headers <b>bold</b>"),
                                    QStringLiteral("</testcase><testcase name=\"x\">"),
                                    QStringLiteral("fail"), QStringLiteral("critical"), C::Fails);
    markup.decidesExit = true;
    markup.message = QStringLiteral("invoice\u202Egnp.exe <script>alert(1)</script> ]]> &amp; "
                                    "\"q\"\u001B[31m red\r\nsecond line");
    markup.fix = QStringLiteral("`code` [link](javascript:alert(1)) <img src=x onerror=y> ")
        + QChar(0xDC00) + QChar(0xFFFF);
    FindingVerdict big = finding(huge, huge, QStringLiteral("warn"), huge, C::Warns);
    big.message = huge;
    big.fix = huge;
    FindingVerdict slugA = finding(QStringLiteral("Cookies"), QStringLiteral("Cookie flags"),
                                   QStringLiteral("fail"), QStringLiteral("HIGH "), C::Fails);
    FindingVerdict slugB = finding(QStringLiteral("Cookies"), QStringLiteral("cookie-flags"),
                                   QStringLiteral("fail"), QStringLiteral("low"), C::Fails);
    FindingVerdict empty = finding(QStringLiteral("\u202E"), QStringLiteral("***"),
                                   QStringLiteral("fail"), QString(), C::Suppressed);
    empty.message.clear();
    empty.fix.clear();
    empty.suppression = suppression(QStringLiteral("***"), TriageState::Accepted,
                                    QStringLiteral("<a href=\"javascript:x\">ok</a>\u0007\u202E"));
    scan.findings = { markup, big, slugA, slugB, empty };
    scan.passed = false;
    return { scan };
}

QJsonObject sarifRun(const QByteArray &sarif)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(sarif, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "SARIF does not parse:" << error.errorString();
    const QJsonObject log = document.object();
    if (log.value(QStringLiteral("version")).toString() != QLatin1String("2.1.0"))
        return {};
    const QJsonArray runs = log.value(QStringLiteral("runs")).toArray();
    return runs.size() == 1 ? runs.first().toObject() : QJsonObject();
}

QJsonArray results(const QJsonObject &run)
{
    return run.value(QStringLiteral("results")).toArray();
}

/// "ruleId site" → the result, for every result.
QHash<QString, QJsonObject> resultsByRuleAndSite(const QJsonObject &run)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &value : results(run)) {
        const QJsonObject result = value.toObject();
        const QString uri
            = result
                  .value(QStringLiteral(
                      "locations"))[0][QStringLiteral("physicalLocation")]
                                   [QStringLiteral("artifactLocation")][QStringLiteral("uri")]
                  .toString();
        out.insert(result.value(QStringLiteral("ruleId")).toString() + QLatin1Char(' ') + uri,
                   result);
    }
    return out;
}

struct JUnitCounts
{
    int tests = 0;
    int failures = 0;
    int skipped = 0;
    int errors = 0;
    bool operator==(const JUnitCounts &o) const
    {
        return tests == o.tests && failures == o.failures && skipped == o.skipped
            && errors == o.errors;
    }
};

JUnitCounts countsAttributes(const QXmlStreamAttributes &attributes)
{
    return { attributes.value(QStringLiteral("tests")).toInt(),
             attributes.value(QStringLiteral("failures")).toInt(),
             attributes.value(QStringLiteral("skipped")).toInt(),
             attributes.value(QStringLiteral("errors")).toInt() };
}

} // namespace

class SarifTest : public QObject
{
    Q_OBJECT

private slots:
    void sarifMatchesItsGoldenFile();
    void sarifHasOneResultPerFailingWarningOrSuppressedCheckAndSite();
    void sarifWithoutScansIsAnEmptyRun();
    void sarifRulesCarryTheFixAndTheSeverity();
    void sarifFingerprintsStayTheSameAcrossScans();
    void sarifHostileReportIsInertAndBounded();
    void junitMatchesItsGoldenFile();
    void junitCountsAddUp_data();
    void junitCountsAddUp();
    void junitHostileReportIsWellFormedAndInert();
    void aFailedScanIsInBothFiles();
    void junitFailsOnlyWhatDecidesTheGate();
    void junitSaysAGradeBelowTheGate();
};

void SarifTest::sarifMatchesItsGoldenFile()
{
    compareWithGolden(toSarif(verdicts(), kVersion), QStringLiteral("verdicts.sarif"));
    compareWithGolden(toSarif(hostileVerdicts(), kVersion), QStringLiteral("hostile.sarif"));
}

void SarifTest::sarifHasOneResultPerFailingWarningOrSuppressedCheckAndSite()
{
    const QJsonObject run = sarifRun(toSarif(verdicts(), kVersion));
    const QJsonObject driver = run[QStringLiteral("tool")][QStringLiteral("driver")].toObject();
    QCOMPARE(driver.value(QStringLiteral("name")).toString(), QStringLiteral("ScanDash"));
    QCOMPARE(driver.value(QStringLiteral("version")).toString(), kVersion);
    QCOMPARE(driver.value(QStringLiteral("informationUri")).toString(),
             QStringLiteral("https://github.com/scandash/scandash"));

    // Shop: HSTS, CSP, cookies (suppressed), protocol versions (warn), frame
    // options (expired suppression); not the certificate (passes) nor the
    // banner (ignored). Blog: HSTS, cookies (suppressed), cache headers.
    const auto byKey = resultsByRuleAndSite(run);
    QCOMPARE(results(run).size(), 8);
    QCOMPARE(byKey.size(), 8);
    const QString shop = QStringLiteral(" https://shop.example/");
    const QString blog = QStringLiteral(" https://blog.example/posts");
    QVERIFY(!byKey.contains(QStringLiteral("tls/certificate") + shop));
    QVERIFY(!byKey.contains(QStringLiteral("information/server-banner") + shop));

    auto field = [&](const QString &key, const QString &name) {
        return byKey.value(key).value(name).toString();
    };
    // Levels: a failure of high or critical severity is an error, the rest
    // warnings, a suppressed one keeps its level.
    QCOMPARE(field(QStringLiteral("headers/hsts") + shop, QStringLiteral("level")),
             QStringLiteral("error"));
    QCOMPARE(field(QStringLiteral("headers/x-frame-options") + shop, QStringLiteral("level")),
             QStringLiteral("error"));
    QCOMPARE(
        field(QStringLiteral("headers/content-security-policy") + shop, QStringLiteral("level")),
        QStringLiteral("warning"));
    QCOMPARE(field(QStringLiteral("tls/protocol-versions") + shop, QStringLiteral("level")),
             QStringLiteral("warning"));
    QCOMPARE(field(QStringLiteral("headers/hsts") + shop, QStringLiteral("message")),
             QString()); // an object, not a string
    QCOMPARE(byKey
                 .value(QStringLiteral("headers/hsts")
                        + shop)[QStringLiteral("message")][QStringLiteral("text")]
                 .toString(),
             QStringLiteral("HSTS is not set well."));

    // Baseline states where the scan has a baseline, none where it has not.
    QCOMPARE(field(QStringLiteral("headers/hsts") + shop, QStringLiteral("baselineState")),
             QStringLiteral("new"));
    QCOMPARE(field(QStringLiteral("headers/content-security-policy") + shop,
                   QStringLiteral("baselineState")),
             QStringLiteral("unchanged"));
    QCOMPARE(field(QStringLiteral("tls/protocol-versions") + shop, QStringLiteral("baselineState")),
             QStringLiteral("updated"));
    QVERIFY(!byKey.value(QStringLiteral("headers/hsts") + blog)
                 .contains(QStringLiteral("baselineState")));

    // Suppressed: an external, accepted suppression with the reason; an
    // expired one is a plain result again.
    const QJsonArray suppressions
        = byKey.value(QStringLiteral("cookies/cookie-flags") + shop)[QStringLiteral("suppressions")]
              .toArray();
    QCOMPARE(suppressions.size(), 1);
    QCOMPARE(suppressions[0][QStringLiteral("kind")].toString(), QStringLiteral("external"));
    QCOMPARE(suppressions[0][QStringLiteral("status")].toString(), QStringLiteral("accepted"));
    QCOMPARE(suppressions[0][QStringLiteral("justification")].toString(),
             QStringLiteral("The load balancer sets SameSite."));
    QCOMPARE(byKey
                 .value(QStringLiteral("cookies/cookie-flags")
                        + blog)[QStringLiteral("suppressions")][0][QStringLiteral("justification")]
                 .toString(),
             QStringLiteral("No cookies are set."));
    QVERIFY(!byKey.value(QStringLiteral("headers/x-frame-options") + shop)
                 .contains(QStringLiteral("suppressions")));
    QVERIFY(!byKey.value(QStringLiteral("headers/hsts") + shop)
                 .contains(QStringLiteral("suppressions")));
    // The expired one says so.
    const QJsonObject expired
        = byKey
              .value(QStringLiteral("headers/x-frame-options")
                     + shop)[QStringLiteral("properties")][QStringLiteral("expiredSuppression")]
              .toObject();
    QCOMPARE(expired.value(QStringLiteral("expires")).toString(), QStringLiteral("2026-10-01"));
    QCOMPARE(expired.value(QStringLiteral("justification")).toString(),
             QStringLiteral("CSP frame-ancestors covers it."));
}

void SarifTest::sarifWithoutScansIsAnEmptyRun()
{
    const QJsonObject run = sarifRun(toSarif({}, kVersion));
    QVERIFY(run.contains(QStringLiteral("tool")));
    QCOMPARE(results(run).size(), 0);
}

void SarifTest::sarifRulesCarryTheFixAndTheSeverity()
{
    const QJsonObject run = sarifRun(toSarif(verdicts(), kVersion));
    const QJsonArray rules
        = run[QStringLiteral("tool")][QStringLiteral("driver")][QStringLiteral("rules")].toArray();
    // One rule per check, shared by the sites: hsts, csp, cookie flags,
    // protocol versions, frame options, cache headers.
    QCOMPARE(rules.size(), 6);
    QSet<QString> ids;
    for (const QJsonValue &rule : rules)
        ids.insert(rule[QStringLiteral("id")].toString());
    QCOMPARE(ids.size(), rules.size());
    for (const QJsonValue &value : results(run)) {
        const QJsonObject result = value.toObject();
        const int index = result.value(QStringLiteral("ruleIndex")).toInt(-1);
        QVERIFY(index >= 0 && index < rules.size());
        QCOMPARE(rules[index][QStringLiteral("id")].toString(),
                 result.value(QStringLiteral("ruleId")).toString());
    }
    QJsonObject hsts;
    QJsonObject cache;
    for (const QJsonValue &rule : rules) {
        if (rule[QStringLiteral("id")].toString() == QLatin1String("headers/hsts"))
            hsts = rule.toObject();
        if (rule[QStringLiteral("id")].toString() == QLatin1String("performance/cache-headers"))
            cache = rule.toObject();
    }
    QCOMPARE(hsts[QStringLiteral("help")][QStringLiteral("text")].toString(),
             QStringLiteral("Set HSTS on every response."));
    QCOMPARE(hsts[QStringLiteral("fullDescription")][QStringLiteral("text")].toString(),
             QStringLiteral("Set HSTS on every response."));
    QCOMPARE(hsts[QStringLiteral("properties")][QStringLiteral("security-severity")].toString(),
             QStringLiteral("7.0"));
    QCOMPARE(hsts[QStringLiteral("properties")][QStringLiteral("tags")].toArray(),
             QJsonArray { QStringLiteral("security") });
    // No severity: no security-severity.
    QVERIFY(!cache[QStringLiteral("properties")].toObject().contains(
        QStringLiteral("security-severity")));
}

void SarifTest::sarifFingerprintsStayTheSameAcrossScans()
{
    // The next run: other scan ids, other messages and grades, the findings
    // in another order. Every alert keeps its fingerprint.
    QList<ScanVerdict> next = verdicts(QStringLiteral("scan_shop3"), QStringLiteral("scan_blog2"));
    for (ScanVerdict &scan : next) {
        scan.grade = QStringLiteral("D");
        std::reverse(scan.findings.begin(), scan.findings.end());
        for (FindingVerdict &f : scan.findings)
            f.message += QStringLiteral(" (seen again)");
    }
    const auto before = resultsByRuleAndSite(sarifRun(toSarif(verdicts(), kVersion)));
    const auto after = resultsByRuleAndSite(sarifRun(toSarif(next, kVersion)));
    QCOMPARE(after.keys().size(), before.keys().size());
    QSet<QString> fingerprints;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QJsonObject print = it->value(QStringLiteral("partialFingerprints")).toObject();
        QCOMPARE(print.size(), 1);
        QVERIFY(!print.begin()->toString().isEmpty());
        QCOMPARE(after.value(it.key()).value(QStringLiteral("partialFingerprints")).toObject(),
                 print);
        fingerprints.insert(print.begin()->toString());
    }
    // Different checks or sites: different alerts.
    QCOMPARE(fingerprints.size(), before.size());
}

void SarifTest::sarifHostileReportIsInertAndBounded()
{
    const QByteArray sarif = toSarif(hostileVerdicts(), kVersion);
    // 1.5 MB of server text in, a bounded log out.
    QVERIFY2(sarif.size() < 100000, QByteArray::number(sarif.size()).constData());
    const QJsonObject run = sarifRun(sarif);
    QCOMPARE(results(run).size(), 5);
    const QString text = QString::fromUtf8(sarif);
    // Bidi overrides and control characters are shown, not obeyed.
    QVERIFY(!text.contains(QChar(0x202E)));
    QVERIFY(text.contains(QStringLiteral("[U+202E]")));
    QVERIFY(!text.contains(QStringLiteral("\\u0001")));
    QVERIFY(!text.contains(QStringLiteral("\\u001b")));
    // Markup stays literal text in message.text.
    QVERIFY(text.contains(QStringLiteral("<script>alert(1)</script>")));
    // The two names with one slug are two rules.
    QSet<QString> ids;
    for (const QJsonValue &rule :
         run[QStringLiteral("tool")][QStringLiteral("driver")][QStringLiteral("rules")].toArray())
        ids.insert(rule[QStringLiteral("id")].toString());
    QCOMPARE(ids.size(), 5);
    // A site that is no URL is still a valid relative reference.
    const QString uri
        = results(run)[0][QStringLiteral("locations")][0][QStringLiteral("physicalLocation")]
                      [QStringLiteral("artifactLocation")][QStringLiteral("uri")]
                          .toString();
    QVERIFY(!uri.contains(QLatin1Char(' ')));
    QVERIFY(!uri.contains(QLatin1Char('<')));
}

void SarifTest::junitMatchesItsGoldenFile()
{
    compareWithGolden(toJUnit(verdicts(), kVersion), QStringLiteral("verdicts.junit.xml"));
    compareWithGolden(toJUnit(hostileVerdicts(), kVersion), QStringLiteral("hostile.junit.xml"));
}

void SarifTest::junitCountsAddUp_data()
{
    QTest::addColumn<int>("tests");
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("errors");
    // A failing check that does not decide the gate (the shop's unchanged
    // CSP under fail-on new, the blog's HSTS that did not fail its gate) is
    // no <failure>; the failed scan is one test with an <error>.
    QTest::newRow("verdicts") << 12 << 2 << 3 << 1;
    QTest::newRow("hostile") << 5 << 1 << 1 << 0;
    QTest::newRow("none") << 0 << 0 << 0 << 0;
}

void SarifTest::junitCountsAddUp()
{
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QList<ScanVerdict> input = tag == QLatin1String("verdicts") ? verdicts()
        : tag == QLatin1String("hostile")                             ? hostileVerdicts()
                                                                      : QList<ScanVerdict>();
    QFETCH(int, tests);
    QFETCH(int, failures);
    QFETCH(int, skipped);
    QFETCH(int, errors);

    QXmlStreamReader xml(toJUnit(input, kVersion));
    JUnitCounts root;
    JUnitCounts suitesDeclared;
    JUnitCounts suiteDeclared;
    JUnitCounts suiteSeen;
    JUnitCounts allSeen;
    int suites = 0;
    QStringList skippedMessages;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("testsuites")) {
                root = countsAttributes(xml.attributes());
            } else if (name == QLatin1String("testsuite")) {
                ++suites;
                suiteDeclared = countsAttributes(xml.attributes());
                suiteSeen = {};
                QVERIFY(xml.attributes().hasAttribute(QStringLiteral("name")));
            } else if (name == QLatin1String("testcase")) {
                ++suiteSeen.tests;
                QVERIFY(xml.attributes().hasAttribute(QStringLiteral("classname")));
                QVERIFY(xml.attributes().hasAttribute(QStringLiteral("name")));
            } else if (name == QLatin1String("failure")) {
                ++suiteSeen.failures;
            } else if (name == QLatin1String("skipped")) {
                ++suiteSeen.skipped;
                skippedMessages << xml.attributes().value(QStringLiteral("message")).toString();
            } else if (name == QLatin1String("error")) {
                ++suiteSeen.errors;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("testsuite")) {
            QVERIFY(suiteSeen == suiteDeclared);
            suitesDeclared.tests += suiteDeclared.tests;
            suitesDeclared.failures += suiteDeclared.failures;
            suitesDeclared.skipped += suiteDeclared.skipped;
            suitesDeclared.errors += suiteDeclared.errors;
            allSeen.tests += suiteSeen.tests;
            allSeen.failures += suiteSeen.failures;
            allSeen.skipped += suiteSeen.skipped;
            allSeen.errors += suiteSeen.errors;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(suites, input.size());
    QVERIFY(root == suitesDeclared);
    QVERIFY(root == allSeen);
    QCOMPARE(root.tests, tests);
    QCOMPARE(root.failures, failures);
    QCOMPARE(root.skipped, skipped);
    QCOMPARE(root.errors, errors);
    for (const QString &message : std::as_const(skippedMessages))
        QVERIFY(!message.isEmpty());
    if (tag == QLatin1String("verdicts")) {
        QVERIFY(skippedMessages.contains(
            QStringLiteral("Accepted risk: The load balancer sets SameSite.")));
        QVERIFY(skippedMessages.contains(QStringLiteral("False positive: No cookies are set.")));
        QVERIFY(skippedMessages.contains(QStringLiteral("Ignored by the policy's rules.")));
    }
}

void SarifTest::junitHostileReportIsWellFormedAndInert()
{
    const QByteArray junit = toJUnit(hostileVerdicts(), kVersion);
    QVERIFY2(junit.size() < 100000, QByteArray::number(junit.size()).constData());
    QXmlStreamReader xml(junit);
    QStringList failureMessages;
    int testcases = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("testcase"))
            ++testcases;
        if (xml.isStartElement() && xml.name() == QLatin1String("failure"))
            failureMessages << xml.attributes().value(QStringLiteral("message")).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // Markup in a name did not end or start an element.
    QCOMPARE(testcases, 5);
    QVERIFY(!failureMessages.isEmpty());
    // The server's message, escaped, read back as the same literal text, its
    // bidi override and escape character made visible.
    QVERIFY(failureMessages.first().contains(QStringLiteral("<script>alert(1)</script> ]]>")));
    QVERIFY(failureMessages.first().contains(QStringLiteral("[U+202E]")));
    QVERIFY(failureMessages.first().contains(QStringLiteral("[U+001B]")));
    const QString text = QString::fromUtf8(junit);
    QVERIFY(!text.contains(QChar(0x202E)));
    QVERIFY(!text.contains(QChar(0x0001)));
    QVERIFY(!text.contains(QChar(0xFFFF)));
}

void SarifTest::aFailedScanIsInBothFiles()
{
    // SARIF: the run's invocation did not succeed, and a notification says
    // which scan failed and why; no result is made up for it.
    const QJsonObject run = sarifRun(toSarif(verdicts(), kVersion));
    const QJsonArray invocations = run.value(QStringLiteral("invocations")).toArray();
    QCOMPARE(invocations.size(), 1);
    const QJsonObject invocation = invocations.first().toObject();
    QCOMPARE(invocation.value(QStringLiteral("executionSuccessful")).toBool(true), false);
    const QJsonArray notifications
        = invocation.value(QStringLiteral("toolExecutionNotifications")).toArray();
    QCOMPARE(notifications.size(), 1);
    const QJsonObject notification = notifications.first().toObject();
    QCOMPARE(notification.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
    const QString said = notification[QStringLiteral("message")][QStringLiteral("text")].toString();
    QVERIFY2(said.contains(QStringLiteral("https://api.example/"))
                 && said.contains(QStringLiteral("failed"))
                 && said.contains(QStringLiteral("HTTP 503 — site appears to be down.")),
             qPrintable(said));
    QCOMPARE(results(run).size(), 8);
    // Every scan ended with a report: the invocation succeeded.
    const QJsonObject fine = sarifRun(toSarif(verdicts().mid(0, 2), kVersion));
    QCOMPARE(fine[QStringLiteral("invocations")][0][QStringLiteral("executionSuccessful")].toBool(),
             true);
    QVERIFY(!fine[QStringLiteral("invocations")][0].toObject().contains(
        QStringLiteral("toolExecutionNotifications")));

    // JUnit: a testsuite for the scan, one testcase with an <error> saying
    // that it failed and why.
    QXmlStreamReader xml(toJUnit(verdicts(), kVersion));
    QString suite;
    QString error;
    QString errorSuite;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("testsuite"))
            suite = xml.attributes().value(QStringLiteral("name")).toString();
        if (xml.isStartElement() && xml.name() == QLatin1String("error")) {
            error = xml.attributes().value(QStringLiteral("message")).toString();
            errorSuite = suite;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(errorSuite, QStringLiteral("https://api.example/ (security)"));
    QVERIFY2(error.contains(QStringLiteral("failed"))
                 && error.contains(QStringLiteral("HTTP 503 — site appears to be down.")),
             qPrintable(error));
}

void SarifTest::junitFailsOnlyWhatDecidesTheGate()
{
    // What CI shows as a failed test is what failed the gate. A failing
    // check the gate did not count (not new, below the minimum severity,
    // fail-on none) passes, and says in its output that it fails.
    QXmlStreamReader xml(toJUnit(verdicts(), kVersion));
    QString suite;
    QString testcase;
    QStringList failed;
    QHash<QString, QString> output;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("testsuite"))
            suite = xml.attributes().value(QStringLiteral("name")).toString();
        else if (xml.name() == QLatin1String("testcase"))
            testcase = suite + QStringLiteral(" / ")
                + xml.attributes().value(QStringLiteral("name")).toString();
        else if (xml.name() == QLatin1String("failure"))
            failed << testcase;
        else if (xml.name() == QLatin1String("system-out"))
            output.insert(testcase, xml.readElementText());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const QString shop = QStringLiteral("https://shop.example/ (security) / ");
    const QString blog = QStringLiteral("https://blog.example/posts (security) / ");
    QCOMPARE(failed, (QStringList { shop + "HSTS", shop + "X-Frame-Options" }));
    QVERIFY2(output.value(shop + "Content-Security-Policy").contains("not counted by the gate"),
             qPrintable(output.value(shop + "Content-Security-Policy")));
    QVERIFY(output.value(blog + "HSTS").contains(QStringLiteral("HSTS is not set well.")));
}

void SarifTest::junitSaysAGradeBelowTheGate()
{
    // A scan that failed its gate on the grade alone is a failed test too:
    // CI would otherwise show every test passed on a run that exits 1.
    QList<ScanVerdict> input = verdicts().mid(1, 1);
    input.first().passed = false;
    input.first().failBelow = QStringLiteral("A-");
    input.first().reasons = { QStringLiteral("graded below A-") };
    QXmlStreamReader xml(toJUnit(input, kVersion));
    QStringList failures;
    QString testcase;
    int suiteFailures = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("testsuite"))
            suiteFailures = xml.attributes().value(QStringLiteral("failures")).toInt();
        else if (xml.name() == QLatin1String("testcase"))
            testcase = xml.attributes().value(QStringLiteral("name")).toString();
        else if (xml.name() == QLatin1String("failure"))
            failures << testcase + QStringLiteral(": ")
                    + xml.attributes().value(QStringLiteral("message")).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(failures, QStringList { "grade: Graded B, below A-." });
    QCOMPARE(suiteFailures, 1);
}

QTEST_GUILESS_MAIN(SarifTest)
#include "tst_sarif.moc"
