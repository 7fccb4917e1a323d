#pragma once

#include <QSystemTrayIcon>

class QAction;

namespace core {
class ScanController;
class ScanSource;
} // namespace core

namespace ui {

/// The tray icon, where the desktop has a tray: how many scans are active
/// (tooltip), and a menu to show the window, pause or resume polling, and quit.
class TrayIcon : public QSystemTrayIcon
{
    Q_OBJECT

public:
    TrayIcon(core::ScanSource &scans, core::ScanController &controller, QObject *parent = nullptr);
    QAction *quitAction() const { return m_quitAction; }

signals:
    void showWindowRequested();
    /// Quit was chosen: the window asks what it must and quits.
    void quitRequested();

private:
    void update();

    core::ScanSource &m_repository;
    QAction *m_quitAction = nullptr;
};

} // namespace ui
