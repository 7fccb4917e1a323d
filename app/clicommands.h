#pragma once

// What cli.cpp (the options and their checks) and clicommands.cpp (the
// commands) share: the exit codes, the output streams and the Command that
// runs one command over a Session. Private to the command line.

#include "api/types.h"
#include "cligate.h"
#include "session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTextStream>
#include <QUrl>

#include <functional>
#include <optional>

namespace app {

// Interrupted: Ctrl+C (SIGINT); Terminated: SIGTERM (a CI job cancelled). Both
// are 128 + the signal, as a shell reports a process the signal ended.
enum ExitCode { Done = 0, ScanFailed = 1, Error = 2, Interrupted = 130, Terminated = 143 };

// lupdate files tr() calls in this namespace under "app".
inline QString tr(const char *text)
{
    return QCoreApplication::translate("app", text);
}

inline QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("app", text, disambiguation, n);
}

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

inline int fail(const QString &message)
{
    err() << "scandash: " << message << "\n";
    err().flush();
    return Error;
}

class Command : public QObject
{
    Q_OBJECT

public:
    Command(core::Session &session, const QUrl &base)
        : m_session(session)
        , m_base(base)
    { }

    /// The gate's options (cligate.h), checked before the command runs.
    void setGate(const GateSettings &gate) { m_gate = gate; }
    /// scan --wait stops (exit 2) when AppVet could not be reached this long.
    void setGiveUpAfter(int seconds) { m_giveUpAfterMs = qint64(seconds) * 1000; }
    int scan(const QStringList &urls, const QString &type, bool wait, int threshold,
             bool allowPartial, bool json);
    int report(const QString &id, const QString &format, const QString &output);
    int compare(const QString &oldId, const QString &newId, const QString &format);
    int list(const QString &status, int limit, bool json);
    int usage(bool json);
    /// Ctrl+C or SIGTERM (runCli() catches them for scan): the scan stops
    /// waiting and says which scans go on at AppVet.
    void interrupt(int signalNumber);

private:
    int finishScans(bool interrupted);
    void showProgress();
    /// What the run waits for once every scan has ended (their reports'
    /// details); empty when it waits for nothing.
    QString fetchingText() const;
    /// Every answer (or failure) of a request while scan waits: a good one
    /// (any answer but a network failure, a timeout or a 5xx) restarts the
    /// give-up clock; a bad one is said on stderr, once until a good answer
    /// (again if the trouble changes: no connection, or a server error).
    void noteAnswer(const core::ApiError &error);
    /// Says the last problem once every scan still watched has one (after
    /// the scheduler has planned the next try).
    void sayProblem();
    /// Says that AppVet answers again, once after a problem.
    void sayAnswersAgain();
    bool write(const QByteArray &bytes, const QString &output);
    std::optional<core::Report> fetchReport(const QString &id, QString *error);
    /// The scan's report through the gate, with its baseline; nullopt and
    /// `error` when a request failed (or empty `error`: interrupted).
    std::optional<core::ScanVerdict> judgeScan(const core::Scan &scan, QString *note,
                                               QString *error);
    /// The baseline --baseline names for this report, or nullopt with `why`.
    std::optional<core::Report> baselineFor(const core::Report &report, QString *why,
                                            QString *error);
    /// Writes the verdicts as --format sarif or junit asked (to stdout or
    /// `output`) and to --sarif and --junit; false when one could not be.
    bool finishVerdicts(const QList<core::ScanVerdict> &verdicts,
                        const QString &output = QString());
    /// Calls `send`, which makes one request whose callback hands its error to
    /// the function it is given, and runs the event loop until it is answered.
    /// A 429 RATE_LIMITED (not QUOTA_EXCEEDED) is waited out, as long as the
    /// server asks for at most kMaxRateLimitWaitMs, and the request sent again.
    /// Returns the last answer's error; `answered` is false when the run was
    /// interrupted first.
    /// What a failed launch says on the command line: whether it was sent
    /// (m_lastAnswer, the launch's answer) decides whether it may have started.
    QString launchProblem(const QString &target, const QString &message) const;
    using Answered = std::function<void(const core::ApiError &error)>;
    core::ApiError ask(const std::function<void(const Answered &done)> &send,
                       bool *answered = nullptr);

    core::Session &m_session;
    QUrl m_base;
    QEventLoop m_loop;
    QStringList m_ids;
    QStringList m_launchErrors;
    bool m_json = false;
    bool m_wait = false;
    bool m_allowPartial = false;
    int m_threshold = -1;
    bool m_terminal = false;
    /// Without a terminal: a progress line at most this often while waiting.
    static constexpr qint64 kProgressLineMs = 30000;
    QElapsedTimer m_lastProgressLine; // since the last one (invalid: none yet)
    bool m_interrupted = false;
    int m_signal = 0; // what interrupted the run
    qint64 m_giveUpAfterMs = 600000;
    QString m_problem; // the trouble said on stderr; empty while AppVet answers well
    std::optional<core::ApiError> m_lastProblem; // since the last good answer
    core::ApiError m_lastAnswer; // the latest answer's error (none when it was good)
    QElapsedTimer m_lastGoodAnswer; // since the start or the last good answer
    bool m_gaveUp = false;
    GateSettings m_gate;
    QHash<QString, core::Report> m_baselines; // by scan id: each fetched once
    /// For --baseline previous: the pages of a type's completed scans read
    /// so far (newest first), and whether the list has no more.
    struct CompletedScans
    {
        QList<core::ScanSummary> scans;
        bool complete = false;
    };
    QHash<QString, CompletedScans> m_completedByType;
};

} // namespace app
