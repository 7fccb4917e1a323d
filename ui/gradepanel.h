#pragma once

#include "domain/scan.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ui {

/// The end of a scan: a large letter grade in its colour, the score out of
/// 100, when it finished and Open report; or, for a failed scan, why.
class GradePanel : public QWidget
{
    Q_OBJECT

public:
    explicit GradePanel(QWidget *parent = nullptr);

    void showScan(const core::Scan &scan);
    /// A refusal or failure to open the report, shown under the button.
    void showLinkMessage(const QString &message);

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
    QLabel *m_grade;
    QLabel *m_score;
    QLabel *m_detail;
    QLabel *m_summary;
    QLabel *m_failure;
    QLabel *m_linkMessage;
    QPushButton *m_openReport;
};

} // namespace ui
