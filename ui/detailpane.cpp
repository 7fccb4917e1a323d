#include "detailpane.h"

#include "domain/scansource.h"
#include "findingsview.h"
#include "gradepanel.h"
#include "model/eventlogmodel.h"
#include "model/scanlistmodel.h"
#include "style.h"
#include "text/displaytext.h"
#include "trendchart.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {
DetailPane::DetailPane(core::ScanSource &repository, core::EventLogModel &events, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_stack(new QStackedWidget(this))
    , m_title(plainLabel(this))
    , m_subtitle(plainLabel(this))
    , m_status(plainLabel(this))
    , m_problem(plainLabel(this))
    , m_retry(new QPushButton(tr("Retry now"), this))
    , m_progress(new QProgressBar(this))
    , m_grade(new GradePanel(this))
    , m_events(new QTableView(this))
    , m_history(plainLabel(this))
    , m_trend(new TrendChart(this))
    , m_rescan(new QPushButton(tr("Rescan"), this))
    , m_compare(new QPushButton(tr("Compare with previous"), this))
    , m_watch(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
{
    auto *empty = plainLabel(this);
    empty->setText(tr("No scan selected.\n\nType a site address above and press Enter to start "
                      "a scan; select a row to see its progress, events and grade here."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    setTone(empty, Tone::Muted);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    setTone(m_subtitle, Tone::Muted);
    m_problem->setWordWrap(true);
    setTone(m_problem, Tone::Fair);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Scan progress"));

    // Fixed row heights keep appends cheap however long the log grows; tests/bench
    // measures appends against resets, in this table and in a tree view.
    m_events->setModel(&events);
    m_events->setShowGrid(false);
    m_events->setWordWrap(false);
    m_events->setAlternatingRowColors(true);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_events->verticalHeader()->hide();
    m_events->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_events->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_events->verticalHeader()->setDefaultSectionSize(m_events->fontMetrics().height() + 4);
    m_events->horizontalHeader()->setStretchLastSection(true);
    m_events->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_events->horizontalHeader()->setHighlightSections(false);
    m_events->setColumnWidth(core::EventLogModel::TimeColumn,
                             m_events->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00"))
                                 + 16);
    m_events->setAccessibleName(tr("Event log"));
    m_events->setAccessibleDescription(tr("What the scan has done so far, newest last"));
    m_retry->setToolTip(tr("Ask about this scan again now"));
    m_compare->setToolTip(tr("Compare the findings with the site's previous scan"));
    m_watch->setToolTip(tr("Rescan this site every few days while ScanDash runs"));

    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problem, 1);
    problemRow->addWidget(m_retry);
    auto *details = new QWidget(this);
    auto *layout = new QVBoxLayout(details);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addLayout(problemRow);
    layout->addWidget(m_grade);
    m_history->setWordWrap(true);
    m_trend->setFixedHeight(170);
    layout->addWidget(m_history);
    layout->addWidget(m_trend);
    m_rescan->setToolTip(tr("Start a new scan of this site and type"));
    auto *watchMenu = new QMenu(m_watch);
    for (int days : { 0, 1, 7, 30 }) {
        const QString text = days == 0 ? tr("Don't rescan by itself")
                                       : tr("Rescan every %n day(s)", nullptr, days);
        watchMenu->addAction(text, this, [this, days] { emit watchSiteRequested(m_scanId, days); });
    }
    m_watch->setMenu(watchMenu);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_rescan);
    actions->addWidget(m_compare);
    actions->addWidget(m_watch);
    actions->addStretch(1);
    layout->addLayout(actions);
    connect(m_rescan, &QPushButton::clicked, this, [this] { emit rescanRequested(m_scanId); });
    connect(m_compare, &QPushButton::clicked, this, [this] { emit compareRequested(m_scanId); });
    connect(&m_repository, &core::ScanSource::siteHistoryChanged, this, [this](const QString &key) {
        const core::Scan *scan = m_repository.find(m_scanId);
        if (scan && core::siteKey(scan->url, scan->type) == key)
            refreshHistory();
    });
    connect(&m_repository, &core::ScanSource::siteWatchesChanged, this,
            &DetailPane::refreshHistory);

    m_tabs->setTabToolTip(m_tabs->addTab(m_events, tr("Events")),
                          tr("What the scan has done so far"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &DetailPane::arrangeRoom);

    m_stack->addWidget(empty);
    m_stack->addWidget(details);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    // Follow the log unless the user scrolled up to read. Watching the scroll
    // range, not the rows, also keeps the bottom in view when the pane above
    // grows (the grade panel appears just as the last events arrive).
    QScrollBar *bar = m_events->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_followLog = value >= bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_followLog)
            bar->setValue(maximum);
    });
    connect(&events, &QAbstractItemModel::modelReset, this, [this] {
        m_followLog = true;
        m_events->scrollToBottom();
    });
    connect(&m_repository, &core::ScanSource::scanChanged, this, [this](const QString &id) {
        if (id == m_scanId)
            refresh();
    });
    connect(m_grade, &GradePanel::openReportRequested, this,
            [this] { emit openReportRequested(m_scanId); });
    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryRequested(m_scanId); });
    // The "next update in" countdown moves each second while the scan is
    // watched; only that line changes, so only that line is rewritten. A
    // finished scan has nothing counting down: the tick stops.
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        const core::Scan *scan = m_repository.find(m_scanId);
        if (scan && core::isActive(scan->watch))
            updateStatusLine(*scan);
        else
            m_ticker.stop();
    });
    refresh();
}

void DetailPane::updateStatusLine(const core::Scan &scan)
{
    const core::WatchInfo *known = m_repository.watchInfo(scan.id);
    const core::WatchInfo watching = known ? *known : core::WatchInfo();
    QString status = core::ScanListModel::statusText(scan, watching);
    status[0] = status.at(0).toUpper();
    if (scan.state == core::ScanState::Scanning && !scan.progressUntold())
        status += QStringLiteral(" · %1%").arg(scan.progress);
    const QString next
        = core::ScanListModel::timeText(scan, watching, QDateTime::currentDateTimeUtc(), true);
    if (!core::isTerminal(scan.state) && !next.isEmpty())
        status += QStringLiteral(" · ") + next;
    m_status->setText(status);
}

void DetailPane::setScanId(const QString &id)
{
    m_scanId = id;
    refresh();
    refreshHistory();
    if (m_findings)
        m_findings->setScanId(id);
}

void DetailPane::setFindingsView(FindingsView *findings)
{
    m_findings = findings;
    const int tab = m_tabs->addTab(findings, tr("Findings"));
    m_tabs->setTabToolTip(tab, tr("The report's checks, failing first"));
    auto title = [this, tab](const QString &failures) {
        m_tabs->setTabText(tab,
                           failures.isEmpty() ? tr("Findings") : tr("Findings (%1)").arg(failures));
    };
    connect(findings, &FindingsView::failuresTextChanged, this, title);
    title(findings->failuresText());
    findings->setScanId(m_scanId);
}

void DetailPane::refreshHistory()
{
    const core::Scan *scan = m_repository.find(m_scanId);
    if (!scan)
        return;
    const QList<const core::Scan *> history = m_repository.siteHistory(m_scanId);
    int graded = 0;
    for (const core::Scan *other : history)
        graded += other->result.has_value();
    m_trendWanted = graded >= 2;
    arrangeRoom();
    if (m_trendWanted)
        m_trend->showHistory(history, m_scanId);

    const core::Scan *previous = m_repository.previousWithResult(m_scanId);
    QString text;
    if (history.size() <= 1) {
        text = tr("The first scan of this site and type.");
    } else if (!scan->result || !previous) {
        text = tr("%n scan(s) of this site and type.", nullptr, history.size());
    } else {
        const int change = scan->result->score - previous->result->score;
        const int now = core::gradeRank(scan->result->grade);
        const int before = core::gradeRank(previous->result->grade);
        const QString when
            = QLocale().toString(previous->createdAt.toLocalTime().date(), QLocale::ShortFormat);
        const bool fell = now >= 0 && before >= 0 && now < before;
        const std::optional<bool> newFailures
            = fell && m_newFailures ? m_newFailures(previous->id, m_scanId) : std::nullopt;
        if (fell && newFailures == false)
            text = tr("The grade fell from %1 to %2 since the scan of %3, but every check that "
                      "fails now and did not then is suppressed.")
                       .arg(core::displayText(previous->result->grade, 4),
                            core::displayText(scan->result->grade, 4), when);
        else if (fell)
            text = tr("▼ Regression: the grade fell from %1 to %2 since the scan of %3 (score "
                      "%4 → %5).")
                       .arg(core::displayText(previous->result->grade, 4),
                            core::displayText(scan->result->grade, 4), when,
                            QString::number(previous->result->score),
                            QString::number(scan->result->score));
        else if (change > 0)
            text = tr("▲ %n point(s) since the scan of %1 (%2 %3).", nullptr, change)
                       .arg(when, core::displayText(previous->result->grade, 4),
                            QString::number(previous->result->score));
        else if (change < 0)
            text = tr("▼ %n point(s) since the scan of %1 (%2 %3).", nullptr, -change)
                       .arg(when, core::displayText(previous->result->grade, 4),
                            QString::number(previous->result->score));
        else
            text = tr("Same score as the scan of %1.").arg(when);
    }
    m_history->setText(text);
    m_compare->setVisible(scan->result && previous);
    const auto watch = m_repository.siteWatch(scan->url, scan->type);
    m_watch->setText(watch ? tr("Watched: every %n day(s)", nullptr, watch->everyDays)
                           : tr("Watch this site"));
}

void DetailPane::refresh()
{
    const core::Scan *scan = m_repository.find(m_scanId);
    m_stack->setCurrentIndex(scan ? 1 : 0);
    if (!scan || !core::isActive(scan->watch))
        m_ticker.stop();
    else if (!m_ticker.isActive())
        m_ticker.start();
    if (!scan)
        return;

    m_title->setText(core::displayText(scan->url, 500));
    // A launch that waits has only a placeholder id: no use to the user.
    m_subtitle->setText(
        scan->watch == core::WatchState::Waiting
            ? tr("%1 scan · waiting to start").arg(core::ScanListModel::scanTypeName(scan->type))
            : tr("%1 scan · %2 · started %3")
                  .arg(core::ScanListModel::scanTypeName(scan->type),
                       core::displayText(scan->id, 80),
                       QLocale().toString(scan->createdAt.toLocalTime(), QLocale::ShortFormat)));
    updateStatusLine(*scan);
    m_progress->setValue(scan->progress);
    const bool failed = scan->state == core::ScanState::Failed;
    // Out of the queue, its progress not told yet: "scanning", as in the list.
    // A screen reader reads the bar's value (0 %): its description says why.
    QString format = QStringLiteral("%p%");
    QString description;
    if (failed) {
        format = tr("failed");
    } else if (scan->progressUntold()) {
        format = core::ScanListModel::tr("scanning");
        description = tr("Scanning; AppVet has not told its progress yet");
    }
    m_progress->setFormat(format);
    m_progress->setAccessibleDescription(description);
    QPalette palette = QApplication::palette(m_progress);
    if (failed)
        palette.setColor(QPalette::Highlight, QColor(0xb3, 0x26, 0x1e)); // white text: 6.5:1
    m_progress->setPalette(palette);

    const core::WatchInfo *watching = m_repository.watchInfo(scan->id);
    const QString problem = watching ? watching->problem : QString();
    const bool troubled = !problem.isEmpty();
    m_problem->setVisible(troubled);
    m_problem->setText(core::displayText(problem, 600));
    m_retry->setVisible(scan->watch == core::WatchState::Stalled
                        || scan->watch == core::WatchState::NotFound
                        || (troubled && scan->watch == core::WatchState::Watching));
    m_grade->setVisible(core::isTerminal(scan->state));
    m_grade->showScan(*scan);
    arrangeRoom();
}

void DetailPane::arrangeRoom()
{
    // Findings are the analyst's main work: at the window's first size they
    // had one row under the large grade, the history line and the chart.
    // The grade stays, as one line; all comes back on the other tabs.
    const bool findings = m_findings && m_tabs->currentWidget() == m_findings;
    const core::Scan *scan = m_repository.find(m_scanId);
    const bool ended = scan && core::isTerminal(scan->state);
    m_grade->setCompact(findings);
    m_trend->setVisible(m_trendWanted && !findings);
    // A finished scan's bar and state word say what its grade line says.
    m_progress->setVisible(!(findings && ended));
    m_status->setVisible(!(findings && ended));
}

} // namespace ui
