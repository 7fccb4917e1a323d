// Reports as values: comparing two, and exporting to Markdown, HTML, JSON and
// CSV with every server string made inert (golden files in data/golden).
#include "api/parse.h"
#include "golden.h"
#include "report/comparison.h"
#include "report/reportexport.h"
#include "settings/translations.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace core;

namespace {

ReportCheck check(const QString &name, const QString &status, const QString &severity = {},
                  const QString &message = {}, const QString &fix = {})
{
    return { name, status, severity, message, fix };
}

/// A report whose every string is an attack on one format or another.
Report hostileReport()
{
    Report report;
    report.id = QStringLiteral("scan_h0st1le");
    report.type = QStringLiteral("security");
    report.url = QStringLiteral("https://evil.example/<script>alert(1)</script>");
    report.score = 41;
    report.grade = QStringLiteral("F%1");
    report.completedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    report.categories = {
        { QStringLiteral("Headers <b>bold</b>"),
          35,
          { check(QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
                  QStringLiteral("fail"), QStringLiteral("critical"),
                  QStringLiteral("invoice\u202Egnp.exe | pipe *stars* _under_"),
                  QStringLiteral("`code` [link](javascript:alert(1)) <img src=x onerror=y>")),
            check(QStringLiteral("CSP"), QStringLiteral("pass"), {}, QStringLiteral("ok")) } },
        { QStringLiteral("Cookies"),
          50,
          { check(QStringLiteral("@SUM(1+1)"), QStringLiteral("warn"), QStringLiteral("low"),
                  QStringLiteral("+cmd|' /C calc'!A0"), QStringLiteral("-2+3")),
            check(QStringLiteral("Legacy"), QStringLiteral("skipped")) } },
    };
    report.summary = { 4, 1, 1, 1, 1, 0, 0, 1 };
    return report;
}

} // namespace

class ReportExportTest : public QObject
{
    Q_OBJECT

private slots:
    // English plurals ("1 warning") come from the English translation.
    void initTestCase() { installTranslations(*QCoreApplication::instance()); }
    void reportWithAnUnknownStatusAndNullsParses();
    void comparisonSortsEachCheckIntoItsChange();
    void markdownMatchesItsGoldenFileAndIsInert();
    void htmlMatchesItsGoldenFileAndIsInert();
    void comparisonExportsMatchTheirGoldenFiles();
    void csvQuotesAndDisarmsFormulas();
};

void ReportExportTest::reportWithAnUnknownStatusAndNullsParses()
{
    const auto parsed = parseReport(R"({"id":"scan_x","score":50,"grade":"D","categories":[
        {"name":"A","checks":[{"name":"one","status":"skipped","severity":null},
                              {"name":"two","status":"fail","severity":"high","message":"m"}]}],
        "summary":{"total_checks":2}})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const ReportCheck &one = parsed.value->categories.at(0).checks.at(0);
    QCOMPARE(one.status, QStringLiteral("skipped"));
    QCOMPARE(one.severity, QString());
    QCOMPARE(parsed.value->categories.at(0).checks.at(1).fix, QString()); // no "fix" at all
    QVERIFY(!isFailingStatus(one.status));
    const auto order = checksWorstFirst(*parsed.value);
    QCOMPARE(order.first().second.name, QStringLiteral("two"));
    QVERIFY(reportMarkdown(*parsed.value).contains(QStringLiteral("- one (A): skipped")));
}

void ReportExportTest::comparisonSortsEachCheckIntoItsChange()
{
    Report older, newer;
    older.score = 80;
    older.grade = QStringLiteral("B");
    newer.score = 70;
    newer.grade = QStringLiteral("C");
    older.categories = { { QStringLiteral("H"),
                           0,
                           { check("still", "fail", "high"), check("breaks", "pass"),
                             check("mended", "warn", "low"), check("dropped", "fail", "medium"),
                             check("steady", "pass") } } };
    newer.categories
        = { { QStringLiteral("H"),
              0,
              { check("still", "fail", "high"), check("breaks", "fail", "critical"),
                check("mended", "pass"), check("steady", "pass"), check("added", "warn", "low") } },
            { QStringLiteral("Other"), 0, { check("still", "pass") } } };
    const ReportComparison comparison = compareReports(older, newer);
    using Kind = CheckChange::Kind;
    QStringList seen;
    for (const auto &change : comparison.changes)
        seen.append(QStringLiteral("%1:%2/%3")
                        .arg(changeKindName(change.kind), change.category, change.name));
    QCOMPARE(seen,
             QStringList({ "newly failing:H/breaks", "newly failing:H/added", "fixed:H/mended",
                           "still failing:H/still", "unchanged:H/steady", "unchanged:Other/still",
                           "no longer checked:H/dropped" }));
    QCOMPARE(comparison.count(Kind::NewlyFailing), 2);
    QCOMPARE(comparison.count(Kind::Fixed), 1);
    QCOMPARE(comparison.scoreChange(), -10);
    QCOMPARE(comparison.changes.first().severity, QStringLiteral("critical"));
    QCOMPARE(comparison.changes.first().oldStatus, QStringLiteral("pass"));
}

void ReportExportTest::markdownMatchesItsGoldenFileAndIsInert()
{
    const QString markdown = reportMarkdown(hostileReport());
    compareWithGolden(markdown.toUtf8(), QStringLiteral("report.md"));
    QVERIFY(!markdown.contains(QStringLiteral("<script>")));
    QVERIFY(!markdown.contains(QStringLiteral("<img")));
    QVERIFY(!markdown.contains(QStringLiteral("](javascript")));
    QVERIFY(markdown.contains(QStringLiteral("\\[U+202E\\]"))); // shown, not obeyed
    QVERIFY(markdown.contains(QStringLiteral("Grade F%1 · score 41/100")));
    // The failing check's row has exactly its seven cell borders.
    const QString row = markdown.section(QLatin1Char('\n'), 10, 10);
    QVERIFY2(row.startsWith(QStringLiteral("| critical |")), qPrintable(row));
    QCOMPARE(row.count(QRegularExpression(QStringLiteral("(?<!\\\\)\\|"))), 7);
}

void ReportExportTest::htmlMatchesItsGoldenFileAndIsInert()
{
    const QString page = reportHtml(hostileReport());
    compareWithGolden(page.toUtf8(), QStringLiteral("report.html"));
    QVERIFY(!page.contains(QStringLiteral("<script")));
    QVERIFY(!page.contains(QStringLiteral("<b>bold")));
    QVERIFY(!page.contains(QStringLiteral("<img")));
    QVERIFY(page.contains(QStringLiteral("&lt;script&gt;")));
    QVERIFY(page.contains(QStringLiteral("Content-Security-Policy")));
    QVERIFY(page.contains(QStringLiteral("[U+202E]")));
}

void ReportExportTest::comparisonExportsMatchTheirGoldenFiles()
{
    Report older = hostileReport();
    older.id = QStringLiteral("scan_0ld");
    older.score = 55;
    older.grade = QStringLiteral("D");
    older.completedAt = older.completedAt.addDays(-7);
    older.categories[0].checks[0].status = QStringLiteral("pass");
    const ReportComparison comparison = compareReports(older, hostileReport());
    compareWithGolden(comparisonMarkdown(comparison).toUtf8(), QStringLiteral("comparison.md"));
    compareWithGolden(comparisonHtml(comparison).toUtf8(), QStringLiteral("comparison.html"));
    const QJsonObject json = QJsonDocument::fromJson(comparisonJson(comparison)).object();
    QCOMPARE(json.value("score_change").toInt(), -14);
    QCOMPARE(json.value("changes").toArray().at(0).toObject().value("change").toString(),
             QStringLiteral("newly_failing"));
    QVERIFY(!comparisonHtml(comparison).contains(QStringLiteral("<script")));
}

void ReportExportTest::csvQuotesAndDisarmsFormulas()
{
    const QByteArray out = csv({ { "Site", "Grade", "Note" },
                                 { "https://a.example/x,y", "A", "say \"hi\"" },
                                 { "=HYPERLINK(\"http://evil\",\"x\")", "+1", "-2" },
                                 { "@SUM(A1)", "line\nbreak", "\tTAB" } });
    compareWithGolden(out, QStringLiteral("list.csv"));
    QVERIFY(out.startsWith("Site,Grade,Note\r\n"));
    QVERIFY(out.contains("\"https://a.example/x,y\",A,\"say \"\"hi\"\"\"\r\n"));
    QVERIFY(out.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'+1,'-2\r\n"));
    QVERIFY(out.contains("'@SUM(A1),\"line\nbreak\",'\tTAB\r\n"));
}

QTEST_GUILESS_MAIN(ReportExportTest)
#include "tst_reportexport.moc"
