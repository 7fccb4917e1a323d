#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace core {
struct Scan;
class EventLogModel;
class ScanRepository;
} // namespace core

namespace ui {

class GradePanel;

/// Everything about the selected scan: address, status, progress bar, what is
/// wrong with watching it, the grade panel when it ends, and the live event log.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    DetailPane(core::ScanRepository &repository, core::EventLogModel &events,
               QWidget *parent = nullptr);

    void setScanId(const QString &id);
    QString scanId() const { return m_scanId; }

    QLabel *titleLabel() const { return m_title; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *problemLabel() const { return m_problem; }
    QProgressBar *progressBar() const { return m_progress; }
    GradePanel *gradePanel() const { return m_grade; }
    QTableView *eventView() const { return m_events; }

signals:
    void openReportRequested(const QString &scanId);
    void retryRequested(const QString &scanId);

private:
    void refresh();
    void updateStatusLine(const core::Scan &scan);

    core::ScanRepository &m_repository;
    QString m_scanId;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_status;
    QLabel *m_problem;
    QPushButton *m_retry;
    QProgressBar *m_progress;
    GradePanel *m_grade;
    QTableView *m_events;
    bool m_followLog = true;
};

} // namespace ui
