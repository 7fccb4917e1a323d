// Prints ScanDash's speed and memory figures; asserts nothing. Run:
//   ./build/tests/bench/bench_scandash
#include "api/parse.h"
#include "bench.h"
#include "instance/memory.h"
#include "model/eventlogmodel.h"
#include "model/scanlistmodel.h"
#include "store/scanrepository.h"
#include "store/scanstore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>

using namespace core;

namespace {

QTextStream out(stdout);

QByteArray statusBody(const QString &id, int events)
{
    QJsonArray list;
    for (int i = 0; i < events; ++i)
        list.append(QJsonObject {
            { "time",
              QStringLiteral("12:%1:%2")
                  .arg(i / 60, 2, 10, QLatin1Char('0'))
                  .arg(i % 60, 2, 10, QLatin1Char('0')) },
            { "message",
              QStringLiteral("Starting check number %1 of the security scan").arg(i) } });
    return QJsonDocument(QJsonObject { { "id", id },
                                       { "status", "scanning" },
                                       { "type", "security" },
                                       { "url", "https://example.com" },
                                       { "progress", 50 },
                                       { "events", list },
                                       { "created_at", "2026-03-30T12:00:00Z" } })
        .toJson(QJsonDocument::Compact);
}

/// The naive alternative the design rules out: reset the log model on every poll.
class ResettingLogModel : public QAbstractTableModel
{
public:
    explicit ResettingLogModel(ScanRepository &repository)
        : m_repository(repository)
    {
        connect(&repository, &ScanRepository::eventsAppended, this, [this] {
            beginResetModel();
            endResetModel();
        });
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        const Scan *scan = m_repository.find(QStringLiteral("scan_log"));
        return parent.isValid() || !scan ? 0 : scan->events.size();
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 2;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        const auto &event = m_repository.find(QStringLiteral("scan_log"))->events.at(index.row());
        return index.column() == 0 ? event.time : event.message;
    }

private:
    ScanRepository &m_repository;
};

/// The view the detail pane uses: a table with fixed row heights.
template<typename View> void configure(View &view)
{
    if constexpr (std::is_same_v<View, QTreeView>) {
        view.setUniformRowHeights(true);
    } else {
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(20);
    }
}

template<typename View> double eventLogMs(bool incremental, int polls, int perPoll)
{
    ScanRepository repository;
    ScanStatus created;
    created.id = QStringLiteral("scan_log");
    created.state = ScanState::Scanning;
    repository.add(created);
    EventLogModel appendOnly(repository);
    ResettingLogModel resetting(repository);
    View view;
    configure(view);
    view.resize(600, 400);
    if (incremental) {
        appendOnly.setScanId(created.id);
        view.setModel(&appendOnly);
    } else {
        view.setModel(&resetting);
    }
    view.show();
    QElapsedTimer clock;
    clock.start();
    ScanStatus status = created;
    for (int poll = 1; poll <= polls; ++poll) {
        for (int i = 0; i < perPoll; ++i)
            status.events.append({ QStringLiteral("t%1").arg(status.events.size()),
                                   QStringLiteral("event %1").arg(status.events.size()) });
        repository.merge(status);
        view.scrollToBottom();
        QCoreApplication::processEvents();
    }
    return clock.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    out << "ScanDash benchmark (" << QSysInfo::prettyProductName() << ", Qt " << qVersion()
        << ")\n";
    // Sections to run, by name; none named: all of them.
    const QStringList sections = app.arguments().mid(1);
    auto wanted = [&sections](const char *name) {
        return sections.isEmpty() || sections.contains(QLatin1String(name));
    };

    // 1. Parsing one status answer with 30 events.
    if (wanted("parse")) {
        const QByteArray body = statusBody(QStringLiteral("scan_bench"), 30);
        const int runs = 20000;
        QElapsedTimer clock;
        clock.start();
        int ok = 0;
        for (int i = 0; i < runs; ++i)
            ok += parseScanStatus(body).ok();
        out << QStringLiteral("parse status (30 events, %1 bytes): %2 us per answer (%3 ok)\n")
                   .arg(body.size())
                   .arg(clock.nsecsElapsed() / 1000.0 / runs, 0, 'f', 2)
                   .arg(ok);
    }

    // 2. Merging polls: 200 scans x 30 polls, each poll one event longer.
    for (bool persisted : { false, true }) {
        if (!wanted("merge"))
            break;
        QTemporaryDir dir;
        std::unique_ptr<ScanStore> store;
        if (persisted)
            store = std::make_unique<ScanStore>(dir.filePath(QStringLiteral("bench.sqlite")));
        ScanRepository repository(store.get());
        ScanListModel model(repository);
        QList<ScanStatus> statuses;
        for (int s = 0; s < 200; ++s) {
            ScanStatus status;
            status.id = QStringLiteral("scan_%1").arg(s);
            repository.add(status);
            statuses.append(status);
        }
        QElapsedTimer clock;
        clock.start();
        int merges = 0;
        for (int poll = 0; poll < 30; ++poll) {
            for (auto &status : statuses) {
                status.state = ScanState::Scanning;
                status.progress = poll * 3;
                status.events.append(
                    { QStringLiteral("t%1").arg(poll), QStringLiteral("event %1").arg(poll) });
                repository.merge(status);
                ++merges;
            }
        }
        out << QStringLiteral("merge a poll into the repository%1: %2 us per poll (%3 polls)\n")
                   .arg(persisted ? " with SQLite" : "")
                   .arg(clock.nsecsElapsed() / 1000.0 / merges, 0, 'f', 2)
                   .arg(merges);
    }

    // 3. Event log with a view attached: append-only model vs reset per poll,
    //    in the table the detail pane uses and in a tree view.
    if (wanted("eventlog")) {
        const int polls = 400, perPoll = 5;
        // The first view pays for fonts and style: warm up, then take the
        // median of three runs of each.
        eventLogMs<QTableView>(true, 50, perPoll);
        auto median = [](auto run) {
            QList<double> runs { run(), run(), run() };
            std::sort(runs.begin(), runs.end());
            return runs.at(1);
        };
        const double table = median([&] { return eventLogMs<QTableView>(true, polls, perPoll); });
        const double tableReset
            = median([&] { return eventLogMs<QTableView>(false, polls, perPoll); });
        const double tree = median([&] { return eventLogMs<QTreeView>(true, polls, perPoll); });
        const double treeReset
            = median([&] { return eventLogMs<QTreeView>(false, polls, perPoll); });
        out << QStringLiteral("event log, %1 polls of %2 new events, view attached (median of 3):\n"
                              "  table (used): append-only %3 ms, reset per poll %4 ms, "
                              "reset/append %5x\n"
                              "  tree:         append-only %6 ms, reset per poll %7 ms, "
                              "reset/append %8x\n")
                   .arg(polls)
                   .arg(perPoll)
                   .arg(table, 0, 'f', 1)
                   .arg(tableReset, 0, 'f', 1)
                   .arg(tableReset / table, 0, 'f', 2)
                   .arg(tree, 0, 'f', 1)
                   .arg(treeReset, 0, 'f', 1)
                   .arg(treeReset / tree, 0, 'f', 2);
    }

    // 4. Memory: 5000 finished scans of 30 events each, held in the repository.
    if (wanted("memory")) {
        const long before = core::residentMemoryKiB();
        ScanRepository repository;
        for (int s = 0; s < 5000; ++s) {
            const auto parsed = parseScanStatus(statusBody(QStringLiteral("scan_m%1").arg(s), 30));
            repository.add(*parsed.value);
        }
        const long after = core::residentMemoryKiB();
        out << QStringLiteral(
                   "memory: 5000 scans x 30 events: %1 KiB resident, %2 KiB per 1000 scans\n")
                   .arg(after - before)
                   .arg((after - before) / 5.0, 0, 'f', 0);
    }
    // 5. Start-up with a long history: the real window, first paint and memory,
    //    10,000 stored scans x 30 events against an empty history (median of 3).
    if (wanted("startup")) {
        QTemporaryDir empty, full;
        const QString file = QStringLiteral("scans-127.0.0.1.sqlite");
        QElapsedTimer clock;
        clock.start();
        {
            ScanStore store(QDir(full.path()).filePath(file));
            for (int s = 0; s < 10000; ++s) {
                const auto parsed
                    = parseScanStatus(statusBody(QStringLiteral("scan_h%1").arg(s), 30));
                Scan scan;
                scan.id = parsed.value->id;
                scan.url = QStringLiteral("https://site%1.example").arg(s % 200);
                scan.type = QStringLiteral("security");
                scan.state = ScanState::Completed;
                scan.progress = 100;
                scan.result = ScanResult { 40 + s % 60, QStringLiteral("B"),
                                           QStringLiteral("/report/") + scan.id };
                scan.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600LL * (10000 - s));
                scan.completedAt = scan.createdAt.addSecs(40);
                scan.watch = WatchState::Finished;
                store.save(scan);
                store.appendEvents(scan.id, 0, parsed.value->events);
            }
        }
        const qint64 fileBytes = QFileInfo(QDir(full.path()).filePath(file)).size();
        out << QStringLiteral("start-up: history of 10000 scans x 30 events written in %1 s "
                              "(%2 MB)\n")
                   .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
                   .arg(fileBytes / 1e6, 0, 'f', 1);
        // Each run: first paint, then the list painted with the history's rows.
        struct Run
        {
            double firstPaintMs = -1;
            double historyMs = -1;
            long residentKiB = -1;
            bool operator<(const Run &other) const { return historyMs < other.historyMs; }
        };
        auto startOnce = [](const QString &dataDir) {
            QProcess app;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("APPVET_API_KEY"),
                       QStringLiteral("avk_live_bench0000000000000000000000000000000000"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), dataDir + QStringLiteral("/config"));
            app.setProcessEnvironment(env);
            // Port 9 on loopback refuses at once: no network, no waiting.
            app.start(QStringLiteral(SCANDASH_BIN),
                      { QStringLiteral("--api-url"), QStringLiteral("http://127.0.0.1:9"),
                        QStringLiteral("--data-dir"), dataDir,
                        QStringLiteral("--measure-startup") });
            app.waitForFinished(60000);
            // "first paint after A ms, history of N scans painted after B ms, resident C KiB"
            const QList<QByteArray> words = app.readAllStandardOutput().simplified().split(' ');
            Run run;
            if (words.size() >= 15) {
                run.firstPaintMs = words.at(3).toDouble();
                run.historyMs = words.at(11).toDouble();
                run.residentKiB = words.at(14).toLong();
            }
            return run;
        };
        auto median = [&startOnce](const QString &dir) {
            QList<Run> runs { startOnce(dir), startOnce(dir), startOnce(dir) };
            std::sort(runs.begin(), runs.end());
            return runs.at(1);
        };
        startOnce(empty.path()); // warm the disk cache and fonts
        const Run none = median(empty.path());
        const Run many = median(full.path());
        out << QStringLiteral("start-up (median of 3 runs of the real window, offscreen):\n"
                              "  empty history:  first paint %1 ms, list painted %2 ms, %3 MB "
                              "resident\n"
                              "  10000 scans:    first paint %4 ms, list painted %5 ms, %6 MB "
                              "resident\n"
                              "  first paint 10000/empty %7x, list painted 10000/empty %8x "
                              "(goals: first paint <= 1.5x, <= 80 MB)\n")
                   .arg(none.firstPaintMs, 0, 'f', 0)
                   .arg(none.historyMs, 0, 'f', 0)
                   .arg(none.residentKiB / 1024.0, 0, 'f', 1)
                   .arg(many.firstPaintMs, 0, 'f', 0)
                   .arg(many.historyMs, 0, 'f', 0)
                   .arg(many.residentKiB / 1024.0, 0, 'f', 1)
                   .arg(many.firstPaintMs / none.firstPaintMs, 0, 'f', 2)
                   .arg(many.historyMs / none.historyMs, 0, 'f', 2);
    }
    if (wanted("curl"))
        bench::curlLoopAgainstScanDash(out);
    if (wanted("corpus"))
        bench::schedulerCorpus(out);
    if (wanted("cli"))
        bench::commandLineFreePlan(out);
    if (sections.contains(QLatin1String("wallclock"))) // minutes: only when named
        bench::wallClockRun(out);
    if (wanted("merge100k"))
        bench::mergeIntoALongLog(out);
    if (wanted("load"))
        bench::windowUnderLoad(out);
    if (wanted("idle"))
        bench::idleWakeUps(out);
    out.flush();
    return 0;
}
