// Batch import: several sites pasted, dropped or read from a file.
#include "mainwindow.h"

#include "domain/sitebatch.h"
#include "newscanbar.h"
#include "scancontroller.h"
#include "text/displaytext.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>

namespace ui {

QString MainWindow::readSiteList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_bar->showError(QString(), tr("Could not read %1: %2").arg(path, file.errorString()));
        return QString();
    }
    constexpr qint64 kMaxListBytes = 1024 * 1024;
    return QString::fromUtf8(file.read(kMaxListBytes));
}

void MainWindow::startBatch(const QString &text, const QString &type)
{
    const core::SiteBatch batch = core::parseSiteBatch(text, type, m_controller.runningSiteKeys());
    if (batch.toStart.isEmpty()) {
        m_bar->showError(text.left(200),
                         batch.invalid.isEmpty() && batch.duplicates.isEmpty()
                             ? tr("No site to scan was found.")
                             : tr("No new site to scan: %n not an address, %1 already listed.",
                                  nullptr, batch.invalid.size())
                                   .arg(batch.duplicates.size()));
        return;
    }
    const std::optional<core::Usage> usage = m_controller.usage();
    if (usage && usage->scans.limit > 0 && batch.toStart.size() > usage->scans.remaining) {
        m_bar->showError(QString(),
                         tr("%n site(s) to scan, but only %1 scans are left this month: nothing "
                            "was started.",
                            nullptr, batch.toStart.size())
                             .arg(usage->scans.remaining));
        return;
    }
    // One confirmation says what will start, what will not, and why.
    constexpr int kListed = 15;
    QStringList lines {
        tr("Start %n %1 scan(s)?", nullptr, batch.toStart.size()).arg(core::displayText(type, 40))
    };
    for (int i = 0; i < batch.toStart.size() && i < kListed; ++i)
        lines.append(QStringLiteral("  ") + core::displayText(batch.toStart.at(i).toString(), 120));
    if (batch.toStart.size() > kListed)
        lines.append(tr("  … and %n more", nullptr, batch.toStart.size() - kListed));
    if (!batch.invalid.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Not started, not an address (%n):", nullptr, batch.invalid.size()));
        for (int i = 0; i < batch.invalid.size() && i < kListed; ++i)
            lines.append(QStringLiteral("  %1 — %2")
                             .arg(core::displayText(batch.invalid.at(i).input, 80),
                                  batch.invalid.at(i).reason));
    }
    if (!batch.duplicates.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Not started, already in the batch or running (%n):", nullptr,
                        batch.duplicates.size()));
        for (int i = 0; i < batch.duplicates.size() && i < kListed; ++i)
            lines.append(QStringLiteral("  ") + core::displayText(batch.duplicates.at(i), 120));
    }
    if (usage && usage->concurrentScans > 0 && batch.toStart.size() > usage->concurrentScans)
        lines.append(QString() + QLatin1Char('\n')
                     + tr("Your plan runs %1 scans at once: the others wait in the list and "
                          "start as scans end.")
                           .arg(usage->concurrentScans));
    if (!m_confirm(lines.join(QLatin1Char('\n'))))
        return;
    m_bar->urlEdit()->clear();
    for (const QUrl &url : batch.toStart)
        m_controller.startScan(url.toString(), type);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // Dropped addresses, or files listing sites (text or CSV).
    QStringList parts;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls)
        parts.append(url.isLocalFile() ? readSiteList(url.toLocalFile()) : url.toString());
    if (urls.isEmpty())
        parts.append(event->mimeData()->text());
    event->acceptProposedAction();
    startBatch(parts.join(QLatin1Char('\n')), m_bar->typeBox()->currentData().toString());
}

} // namespace ui
