#include "gradepanel.h"

#include "report/comparison.h"
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
    , m_grade(plainLabel(this))
    , m_score(plainLabel(this))
    , m_detail(plainLabel(this))
    , m_summary(plainLabel(this))
    , m_failure(plainLabel(this))
    , m_linkMessage(plainLabel(this))
    , m_openReport(new QPushButton(tr("Open report"), this))
{
    QFont gradeFont = m_grade->font();
    gradeFont.setPointSizeF(gradeFont.pointSizeF() * 3.6);
    gradeFont.setBold(true);
    m_grade->setFont(gradeFont);
    m_grade->setAlignment(Qt::AlignCenter);
    m_grade->setMinimumWidth(110);
    m_grade->setAccessibleName(tr("Grade"));
    m_openReport->setToolTip(tr("Open the full report in your browser"));
    QFont scoreFont = m_score->font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 1.5);
    m_score->setFont(scoreFont);
    m_failure->setWordWrap(true);
    // Long lines wrap rather than widen the pane and squeeze the scan list.
    m_detail->setWordWrap(true);
    m_summary->setWordWrap(true);
    setTone(m_failure, Tone::Bad);
    m_linkMessage->setWordWrap(true);
    setTone(m_linkMessage, Tone::Bad);
    m_openReport->setIcon(QIcon::fromTheme(QStringLiteral("internet-web-browser")));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(m_grade, 0, 0, 4, 1);
    layout->addWidget(m_score, 0, 1);
    layout->addWidget(m_detail, 1, 1);
    layout->addWidget(m_summary, 2, 1);
    layout->addWidget(m_openReport, 3, 1, Qt::AlignLeft);
    layout->addWidget(m_failure, 4, 0, 1, 2);
    layout->addWidget(m_linkMessage, 5, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(m_openReport, &QPushButton::clicked, this, &GradePanel::openReportRequested);
}

void GradePanel::showScan(const core::Scan &scan)
{
    m_linkMessage->clear();
    m_linkMessage->hide();
    const bool failed = scan.state == core::ScanState::Failed;
    const bool graded = scan.result.has_value() && !failed;
    m_grade->setVisible(graded);
    m_score->setVisible(graded);
    m_openReport->setVisible(graded);
    m_detail->setVisible(graded || failed);
    m_failure->setVisible(failed);
    m_summary->setVisible(graded && scan.summary.has_value());

    const QString finished = scan.completedAt.isValid()
        ? QLocale().toString(scan.completedAt.toLocalTime(), QLocale::ShortFormat)
        : QString();
    if (failed) {
        m_failure->setText(tr("The scan failed: %1")
                               .arg(scan.error.isEmpty() ? tr("the server gave no reason.")
                                                         : core::displayText(scan.error)));
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
