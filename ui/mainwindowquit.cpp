// MainWindow's close and quit: closing may keep watching in the tray, quitting
// always quits, once the user knows what goes on at AppVet and what the
// history could not keep.
#include "domain/scansource.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "scancontroller.h"
#include "trayicon.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>

namespace ui {

void MainWindow::setTrayIcon(TrayIcon *tray)
{
    m_tray = tray;
    if (!tray)
        return;
    connect(tray, &TrayIcon::showWindowRequested, this, &MainWindow::bringToFront);
    connect(tray, &TrayIcon::quitRequested, this, &MainWindow::requestQuit);
}

void MainWindow::requestQuit()
{
    quit(true);
}

void MainWindow::terminate()
{
    // The session ends (logout): running scans go on at AppVet whatever the
    // answer, so only a history that cannot be written is asked about.
    quit(false);
}

void MainWindow::quit(bool askAboutScans)
{
    // A second request (SIGTERM while a question is open) waits for its answer.
    if (m_quitting || m_askingToQuit)
        return;
    m_askingToQuit = true;
    const bool confirmed = confirmQuit(askAboutScans);
    m_askingToQuit = false;
    if (!confirmed)
        return;
    m_quitting = true;
    saveWindowState();
    emit quitConfirmed();
}

bool MainWindow::confirmQuit(bool askAboutScans)
{
    const int active = static_cast<int>(m_repository.activeIds().size());
    if (askAboutScans && active > 0
        && !m_confirm(tr("%n scan(s) still running. Quit ScanDash? They go on at AppVet "
                         "and are watched again when ScanDash next starts.",
                         nullptr, active)))
        return false;
    // What failed to be written gets one more try; what still fails is said.
    if (m_controller.saveUnsaved())
        return true;
    const core::ScanController::Unsaved lost = m_controller.unsaved();
    const QString question
        = tr("The scan history cannot be written (%1). If ScanDash quits now, these are lost: "
             "%2, %3, %4. Quit anyway, or keep ScanDash open and try again later?")
              .arg(m_historyProblem.isEmpty() ? tr("unknown reason") : m_historyProblem,
                   tr("%n scan(s)", nullptr, lost.scans),
                   tr("%n event(s)", nullptr, static_cast<int>(lost.events)),
                   tr("%n report(s)", nullptr, lost.reports));
    if (m_confirmLoss(question))
        return true;
    bringToFront();
    return false;
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/listHeader"), m_list->header()->saveState());
    m_filterBar->saveState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_quitting || QApplication::closingDown()) {
        QMainWindow::closeEvent(event);
        return;
    }
    // Closing the window (not Quit) is what may keep watching in the tray.
    bool askAboutScans = true;
    const int active = static_cast<int>(m_repository.activeIds().size());
    if (active > 0 && m_tray && m_tray->isVisible()) {
        // Asked once; the answer is kept.
        QSettings settings;
        const QString key = QStringLiteral("window/keepWatchingInTray");
        if (!settings.contains(key))
            settings.setValue(key,
                              m_confirm(tr("%n scan(s) still running. Keep watching them from "
                                           "the tray icon? (ScanDash will remember.)",
                                           nullptr, active)));
        if (settings.value(key).toBool()) {
            saveWindowState();
            hide();
            event->ignore();
            return;
        }
        askAboutScans = false; // they chose to quit, not to watch
    }
    if (!confirmQuit(askAboutScans)) {
        event->ignore();
        return;
    }
    m_quitting = true;
    saveWindowState();
    QMainWindow::closeEvent(event);
    emit quitConfirmed();
}

} // namespace ui
