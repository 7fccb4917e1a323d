// File → Load policy…, Stop using the policy, Export triage as policy…: the
// policy file a team keeps in its repository, in the window.
#include "mainwindow.h"
#include "scancontroller.h"
#include "text/displaytext.h"
#include "triagecontroller.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>

namespace ui {

namespace {

QString policyFilter()
{
    return MainWindow::tr("Policy files (*.yml *.yaml);;All files (*)");
}

} // namespace

void MainWindow::createPolicyActions(QMenu *fileMenu)
{
    core::TriageController &triage = m_controller.triage();
    auto *load = fileMenu->addAction(tr("Load &policy…"));
    load->setToolTip(tr("Use a policy file (YAML) kept with your code: its suppressions and "
                        "rules count beside this window's triage"));
    connect(load, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load policy"), QDir::homePath(),
                                                          policyFilter());
        if (!path.isEmpty())
            loadPolicy(path);
    });
    auto *stop = fileMenu->addAction(tr("Stop using the policy"));
    auto *exportTriage = fileMenu->addAction(tr("Export triage as policy…"));
    exportTriage->setToolTip(
        tr("Write this window's suppressions as a policy file for the command line and CI"));
    connect(exportTriage, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export triage as policy"),
            QDir::home().filePath(QStringLiteral("scandash-policy.yml")), policyFilter());
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(m_controller.triage().triageAsPolicy()) < 0 || !file.commit()) {
            QMessageBox::warning(this, tr("Export triage as policy"),
                                 tr("Could not write %1: %2")
                                     .arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        statusBar()->showMessage(tr("%n suppression(s) written to %1.", nullptr,
                                    m_controller.triage().suppressions().size())
                                     .arg(QDir::toNativeSeparators(path)),
                                 8000);
    });
    const auto update = [this, stop, exportTriage] {
        const core::TriageController &triage = m_controller.triage();
        stop->setEnabled(!triage.policyFile().isEmpty());
        stop->setText(
            triage.policyFile().isEmpty()
                ? tr("Stop using the policy")
                : tr("Stop using %1")
                      .arg(core::displayText(QFileInfo(triage.policyFile()).fileName(), 60)));
        exportTriage->setEnabled(!triage.suppressions().isEmpty());
    };
    connect(stop, &QAction::triggered, this, [this] {
        m_controller.triage().clearPolicyFile();
        statusBar()->showMessage(tr("The policy file is no longer used."), 8000);
    });
    connect(&triage, &core::TriageController::changed, this, update);
    update();
    if (!triage.policyFileProblem().isEmpty()) {
        // Said once the window is up, not as a dialog before it.
        QMetaObject::invokeMethod(
            this,
            [this] {
                statusBar()->showMessage(
                    tr("The policy file was not loaded: %1")
                        .arg(core::displayText(m_controller.triage().policyFileProblem(), 300)),
                    15000);
            },
            Qt::QueuedConnection);
    }
}

bool MainWindow::loadPolicy(const QString &path)
{
    core::TriageController &triage = m_controller.triage();
    if (const auto error = triage.loadPolicyFile(path)) {
        QMessageBox::warning(this, tr("Load policy"),
                             tr("The policy was not loaded; nothing of it applies.\n\n%1")
                                 .arg(core::displayText(error->text(), 500)));
        return false;
    }
    const core::Policy &policy = triage.filePolicy();
    statusBar()->showMessage(tr("Policy %1: %2, %3.")
                                 .arg(QDir::toNativeSeparators(path),
                                      tr("%n suppression(s)", nullptr, policy.suppress.size()),
                                      tr("%n rule(s)", nullptr, policy.rules.size())),
                             8000);
    return true;
}

} // namespace ui
