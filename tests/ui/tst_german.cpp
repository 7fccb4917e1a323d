// ScanDash in German: run with LANG=de_DE.UTF-8 (ctest sets it). Strings from
// core and from the window are translated, plurals follow German, and Qt's
// own dialogs speak German too.
#include "../common/listfit.h"
#include "../common/nextupdatefit.h"
#include "../common/paintedtext.h"
#include "../common/teststack.h"
#include "api/parse.h"
#include "api/urlpolicy.h"
#include "detailpane.h"
#include "findingsview.h"
#include "gradepanel.h"
#include "mainwindow.h"
#include "model/eventlogmodel.h"
#include "model/scanlistmodel.h"
#include "newscanbar.h"
#include "progressdelegate.h"
#include "report/comparison.h"
#include "scancontroller.h"
#include "settings/apikeysource.h"
#include "settings/translations.h"

#include <QAccessible>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QXmlStreamReader>

namespace {

/// The English source texts of the German translation, as patterns (a
/// placeholder matches anything), of the messages whose German differs; and
/// the German translations, as patterns too. Only texts with a word of three
/// letters or more of their own: "%1 %2" would match anything.
struct Catalogue
{
    QList<QRegularExpression> english;
    QList<QRegularExpression> german;
};

QRegularExpression wholeMatch(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(?:n|L?\\d+)"));
    QString pattern;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        pattern += QRegularExpression::escape(text.mid(from, match.capturedStart() - from));
        pattern += QStringLiteral(".*");
        from = match.capturedEnd();
    }
    pattern += QRegularExpression::escape(text.mid(from));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                              QRegularExpression::DotMatchesEverythingOption);
}

Catalogue readCatalogue(const QString &path)
{
    QFile file(path);
    Catalogue catalogue;
    if (!file.open(QIODevice::ReadOnly))
        return catalogue;
    static const QRegularExpression ownWord(QStringLiteral("(?<![%\\w])[A-Za-z]{3,}"));
    QXmlStreamReader xml(&file);
    QString source;
    QStringList translations;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            source.clear();
            translations.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement()
                   && (xml.name() == QLatin1String("translation")
                       || xml.name() == QLatin1String("numerusform"))) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.trimmed().isEmpty())
                translations.append(text);
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            for (const QString &translation : std::as_const(translations))
                if (translation.contains(ownWord)) // "%1 %2" would excuse anything
                    catalogue.german.append(wholeMatch(translation));
            if (!translations.contains(source) && source.contains(ownWord))
                catalogue.english.append(wholeMatch(source));
        }
    }
    return catalogue;
}

/// The painted strings that read as ScanDash's English: they match an English
/// source text and no German translation.
QStringList englishIn(const QStringList &painted, const Catalogue &catalogue)
{
    QStringList leaks;
    for (const QString &text : painted) {
        const auto matches
            = [&text](const QRegularExpression &pattern) { return pattern.match(text).hasMatch(); };
        if (std::any_of(catalogue.english.begin(), catalogue.english.end(), matches)
            && std::none_of(catalogue.german.begin(), catalogue.german.end(), matches))
            leaks.append(text);
    }
    return leaks;
}

} // namespace

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
                 QStringLiteral("ca. 3 Minuten übrig"));
        watching.expectedEndAt = now.addSecs(70);
        QCOMPARE(core::ScanListModel::remainingText(scan, watching, now),
                 QStringLiteral("ca. 1 Minute übrig"));
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

    void theNextUpdateColumnFitsItsUsualTexts()
    {
        // At the window's first size the list's "Next update" texts are
        // whole, not "next in 1m …" or "less than a …".
        const QStringList cut = nextUpdateTextsCutOffAtFirstSize();
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(" | "))));
    }
    void theListShowsTheSitesWholeAndEveryColumn()
    {
        // At the window's first size the Site column shows at least the
        // demo's hosts whole, not "https://sho…", and the other columns
        // their usual texts and titles, all in view.
        const QStringList cut = listTextsCutOffAtFirstSize(false);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(" | "))));
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
        QCOMPARE(QAccessible::queryAccessibleInterface(panel.gradeLabel())->text(QAccessible::Name),
                 QStringLiteral("Note C"));

        QCOMPARE(core::checkScanTarget(QStringLiteral("https://exa%zzmple.com")).refusal,
                 QStringLiteral("„https://exa%zzmple.com“ ist keine gültige Adresse."));
        qputenv("APPVET_API_KEY", "avk_live_x");
        QCOMPARE(core::keyFromEnvironmentOrCliConfig(QDir::tempPath()).source,
                 QStringLiteral("Variable APPVET_API_KEY"));
        qunsetenv("APPVET_API_KEY");
    }

    /// The scan list as painted, with its progress delegate on a queued and a
    /// running scan, and the findings view with its severity chips: German
    /// words appear, and no painted string is ScanDash's English.
    void paintedListAndFindingsSpeakGerman()
    {
        const Catalogue catalogue = readCatalogue(QString::fromUtf8(SCANDASH_TS_DE));
        QVERIFY(catalogue.english.size() > 100);
        QVERIFY(!englishIn({ QStringLiteral("queued"), QStringLiteral("about 3 min left") },
                           catalogue)
                     .isEmpty()); // the check itself sees English

        TestStack stack(600, 20.0);
        stack.scheduler->setPaused(true); // the rows stay as this test sets them
        core::ScanRepository &repository = *stack.repository;
        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-300);
        core::ScanStatus queued;
        queued.id = QStringLiteral("scan_q");
        queued.url = QStringLiteral("https://q.example");
        queued.type = QStringLiteral("seo");
        queued.state = core::ScanState::Queued;
        queued.createdAt = started;
        core::ScanStatus running = queued;
        running.id = QStringLiteral("scan_r");
        running.url = QStringLiteral("https://r.example");
        running.type = QStringLiteral("accessibility");
        running.state = core::ScanState::Scanning;
        running.progress = 40;
        core::ScanStatus done = queued;
        done.id = QStringLiteral("scan_d");
        done.url = QStringLiteral("https://d.example");
        done.type = QStringLiteral("security");
        done.state = core::ScanState::Completed;
        done.progress = 100;
        done.result
            = core::ScanResult { 71, QStringLiteral("C"), QStringLiteral("/report/scan_d") };
        done.completedAt = started.addSecs(125);
        QVERIFY(repository.add(done));
        QVERIFY(repository.add(running));
        QVERIFY(repository.add(queued));
        // (A raw string literal here would hide the class from moc.)
        const QByteArray body = QByteArrayLiteral(
            "{'id': 'scan_d', 'type': 'security', 'url': 'https://d.example', 'score': 71,"
            " 'grade': 'C', 'created_at': '2026-11-28T10:00:00Z',"
            " 'completed_at': '2026-11-28T10:02:05Z',"
            " 'categories': [{'name': 'tls', 'score': 60, 'checks': ["
            "  {'name': 'x1', 'status': 'fail', 'severity': 'critical', 'message': 'm1'},"
            "  {'name': 'x2', 'status': 'fail', 'severity': 'high', 'message': 'm2'},"
            "  {'name': 'x3', 'status': 'warn', 'severity': 'medium', 'message': 'm3'},"
            "  {'name': 'x4', 'status': 'fail', 'severity': 'low', 'message': 'm4', 'fix': 'f4'},"
            "  {'name': 'x5', 'status': 'pass', 'severity': null, 'message': 'm5'}]}],"
            " 'summary': {'total_checks': 5, 'passed': 1, 'failed': 3, 'warnings': 1,"
            "  'critical': 1, 'high': 1, 'medium': 1, 'low': 1}}");
        const auto report = core::parseReport(QByteArray(body).replace('\'', '"'));
        QVERIFY2(report.ok(), qPrintable(report.error));
        repository.setReport(QStringLiteral("scan_d"), *report.value);

        core::ScanListModel scans(repository);
        core::EventLogModel events(repository);
        ui::MainWindow window(*stack.controller, repository, scans, events);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeView *list = window.scanView();
        list->header()->resizeSections(QHeaderView::ResizeToContents);

        QStringList painted = paintedTexts(list);
        QVERIFY2(painted.contains(QStringLiteral("wartet")), qPrintable(painted.join('|')));
        QVERIFY2(painted.contains(QStringLiteral("40%")), qPrintable(painted.join('|')));
        QVERIFY2(painted.contains(QStringLiteral("läuft")), qPrintable(painted.join('|')));
        QVERIFY2(painted.contains(QStringLiteral("Barrierefreiheit")),
                 qPrintable(painted.join('|')));
        QVERIFY2(painted.contains(QStringLiteral("Website")), qPrintable(painted.join('|')));
        QVERIFY2(englishIn(painted, catalogue).isEmpty(),
                 qPrintable(englishIn(painted, catalogue).join('|')));

        window.selectScan(QStringLiteral("scan_d"));
        ui::DetailPane *detail = window.detailPane();
        auto *findings = detail->findChild<ui::FindingsView *>();
        QVERIFY(findings);
        detail->tabs()->setCurrentWidget(findings);
        QTRY_COMPARE(findings->table()->model()->rowCount(), 5);
        findings->table()->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
        painted = paintedTexts(findings);
        for (const char *word : { "kritisch", "hoch", "mittel", "niedrig", "Schweregrad" })
            QVERIFY2(painted.contains(QString::fromUtf8(word)),
                     qPrintable(QString::fromUtf8(word) + QStringLiteral(" not in ")
                                + painted.join('|')));
        QVERIFY2(englishIn(painted, catalogue).isEmpty(),
                 qPrintable(englishIn(painted, catalogue).join('|')));
        // The pane around it too: the grade, the summary, the tab titles.
        painted = paintedTexts(detail);
        QVERIFY2(englishIn(painted, catalogue).isEmpty(),
                 qPrintable(englishIn(painted, catalogue).join('|')));
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
