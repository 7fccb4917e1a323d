#include "mainwindow.h"

#include "api/apiclient.h"
#include "comparedialog.h"
#include "detailpane.h"
#include "domain/sitebatch.h"
#include "exporting.h"
#include "filterbar.h"
#include "findingsview.h"
#include "gradepanel.h"
#include "model/eventlogmodel.h"
#include "model/scanfiltermodel.h"
#include "model/scanlistmodel.h"
#include "newscanbar.h"
#include "notifier.h"
#include "poll/pollscheduler.h"
#include "preferencesdialog.h"
#include "progressdelegate.h"
#include "scancontroller.h"
#include "store/scanrepository.h"
#include "store/scanstore.h"
#include "style.h"
#include "text/displaytext.h"
#include "trayicon.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ui {

MainWindow::MainWindow(core::ScanController &controller, core::ScanRepository &repository,
                       core::PollScheduler &scheduler, core::ScanListModel &scans,
                       core::EventLogModel &events, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_repository(repository)
    , m_scheduler(scheduler)
    , m_scans(scans)
    , m_events(events)
    , m_filter(new core::ScanFilterModel(this))
    , m_bar(new NewScanBar(this))
    , m_filterBar(new FilterBar(*m_filter, this))
    , m_banner(new QLabel(this))
    , m_list(new QTreeView(this))
    , m_detail(new DetailPane(repository, events, this))
    , m_hostLabel(new QLabel(this))
    , m_keyLabel(new QLabel(this))
    , m_budgetLabel(new QLabel(this))
    , m_quotaLabel(new QLabel(this))
    , m_historyLabel(new QLabel(this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_confirm([this](const QString &question) {
        // Plain text: a question may quote what the user typed or dropped.
        QMessageBox box(QMessageBox::Question, tr("ScanDash"), question,
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setTextFormat(Qt::PlainText);
        return box.exec() == QMessageBox::Yes;
    })
{
    m_confirmLoss = [this](const QString &question) {
        QMessageBox box(QMessageBox::Warning, tr("History not saved"), question,
                        QMessageBox::NoButton, this);
        box.setTextFormat(Qt::PlainText);
        QPushButton *quit = box.addButton(tr("Quit anyway"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("Keep open"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.exec();
        return box.clickedButton() == quit;
    };
    setWindowTitle(tr("ScanDash"));
    setAcceptDrops(true);
    m_bar->typeBox()->setCurrentIndex(
        qMax(0, m_bar->typeBox()->findData(QSettings().value(QStringLiteral("scan/defaultType")))));
    setWindowIcon(QIcon(QStringLiteral(":/scandash/scandash.svg")));
    resize(1240, 760);

    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->setAutoFillBackground(true);
    m_banner->setMargin(6);
    m_banner->hide();

    m_detail->setFindingsView(new FindingsView(repository, controller, m_detail));
    m_filter->setSourceModel(&m_scans);
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new ProgressDelegate(m_list));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    // Two rows selected can be compared; the current row is the one shown.
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(core::ScanListModel::StartedColumn, Qt::DescendingOrder);
    m_list->setAccessibleName(tr("Scans"));
    m_list->setAccessibleDescription(tr("Every scan: site, type, status, progress, grade, start "
                                        "and what comes next. Enter opens the report, Delete "
                                        "removes, F5 asks now."));
    // The context menu comes from the mouse or the keyboard's Menu key; the
    // event says which, so the keyboard's acts on the current row.
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);
    auto *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(core::ScanListModel::SiteColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    header->resizeSection(core::ScanListModel::TypeColumn, 85);
    // Wide enough for the words as translated, not only the English ones.
    auto fits = [this](const QStringList &samples, int least) {
        int widest = least;
        for (const QString &sample : samples)
            widest = qMax(widest, fontMetrics().horizontalAdvance(sample) + 16);
        return widest;
    };
    header->resizeSection(
        core::ScanListModel::StatusColumn,
        fits({ core::ScanListModel::tr("completed"), core::ScanListModel::tr("scanning"),
               core::ScanListModel::tr("failed"), core::ScanListModel::tr("partial"),
               core::ScanListModel::tr("queued") },
             80));
    header->resizeSection(core::ScanListModel::ProgressColumn,
                          fits({ core::ScanListModel::tr("failed") }, 72));
    header->resizeSection(core::ScanListModel::GradeColumn, 84);
    header->resizeSection(core::ScanListModel::StartedColumn, 96);
    header->resizeSection(
        core::ScanListModel::TimeColumn,
        fits({ core::ScanListModel::tr("took %1").arg(core::ScanListModel::durationText(64)),
               core::ScanListModel::tr("next in %1").arg(core::ScanListModel::durationText(12)) },
             92));

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_list, 1);
    m_splitter = new QSplitter(this);
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 720, 480 });
    m_splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_bar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_historyLabel->hide();
    for (auto *label : { m_historyLabel, m_hostLabel, m_keyLabel, m_budgetLabel, m_quotaLabel }) {
        label->setTextFormat(Qt::PlainText);
        statusBar()->addPermanentWidget(label);
    }
    m_historyLabel->setForegroundRole(QPalette::BrightText);
    m_historyLabel->setBackgroundRole(QPalette::Highlight);
    m_historyLabel->setAutoFillBackground(true);
    m_historyLabel->setMargin(2);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *keyAction = fileMenu->addAction(tr("Set API &key…"));
    connect(keyAction, &QAction::triggered, this, [this] { askForKey(QString()); });
    auto *syncAction = fileMenu->addAction(tr("&Sync scans from AppVet"));
    syncAction->setToolTip(tr("Add the organisation's scans that are not here yet, including "
                              "ones started elsewhere, and watch the unfinished ones"));
    connect(syncAction, &QAction::triggered, this, [this] {
        statusBar()->showMessage(tr("Asking AppVet for the organisation's scans…"));
        m_controller.syncOrganisationScans();
    });
    connect(&m_controller, &core::ScanController::organisationSynced, this,
            [this](int added, const QString &error) {
                statusBar()->showMessage(error.isEmpty()
                                             ? tr("%n scan(s) added from AppVet.", nullptr, added)
                                             : tr("Could not list the organisation's scans: %1")
                                                   .arg(core::displayText(error, 300)),
                                         10000);
            });
    auto *preferencesAction = fileMenu->addAction(tr("&Preferences…"));
    preferencesAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences)
                                    << QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    auto *importAction = fileMenu->addAction(tr("&Import sites…"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setToolTip(tr("Start scans of the sites listed in a text or CSV file"));
    connect(importAction, &QAction::triggered, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this, tr("Import sites"), QDir::homePath(),
                                           tr("Lists of sites (*.txt *.csv);;All files (*)"));
        if (!file.isEmpty())
            startBatch(readSiteList(file), m_bar->typeBox()->currentData().toString());
    });
    fileMenu->addSeparator();
    m_exportReportAction = fileMenu->addAction(tr("&Export report…"));
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportReportAction, &QAction::triggered, this, [this] {
        const QString id = currentScanId();
        if (!m_repository.report(id)) {
            m_controller.fetchReport(id);
            statusBar()->showMessage(tr("The report is being fetched; export it in a moment."),
                                     8000);
            return;
        }
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export report"), QString(),
            tr("PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON as received (*.json)"));
        if (path.isEmpty())
            return;
        const QString error = exportReportTo(id, path);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export report"), error);
    });
    auto *exportListAction = fileMenu->addAction(tr("Export &list as CSV…"));
    connect(exportListAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the list"), QString(),
                                                          tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        const QString error = exportListTo(path);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export the list"), error);
    });
    fileMenu->addSeparator();
    m_quitAction = fileMenu->addAction(tr("&Quit"));
    // Ctrl+Q even where the platform's scheme has no Quit key (Windows', offscreen).
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setShortcuts(quitKeys);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::requestQuit);
    addAction(m_quitAction); // Ctrl+Q wherever the focus is, menu bar shown or not

    createActions();

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *newScan = viewMenu->addAction(tr("New scan"));
    newScan->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence::New });
    connect(newScan, &QAction::triggered, this, [this] {
        m_bar->urlEdit()->setFocus();
        m_bar->urlEdit()->selectAll();
    });
    auto *findAction = viewMenu->addAction(tr("&Find scans"));
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_filterBar->searchEdit()->setFocus();
        m_filterBar->searchEdit()->selectAll();
    });
    // How often a scan that has the budget is asked about: the documented 3-5 s.
    auto *intervalMenu = viewMenu->addMenu(tr("Update interval"));
    auto *intervals = new QActionGroup(this);
    m_intervals = intervals;
    for (int seconds : { 3, 4, 5 }) {
        auto *action = intervalMenu->addAction(tr("Every %1 seconds").arg(seconds));
        action->setData(seconds);
        action->setCheckable(true);
        action->setChecked(m_scheduler.settings().intervalMs == seconds * 1000);
        intervals->addAction(action);
        connect(action, &QAction::triggered, this, [this, seconds] {
            m_controller.setPollInterval(seconds * 1000);
            QSettings().setValue(QStringLiteral("pollIntervalSeconds"), seconds);
        });
    }

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    connect(helpMenu->addAction(tr("&About ScanDash")), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About ScanDash"),
                           tr("ScanDash %1\nA desktop dashboard for AppVet web scans.\n"
                              "Licensed under the GNU GPL, version 3 or later.")
                               .arg(QApplication::applicationVersion()));
    });

    connect(m_bar, &NewScanBar::startRequested, this,
            [this](const QString &url, const QString &type) {
                m_bar->clearMessage();
                if (url.trimmed().contains(QRegularExpression(QStringLiteral("[\\s,;]"))))
                    startBatch(url, type); // several sites at once
                else
                    m_controller.startScan(url, type);
            });
    connect(&m_controller, &core::ScanController::launched, this, [this](const QString &id) {
        m_bar->urlEdit()->clear();
        m_bar->clearMessage();
        selectScan(id);
    });
    connect(&m_controller, &core::ScanController::launchFailed, m_bar, &NewScanBar::showError);
    connect(&m_controller, &core::ScanController::launchDeferred, m_bar, &NewScanBar::showInfo);
    connect(&m_controller, &core::ScanController::launchBlocked, m_bar, &NewScanBar::setBlocked);
    connect(&m_controller, &core::ScanController::usageUpdated, this, &MainWindow::onUsage);
    connect(&m_scheduler, &core::PollScheduler::budgetChanged, this, &MainWindow::updateBudget);
    connect(&m_scheduler, &core::PollScheduler::rateLimitWait, this, [this](qint64 ms) {
        statusBar()->showMessage(
            tr("The server asked to slow down: polling resumes in %1 s.").arg((ms + 999) / 1000),
            static_cast<int>(ms));
    });
    connect(&m_controller, &core::ScanController::watchedSiteRescanned, this,
            [this](const QString &url) {
                statusBar()->showMessage(
                    tr("Rescanning %1: it is watched and its last scan is due.")
                        .arg(core::displayText(url, 200)),
                    10000);
            });

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(core::ScanListModel::ScanIdRole).toString();
                m_controller.showScan(id);
                m_detail->setScanId(id);
                m_events.setScanId(id);
                updateActions();
            });
    connect(m_detail, &DetailPane::openReportRequested, this, &MainWindow::openReport);
    connect(m_detail, &DetailPane::rescanRequested, &m_controller, &core::ScanController::rescan);
    connect(m_detail, &DetailPane::watchSiteRequested, &m_controller,
            &core::ScanController::watchSite);
    connect(m_detail, &DetailPane::retryRequested, &m_controller, &core::ScanController::pollNow);
    // The scan looked at just finished: fetch its report while it is looked at.
    connect(&m_repository, &core::ScanRepository::scanChanged, this,
            [this](int index, core::ScanFields fields) {
                const core::Scan &scan = m_repository.at(index);
                if (scan.id != m_detail->scanId())
                    return;
                if (fields & core::FieldResult)
                    m_controller.fetchReport(scan.id);
                if (fields & (core::FieldWatch | core::FieldResult | core::FieldState))
                    updateActions();
            });
    // Enter and double-click both activate a row: open its report.
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(core::ScanListModel::ScanIdRole).toString();
        const core::Scan *scan = m_repository.find(id);
        if (scan && scan->result)
            openReport(id);
    });
    connect(&m_controller, &core::ScanController::undoAvailableChanged, this,
            &MainWindow::updateActions);
    connect(m_detail, &DetailPane::compareRequested, this, [this](const QString &id) {
        if (const core::Scan *previous = m_repository.previousWithResult(id))
            compareScans(previous->id, id);
    });
    connect(&m_repository, &core::ScanRepository::scanChanged, this,
            [this](int index, core::ScanFields fields) {
                if ((fields & core::FieldSummary)
                    && m_pendingCompare.contains(m_repository.at(index).id))
                    openPendingComparison();
            });
    connect(&m_controller, &core::ScanController::reportFailed, this,
            [this](const QString &id, const core::ApiError &error) {
                if (!m_pendingCompare.contains(id))
                    return;
                m_pendingCompare.clear();
                statusBar()->showMessage(
                    tr("Cannot compare: the report of %1 could not be "
                       "fetched (%2).")
                        .arg(id, core::displayText(core::describeError(error), 200)),
                    10000);
            });
    // With nothing selected yet, the newest scan is shown: its trend at once.
    auto selectFirst = [this] {
        if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(0, 0));
    };
    connect(m_filter, &QAbstractItemModel::modelReset, this, selectFirst);
    connect(&m_controller, &core::ScanController::organisationSynced, this, selectFirst);
    updateBudget(m_scheduler.requestsLeft(), m_scheduler.requestLimit());
    m_bar->urlEdit()->setFocus();

    // View state only: where the window was, how it was split, the list's
    // sort and column widths, and the filter.
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    fitToScreen();
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    header->restoreState(settings.value(QStringLiteral("window/listHeader")).toByteArray());
    m_filterBar->restoreState();
    updateActions();
}

void MainWindow::createActions()
{
    auto *scanMenu = menuBar()->addMenu(tr("&Scan"));
    auto add = [this, scanMenu](const QString &text, const QKeySequence &key, auto handler) {
        auto *action = scanMenu->addAction(text);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, [this, handler] {
            const QString id = currentScanId();
            if (!id.isEmpty())
                handler(id);
        });
        return action;
    };
    m_openReportAction = add(tr("&Open report"), QKeySequence(Qt::Key_Return),
                             [this](const QString &id) { openReport(id); });
    m_checkNowAction = add(tr("&Check now"), QKeySequence::Refresh,
                           [this](const QString &id) { m_controller.pollNow(id); });
    m_rescanAction = add(tr("&Rescan"), QKeySequence(Qt::CTRL | Qt::Key_R),
                         [this](const QString &id) { m_controller.rescan(id); });
    m_stopAction = add(tr("S&top watching"), QKeySequence(),
                       [this](const QString &id) { m_controller.stopWatching(id); });
    m_compareAction
        = add(tr("Co&mpare…"), QKeySequence(Qt::CTRL | Qt::Key_D), [this](const QString &id) {
              // Two rows selected: those; otherwise the scan and the one before.
              const QStringList selected = selectedScanIds();
              if (selected.size() == 2) {
                  compareScans(selected.at(0), selected.at(1));
              } else if (const core::Scan *previous = m_repository.previousWithResult(id)) {
                  compareScans(previous->id, id);
              } else {
                  statusBar()->showMessage(tr("No earlier graded scan of this site and type to "
                                              "compare with."),
                                           8000);
              }
          });
    scanMenu->addSeparator();
    m_copyUrlAction = add(tr("Copy &address"), QKeySequence(), [this](const QString &id) {
        if (const core::Scan *scan = m_repository.find(id))
            QApplication::clipboard()->setText(scan->url);
    });
    m_copyIdAction = add(tr("Copy scan &id"), QKeySequence(),
                         [](const QString &id) { QApplication::clipboard()->setText(id); });
    scanMenu->addSeparator();
    m_removeAction
        = add(tr("Re&move"), QKeySequence::Delete, [this](const QString &id) { removeScan(id); });
    // Enter, Delete and F5 belong to the list: in the address bar they edit
    // text (Enter there starts a scan). Enter reaches the list as activated().
    for (auto *action : { m_openReportAction, m_removeAction, m_checkNowAction })
        action->setShortcutContext(Qt::WidgetShortcut);
    m_list->addActions({ m_removeAction, m_checkNowAction });
    m_undoAction = scanMenu->addAction(tr("&Undo remove"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        const int before = m_repository.count();
        m_controller.undoRemove();
        if (m_repository.count() > before)
            selectScan(m_repository.at(m_repository.count() - 1).id);
    });
    addAction(m_undoAction);
}

QStringList MainWindow::selectedScanIds() const
{
    QStringList ids;
    for (const QModelIndex &row : m_list->selectionModel()->selectedRows())
        ids.append(row.data(core::ScanListModel::ScanIdRole).toString());
    return ids;
}

QString MainWindow::exportReportTo(const QString &scanId, const QString &path)
{
    const auto report = m_repository.report(scanId);
    if (!report)
        return tr("The report of this scan has not been fetched yet.");
    QString error;
    if (!ui::exportReport(*report, path, &error))
        return error;
    statusBar()->showMessage(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return QString();
}

QString MainWindow::exportListTo(const QString &path)
{
    QString error;
    if (!ui::exportScanList(*m_filter, path, &error))
        return error;
    statusBar()->showMessage(tr("%n scan(s) saved to %1.", nullptr, m_filter->rowCount())
                                 .arg(QDir::toNativeSeparators(path)),
                             8000);
    return QString();
}

void MainWindow::compareScans(const QString &first, const QString &second)
{
    const core::Scan *a = m_repository.find(first);
    const core::Scan *b = m_repository.find(second);
    if (!a || !b || first == second)
        return;
    if (core::siteKey(a->url, a->type) != core::siteKey(b->url, b->type)) {
        statusBar()->showMessage(tr("Pick two scans of the same site and type to compare."), 8000);
        return;
    }
    if (!a->result || !b->result) {
        statusBar()->showMessage(tr("Only finished scans with a grade can be compared."), 8000);
        return;
    }
    m_pendingCompare = a->createdAt <= b->createdAt ? QStringList { first, second }
                                                    : QStringList { second, first };
    for (const QString &id : std::as_const(m_pendingCompare)) {
        if (!m_repository.report(id))
            m_controller.fetchReport(id);
    }
    openPendingComparison();
}

CompareDialog *MainWindow::compareDialog() const
{
    return m_compareDialog;
}

void MainWindow::openPendingComparison()
{
    if (m_pendingCompare.size() != 2)
        return;
    const auto older = m_repository.report(m_pendingCompare.at(0));
    const auto newer = m_repository.report(m_pendingCompare.at(1));
    if (!older || !newer) {
        statusBar()->showMessage(tr("Fetching the reports to compare…"), 5000);
        return;
    }
    m_pendingCompare.clear();
    if (m_compareDialog)
        m_compareDialog->close();
    m_compareDialog = new CompareDialog(core::compareReports(*older, *newer), this);
    m_compareDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_compareDialog->show();
}

QString MainWindow::currentScanId() const
{
    return m_list->currentIndex().data(core::ScanListModel::ScanIdRole).toString();
}

void MainWindow::updateActions()
{
    const core::Scan *scan = m_repository.find(currentScanId());
    for (auto *action : { m_rescanAction, m_removeAction, m_copyUrlAction, m_copyIdAction })
        action->setEnabled(scan != nullptr);
    m_openReportAction->setEnabled(scan && scan->result.has_value());
    m_checkNowAction->setEnabled(scan && !core::isTerminal(scan->state));
    m_stopAction->setEnabled(scan && core::isActive(scan->watch));
    m_compareAction->setEnabled(scan && scan->result);
    m_exportReportAction->setEnabled(scan && scan->result);
    m_undoAction->setEnabled(m_controller.canUndoRemove());
}

void MainWindow::removeScan(const QString &scanId)
{
    const core::Scan *scan = m_repository.find(scanId);
    if (!scan)
        return;
    if (core::isActive(scan->watch)
        && !m_confirm(tr("The scan of %1 is still running. Remove it from the list and stop "
                         "watching it? It goes on at AppVet; Ctrl+Z brings it back.")
                          .arg(core::displayText(scan->url, 200))))
        return;
    const int row = m_list->currentIndex().row();
    m_controller.remove(scanId);
    // Keep the keyboard where it was: the next row becomes current.
    const QModelIndex next = m_filter->index(qMin(row, m_filter->rowCount() - 1), 0);
    if (next.isValid())
        m_list->setCurrentIndex(next);
    statusBar()->showMessage(tr("Removed. Ctrl+Z brings it back."), 8000);
    updateActions();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && watched == m_list->viewport() && event->type() == QEvent::Paint) {
        m_painted = true;
        // After this paint has reached the screen, not before.
        QTimer::singleShot(0, this, &MainWindow::firstPainted);
    }
    if ((watched == m_list || watched == m_list->viewport())
        && event->type() == QEvent::ContextMenu) {
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        QModelIndex index;
        QPoint at;
        if (menuEvent->reason() == QContextMenuEvent::Keyboard) {
            index = m_list->currentIndex();
            const QRect rect = m_list->visualRect(index);
            at = m_list->viewport()->mapToGlobal(rect.isValid() ? rect.center() : QPoint());
        } else {
            const QPoint local = watched == m_list
                ? m_list->viewport()->mapFrom(m_list, menuEvent->pos())
                : menuEvent->pos();
            index = m_list->indexAt(local);
            at = menuEvent->globalPos();
            if (index.isValid())
                m_list->setCurrentIndex(index);
        }
        showScanMenu(index, at);
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showScanMenu(const QModelIndex &index, const QPoint &globalPosition)
{
    const QString id = index.data(core::ScanListModel::ScanIdRole).toString();
    if (!m_repository.find(id))
        return;
    updateActions();
    QMenu menu(this);
    menu.addActions(
        { m_openReportAction, m_checkNowAction, m_rescanAction, m_stopAction, m_compareAction });
    menu.addSeparator();
    menu.addActions({ m_copyUrlAction, m_copyIdAction });
    menu.addSeparator();
    menu.addAction(m_removeAction);
    emit scanMenuShown(id);
    menu.exec(globalPosition);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::watchStore(core::ScanStore &store)
{
    showStoreOpenResult(store);
    connect(&store, &core::ScanStore::openResultChanged, this,
            [this, &store] { showStoreOpenResult(store); });
    connect(
        &store, &core::ScanStore::healthChanged, this, [this](bool healthy, const QString &reason) {
            m_historyProblem = healthy ? QString() : reason;
            m_historyLabel->setText(healthy ? QString() : tr("History not saved: %1").arg(reason));
            m_historyLabel->setVisible(!healthy);
            if (healthy)
                statusBar()->showMessage(tr("History saved again."), 5000);
        });
}

void MainWindow::showStoreOpenResult(const core::ScanStore &store)
{
    using Outcome = core::ScanStore::OpenOutcome;
    const core::ScanStore::OpenResult &result = store.openResult();
    QString lasting;
    switch (result.outcome) {
    case Outcome::MovedAside: {
        const QString text
            = tr("The scan history could not be used (%1). It was not changed: it was renamed "
                 "to %2 and a new, empty history was started.")
                  .arg(result.reason, QDir::toNativeSeparators(result.movedTo));
        statusBar()->showMessage(text, 60000);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("History file set aside"), text,
                                    QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        break;
    }
    case Outcome::Locked:
        lasting = tr("History not saved: the file is locked by another program (%1); scans are "
                     "kept in memory for this run.")
                      .arg(result.reason);
        break;
    case Outcome::Unwritable:
        lasting = tr("History not saved: the data folder cannot be written (%1); scans are kept "
                     "in memory for this run.")
                      .arg(result.reason);
        break;
    case Outcome::Opened:
        if (result.migratedFrom > 0)
            statusBar()->showMessage(
                tr("History brought up to date (it was version %1).").arg(result.migratedFrom),
                10000);
        break;
    case Outcome::Created:
    case Outcome::InMemory:
        break;
    }
    m_historyLabel->setText(lasting);
    m_historyLabel->setVisible(!lasting.isEmpty());
}

void MainWindow::setConnectionInfo(const QString &apiHost, bool demo)
{
    m_hostLabel->setText(demo ? tr("Demo: built-in simulator at %1").arg(apiHost)
                              : tr("Live: %1").arg(apiHost));
    setWindowTitle(demo ? tr("ScanDash — demo mode") : tr("ScanDash — %1").arg(apiHost));
    m_banner->setVisible(demo);
    m_banner->setText(tr("Demo mode: scans run against ScanDash's built-in AppVet simulator on "
                         "this computer, with a demo key. No account is needed and nothing is "
                         "sent over the network. Start with --api-url and a real key to scan for "
                         "real."));
}

void MainWindow::setKeySource(const QString &source)
{
    m_keyLabel->setText(source.isEmpty() ? tr("No API key") : tr("Key: %1").arg(source));
}

void MainWindow::askForKey(const QString &message)
{
    const QString text
        = (message.isEmpty() ? QString() : core::displayText(message, 600) + QStringLiteral("\n\n"))
        + tr("Enter your AppVet API key (avk_live_…). Polling is paused until a key is "
             "accepted.");
    if (m_keyDialog) {
        m_keyDialog->setLabelText(text);
        return;
    }
    m_keyDialog = new QInputDialog(this);
    m_keyDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_keyDialog->setWindowTitle(tr("AppVet API key"));
    m_keyDialog->setLabelText(text);
    m_keyDialog->setTextEchoMode(QLineEdit::Password);
    m_keyDialog->setInputMode(QInputDialog::TextInput);
    // The message may quote the server: never let it be read as rich text.
    for (auto *label : m_keyDialog->findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    connect(m_keyDialog, &QInputDialog::textValueSelected, this, [this](const QString &key) {
        if (!key.trimmed().isEmpty())
            emit keyEntered(key.trimmed());
    });
    m_keyDialog->open();
}

void MainWindow::selectScan(const QString &id)
{
    QModelIndex index = m_filter->mapFromSource(m_scans.indexForId(id));
    if (!index.isValid() && m_scans.indexForId(id).isValid()) {
        // Hidden by the filter: show everything rather than a scan nobody sees.
        m_filterBar->searchEdit()->clear();
        m_filterBar->statusButton(core::ScanFilterModel::Status::All)->click();
        m_filterBar->typeBox()->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_scans.indexForId(id));
    }
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
}

void MainWindow::openReport(const QString &scanId)
{
    const core::CheckedUrl link = m_controller.reportLink(scanId);
    if (!link.ok()) {
        m_detail->gradePanel()->showLinkMessage(link.refusal);
        return;
    }
    if (!m_openUrl(link.url)) {
        m_detail->gradePanel()->showLinkMessage(
            tr("No browser could be started to open %1.").arg(link.url.toDisplayString()));
        return;
    }
    m_detail->gradePanel()->showLinkMessage(QString());
    statusBar()->showMessage(tr("Opened %1 in the browser.").arg(link.url.toDisplayString()), 5000);
}

void MainWindow::onUsage(const core::Usage &usage)
{
    m_quotaLabel->setText(tr("Plan %1 · %2 of %3 scans left this month")
                              .arg(core::displayText(usage.tier, 20),
                                   QString::number(usage.scans.remaining),
                                   QString::number(usage.scans.limit)));
}

void MainWindow::updateBudget(int remaining, int limit)
{
    m_budgetLabel->setText(tr("Requests left: %1 of %2 per minute").arg(remaining).arg(limit));
}

QString MainWindow::readSiteList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_bar->showError(QString(), tr("Could not read %1: %2").arg(path, file.errorString()));
        return QString();
    }
    constexpr qint64 kMaxListBytes = 1024 * 1024;
    return QString::fromUtf8(file.read(kMaxListBytes));
}

void MainWindow::startBatch(const QString &text, const QString &type)
{
    const core::SiteBatch batch = core::parseSiteBatch(text, type, m_controller.runningSiteKeys());
    if (batch.toStart.isEmpty()) {
        m_bar->showError(text.left(200),
                         batch.invalid.isEmpty() && batch.duplicates.isEmpty()
                             ? tr("No site to scan was found.")
                             : tr("No new site to scan: %n not an address, %1 already listed.",
                                  nullptr, batch.invalid.size())
                                   .arg(batch.duplicates.size()));
        return;
    }
    const std::optional<core::Usage> usage = m_controller.usage();
    if (usage && usage->scans.limit > 0 && batch.toStart.size() > usage->scans.remaining) {
        m_bar->showError(QString(),
                         tr("%n site(s) to scan, but only %1 scans are left this month: nothing "
                            "was started.",
                            nullptr, batch.toStart.size())
                             .arg(usage->scans.remaining));
        return;
    }
    // One confirmation says what will start, what will not, and why.
    constexpr int kListed = 15;
    QStringList lines {
        tr("Start %n %1 scan(s)?", nullptr, batch.toStart.size()).arg(core::displayText(type, 40))
    };
    for (int i = 0; i < batch.toStart.size() && i < kListed; ++i)
        lines.append(QStringLiteral("  ") + core::displayText(batch.toStart.at(i).toString(), 120));
    if (batch.toStart.size() > kListed)
        lines.append(tr("  … and %n more", nullptr, batch.toStart.size() - kListed));
    if (!batch.invalid.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Not started, not an address (%n):", nullptr, batch.invalid.size()));
        for (int i = 0; i < batch.invalid.size() && i < kListed; ++i)
            lines.append(QStringLiteral("  %1 — %2")
                             .arg(core::displayText(batch.invalid.at(i).input, 80),
                                  batch.invalid.at(i).reason));
    }
    if (!batch.duplicates.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Not started, already in the batch or running (%n):", nullptr,
                        batch.duplicates.size()));
        for (int i = 0; i < batch.duplicates.size() && i < kListed; ++i)
            lines.append(QStringLiteral("  ") + core::displayText(batch.duplicates.at(i), 120));
    }
    if (usage && usage->concurrentScans > 0 && batch.toStart.size() > usage->concurrentScans)
        lines.append(QString() + QLatin1Char('\n')
                     + tr("Your plan runs %1 scans at once: the others wait in the list and "
                          "start as scans end.")
                           .arg(usage->concurrentScans));
    if (!m_confirm(lines.join(QLatin1Char('\n'))))
        return;
    m_bar->urlEdit()->clear();
    for (const QUrl &url : batch.toStart)
        m_controller.startScan(url.toString(), type);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // Dropped addresses, or files listing sites (text or CSV).
    QStringList parts;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls)
        parts.append(url.isLocalFile() ? readSiteList(url.toLocalFile()) : url.toString());
    if (urls.isEmpty())
        parts.append(event->mimeData()->text());
    event->acceptProposedAction();
    startBatch(parts.join(QLatin1Char('\n')), m_bar->typeBox()->currentData().toString());
}

void MainWindow::showPreferences()
{
    QSettings settings;
    PreferencesDialog::Values values;
    values.apiUrl
        = settings.value(QStringLiteral("connection/apiUrl"), m_controller.apiBaseUrl().toString())
              .toString();
    values.intervalSeconds = m_scheduler.settings().intervalMs / 1000;
    values.scanType = m_bar->typeBox()->currentData().toString();
    values.notifyCompleted = Notifier::isEnabled(false);
    values.notifyFailed = Notifier::isEnabled(true);
    values.theme
        = settings.value(QStringLiteral("appearance/theme"), QStringLiteral("system")).toString();
    PreferencesDialog dialog(values, m_controller, this);
    dialog.apiKeyEdit()->setPlaceholderText(tr("Unchanged (kept in the keyring)"));
    if (m_preferencesShown)
        m_preferencesShown(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PreferencesDialog::Values chosen = dialog.values();
    QStringList later;
    if (chosen.apiUrl != values.apiUrl) {
        settings.setValue(QStringLiteral("connection/apiUrl"), chosen.apiUrl);
        later.append(tr("the API URL"));
    }
    if (!chosen.apiKey.isEmpty())
        emit keyEntered(chosen.apiKey);
    if (chosen.intervalSeconds != values.intervalSeconds) {
        m_controller.setPollInterval(chosen.intervalSeconds * 1000);
        settings.setValue(QStringLiteral("pollIntervalSeconds"), chosen.intervalSeconds);
        for (QAction *action : m_intervals->actions())
            action->setChecked(action->data().toInt() == chosen.intervalSeconds);
    }
    settings.setValue(QStringLiteral("scan/defaultType"), chosen.scanType);
    m_bar->typeBox()->setCurrentIndex(qMax(0, m_bar->typeBox()->findData(chosen.scanType)));
    Notifier::setEnabled(false, chosen.notifyCompleted);
    Notifier::setEnabled(true, chosen.notifyFailed);
    if (chosen.theme != values.theme) {
        settings.setValue(QStringLiteral("appearance/theme"), chosen.theme);
        if (chosen.theme == QLatin1String("system"))
            later.append(tr("the desktop's theme"));
        else
            applyTheme(themeFromName(chosen.theme));
    }
    if (!later.isEmpty())
        statusBar()->showMessage(tr("Used from the next start: %1.").arg(later.join(tr(", "))),
                                 10000);
}

void MainWindow::fitToScreen()
{
    // At 200 % (or on a small screen) the window keeps inside what the screen
    // has room for, title bar and panels included.
    const QScreen *current = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!current)
        return;
    const QRect available = current->availableGeometry();
    const QSize room(available.width() * 95 / 100, available.height() * 90 / 100);
    const QSize fitted = size().boundedTo(room).expandedTo(minimumSizeHint().boundedTo(room));
    if (fitted != size())
        resize(fitted);
    if (!available.contains(frameGeometry()))
        move(available.topLeft()
             + QPoint((available.width() - width()) / 2, (available.height() - height()) / 2));
}

} // namespace ui
