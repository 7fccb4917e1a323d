// The detail pane's parts as a user reads them and a screen reader says
// them: the grade, plurals, scan type names and the words painted on bars.
#include "detailpane.h"
#include "filterbar.h"
#include "gradepanel.h"
#include "model/eventlogmodel.h"
#include "model/scanfiltermodel.h"
#include "model/scanlistmodel.h"
#include "newscanbar.h"
#include "progressdelegate.h"
#include "scanstatus.h"
#include "settings/translations.h"
#include "store/scanrepository.h"

#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QTest>

using namespace core;

namespace {

Scan gradedScan(const QString &grade, int score, const ReportSummary &summary)
{
    Scan scan;
    scan.id = QStringLiteral("scan_1");
    scan.url = QStringLiteral("https://a.example");
    scan.type = QStringLiteral("security");
    scan.state = ScanState::Completed;
    scan.result = ScanResult { score, grade, QStringLiteral("/report/scan_1") };
    scan.summary = summary;
    return scan;
}

QStringList itemTexts(const QComboBox *box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts.append(box->itemText(i));
    return texts;
}

} // namespace

class PanelsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*QCoreApplication::instance()); }

    void aScreenReaderSaysTheGradeLetter()
    {
        ui::GradePanel panel;
        panel.showScan(gradedScan(QStringLiteral("C"), 71, { 12, 8, 0, 4, 0, 0, 1, 3 }));
        QAccessibleInterface *grade = QAccessible::queryAccessibleInterface(panel.gradeLabel());
        QVERIFY(grade);
        QCOMPARE(grade->text(QAccessible::Name), QStringLiteral("Grade C"));
    }

    void thePaneCountsInPlurals()
    {
        ui::GradePanel panel;
        panel.showScan(gradedScan(QStringLiteral("B"), 85, { 4, 2, 1, 1, 0, 0, 1, 1 }));
        QVERIFY2(panel.summaryLabel()->text().startsWith(
                     QStringLiteral("4 checks: 2 passed, 1 failed, 1 warning")),
                 qPrintable(panel.summaryLabel()->text()));
        QVERIFY(!panel.summaryLabel()->text().contains(QStringLiteral("warnings")));

        ScanRepository repository;
        EventLogModel events(repository);
        ui::DetailPane pane(repository, events);
        for (const auto &[id, score, daysAgo] :
             { std::tuple { "scan_old", 80, 3 }, std::tuple { "scan_new", 81, 1 } }) {
            ScanStatus status = makeStatus(QString::fromLatin1(id), ScanState::Completed, 100, 1);
            status.url = QStringLiteral("https://a.example");
            status.createdAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
            status.result = ScanResult { score, QStringLiteral("B"), QStringLiteral("/r") };
            repository.add(status);
        }
        pane.setScanId(QStringLiteral("scan_new"));
        QVERIFY2(pane.historyLabel()->text().startsWith(QStringLiteral("▲ 1 point since")),
                 qPrintable(pane.historyLabel()->text()));
    }

    void aScanWaitingToStartShowsNoInternalId()
    {
        // A launch that waits has a placeholder id the user has no use for:
        // the pane names the site and that it waits to start.
        ScanRepository repository;
        EventLogModel events(repository);
        ui::DetailPane pane(repository, events);
        Scan waiting;
        waiting.id = QStringLiteral("waiting-79c9aa0b");
        waiting.url = QStringLiteral("https://a.example");
        waiting.type = QStringLiteral("security");
        waiting.watch = WatchState::Waiting;
        waiting.createdAt = QDateTime::currentDateTimeUtc();
        repository.restore({ waiting, std::nullopt });
        pane.setScanId(waiting.id);
        QCOMPARE(pane.titleLabel()->text(), QStringLiteral("https://a.example"));
        const QString subtitle = pane.subtitleLabel()->text();
        QVERIFY2(!subtitle.contains(QStringLiteral("waiting-"))
                     && subtitle.contains(QStringLiteral("waiting to start")),
                 qPrintable(subtitle));
    }
    void everyComboNamesScanTypesAlike()
    {
        const QStringList names { "Security", "Performance", "Accessibility", "SEO" };
        ui::NewScanBar bar;
        QCOMPARE(itemTexts(bar.typeBox()), names);
        ScanRepository repository;
        ScanListModel model(repository);
        ScanFilterModel filter;
        filter.setSourceModel(&model);
        ui::FilterBar filters(filter);
        QCOMPARE(itemTexts(filters.typeBox()).mid(1), names); // after "All types"
    }

    void theProgressBarSaysQueuedInWords()
    {
        ScanRepository repository;
        ScanListModel model(repository);
        repository.add(makeStatus("scan_q", ScanState::Queued, 0, 0));
        repository.add(makeStatus("scan_s", ScanState::Scanning, 40, 0));
        QCOMPARE(ui::ProgressDelegate::barText(
                     model.indexForId("scan_q", ScanListModel::ProgressColumn)),
                 ScanListModel::tr("queued"));
        QCOMPARE(ui::ProgressDelegate::barText(
                     model.indexForId("scan_s", ScanListModel::ProgressColumn)),
                 QStringLiteral("40%"));
        // Left the queue, its progress not told yet (on the free plan a sweep
        // says it runs long before its own question comes): not a bar stuck
        // at 0 %, for the eye or for a screen reader.
        repository.add(makeStatus("scan_z", ScanState::Scanning, 0, 0));
        const QModelIndex started = model.indexForId("scan_z", ScanListModel::ProgressColumn);
        QCOMPARE(ui::ProgressDelegate::barText(started), ScanListModel::tr("scanning"));
        QVERIFY2(!started.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("0 %")),
                 qPrintable(started.data(Qt::AccessibleTextRole).toString()));
        // The pane says it as the list does.
        EventLogModel events(repository);
        ui::DetailPane pane(repository, events);
        pane.setScanId(QStringLiteral("scan_z"));
        QVERIFY2(!pane.statusLabel()->text().contains(QLatin1String("0%")),
                 qPrintable(pane.statusLabel()->text()));
        QCOMPARE(pane.progressBar()->text(), ScanListModel::tr("scanning"));
        QVERIFY(!pane.progressBar()->accessibleDescription().isEmpty()); // not just "0 %"
        pane.setScanId(QStringLiteral("scan_s"));
        QVERIFY2(pane.statusLabel()->text().contains(QLatin1String("40%")),
                 qPrintable(pane.statusLabel()->text()));
        QCOMPARE(pane.progressBar()->text(), QStringLiteral("40%"));
        QVERIFY(pane.progressBar()->accessibleDescription().isEmpty());
    }
};

QTEST_MAIN(PanelsTest)
#include "tst_panels.moc"
