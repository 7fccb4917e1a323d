#include "mainwindow.h"

#include "detailpane.h"
#include "gradepanel.h"
#include "model/displaytext.h"
#include "model/eventlogmodel.h"
#include "model/scanlistmodel.h"
#include "newscanbar.h"
#include "poll/pollscheduler.h"
#include "progressdelegate.h"
#include "scancontroller.h"
#include "store/scanrepository.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
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
    , m_bar(new NewScanBar(this))
    , m_banner(new QLabel(this))
    , m_list(new QTreeView(this))
    , m_detail(new DetailPane(repository, events, this))
    , m_hostLabel(new QLabel(this))
    , m_keyLabel(new QLabel(this))
    , m_budgetLabel(new QLabel(this))
    , m_quotaLabel(new QLabel(this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setWindowTitle(tr("ScanDash"));
    setWindowIcon(QIcon(QStringLiteral(":/scandash/scandash.svg")));
    resize(1240, 760);

    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #fff4ce; color: #5c4400; padding: 6px; "
                                           "border: 1px solid #e8d48a; border-radius: 4px;"));
    m_banner->hide();

    m_list->setModel(&m_scans);
    m_list->setItemDelegate(new ProgressDelegate(m_list));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setAccessibleName(tr("Scans"));
    auto *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(core::ScanListModel::SiteColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    header->resizeSection(core::ScanListModel::TypeColumn, 90);
    header->resizeSection(core::ScanListModel::StatusColumn, 90);
    header->resizeSection(core::ScanListModel::ProgressColumn, 100);
    header->resizeSection(core::ScanListModel::GradeColumn, 60);
    header->resizeSection(core::ScanListModel::TimeColumn, 140);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_list);
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

    for (auto *label : { m_hostLabel, m_keyLabel, m_budgetLabel, m_quotaLabel }) {
        label->setTextFormat(Qt::PlainText);
        statusBar()->addPermanentWidget(label);
    }

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *keyAction = fileMenu->addAction(tr("Set API &key…"));
    connect(keyAction, &QAction::triggered, this, [this] { askForKey(QString()); });
    auto *importAction = fileMenu->addAction(tr("Add &recent scans from AppVet"));
    importAction->setToolTip(tr("Watch the organisation's 20 most recent scans, including "
                                "ones started elsewhere"));
    connect(importAction, &QAction::triggered, this, [this] {
        statusBar()->showMessage(tr("Asking AppVet for recent scans…"));
        m_controller.importRecentScans();
    });
    connect(&m_controller, &core::ScanController::scansImported, this,
            [this](int added, int alreadyHere, const QString &error) {
                statusBar()->showMessage(
                    error.isEmpty()
                        ? tr("Added %1 scan(s) from AppVet; %2 were already here.")
                              .arg(added)
                              .arg(alreadyHere)
                        : tr("Could not list recent scans: %1").arg(core::displayText(error, 300)),
                    10000);
            });
    fileMenu->addSeparator();
    auto *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *findBar = viewMenu->addAction(tr("New scan"));
    findBar->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence::New });
    connect(findBar, &QAction::triggered, this, [this] {
        m_bar->urlEdit()->setFocus();
        m_bar->urlEdit()->selectAll();
    });
    // How often a scan that has the budget is asked about: the documented 3-5 s.
    auto *intervalMenu = viewMenu->addMenu(tr("Update interval"));
    auto *intervals = new QActionGroup(this);
    for (int seconds : { 3, 4, 5 }) {
        auto *action = intervalMenu->addAction(tr("Every %1 seconds").arg(seconds));
        action->setCheckable(true);
        action->setChecked(m_scheduler.settings().intervalMs == seconds * 1000);
        intervals->addAction(action);
        connect(action, &QAction::triggered, this, [this, seconds] {
            m_scheduler.setInterval(seconds * 1000);
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

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = m_scans.idAt(current.row());
                m_detail->setScanId(id);
                m_events.setScanId(id);
                m_scheduler.setSelected(id);
                m_controller.fetchReportSummary(id);
            });
    connect(m_detail, &DetailPane::openReportRequested, this, &MainWindow::openReport);
    // The selected scan just finished: fetch its check summary while it is looked at.
    connect(&m_repository, &core::ScanRepository::scanChanged, this,
            [this](int index, core::ScanFields fields) {
                const core::Scan &scan = m_repository.at(index);
                if ((fields & core::FieldResult) && scan.id == m_detail->scanId())
                    m_controller.fetchReportSummary(scan.id);
            });
    connect(m_detail, &DetailPane::retryRequested, &m_scheduler, &core::PollScheduler::pollSoon);
    connect(m_list, &QTreeView::customContextMenuRequested, this, &MainWindow::showScanMenu);
    connect(m_list, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString id = m_scans.idAt(index.row());
        const core::Scan *scan = m_repository.find(id);
        if (scan && scan->result)
            openReport(id);
    });
    updateBudget(m_scheduler.requestsLeft(), m_scheduler.requestLimit());
    m_bar->urlEdit()->setFocus();

    // View state only: where the window was and how it was split.
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    QMainWindow::closeEvent(event);
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
    const QModelIndex index = m_scans.indexForId(id);
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

void MainWindow::showScanMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    const QString id = m_scans.idAt(index.row());
    const core::Scan *scan = m_repository.find(id);
    if (!scan)
        return;
    QMenu menu(this);
    auto *open = menu.addAction(tr("Open report"), this, [this, id] { openReport(id); });
    open->setEnabled(scan->result.has_value());
    auto *retry = menu.addAction(tr("Check now"), this, [this, id] { m_scheduler.pollSoon(id); });
    retry->setEnabled(!core::isTerminal(scan->state));
    menu.addAction(tr("Copy address"), this,
                   [url = scan->url] { QApplication::clipboard()->setText(url); });
    menu.addAction(tr("Copy scan id"), this, [id] { QApplication::clipboard()->setText(id); });
    menu.addSeparator();
    menu.addAction(tr("Remove from list"), this, [this, id] { m_repository.remove(id); });
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void MainWindow::onUsage(const core::Usage &usage)
{
    m_quotaLabel->setText(tr("Plan %1 · %2 of %3 scans left this month")
                              .arg(core::displayText(usage.tier, 20))
                              .arg(usage.scans.remaining)
                              .arg(usage.scans.limit));
}

void MainWindow::updateBudget(int remaining, int limit)
{
    m_budgetLabel->setText(tr("Requests left: %1 of %2 per minute").arg(remaining).arg(limit));
}

} // namespace ui
