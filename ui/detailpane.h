#pragma once

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace core {
struct Scan;
class EventLogModel;
class ScanSource;
} // namespace core

namespace ui {

class FindingsView;
class GradePanel;
class TrendChart;

/// Everything about the selected scan: address, status, progress bar, what is
/// wrong with watching it, the grade panel when it ends, and the live event log.
/// While the Findings tab is open the findings get the room: the grade is one
/// line, and the trend chart and a finished scan's progress bar step aside.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    DetailPane(core::ScanSource &repository, core::EventLogModel &events,
               QWidget *parent = nullptr);

    void setScanId(const QString &id);
    QString scanId() const { return m_scanId; }
    /// Adds the report's findings as a tab beside the event log.
    void setFindingsView(FindingsView *findings);
    /// Whether the newer scan fails a check the older did not, once the
    /// triage has had its say (nullopt: a report is not here). A fallen grade
    /// whose new failures are all suppressed is not called a regression.
    using NewFailures
        = std::function<std::optional<bool>(const QString &olderId, const QString &newerId)>;
    void setNewFailures(NewFailures newFailures) { m_newFailures = std::move(newFailures); }
    QTabWidget *tabs() const { return m_tabs; }

    QLabel *titleLabel() const { return m_title; }
    QLabel *subtitleLabel() const { return m_subtitle; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *problemLabel() const { return m_problem; }
    QProgressBar *progressBar() const { return m_progress; }
    GradePanel *gradePanel() const { return m_grade; }
    QTableView *eventView() const { return m_events; }
    QLabel *historyLabel() const { return m_history; }
    TrendChart *trendChart() const { return m_trend; }
    QPushButton *rescanButton() const { return m_rescan; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *watchButton() const { return m_watch; }

signals:
    void openReportRequested(const QString &scanId);
    void retryRequested(const QString &scanId);
    void rescanRequested(const QString &scanId);
    void compareRequested(const QString &scanId);
    /// Rescan the scan's site every `days` days (0: stop).
    void watchSiteRequested(const QString &scanId, int days);

public:
    /// The line about earlier scans of the site (also when the triage changed).
    void refreshHistory();

private:
    void refresh();
    void updateStatusLine(const core::Scan &scan);
    /// Gives the findings the pane's height while their tab is open.
    void arrangeRoom();

    core::ScanSource &m_repository;
    QString m_scanId;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_status;
    QTimer m_ticker;
    QLabel *m_problem;
    QPushButton *m_retry;
    QProgressBar *m_progress;
    GradePanel *m_grade;
    QTableView *m_events;
    QLabel *m_history;
    TrendChart *m_trend;
    QPushButton *m_rescan;
    QPushButton *m_compare;
    QPushButton *m_watch; // with its menu: a push button sizes for the arrow
    QTabWidget *m_tabs;
    FindingsView *m_findings = nullptr;
    bool m_followLog = true;
    bool m_trendWanted = false;
    NewFailures m_newFailures;
};

} // namespace ui
