#include "trayicon.h"

#include "domain/scansource.h"
#include "scancontroller.h"

#include <QAction>
#include <QApplication>
#include <QMenu>

namespace ui {

TrayIcon::TrayIcon(core::ScanSource &repository, core::ScanController &controller, QObject *parent)
    : QSystemTrayIcon(QIcon(QStringLiteral(":/scandash/scandash.svg")), parent)
    , m_repository(repository)
{
    auto *menu = new QMenu;
    connect(this, &QObject::destroyed, menu, &QObject::deleteLater);
    menu->addAction(tr("Show ScanDash"), this, &TrayIcon::showWindowRequested);
    QAction *pause = menu->addAction(tr("Pause polling"));
    pause->setCheckable(true);
    connect(pause, &QAction::toggled, &controller, &core::ScanController::setPollingPaused);
    menu->addSeparator();
    // Through the window, as File → Quit: its questions, its last history write.
    m_quitAction = menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    setContextMenu(menu);
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick)
            emit showWindowRequested();
    });
    connect(&repository, &core::ScanSource::scanAdded, this, &TrayIcon::update);
    connect(&repository, &core::ScanSource::removed, this, &TrayIcon::update);
    connect(&repository, &core::ScanSource::loaded, this, &TrayIcon::update);
    connect(&repository, &core::ScanSource::scanChanged, this,
            [this](const QString &, core::ScanFields fields) {
                if (fields & core::FieldWatch)
                    update();
            });
    update();
}

void TrayIcon::update()
{
    const int active = static_cast<int>(m_repository.activeIds().size());
    setToolTip(active == 0 ? tr("ScanDash: no scan running")
                           : tr("ScanDash: %n scan(s) running", nullptr, active));
}

} // namespace ui
