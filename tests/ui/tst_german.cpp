// ScanDash in German: run with LANG=de_DE.UTF-8 (ctest sets it). Strings from
// core and from the window are translated, plurals follow German, and Qt's
// own dialogs speak German too.
#include "../common/teststack.h"
#include "api/urlpolicy.h"
#include "mainwindow.h"
#include "model/eventlogmodel.h"
#include "model/scanlistmodel.h"
#include "scancontroller.h"
#include "settings/translations.h"

#include <QDialogButtonBox>
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
        scan.expectedEndAt = now.addSecs(150);
        QCOMPARE(core::ScanListModel::remainingText(scan, now),
                 QStringLiteral("etwa 3 Minuten übrig"));
        scan.expectedEndAt = now.addSecs(70);
        QCOMPARE(core::ScanListModel::remainingText(scan, now),
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

    void theWindowAndQtSpeakGerman()
    {
        TestStack stack(600, 20.0);
        core::ScanListModel scans(*stack.repository);
        core::EventLogModel events(*stack.repository);
        ui::MainWindow window(*stack.controller, *stack.repository, *stack.scheduler, scans,
                              events);
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
