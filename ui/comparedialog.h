#pragma once

#include "report/comparison.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ui {

/// Two scans of one site and type side by side: the grade and score change,
/// then each check that is newly failing, fixed, still failing or unchanged.
/// Export writes the comparison as PDF, HTML, Markdown or JSON.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompareDialog(const core::ReportComparison &comparison, QWidget *parent = nullptr);

    const core::ReportComparison &comparison() const { return m_comparison; }
    QLabel *headlineLabel() const { return m_headline; }
    QTableWidget *table() const { return m_table; }
    QCheckBox *hideUnchangedBox() const { return m_hideUnchanged; }

private:
    void fill();

    core::ReportComparison m_comparison;
    QLabel *m_headline;
    QLabel *m_counts;
    QCheckBox *m_hideUnchanged;
    QTableWidget *m_table;
    QPushButton *m_export;
};

} // namespace ui
