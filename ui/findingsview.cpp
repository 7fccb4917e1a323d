#include "findingsview.h"

#include "domain/scansource.h"
#include "model/findingsmodel.h"
#include "model/scanlistmodel.h"
#include "report/comparison.h"
#include "scancontroller.h"
#include "style.h"
#include "text/displaytext.h"
#include "triagecontroller.h"
#include "triagedialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
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

/// A suppressed finding is greyed: the palette's placeholder text colour (so
/// it follows light and dark themes), in italics. A cell wraps to two lines
/// at most.
class TriageGreyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static int linesHigh(const QFontMetrics &metrics, int lines)
    {
        return metrics.lineSpacing() * lines + 8;
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMin(size.height(), linesHigh(option.fontMetrics, 2)));
        return size;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(core::FindingsModel::SuppressedRole).toBool())
            return;
        const QColor grey = option->palette.color(QPalette::PlaceholderText);
        option->palette.setColor(QPalette::Text, grey);
        option->font.setItalic(true);
    }
};

/// The severity as a chip: its word in a rounded outline, so that it reads
/// without colour; the outline takes the text colour of the palette.
class SeverityChipDelegate : public TriageGreyDelegate
{
public:
    using TriageGreyDelegate::TriageGreyDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QString text = index.data().toString();
        if (text.isEmpty() || text == QStringLiteral("—")) {
            TriageGreyDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &background, painter,
                                            option.widget);
        const bool selected = option.state & QStyle::State_Selected;
        const QColor ink
            = background.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QFont font = background.font;
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

/// The finding's cell of a suppressed finding: the finding on its first
/// line, the decision under it ("— reason (Ana, until 31/01/2027)"; the
/// Status column says "accepted" or "false positive"). Where the decision
/// does not fit the column's width, the reason takes the second line and who
/// decided and until when a third, each elided. Plain text, painted as such.
class FindingCellDelegate : public TriageGreyDelegate
{
public:
    using TriageGreyDelegate::TriageGreyDelegate;

    /// "— reason (Ana, until 31/01/2027)".
    static QString decisionLine(const QStringList &parts)
    {
        QStringList who = parts.mid(1);
        who.removeAll(QString());
        return who.isEmpty()
            ? FindingsView::tr("— %1").arg(parts.at(0))
            : FindingsView::tr("— %1 (%2)").arg(parts.at(0), who.join(QStringLiteral(", ")));
    }
    /// "by Ana, until 31/01/2027", for a line of its own; empty without either.
    static QString whoLine(const QStringList &parts)
    {
        const QString &by = parts.at(1), &expiry = parts.at(2);
        if (by.isEmpty())
            return expiry;
        return expiry.isEmpty() ? FindingsView::tr("by %1").arg(by)
                                : FindingsView::tr("by %1, %2").arg(by, expiry);
    }

    static int textWidth(const QStyleOptionViewItem &option)
    {
        const QWidget *widget = option.widget;
        const QStyle *style = widget ? widget->style() : QApplication::style();
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        return option.rect.width() - 2 * margin;
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QStringList parts = index.data(core::FindingsModel::TriagePartsRole).toStringList();
        if (parts.size() != 3)
            return TriageGreyDelegate::sizeHint(option, index);
        QStyleOptionViewItem cell = option;
        initStyleOption(&cell, index);
        const QFontMetrics metrics(cell.font);
        const bool oneLine = metrics.horizontalAdvance(decisionLine(parts)) <= textWidth(option);
        return { QStyledItemDelegate::sizeHint(option, index).width(),
                 linesHigh(metrics, oneLine ? 2 : 3) };
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QStringList parts = index.data(core::FindingsModel::TriagePartsRole).toStringList();
        if (parts.size() != 3) {
            TriageGreyDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem cell = option;
        initStyleOption(&cell, index);
        cell.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

        // The model's text is the finding, a line break, then the decision.
        QStringList lines { index.data().toString().section(QLatin1Char('\n'), 0, 0) };
        const QFontMetrics metrics(cell.font);
        const int width = textWidth(option);
        const int lineHeight = metrics.lineSpacing();
        const QString decision = decisionLine(parts);
        if (metrics.horizontalAdvance(decision) <= width || whoLine(parts).isEmpty()
            || option.rect.height() < 3 * lineHeight)
            lines.append(decision);
        else
            lines += QStringList { FindingsView::tr("— %1").arg(parts.at(0)), whoLine(parts) };
        painter->save();
        painter->setFont(cell.font);
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(cell.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setClipRect(option.rect);
        const int top = option.rect.top()
            + qMax(0, (option.rect.height() - static_cast<int>(lines.size()) * lineHeight) / 2);
        QRect line(option.rect.left() + (option.rect.width() - width) / 2, top, width, lineHeight);
        for (const QString &text : lines) {
            painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(text, Qt::ElideRight, width));
            line.translate(0, lineHeight);
        }
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
    , m_showSuppressed(new QCheckBox(tr("Show suppressed"), this))
    , m_expired(plainLabel(this))
    , m_acceptRisk(new QAction(tr("&Accept risk…"), this))
    , m_falsePositive(new QAction(tr("&False positive…"), this))
    , m_removeSuppression(new QAction(tr("&Remove suppression"), this))
{
    m_askTriage = [this](const QString &check, core::TriageState state) {
        return askWithDialog(check, state);
    };
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
    m_table->setItemDelegate(new TriageGreyDelegate(m_table));
    m_table->setItemDelegateForColumn(core::FindingsModel::SeverityColumn,
                                      new SeverityChipDelegate(m_table));
    m_table->setItemDelegateForColumn(core::FindingsModel::FindingColumn,
                                      new FindingCellDelegate(m_table));
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
    m_table->setColumnWidth(core::FindingsModel::StatusColumn, 84);
    m_table->setColumnWidth(core::FindingsModel::SeverityColumn, 76);
    m_table->setColumnWidth(core::FindingsModel::CheckColumn, 110);
    m_table->setColumnWidth(core::FindingsModel::CategoryColumn, 80);
    // The finding needs the width of a narrow pane more than the category
    // and the fix do: the check's tooltip names the category, the finding's
    // says the fix, and the header's context menu shows either column.
    m_table->setColumnHidden(core::FindingsModel::CategoryColumn, true);
    m_table->setColumnHidden(core::FindingsModel::FixColumn, true);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const int column :
         { core::FindingsModel::CategoryColumn, core::FindingsModel::FixColumn }) {
        auto *show = new QAction(
            tr("Show %1").arg(
                m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()),
            header);
        show->setCheckable(true);
        connect(show, &QAction::toggled, this,
                [this, column](bool on) { m_table->setColumnHidden(column, !on); });
        header->addAction(show);
    }
    // The decision shows under the finding, on a line of its own (a column
    // of its own leaves the pane no room); the column is the model's, for
    // copies and tests.
    m_table->setColumnHidden(core::FindingsModel::TriageColumn, true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Two lines a row (the delegates' cap), three for a decision that needs them.
    m_table->verticalHeader()->setMaximumSectionSize(fontMetrics().lineSpacing() * 3 + 8);
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
    auto *separator = new QAction(m_table);
    separator->setSeparator(true);
    m_table->addAction(separator);
    // Keys for triage, shown in the menu; they act on the table's current row.
    m_acceptRisk->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_falsePositive->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_removeSuppression->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    for (QAction *action : { m_acceptRisk, m_falsePositive, m_removeSuppression }) {
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setShortcutVisibleInContextMenu(true);
        m_table->addAction(action);
    }
    m_acceptRisk->setToolTip(tr("Accept the risk of this failing or warning check: it no longer "
                                "counts as failing"));
    m_falsePositive->setToolTip(tr("Mark this failing or warning check as a false positive: it "
                                   "no longer counts as failing"));
    connect(m_acceptRisk, &QAction::triggered, this,
            [this] { triageCurrent(core::TriageState::Accepted); });
    connect(m_falsePositive, &QAction::triggered, this,
            [this] { triageCurrent(core::TriageState::FalsePositive); });
    connect(m_removeSuppression, &QAction::triggered, this,
            &FindingsView::removeCurrentSuppression);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_showSuppressed->setChecked(true);
    m_showSuppressed->setToolTip(tr("Show the findings suppressed by triage, greyed"));
    m_expired->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_severity);
    filters->addWidget(m_failingOnly);
    filters->addWidget(m_showSuppressed);
    auto *problem = new QHBoxLayout;
    problem->addWidget(m_message, 1);
    problem->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_categories);
    layout->addLayout(problem);
    layout->addWidget(m_expired);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &core::FindingsFilterModel::setSearchText);
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setSeverity(m_severity->currentData().toString()); });
    connect(m_failingOnly, &QCheckBox::toggled, m_filter,
            &core::FindingsFilterModel::setFailingOnly);
    connect(m_showSuppressed, &QCheckBox::toggled, m_filter,
            &core::FindingsFilterModel::setShowSuppressed);
    connect(&m_controller.triage(), &core::TriageController::changed, this,
            &FindingsView::applyTriage);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FindingsView::updateTriageActions);
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
    if (report && report->id == m_scanId) {
        // The summary line: applyTriage() below, with the triage counted.
        QStringList scores;
        for (const auto &category : report->categories)
            scores.append(tr("%1 %2").arg(core::displayText(category.name, 100),
                                          QString::number(category.score)));
        m_categories->setText(tr("Categories: %1").arg(scores.join(QStringLiteral(" · "))));
        m_message->clear();
    } else {
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
    m_categories->setVisible(!m_categories->text().isEmpty());
    m_message->setVisible(!m_message->text().isEmpty());
    applyTriage();
}

QString FindingsView::summaryText(const core::Report &report, const core::ScanVerdict &verdict)
{
    // The server's counts less what the triage or the policy took out, as
    // the tab's count does: a suppressed finding fails nowhere (issue 13).
    core::ReportSummary counted = report.summary;
    int suppressed = 0;
    for (const core::FindingVerdict &finding : verdict.findings) {
        if (finding.counts != core::FindingVerdict::Counts::Suppressed
            && finding.counts != core::FindingVerdict::Counts::Ignored)
            continue;
        ++suppressed; // as TriageController::failuresText() counts for the tab
        const QString status = finding.status.trimmed().toLower();
        int *count = status == QLatin1String("fail") ? &counted.failed
            : status == QLatin1String("warn")        ? &counted.warnings
                                                     : nullptr;
        if (!count)
            continue;
        *count = qMax(0, *count - 1);
        int *bySeverity[]
            = { nullptr, &counted.low, &counted.medium, &counted.high, &counted.critical };
        if (int *severity = bySeverity[core::severityRank(finding.severity)])
            *severity = qMax(0, *severity - 1);
    }
    const QString checks = core::checksSummaryText(counted);
    return tr("%1 · critical %2, high %3, medium %4, low %5")
        .arg(suppressed > 0 ? tr("%1, %n suppressed", nullptr, suppressed).arg(checks) : checks,
             QString::number(counted.critical), QString::number(counted.high),
             QString::number(counted.medium), QString::number(counted.low));
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

void FindingsView::applyTriage()
{
    const std::optional<core::Report> &report = m_model->report();
    QString failures;
    QStringList expired;
    if (report && report->id == m_scanId) {
        const core::ScanVerdict verdict = m_controller.triage().verdict(*report);
        m_model->setVerdict(verdict);
        for (const core::FindingVerdict &finding : verdict.findings) {
            if (finding.suppressionExpired)
                expired.append(core::displayText(finding.check, 100));
        }
        failures = m_controller.triage().failuresText(*report);
        m_summary->setText(summaryText(*report, verdict));
    } else {
        m_summary->clear();
    }
    m_summary->setVisible(!m_summary->text().isEmpty());
    m_expired->setText(expired.isEmpty() ? QString()
                                         : tr("%n suppression(s) expired and count(s) again: %1",
                                              nullptr, static_cast<int>(expired.size()))
                                               .arg(expired.join(tr(", "))));
    m_expired->setVisible(!expired.isEmpty());
    updateTriageActions();
    if (failures != m_failures) {
        m_failures = failures;
        emit failuresTextChanged(failures);
    }
}

int FindingsView::currentSourceRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

void FindingsView::updateTriageActions()
{
    const int row = currentSourceRow();
    const QModelIndex index = m_model->index(row, 0);
    const bool failing = index.isValid() && index.data(core::FindingsModel::FailingRole).toBool();
    m_acceptRisk->setEnabled(failing);
    m_falsePositive->setEnabled(failing);
    // One from the policy file is changed in the file, not here.
    const auto suppression = failing ? m_model->suppression(row) : std::nullopt;
    m_removeSuppression->setEnabled(suppression && m_controller.triage().isOwn(*suppression));
}

std::optional<core::Suppression> FindingsView::askWithDialog(const QString &check,
                                                             core::TriageState state)
{
    const core::Scan *scan = m_repository.find(m_scanId);
    if (!scan)
        return std::nullopt;
    TriageDialog dialog(
        { check, scan->url, scan->type, core::ScanListModel::scanTypeName(scan->type) }, state,
        TriageDialog::defaultName(), m_controller.triage().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.suppression();
}

void FindingsView::triageCurrent(core::TriageState state)
{
    const int row = currentSourceRow();
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid() || !index.data(core::FindingsModel::FailingRole).toBool())
        return;
    std::optional<core::Suppression> decided
        = m_askTriage(index.data(core::FindingsModel::CheckNameRole).toString(), state);
    if (!decided)
        return;
    if (!decided->decidedAt.isValid())
        decided->decidedAt = QDateTime::currentDateTimeUtc();
    m_controller.triage().suppress(*decided);
}

void FindingsView::removeCurrentSuppression()
{
    if (const auto suppression = m_model->suppression(currentSourceRow()))
        m_controller.triage().remove(*suppression);
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
