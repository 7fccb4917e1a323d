// Room for the findings (issue 13, part 5): at the window's first size the
// Findings tab shows the findings, not the grade panel, the history line and
// the trend chart with one row beneath them; the grade stays in sight.
#include "../common/teststack.h"
#include "api/parse.h"
#include "detailpane.h"
#include "findingsview.h"
#include "gradepanel.h"
#include "mainwindow.h"
#include "model/eventlogmodel.h"
#include "model/scanlistmodel.h"
#include "settings/translations.h"
#include "trendchart.h"

#include <QAccessible>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {

const QString site = QStringLiteral("https://room.example");

/// A completed security scan of `site` with its grade and score.
core::ScanStatus completedScan(const QString &id, int score, const QString &grade, int daysAgo)
{
    core::ScanStatus status;
    status.id = id;
    status.url = site;
    status.type = QStringLiteral("security");
    status.state = core::ScanState::Completed;
    status.progress = 100;
    status.createdAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    status.completedAt = status.createdAt.addSecs(40);
    status.result = core::ScanResult { score, grade, QStringLiteral("/report/") + id };
    return status;
}

/// A report of 20 checks in four categories, worded as AppVet words them,
/// half of them failing or warning: a usual day's work for an analyst.
core::Report twentyChecks(const core::ScanStatus &scan)
{
    static const char *names[]
        = { "HSTS",        "CSP",           "Cookie flags",   "X-Frame-Options",
            "TLS version", "Referrer",      "Permissions",    "Mixed content",
            "CORS",        "Server banner", "Directory list", "Open redirect",
            "SRI",         "HTTP methods",  "Cache control",  "Clickjacking",
            "DNSSEC",      "CAA record",    "security.txt",   "Subdomain takeover" };
    static const char *severities[] = { "critical", "high", "medium", "low" };
    QJsonArray categories;
    int failed = 0, warnings = 0, passed = 0;
    QHash<QString, int> counts;
    for (int c = 0; c < 4; ++c) {
        QJsonArray checks;
        for (int k = c; k < 20; k += 4) {
            const QString name = QString::fromLatin1(names[k]);
            const QString status = k % 2 ? QStringLiteral("pass")
                : k % 4 == 0             ? QStringLiteral("fail")
                                         : QStringLiteral("warn");
            QJsonObject check { { "name", name }, { "status", status } };
            if (status == QLatin1String("pass")) {
                ++passed;
                check.insert("severity", QJsonValue());
                check.insert("message", QStringLiteral("%1 looks right.").arg(name));
            } else {
                (status == QLatin1String("fail") ? failed : warnings) += 1;
                const QString severity
                    = QString::fromLatin1(severities[k % 4 == 0 ? k / 4 % 4 : 2]);
                ++counts[severity];
                check.insert("severity", severity);
                check.insert("message", QStringLiteral("%1 needs attention.").arg(name));
                check.insert("fix", QStringLiteral("See the AppVet guide on %1.").arg(name));
            }
            checks.append(check);
        }
        categories.append(QJsonObject { { "name", QStringLiteral("Category %1").arg(c + 1) },
                                        { "score", 60 + c * 5 },
                                        { "checks", checks } });
    }
    const QJsonObject body { { "id", scan.id },
                             { "type", scan.type },
                             { "url", scan.url },
                             { "score", scan.result->score },
                             { "grade", scan.result->grade },
                             { "created_at", scan.createdAt.toString(Qt::ISODate) },
                             { "completed_at", scan.completedAt.toString(Qt::ISODate) },
                             { "categories", categories },
                             { "summary",
                               QJsonObject { { "total_checks", 20 },
                                             { "passed", passed },
                                             { "failed", failed },
                                             { "warnings", warnings },
                                             { "critical", counts.value("critical") },
                                             { "high", counts.value("high") },
                                             { "medium", counts.value("medium") },
                                             { "low", counts.value("low") } } } };
    auto parsed = core::parseReport(QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!parsed.ok())
        qFatal("the test's report does not parse: %s", qPrintable(parsed.error));
    return *parsed.value;
}

/// How many findings rows are shown whole in the table's viewport.
int wholeRowsShown(const QTableView *table)
{
    const QRect viewport = table->viewport()->rect();
    int shown = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        shown += viewport.contains(table->visualRect(table->model()->index(row, 0)));
    return shown;
}

/// Whether `widget` is on the screen whole, inside its window.
bool shownWhole(const QWidget *widget)
{
    if (!widget->isVisible() || widget->visibleRegion().isEmpty())
        return false;
    const QRect inWindow(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
    return widget->window()->rect().contains(inWindow);
}

/// Saves what the window shows when SCANDASH_SCREENSHOTS names a folder.
void keepScreenshot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("SCANDASH_SCREENSHOTS");
    if (!folder.isEmpty())
        widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace

class FindingsRoomTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        core::installTranslations(*QCoreApplication::instance());
    }
    void init() { QSettings().clear(); }

    void theFindingsTabGivesTheFindingsTheRoomAndKeepsTheGrade()
    {
        TestStack stack(600, 10.0);
        // Two earlier scans of the site: the history line says "Regression"
        // and the trend chart is there, as on a site watched for weeks.
        stack.repository->add(completedScan(QStringLiteral("scan_room0"), 88, "A", 14));
        stack.repository->add(completedScan(QStringLiteral("scan_room1"), 80, "B", 7));
        const core::ScanStatus current = completedScan(QStringLiteral("scan_room2"), 71, "C", 0);
        stack.repository->add(current);
        stack.repository->setReport(current.id, twentyChecks(current));

        core::ScanListModel scans(*stack.repository);
        core::EventLogModel events(*stack.repository);
        ui::MainWindow window(*stack.controller, *stack.repository, scans, events);
        window.show();
        // The window's first size (the offscreen screen is smaller, and the
        // window keeps inside its screen when shown).
        window.resize(1240, 760);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectScan(current.id);
        ui::DetailPane *detail = window.detailPane();
        QVERIFY(detail->trendChart()->isVisible()); // the Events tab: all of it, as before

        auto *findings = detail->findChild<ui::FindingsView *>();
        QVERIFY(findings);
        detail->tabs()->setCurrentWidget(findings);
        QTableView *table = findings->table();
        QTRY_COMPARE(table->model()->rowCount(), 20);
        // Most of the pane's height: ten findings at least, read without
        // scrolling (there was one).
        QTRY_VERIFY2(wholeRowsShown(table) >= 10,
                     qPrintable(QStringLiteral("%1 rows shown whole, in %2 px of %3")
                                    .arg(wholeRowsShown(table))
                                    .arg(table->viewport()->height())
                                    .arg(detail->height())));
        keepScreenshot(window, QStringLiteral("findings-room"));
        // The grade is still there, letter and words.
        ui::GradePanel *grade = detail->gradePanel();
        QVERIFY(shownWhole(grade->gradeLabel()));
        QCOMPARE(grade->gradeLabel()->text(), QStringLiteral("C"));
        QAccessibleInterface *letter = QAccessible::queryAccessibleInterface(grade->gradeLabel());
        QVERIFY(letter);
        QCOMPARE(letter->text(QAccessible::Name), ui::GradePanel::tr("Grade %1").arg("C"));
        QVERIFY(shownWhole(grade->scoreLabel()));
        QVERIFY(grade->scoreLabel()->text().contains(QStringLiteral("71")));
        QVERIFY(shownWhole(grade->openReportButton()));

        // Back on the events, the grade panel and the trend are whole again.
        detail->tabs()->setCurrentIndex(0);
        QVERIFY(detail->trendChart()->isVisible());
        QVERIFY(grade->summaryLabel()->isVisible());
        QVERIFY(detail->progressBar()->isVisible());
        QVERIFY(detail->statusLabel()->isVisible());
        // With room for it, the window's content does not scroll, the demo's
        // banner above it too.
        window.setConnectionInfo(stack.simulator->baseUrl().authority(), true);
        auto *area = qobject_cast<QScrollArea *>(window.centralWidget());
        QVERIFY(area);
        // The content takes the area's size: none of it scrolled out of sight.
        QTRY_COMPARE(area->widget()->size(), area->viewport()->size());
        QVERIFY(!area->verticalScrollBar()->isVisible());
        QVERIFY(!area->horizontalScrollBar()->isVisible());
    }
};

QTEST_MAIN(FindingsRoomTest)
#include "tst_findingsroom.moc"
