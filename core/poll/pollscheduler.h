#pragma once

#include "api/types.h"
#include "domain/scan.h"
#include "poll/endestimator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <functional>
#include <limits>

namespace core {

class ApiClient;
class ScanRepository;

/// Decides when, and which, scan to ask about next. One QTimer and one request
/// budget per key, shared by every watched scan and by every other request
/// (it is ApiClient's send gate): the selected scan is asked first, at the
/// interval where the budget allows, the others share what is left. When the
/// budget covers every scan at the interval, each is asked at the interval. When it
/// does not, the scheduler is progress-aware:
/// - With two or more scans to watch, their ends are looked for with one
///   request for all of them (a sweep: GET /v1/scans, which says each scan's
///   state, grade and score): at least every second turn and, on a budget
///   under thirty a minute, every turn while an end is likely (EndEstimator
///   gives each scan's end as a window). So an end is seen within two pacing
///   intervals whatever shape the server's progress takes, and within one
///   where the estimate holds (on a larger budget: on the median). The turns
///   between go to each scan's own question (progress and events), the
///   selected scan first, every scan at least at the floor interval; a scan
///   a sweep saw end is asked once more for its events and report link (on
///   a small budget only when it is looked at: Settings::detailsOnDemand).
/// - With fewer, or where the server does not list them, each scan is asked
///   at least as often as a fair round-robin would ask it, and earlier where
///   its end is likely: at the start of its window and through it.
/// Requests are paced to the key's per-minute limit and gated on what the
/// X-RateLimit headers say is left (with a margin for their one-second
/// resolution), so normal use sees no 429.
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
        /// Spend a tight budget where an end is likely (off: fair round-robin).
        bool progressAware = true;
        int floorIntervalMs = 60000; // every watched scan is asked at least this often
        /// Progress-aware, this many scans or more are swept for their ends
        /// with GET /v1/scans (0: never).
        int sweepFromScans = 2;
        /// On a tight budget of a few requests a minute (the free plan), an
        /// end a sweep saw (its state, grade and score) is asked about for its
        /// events and report link (which GET /v1/scans lists neither) only
        /// when they are wanted: the selected scan's at once, another's when
        /// it is shown or its report opened (fetchOnce()). Off: every one at
        /// once (the command line prints them all).
        bool detailsOnDemand = true;
    };
    /// Milliseconds on a monotonic clock; tests inject one they advance by hand.
    using Clock = std::function<qint64()>;

    PollScheduler(ApiClient &client, ScanRepository &repository, QObject *parent = nullptr);

    void setSettings(const Settings &settings);
    void setDetailsOnDemand(bool onDemand) { m_settings.detailsOnDemand = onDemand; }
    void setClock(Clock clock);
    const Settings &settings() const { return m_settings; }
    void setInterval(int milliseconds);
    void setSelected(const QString &id);
    /// Sets the per-window limit (from GET /v1/usage or the first answer's headers).
    void setRequestLimit(int requestsPerWindow);
    void setNetworkAvailable(bool available);
    /// Holds all polling (the user asked, e.g. from the tray) until unpaused.
    void setPaused(bool paused);

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
    void fetchOnce(const QString &id) { fetchOnce(id, false); }
    /// Picks up new, resumed or finished scans from the repository.
    void refresh();

    /// A 429 RATE_LIMITED, on any request: nothing is sent until the server's
    /// Retry-After (or X-RateLimit-Reset), clamped to maxWaitMs. Returns the wait.
    qint64 noteRateLimited(qint64 retryAfterMs);
    /// Whether a request for the user (e.g. POST /v1/scan) fits the budget now;
    /// if not, `waitMs` says when it will.
    bool budgetAllowsNow(qint64 *waitMs) const;
    /// How long any request must wait before it may leave: 0 while the
    /// window has a request left (or the server's wait is over).
    qint64 waitBeforeSendMs() const;
    int requestLimit() const { return m_limit; }
    int requestsLeft() const;
    /// Whether a poll is planned on the timer, or waits for a place among the
    /// requests out (or will, once this turn's changes are planned).
    bool isTimerActive() const;
    /// How many times the timer was planned. Changes are planned once a turn
    /// of the event loop, however many answers came in it (a test hook).
    int timerPlans() const { return m_timerPlans; }
    /// Whether the scan is still to be asked about (watched, or owed one answer).
    bool isAsking(const QString &id) const { return m_entries.contains(id); }
    /// When, on the scheduler's clock, the next request is planned; -1: none.
    qint64 nextPollAtMs() const;
    /// Sends the request whose time has come, if one has (the timer calls this).
    void pollDue();

signals:
    /// The key was refused; asked once per refusal, whatever the number of scans.
    void keyRefused(const QString &message);
    void budgetChanged(int remaining, int limit);
    void rateLimitWait(qint64 milliseconds);

private:
    struct Entry
    {
        // Times may be negative (before the clock's start: a scan answered
        // before a restart, or in a test's virtual time); this one is "never".
        static constexpr qint64 kNever = std::numeric_limits<qint64>::min();
        qint64 lastPollMs = kNever;
        qint64 retryAtMs = -1;
        qint64 firstFailureMs = -1;
        int failures = 0;
        bool inFlight = false;
        bool once = false; // a finished scan asked about one time
        bool sweptEnd = false; // once: a sweep saw it end; after what is still running
        int answers = 0; // good answers since it was first watched
        qint64 lastCheckMs = kNever; // its end last looked for, by any request
        bool unlisted = false; // a sweep did not list it: asked on its own
        qint64 sinceMs = kNever; // when it was first watched in this run
        QString type; // its scan type, for what the type's scans teach
        EndEstimator estimator;
    };
    /// What a type's ended scans (Scan::lastPhaseMs) taught about their last phase.
    struct Tail
    {
        qint64 shortestMs = -1;
        qint64 longestMs = -1;
        /// Every one took about what its pace to 100 % gave: the type has no
        /// last phase of its own, and its scans' own pace tells the end best.
        bool paced = true;
    };
    struct Slot
    {
        QString id; // empty: a sweep

        qint64 atMs;
        WaitReason reason;
        /// Needed: an end is likely by then (or a sweep is due); Look: the
        /// fair pace; Details: the events and link of an end a sweep saw;
        /// Share: a pace above the fair one, with what the others leave.
        enum Rank { Needed, Look, Details, Share } rank = Look;
    };

    qint64 nowMs() const { return m_clockFunction ? m_clockFunction() : m_clock.elapsed(); }
    qint64 spacingMs() const;
    /// Whether the budget is short of `pollable` watched scans at the interval.
    bool isTight(qsizetype pollable) const;
    /// Whether an end a sweep saw waits to be looked at for its events and
    /// link (Settings::detailsOnDemand, on a small and tight budget).
    bool detailsWaitForALook() const;
    QList<Slot> plan() const;
    Slot progressAwareSlot(const QString &id, const Entry &entry, double fairMs,
                           double ownMs) const;
    Slot sweepingSlot(const QString &id, const Entry &entry, double fairMs, double ownMs) const;
    /// When to look for the entry's end next, if its estimate says it is
    /// likely by then (Entry::kNever: no estimate).
    /// `roomToSpare`: the budget covers every scan at the interval, so the
    /// looks through the window come two pacing intervals apart (never
    /// closer than half the interval).
    qint64 endCheckAtMs(const Entry &entry, bool roomToSpare = false) const;
    /// Longest a tight budget leaves between two sweeps: just under two
    /// pacing intervals.
    qint64 sweepGapMs() const;
    /// Why `slot` waits when the budget puts it at `at`.
    WaitReason delayedReason(const Slot &slot, qint64 at) const;
    /// `nothingWatched`: every scan has ended; what is left is owed one answer each.
    void layOut(QList<Slot> &queue, bool nothingWatched) const;
    /// `floorAt`: when the look for ends must go at the latest
    /// (Entry::kNever: none); `floorId`: whose look it is (empty: a sweep;
    /// one scan left to watch, its own).
    void layOutByPriority(QList<Slot> &queue, qint64 floorAt, const QString &floorId) const;
    qint64 resetMarginMs() const;
    EndEstimator::Prior priorFor(const QString &type) const;
    Tail tailOf(const QString &type) const;
    /// Times the scan's last phase and keeps it in the history (Scan::lastPhaseMs).
    void learnTail(const QString &id, const Entry &entry, qint64 endedSeenMs);
    void learnSteps(const QString &id, const Entry &entry);
    /// What the type taught, to every other scan of it.
    void sharePrior(const QString &type, const QString &learnedFrom);
    qint64 priorDurationMs(const QString &type) const;
    void publishEstimate(const QString &id, const Entry &entry);
    /// Plans the timer after a change: once, later in this turn of the event
    /// loop, for all the changes made in it (nextPollAtMs() is right meanwhile),
    /// ahead of what else was queued meanwhile (which may read the plan).
    void reschedule();
    bool event(QEvent *event) override;
    void rescheduleNow();
    void onTimer();
    void poll(const QString &id);
    void onAnswer(const QString &id, qint64 sentMs, const ScanStatus &status,
                  const ApiError &error);
    void sweep();
    void onSweepAnswer(qint64 sentMs, const ScanPage &page, const ApiError &error);
    void pauseForRefusedKey(const ApiError &error);
    void fetchOnce(const QString &id, bool sweptEnd);
    /// Backoff after a transient failure; returns whether it has lasted long
    /// enough to count as stalled.
    bool backOff(Entry &entry, qint64 sentMs, const ApiError &error);
    void onRateLimit(const RateLimitInfo &info);
    void onRequestStarted();
    void publishNextPoll(const QList<Slot> &queue);

    ApiClient &m_client;
    ScanRepository &m_repository;
    Settings m_settings;
    QTimer m_timer;
    QTimer m_windowTimer; // the window's reset: the requests left are the limit again
    QElapsedTimer m_clock;
    Clock m_clockFunction;
    mutable QHash<QString, qint64> m_priorByType; // median duration of finished scans
    mutable QHash<QString, Tail> m_tailByType; // from the history, read once a type
    QSet<QString> m_steppedTypes; // a scan of the type held a value between answers
    QRandomGenerator m_random;
    QHash<QString, Entry> m_entries;
    Entry m_sweep; // the sweeps' own pace and backoff
    bool m_sweepRefused = false; // the server did not answer GET /v1/scans
    bool m_lastSendWasSweep = false;
    QString m_selected;
    int m_limit;
    int m_remaining = -1; // -1: unknown
    qint64 m_resetAtMs = -1; // when the server's window resets; -1: unknown
    qint64 m_lastSendMs = -1;
    qint64 m_blockedUntilMs = -1;
    bool m_pausedForKey = false;
    bool m_networkAvailable = true;
    bool m_paused = false;
    bool m_reschedulePending = false;
    bool m_waitingForPlace = false; // every place among the requests out taken
    int m_timerPlans = 0;
};

} // namespace core
