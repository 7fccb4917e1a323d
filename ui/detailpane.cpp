#include "detailpane.h"

#include "gradepanel.h"
#include "model/displaytext.h"
#include "model/eventlogmodel.h"
#include "model/scanlistmodel.h"
#include "store/scanrepository.h"
#include "style.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {
DetailPane::DetailPane(core::ScanRepository &repository, core::EventLogModel &events,
                       QWidget *parent)
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
{
    auto *empty = plainLabel(this);
    empty->setText(tr("No scan selected.\n\nType a site address above and press Enter to start "
                      "a scan; select a row to see its progress, events and grade here."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setStyleSheet(QStringLiteral("color: palette(mid);"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #8a5300;"));
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
    auto *logTitle = plainLabel(this);
    logTitle->setText(tr("Events"));
    layout->addWidget(logTitle);
    layout->addWidget(m_events, 1);

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
    connect(&m_repository, &core::ScanRepository::scanChanged, this, [this](int index) {
        if (index >= 0 && index < m_repository.count() && m_repository.at(index).id == m_scanId)
            refresh();
    });
    connect(m_grade, &GradePanel::openReportRequested, this,
            [this] { emit openReportRequested(m_scanId); });
    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryRequested(m_scanId); });
    // The "next update in" countdown moves each second while the scan is live;
    // only that line changes, so only that line is rewritten.
    auto *ticker = new QTimer(this);
    connect(ticker, &QTimer::timeout, this, [this] {
        const core::Scan *scan = m_repository.find(m_scanId);
        if (scan && !core::isTerminal(scan->state))
            updateStatusLine(*scan);
    });
    ticker->start(1000);
    refresh();
}

void DetailPane::updateStatusLine(const core::Scan &scan)
{
    QString status = core::ScanListModel::statusText(scan);
    status[0] = status.at(0).toUpper();
    if (scan.state == core::ScanState::Scanning)
        status += QStringLiteral(" · %1%").arg(scan.progress);
    const QString next = core::ScanListModel::timeText(scan, QDateTime::currentDateTimeUtc(), true);
    if (!core::isTerminal(scan.state) && !next.isEmpty())
        status += QStringLiteral(" · ") + next;
    m_status->setText(status);
}

void DetailPane::setScanId(const QString &id)
{
    m_scanId = id;
    refresh();
}

void DetailPane::refresh()
{
    const core::Scan *scan = m_repository.find(m_scanId);
    m_stack->setCurrentIndex(scan ? 1 : 0);
    if (!scan)
        return;

    m_title->setText(core::displayText(scan->url, 500));
    m_subtitle->setText(
        tr("%1 scan · %2 · started %3")
            .arg(core::displayText(scan->type, 40), scan->id,
                 QLocale().toString(scan->createdAt.toLocalTime(), QLocale::ShortFormat)));
    updateStatusLine(*scan);
    m_progress->setValue(scan->progress);
    const bool failed = scan->state == core::ScanState::Failed;
    m_progress->setFormat(failed ? tr("failed") : QStringLiteral("%p%"));
    QPalette palette = m_progress->style()->standardPalette();
    if (failed)
        palette.setColor(QPalette::Highlight, QColor(0xc0, 0x25, 0x1b));
    m_progress->setPalette(palette);

    const bool troubled = !scan->problem.isEmpty();
    m_problem->setVisible(troubled);
    m_problem->setText(core::displayText(scan->problem, 600));
    m_retry->setVisible(scan->watch == core::WatchState::Stalled
                        || scan->watch == core::WatchState::NotFound
                        || (troubled && scan->watch == core::WatchState::Watching));
    m_grade->setVisible(core::isTerminal(scan->state));
    m_grade->showScan(*scan);
}

} // namespace ui
