// The Scan menu and its actions, the scan list's context menu, and removal.
#include "domain/scansource.h"
#include "mainwindow.h"
#include "model/scanfiltermodel.h"
#include "model/scanlistmodel.h"
#include "scancontroller.h"
#include "text/displaytext.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTreeView>

namespace ui {

void MainWindow::createActions()
{
    auto *scanMenu = menuBar()->addMenu(tr("&Scan"));
    auto add = [this, scanMenu](const QString &text, const QKeySequence &key, auto handler) {
        auto *action = scanMenu->addAction(text);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, [this, handler] {
            const QString id = currentScanId();
            if (!id.isEmpty())
                handler(id);
        });
        return action;
    };
    m_openReportAction = add(tr("&Open report"), QKeySequence(Qt::Key_Return),
                             [this](const QString &id) { openReport(id); });
    m_checkNowAction = add(tr("&Check now"), QKeySequence::Refresh,
                           [this](const QString &id) { m_controller.pollNow(id); });
    m_rescanAction = add(tr("&Rescan"), QKeySequence(Qt::CTRL | Qt::Key_R),
                         [this](const QString &id) { m_controller.rescan(id); });
    m_stopAction = add(tr("S&top watching"), QKeySequence(),
                       [this](const QString &id) { m_controller.stopWatching(id); });
    m_compareAction
        = add(tr("Co&mpare…"), QKeySequence(Qt::CTRL | Qt::Key_D), [this](const QString &id) {
              // Two rows selected: those; otherwise the scan and the one before.
              const QStringList selected = selectedScanIds();
              if (selected.size() == 2) {
                  compareScans(selected.at(0), selected.at(1));
              } else if (const core::Scan *previous = m_repository.previousWithResult(id)) {
                  compareScans(previous->id, id);
              } else {
                  statusBar()->showMessage(tr("No earlier graded scan of this site and type to "
                                              "compare with."),
                                           8000);
              }
          });
    scanMenu->addSeparator();
    m_copyUrlAction = add(tr("Copy &address"), QKeySequence(), [this](const QString &id) {
        if (const core::Scan *scan = m_repository.find(id))
            QApplication::clipboard()->setText(scan->url);
    });
    m_copyIdAction = add(tr("Copy scan &id"), QKeySequence(),
                         [](const QString &id) { QApplication::clipboard()->setText(id); });
    scanMenu->addSeparator();
    m_removeAction
        = add(tr("Re&move"), QKeySequence::Delete, [this](const QString &id) { removeScan(id); });
    // Enter, Delete and F5 belong to the list: in the address bar they edit
    // text (Enter there starts a scan). Enter reaches the list as activated().
    for (auto *action : { m_openReportAction, m_removeAction, m_checkNowAction })
        action->setShortcutContext(Qt::WidgetShortcut);
    m_list->addActions({ m_removeAction, m_checkNowAction });
    m_undoAction = scanMenu->addAction(tr("&Undo remove"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        const int before = m_repository.count();
        m_controller.undo();
        if (m_repository.count() > before) {
            // Only the scan brought back is selected; "Removed…" is over.
            selectScan(m_repository.at(m_repository.count() - 1).id);
            const QModelIndex current = m_list->currentIndex();
            if (current.isValid())
                m_list->selectionModel()->select(
                    current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            statusBar()->showMessage(tr("Brought back."), 4000);
        }
    });
    addAction(m_undoAction);
}

void MainWindow::updateActions()
{
    const core::Scan *scan = m_repository.find(currentScanId());
    for (auto *action : { m_rescanAction, m_removeAction, m_copyUrlAction, m_copyIdAction })
        action->setEnabled(scan != nullptr);
    m_openReportAction->setEnabled(scan && scan->result.has_value());
    m_checkNowAction->setEnabled(scan && !core::isTerminal(scan->state));
    m_stopAction->setEnabled(scan && core::isActive(scan->watch));
    m_compareAction->setEnabled(scan && scan->result);
    m_exportReportAction->setEnabled(scan && scan->result);
    m_undoAction->setEnabled(m_controller.canUndo());
    m_undoAction->setText(m_controller.undoIsTriage() ? tr("&Undo triage") : tr("&Undo remove"));
}

void MainWindow::removeScan(const QString &scanId)
{
    const core::Scan *scan = m_repository.find(scanId);
    if (!scan)
        return;
    if (core::isActive(scan->watch)
        && !m_confirm(tr("The scan of %1 is still running. Remove it from the list and stop "
                         "watching it? It goes on at AppVet; Ctrl+Z brings it back.")
                          .arg(core::displayText(scan->url, 200))))
        return;
    const int row = m_list->currentIndex().row();
    m_controller.remove(scanId);
    // Keep the keyboard where it was: the next row becomes current.
    const QModelIndex next = m_filter->index(qMin(row, m_filter->rowCount() - 1), 0);
    if (next.isValid())
        m_list->setCurrentIndex(next);
    statusBar()->showMessage(tr("Removed. Ctrl+Z brings it back."), 8000);
    updateActions();
}

void MainWindow::showScanMenu(const QModelIndex &index, const QPoint &globalPosition)
{
    const QString id = index.data(core::ScanListModel::ScanIdRole).toString();
    if (!m_repository.find(id))
        return;
    updateActions();
    QMenu menu(this);
    menu.addActions(
        { m_openReportAction, m_checkNowAction, m_rescanAction, m_stopAction, m_compareAction });
    menu.addSeparator();
    menu.addActions({ m_copyUrlAction, m_copyIdAction });
    menu.addSeparator();
    menu.addAction(m_removeAction);
    emit scanMenuShown(id);
    menu.exec(globalPosition);
}

QStringList MainWindow::selectedScanIds() const
{
    QStringList ids;
    for (const QModelIndex &row : m_list->selectionModel()->selectedRows())
        ids.append(row.data(core::ScanListModel::ScanIdRole).toString());
    return ids;
}

} // namespace ui
