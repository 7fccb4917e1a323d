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
};

/// Everything known about one scan: the server's last good answer and the
/// client's view of how it is watching it.
struct Scan
{
    QString id;
    QString url;
    QString type;
    ScanState state = ScanState::Queued;
    int progress = 0;
    QList<ScanEvent> events;
    std::optional<ScanResult> result;
    std::optional<ReportSummary> summary; // from GET /v1/report, once fetched
    QString error; // the server's reason for a failed scan
    QDateTime createdAt;
    QDateTime completedAt;

    WatchState watch = WatchState::Watching;
    QString problem; // what is wrong with watching it right now, if anything
    QDateTime nextPollAt; // when the client will next ask (invalid: not planned)
    QDateTime lastUpdatedAt; // when the last good answer came
};

/// Which parts of a Scan an update touched; models map these to columns and roles.
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
};
using ScanFields = unsigned;

/// The events of `incoming` (a server's cumulative list) that `known` lacks, in order.
/// Tolerates a server that repeats, trims or reorders the head of its list.
QList<ScanEvent> newEvents(const QList<ScanEvent> &known, const QList<ScanEvent> &incoming);

} // namespace core
