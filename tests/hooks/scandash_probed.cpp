// scandash-probed: scandash with the test hooks installed (app/testhooks.h).
// For the smoke tests, the instance tests and the benchmark; never installed.
#include "appoptions.h"
#include "cli.h"
#include "instance/memory.h"
#include "mainwindow.h"
#include "model/scanlistmodel.h"
#include "poll/pollscheduler.h"
#include "session.h"
#include "store/scanrepository.h"
#include "testhooks.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QMetaEnum>
#include <QScreen>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <unistd.h>

namespace {

/// The main thread's time on a core and waiting for one, in ns, from
/// /proc/self/task/<pid>/schedstat; {-1, -1} where that cannot be read. What a
/// gap holds beyond both, the thread spent blocked (I/O, a lock, a sleep).
struct SchedTimes
{
    qint64 onCpuNs = -1;
    qint64 waitingNs = -1;
};

class SchedStat
{
public:
    SchedStat()
        : m_fd(::open(QByteArray("/proc/self/task/"
                                 + QByteArray::number(QCoreApplication::applicationPid())
                                 + "/schedstat")
                          .constData(),
                      O_RDONLY | O_CLOEXEC))
    { }
    ~SchedStat()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SchedStat(const SchedStat &) = delete;
    SchedStat &operator=(const SchedStat &) = delete;

    SchedTimes read() const
    {
        char buffer[128];
        const ssize_t size = m_fd < 0 ? -1 : ::pread(m_fd, buffer, sizeof buffer - 1, 0);
        if (size <= 0)
            return {};
        const QList<QByteArray> fields = QByteArray(buffer, size).trimmed().split(' ');
        if (fields.size() < 2)
            return {};
        return { fields.at(0).toLongLong(), fields.at(1).toLongLong() };
    }

private:
    int m_fd;
};

/// The events the main thread began lately, so that a long gap can be put
/// down to the one that began before the longest silence in it.
class EventTrace : public QObject
{
public:
    explicit EventTrace(const QElapsedTimer &clock)
        : m_clock(clock)
    { }

    struct Entry
    {
        qint64 atNs;
        int type;
        const char *receiver; // class name: static storage
    };

    /// What ran longest in [fromNs, toNs): the event that began before the
    /// longest stretch with no other event beginning, and that stretch's length.
    QString culprit(qint64 fromNs, qint64 toNs) const
    {
        QList<Entry> inside;
        const Entry *before = nullptr;
        for (int i = 0; i < kSize; ++i) {
            const Entry &entry = m_entries[(m_next + i) % kSize];
            if (!entry.receiver)
                continue;
            if (entry.atNs < fromNs)
                before = &entry;
            else if (entry.atNs < toNs)
                inside.append(entry);
        }
        QString best = QStringLiteral("(what ran before the gap)");
        qint64 longest = 0, last = fromNs;
        const Entry *lastEntry = before;
        inside.append(Entry { toNs, 0, nullptr });
        for (const Entry &entry : inside) {
            if (entry.atNs - last > longest) {
                longest = entry.atNs - last;
                const char *type = QMetaEnum::fromType<QEvent::Type>().valueToKey(
                    lastEntry ? lastEntry->type : 0);
                best = lastEntry ? QStringLiteral("%1 to %2")
                                       .arg(type ? QLatin1String(type) : QLatin1String("event"))
                                       .arg(QLatin1String(lastEntry->receiver))
                                 : QStringLiteral("(before any event)");
            }
            last = entry.atNs;
            lastEntry = &entry;
        }
        // What else began in the gap, most frequent first: many answers handled
        // in one turn show as many MetaCalls to replies.
        QHash<QString, int> counts;
        for (const Entry &entry : inside) {
            if (!entry.receiver)
                continue;
            const char *type = QMetaEnum::fromType<QEvent::Type>().valueToKey(entry.type);
            ++counts[QStringLiteral("%1 to %2")
                         .arg(type ? QLatin1String(type) : QLatin1String("event"))
                         .arg(QLatin1String(entry.receiver))];
        }
        QList<std::pair<int, QString>> frequent;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            frequent.append({ it.value(), it.key() });
        std::sort(frequent.begin(), frequent.end(), std::greater<>());
        QStringList most;
        for (qsizetype i = 0; i < qMin<qsizetype>(3, frequent.size()); ++i)
            most.append(
                QStringLiteral("%1× %2").arg(frequent.at(i).first).arg(frequent.at(i).second));
        return QStringLiteral("%1 %2 ms; in all %3")
            .arg(best)
            .arg(longest / 1e6, 0, 'f', 1)
            .arg(most.isEmpty() ? QStringLiteral("nothing else") : most.join(QStringLiteral(", ")));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (QThread::currentThread() == thread()) {
            // A scroll area's viewport is a plain QWidget: named by its area.
            const QObject *named
                = watched->metaObject() == &QWidget::staticMetaObject && watched->parent()
                ? watched->parent()
                : watched;
            m_entries[m_next] = { m_clock.nsecsElapsed(), static_cast<int>(event->type()),
                                  named->metaObject()->className() };
            m_next = (m_next + 1) % kSize;
        }
        return false;
    }

private:
    static constexpr int kSize = 4096;
    const QElapsedTimer &m_clock;
    Entry m_entries[kSize] {};
    int m_next = 0;
};

/// --measure-load / --measure-idle (hidden, for the benchmark). Load: once
/// `ready` holds (or after 40 s), a timer meant to fire every 5 ms measures
/// how long the GUI thread was away between firings, for `seconds`. Idle: the
/// wake-ups of the main thread and of all threads over `seconds`, after 5 s of
/// settling. Prints one line and quits.
class ResponsivenessProbe : public QObject
{
public:
    ResponsivenessProbe(bool idle, int seconds, std::function<bool()> ready,
                        std::function<QString()> describe)
        : m_idle(idle)
        , m_seconds(seconds)
        , m_ready(std::move(ready))
        , m_describe(std::move(describe))
    { }

    void start()
    {
        m_waited.start();
        QTimer::singleShot(m_idle ? 5000 : 500, this, [this] { settle(); });
    }

private:
    void settle()
    {
        if (!m_idle && !m_ready() && m_waited.elapsed() < 40000) {
            QTimer::singleShot(500, this, [this] { settle(); });
            return;
        }
        if (m_idle) {
            m_switchesBefore = core::contextSwitchesByThread();
            QTimer::singleShot(m_seconds * 1000, this, [this] { finishIdle(); });
            return;
        }
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(5);
        m_clock.start();
        m_trace = std::make_unique<EventTrace>(m_clock);
        qApp->installEventFilter(m_trace.get());
        connect(&m_tick, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const SchedTimes times = m_sched.read();
            const double gap = (now - m_lastTickNs) / 1e6;
            m_gapsMs.append(gap);
            if (gap > 16 && times.onCpuNs >= 0 && m_lastTimes.onCpuNs >= 0) {
                const double onCpu = (times.onCpuNs - m_lastTimes.onCpuNs) / 1e6;
                const double waiting = (times.waitingNs - m_lastTimes.waitingNs) / 1e6;
                m_longGaps.append(
                    { gap, onCpu,
                      QStringLiteral("%1 ms at %2 s (on a core %3, waiting for one %4, blocked "
                                     "%5; longest: %6)")
                          .arg(gap, 0, 'f', 1)
                          .arg(m_lastTickNs / 1e9, 0, 'f', 2)
                          .arg(onCpu, 0, 'f', 1)
                          .arg(waiting, 0, 'f', 1)
                          .arg(qMax(0.0, gap - onCpu - waiting), 0, 'f', 1)
                          .arg(m_trace->culprit(m_lastTickNs, now)) });
            }
            if (gap > 12 && !m_tracePath.isEmpty()) {
                QFile file(m_tracePath);
                if (file.open(QIODevice::WriteOnly | QIODevice::Append))
                    file.write(QByteArray::number((m_startMs + m_lastTickNs / 1e6) / 1e3, 'f', 4)
                               + " gap of " + QByteArray::number(gap, 'f', 1) + " ms\n");
            }
            m_lastTickNs = now;
            m_lastTimes = times;
        });
        m_lastTimes = m_sched.read();
        m_lastTickNs = m_clock.nsecsElapsed();
        // For lining the gaps up with a profile (perf record -k CLOCK_MONOTONIC):
        // where the measurement began on the monotonic clock.
        m_tracePath = qEnvironmentVariable("SCANDASH_LOAD_TRACE");
        m_startMs = m_clock.msecsSinceReference();
        if (!m_tracePath.isEmpty()) {
            QFile file(m_tracePath);
            if (file.open(QIODevice::WriteOnly | QIODevice::Append))
                file.write(QByteArray::number(m_startMs / 1e3, 'f', 4)
                           + " measuring from here (monotonic s); gaps over 12 ms follow\n");
        }
        m_tick.start();
        QTimer::singleShot(m_seconds * 1000, this, [this] { finishLoad(); });
    }

    void finishIdle()
    {
        const QHash<qint64, long> after = core::contextSwitchesByThread();
        long all = 0;
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            all += it.value() - m_switchesBefore.value(it.key(), 0);
        const qint64 pid = QCoreApplication::applicationPid();
        const long main = after.value(pid) - m_switchesBefore.value(pid);
        QTextStream(stdout) << "idle " << m_seconds << " s: main thread woke " << main
                            << " times, all threads " << all << "; " << m_describe() << "\n";
        QApplication::exit(0);
    }

    void finishLoad()
    {
        m_tick.stop();
        QList<double> gaps = m_gapsMs;
        std::sort(gaps.begin(), gaps.end());
        auto at = [&gaps](double quantile) {
            return gaps.isEmpty()
                ? -1.0
                : gaps.at(qMin(gaps.size() - 1, static_cast<int>(gaps.size() * quantile)));
        };
        QTextStream(stdout) << "load " << m_seconds << " s: " << gaps.size() << " ticks, gap p50 "
                            << QString::number(at(0.5), 'f', 1) << " ms p99 "
                            << QString::number(at(0.99), 'f', 1) << " ms max "
                            << QString::number(gaps.isEmpty() ? -1 : gaps.last(), 'f', 1)
                            << " ms, resident " << core::residentMemoryKiB() << " KiB; "
                            << m_describe() << "\n";
        // The longest gaps, and where their time went: a gap the main thread
        // spent waiting for a core is the machine's, not ScanDash's.
        QTextStream out(stdout);
        auto list = [&](const char *title, auto longer) {
            std::sort(m_longGaps.begin(), m_longGaps.end(), longer);
            out << "  " << title << ":\n";
            for (qsizetype i = 0; i < qMin<qsizetype>(4, m_longGaps.size()); ++i)
                out << "    " << m_longGaps.at(i).text << "\n";
        };
        if (!m_longGaps.isEmpty()) {
            list("the longest gaps over 16 ms",
                 [](const LongGap &a, const LongGap &b) { return a.wallMs > b.wallMs; });
            list("those with the most time on a core",
                 [](const LongGap &a, const LongGap &b) { return a.onCpuMs > b.onCpuMs; });
        }
        QApplication::exit(0);
    }

    bool m_idle;
    int m_seconds;
    std::function<bool()> m_ready;
    std::function<QString()> m_describe;
    QElapsedTimer m_waited;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    QString m_tracePath; // SCANDASH_LOAD_TRACE: where the measurement began, and long gaps
    qint64 m_startMs = 0;
    SchedStat m_sched;
    SchedTimes m_lastTimes;
    std::unique_ptr<EventTrace> m_trace;
    struct LongGap
    {
        double wallMs;
        double onCpuMs;
        QString text;
    };
    QList<LongGap> m_longGaps;
    QTimer m_tick;
    QList<double> m_gapsMs;
    QHash<qint64, long> m_switchesBefore;
};

/// For the benchmark: says when the window first painted, and when it
/// painted again with the history's rows, with the memory held then; then quits.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(const QElapsedTimer &sinceStart, QWidget &window)
        : m_sinceStart(sinceStart)
        , m_window(window)
    { }

    void historyLoaded(int scans)
    {
        m_scans = scans;
        m_historyLoaded = true;
        m_window.update();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !watched->isWidgetType()
            || static_cast<QWidget *>(watched)->window() != &m_window)
            return false;
        if (m_firstPaintMs < 0)
            m_firstPaintMs = m_sinceStart.elapsed();
        if (m_historyLoaded && !m_done) {
            m_done = true;
            // Measured once this paint is done, on the next turn of the loop.
            QTimer::singleShot(0, &m_window, [this] {
                QTextStream(stdout) << "first paint after " << m_firstPaintMs << " ms, history of "
                                    << m_scans << " scans painted after " << m_sinceStart.elapsed()
                                    << " ms, resident " << core::residentMemoryKiB() << " KiB\n";
                QApplication::exit(0);
            });
        }
        return false;
    }

private:
    const QElapsedTimer &m_sinceStart;
    QWidget &m_window;
    qint64 m_firstPaintMs = -1;
    int m_scans = 0;
    bool m_historyLoaded = false;
    bool m_done = false;
};

/// --measure-startup, --measure-load, --measure-idle (the benchmark),
/// --screenshot and --quit-after (the smoke and instance tests).
class ProbeHooks : public app::TestHooks
{
public:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOptions(
            { m_screenshot, m_quitAfter, m_measureStartup, m_measureLoad, m_measureIdle });
    }

    void attach(const app::GuiRun &run) override
    {
        const QCommandLineParser &parser = run.options;
        ui::MainWindow &window = run.window;
        core::ScanRepository &repository = run.session.repository();
        core::PollScheduler &scheduler = run.session.scheduler();
        core::ScanListModel &scanModel = run.scans;
        if (parser.isSet(m_measureStartup)) {
            m_firstPaint = std::make_unique<FirstPaintProbe>(run.sinceStart, window);
            qApp->installEventFilter(m_firstPaint.get());
        }
        if (parser.isSet(m_measureLoad) || parser.isSet(m_measureIdle)) {
            const bool idle = parser.isSet(m_measureIdle);
            auto largestLog = [&repository] {
                qsizetype largest = 0;
                for (const auto &id : repository.activeIds())
                    largest = qMax(largest, repository.find(id)->events.size());
                return largest;
            };
            // The scan with the longest log is shown, as an analyst would pick
            // it; says whether it was shown already: the measurement begins a
            // turn of the probe after the pick, whose own paint is not the load.
            auto showLargestLog = [&repository, &window] {
                QString chosen;
                qsizetype largest = -1;
                for (const auto &id : repository.activeIds()) {
                    if (repository.find(id)->events.size() > largest) {
                        largest = repository.find(id)->events.size();
                        chosen = id;
                    }
                }
                if (chosen.isEmpty() || window.currentScanId() == chosen)
                    return true;
                window.selectScan(chosen);
                return false;
            };
            m_responsiveness = std::make_unique<ResponsivenessProbe>(
                idle, parser.value(idle ? m_measureIdle : m_measureLoad).toInt(),
                [largestLog, showLargestLog] {
                    const bool shownBefore = showLargestLog();
                    return shownBefore && largestLog() >= 100000;
                },
                [&repository, &scheduler, &scanModel, largestLog] {
                    return QStringLiteral("%1 scans listed, %2 active, largest log %3 lines, poll "
                                          "timer %4, countdown %5")
                        .arg(repository.count())
                        .arg(repository.activeIds().size())
                        .arg(largestLog())
                        .arg(scheduler.isTimerActive() ? "running" : "stopped")
                        .arg(scanModel.isTicking() ? "ticking" : "stopped");
                });
        }
        if (parser.isSet(m_screenshot))
            screenshotWhenScansEnd(run, parser.value(m_screenshot));
        if (parser.isSet(m_quitAfter)) {
            QTimer::singleShot(static_cast<int>(parser.value(m_quitAfter).toDouble() * 1000),
                               &window, [] {
                                   QTextStream(stderr) << "scandash: --quit-after reached\n";
                                   QApplication::exit(3);
                               });
        }
    }

    void historyLoaded(const app::GuiRun &run) override
    {
        if (m_firstPaint)
            m_firstPaint->historyLoaded(run.session.repository().count());
        if (m_responsiveness)
            m_responsiveness->start();
    }

private:
    /// When every --scan has ended: the whole screen as X shows it, saved as
    /// PNG; exits 1 if it could not be saved or the window did not fit.
    void screenshotWhenScansEnd(const app::GuiRun &run, const QString &file)
    {
        ui::MainWindow &window = run.window;
        core::ScanRepository &repository = run.session.repository();
        QObject::connect(&run.session.controller(), &core::ScanController::launched, &window,
                         [this](const QString &id) { m_started.append(id); });
        auto *check = new QTimer(&window);
        const qsizetype wanted = run.startUrls.size();
        QObject::connect(
            check, &QTimer::timeout, &window, [this, &window, &repository, check, file, wanted] {
                if (m_started.size() < wanted)
                    return;
                for (const auto &id : m_started) {
                    const core::Scan *scan = repository.find(id);
                    if (!scan || !core::isTerminal(scan->state))
                        return;
                }
                check->stop();
                // Let the last repaint land, then take the whole screen as X shows it.
                QTimer::singleShot(800, &window, [&window, file] {
                    const QPixmap shot = window.screen()->grabWindow(0);
                    const bool saved = shot.save(file, "PNG");
                    const QRect frame = window.frameGeometry();
                    const QRect available = window.screen()->availableGeometry();
                    QTextStream(stderr)
                        << "scandash: screenshot " << (saved ? "saved to " : "FAILED: ") << file
                        << "; window " << frame.width() << "x" << frame.height() << " in "
                        << (available.contains(frame) ? "" : "NOT ") << "the screen's "
                        << available.width() << "x" << available.height() << "\n";
                    QApplication::exit(saved && available.contains(frame) ? 0 : 1);
                });
            });
        check->start(250);
    }

    const QCommandLineOption m_screenshot { QStringLiteral("screenshot"),
                                            QStringLiteral("When every --scan has ended, save a "
                                                           "screenshot of the screen to <file> "
                                                           "and quit."),
                                            QStringLiteral("file") };
    const QCommandLineOption m_quitAfter { QStringLiteral("quit-after"),
                                           QStringLiteral("Quit after <seconds> whatever happens."),
                                           QStringLiteral("seconds") };
    const QCommandLineOption m_measureStartup {
        QStringLiteral("measure-startup"),
        QStringLiteral("Print when the window first painted and the memory held then, and quit.")
    };
    const QCommandLineOption m_measureLoad {
        QStringLiteral("measure-load"),
        QStringLiteral("Measure the GUI thread's stalls for <seconds> once the largest log has "
                       "100,000 lines, print them and quit."),
        QStringLiteral("seconds")
    };
    const QCommandLineOption m_measureIdle { QStringLiteral("measure-idle"),
                                             QStringLiteral("Count wake-ups over <seconds>, "
                                                            "print them and quit."),
                                             QStringLiteral("seconds") };
    std::unique_ptr<FirstPaintProbe> m_firstPaint;
    std::unique_ptr<ResponsivenessProbe> m_responsiveness;
    QStringList m_started;
};

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && app::isCliCommand(argv[1])) {
        app::prepareQuietEnvironment();
        return app::runCli(argc, argv);
    }
    ProbeHooks hooks;
    return app::runGui(argc, argv, &hooks);
}
