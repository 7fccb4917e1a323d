#include "findingsview.h"

#include "domain/scansource.h"
#include "model/findingsmodel.h"
#include "report/comparison.h"
#include "scancontroller.h"
#include "style.h"
#include "text/displaytext.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {
namespace {

/// The severity as a chip: its word in a rounded outline, so that it reads
/// without colour; the outline takes the text colour of the palette.
class SeverityChipDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QString text = index.data().toString();
        if (text.isEmpty() || text == QStringLiteral("—")) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &background, painter,
                                            option.widget);
        const bool selected = option.state & QStyle::State_Selected;
        const QColor ink
            = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QFont font = option.font;
        const int rank
            = core::severityRank(index.data(core::FindingsModel::SeverityRole).toString());
        font.setBold(rank >= 3); // high and critical stand out
        const QFontMetrics metrics(font);
        QRect chip(0, 0, metrics.horizontalAdvance(text) + 14, metrics.height() + 4);
        chip.moveCenter(option.rect.center());
        chip.moveLeft(option.rect.left() + 4);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(ink, rank >= 3 ? 1.6 : 1.0));
        painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), chip.height() / 2.0,
                                 chip.height() / 2.0);
        painter->setFont(font);
        painter->drawText(chip, Qt::AlignCenter, text);
        painter->restore();
    }
};

} // namespace

FindingsView::FindingsView(core::ScanSource &repository, core::ScanController &controller,
                           QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_controller(controller)
    , m_model(new core::FindingsModel(this))
    , m_filter(new core::FindingsFilterModel(this))
    , m_summary(plainLabel(this))
    , m_categories(plainLabel(this))
    , m_message(plainLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_search(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_failingOnly(new QCheckBox(tr("Failing only"), this))
    , m_table(new QTableView(this))
{
    m_summary->setWordWrap(true);
    m_categories->setWordWrap(true);
    m_message->setWordWrap(true);
    m_search->setPlaceholderText(tr("Search findings"));
    m_search->setClearButtonEnabled(true);
    m_severity->addItem(tr("Any severity"), QString());
    for (const char *severity : { "critical", "high", "medium", "low" })
        m_severity->addItem(core::FindingsModel::severityText(QString::fromLatin1(severity)),
                            QString::fromLatin1(severity));

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setItemDelegateForColumn(core::FindingsModel::SeverityColumn,
                                      new SeverityChipDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(core::FindingsModel::StatusColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Finding and fix share what is left: no sideways scrolling to read a fix.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(core::FindingsModel::FindingColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(core::FindingsModel::FixColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(core::FindingsModel::StatusColumn, 70);
    m_table->setColumnWidth(core::FindingsModel::SeverityColumn, 76);
    m_table->setColumnWidth(core::FindingsModel::CheckColumn, 110);
    m_table->setColumnWidth(core::FindingsModel::CategoryColumn, 80);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setMaximumSectionSize(fontMetrics().lineSpacing() * 2 + 8);
    m_table->setAccessibleName(tr("Findings"));
    m_table->setAccessibleDescription(tr("Each check of the report: status, severity, finding "
                                         "and fix, failing first"));
    m_search->setAccessibleName(tr("Search findings"));
    m_severity->setToolTip(tr("Show findings of this severity or worse"));
    m_failingOnly->setToolTip(tr("Hide the checks that passed"));
    m_retry->setToolTip(tr("Ask for the report again"));
    auto *copy = new QAction(tr("Copy finding"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedText()); });
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_severity);
    filters->addWidget(m_failingOnly);
    auto *problem = new QHBoxLayout;
    problem->addWidget(m_message, 1);
    problem->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_categories);
    layout->addLayout(problem);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &core::FindingsFilterModel::setSearchText);
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setSeverity(m_severity->currentData().toString()); });
    connect(m_failingOnly, &QCheckBox::toggled, m_filter,
            &core::FindingsFilterModel::setFailingOnly);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_message->setText(tr("Asking AppVet for the report…"));
        m_retry->hide();
        m_controller.retryReport(m_scanId);
    });
    connect(&m_repository, &core::ScanSource::scanChanged, this,
            [this](const QString &id, core::ScanFields fields) {
                if ((fields & (core::FieldSummary | core::FieldResult | core::FieldState))
                    && id == m_scanId)
                    reload();
            });
    connect(&m_controller, &core::ScanController::reportFailed, this, &FindingsView::showError);
    reload();
}

void FindingsView::setScanId(const QString &id)
{
    if (id == m_scanId)
        return;
    m_scanId = id;
    reload();
}

void FindingsView::reload()
{
    const core::Scan *scan = m_repository.find(m_scanId);
    const std::optional<core::Report> report = scan ? m_controller.report(m_scanId) : std::nullopt;
    if (!report || report->id != m_scanId)
        m_model->setReport(std::nullopt);
    else if (!m_model->report() || m_model->report()->id != report->id)
        m_model->setReport(report);
    m_retry->hide();
    QString failures;
    if (report && report->id == m_scanId) {
        const core::ReportSummary &s = report->summary;
        failures = core::failedAndWarningsText(s);
        m_summary->setText(tr("%1 · critical %2, high %3, medium %4, low %5")
                               .arg(core::checksSummaryText(s), QString::number(s.critical),
                                    QString::number(s.high), QString::number(s.medium),
                                    QString::number(s.low)));
        QStringList scores;
        for (const auto &category : report->categories)
            scores.append(tr("%1 %2").arg(core::displayText(category.name, 100),
                                          QString::number(category.score)));
        m_categories->setText(tr("Categories: %1").arg(scores.join(QStringLiteral(" · "))));
        m_message->clear();
    } else {
        m_summary->clear();
        m_categories->clear();
        if (!scan)
            m_message->clear();
        else if (scan->state == core::ScanState::Failed)
            m_message->setText(tr("No report: the scan failed."));
        else if (!core::isTerminal(scan->state))
            m_message->setText(tr("The findings come with the report when the scan ends."));
        else
            m_message->setText(tr("Asking AppVet for the report…"));
    }
    m_summary->setVisible(!m_summary->text().isEmpty());
    m_categories->setVisible(!m_categories->text().isEmpty());
    m_message->setVisible(!m_message->text().isEmpty());
    if (failures != m_failures) {
        m_failures = failures;
        emit failuresTextChanged(failures);
    }
}

void FindingsView::showError(const QString &scanId, const core::ApiError &error)
{
    if (scanId != m_scanId)
        return;
    using Kind = core::ApiError::Kind;
    QString text;
    if (error.kind == Kind::Conflict)
        text = tr("AppVet says the scan is not complete yet (SCAN_NOT_COMPLETE), so it has no "
                  "report.");
    else if (error.kind == Kind::NotFound)
        text = tr("AppVet has no report for this scan (404).");
    else
        text = tr("The report could not be fetched: %1")
                   .arg(core::displayText(core::describeError(error), 300));
    m_message->setText(text);
    m_message->show();
    m_retry->show();
}

QString FindingsView::selectedText() const
{
    QStringList findings;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        findings.append(m_model->findingText(m_filter->mapToSource(row).row()));
    return findings.join(QStringLiteral("\n\n"));
}

} // namespace ui
