#pragma once

#include <QInputDialog>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QLabel;
class QSplitter;
class QTreeView;
class QUrl;

namespace core {
class EventLogModel;
class PollScheduler;
class ScanController;
class ScanListModel;
class ScanRepository;
struct Usage;
} // namespace core

namespace ui {

class DetailPane;
class NewScanBar;

/// The dashboard: the new-scan bar on top, the scan list on the left, the
/// selected scan on the right, and a status bar with the API host, demo or
/// live, where the key came from and the requests left in the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    MainWindow(core::ScanController &controller, core::ScanRepository &repository,
               core::PollScheduler &scheduler, core::ScanListModel &scans,
               core::EventLogModel &events, QWidget *parent = nullptr);

    /// How a checked report link is opened; QDesktopServices::openUrl by default.
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    void setConnectionInfo(const QString &apiHost, bool demo);
    void setKeySource(const QString &source);
    /// Asks for a key with a non-modal dialog; a second call while it is open
    /// only updates its message, so the user is asked once.
    void askForKey(const QString &message);

    NewScanBar *scanBar() const { return m_bar; }
    QTreeView *scanView() const { return m_list; }
    DetailPane *detailPane() const { return m_detail; }
    QInputDialog *keyDialog() const { return m_keyDialog; }

signals:
    void keyEntered(const QString &key);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void selectScan(const QString &id);
    void openReport(const QString &scanId);
    void showScanMenu(const QPoint &position);
    void onUsage(const core::Usage &usage);
    void updateBudget(int remaining, int limit);

    core::ScanController &m_controller;
    core::ScanRepository &m_repository;
    core::PollScheduler &m_scheduler;
    core::ScanListModel &m_scans;
    core::EventLogModel &m_events;
    NewScanBar *m_bar;
    QLabel *m_banner;
    QTreeView *m_list;
    DetailPane *m_detail;
    QLabel *m_hostLabel;
    QLabel *m_keyLabel;
    QLabel *m_budgetLabel;
    QLabel *m_quotaLabel;
    QSplitter *m_splitter;
    QPointer<QInputDialog> m_keyDialog;
    UrlOpener m_openUrl;
};

} // namespace ui
