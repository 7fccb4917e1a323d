#include "gradepanel.h"

#include "report/comparison.h"
#include "scancontroller.h"
#include "style.h"
#include "text/displaytext.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace ui {
GradePanel::GradePanel(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
    , m_grade(plainLabel(this))
    , m_score(plainLabel(this))
    , m_detail(plainLabel(this))
    , m_summary(plainLabel(this))
    , m_failure(plainLabel(this))
    , m_linkMessage(plainLabel(this))
    , m_openReport(new QPushButton(tr("Open report"), this))
{
    m_grade->setAlignment(Qt::AlignCenter);
    m_grade->setAccessibleName(tr("Grade"));
    m_openReport->setToolTip(tr("Open the full report in your browser"));
    m_failure->setWordWrap(true);
    // Long lines wrap rather than widen the pane and squeeze the scan list.
    m_detail->setWordWrap(true);
    m_summary->setWordWrap(true);
    setTone(m_failure, Tone::Bad);
    m_linkMessage->setWordWrap(true);
    setTone(m_linkMessage, Tone::Bad);
    m_openReport->setIcon(QIcon::fromTheme(QStringLiteral("internet-web-browser")));

    arrange();

    connect(m_openReport, &QPushButton::clicked, this, &GradePanel::openReportRequested);
}

void GradePanel::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    arrange();
}

void GradePanel::arrange()
{
    // The letter keeps its colour and its accessible name in both forms; only
    // its size and the place of the lines around it change.
    const QFont base = QApplication::font(this);
    QFont gradeFont = base;
    gradeFont.setPointSizeF(base.pointSizeF() * (m_compact ? 1.5 : 3.6));
    gradeFont.setBold(true);
    m_grade->setFont(gradeFont);
    m_grade->setMinimumWidth(m_compact ? 0 : 110);
    QFont scoreFont = base;
    scoreFont.setPointSizeF(base.pointSizeF() * (m_compact ? 1.0 : 1.5));
    scoreFont.setBold(m_compact);
    m_score->setFont(scoreFont);

    const QList<QWidget *> parts { m_grade,      m_score,   m_detail,     m_summary,
                                   m_openReport, m_failure, m_linkMessage };
    for (QWidget *part : parts)
        m_layout->removeWidget(part);
    for (int column = 0; column < 4; ++column)
        m_layout->setColumnStretch(column, 0);
    m_layout->setContentsMargins(0, m_compact ? 0 : 4, 0, m_compact ? 0 : 4);
    if (m_compact) {
        // [C] Score 71 / 100   Completed …   [Open report]
        m_layout->addWidget(m_grade, 0, 0);
        m_layout->addWidget(m_score, 0, 1);
        m_layout->addWidget(m_detail, 0, 2);
        m_layout->addWidget(m_openReport, 0, 3);
        m_layout->addWidget(m_summary, 1, 1, 1, 3);
        m_layout->addWidget(m_failure, 2, 0, 1, 4);
        m_layout->addWidget(m_linkMessage, 3, 0, 1, 4);
        m_layout->setColumnStretch(2, 1);
    } else {
        m_layout->addWidget(m_grade, 0, 0, 4, 1);
        m_layout->addWidget(m_score, 0, 1);
        m_layout->addWidget(m_detail, 1, 1);
        m_layout->addWidget(m_summary, 2, 1);
        m_layout->addWidget(m_openReport, 3, 1, Qt::AlignLeft);
        m_layout->addWidget(m_failure, 4, 0, 1, 2);
        m_layout->addWidget(m_linkMessage, 5, 0, 1, 2);
        m_layout->setColumnStretch(1, 1);
    }
    updateVisibility();
}

void GradePanel::updateVisibility()
{
    m_grade->setVisible(m_graded);
    m_score->setVisible(m_graded);
    m_openReport->setVisible(m_graded);
    m_detail->setVisible(m_graded || m_failed);
    m_failure->setVisible(m_failed);
    // Compact, the findings below say the same counts in their first line.
    m_summary->setVisible(m_graded && m_hasSummary && !m_compact);
}

void GradePanel::showScan(const core::Scan &scan)
{
    m_linkMessage->clear();
    m_linkMessage->hide();
    const bool failed = scan.state == core::ScanState::Failed;
    const bool graded = scan.result.has_value() && !failed;
    m_failed = failed;
    m_graded = graded;
    m_hasSummary = scan.summary.has_value();
    updateVisibility();

    const QString finished = scan.completedAt.isValid()
        ? QLocale().toString(scan.completedAt.toLocalTime(), QLocale::ShortFormat)
        : QString();
    if (failed) {
        // Seen failed in the list of scans, which says no reason: its own
        // answer, asked for now that it is shown, does.
        QString reason = core::displayText(scan.error);
        if (scan.error.isEmpty())
            reason = core::lacksServerDetails(scan) ? tr("asking AppVet why…")
                                                    : tr("the server gave no reason.");
        m_failure->setText(tr("The scan failed: %1").arg(reason));
        m_detail->setText(finished.isEmpty() ? QString() : tr("Ended %1").arg(finished));
        return;
    }
    if (!graded)
        return;
    const QString grade = core::displayText(scan.result->grade, 4);
    m_grade->setText(grade);
    // A screen reader says the letter, not just what the label is.
    m_grade->setAccessibleName(tr("Grade %1").arg(grade));
    QPalette palette = m_grade->palette();
    palette.setColor(QPalette::WindowText, gradeColor(grade, QApplication::palette()));
    m_grade->setPalette(palette);
    m_score->setText(tr("Score %1 / 100").arg(scan.result->score));
    QString detail = finished.isEmpty() ? QString() : tr("Completed %1").arg(finished);
    if (scan.state == core::ScanState::Partial)
        detail = tr("Partial result: some checks could not run. ") + detail;
    m_detail->setText(detail);
    if (scan.summary) {
        const core::ReportSummary &s = *scan.summary;
        QString text = core::checksSummaryText(s);
        QStringList severities;
        if (s.critical)
            severities << tr("%1 critical").arg(s.critical);
        if (s.high)
            severities << tr("%1 high").arg(s.high);
        if (s.medium)
            severities << tr("%1 medium").arg(s.medium);
        if (s.low)
            severities << tr("%1 low").arg(s.low);
        if (!severities.isEmpty())
            text += QStringLiteral(" · ") + severities.join(QStringLiteral(", "));
        m_summary->setText(text);
    }
}

void GradePanel::showLinkMessage(const QString &message)
{
    m_linkMessage->setText(message);
    m_linkMessage->setVisible(!message.isEmpty());
}

} // namespace ui
