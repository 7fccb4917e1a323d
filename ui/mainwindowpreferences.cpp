// File → Preferences.
#include "mainwindow.h"
#include "newscanbar.h"
#include "notifier.h"
#include "preferencesdialog.h"
#include "scancontroller.h"
#include "style.h"
#include "triagedialog.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>

namespace ui {

void MainWindow::showPreferences()
{
    QSettings settings;
    PreferencesDialog::Values values;
    values.apiUrl
        = settings.value(QStringLiteral("connection/apiUrl"), m_controller.apiBaseUrl().toString())
              .toString();
    values.intervalSeconds = m_controller.pollIntervalMs() / 1000;
    values.scanType = m_bar->typeBox()->currentData().toString();
    values.notifyCompleted = Notifier::isEnabled(false);
    values.notifyFailed = Notifier::isEnabled(true);
    values.theme
        = settings.value(QStringLiteral("appearance/theme"), QStringLiteral("system")).toString();
    values.triageName = TriageDialog::defaultName();
    PreferencesDialog dialog(values, m_controller, this);
    dialog.apiKeyEdit()->setPlaceholderText(tr("Unchanged (kept in the keyring)"));
    if (m_preferencesShown)
        m_preferencesShown(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PreferencesDialog::Values chosen = dialog.values();
    QStringList later;
    if (chosen.apiUrl != values.apiUrl) {
        settings.setValue(QStringLiteral("connection/apiUrl"), chosen.apiUrl);
        later.append(tr("the API URL"));
    }
    if (!chosen.apiKey.isEmpty())
        emit keyEntered(chosen.apiKey);
    if (chosen.intervalSeconds != values.intervalSeconds) {
        m_controller.setPollInterval(chosen.intervalSeconds * 1000);
        settings.setValue(QStringLiteral("pollIntervalSeconds"), chosen.intervalSeconds);
        for (QAction *action : m_intervals->actions())
            action->setChecked(action->data().toInt() == chosen.intervalSeconds);
    }
    settings.setValue(QStringLiteral("scan/defaultType"), chosen.scanType);
    m_bar->typeBox()->setCurrentIndex(qMax(0, m_bar->typeBox()->findData(chosen.scanType)));
    Notifier::setEnabled(false, chosen.notifyCompleted);
    Notifier::setEnabled(true, chosen.notifyFailed);
    if (chosen.triageName != values.triageName)
        TriageDialog::setDefaultName(chosen.triageName);
    if (chosen.theme != values.theme) {
        settings.setValue(QStringLiteral("appearance/theme"), chosen.theme);
        if (chosen.theme == QLatin1String("system"))
            later.append(tr("the desktop's theme"));
        else
            applyTheme(themeFromName(chosen.theme));
    }
    if (!later.isEmpty())
        statusBar()->showMessage(tr("Used from the next start: %1.").arg(later.join(tr(", "))),
                                 10000);
}

} // namespace ui
