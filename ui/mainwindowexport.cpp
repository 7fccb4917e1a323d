// Export, compare and opening a report in the browser.
#include "comparedialog.h"
#include "detailpane.h"
#include "domain/scansource.h"
#include "exporting.h"
#include "gradepanel.h"
#include "mainwindow.h"
#include "model/scanfiltermodel.h"
#include "scancontroller.h"
#include "triagecontroller.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeView>
#include <QUrl>

namespace ui {

QString MainWindow::exportReportTo(const QString &scanId, const QString &path)
{
    const auto report = m_controller.report(scanId);
    if (!report)
        return tr("The report of this scan has not been fetched yet.");
    QString error;
    if (!ui::exportReport(*report, path, &error, m_controller.triage().suppressedChecks(*report)))
        return error;
    statusBar()->showMessage(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return QString();
}

void MainWindow::exportReport(const QString &scanId)
{
    const core::Scan *scan = m_repository.find(scanId);
    if (!scan)
        return;
    if (!m_controller.report(scanId)) {
        m_pendingExport = scanId;
        m_controller.fetchReport(scanId);
        statusBar()->showMessage(
            tr("Fetching the report; you will be asked where to save it when it is here."), 15000);
        return;
    }
    // The site and the day: a name the analyst can keep (the host is the
    // server's text: only letters, digits, dots and hyphens are kept).
    QString site = QUrl(scan->url).host();
    site.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]")), QStringLiteral("-"));
    const QString day = (scan->completedAt.isValid() ? scan->completedAt : scan->createdAt)
                            .toLocalTime()
                            .toString(QStringLiteral("yyyy-MM-dd"));
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("%1-%2.pdf").arg(site.isEmpty() ? scanId : site, day));
    const QString path = m_askSavePath
        ? m_askSavePath(suggested)
        : QFileDialog::getSaveFileName(
            this, tr("Export report"), suggested,
            tr("PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON as received (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = exportReportTo(scanId, path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export report"), error);
}

QString MainWindow::exportListTo(const QString &path)
{
    QString error;
    if (!ui::exportScanList(*m_filter, path, &error))
        return error;
    statusBar()->showMessage(tr("%n scan(s) saved to %1.", nullptr, m_filter->rowCount())
                                 .arg(QDir::toNativeSeparators(path)),
                             8000);
    return QString();
}

void MainWindow::compareScans(const QString &first, const QString &second)
{
    const core::Scan *a = m_repository.find(first);
    const core::Scan *b = m_repository.find(second);
    if (!a || !b || first == second)
        return;
    if (core::siteKey(a->url, a->type) != core::siteKey(b->url, b->type)) {
        statusBar()->showMessage(tr("Pick two scans of the same site and type to compare."), 8000);
        return;
    }
    if (!a->result || !b->result) {
        statusBar()->showMessage(tr("Only finished scans with a grade can be compared."), 8000);
        return;
    }
    m_pendingCompare = a->createdAt <= b->createdAt ? QStringList { first, second }
                                                    : QStringList { second, first };
    for (const QString &id : std::as_const(m_pendingCompare)) {
        if (!m_controller.report(id))
            m_controller.fetchReport(id);
    }
    openPendingComparison();
}

CompareDialog *MainWindow::compareDialog() const
{
    return m_compareDialog;
}

void MainWindow::openPendingComparison()
{
    if (m_pendingCompare.size() != 2)
        return;
    const auto older = m_controller.report(m_pendingCompare.at(0));
    const auto newer = m_controller.report(m_pendingCompare.at(1));
    if (!older || !newer) {
        statusBar()->showMessage(tr("Fetching the reports to compare…"), 5000);
        return;
    }
    m_pendingCompare.clear();
    if (m_compareDialog)
        m_compareDialog->close();
    m_compareDialog = new CompareDialog(m_controller.triage().compare(*older, *newer), this);
    m_compareDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_compareDialog->show();
}

void MainWindow::openReport(const QString &scanId)
{
    openReportLink(scanId, true);
}

void MainWindow::openReportLink(const QString &scanId, bool askIfMissing)
{
    const core::CheckedUrl link = m_controller.reportLink(scanId);
    if (!link.ok() && askIfMissing && m_controller.fetchDetails(scanId)) {
        m_pendingOpen = scanId;
        // Short: the status bar's own widgets leave it little room.
        statusBar()->showMessage(tr("Asking AppVet for the report's link…"), 30000);
        return;
    }
    if (!askIfMissing)
        statusBar()->clearMessage(); // the link came: what follows says what happened
    // Beside the scan's grade where it is shown (else, opened from a
    // notification, in the status bar).
    const auto say = [this, &scanId](const QString &message) {
        if (m_detail->scanId() == scanId)
            m_detail->gradePanel()->showLinkMessage(message);
        else
            statusBar()->showMessage(message, 10000);
    };
    if (!link.ok()) {
        say(link.refusal);
        return;
    }
    if (!m_openUrl(link.url)) {
        say(tr("No browser could be started to open %1.").arg(link.url.toDisplayString()));
        return;
    }
    m_detail->gradePanel()->showLinkMessage(QString());
    statusBar()->showMessage(tr("Opened %1 in the browser.").arg(link.url.toDisplayString()), 5000);
}

} // namespace ui
