#pragma once

#include "api/types.h"
#include "domain/scan.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace core {

class ApiClient;
class ScanRepository;

/// Decides when, and which, scan to ask about next. One QTimer and one request
/// budget per key, shared by every watched scan: the selected scan is asked at
/// the interval whenever the budget allows, the others share what is left
/// fairly. Requests are paced to the key's per-minute limit and gated on what
/// the X-RateLimit headers say is left, so normal use sees no 429.
class PollScheduler : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int intervalMs = 4000; // the documented 3-5 s for a scan that has the budget
        int windowMs = 60000; // the rate-limit window the API counts in
        int assumedLimit = 10; // per window, until the server says otherwise
        int reserve = 1; // requests kept back for the user's own actions
        int backoffBaseMs = 2000; // first retry after a transient failure, at most
        int backoffCapMs = 60000; // longest wait between retries
        int stalledAfterMs = 180000; // failing this long marks a scan stalled
        qint64 maxWaitMs = 120000; // clamp on what a 429 may ask us to wait
    };

    PollScheduler(ApiClient &client, ScanRepository &repository, QObject *parent = nullptr);

    void setSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }
    void setInterval(int milliseconds);
    void setSelected(const QString &id);
    /// Sets the per-window limit (from GET /v1/usage or the first answer's headers).
    void setRequestLimit(int requestsPerWindow);
    void setNetworkAvailable(bool available);

    /// Polling stops after a 401, or when there is no key yet, until this is
    /// called with a new key in the client.
    void resumeAfterNewKey();
    /// Holds all polling until resumeAfterNewKey(), without asking for a key.
    void pauseForKey();
    bool isPausedForKey() const { return m_pausedForKey; }
    /// Asks about `id` at the next free slot, forgetting any backoff.
    void pollSoon(const QString &id);
    /// Asks once about a finished scan whose events or report link are not
    /// known yet (adopted from GET /v1/scans), at the next free slot.
    void fetchOnce(const QString &id);
    /// Picks up new, resumed or finished scans from the repository.
    void refresh();

    /// A 429 RATE_LIMITED, on any request: nothing is sent until the server's
    /// Retry-After (or X-RateLimit-Reset), clamped to maxWaitMs. Returns the wait.
    qint64 noteRateLimited(qint64 retryAfterMs);
    /// Whether a request for the user (e.g. POST /v1/scan) fits the budget now;
    /// if not, `waitMs` says when it will.
    bool budgetAllowsNow(qint64 *waitMs) const;
    int requestLimit() const { return m_limit; }
    int requestsLeft() const;
    bool isTimerActive() const { return m_timer.isActive(); }

signals:
    /// The key was refused; asked once per refusal, whatever the number of scans.
    void keyRefused(const QString &message);
    void budgetChanged(int remaining, int limit);
    void rateLimitWait(qint64 milliseconds);

private:
    struct Entry
    {
        qint64 lastPollMs = -1;
        qint64 retryAtMs = -1;
        qint64 firstFailureMs = -1;
        int failures = 0;
        bool inFlight = false;
        bool once = false; // a finished scan asked about one time
    };
    struct Slot
    {
        QString id;
        qint64 atMs;
        WaitReason reason;
    };

    qint64 nowMs() const { return m_clock.elapsed(); }
    qint64 spacingMs() const;
    QList<Slot> plan() const;
    void reschedule();
    void onTimer();
    void poll(const QString &id);
    void onAnswer(const QString &id, qint64 sentMs, const ScanStatus &status,
                  const ApiError &error);
    void onRateLimit(const RateLimitInfo &info);
    void onRequestStarted();
    void publishNextPoll(const QList<Slot> &queue);

    ApiClient &m_client;
    ScanRepository &m_repository;
    Settings m_settings;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QRandomGenerator m_random;
    QHash<QString, Entry> m_entries;
    QString m_selected;
    int m_limit;
    int m_remaining = -1; // -1: unknown
    qint64 m_resetAtMs = -1; // when the server's window resets; -1: unknown
    qint64 m_lastSendMs = -1;
    qint64 m_blockedUntilMs = -1;
    bool m_pausedForKey = false;
    bool m_networkAvailable = true;
};

} // namespace core
