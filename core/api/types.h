#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace core {

/// qBound for millisecond counts, whatever integer types the bounds have.
inline qint64 boundMs(qint64 low, qint64 value, qint64 high)
{
    return value < low ? low : value > high ? high : value;
}

/// Lifecycle states of a scan as the API reports them.
enum class ScanState { Queued, Scanning, Completed, Partial, Failed };

bool isTerminal(ScanState state);
QString scanStateName(ScanState state);
std::optional<ScanState> scanStateFromName(const QString &name);

/// The four scan types the API accepts.
QStringList scanTypes();

struct ScanEvent
{
    QString time;
    QString message;

    bool operator==(const ScanEvent &other) const
    {
        return time == other.time && message == other.message;
    }
};

struct ScanResult
{
    int score = 0;
    QString grade;
    QString reportUrl; // relative to the API base; untrusted
};

/// One answer of GET /v1/scan/:id (and, without events, of POST /v1/scan).
struct ScanStatus
{
    QString id;
    ScanState state = ScanState::Queued;
    QString type;
    QString url;
    int progress = 0;
    QList<ScanEvent> events;
    std::optional<ScanResult> result;
    QString error;
    QDateTime createdAt;
    QDateTime completedAt;
};

struct ReportCheck
{
    QString name;
    QString status;
    QString severity;
    QString message;
    QString fix;
};

struct ReportCategory
{
    QString name;
    int score = 0;
    QList<ReportCheck> checks;
};

struct ReportSummary
{
    int totalChecks = 0;
    int passed = 0;
    int failed = 0;
    int warnings = 0;
    int critical = 0;
    int high = 0;
    int medium = 0;
    int low = 0;
};

struct Report
{
    QString id;
    QString type;
    QString url;
    int score = 0;
    QString grade;
    QDateTime createdAt;
    QDateTime completedAt;
    QList<ReportCategory> categories;
    ReportSummary summary;
    QByteArray body; // the answer as received, kept in the history
};

struct Quota
{
    int used = 0;
    int limit = 0;
    int remaining = 0;
    QString tier;
};

struct ScanSummary
{
    QString id;
    QString type;
    QString url;
    ScanState state = ScanState::Queued;
    std::optional<int> score;
    QString grade;
    QDateTime createdAt;
    QDateTime completedAt;
};

/// One answer of GET /v1/scans.
struct ScanPage
{
    QList<ScanSummary> scans;
    int total = 0;
    int limit = 0;
    int offset = 0;
    Quota quota;
};

/// One answer of GET /v1/usage.
struct Usage
{
    QString tier;
    QDateTime periodStart;
    QDateTime periodEnd;
    Quota scans;
    int requestsPerMinute = 0;
    int concurrentScans = 0;
};

/// What the X-RateLimit-* headers of one answer said.
struct RateLimitInfo
{
    int limit = -1;
    int remaining = -1;
    qint64 resetEpochSeconds = -1;
    /// The server's clock (its Date header) when it answered; -1 if unknown.
    /// X-RateLimit-Reset is on that clock, which may not be ours.
    qint64 serverNowEpochMs = -1;

    bool isValid() const { return limit >= 0 && remaining >= 0; }
};

/// Every way a request can fail. `kind` is what the client acts on; `message`
/// is what a person reads.
struct ApiError
{
    enum class Kind {
        None,
        Network, // refused, reset, DNS, offline
        Timeout, // no complete answer before the deadline
        Server, // 5xx
        Malformed, // not the JSON the API documents
        TooLarge, // body past the size cap
        Redirect, // redirect to another origin, not followed
        RateLimited, // 429 RATE_LIMITED
        QuotaExceeded, // 429 QUOTA_EXCEEDED
        Unauthorized, // 401 UNAUTHORIZED / KEY_REVOKED
        NotFound, // 404
        Conflict, // 409
        BadRequest, // other 4xx
        Refused, // the client would not send it (bad URL, bad id)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;
    QString message;
    /// How long the server asked us to wait, in milliseconds; -1 if it did not say.
    qint64 retryAfterMs = -1;
    /// What X-RateLimit-Remaining said with the error; -1 if it did not. A 429
    /// RATE_LIMITED while requests remain is the server's limit on scans run
    /// at once, not on requests.
    int requestsRemaining = -1;

    bool ok() const { return kind == Kind::None; }
    /// Worth retrying later by itself (network trouble, 5xx, garbled answers).
    bool isTransient() const;
};

/// A short sentence for a person, e.g. for a status line or a row tooltip.
QString describeError(const ApiError &error);

} // namespace core
