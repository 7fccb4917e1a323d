#include "mainwindow.h"

#include "api/types.h"
#include "detailpane.h"
#include "domain/scansource.h"
#include "filterbar.h"
#include "findingsview.h"
#include "model/eventlogmodel.h"
#include "model/scanfiltermodel.h"
#include "model/scanlistmodel.h"
#include "newscanbar.h"
#include "progressdelegate.h"
#include "scancontroller.h"
#include "text/displaytext.h"
#include "triagecontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace ui {

namespace {

/// The window's content in its scroll area: the content's minimum size, and
/// all the room the area has beyond it. It asks for no height for its width
/// (the wrapped labels inside would ask for more than their minimum, and so
/// scroll a window that has room for them).
class ScrollRoom : public QWidget
{
public:
    ScrollRoom(QWidget *content, QScrollArea *area)
        : QWidget(area)
        , m_content(content)
        , m_area(area)
    {
        content->setParent(this);
        content->installEventFilter(this);
    }
    QSize minimumSizeHint() const override { return m_content->minimumSizeHint(); }
    QSize sizeHint() const override { return m_content->minimumSizeHint(); }

protected:
    void resizeEvent(QResizeEvent *) override { m_content->setGeometry(rect()); }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The content's minimum changed: the area sees whether it must scroll.
        if (watched == m_content && event->type() == QEvent::LayoutRequest)
            QCoreApplication::postEvent(m_area, new QEvent(QEvent::LayoutRequest));
        return QWidget::eventFilter(watched, event);
    }

private:
    QWidget *m_content;
    QScrollArea *m_area;
};

} // namespace

MainWindow::MainWindow(core::ScanController &controller, core::ScanSource &source,
                       core::ScanListModel &scans, core::EventLogModel &events, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_repository(source)
    , m_scans(scans)
    , m_events(events)
    , m_filter(new core::ScanFilterModel(this))
    , m_bar(new NewScanBar(this))
    , m_filterBar(new FilterBar(*m_filter, this))
    , m_banner(new QLabel(this))
    , m_list(new QTreeView(this))
    , m_detail(new DetailPane(source, events, this))
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

    m_detail->setFindingsView(new FindingsView(source, controller, m_detail));
    // The pane's regression line and the list's ▼ tooltip ask the triage alike.
    auto newFailures
        = [this](const QString &olderId, const QString &newerId) -> std::optional<bool> {
        const auto older = m_controller.report(olderId);
        const auto newer = m_controller.report(newerId);
        if (!older || !newer)
            return std::nullopt;
        return m_controller.triage().failsAnythingNew(*older, *newer);
    };
    m_detail->setNewFailures(newFailures);
    m_scans.setNewFailures(newFailures);
    connect(&m_controller.triage(), &core::TriageController::changed, m_detail,
            &DetailPane::refreshHistory);
    m_filter->setSourceModel(&m_scans);
    // Every count of failures asks the triage (judge()), so that they agree.
    m_scans.setFailuresText([this](const QString &scanId) {
        const auto report = m_controller.report(scanId);
        return report ? m_controller.triage().failuresText(*report) : QString();
    });
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
    // Each column wide enough for its usual texts as translated, not only the
    // English ones, and for its title (the sorted one's beside its arrow), so
    // that the Site column keeps the rest: in German at the first size it
    // still shows the hosts whole (ProgressDelegate::siteText).
    using List = core::ScanListModel;
    const int cellMargins
        = 2 * (m_list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_list) + 1) + 4;
    const int titleMargins
        = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    auto fit = [&](int column, const QStringList &samples, const QFont &font = QFont()) {
        const QString title = m_filter->headerData(column, Qt::Horizontal).toString();
        int widest = column == List::StartedColumn // the list's first sort
            ? header->sectionSizeHint(column)
            : header->fontMetrics().horizontalAdvance(title) + titleMargins;
        const QFontMetrics metrics(font.resolve(m_list->font()));
        for (const QString &sample : samples)
            widest = qMax(widest, metrics.horizontalAdvance(sample) + cellMargins);
        header->resizeSection(column, widest);
    };
    fit(List::TypeColumn,
        { List::scanTypeName(QStringLiteral("security")),
          List::scanTypeName(QStringLiteral("performance")),
          List::scanTypeName(QStringLiteral("accessibility")),
          List::scanTypeName(QStringLiteral("seo")) });
    fit(List::StatusColumn,
        { core::ScanListModel::tr("completed"), core::ScanListModel::tr("scanning"),
          core::ScanListModel::tr("failed"), core::ScanListModel::tr("partial"),
          core::ScanListModel::tr("queued") });
    // The bar's words, and room for a bar that reads as one.
    fit(List::ProgressColumn,
        { core::ScanListModel::tr("failed"), core::ScanListModel::tr("queued"),
          core::ScanListModel::tr("scanning"), QStringLiteral("100%  ") });
    QFont bold;
    bold.setBold(true);
    // As wide as the demo's grades get: a letter, two digits, a change of ten or more.
    fit(List::GradeColumn, { QStringLiteral("A  93  ▲11") }, bold);
    fit(List::StartedColumn,
        { QLocale().toString(QDateTime(QDate(2026, 9, 30), QTime(20, 58)),
                             QStringLiteral("d MMM HH:mm")) });
    // "Next update": its usual texts, as long as they usually get.
    const QString minutes = List::durationText(95);
    fit(List::TimeColumn,
        { core::ScanListModel::tr("took %1").arg(minutes),
          core::ScanListModel::tr("next in %1").arg(minutes),
          core::ScanListModel::tr("retry in %1").arg(minutes),
          core::ScanListModel::tr("about %n min left", nullptr, 12),
          core::ScanListModel::tr("under 1 min left"), core::ScanListModel::tr("ending now") });

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
    // Where the screen has less room than the window's content needs (a small
    // screen, 200 %), the content scrolls rather than the window outgrowing it.
    auto *scroller = new QScrollArea(this);
    scroller->setWidget(new ScrollRoom(central, scroller));
    scroller->setWidgetResizable(true);
    scroller->setFrameShape(QFrame::NoFrame);
    scroller->setFocusPolicy(Qt::NoFocus);
    setCentralWidget(scroller);

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
    createPolicyActions(fileMenu);
    fileMenu->addSeparator();
    m_exportReportAction = fileMenu->addAction(tr("&Export report…"));
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportReportAction, &QAction::triggered, this,
            [this] { exportReport(currentScanId()); });
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
        action->setChecked(m_controller.pollIntervalMs() == seconds * 1000);
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
    connect(&m_controller, &core::ScanController::budgetChanged, this, &MainWindow::updateBudget);
    connect(&m_controller, &core::ScanController::rateLimitWait, this, [this](qint64 ms) {
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
                if (id != m_pendingOpen)
                    m_pendingOpen.clear(); // the user moved on: no browser later
                if (id != m_pendingExport)
                    m_pendingExport.clear(); // nor a save dialog
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
    connect(&m_repository, &core::ScanSource::scanChanged, this,
            [this](const QString &id, core::ScanFields fields) {
                if (id != m_detail->scanId())
                    return;
                if (fields & core::FieldResult)
                    m_controller.fetchReport(id);
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
    connect(&m_repository, &core::ScanSource::scanChanged, this,
            [this](const QString &id, core::ScanFields fields) {
                if ((fields & core::FieldSummary) && m_pendingCompare.contains(id))
                    openPendingComparison();
                if ((fields & core::FieldSummary) && id == m_pendingExport
                    && m_controller.report(id)) {
                    m_pendingExport.clear();
                    statusBar()->clearMessage();
                    // Not from within the repository's signal: the dialog is modal.
                    QTimer::singleShot(0, this, [this, id] { exportReport(id); });
                }
                if ((fields & core::FieldResult) && id == m_pendingOpen)
                    openReportLink(std::exchange(m_pendingOpen, QString()), false);
                else if ((fields & core::FieldProblem) && id == m_pendingOpen)
                    m_pendingOpen.clear(); // its question failed: the row says why
            });
    connect(&m_controller, &core::ScanController::reportFailed, this,
            [this](const QString &id, const core::ApiError &error) {
                if (id == m_pendingExport) {
                    m_pendingExport.clear();
                    statusBar()->showMessage(
                        tr("Cannot export: the report could not be fetched (%1).")
                            .arg(core::displayText(core::describeError(error), 200)),
                        10000);
                }
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
    updateBudget(m_controller.requestsLeft(), m_controller.requestLimit());
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

QString MainWindow::currentScanId() const
{
    return m_list->currentIndex().data(core::ScanListModel::ScanIdRole).toString();
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

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
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

void MainWindow::fitToScreen()
{
    // At 200 % (or on a small screen) the window keeps inside what the screen
    // has room for (panels left out), with its title bar and borders, which
    // are not known before it is shown: the style's title bar height, and
    // borders of a few pixels. The content scrolls where that is too small.
    // The screen the window would open on; a geometry restored from a monitor
    // that is gone is on none, and goes to the primary screen.
    const QScreen *current = QGuiApplication::screenAt(geometry().center());
    if (!current)
        current = QGuiApplication::primaryScreen();
    if (!current)
        return;
    const QRect available = current->availableGeometry();
    const int border = 8;
    const int titleBar = style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this);
    const QSize room(available.width() - 2 * border, available.height() - titleBar - 2 * border);
    const QSize fitted = size().boundedTo(room).expandedTo(minimumSizeHint().boundedTo(room));
    if (fitted != size())
        resize(fitted);
    if (!available.contains(frameGeometry()))
        move(available.topLeft()
             + QPoint((available.width() - width()) / 2, (available.height() - height()) / 2));
}

} // namespace ui
