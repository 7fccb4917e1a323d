#pragma once

#include "domain/scan.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace ui {

/// The end of a scan: a large letter grade in its colour, the score out of
/// 100, when it finished and Open report; or, for a failed scan, why.
/// Compact, it is one line (letter, score, when, Open report) that leaves the
/// room below to the findings.
class GradePanel : public QWidget
{
    Q_OBJECT

public:
    explicit GradePanel(QWidget *parent = nullptr);

    void showScan(const core::Scan &scan);
    /// A refusal or failure to open the report, shown under the button.
    void showLinkMessage(const QString &message);
    /// One line instead of the large letter; the summary is left to the
    /// findings, whose first line says the same.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

    QLabel *gradeLabel() const { return m_grade; }
    QLabel *scoreLabel() const { return m_score; }
    QLabel *detailLabel() const { return m_detail; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *failureLabel() const { return m_failure; }
    QLabel *linkMessageLabel() const { return m_linkMessage; }
    QPushButton *openReportButton() const { return m_openReport; }

signals:
    void openReportRequested();

private:
    void arrange();
    void updateVisibility();

    QGridLayout *m_layout;
    bool m_compact = false;
    bool m_graded = false;
    bool m_failed = false;
    bool m_hasSummary = false;
    QLabel *m_grade;
    QLabel *m_score;
    QLabel *m_detail;
    QLabel *m_summary;
    QLabel *m_failure;
    QLabel *m_linkMessage;
    QPushButton *m_openReport;
};

} // namespace ui
