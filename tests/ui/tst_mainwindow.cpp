// The dashboard as a user drives it (offscreen): type, Enter, watch, open.
#include "../common/freeplanrun.h"
#include "../common/listfit.h"
#include "../common/nextupdatefit.h"
#include "../common/scanstatus.h"
#include "../common/teststack.h"
#include "comparedialog.h"
#include "detailpane.h"
#include "filterbar.h"
#include "findingsview.h"
#include "gradepanel.h"
#include "mainwindow.h"
#include "model/eventlogmodel.h"
#include "model/findingsmodel.h"
#include "model/scanlistmodel.h"
#include "newscanbar.h"
#include "preferencesdialog.h"
#include "settings/translations.h"
#include "store/scanstore.h"
#include "trayicon.h"
#include "trendchart.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        core::installTranslations(*QCoreApplication::instance());
    }
    // Each test starts from a window nobody has used: no filter, sort or layout kept.
    void init() { QSettings().clear(); }

    void theQuitQuestionCountsTheScansRight();
    void theNextUpdateColumnFitsItsUsualTexts()
    {
        // At the window's first size the list's "Next update" texts are
        // whole, not "next in 1m …" or "less than a …".
        const QStringList cut = nextUpdateTextsCutOffAtFirstSize();
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(" | "))));
    }
    void theListShowsTheSitesWholeAndEveryColumn()
    {
        // At the window's first size the Site column shows the demo's
        // addresses whole, not "https://sho…", and the other columns their
        // usual texts and titles, all in view.
        const QStringList cut = listTextsCutOffAtFirstSize(true);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(" | "))));
    }
    void typeUrlPressEnterWatchItEndAndOpenTheReport();
    void failedScanShowsWhyInsteadOfAGrade();
    void aSweptEndIsAskedForItsLinkWhenOpenedAndOpensIt();
    void badAddressIsRefusedBeforeSendingAndKept();
    void serverErrorIsShownNextToTheBar();
    void hostileServerStringsStayLiteralAndLinkIsRefused();
    void revokedKeyAsksOnceAndResumes();
    void eventLogFollowsUnlessTheUserScrolledUp();
    void filterBarFindsCountsAndIsKeptAcrossARestart();
    void keyboardOpensChecksRemovesAndBringsBack();
    void menuKeyActsOnTheCurrentRowNotTheMouse();
    void historyNotSavedStaysShownUntilAWriteWorks();
    void quitQuitsEvenWhenClosingKeepsWatchingInTheTray_data();
    void quitQuitsEvenWhenClosingKeepsWatchingInTheTray();
    void quitSaysWhatTheHistoryWouldLoseAndMayKeepOpen();
    void setAsideHistorySaysWhereItWent();
    void historyDamagedPastItsFirstPageIsSetAsideWhenRead();
    void trendShowsTheSiteAndRescanStartsTheSameScan();
    void findingsShowTheReportFailingFirstAndCopyAsText();
    void reportErrorIsExplainedWithARetry();
    void compareTwoScansAndExportEverything();
    void exportOfAReportNotFetchedYetAsksWhereOnceItIsHere();
    void aBatchIsConfirmedOnceAndKeepsToThePlan();
    void preferencesCheckTheUrlTestTheKeyAndApply();
    void everyControlHasAnAccessibleNameAndDescription();
    void keyboardOnlyFromTheBarToAnOpenedReport();
    void budgetFiguresDoNotLayTheWindowOutAgain();

private:
    struct Ui
    {
        explicit Ui(TestStack &stack)
            : scans(*stack.repository)
            , events(*stack.repository)
            , window(*stack.controller, *stack.repository, scans, events)
        {
            window.setConnectionInfo(stack.simulator->baseUrl().authority(), true);
            window.setUrlOpener([this](const QUrl &url) {
                opened.append(url);
                return true;
            });
            window.show();
        }
        core::ScanListModel scans;
        core::EventLogModel events;
        ui::MainWindow window;
        QList<QUrl> opened;
    };
    static void startScan(Ui &ui, const QString &url,
                          const QString &type = QStringLiteral("security"));
};

void MainWindowTest::startScan(Ui &ui, const QString &url, const QString &type)
{
    QLineEdit *edit = ui.window.scanBar()->urlEdit();
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, url);
    ui.window.scanBar()->typeBox()->setCurrentIndex(ui.window.scanBar()->typeBox()->findData(type));
    QTest::keyClick(edit, Qt::Key_Return);
}

void MainWindowTest::typeUrlPressEnterWatchItEndAndOpenTheReport()
{
    TestStack stack(600, 10.0);
    Ui ui(stack);
    startScan(ui, "https://example.com", "performance");

    QVERIFY(!ui.window.windowIcon().pixmap(32).isNull());
    QTRY_COMPARE_WITH_TIMEOUT(ui.scans.rowCount(), 1, 3000);
    QCOMPARE(ui.scans.index(0, core::ScanListModel::SiteColumn).data().toString(),
             QStringLiteral("https://example.com"));
    QCOMPARE(ui.scans.index(0, core::ScanListModel::TypeColumn).data().toString(),
             QStringLiteral("Performance"));
    QCOMPARE(ui.scans.index(0, core::ScanListModel::StatusColumn).data().toString(),
             QStringLiteral("queued"));
    QVERIFY(ui.window.scanBar()->urlEdit()->text().isEmpty());

    // The new scan is selected: the detail pane follows it live.
    ui::DetailPane *detail = ui.window.detailPane();
    QCOMPARE(detail->scanId(), ui.scans.idAt(0));
    QTRY_VERIFY_WITH_TIMEOUT(detail->statusLabel()->text().startsWith(QStringLiteral("Scanning")),
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(detail->progressBar()->value() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(ui.events.rowCount() >= 2, 10000);
    QVERIFY(!detail->gradePanel()->isVisible());

    QTRY_VERIFY_WITH_TIMEOUT(detail->gradePanel()->isVisible(), 20000);
    const core::Scan *scan = stack.repository->find(ui.scans.idAt(0));
    QVERIFY(scan->result.has_value());
    ui::GradePanel *grade = detail->gradePanel();
    QCOMPARE(grade->gradeLabel()->text(), scan->result->grade);
    QCOMPARE(grade->scoreLabel()->text(),
             QStringLiteral("Score %1 / 100").arg(scan->result->score));
    QVERIFY(grade->detailLabel()->text().contains(QStringLiteral("Completed"))
            || grade->detailLabel()->text().contains(QStringLiteral("Partial")));
    QCOMPARE(detail->progressBar()->value(), 100);
    // The event log holds exactly what the server sent, once each.
    QCOMPARE(ui.events.rowCount(), scan->events.size());

    // The report's check summary follows, from GET /v1/report.
    QTRY_VERIFY_WITH_TIMEOUT(grade->summaryLabel()->isVisible(), 5000);
    QVERIFY(stack.repository->find(scan->id)->summary.has_value());
    QVERIFY2(grade->summaryLabel()->text().startsWith(
                 QStringLiteral("%1 checks:")
                     .arg(stack.repository->find(scan->id)->summary->totalChecks)),
             qPrintable(grade->summaryLabel()->text()));

    QTest::mouseClick(grade->openReportButton(), Qt::LeftButton);
    QCOMPARE(ui.opened.size(), 1);
    QCOMPARE(ui.opened.first(), stack.simulator->baseUrl().resolved(QUrl("/report/" + scan->id)));
}

void MainWindowTest::aSweptEndIsAskedForItsLinkWhenOpenedAndOpensIt()
{
    // The free plan, in virtual time: two scans, the second looked at. A
    // sweep of the list sees both end: the first shows its grade at once, and
    // its events and report link are asked for only when the user opens it.
    TwoShortScans run;
    TestStack &stack = run.stack;
    Ui ui(stack);
    const QStringList ids = run.launch();
    QCOMPARE(ids.size(), 2);
    QTreeView *list = ui.window.scanView();
    const auto select = [list](const QString &id) {
        const QModelIndexList rows = list->model()->match(
            list->model()->index(0, 0), core::ScanListModel::ScanIdRole, id, 1, Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        list->setCurrentIndex(rows.first());
    };
    select(ids.last());
    QCOMPARE(ui.window.detailPane()->scanId(), ids.last());
    run.now = 60000; // both have ended
    stack.scheduler->setPaused(false);
    run.askAll();
    QVERIFY(stack.simulator->requestLog().size() > 2); // after the two launches: a sweep
    QCOMPARE(stack.simulator->requestLog().at(2).path.left(9), QStringLiteral("/v1/scans"));
    QVERIFY(stack.allTerminal(ids));
    const core::Scan *first = stack.repository->find(ids.first());
    QVERIFY(first->result.has_value()); // its grade, from the list
    QVERIFY(core::lacksServerDetails(*first));
    QCOMPARE(run.askedSinceEnd(ids.first()), 0);
    QCOMPARE(run.askedSinceEnd(ids.last()), 1); // the one looked at: at once
    QVERIFY(!core::lacksServerDetails(*stack.repository->find(ids.last())));

    select(ids.first());
    ui.window.openReportAction()->trigger();
    QVERIFY(ui.opened.isEmpty());
    QVERIFY2(ui.window.statusBar()->currentMessage().contains(QStringLiteral("link")),
             qPrintable(ui.window.statusBar()->currentMessage()));
    run.askAll();
    QCOMPARE(run.askedSinceEnd(ids.first()), 1);
    QCOMPARE(ui.opened,
             QList<QUrl>({ stack.simulator->baseUrl().resolved(
                 QUrl(QStringLiteral("/report/") + ids.first())) }));
    QCOMPARE(ui.events.rowCount(), stack.repository->find(ids.first())->events.size());
    QVERIFY(ui.events.rowCount() > 0);
    QCOMPARE(stack.simulator->countAnswers(429), 0);
}

void MainWindowTest::failedScanShowsWhyInsteadOfAGrade()
{
    TestStack stack(600, 10.0);
    Ui ui(stack);
    startScan(ui, "https://fail.example.com");
    ui::GradePanel *grade = ui.window.detailPane()->gradePanel();
    QTRY_VERIFY_WITH_TIMEOUT(grade->failureLabel()->isVisible(), 20000);
    QVERIFY(grade->failureLabel()->text().contains(QStringLiteral("HTTP 503")));
    QVERIFY(!grade->gradeLabel()->isVisible());
    QVERIFY(!grade->openReportButton()->isVisible());
    QCOMPARE(ui.scans.index(0, core::ScanListModel::StatusColumn).data().toString(),
             QStringLiteral("failed"));
}

void MainWindowTest::badAddressIsRefusedBeforeSendingAndKept()
{
    TestStack stack(600, 10.0);
    Ui ui(stack);
    const int requests = stack.simulator->requestLog().size();
    startScan(ui, "ftp://example.com/file");
    QLabel *message = ui.window.scanBar()->messageLabel();
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("http://")));
    QCOMPARE(ui.window.scanBar()->urlEdit()->text(), QStringLiteral("ftp://example.com/file"));
    QCOMPARE(stack.simulator->requestLog().size(), requests);
    QCOMPARE(ui.scans.rowCount(), 0);
}

void MainWindowTest::serverErrorIsShownNextToTheBar()
{
    TestStack stack(600, 10.0);
    Ui ui(stack);
    startScan(ui, "http://10.1.2.3/admin");
    QLabel *message = ui.window.scanBar()->messageLabel();
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 3000);
    QVERIFY2(message->text().contains(QStringLiteral("local, internal or reserved")),
             qPrintable(message->text()));
    QCOMPARE(ui.window.scanBar()->urlEdit()->text(), QStringLiteral("http://10.1.2.3/admin"));
    QCOMPARE(ui.scans.rowCount(), 0);
}

void MainWindowTest::hostileServerStringsStayLiteralAndLinkIsRefused()
{
    TestStack stack(600, 10.0);
    Ui ui(stack);
    startScan(ui, "https://hostile.example.com");
    ui::DetailPane *detail = ui.window.detailPane();
    QTRY_VERIFY_WITH_TIMEOUT(ui.events.rowCount() >= 3, 20000);

    const QString markup = QStringLiteral("<b>bold</b> <a href=\"https://evil.example/\">click</a> "
                                          "<img src=\"file:///etc/passwd\">");
    QCOMPARE(ui.events.index(1, core::EventLogModel::MessageColumn).data().toString(), markup);
    QCOMPARE(ui.events.index(2, core::EventLogModel::MessageColumn).data().toString(),
             QStringLiteral("invoice[U+202E]gnp.exe"));
    // The view paints it as plain text: a document built from the tooltip
    // shows the literal characters and references no resource.
    QTextDocument document;
    document.setHtml(
        ui.events.index(1, core::EventLogModel::MessageColumn).data(Qt::ToolTipRole).toString());
    QCOMPARE(document.toPlainText(), markup);
    QVERIFY(!document.toHtml().contains(QStringLiteral("<img")));
    for (QLabel *label : detail->findChildren<QLabel *>())
        QCOMPARE(label->textFormat(), Qt::PlainText);

    QTRY_VERIFY_WITH_TIMEOUT(detail->gradePanel()->isVisible(), 20000);
    QTest::mouseClick(detail->gradePanel()->openReportButton(), Qt::LeftButton);
    QVERIFY(ui.opened.isEmpty()); // javascript: is never handed to the desktop
    QVERIFY(detail->gradePanel()->linkMessageLabel()->isVisible());
    QVERIFY(
        detail->gradePanel()->linkMessageLabel()->text().contains(QStringLiteral("not opened")));
}

void MainWindowTest::revokedKeyAsksOnceAndResumes()
{
    TestStack stack(600, 10.0);
    Ui ui(stack);
    QObject::connect(stack.controller.get(), &core::ScanController::keyRefused, &ui.window,
                     &ui::MainWindow::askForKey);
    QObject::connect(&ui.window, &ui::MainWindow::keyEntered, stack.controller.get(),
                     &core::ScanController::setApiKey);
    startScan(ui, "https://a.example");
    startScan(ui, "https://b.example");
    QTRY_COMPARE_WITH_TIMEOUT(ui.scans.rowCount(), 2, 3000);
    stack.simulator->revokeKey();
    QTRY_VERIFY_WITH_TIMEOUT(ui.window.keyDialog() && ui.window.keyDialog()->isVisible(), 5000);
    // Every refusal of the revoked key has come back: still one question.
    QTRY_COMPARE(stack.client->requestsInFlight(), 0);
    int dialogs = 0;
    for (QWidget *widget : QApplication::topLevelWidgets())
        dialogs += qobject_cast<QInputDialog *>(widget) && widget->isVisible();
    QCOMPARE(dialogs, 1);
    QCOMPARE(ui.window.keyDialog()->textEchoMode(), QLineEdit::Password);

    const QString newKey = QStringLiteral("avk_live_new0000000000000000000000000000000000");
    stack.simulator->setApiKey(newKey);
    ui.window.keyDialog()->setTextValue(newKey);
    ui.window.keyDialog()->accept();
    QTRY_VERIFY_WITH_TIMEOUT(stack.allTerminal({ ui.scans.idAt(0), ui.scans.idAt(1) }), 30000);
}

void MainWindowTest::eventLogFollowsUnlessTheUserScrolledUp()
{
    core::ScanRepository repository;
    core::EventLogModel events(repository);
    ui::DetailPane pane(repository, events);
    pane.resize(500, 400);
    pane.show();
    core::ScanStatus status;
    status.id = QStringLiteral("scan_log");
    status.state = core::ScanState::Scanning;
    repository.add(status);
    pane.setScanId(status.id);
    events.setScanId(status.id);
    auto grow = [&](int count) {
        for (int i = 0; i < count; ++i)
            status.events.append({ QStringLiteral("12:00:00"),
                                   QStringLiteral("event %1").arg(status.events.size()) });
        repository.merge(status);
        QCoreApplication::processEvents();
    };
    QScrollBar *bar = pane.eventView()->verticalScrollBar();
    grow(100);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(bar->maximum() > 0);
    grow(5);
    QTRY_COMPARE(bar->value(), bar->maximum()); // following
    // ...with the newest event fully in view, not half under the edge.
    const QRect last = pane.eventView()->visualRect(events.index(events.rowCount() - 1, 1));
    QVERIFY2(pane.eventView()->viewport()->rect().contains(last),
             qPrintable(QStringLiteral("last row at y %1-%2, viewport height %3")
                            .arg(last.top())
                            .arg(last.bottom())
                            .arg(pane.eventView()->viewport()->height())));
    // The log's box shrinks (as when the grade panel appears): still the bottom.
    pane.resize(500, 300);
    QTRY_VERIFY(pane.eventView()->viewport()->rect().contains(
        pane.eventView()->visualRect(events.index(events.rowCount() - 1, 1))));

    bar->setValue(bar->maximum() / 3); // the user scrolls up to read
    const int reading = bar->value();
    grow(5);
    QCoreApplication::sendPostedEvents(); // the view's own layout of the new rows
    QCOMPARE(bar->value(), reading); // left where they were
    QCOMPARE(events.rowCount(), 110);
}

void MainWindowTest::filterBarFindsCountsAndIsKeptAcrossARestart()
{
    TestStack stack(600, 10.0);
    using Status = core::ScanFilterModel::Status;
    {
        Ui ui(stack);
        startScan(ui, "https://shop.example.com");
        startScan(ui, "https://fail.example.com");
        QTRY_COMPARE_WITH_TIMEOUT(ui.scans.rowCount(), 2, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(stack.allTerminal({ ui.scans.idAt(0), ui.scans.idAt(1) }), 30000);
        ui::FilterBar *bar = ui.window.filterBar();
        QTRY_COMPARE(bar->statusButton(Status::All)->text(), QStringLiteral("All 2"));
        // The counts follow the rows' last answers (under ASan, a turn or more
        // after the server's end).
        QTRY_COMPARE(bar->statusButton(Status::Active)->text(), QStringLiteral("Active 0"));
        QCOMPARE(bar->statusButton(Status::Failed)->text(), QStringLiteral("Failed 1"));

        QTest::keyClick(&ui.window, Qt::Key_F, Qt::ControlModifier); // Ctrl+F: find
        QVERIFY(bar->searchEdit()->hasFocus());
        QTest::keyClicks(bar->searchEdit(), "shop");
        QCOMPARE(ui.window.scanView()->model()->rowCount(), 1);
        QTest::mouseClick(bar->statusButton(Status::Failed), Qt::LeftButton);
        QCOMPARE(ui.window.scanView()->model()->rowCount(), 0); // shop did not fail
        bar->searchEdit()->clear();
        QCOMPARE(ui.window.scanView()->model()->rowCount(), 1);
        QCOMPARE(ui.window.scanView()->model()->index(0, 0).data().toString(),
                 QStringLiteral("https://fail.example.com"));
        ui.window.scanView()->header()->resizeSection(core::ScanListModel::TypeColumn, 133);
        ui.window.scanView()->sortByColumn(core::ScanListModel::SiteColumn, Qt::AscendingOrder);
        ui.window.close();
    }
    // The next start shows the same view.
    Ui again(stack);
    QCOMPARE(again.window.filterBar()->statusButton(Status::Failed)->isChecked(), true);
    QCOMPARE(again.window.scanView()->header()->sectionSize(core::ScanListModel::TypeColumn), 133);
    QCOMPARE(again.window.scanView()->header()->sortIndicatorSection(),
             int(core::ScanListModel::SiteColumn));
}

void MainWindowTest::theQuitQuestionCountsTheScansRight()
{
    // One scan still running: "It goes on", not "They go on".
    TestStack stack(600, 1.0);
    Ui ui(stack);
    QStringList questions;
    ui.window.setConfirmer([&](const QString &question) {
        questions.append(question);
        return false;
    });
    startScan(ui, "https://one.example");
    QTRY_COMPARE_WITH_TIMEOUT(stack.repository->activeIds().size(), 1, 5000);
    ui.window.requestQuit();
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().startsWith(QStringLiteral("1 scan still running. Quit ScanDash? "
                                                         "It goes on at AppVet and is watched "
                                                         "again")),
             qPrintable(questions.first()));
}

void MainWindowTest::keyboardOpensChecksRemovesAndBringsBack()
{
    TestStack stack(600, 10.0);
    Ui ui(stack);
    QStringList questions;
    bool answer = false;
    ui.window.setConfirmer([&](const QString &question) {
        questions.append(question);
        return answer;
    });
    startScan(ui, "https://done.example");
    QTRY_COMPARE_WITH_TIMEOUT(ui.scans.rowCount(), 1, 3000);
    const QString done = ui.scans.idAt(0);
    QTRY_VERIFY_WITH_TIMEOUT(stack.allTerminal({ done }), 30000);
    QTRY_VERIFY(stack.repository->find(done)->result
                || stack.repository->find(done)->state == core::ScanState::Failed);
    startScan(ui, "https://running.example");
    QTRY_COMPARE_WITH_TIMEOUT(ui.scans.rowCount(), 2, 3000);
    const QString running = ui.window.currentScanId();
    QVERIFY(running != done);

    QTreeView *list = ui.window.scanView();
    list->setFocus();
    // F5 asks about the selected scan at once.
    const qsizetype pollsBefore = stack.pollsOf(running).size();
    QTest::keyClick(list, Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(stack.pollsOf(running).size() > pollsBefore, 3000);

    // Delete on a running scan asks first; "no" keeps it.
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions.first().contains(QStringLiteral("running.example")));
    QCOMPARE(ui.scans.rowCount(), 2);
    answer = true;
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(ui.scans.rowCount(), 1);
    QVERIFY(!stack.repository->activeIds().contains(running)); // no more polling
    QCOMPARE(ui.window.currentScanId(), done); // the keyboard stays in the list

    // Enter opens the report of a finished scan.
    if (stack.repository->find(done)->result) {
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(ui.opened.size(), 1);
    }
    // A finished scan goes without a question; Ctrl+Z brings both back.
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(questions.size(), 2);
    QCOMPARE(ui.scans.rowCount(), 0);
    QVERIFY(ui.window.statusBar()->currentMessage().contains(QStringLiteral("Removed")));
    QVERIFY(ui.window.undoRemoveAction()->isEnabled());
    QTest::keyClick(&ui.window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(ui.scans.rowCount(), 1);
    QCOMPARE(ui.window.currentScanId(), done);
    QTest::keyClick(&ui.window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(ui.scans.rowCount(), 2);
    // Only the scan brought back is selected, and the bar no longer says
    // "Removed".
    QCOMPARE(ui.window.currentScanId(), running);
    QCOMPARE(list->selectionModel()->selectedRows().size(), 1);
    QVERIFY2(!ui.window.statusBar()->currentMessage().contains(QStringLiteral("Removed")),
             qPrintable(ui.window.statusBar()->currentMessage()));
    QVERIFY(stack.repository->activeIds().contains(running) // watched again
            || core::isTerminal(stack.repository->find(running)->state));
    QVERIFY(!ui.window.undoRemoveAction()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(stack.allTerminal({ running }), 30000);
}

void MainWindowTest::menuKeyActsOnTheCurrentRowNotTheMouse()
{
    TestStack stack(600, 10.0);
    Ui ui(stack);
    // Both launched: a scan still in the local queue has a placeholder id
    // that the server's id replaces, which would change the current row's id.
    QSignalSpy launched(stack.controller.get(), &core::ScanController::launched);
    startScan(ui, "https://first.example");
    startScan(ui, "https://second.example");
    QTRY_COMPARE_WITH_TIMEOUT(launched.count(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(ui.scans.rowCount(), 2, 3000);
    QTreeView *list = ui.window.scanView();
    list->setFocus();
    list->setCurrentIndex(list->model()->index(1, 0)); // the second row
    const QString current = ui.window.currentScanId();
    QSignalSpy shown(&ui.window, &ui::MainWindow::scanMenuShown);
    // Closed as soon as it is open (queued: it opens right after the signal).
    QObject::connect(
        &ui.window, &ui::MainWindow::scanMenuShown, &ui.window,
        [] {
            if (QWidget *popup = QApplication::activePopupWidget())
                popup->close();
        },
        Qt::QueuedConnection);
    // The Menu key: Qt gives the mouse's place, which is over the first row.
    const QPoint overFirstRow = list->visualRect(list->model()->index(0, 0)).center();
    QContextMenuEvent event(QContextMenuEvent::Keyboard, overFirstRow,
                            list->viewport()->mapToGlobal(overFirstRow));
    QApplication::sendEvent(list, &event);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.at(0).at(0).toString(), current);
    QCOMPARE(ui.window.currentScanId(), current);
}

void MainWindowTest::historyNotSavedStaysShownUntilAWriteWorks()
{
    TestStack stack(600, 10.0);
    Ui ui(stack);
    QTemporaryDir dir;
    const QString path = dir.filePath("scans.sqlite");
    core::ScanStore store(path, 50);
    store.setLockReportMs(0); // the lock below is said at once, as if it had lasted
    ui.window.watchStore(store);
    QVERIFY(!ui.window.historyStatusLabel()->isVisible());
    core::Scan scan;
    scan.id = QStringLiteral("scan_a");
    {
        auto blocker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "blocker");
        blocker.setDatabaseName(path);
        QVERIFY(blocker.open());
        QSqlQuery lock(blocker);
        QVERIFY(lock.exec("BEGIN EXCLUSIVE"));
        QVERIFY(!store.save(scan));
        QVERIFY(ui.window.historyStatusLabel()->isVisible());
        QVERIFY(ui.window.historyStatusLabel()->text().startsWith(
            QStringLiteral("History not saved: database is locked")));
        // Lasting, not a passing message that a timeout would take away.
        QVERIFY(ui.window.statusBar()->currentMessage().isEmpty());
        QVERIFY(ui.window.historyStatusLabel()->isVisible());
        QVERIFY(lock.exec("COMMIT"));
        blocker.close();
    }
    QSqlDatabase::removeDatabase("blocker");
    QVERIFY(store.save(scan));
    QVERIFY(!ui.window.historyStatusLabel()->isVisible());
}

void MainWindowTest::quitQuitsEvenWhenClosingKeepsWatchingInTheTray_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("File menu") << QStringLiteral("menu");
    QTest::newRow("Ctrl+Q") << QStringLiteral("keys");
    QTest::newRow("tray") << QStringLiteral("tray");
}

void MainWindowTest::quitQuitsEvenWhenClosingKeepsWatchingInTheTray()
{
    QFETCH(QString, how);
    TestStack stack(600, 10.0);
    Ui ui(stack);
    QStringList questions;
    bool answer = false;
    ui.window.setConfirmer([&](const QString &question) {
        questions.append(question);
        return answer;
    });
    ui::TrayIcon tray(*stack.repository, *stack.controller);
    tray.show();
    ui.window.setTrayIcon(&tray);
    QSignalSpy quit(&ui.window, &ui::MainWindow::quitConfirmed);
    startScan(ui, "https://running.example");
    QTRY_COMPARE_WITH_TIMEOUT(stack.repository->activeIds().size(), 1, 3000);

    // Closing the window asks once whether to keep watching in the tray.
    answer = true;
    QVERIFY(!ui.window.close());
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions.last().contains(QStringLiteral("tray")));
    QVERIFY(!ui.window.isVisible());
    QCOMPARE(quit.count(), 0);
    ui.window.bringToFront();
    QVERIFY(QTest::qWaitForWindowActive(&ui.window));

    auto doQuit = [&] {
        if (how == QLatin1String("menu"))
            ui.window.quitAction()->trigger();
        else if (how == QLatin1String("keys"))
            QTest::keyClick(&ui.window, Qt::Key_Q, Qt::ControlModifier);
        else
            tray.quitAction()->trigger();
    };
    // Quit asks once, whether to quit (not the tray question), and says the
    // scans go on at AppVet. "No" keeps the window as it was.
    answer = false;
    doQuit();
    QCOMPARE(questions.size(), 2);
    QVERIFY(questions.last().contains(QStringLiteral("Quit ScanDash?")));
    // One scan runs: it goes on (the plural's singular form).
    QVERIFY2(questions.last().contains(QStringLiteral("It goes on at AppVet")),
             qPrintable(questions.last()));
    QCOMPARE(quit.count(), 0);
    QVERIFY(ui.window.isVisible());
    // "Yes" quits, though closing keeps watching in the tray.
    answer = true;
    doQuit();
    QCOMPARE(questions.size(), 3);
    QCOMPARE(quit.count(), 1);
}

void MainWindowTest::quitSaysWhatTheHistoryWouldLoseAndMayKeepOpen()
{
    TestStack stack(600, 10.0);
    QTemporaryDir dir;
    const QString path = dir.filePath("scans.sqlite");
    StoredRun run(stack, path);
    run.repository.setRetryDelays(20, 40);
    core::ScanListModel scans(run.repository);
    core::EventLogModel events(run.repository);
    ui::MainWindow window(run.controller, run.repository, scans, events);
    window.watchStore(run.store);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QStringList losses;
    window.setLossConfirmer([&](const QString &question) {
        losses.append(question);
        return false; // Keep open
    });
    QSignalSpy quit(&window, &ui::MainWindow::quitConfirmed);

    // The disk is full when a scan ends.
    QSqlQuery full(QSqlDatabase::database(run.store.connectionName()));
    QVERIFY(full.exec("PRAGMA page_count") && full.next());
    QVERIFY(full.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(full.value(0).toInt())));
    core::ScanStatus done = makeStatus("scan_a", core::ScanState::Completed, 100, 300);
    done.result = core::ScanResult { 80, QStringLiteral("B"), QStringLiteral("/report/scan_a") };
    run.repository.add(done);
    QVERIFY(window.historyStatusLabel()->isVisible());
    QCOMPARE(window.historyStatusLabel()->text(),
             QStringLiteral("History not saved: database or disk is full"));

    // Quit tries once more, then says what would be lost; Keep open keeps it.
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QCOMPARE(losses.size(), 1);
    QVERIFY(losses.first().contains(QStringLiteral("database or disk is full")));
    QVERIFY(losses.first().contains(QStringLiteral("1 scan,")));
    QVERIFY(losses.first().contains(QStringLiteral("300 events")));
    QCOMPARE(quit.count(), 0);
    QVERIFY(window.isVisible());

    // Space comes back: the retry writes it with nothing else happening,
    // and the status bar says so.
    QVERIFY(full.exec("PRAGMA max_page_count = 1073741823"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.historyStatusLabel()->isVisible(), 3000);
    {
        core::ScanStore reader(path);
        QCOMPARE(reader.load().size(), 1);
        QCOMPARE(reader.loadEvents("scan_a").size(), 300);
    }
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QCOMPARE(losses.size(), 1);
    QCOMPARE(quit.count(), 1);
}

void MainWindowTest::setAsideHistorySaysWhereItWent()
{
    TestStack stack(600, 10.0);
    Ui ui(stack);
    QTemporaryDir dir;
    const QString path = dir.filePath("scans.sqlite");
    {
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray(8192, 'x'));
    }
    core::ScanStore store(path);
    ui.window.watchStore(store);
    const QString aside = store.openResult().movedTo;
    QVERIFY(QFile::exists(aside));
    QVERIFY(ui.window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(aside)));
    QMessageBox *box = ui.window.findChild<QMessageBox *>();
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY(box->text().contains(QDir::toNativeSeparators(aside)));
    box->accept();
}

void MainWindowTest::historyDamagedPastItsFirstPageIsSetAsideWhenRead()
{
    TestStack stack(600, 10.0);
    Ui ui(stack);
    QTemporaryDir dir;
    const QString path = dir.filePath("scans.sqlite");
    {
        core::ScanStore store(path);
        core::ScanRepository repository(&store);
        for (int i = 0; i < 400; ++i) {
            core::ScanStatus status;
            status.id = QStringLiteral("scan_%1").arg(i);
            status.url = QStringLiteral("https://site%1.example").arg(i);
            repository.add(status);
        }
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.resize(file.size() / 2); // opens fine; its rows do not read
    file.close();
    core::ScanStore store(path);
    ui.window.watchStore(store);
    core::ScanRepository repository(&store);
    repository.loadFromStore();
    QCOMPARE(store.openResult().outcome, core::ScanStore::OpenOutcome::MovedAside);
    QVERIFY(ui.window.statusBar()->currentMessage().contains(
        QDir::toNativeSeparators(store.openResult().movedTo)));
    QMessageBox *box = ui.window.findChild<QMessageBox *>();
    QVERIFY(box && box->isVisible());
    box->accept();
}

void MainWindowTest::trendShowsTheSiteAndRescanStartsTheSameScan()
{
    TestStack stack(600, 10.0);
    Ui ui(stack);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-21);
    const int scores[] = { 72, 88, 79 };
    const char *grades[] = { "C", "A", "B" };
    for (int i = 0; i < 3; ++i) {
        core::ScanStatus status;
        status.id = QStringLiteral("scan_old%1").arg(i);
        status.url = QStringLiteral("https://trend.example");
        status.type = QStringLiteral("seo");
        status.state = core::ScanState::Completed;
        status.createdAt = start.addDays(7 * i);
        status.result = core::ScanResult { scores[i], QString::fromLatin1(grades[i]),
                                           QStringLiteral("/report/x") };
        stack.repository->add(status);
    }
    ui.window.selectScan(QStringLiteral("scan_old2"));
    ui::DetailPane *detail = ui.window.detailPane();
    QVERIFY(detail->trendChart()->isVisible());
    const auto points = detail->trendChart()->points();
    QCOMPARE(points.size(), 3);
    QCOMPARE(points.at(1), qMakePair(88, QStringLiteral("A")));
    QVERIFY2(detail->historyLabel()->text().contains(QStringLiteral("Regression")),
             qPrintable(detail->historyLabel()->text()));
    QVERIFY(detail->historyLabel()->text().contains(QStringLiteral("from A to B")));

    QSignalSpy launched(stack.controller.get(), &core::ScanController::launched);
    QTest::mouseClick(detail->rescanButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(launched.count(), 1, 5000);
    const core::Scan *rescan = stack.repository->find(launched.at(0).at(0).toString());
    QCOMPARE(rescan->url, QStringLiteral("https://trend.example"));
    QCOMPARE(rescan->type, QStringLiteral("seo"));
    QCOMPARE(ui.window.currentScanId(), rescan->id); // shown at once
    QCOMPARE(stack.repository->siteHistory(rescan->id).size(), 4);

    // Watch this site: the row says so.
    stack.controller->watchSite(rescan->id, 7);
    QVERIFY(ui.scans.indexForId(rescan->id, core::ScanListModel::TypeColumn)
                .data()
                .toString()
                .contains(QStringLiteral("every 7 days")));
    QCOMPARE(detail->watchButton()->text(), QStringLiteral("Watched: every 7 days"));
}

namespace {

/// Saves what the window shows when SCANDASH_SCREENSHOTS names a folder.
void keepScreenshot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("SCANDASH_SCREENSHOTS");
    if (!folder.isEmpty())
        widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace

void MainWindowTest::findingsShowTheReportFailingFirstAndCopyAsText()
{
    TestStack stack(600, 10.0);
    Ui ui(stack);
    // The window's usual size (the offscreen screen is smaller, and the window
    // keeps inside its screen).
    ui.window.resize(1240, 760);
    startScan(ui, "https://partial.example.com");
    QTRY_COMPARE_WITH_TIMEOUT(ui.scans.rowCount(), 1, 3000);
    const QString id = ui.window.currentScanId();
    QTRY_VERIFY_WITH_TIMEOUT(stack.repository->find(id)->result.has_value(), 30000);
    ui::DetailPane *detail = ui.window.detailPane();
    auto *findings = detail->findChild<ui::FindingsView *>();
    QVERIFY(findings);
    detail->tabs()->setCurrentWidget(findings);
    QTRY_VERIFY_WITH_TIMEOUT(findings->summaryLabel()->isVisible(), 10000);
    const core::Report report = *stack.repository->report(id);
    QVERIFY(findings->summaryLabel()->text().startsWith(
        QStringLiteral("%1 checks:").arg(report.summary.totalChecks)));
    QAbstractItemModel *rows = findings->table()->model();
    int checks = 0, failing = 0;
    for (const auto &category : report.categories) {
        for (const auto &check : category.checks) {
            ++checks;
            failing += check.status == QLatin1String("fail") || check.status == "warn";
        }
    }
    QCOMPARE(rows->rowCount(), checks);
    QVERIFY(failing > 0); // a partial scan always has something to fix
    // The tab and the pane's summary say the same thing, in the same words
    // (they once said "4 failing" and "0 failed, 4 warnings").
    const QString failures = QStringLiteral("%1 failed, %2 warning%3")
                                 .arg(report.summary.failed)
                                 .arg(report.summary.warnings)
                                 .arg(report.summary.warnings == 1 ? "" : "s");
    QCOMPARE(detail->tabs()->tabText(detail->tabs()->indexOf(findings)),
             QStringLiteral("Findings (%1)").arg(failures));
    QVERIFY2(detail->gradePanel()->summaryLabel()->text().contains(failures),
             qPrintable(detail->gradePanel()->summaryLabel()->text()));
    // Failing checks first.
    for (int row = 0; row < checks; ++row)
        QCOMPARE(rows->index(row, 0).data(core::FindingsModel::FailingRole).toBool(),
                 row < failing);
    findings->failingOnlyBox()->setChecked(true);
    QCOMPARE(rows->rowCount(), failing);
    const QString severity = rows->index(0, 0).data(core::FindingsModel::SeverityRole).toString();
    findings->severityBox()->setCurrentIndex(findings->severityBox()->findData(severity));
    for (int row = 0; row < rows->rowCount(); ++row)
        QCOMPARE(rows->index(row, 0).data(core::FindingsModel::SeverityRole).toString(), severity);
    keepScreenshot(ui.window, QStringLiteral("findings"));
    // The pane's long lines wrap: the list keeps room to read its sites.
    QVERIFY2(ui.window.scanView()->header()->sectionSize(core::ScanListModel::SiteColumn) >= 150,
             qPrintable(QString::number(
                 ui.window.scanView()->header()->sectionSize(core::ScanListModel::SiteColumn))));
    findings->table()->selectRow(0);
    findings->table()->setFocus();
    QTest::keyClick(findings->table(), Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(QStringLiteral("[%1] ").arg(severity)), qPrintable(copied));
    QVERIFY(copied.contains(QStringLiteral("Fix: ")));
}

void MainWindowTest::reportErrorIsExplainedWithARetry()
{
    TestStack stack(600, 10.0);
    Ui ui(stack);
    stack.simulator->setFault(sim::Simulator::Fault::ServerError, -1,
                              QStringLiteral("/v1/report/"));
    startScan(ui, "https://partial.example.org");
    QTRY_COMPARE_WITH_TIMEOUT(ui.scans.rowCount(), 1, 3000);
    auto *findings = ui.window.detailPane()->findChild<ui::FindingsView *>();
    QTRY_VERIFY_WITH_TIMEOUT(findings->retryButton()->isVisibleTo(findings), 30000);
    QVERIFY2(findings->messageLabel()->text().contains(QStringLiteral("could not be fetched")),
             qPrintable(findings->messageLabel()->text()));
    stack.simulator->clearFault();
    QTest::mouseClick(findings->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(findings->summaryLabel()->isVisibleTo(findings), 10000);
    QVERIFY(!findings->retryButton()->isVisibleTo(findings));
    QVERIFY(findings->table()->model()->rowCount() > 0);
}

void MainWindowTest::exportOfAReportNotFetchedYetAsksWhereOnceItIsHere()
{
    // Ctrl+E at once on a row just selected (its report is asked for once
    // the user stays on it): the report is fetched, then the save question
    // comes by itself, a name from the site and the day offered (a new-user
    // test had to press Ctrl+E twice).
    TestStack stack(600, 10.0);
    Ui ui(stack);
    QSignalSpy launched(stack.controller.get(), &core::ScanController::launched);
    startScan(ui, "https://partial.example.net");
    startScan(ui, "https://partial.example.org"); // selected: the first is not looked at
    QTRY_COMPARE_WITH_TIMEOUT(launched.count(), 2, 15000);
    const QString id = launched.at(0).at(0).toString();
    QTRY_VERIFY_WITH_TIMEOUT(stack.repository->find(id)->result.has_value(), 30000);
    QVERIFY(!stack.controller->report(id));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.pdf"));
    QStringList offered;
    ui.window.setSavePathAsker([&](const QString &suggested) {
        offered.append(suggested);
        return path;
    });
    QTreeView *list = ui.window.scanView();
    const QModelIndexList rows = list->model()->match(
        list->model()->index(0, 0), core::ScanListModel::ScanIdRole, id, 1, Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    list->setCurrentIndex(rows.first());
    QTest::keyClick(&ui.window, Qt::Key_E, Qt::ControlModifier);
    QVERIFY(offered.isEmpty()); // not before the report is here
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), 15000);
    QCOMPARE(offered.size(), 1);
    QVERIFY2(
        QFileInfo(offered.first()).fileName().startsWith(QStringLiteral("partial.example.net-")),
        qPrintable(offered.first()));
    QVERIFY(offered.first().endsWith(QStringLiteral(".pdf")));
    QFile printed(path);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QVERIFY(printed.read(5) == "%PDF-");
}

void MainWindowTest::compareTwoScansAndExportEverything()
{
    TestStack stack(600, 10.0);
    Ui ui(stack);
    // The ids AppVet gave: a scan still in the local queue has a row, but not its id yet.
    QSignalSpy launched(stack.controller.get(), &core::ScanController::launched);
    startScan(ui, "https://partial.example.net");
    startScan(ui, "https://partial.example.net");
    QTRY_COMPARE_WITH_TIMEOUT(launched.count(), 2, 15000);
    QCOMPARE(ui.scans.rowCount(), 2);
    const QStringList ids { launched.at(0).at(0).toString(),
                            launched.at(1).at(0).toString() }; // older, newer
    QTRY_VERIFY_WITH_TIMEOUT(stack.repository->find(ids.at(0))->result
                                 && stack.repository->find(ids.at(1))->result,
                             30000);
    // Select both rows, then Scan → Compare.
    QTreeView *list = ui.window.scanView();
    list->selectAll();
    QVERIFY(ui.window.compareAction()->isEnabled());
    ui.window.compareAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(ui.window.compareDialog() && ui.window.compareDialog()->isVisible(),
                             15000);
    ui::CompareDialog *dialog = ui.window.compareDialog();
    QCOMPARE(dialog->comparison().older.id, ids.at(0));
    QCOMPARE(dialog->comparison().newer.id, ids.at(1));
    QVERIFY(dialog->headlineLabel()->text().contains(ids.at(1)));
    dialog->hideUnchangedBox()->setChecked(false);
    QCOMPARE(dialog->table()->rowCount(), dialog->comparison().changes.size());
    keepScreenshot(*dialog, QStringLiteral("compare"));
    dialog->close();

    QTemporaryDir dir;
    const QString pdf = dir.filePath("report.pdf");
    QCOMPARE(ui.window.exportReportTo(ids.at(1), pdf), QString());
    QFile printed(pdf);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QVERIFY(printed.read(5) == "%PDF-");
    QCOMPARE(ui.window.exportReportTo(ids.at(1), dir.filePath("report.doc")).isEmpty(), false);

    const QString csv = dir.filePath("scans.csv");
    ui.window.filterBar()->searchEdit()->setText(ids.at(0)); // only what is shown
    QCOMPARE(ui.window.exportListTo(csv), QString());
    QFile table(csv);
    QVERIFY(table.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = table.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // header, one row, and the end of the last line
    QVERIFY(lines.at(0).startsWith("Site,Type,Status,Grade,Score"));
    QVERIFY(lines.at(1).startsWith("https://partial.example.net,security,partial,"));
    QVERIFY(lines.at(1).trimmed().endsWith(ids.at(0).toUtf8()));
}

void MainWindowTest::aBatchIsConfirmedOnceAndKeepsToThePlan()
{
    // A plan that runs two scans at once; five sites pasted into the bar with
    // a word that is not an address and a repeat.
    TestStack stack(600, 20.0, 7, 0,
                    [](sim::Simulator::Options &options) { options.concurrentScans = 2; });
    Ui ui(stack);
    QSignalSpy usage(stack.controller.get(), &core::ScanController::usageUpdated);
    stack.controller->fetchUsage();
    QTRY_COMPARE(usage.count(), 1);
    QStringList questions;
    ui.window.setConfirmer([&questions](const QString &question) {
        questions.append(question);
        return true;
    });
    QSignalSpy launched(stack.controller.get(), &core::ScanController::launched);
    startScan(ui, "a.example, b.example c.example;d.example nonsense e.example a.example");
    QCOMPARE(questions.size(), 1);
    const QString question = questions.first();
    QVERIFY2(question.startsWith(QStringLiteral("Start 5 security scans?")), qPrintable(question));
    QVERIFY(question.contains(QStringLiteral("nonsense — This does not look like a web address")));
    QVERIFY(question.contains(QStringLiteral("already in the batch or running (1)")));
    QVERIFY(question.contains(QStringLiteral("runs 2 scans at once")));
    QVERIFY(ui.window.scanBar()->urlEdit()->text().isEmpty());
    // Two start, three wait in the list with their place.
    QTRY_COMPARE(launched.count(), 2);
    QTRY_COMPARE(ui.scans.rowCount(), 5);
    QStringList waiting;
    for (int row = 0; row < ui.scans.rowCount(); ++row) {
        const QString status
            = ui.scans.index(row, core::ScanListModel::StatusColumn).data().toString();
        if (status.startsWith(QStringLiteral("waiting to start")))
            waiting.append(status);
    }
    std::sort(waiting.begin(), waiting.end());
    QCOMPARE(waiting,
             QStringList({ "waiting to start: 1 ahead", "waiting to start: 2 ahead",
                           "waiting to start: next" }));
    QTRY_COMPARE_WITH_TIMEOUT(launched.count(), 5, 30000);
    QCOMPARE(stack.simulator->countAnswers(429), 0);
    QVERIFY(stack.simulator->mostRunningAtOnce() <= 2);

    // More sites than the month's quota has left: said before anything starts.
    stack.simulator->setQuotaUsed(499);
    stack.controller->fetchUsage();
    QTRY_COMPARE(stack.controller->usage()->scans.remaining, 1);
    startScan(ui, "f.example g.example");
    QCOMPARE(questions.size(), 1);
    QVERIFY(ui.window.scanBar()->messageLabel()->text().contains(
        QStringLiteral("only 1 scans are left this month: nothing was started")));
    QCOMPARE(launched.count(), 5);
}

void MainWindowTest::preferencesCheckTheUrlTestTheKeyAndApply()
{
    TestStack stack(600, 20.0);
    Ui ui(stack);
    ui.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ui.window));
    QStringList keys;
    QObject::connect(&ui.window, &ui::MainWindow::keyEntered,
                     [&keys](const QString &key) { keys.append(key); });
    bool checked = false;
    ui.window.setPreferencesHook([&](QDialog *shown) {
        auto *dialog = static_cast<ui::PreferencesDialog *>(shown);
        QTimer::singleShot(0, dialog, [&, dialog] {
            QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
            // Plain http to another computer would carry the key in clear text.
            dialog->apiUrlEdit()->setText(QStringLiteral("http://example.com"));
            QVERIFY(!ok->isEnabled());
            QVERIFY(!dialog->apiUrlMessage()->text().isEmpty());
            QCOMPARE(dialog->apiKeyEdit()->echoMode(), QLineEdit::Password);
            dialog->apiUrlEdit()->setText(stack.simulator->baseUrl().toString());
            QVERIFY(ok->isEnabled());
            // Left unchanged, the key field tests the key in use, through the
            // session's own client (and so its request budget).
            QSignalSpy sent(stack.client.get(), &core::ApiClient::requestStarted);
            QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
            QTRY_VERIFY(dialog->testMessage()->text().startsWith(QStringLiteral("The key works")));
            QVERIFY(sent.count() >= 1);
            const auto &log = stack.simulator->requestLog();
            QVERIFY(std::any_of(log.cbegin(), log.cend(), [&](const auto &request) {
                return request.path == QStringLiteral("/v1/usage")
                    && request.authorization
                    == "Bearer " + stack.simulator->options().apiKey.toUtf8();
            }));
            // Test asks the server with the key typed, refused then accepted.
            dialog->apiKeyEdit()->setText(
                QStringLiteral("avk_live_wrong00000000000000000000000000000000"));
            QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
            QTRY_VERIFY(
                dialog->testMessage()->text().startsWith(QStringLiteral("The test failed")));
            // The typed key went with the test only: the session's key is kept.
            QCOMPARE(
                stack.client->buildRequest(QStringLiteral("/v1/usage")).rawHeader("Authorization"),
                "Bearer " + stack.simulator->options().apiKey.toUtf8());
            dialog->apiKeyEdit()->setText(stack.simulator->options().apiKey);
            QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
            QTRY_VERIFY(dialog->testMessage()->text().startsWith(QStringLiteral("The key works")));
            auto *interval = dialog->findChild<QSpinBox *>();
            interval->setValue(5);
            checked = true;
            dialog->accept();
        });
    });
    QTest::keyClick(&ui.window, Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(checked);
    QCOMPARE(stack.scheduler->settings().intervalMs, 5000);
    QCOMPARE(QSettings().value(QStringLiteral("pollIntervalSeconds")).toInt(), 5);
    // The URL in use was kept as it was: nothing to remember for the next start.
    QVERIFY(!QSettings().contains(QStringLiteral("connection/apiUrl")));
    QCOMPARE(keys, QStringList { stack.simulator->options().apiKey });
}

void MainWindowTest::everyControlHasAnAccessibleNameAndDescription()
{
    TestStack stack(600, 20.0);
    Ui ui(stack);
    ui.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ui.window));
    const QStringList ids = stack.launch({ QStringLiteral("https://a11y.example") });
    QTRY_VERIFY_WITH_TIMEOUT(stack.allTerminal(ids), 20000);
    ui.window.selectScan(ids.first());
    QStringList missing;
    const QList<QWidget *> widgets = ui.window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QTabBar *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget);
        if (!interactive || widget->focusPolicy() == Qt::NoFocus
            || qobject_cast<QAbstractItemView *>(widget->parentWidget())
            || qobject_cast<QTabBar *>(widget->parentWidget()) // Qt's own scroll arrows
            || widget->inherits("QComboBoxListView")
            || (widget->inherits("QLineEdit") && qobject_cast<QComboBox *>(widget->parentWidget())))
            continue; // parts of a control that speaks for them
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (qobject_cast<QTabBar *>(widget) && accessible) {
            // A screen reader reads the tabs, each with its name and description.
            for (int i = 0; i < accessible->childCount(); ++i) {
                QAccessibleInterface *tab = accessible->child(i);
                if (tab->role() == QAccessible::PageTab
                    && (tab->text(QAccessible::Name).isEmpty()
                        || tab->text(QAccessible::Description).isEmpty()))
                    missing.append(QStringLiteral("tab '%1'").arg(tab->text(QAccessible::Name)));
            }
            continue;
        }
        const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
        const QString description
            = accessible ? accessible->text(QAccessible::Description) : QString();
        if (name.trimmed().isEmpty() || description.trimmed().isEmpty())
            missing.append(QStringLiteral("%1 '%2' (name '%3', description '%4')")
                               .arg(QString::fromLatin1(widget->metaObject()->className()),
                                    widget->objectName(), name, description));
    }
    for (const QString &control : std::as_const(missing))
        qInfo("no accessible name or description: %s", qPrintable(control));
    QVERIFY2(missing.isEmpty(), "every control says what it is and does");

    // The painted cells say what they show: the state, not only a number.
    const QModelIndex progress
        = ui.scans.indexForId(ids.first(), core::ScanListModel::ProgressColumn);
    const QString spoken = progress.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.contains(QStringLiteral("completed"))
                 || spoken.contains(QStringLiteral("failed"))
                 || spoken.contains(QStringLiteral("partial")),
             qPrintable(spoken));
    const core::Scan *scan = stack.repository->find(ids.first());
    if (scan->result) {
        const QString grade = ui.scans.indexForId(ids.first(), core::ScanListModel::GradeColumn)
                                  .data(Qt::AccessibleTextRole)
                                  .toString();
        QVERIFY2(grade.startsWith(QStringLiteral("Grade %1, score %2")
                                      .arg(scan->result->grade)
                                      .arg(scan->result->score)),
                 qPrintable(grade));
    }
}

void MainWindowTest::keyboardOnlyFromTheBarToAnOpenedReport()
{
    TestStack stack(600, 20.0);
    Ui ui(stack);
    ui.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ui.window));
    QApplication::setActiveWindow(&ui.window);
    // Ctrl+L to the bar, type, Enter.
    QTest::keyClick(&ui.window, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(ui.window.scanBar()->urlEdit()->hasFocus());
    QTest::keyClicks(ui.window.scanBar()->urlEdit(), QStringLiteral("https://keys.example"));
    QTest::keyClick(ui.window.scanBar()->urlEdit(), Qt::Key_Return);
    QTRY_COMPARE(ui.scans.rowCount(), 1);
    const QString id = ui.scans.idAt(0);
    QTRY_VERIFY_WITH_TIMEOUT(stack.allTerminal({ id }), 20000);
    if (!stack.repository->find(id)->result)
        QSKIP("the simulated scan failed: no report to open (seeded, rare)");
    // Tab goes from the bar to the list in a few steps, in reading order.
    QStringList path;
    for (int step = 0; step < 12 && !ui.window.scanView()->hasFocus(); ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        path.append(QString::fromLatin1(QApplication::focusWidget()->metaObject()->className()));
    }
    QVERIFY2(ui.window.scanView()->hasFocus(), qPrintable(path.join(QStringLiteral(" → "))));
    QVERIFY2(path.size() <= 8, qPrintable(path.join(QStringLiteral(" → "))));
    // The new scan is the current row: Enter opens its report.
    QTest::keyClick(ui.window.scanView(), Qt::Key_Return);
    QTRY_COMPARE(ui.opened.size(), 1);
    QVERIFY(ui.opened.first().path().endsWith(id));
}

void MainWindowTest::budgetFiguresDoNotLayTheWindowOutAgain()
{
    // Every request changes the budget, 50 a second in the load run: the
    // status bar shows the last figures of a turn, and a new figure does not
    // lay the status bar (and with it the window) out again.
    TestStack stack(600, 10.0);
    Ui ui(stack);
    QVERIFY(QTest::qWaitForWindowExposed(&ui.window));
    const int limit = 1000000;
    emit stack.controller->budgetChanged(limit, limit);
    auto shows = [&ui](int remaining, int limit) {
        const QList<QLabel *> labels = ui.window.statusBar()->findChildren<QLabel *>();
        const QString text
            = QStringLiteral("Requests left: %1 of %2 per minute").arg(remaining).arg(limit);
        return std::any_of(labels.begin(), labels.end(), [&text](const QLabel *label) {
            return label->isVisible() && label->text() == text;
        });
    };
    QTRY_VERIFY(shows(limit, limit));
    QTRY_VERIFY(stack.clientIdle()); // no request of its own changes the budget meanwhile
    QTest::qWait(50); // the window settles

    struct LayoutCounter : QObject
    {
        int requests = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            requests += event->type() == QEvent::LayoutRequest;
            return false;
        }
    } counter;
    ui.window.statusBar()->installEventFilter(&counter);
    for (int turn = 0; turn < 5; ++turn) {
        for (int remaining = limit - 1; remaining >= limit - 50 * (turn + 1); --remaining)
            emit stack.controller->budgetChanged(remaining, limit);
        QCoreApplication::processEvents();
        QVERIFY(shows(limit - 50 * (turn + 1), limit));
    }
    emit stack.controller->budgetChanged(7, limit);
    QTRY_VERIFY(shows(7, limit));
    QCoreApplication::processEvents();
    QCOMPARE(counter.requests, 0);
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
