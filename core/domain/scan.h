#pragma once

#include "api/types.h"

#include <QDateTime>

namespace core {

/// How the client is watching a scan, apart from the server's own state.
enum class WatchState {
    Watching, // polled until terminal
    Finished, // terminal: no more polling
    Stalled, // failing for a long time: polled rarely, shown as stalled
    NotFound, // the server does not know it (404): no more polling
    Paused, // waiting for a new API key
    Stopped, // the user stopped watching it: kept, not polled
    Waiting, // in the local queue, not sent yet (the plan runs enough at once)
};

/// Why the next question about a scan waits; the ui words it.
enum class WaitReason {
    None, // not planned (finished, stopped) or being asked right now
    Interval, // its turn in the polling interval
    Budget, // the shared request budget has no room sooner
    Backoff, // retrying after a failure
    RateLimited, // the server asked to slow down
    Offline, // no network
    Key, // no accepted API key
    Paused, // the user paused polling
};

/// Everything kept about one scan: the server's last good answer and whether
/// the client watches it. Persisted in the history and carried whole by
/// remove/undo; what only this run's scheduler knows is in WatchInfo.
struct Scan
{
    QString id;
    QString url;
    QString type;
    ScanState state = ScanState::Queued;
    int progress = 0;
    QList<ScanEvent> events; // only while detailsLoaded
    std::optional<ScanResult> result;
    std::optional<ReportSummary> summary; // from GET /v1/report, once fetched
    QString error; // the server's reason for a failed scan
    QDateTime createdAt;
    QDateTime completedAt;
    /// How long its last phase took, from reaching the top (95 %) to its end,
    /// and what the pace that brought it there would have given; -1: not
    /// timed. The scheduler learns a type's last phase from these.
    qint64 lastPhaseMs = -1;
    qint64 lastPhaseAtPaceMs = -1;

    WatchState watch = WatchState::Watching;
    QDateTime lastUpdatedAt; // when the last good answer came
    /// Events and report summary are in memory. A scan read from the history
    /// at start-up has only its row; the rest is read when it is shown.
    bool detailsLoaded = true;

    /// Out of the queue, with no progress told yet (on the free plan sweeps
    /// say it runs long before its own question): shown as "scanning", not 0 %.
    bool progressUntold() const { return state == ScanState::Scanning && progress <= 0; }
};

/// How this run is watching a scan right now: client-only state, set by the
/// scheduler and the controller, never persisted, never part of a Scan (so a
/// store round trip or a remove/undo can neither carry nor lose it). Read
/// through ScanSource::watchInfo().
struct WatchInfo
{
    QString problem; // what is wrong with watching it right now, if anything
    QDateTime nextPollAt; // when the client will next ask (invalid: not planned)
    WaitReason waitReason = WaitReason::None;
    QDateTime expectedEndAt; // the scheduler's guess at its end (invalid: no guess)
    /// Its progress has stood still since then, far longer than its pace
    /// explains (a stall: no end can be guessed); invalid: it moves.
    QDateTime stillSince;
    int queuePlace = 0; // Waiting: its place in the local queue, from 1
};

/// Which parts of a Scan (or its WatchInfo) an update touched; models map these to columns and
/// roles.
enum ScanField : unsigned {
    FieldState = 1u << 0,
    FieldProgress = 1u << 1,
    FieldResult = 1u << 2,
    FieldError = 1u << 3,
    FieldProblem = 1u << 4,
    FieldNextPoll = 1u << 5,
    FieldEvents = 1u << 6,
    FieldWatch = 1u << 7,
    FieldTimes = 1u << 8,
    FieldSummary = 1u << 9,
    FieldUrl = 1u << 10,
};
using ScanFields = unsigned;

/// True while the client should keep asking about the scan.
bool isActive(WatchState watch);

/// The events of `incoming` (a server's cumulative list) that `known` lacks, in order.
/// Tolerates a server that repeats, trims or reorders the head of its list.
QList<ScanEvent> newEvents(const QList<ScanEvent> &known, const QList<ScanEvent> &incoming);

/// Scans of the same site and type share this key: their history is a trend.
QString siteKey(const QString &url, const QString &type);

/// A grade's place on the AppVet scale, A+ highest; -1 for an unknown grade.
int gradeRank(const QString &grade);

/// A watched site: rescanned every `everyDays` days while ScanDash runs.
struct SiteWatch
{
    QString url;
    QString type;
    int everyDays = 7;
};

} // namespace core
