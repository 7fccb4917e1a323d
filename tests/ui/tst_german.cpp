// ScanDash in German: run with LANG=de_DE.UTF-8 (ctest sets it). Strings from
// core and from the window are translated, plurals follow German, and Qt's
// own dialogs speak German too.
#include "../common/teststack.h"
#include "api/urlpolicy.h"
#include "gradepanel.h"
#include "mainwindow.h"
#include "newscanbar.h"
#include "progressdelegate.h"
#include "report/comparison.h"
#include "settings/apikeysource.h"
#include "model/eventlogmodel.h"
#include "model/scanlistmodel.h"
#include "scancontroller.h"
#include "settings/translations.h"

#include <QAccessible>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class GermanTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(QLocale().language(), QLocale::German); // from LANG
        core::installTranslations(*QCoreApplication::instance());
    }

    void coreSpeaksGerman()
    {
        core::Scan scan;
        scan.state = core::ScanState::Completed;
        QCOMPARE(core::ScanListModel::statusText(scan), QStringLiteral("fertig"));
        scan.state = core::ScanState::Scanning;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        core::WatchInfo watching;
        watching.expectedEndAt = now.addSecs(150);
        QCOMPARE(core::ScanListModel::remainingText(scan, watching, now),
                 QStringLiteral("etwa 3 Minuten übrig"));
        watching.expectedEndAt = now.addSecs(70);
        QCOMPARE(core::ScanListModel::remainingText(scan, watching, now),
                 QStringLiteral("etwa 1 Minute übrig"));
        core::ScanRepository repository;
        core::ScanListModel model(repository);
        QCOMPARE(model.headerData(core::ScanListModel::SiteColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Website"));

        // The URL policy's refusal, from core's API layer.
        QCOMPARE(core::checkScanTarget(QStringLiteral("ftp://files.example")).refusal,
                 QStringLiteral("Nur http://- und https://-Adressen lassen sich scannen."));
        // A message the controller sends, with its German plural.
        TestStack stack(600, 20.0);
        stack.client->setApiKey(QString());
        QSignalSpy deferred(stack.controller.get(), &core::ScanController::launchDeferred);
        stack.controller->startScan(QStringLiteral("https://a.example"), QStringLiteral("seo"));
        stack.controller->startScan(QStringLiteral("https://b.example"), QStringLiteral("seo"));
        QCOMPARE(deferred.last().first().toString(),
                 QStringLiteral("Warten auf einen API-Schlüssel: 2 Scans starten, sobald einer "
                                "angegeben ist."));
    }

    /// What the delegates paint and the widgets show, not only model data.
    void paintedStringsSpeakGerman()
    {
        core::ScanRepository repository;
        core::ScanListModel model(repository);
        core::ScanStatus queued;
        queued.id = QStringLiteral("scan_q");
        queued.url = QStringLiteral("https://a.example");
        queued.type = QStringLiteral("seo");
        queued.state = core::ScanState::Queued;
        repository.add(queued);
        QCOMPARE(ui::ProgressDelegate::barText(
                     model.indexForId("scan_q", core::ScanListModel::ProgressColumn)),
                 QStringLiteral("wartet"));
        QCOMPARE(model.indexForId("scan_q", core::ScanListModel::TypeColumn).data().toString(),
                 QStringLiteral("SEO"));

        ui::NewScanBar bar;
        QStringList types;
        for (int i = 0; i < bar.typeBox()->count(); ++i)
            types.append(bar.typeBox()->itemText(i));
        QCOMPARE(types, QStringList({ "Sicherheit", "Leistung", "Barrierefreiheit", "SEO" }));

        core::Scan scan;
        scan.state = core::ScanState::Completed;
        scan.result = core::ScanResult { 71, QStringLiteral("C"), QStringLiteral("/r") };
        scan.summary = core::ReportSummary { 4, 2, 1, 1, 0, 0, 0, 0 };
        ui::GradePanel panel;
        panel.showScan(scan);
        QCOMPARE(panel.summaryLabel()->text(),
                 QStringLiteral("4 Prüfungen: 2 bestanden, 1 fehlgeschlagen, 1 Warnung"));
        QCOMPARE(QAccessible::queryAccessibleInterface(panel.gradeLabel())
                     ->text(QAccessible::Name),
                 QStringLiteral("Note C"));

        QCOMPARE(core::checkScanTarget(QStringLiteral("https://exa%zzmple.com")).refusal,
                 QStringLiteral("„https://exa%zzmple.com“ ist keine gültige Adresse."));
        qputenv("APPVET_API_KEY", "avk_live_x");
        QCOMPARE(core::keyFromEnvironmentOrCliConfig(QDir::tempPath()).source,
                 QStringLiteral("Variable APPVET_API_KEY"));
        qunsetenv("APPVET_API_KEY");
    }

    void theWindowAndQtSpeakGerman()
    {
        TestStack stack(600, 20.0);
        core::ScanListModel scans(*stack.repository);
        core::EventLogModel events(*stack.repository);
        ui::MainWindow window(*stack.controller, *stack.repository, scans, events);
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus.append(action->text());
        QCOMPARE(menus.first(), QStringLiteral("&Datei"));
        QVERIFY(menus.contains(QStringLiteral("&Hilfe")));
        // Qt's own buttons, from qtbase's translation.
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        // Dates follow the locale.
        QVERIFY(QLocale()
                    .toString(QDate(2026, 11, 28), QLocale::LongFormat)
                    .contains(QStringLiteral("November")));
    }
};

QTEST_MAIN(GermanTest)
#include "tst_german.moc"
