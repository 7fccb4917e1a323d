// Triage in the window, as an analyst does it (offscreen): Accept risk… on a
// failing finding, the dialog, the greyed row, the count, the filter, Undo,
// Remove suppression, a restart, and a suppression that expires.
#include "../common/paintedtext.h"
#include "../common/teststack.h"
#include "api/parse.h"
#include "detailpane.h"
#include "findingsview.h"
#include "mainwindow.h"
#include "model/eventlogmodel.h"
#include "model/findingsmodel.h"
#include "model/scanlistmodel.h"
#include "newscanbar.h"
#include "settings/translations.h"
#include "triagecontroller.h"
#include "triagedialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

namespace {

/// The colour the table paints this text in, unselected (a selected row
/// takes the palette's highlighted text colour).
QColor inkOf(QTableView *table, const QString &text)
{
    table->clearSelection();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, core::FindingsModel::CheckColumn);
        if (index.data().toString() == text)
            table->scrollTo(index);
    }
    TextRecordingDevice device(table->viewport()->size());
    table->viewport()->render(&device);
    return device.inkOf(text);
}

/// The decision as the table paints it under the finding of this check:
/// the line "— reason (Ana, until …)", or "— reason" with the next line
/// painted ("by Ana, until …"), as the user reads them; empty when none is
/// painted.
QStringList paintedDecision(QTableView *table, const QString &check)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, core::FindingsModel::CheckColumn);
        if (index.data().toString() == check)
            table->scrollTo(index);
    }
    TextRecordingDevice device(table->viewport()->size());
    table->viewport()->render(&device);
    const QStringList texts = device.texts();
    for (int at = 0; at < texts.size(); ++at) {
        if (texts.at(at).startsWith(QStringLiteral("— ")))
            return texts.mid(at, 2);
    }
    return {};
}

/// True when the painted decision holds the reason whole, or its start elided.
bool showsReason(const QStringList &decision, const QString &reason)
{
    QString shown = decision.value(0).mid(2); // after "— "
    if (shown.endsWith(QLatin1Char(')')))
        shown = shown.left(shown.lastIndexOf(QStringLiteral(" (")));
    if (shown == reason)
        return true;
    return shown.endsWith(QChar(0x2026)) && shown.size() >= 4
        && reason.startsWith(shown.chopped(1));
}

/// The view's row showing this check (the table sorts: rows move).
int rowOf(QAbstractItemModel *rows, const QString &check)
{
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row, 0).data(core::FindingsModel::CheckNameRole).toString() == check)
            return row;
    }
    return -1;
}

void keepScreenshot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("SCANDASH_SCREENSHOTS");
    if (!folder.isEmpty())
        widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

/// One run of the window on a history file.
struct Window
{
    Window(TestStack &stack, const QString &path)
        : run(stack, path)
        , scans(run.repository)
        , events(run.repository)
        , window(run.controller, run.repository, scans, events)
    {
        run.repository.loadFromStore();
        window.setConnectionInfo(stack.simulator->baseUrl().authority(), true);
        window.setUrlOpener([](const QUrl &) { return true; });
        window.resize(1240, 760);
        window.show();
    }
    ui::FindingsView *findings() const
    {
        auto *view = window.detailPane()->findChild<ui::FindingsView *>();
        window.detailPane()->tabs()->setCurrentWidget(view);
        return view;
    }
    QString tabText() const
    {
        QTabWidget *tabs = window.detailPane()->tabs();
        return tabs->tabText(tabs->indexOf(findings()));
    }
    QString launch(const QString &url)
    {
        QLineEdit *edit = window.scanBar()->urlEdit();
        edit->setFocus();
        QTest::keyClicks(edit, url);
        QTest::keyClick(edit, Qt::Key_Return);
        if (!QTest::qWaitFor([this] { return scans.rowCount() == 1; }, 3000))
            return QString();
        const QString id = window.currentScanId();
        if (!QTest::qWaitFor(
                [&] {
                    const core::Scan *scan = run.repository.find(id);
                    return scan && scan->result.has_value() && run.repository.report(id);
                },
                30000))
            return QString();
        return id;
    }

    StoredRun run;
    core::ScanListModel scans;
    core::EventLogModel events;
    ui::MainWindow window;
};

/// A completed scan of the shop with its report: Cookie flags fails or
/// passes, HSTS fails in both.
void addShopScan(core::ScanRepository &repository, const QString &id, int daysAgo,
                 const QString &grade, int score, const char *cookieFlags)
{
    core::ScanStatus status;
    status.id = id;
    status.state = core::ScanState::Completed;
    status.progress = 100;
    status.type = QStringLiteral("security");
    status.url = QStringLiteral("https://shop.example.com");
    status.createdAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    status.completedAt = status.createdAt.addSecs(90);
    status.result = core::ScanResult { score, grade, QStringLiteral("/report/") + id };
    QVERIFY(repository.add(status));
    const bool passes = QLatin1String(cookieFlags) == QLatin1String("pass");
    const QJsonArray checks {
        QJsonObject { { "name", "Cookie flags" },
                      { "status", QLatin1String(cookieFlags) },
                      { "severity", "high" },
                      { "message", "No SameSite" } },
        QJsonObject { { "name", "HSTS" },
                      { "status", "fail" },
                      { "severity", "medium" },
                      { "message", "No HSTS" } },
    };
    const QJsonObject json {
        { "id", id },
        { "type", "security" },
        { "url", "https://shop.example.com" },
        { "score", score },
        { "grade", grade },
        { "categories",
          QJsonArray { QJsonObject { { "name", "Headers" }, { "checks", checks } } } },
        { "summary",
          QJsonObject {
              { "total_checks", 2 }, { "passed", passes ? 1 : 0 }, { "failed", passes ? 1 : 2 } } },
    };
    const QByteArray body = QJsonDocument(json).toJson();
    const core::Parsed<core::Report> report = core::parseReport(body);
    QVERIFY2(report.value, qPrintable(report.error));
    repository.setReport(id, *report.value);
}

QString failuresText(int failed, int warnings)
{
    return QStringLiteral("%1 failed, %2 warning%3")
        .arg(failed)
        .arg(warnings)
        .arg(warnings == 1 ? "" : "s");
}

} // namespace

class TriageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        core::installTranslations(*QCoreApplication::instance());
    }
    void init()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("triage/name"), QStringLiteral("Ana"));
    }

    void acceptRiskGreysTheRowCountsItOutFiltersUndoesAndRemoves()
    {
        QTemporaryDir dir;
        TestStack stack(600, 10.0);
        Window ui(stack, dir.filePath(QStringLiteral("history.sqlite")));
        const QString id = ui.launch(QStringLiteral("https://partial.example.com"));
        QVERIFY(!id.isEmpty());
        const core::Report report = *ui.run.repository.report(id);
        ui::FindingsView *findings = ui.findings();
        QTRY_VERIFY_WITH_TIMEOUT(findings->summaryLabel()->isVisible(), 10000);
        QTableView *table = findings->table();
        QAbstractItemModel *rows = table->model();
        const int allRows = rows->rowCount();
        const int failed = report.summary.failed, warnings = report.summary.warnings;
        QVERIFY(failed + warnings > 0);
        QCOMPARE(ui.tabText(), QStringLiteral("Findings (%1)").arg(failuresText(failed, warnings)));

        // The worst finding is on top; the menu offers triage, with its keys.
        const QString check = rows->index(0, 0).data(core::FindingsModel::CheckNameRole).toString();
        const bool wasFail = rows->index(0, 0).data(core::FindingsModel::StatusRole) == "fail";
        ui.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&ui.window));
        table->setFocus();
        table->setCurrentIndex(rows->index(0, 0));
        QStringList menu;
        for (QAction *action : table->actions()) {
            if (action->isVisible() && !action->isSeparator())
                menu.append(action->text() + QLatin1Char('\t') + action->shortcut().toString());
        }
        QVERIFY2(menu.contains(QStringLiteral("&Accept risk…\tCtrl+Shift+A")),
                 qPrintable(menu.join('|')));
        QVERIFY2(menu.contains(QStringLiteral("&False positive…\tCtrl+Shift+F")),
                 qPrintable(menu.join('|')));
        QVERIFY(findings->acceptRiskAction()->isShortcutVisibleInContextMenu());
        QVERIFY(findings->acceptRiskAction()->isEnabled());
        QVERIFY(!findings->removeSuppressionAction()->isEnabled()); // nothing to remove yet
        const QColor ink = inkOf(table, check);
        QVERIFY(ink.isValid());

        // The key opens the dialog: no decision without a reason.
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ui::TriageDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialogSeen = true;
            QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            QCOMPARE(dialog->byEdit()->text(), QStringLiteral("Ana"));
            QVERIFY(dialog->thisSiteButton()->isChecked());
            QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("The load balancer handles it"));
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(dialogSeen);

        // Still listed, greyed, with the decision in the row and its tooltip.
        QCOMPARE(rows->rowCount(), allRows);
        int row = rowOf(rows, check);
        QVERIFY(rows->index(row, 0).data(core::FindingsModel::SuppressedRole).toBool());
        const QString triage
            = rows->index(row, core::FindingsModel::TriageColumn).data().toString();
        QVERIFY2(triage.startsWith(QStringLiteral("Accepted risk: The load balancer handles it")),
                 qPrintable(triage));
        QVERIFY2(triage.contains(QStringLiteral("by Ana")), qPrintable(triage));
        QVERIFY(rows->index(row, core::FindingsModel::CheckColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("The load balancer handles it")));
        QCOMPARE(inkOf(table, check), table->palette().color(QPalette::PlaceholderText));
        QVERIFY(inkOf(table, check) != ink);
        // The row itself says it: state, reason and who decided, painted.
        QCOMPARE(rows->index(row, core::FindingsModel::StatusColumn).data().toString(),
                 QStringLiteral("accepted"));
        const QStringList decision = paintedDecision(table, check);
        QVERIFY2(decision.value(0).endsWith(QStringLiteral(" (Ana)"))
                     || decision.value(1) == QStringLiteral("by Ana"),
                 qPrintable(decision.join('|')));
        QVERIFY2(showsReason(decision, QStringLiteral("The load balancer handles it")),
                 qPrintable(decision.join('|')));
        // It no longer counts.
        const QString counted
            = failuresText(failed - (wasFail ? 1 : 0), warnings - (wasFail ? 0 : 1));
        QCOMPARE(ui.tabText(), QStringLiteral("Findings (%1, 1 suppressed)").arg(counted));
        // The summary line above the table counts as the tab does (issue 13:
        // a suppressed finding fails nowhere).
        const QString summary = findings->summaryLabel()->text();
        QVERIFY2(summary.contains(QStringLiteral("%1 passed, %2, 1 suppressed")
                                      .arg(report.summary.passed)
                                      .arg(counted)),
                 qPrintable(summary + QStringLiteral(" | tab: ") + ui.tabText()));
        // The list's tooltip counts the same.
        const QString tip
            = ui.scans.index(0, core::ScanListModel::GradeColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("%1, 1 suppressed").arg(counted)), qPrintable(tip));
        QVERIFY2(
            rows->index(row, core::FindingsModel::FindingColumn)
                .data()
                .toString()
                .contains(QStringLiteral("\n— ") + triage),
            qPrintable(rows->index(row, core::FindingsModel::FindingColumn).data().toString()));
        table->scrollTo(rows->index(row, 0));
        keepScreenshot(ui.window, QStringLiteral("triage-suppressed"));

        // The filter hides and shows it.
        findings->showSuppressedBox()->setChecked(false);
        QCOMPARE(rows->rowCount(), allRows - 1);
        QCOMPARE(rowOf(rows, check), -1);
        findings->showSuppressedBox()->setChecked(true);
        QCOMPARE(rows->rowCount(), allRows);

        // The window's Undo takes it back.
        QAction *undo = nullptr;
        for (QAction *action : ui.window.actions()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = action;
        }
        QVERIFY(undo);
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("&Undo triage"));
        // (Offscreen, no window is active again after a dialog by itself.)
        ui.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&ui.window));
        QTest::keyClick(&ui.window, Qt::Key_Z, Qt::ControlModifier);
        row = rowOf(rows, check);
        QVERIFY(!rows->index(row, 0).data(core::FindingsModel::SuppressedRole).toBool());
        QCOMPARE(ui.tabText(), QStringLiteral("Findings (%1)").arg(failuresText(failed, warnings)));
        QCOMPARE(inkOf(table, check), ink);
        QVERIFY(ui.run.controller.triage().suppressions().isEmpty());

        // False positive…, then Remove suppression.
        findings->setAskTriage([](const QString &name, core::TriageState state) {
            core::Suppression decided;
            decided.check = name;
            decided.state = state;
            decided.reason = QStringLiteral("Not reachable from outside");
            decided.by = QStringLiteral("Ana");
            return std::optional(decided);
        });
        table->setCurrentIndex(rows->index(row, 0));
        QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        row = rowOf(rows, check);
        QVERIFY(rows->index(row, 0).data(core::FindingsModel::SuppressedRole).toBool());
        QVERIFY(rows->index(row, core::FindingsModel::TriageColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("False positive: ")));
        table->setCurrentIndex(rows->index(row, 0));
        QVERIFY(findings->removeSuppressionAction()->isEnabled());
        QTest::keyClick(table, Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        row = rowOf(rows, check);
        QVERIFY(!rows->index(row, 0).data(core::FindingsModel::SuppressedRole).toBool());
        QCOMPARE(ui.tabText(), QStringLiteral("Findings (%1)").arg(failuresText(failed, warnings)));
        // Undo brings the removed suppression back.
        QTest::keyClick(&ui.window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(
            rows->index(rowOf(rows, check), 0).data(core::FindingsModel::SuppressedRole).toBool());
    }

    void triageSurvivesARestartAndAnExpiredOneCountsAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        TestStack stack(600, 10.0);
        QString id, check;
        int failed = 0, warnings = 0;
        bool wasFail = false;
        const QDate expires = QDate::currentDate().addDays(30);
        {
            Window ui(stack, path);
            id = ui.launch(QStringLiteral("https://partial.example.com"));
            QVERIFY(!id.isEmpty());
            const core::Report report = *ui.run.repository.report(id);
            failed = report.summary.failed;
            warnings = report.summary.warnings;
            ui::FindingsView *findings = ui.findings();
            QTRY_VERIFY_WITH_TIMEOUT(findings->summaryLabel()->isVisible(), 10000);
            QAbstractItemModel *rows = findings->table()->model();
            check = rows->index(0, 0).data(core::FindingsModel::CheckNameRole).toString();
            wasFail = rows->index(0, 0).data(core::FindingsModel::StatusRole) == "fail";
            findings->setAskTriage([&](const QString &name, core::TriageState state) {
                core::Suppression decided;
                decided.check = name;
                decided.site = QStringLiteral("https://partial.example.com");
                decided.type = QStringLiteral("security");
                decided.state = state;
                decided.reason = QStringLiteral("Compensating control in place");
                decided.by = QStringLiteral("Ana");
                decided.expires = expires;
                return std::optional(decided);
            });
            findings->table()->setFocus();
            findings->table()->setCurrentIndex(rows->index(0, 0));
            findings->acceptRiskAction()->trigger();
            QVERIFY(ui.tabText().endsWith(QStringLiteral(", 1 suppressed)")));
        }
        Window ui(stack, path);
        QCOMPARE(ui.scans.rowCount(), 1);
        ui.window.selectScan(id);
        ui::FindingsView *findings = ui.findings();
        QTRY_VERIFY_WITH_TIMEOUT(findings->summaryLabel()->isVisible(), 10000);
        QAbstractItemModel *rows = findings->table()->model();
        int row = rowOf(rows, check);
        QVERIFY(rows->index(row, 0).data(core::FindingsModel::SuppressedRole).toBool());
        const QString counted
            = failuresText(failed - (wasFail ? 1 : 0), warnings - (wasFail ? 0 : 1));
        QCOMPARE(ui.tabText(), QStringLiteral("Findings (%1, 1 suppressed)").arg(counted));
        QVERIFY(!findings->expiredLabel()->isVisible());
        // The row shows the decision with who made it and until when.
        const QString until = QLocale().toString(expires, QLocale::ShortFormat);
        QCOMPARE(rows->index(row, core::FindingsModel::StatusColumn).data().toString(),
                 QStringLiteral("accepted"));
        QStringList decision = paintedDecision(findings->table(), check);
        QVERIFY2(decision.value(0).endsWith(QStringLiteral(" (Ana, until %1)").arg(until))
                     || decision.value(1) == QStringLiteral("by Ana, until %1").arg(until),
                 qPrintable(decision.join('|')));
        QVERIFY2(showsReason(decision, QStringLiteral("Compensating control in place")),
                 qPrintable(decision.join('|')));

        // The day after its expiry date it counts again, and the pane says so.
        ui.run.controller.triage().setToday([expires] { return expires.addDays(1); });
        row = rowOf(rows, check);
        QVERIFY(!rows->index(row, 0).data(core::FindingsModel::SuppressedRole).toBool());
        QVERIFY(rows->index(row, 0).data(core::FindingsModel::ExpiredRole).toBool());
        QCOMPARE(ui.tabText(), QStringLiteral("Findings (%1)").arg(failuresText(failed, warnings)));
        QVERIFY(findings->expiredLabel()->isVisible());
        QVERIFY2(findings->expiredLabel()->text().contains(check),
                 qPrintable(findings->expiredLabel()->text()));
        QVERIFY2(findings->expiredLabel()->text().contains(QStringLiteral("expired")),
                 qPrintable(findings->expiredLabel()->text()));
        QVERIFY(rows->index(row, core::FindingsModel::TriageColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Accepted risk (expired): ")));
        decision = paintedDecision(findings->table(), check);
        QVERIFY2(decision.value(0).endsWith(QStringLiteral(" (Ana, expired %1)").arg(until))
                     || decision.value(1) == QStringLiteral("by Ana, expired %1").arg(until),
                 qPrintable(decision.join('|')));
    }

    void theListsRegressionMarkAsksTheTriage()
    {
        QTemporaryDir dir;
        TestStack stack(600, 10.0);
        Window ui(stack, dir.filePath(QStringLiteral("history.sqlite")));
        const QString older = QStringLiteral("scan_0001aaaaaa"),
                      newer = QStringLiteral("scan_0002bbbbbb");
        addShopScan(ui.run.repository, older, 7, QStringLiteral("A"), 92, "pass");
        addShopScan(ui.run.repository, newer, 0, QStringLiteral("C"), 71, "fail");
        QVERIFY(!QTest::currentTestFailed());
        const QModelIndex grade = ui.scans.indexForId(newer, core::ScanListModel::GradeColumn);
        QCOMPARE(grade.data().toString(), QStringLiteral("C  71  ▼21"));
        // Cookie flags fails anew: the grade's fall is a regression.
        QVERIFY(grade.data(core::ScanListModel::RegressionRole).toBool());
        QString tip = grade.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Regression: the grade fell from A to C.")),
                 qPrintable(tip));
        ui.window.selectScan(newer);
        QLabel *line = nullptr;
        for (QLabel *label : ui.window.detailPane()->findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("the grade fell")))
                line = label;
        }
        QVERIFY(line);
        QVERIFY2(line->text().startsWith(QStringLiteral("▼ Regression")), qPrintable(line->text()));

        // Accepted: what fails anew is suppressed, so the list, like the pane,
        // no longer calls the fall a regression, and says why.
        core::Suppression accepted;
        accepted.check = QStringLiteral("Cookie flags");
        accepted.site = QStringLiteral("https://shop.example.com");
        accepted.type = QStringLiteral("security");
        accepted.reason = QStringLiteral("The load balancer sets SameSite");
        accepted.by = QStringLiteral("Ana");
        ui.run.controller.triage().suppress(accepted);
        QVERIFY2(line->text().contains(QStringLiteral("is suppressed")), qPrintable(line->text()));
        QVERIFY(!grade.data(core::ScanListModel::RegressionRole).toBool());
        tip = grade.data(Qt::ToolTipRole).toString();
        QVERIFY2(!tip.contains(QStringLiteral("Regression")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("The grade fell from A to C, but every check that "
                                             "fails now and did not then is suppressed")),
                 qPrintable(tip));

        // Undone: a regression again.
        ui.run.controller.triage().undo();
        QVERIFY(grade.data(core::ScanListModel::RegressionRole).toBool());
        QVERIFY(grade.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Regression:")));

        // A policy whose rules make the check a warning: compare lists it as
        // not counted, and the fall is no regression either.
        QFile policy(dir.filePath(QStringLiteral("policy.yaml")));
        QVERIFY(policy.open(QIODevice::WriteOnly));
        policy.write("version: 1\nrules:\n  - {check: Cookie flags, action: warn}\n");
        policy.close();
        QVERIFY(!ui.run.controller.triage().loadPolicyFile(policy.fileName()));
        const core::ReportComparison comparison = ui.run.controller.triage().compare(
            *ui.run.repository.report(older), *ui.run.repository.report(newer));
        QCOMPARE(comparison.count(core::CheckChange::Kind::NewlyFailing), 0);
        const auto cookie = std::find_if(
            comparison.changes.cbegin(), comparison.changes.cend(),
            [](const core::CheckChange &change) { return change.name == "Cookie flags"; });
        QVERIFY(cookie != comparison.changes.cend());
        QCOMPARE(cookie->kind, core::CheckChange::Kind::NewlyFailing);
        QVERIFY(!cookie->notCounted.isEmpty());
        QVERIFY(!grade.data(core::ScanListModel::RegressionRole).toBool());
    }

    void theDialogCanScopeEverySiteAndAnExpiry()
    {
        ui::TriageDialog dialog({ QStringLiteral("HSTS"), QStringLiteral("https://shop.example"),
                                  QStringLiteral("security"), QStringLiteral("Security") },
                                core::TriageState::FalsePositive, QStringLiteral("Ana"),
                                QDate(2026, 11, 30));
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.reasonEdit()->setPlainText(QStringLiteral("Checked by hand"));
        dialog.byEdit()->clear();
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // who decided
        dialog.byEdit()->setText(QStringLiteral("Ben"));
        QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(dialog.suppression().site, QStringLiteral("https://shop.example"));
        QVERIFY(!dialog.suppression().expires.isValid()); // none unless asked
        dialog.everySiteButton()->setChecked(true);
        dialog.expiresBox()->setChecked(true);
        const core::Suppression decided = dialog.suppression();
        QVERIFY(decided.site.isEmpty());
        QCOMPARE(decided.type, QStringLiteral("security"));
        QCOMPARE(decided.state, core::TriageState::FalsePositive);
        QCOMPARE(decided.by, QStringLiteral("Ben"));
        QCOMPARE(decided.expires, QDate(2026, 11, 30).addDays(90));
    }
};

QTEST_MAIN(TriageTest)
#include "tst_triage.moc"
