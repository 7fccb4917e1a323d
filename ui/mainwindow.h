#pragma once

#include <QInputDialog>
#include <QMainWindow>

class QActionGroup;
class QDialog;
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTreeView;
class QUrl;

namespace core {
class EventLogModel;
class ScanController;
class ScanFilterModel;
class ScanListModel;
class ScanSource;
class HistoryStatus;
struct Usage;
} // namespace core

namespace ui {

class CompareDialog;
class DetailPane;
class FilterBar;
class NewScanBar;
class TrayIcon;

/// The dashboard: the new-scan bar on top, the filter bar and the scan list
/// on the left, the selected scan on the right, and a status bar with the API
/// host, demo or live, where the key came from, the requests left in the
/// window and whether the history is being saved. Every command on a scan
/// goes through the ScanController; the window keeps only view state.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &)>;
    /// Asks the user a yes/no question; a QMessageBox by default.
    using Confirmer = std::function<bool(const QString &question)>;

    MainWindow(core::ScanController &controller, core::ScanSource &source,
               core::ScanListModel &scans, core::EventLogModel &events, QWidget *parent = nullptr);

    /// How a checked report link is opened; QDesktopServices::openUrl by default.
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    void setConnectionInfo(const QString &apiHost, bool demo);
    void setKeySource(const QString &source);
    /// Says how the history file was opened, and follows its writes: a lasting
    /// "History not saved" while they fail.
    void watchStore(const core::HistoryStatus &history);
    /// Shows the key dialog (or updates the one already open) with `message`,
    /// so the user is asked once.
    void askForKey(const QString &message);
    /// Brings the window to the front (a second start handed us its work).
    void bringToFront();

    NewScanBar *scanBar() const { return m_bar; }
    FilterBar *filterBar() const { return m_filterBar; }
    QTreeView *scanView() const { return m_list; }
    DetailPane *detailPane() const { return m_detail; }
    QInputDialog *keyDialog() const { return m_keyDialog; }
    QLabel *historyStatusLabel() const { return m_historyLabel; }
    /// The scan the list's current row shows.
    QString currentScanId() const;
    void selectScan(const QString &id);
    /// Opens the report of `scanId` in the browser (or says why it cannot).
    void openReport(const QString &scanId);
    /// With a tray, closing the window while scans run may keep watching
    /// there; the tray's Show and Quit act on this window.
    void setTrayIcon(TrayIcon *tray);
    /// Asks whether writes that failed may be lost ("Quit anyway" is true).
    void setLossConfirmer(Confirmer confirmer) { m_confirmLoss = std::move(confirmer); }
    /// Quit (File menu, Ctrl+Q, the tray, SIGTERM): asks once if scans run,
    /// tries the history's failed writes once more and says what would be
    /// lost; then quitConfirmed(). The tray never keeps the app from quitting.
    void requestQuit();
    /// SIGTERM (logout): the same path, without asking about running scans.
    void terminate();
    QAction *quitAction() const { return m_quitAction; }
    /// File → Preferences (QKeySequence::Preferences, or Ctrl+,).
    void showPreferences();
    /// For tests: called with the Preferences dialog once it is set up.
    void setPreferencesHook(std::function<void(QDialog *)> hook)
    {
        m_preferencesShown = std::move(hook);
    }
    /// Several sites at once (pasted, imported, dropped): one confirmation
    /// says what starts, what is invalid and what repeats, then they start.
    void startBatch(const QString &text, const QString &type);

    /// Writes the scan's report to `path` (the suffix picks PDF, HTML,
    /// Markdown or JSON); returns why not, or an empty string.
    QString exportReportTo(const QString &scanId, const QString &path);
    /// File → Export report…: asks where (a name from the site and date
    /// suggested) and writes it; a report not fetched yet is fetched first
    /// and the question comes once it is here (unless another scan is
    /// selected meanwhile).
    void exportReport(const QString &scanId);
    /// Asks where to save, `suggested` the name offered; empty: cancelled.
    /// Tests answer for the user.
    using SavePathAsker = std::function<QString(const QString &suggested)>;
    void setSavePathAsker(SavePathAsker asker) { m_askSavePath = std::move(asker); }
    /// Writes the list's visible rows, as filtered and sorted, as CSV.
    QString exportListTo(const QString &path);
    /// Compares two scans of one site and type (the older first), once both
    /// reports are here; fetches what is missing.
    void compareScans(const QString &first, const QString &second);
    CompareDialog *compareDialog() const;
    /// File → Load policy…: reads the file and uses it for this history; says
    /// what is wrong (file, line, column) and applies nothing on an error.
    bool loadPolicy(const QString &path);

    QAction *removeAction() const { return m_removeAction; }
    QAction *undoRemoveAction() const { return m_undoAction; }
    QAction *checkNowAction() const { return m_checkNowAction; }
    QAction *openReportAction() const { return m_openReportAction; }
    QAction *rescanAction() const { return m_rescanAction; }
    QAction *stopWatchingAction() const { return m_stopAction; }
    QAction *compareAction() const { return m_compareAction; }

signals:
    void keyEntered(const QString &key);
    /// The scan menu was shown for this scan (tests read which one).
    void scanMenuShown(const QString &scanId);
    /// The window has painted for the first time: slow work may start now.
    void firstPainted();
    /// The user confirmed quitting: the application should quit now.
    void quitConfirmed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitToScreen();
    QString readSiteList(const QString &path);
    void createActions();
    void createPolicyActions(QMenu *fileMenu);
    void removeScan(const QString &scanId);
    void showScanMenu(const QModelIndex &index, const QPoint &globalPosition);
    void updateActions();
    void onUsage(const core::Usage &usage);
    /// Every request changes the budget (50 a second under load): it is
    /// shown once a turn of the event loop, without laying out the window.
    void updateBudget(int remaining, int limit);
    void showBudget();
    void showStoreOpenResult(const core::HistoryStatus &history);
    void quit(bool askAboutScans);
    bool confirmQuit(bool askAboutScans);
    void saveWindowState();
    void openPendingComparison();
    /// `askIfMissing`: a link not known yet (an end a sweep of the list saw,
    /// or a scan read from the history without one) is asked for, and the
    /// report opened when it comes, unless another scan is shown meanwhile.
    void openReportLink(const QString &scanId, bool askIfMissing);
    QStringList selectedScanIds() const;

    core::ScanController &m_controller;
    core::ScanSource &m_repository;
    core::ScanListModel &m_scans;
    core::EventLogModel &m_events;
    core::ScanFilterModel *m_filter;
    NewScanBar *m_bar;
    FilterBar *m_filterBar;
    QLabel *m_banner;
    QTreeView *m_list;
    DetailPane *m_detail;
    QLabel *m_hostLabel;
    QLabel *m_keyLabel;
    QLabel *m_budgetLabel;
    QLabel *m_quotaLabel;
    QLabel *m_historyLabel;
    QSplitter *m_splitter;
    QPointer<QInputDialog> m_keyDialog;
    QAction *m_openReportAction = nullptr;
    QAction *m_checkNowAction = nullptr;
    QAction *m_rescanAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_copyUrlAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QStringList m_pendingCompare; // older, newer: waiting for their reports
    QString m_pendingOpen; // a report to open once AppVet sends its link
    QString m_pendingExport; // a report to export once it is fetched
    SavePathAsker m_askSavePath;
    QPointer<CompareDialog> m_compareDialog;
    UrlOpener m_openUrl;
    Confirmer m_confirm;
    QPointer<TrayIcon> m_tray;
    Confirmer m_confirmLoss;
    QAction *m_quitAction = nullptr;
    QString m_historyProblem; // why the last history write failed
    int m_budgetRemaining = 0;
    int m_budgetLimit = 0;
    bool m_budgetPending = false; // a showBudget() is on its way
    int m_budgetSizedFor = -1; // the limit whose widest text sized the label
    bool m_quitting = false;
    bool m_askingToQuit = false;
    QActionGroup *m_intervals = nullptr;
    std::function<void(QDialog *)> m_preferencesShown;
    bool m_painted = false;
};

} // namespace ui
