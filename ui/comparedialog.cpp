#include "comparedialog.h"

#include "exporting.h"
#include "model/findingsmodel.h"
#include "report/reportexport.h"
#include "style.h"
#include "text/displaytext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

CompareDialog::CompareDialog(const core::ReportComparison &comparison, QWidget *parent)
    : QDialog(parent)
    , m_comparison(comparison)
    , m_headline(plainLabel(this))
    , m_counts(plainLabel(this))
    , m_hideUnchanged(new QCheckBox(tr("Hide unchanged checks"), this))
    , m_table(new QTableWidget(this))
    , m_export(new QPushButton(tr("Export…"), this))
{
    setWindowTitle(tr("Compare scans of %1").arg(core::displayText(comparison.newer.url, 200)));
    resize(900, 560);
    const QLocale locale;
    auto side = [&locale](const core::Report &report) {
        return tr("%1 %2 (%3, %4)")
            .arg(core::displayText(report.grade, 4), QString::number(report.score),
                 locale.toString(report.completedAt.toLocalTime(), QLocale::ShortFormat),
                 core::displayText(report.id, 80));
    };
    const int change = comparison.scoreChange();
    m_headline->setText(tr("%1 → %2 · score %3")
                            .arg(side(comparison.older), side(comparison.newer),
                                 change > 0       ? QStringLiteral("▲ +%1").arg(change)
                                     : change < 0 ? QStringLiteral("▼ %1").arg(change)
                                                  : tr("unchanged")));
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setWordWrap(true);
    using Kind = core::CheckChange::Kind;
    m_counts->setText(tr("%1 newly failing · %2 fixed · %3 still failing · %4 unchanged")
                          .arg(QString::number(comparison.count(Kind::NewlyFailing)),
                               QString::number(comparison.count(Kind::Fixed)),
                               QString::number(comparison.count(Kind::StillFailing)),
                               QString::number(comparison.count(Kind::Unchanged))));
    if (comparison.suppressedCount() > 0)
        m_counts->setText(tr("%1 · %n suppressed by triage", nullptr, comparison.suppressedCount())
                              .arg(m_counts->text()));

    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        { tr("Change"), tr("Check"), tr("Category"), tr("Severity"), tr("Before"), tr("Now") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 120);
    m_table->setColumnWidth(1, 220);
    m_table->setColumnWidth(2, 140);
    m_hideUnchanged->setChecked(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_counts);
    layout->addWidget(m_hideUnchanged);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hideUnchanged, &QCheckBox::toggled, this, &CompareDialog::fill);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export comparison"), QString(),
            tr("PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportComparison(m_comparison, path, &error))
            QMessageBox::warning(this, tr("Export comparison"), error);
    });
    fill();
}

void CompareDialog::fill()
{
    m_table->setRowCount(0);
    for (const auto &change : m_comparison.changes) {
        if (m_hideUnchanged->isChecked() && change.kind == core::CheckChange::Kind::Unchanged)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        // QTableWidgetItem text is plain text: nothing the server sent is markup here.
        QString kind = core::changeKindName(change.kind);
        if (change.suppressed)
            kind = tr("%1 (suppressed)").arg(kind);
        else if (!change.notCounted.isEmpty()) // the policy makes it a warning, or ignores it
            kind = tr("%1 (not counted: %2)").arg(kind, change.notCounted);
        const QStringList cells {
            kind,
            core::displayText(change.name, 200),
            core::displayText(change.category, 200),
            core::FindingsModel::severityText(change.severity),
            change.oldStatus.isEmpty() ? tr("not checked")
                                       : core::FindingsModel::statusText(change.oldStatus),
            change.newStatus.isEmpty() ? tr("not checked")
                                       : core::FindingsModel::statusText(change.newStatus),
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 0 && change.kind == core::CheckChange::Kind::NewlyFailing) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            if (change.suppressed)
                item->setToolTip(core::tooltipText(
                    tr("Suppressed: %1").arg(core::displayText(change.suppressionReason, 300))));
            m_table->setItem(row, column, item);
        }
    }
}

} // namespace ui
