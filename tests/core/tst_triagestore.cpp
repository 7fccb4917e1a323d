// The analyst's triage: kept in the history across a restart, migrated into
// an older history, undone, and counted through the one gate (expiry too).
#include "policy/verdict.h"
#include "report/reportexport.h"
#include "settings/translations.h"
#include "store/scanrepository.h"
#include "store/scanstore.h"
#include "triagecontroller.h"

#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace core;

namespace {

Suppression cookieFlags(const QString &site = QStringLiteral("https://shop.example.com"))
{
    Suppression suppression;
    suppression.check = QStringLiteral("Cookie flags");
    suppression.site = site;
    suppression.type = QStringLiteral("security");
    suppression.state = TriageState::Accepted;
    suppression.reason = QStringLiteral("The load balancer sets SameSite");
    suppression.by = QStringLiteral("Ana");
    suppression.expires = QDate(2026, 12, 31);
    suppression.decidedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 30), QTimeZone::utc());
    return suppression;
}

Report shopReport()
{
    Report report;
    report.id = QStringLiteral("scan_1");
    report.type = QStringLiteral("security");
    report.url = QStringLiteral("https://shop.example.com/");
    report.grade = QStringLiteral("C");
    ReportCategory headers;
    headers.name = QStringLiteral("headers");
    headers.checks.append({ QStringLiteral("Cookie flags"), QStringLiteral("fail"),
                            QStringLiteral("high"), QStringLiteral("No SameSite"), QString() });
    headers.checks.append({ QStringLiteral("HSTS"), QStringLiteral("fail"),
                            QStringLiteral("medium"), QString(), QString() });
    report.categories.append(headers);
    return report;
}

int failing(const ScanVerdict &verdict)
{
    int count = 0;
    for (const FindingVerdict &finding : verdict.findings)
        count += finding.counts == FindingVerdict::Counts::Fails ? 1 : 0;
    return count;
}

} // namespace

class TriageStoreTest : public QObject
{
    Q_OBJECT

private slots:
    // The English plural forms ("0 warnings") come from the translations.
    void initTestCase()
    {
        installTranslations(*QCoreApplication::instance());
        // The remembered policy file goes to QSettings: the test's own.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("scandash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_triagestore"));
    }

    void triageIsKeptAcrossARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        Suppression everySite = cookieFlags(QString());
        everySite.check = QStringLiteral("HSTS");
        everySite.state = TriageState::FalsePositive;
        everySite.expires = QDate();
        {
            ScanStore store(path);
            ScanRepository repository(&store);
            TriageController triage(repository);
            QVERIFY(triage.suppressions().isEmpty());
            triage.suppress(cookieFlags());
            triage.suppress(everySite);
        }
        {
            ScanStore store(path);
            ScanRepository repository(&store);
            TriageController triage(repository);
            QCOMPARE(triage.suppressions().size(), 2);
            QCOMPARE(triage.suppressions().at(0), cookieFlags());
            QCOMPARE(triage.suppressions().at(1), everySite);
            triage.remove(cookieFlags());
        }
        ScanStore store(path);
        ScanRepository repository(&store);
        TriageController triage(repository);
        QCOMPARE(triage.suppressions(), QList<Suppression> { everySite });
    }

    void aFallenGradeIsARegressionOnlyWithAnUnsuppressedNewFailure()
    {
        ScanRepository repository;
        TriageController triage(repository);
        triage.setToday([] { return QDate(2026, 12, 1); });
        Report older = shopReport();
        older.categories[0].checks[0].status = QStringLiteral("pass"); // Cookie flags passed
        const Report newer = shopReport(); // ... and fails now
        QVERIFY(triage.failsAnythingNew(older, newer));
        triage.suppress(cookieFlags());
        QVERIFY(!triage.failsAnythingNew(older, newer));
        triage.undo();
        QVERIFY(triage.failsAnythingNew(older, newer));
    }

    void aPolicyFileCountsBesideTheTriageAndIsRememberedPerHistory()
    {
        QTemporaryDir dir;
        QSettings().clear();
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        const QString policyPath = dir.filePath(QStringLiteral("policy.yml"));
        const QString brokenPath = dir.filePath(QStringLiteral("broken.yml"));
        QFile policyFile(policyPath);
        QVERIFY(policyFile.open(QIODevice::WriteOnly));
        policyFile.write(
            "version: 1\nsuppress:\n  - check: HSTS\n    site: https://shop.example.com\n"
            "    reason: preloaded elsewhere\n");
        policyFile.close();
        QFile broken(brokenPath);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("version: 1\nsuppress:\n  - check: Cookie flags\n    reasn: typo\n");
        broken.close();
        const Report report = shopReport();
        {
            ScanStore store(path);
            ScanRepository repository(&store);
            TriageController triage(repository);
            QCOMPARE(failing(triage.verdict(report)), 2);
            QVERIFY(!triage.loadPolicyFile(policyPath));
            QCOMPARE(failing(triage.verdict(report)), 1); // HSTS suppressed by the file
            QVERIFY(triage.triageAsPolicy().isEmpty() || !triage.triageAsPolicy().contains("HSTS"));
            const auto error = triage.loadPolicyFile(brokenPath);
            QVERIFY(error);
            QCOMPARE(error->line, 4);
            QVERIFY(error->text().contains(QStringLiteral("broken.yml:4:")));
            QCOMPARE(triage.policyFile(), QFileInfo(policyPath).absoluteFilePath()); // kept
            QCOMPARE(failing(triage.verdict(report)), 1);
            QVERIFY(!triage.isOwn(*triage.find("HSTS", report.url, report.type)));
        }
        {
            ScanStore store(path); // a restart: the file is remembered for this history
            ScanRepository repository(&store);
            TriageController triage(repository);
            QCOMPARE(triage.policyFile(), QFileInfo(policyPath).absoluteFilePath());
            QCOMPARE(failing(triage.verdict(report)), 1);
            triage.clearPolicyFile();
            QCOMPARE(failing(triage.verdict(report)), 2);
        }
        ScanStore store(dir.filePath(QStringLiteral("other.sqlite")));
        ScanRepository repository(&store);
        TriageController triage(repository);
        QVERIFY(triage.policyFile().isEmpty()); // another history has its own
    }

    void aDecisionOnTheSameFindingReplacesTheOldOneAndUndoBringsItBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        Suppression changed = cookieFlags();
        changed.check = QStringLiteral("COOKIE FLAGS"); // check names ignore case
        changed.state = TriageState::FalsePositive;
        changed.reason = QStringLiteral("SameSite is set upstream");
        {
            ScanStore store(path);
            ScanRepository repository(&store);
            TriageController triage(repository);
            triage.suppress(cookieFlags());
            triage.suppress(changed);
            QCOMPARE(triage.suppressions(), QList<Suppression> { changed });
            triage.undo();
            QCOMPARE(triage.suppressions(), QList<Suppression> { cookieFlags() });
            triage.undo();
            QVERIFY(triage.suppressions().isEmpty());
            QVERIFY(!triage.canUndo());
            triage.suppress(changed);
            triage.remove(changed);
            triage.undo(); // the removal taken back
        }
        ScanStore store(path);
        ScanRepository repository(&store);
        QCOMPARE(repository.loadTriage(), QList<Suppression> { changed });
    }

    void aVersion3HistoryGainsTheTriageTable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            ScanStore store(path);
        }
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "v3");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            // Version 3's layout: no triage, no last phases (version 5).
            QVERIFY(QSqlQuery(db).exec("DROP TABLE triage"));
            QVERIFY(QSqlQuery(db).exec("ALTER TABLE scans DROP COLUMN last_phase_ms"));
            QVERIFY(QSqlQuery(db).exec("ALTER TABLE scans DROP COLUMN last_phase_at_pace_ms"));
            QVERIFY(QSqlQuery(db).exec("PRAGMA user_version = 3"));
            db.close();
        }
        QSqlDatabase::removeDatabase("v3");
        ScanStore store(path);
        QCOMPARE(store.openResult().migratedFrom, 3);
        QCOMPARE(store.schemaVersion(), ScanStore::kSchemaVersion);
        QVERIFY(store.saveSuppression(cookieFlags()));
        QCOMPARE(store.loadTriage(), QList<Suppression> { cookieFlags() });
    }

    void aSuppressedFindingDoesNotCountUntilItExpires()
    {
        ScanRepository repository; // no history
        TriageController triage(repository);
        const Report report = shopReport();
        QCOMPARE(failing(triage.verdict(report)), 2);
        triage.setToday([] { return QDate(2026, 12, 31); }); // the last day it holds
        triage.suppress(cookieFlags());
        ScanVerdict verdict = triage.verdict(report);
        QCOMPARE(failing(verdict), 1);
        QCOMPARE(verdict.findings.at(0).counts, FindingVerdict::Counts::Suppressed);
        QVERIFY(!verdict.findings.at(0).suppressionExpired);

        triage.setToday([] { return QDate(2027, 1, 1); });
        verdict = triage.verdict(report);
        QCOMPARE(failing(verdict), 2); // counts again
        QVERIFY(verdict.findings.at(0).suppressionExpired);
        QCOMPARE(verdict.findings.at(0).suppression->reason, cookieFlags().reason);

        // Another site is not this site.
        Report other = report;
        other.url = QStringLiteral("https://blog.example.com/");
        triage.setToday([] { return QDate(2026, 12, 1); });
        QCOMPARE(failing(triage.verdict(other)), 2);
    }

    void exportsListSuppressedFindingsInASectionOfTheirOwn()
    {
        ScanRepository repository;
        TriageController triage(repository);
        triage.setToday([] { return QDate(2026, 12, 1); });
        triage.suppress(cookieFlags());
        Report report = shopReport();
        report.summary.failed = 2;
        const QList<SuppressedCheck> suppressed = triage.suppressedChecks(report);
        QCOMPARE(suppressed.size(), 1);
        QCOMPARE(triage.failuresText(report), QStringLiteral("1 failed, 0 warnings, 1 suppressed"));

        const QString markdown = reportMarkdown(report, suppressed);
        const qsizetype failing = markdown.indexOf(QStringLiteral("## Failing checks"));
        const qsizetype section = markdown.indexOf(QStringLiteral("## Suppressed"));
        QVERIFY(failing >= 0 && section > failing);
        // Among the suppressed, with its reason; not among the failing.
        QVERIFY(markdown.indexOf(QStringLiteral("Cookie flags"), section) > section);
        QCOMPARE(markdown.mid(failing, section - failing).indexOf(QStringLiteral("Cookie flags")),
                 -1);
        QVERIFY(markdown.mid(failing, section - failing).contains(QStringLiteral("HSTS")));
        QVERIFY(markdown.contains(QStringLiteral(
            "| Accepted risk | The load balancer sets SameSite | Ana | 2026-12-31 |")));

        const QString page = reportHtml(report, suppressed);
        const qsizetype htmlSection = page.indexOf(QStringLiteral("<h2>Suppressed</h2>"));
        QVERIFY(htmlSection > 0);
        QVERIFY(page.indexOf(QStringLiteral("The load balancer sets SameSite"), htmlSection)
                > htmlSection);
        // Without triage, the export is as before: no such section.
        QVERIFY(!reportMarkdown(report).contains(QStringLiteral("## Suppressed")));
    }

    void aSuppressedCheckIsNotNewlyFailingInACompare()
    {
        ScanRepository repository;
        TriageController triage(repository);
        triage.setToday([] { return QDate(2026, 12, 1); });
        Report older = shopReport();
        older.id = QStringLiteral("scan_0");
        older.categories[0].checks[0].status = QStringLiteral("pass");
        older.categories[0].checks[1].status = QStringLiteral("pass");
        const Report newer = shopReport();
        using Kind = CheckChange::Kind;
        QCOMPARE(triage.compare(older, newer).count(Kind::NewlyFailing), 2);
        triage.suppress(cookieFlags());
        const ReportComparison comparison = triage.compare(older, newer);
        QCOMPARE(comparison.count(Kind::NewlyFailing), 1);
        QCOMPARE(comparison.suppressedCount(), 1);
        QVERIFY(comparisonMarkdown(comparison)
                    .contains(QStringLiteral("1 newly failing, 0 fixed, 0 still failing, 0 "
                                             "unchanged, 1 suppressed")));
        QVERIFY(comparisonText(comparison)
                    .contains(QStringLiteral("newly failing (suppressed: The load balancer sets "
                                             "SameSite)")));
    }
};

QTEST_GUILESS_MAIN(TriageStoreTest)
#include "tst_triagestore.moc"
