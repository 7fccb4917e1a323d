// The status bar (host, key source, budget, quota, history health) and the key dialog.
#include "domain/history.h"
#include "mainwindow.h"
#include "scancontroller.h"
#include "text/displaytext.h"

#include <QDir>
#include <QFontMetrics>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>

#include <utility>

namespace ui {

void MainWindow::watchStore(const core::HistoryStatus &history)
{
    showStoreOpenResult(history);
    connect(&history, &core::HistoryStatus::openResultChanged, this,
            [this, &history] { showStoreOpenResult(history); });
    connect(&history, &core::HistoryStatus::healthChanged, this,
            [this](bool healthy, const QString &reason) {
                m_historyProblem = healthy ? QString() : reason;
                m_historyLabel->setText(healthy ? QString()
                                                : tr("History not saved: %1").arg(reason));
                m_historyLabel->setVisible(!healthy);
                if (healthy)
                    statusBar()->showMessage(tr("History saved again."), 5000);
            });
}

void MainWindow::showStoreOpenResult(const core::HistoryStatus &history)
{
    using Outcome = core::HistoryOpenOutcome;
    const core::HistoryOpenResult &result = history.openResult();
    QString lasting;
    switch (result.outcome) {
    case Outcome::MovedAside: {
        const QString text
            = tr("The scan history could not be used (%1). It was not changed: it was renamed "
                 "to %2 and a new, empty history was started.")
                  .arg(result.reason, QDir::toNativeSeparators(result.movedTo));
        statusBar()->showMessage(text, 60000);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("History file set aside"), text,
                                    QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        break;
    }
    case Outcome::Locked:
        lasting = tr("History not saved: the file is locked by another program (%1); scans are "
                     "kept in memory for this run.")
                      .arg(result.reason);
        break;
    case Outcome::Unwritable:
        lasting = tr("History not saved: the data folder cannot be written (%1); scans are kept "
                     "in memory for this run.")
                      .arg(result.reason);
        break;
    case Outcome::Opened:
        if (result.migratedFrom > 0)
            statusBar()->showMessage(
                tr("History brought up to date (it was version %1).").arg(result.migratedFrom),
                10000);
        break;
    case Outcome::Created:
    case Outcome::InMemory:
        break;
    }
    m_historyLabel->setText(lasting);
    m_historyLabel->setVisible(!lasting.isEmpty());
}

void MainWindow::setConnectionInfo(const QString &apiHost, bool demo)
{
    m_hostLabel->setText(demo ? tr("Demo: built-in simulator at %1").arg(apiHost)
                              : tr("Live: %1").arg(apiHost));
    setWindowTitle(demo ? tr("ScanDash — demo mode") : tr("ScanDash — %1").arg(apiHost));
    m_banner->setVisible(demo);
    m_banner->setText(tr("Demo mode: scans run against ScanDash's built-in AppVet simulator on "
                         "this computer, with a demo key. No account is needed and nothing is "
                         "sent over the network. Start with --api-url and a real key to scan for "
                         "real."));
}

void MainWindow::setKeySource(const QString &source)
{
    m_keyLabel->setText(source.isEmpty() ? tr("No API key") : tr("Key: %1").arg(source));
}

void MainWindow::askForKey(const QString &message)
{
    const QString text
        = (message.isEmpty() ? QString() : core::displayText(message, 600) + QStringLiteral("\n\n"))
        + tr("Enter your AppVet API key (avk_live_…). Polling is paused until a key is "
             "accepted.");
    if (m_keyDialog) {
        m_keyDialog->setLabelText(text);
        return;
    }
    m_keyDialog = new QInputDialog(this);
    m_keyDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_keyDialog->setWindowTitle(tr("AppVet API key"));
    m_keyDialog->setLabelText(text);
    m_keyDialog->setTextEchoMode(QLineEdit::Password);
    m_keyDialog->setInputMode(QInputDialog::TextInput);
    // The message may quote the server: never let it be read as rich text.
    for (auto *label : m_keyDialog->findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    connect(m_keyDialog, &QInputDialog::textValueSelected, this, [this](const QString &key) {
        if (!key.trimmed().isEmpty())
            emit keyEntered(key.trimmed());
    });
    m_keyDialog->open();
}

void MainWindow::onUsage(const core::Usage &usage)
{
    m_quotaLabel->setText(tr("Plan %1 · %2 of %3 scans left this month")
                              .arg(core::displayText(usage.tier, 20),
                                   QString::number(usage.scans.remaining),
                                   QString::number(usage.scans.limit)));
}

void MainWindow::updateBudget(int remaining, int limit)
{
    m_budgetRemaining = remaining;
    m_budgetLimit = limit;
    if (!std::exchange(m_budgetPending, true))
        QMetaObject::invokeMethod(this, &MainWindow::showBudget, Qt::QueuedConnection);
}

void MainWindow::showBudget()
{
    m_budgetPending = false;
    auto text = [](int remaining, int limit) {
        return tr("Requests left: %1 of %2 per minute").arg(remaining).arg(limit);
    };
    const QString shown = text(m_budgetRemaining, m_budgetLimit);
    const QFontMetrics metrics = m_budgetLabel->fontMetrics();
    if (m_budgetLimit != m_budgetSizedFor
        || metrics.horizontalAdvance(shown) > m_budgetLabel->contentsRect().width()) {
        // A label of fixed size does not lay the status bar out again when
        // its text changes: sized for the widest figure the limit allows.
        m_budgetSizedFor = m_budgetLimit;
        const int digits = static_cast<int>(QString::number(qMax(0, m_budgetLimit)).size());
        QSize widest;
        for (const QString &candidate :
             { text(m_budgetLimit, m_budgetLimit), text(m_budgetRemaining, m_budgetLimit),
               tr("Requests left: %1 of %2 per minute")
                   .arg(QString(digits, QLatin1Char('8')), QString(digits, QLatin1Char('8'))) }) {
            m_budgetLabel->setMinimumSize(0, 0);
            m_budgetLabel->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
            m_budgetLabel->setText(candidate);
            widest = widest.expandedTo(m_budgetLabel->sizeHint());
        }
        m_budgetLabel->setFixedSize(widest);
    }
    m_budgetLabel->setText(shown);
}

} // namespace ui
