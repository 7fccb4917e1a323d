#pragma once

#include <QSystemTrayIcon>

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

signals:
    void showWindowRequested();

private:
    void update();

    core::ScanSource &m_repository;
};

} // namespace ui
