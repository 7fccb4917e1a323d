#include "pollscheduler.h"

#include "api/apiclient.h"
#include "store/scanrepository.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>
#include <utility>

namespace core {
namespace {

// A sweep that fails this many times in a row is given up for the session.
constexpr int kSweepFailuresToGiveUp = 3;
// A scan whose last answer is younger than this counts as polled just now.
constexpr qint64 kFreshAnswerMs = 1000;
// Plans the timer (reschedule()).
const QEvent::Type kRescheduleEvent = static_cast<QEvent::Type>(QEvent::registerEventType());

} // namespace

PollScheduler::PollScheduler(ApiClient &client, ScanRepository &repository, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_repository(repository)
    , m_random(QRandomGenerator::securelySeeded())
    , m_limit(m_settings.assumedLimit)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PollScheduler::onTimer);
    // Idle, no answer says the window was reset: the status bar would show
    // what the last answer left for as long as nothing is sent.
    m_windowTimer.setSingleShot(true);
    connect(&m_windowTimer, &QTimer::timeout, this, [this] {
        const qint64 early = m_resetAtMs + resetMarginMs() - nowMs();
        if (early > 0) // a coarse timer may come up to 5 % early
            m_windowTimer.start(static_cast<int>(early));
        else
            emit budgetChanged(requestsLeft(), m_limit);
    });
    connect(&m_client, &ApiClient::rateLimitUpdated, this, &PollScheduler::onRateLimit);
    connect(&m_client, &ApiClient::requestStarted, this, &PollScheduler::onRequestStarted);
    // A question about scans that ended (a poll's, or a page of the
    // organisation's) frees a place for the next.
    connect(&m_client, &ApiClient::watchingPlaceFreed, this, [this] {
        if (m_waitingForPlace)
            reschedule();
    });
    connect(&m_repository, &ScanRepository::scanAdded, this, &PollScheduler::refresh);
    connect(&m_repository, &ScanRepository::removed, this, &PollScheduler::refresh);
    m_client.setSendGate(this, [this] { return waitBeforeSendMs(); });
    connect(&m_repository, &ScanRepository::loaded, this, [this] {
        m_priorByType.clear();
        m_tailByType.clear();
        refresh();
    });
}

void PollScheduler::setClock(Clock clock)
{
    m_clockFunction = std::move(clock);
    reschedule();
}

qint64 PollScheduler::nextPollAtMs() const
{
    const QList<Slot> queue = plan();
    qint64 next = queue.isEmpty() ? -1 : queue.first().atMs;
    if (m_client.requestsWaiting() > 0) { // held by the budget, not a poll
        const qint64 held = nowMs() + waitBeforeSendMs();
        next = next < 0 ? held : qMin(next, held);
    }
    return next;
}

void PollScheduler::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_limit = settings.assumedLimit;
    reschedule();
}

void PollScheduler::setInterval(int milliseconds)
{
    m_settings.intervalMs = milliseconds;
    reschedule();
}

void PollScheduler::setSelected(const QString &id)
{
    // What the scan looked at until now lacked, and was asked for because
    // it was looked at, is not asked for once the user moved on unseen: a
    // walk down the list with the arrow keys would spend a request a row.
    const auto left = m_entries.constFind(m_selected);
    if (id != m_selected && left != m_entries.cend() && left->once && !left->sweptEnd
        && !left->inFlight)
        m_entries.erase(left);
    m_selected = id;
    reschedule();
}

void PollScheduler::setRequestLimit(int requestsPerWindow)
{
    if (requestsPerWindow <= 0 || requestsPerWindow == m_limit)
        return;
    m_limit = requestsPerWindow;
    emit budgetChanged(requestsLeft(), m_limit);
    reschedule();
}

void PollScheduler::setNetworkAvailable(bool available)
{
    if (available == m_networkAvailable)
        return;
    m_networkAvailable = available;
    if (available) {
        m_sweep.failures = 0;
        m_sweep.retryAtMs = -1;
        m_sweep.firstFailureMs = -1;
    }
    const QString problem = available
        ? QString()
        : QCoreApplication::translate("core", "Offline: waiting for the network.");
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (available) {
            // Whatever failed while offline deserves a fresh try now.
            it->failures = 0;
            it->retryAtMs = -1;
            it->firstFailureMs = -1;
        }
        m_repository.setProblem(it.key(), problem);
    }
    reschedule();
}

void PollScheduler::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        m_repository.setNextPollAt(it.key(), QDateTime(),
                                   paused ? WaitReason::Paused : WaitReason::None);
    reschedule();
}

void PollScheduler::resumeAfterNewKey()
{
    if (!m_pausedForKey)
        return;
    m_pausedForKey = false;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->once) // finished: only its details are owed
            continue;
        m_repository.setWatch(it.key(), WatchState::Watching);
        m_repository.setProblem(it.key(), QString());
    }
    reschedule();
}

void PollScheduler::pauseForKey()
{
    m_pausedForKey = true;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        if (!it->once)
            m_repository.setWatch(it.key(), WatchState::Paused);
    reschedule();
}

void PollScheduler::pollSoon(const QString &id)
{
    const Scan *scan = m_repository.find(id);
    if (!scan || scan->watch == WatchState::Finished)
        return;
    // Asking now is watching again, whatever stopped it.
    if (scan->watch == WatchState::NotFound || scan->watch == WatchState::Stalled
        || scan->watch == WatchState::Stopped)
        m_repository.setWatch(id, WatchState::Watching);
    Entry &entry = m_entries[id];
    entry.lastPollMs = Entry::kNever;
    entry.retryAtMs = -1;
    entry.failures = 0;
    entry.firstFailureMs = -1;
    entry.unlisted = false;
    reschedule();
}

void PollScheduler::fetchOnce(const QString &id, bool sweptEnd)
{
    // Kept while the key is refused too (nothing is asked until a new one is
    // in): the events and link of an end a sweep saw are owed all the same.
    const Scan *scan = m_repository.find(id);
    if (!scan || m_entries.contains(id))
        return;
    Entry entry;
    entry.once = true;
    entry.sweptEnd = sweptEnd;
    m_entries.insert(id, entry);
    reschedule();
}

void PollScheduler::refresh()
{
    const QSet<QString> &active = m_repository.activeIds();
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!active.contains(it.key()) && !it->inFlight && !it->once) {
            it = m_entries.erase(it);
            m_priorByType.clear(); // one more finished scan to learn durations from
        } else if (it->once && !it->inFlight && !m_repository.find(it.key())) {
            it = m_entries.erase(it); // removed meanwhile: nothing to ask
        } else {
            ++it;
        }
    }
    const qint64 now = nowMs();
    const QDateTime wallNow = QDateTime::currentDateTimeUtc();
    for (const auto &id : active) {
        if (m_entries.contains(id))
            continue;
        // A scan whose state is fresh (the POST answer just gave it) counts as
        // polled then; one loaded from the store is asked about at once.
        Entry entry;
        const Scan *scan = m_repository.find(id);
        if (scan && scan->lastUpdatedAt.isValid()) {
            // An answer of the last second counts as now: the time it took to
            // get here, not the scan's age.
            const qint64 age = qMax<qint64>(0, scan->lastUpdatedAt.msecsTo(wallNow));
            entry.lastPollMs = now - (age < kFreshAnswerMs ? 0 : age);
        }
        entry.lastCheckMs = entry.lastPollMs;
        entry.sinceMs = now;
        if (scan) {
            entry.type = scan->type;
            entry.estimator.setPrior(priorFor(scan->type));
            entry.estimator.addSample(entry.lastPollMs != Entry::kNever ? entry.lastPollMs : now,
                                      scan->state, scan->progress);
        }
        m_entries.insert(id, entry);
        if (m_pausedForKey)
            m_repository.setWatch(id, WatchState::Paused);
        if (m_paused)
            m_repository.setNextPollAt(id, QDateTime(), WaitReason::Paused);
    }
    reschedule();
}

void PollScheduler::reschedule()
{
    // ~0.3 ms for 200 scans: a burst of answers in one turn is planned once.
    if (std::exchange(m_reschedulePending, true))
        return;
    QCoreApplication::postEvent(this, new QEvent(kRescheduleEvent), Qt::HighEventPriority);
}

bool PollScheduler::event(QEvent *event)
{
    if (event->type() != kRescheduleEvent)
        return QObject::event(event);
    rescheduleNow();
    return true;
}

bool PollScheduler::isTimerActive() const
{
    return m_reschedulePending ? !plan().isEmpty() : m_timer.isActive() || m_waitingForPlace;
}

void PollScheduler::rescheduleNow()
{
    if (!std::exchange(m_reschedulePending, false))
        return;
    ++m_timerPlans;
    m_waitingForPlace = false;
    const QList<Slot> queue = plan();
    publishNextPoll(queue);
    if (queue.isEmpty()) {
        m_timer.stop();
        return;
    }
    // Every place among the requests out taken: a place freed wakes it.
    m_waitingForPlace = m_client.watchingPlacesTaken();
    if (m_waitingForPlace) {
        m_timer.stop();
        return;
    }
    m_timer.start(static_cast<int>(boundMs(0, queue.first().atMs - nowMs(), INT_MAX)));
}

void PollScheduler::publishNextPoll(const QList<Slot> &queue)
{
    const QDateTime wallNow = QDateTime::currentDateTimeUtc();
    const qint64 now = nowMs();
    // A sweep looks at every listed scan: where it comes before a scan's own
    // question, it is that scan's next look (a row's "next in …").
    // (A sweep that backs off is not: their own questions come meanwhile.)
    const auto sweep = std::find_if(queue.cbegin(), queue.cend(), [](const Slot &slot) {
        return slot.id.isEmpty() && slot.reason != WaitReason::Backoff;
    });
    for (Slot slot : queue) {
        const WatchInfo *scan = m_repository.watchInfo(slot.id);
        const auto entry = m_entries.constFind(slot.id);
        if (sweep != queue.cend() && sweep->atMs < slot.atMs && entry != m_entries.cend()
            && !entry->once && !entry->unlisted && entry->failures == 0) {
            slot.atMs = sweep->atMs;
            slot.reason = sweep->reason;
        }
        const QDateTime when = wallNow.addMSecs(slot.atMs - now);
        // Only a change of a second or more is worth a repaint.
        if (scan
            && (!scan->nextPollAt.isValid() || qAbs(scan->nextPollAt.msecsTo(when)) >= 1000
                || scan->waitReason != slot.reason))
            m_repository.setNextPollAt(slot.id, when, slot.reason);
    }
}

void PollScheduler::onTimer()
{
    pollDue();
}

void PollScheduler::pollDue()
{
    m_client.releaseWaiting();
    const QList<Slot> queue = plan();
    // With every place among the requests out taken (a slow server), the
    // next question waits here, not in the client's queue: a burst of answers
    // then lets them go a spacing apart, not all in one turn.
    if (!queue.isEmpty() && queue.first().atMs <= nowMs() + 5 && !m_client.watchingPlacesTaken()) {
        m_lastSendWasSweep = queue.first().id.isEmpty();
        if (m_lastSendWasSweep)
            sweep();
        else
            poll(queue.first().id);
    }
    reschedule();
}

void PollScheduler::poll(const QString &id)
{
    Entry &entry = m_entries[id];
    entry.inFlight = true;
    const qint64 sent = nowMs();
    m_repository.setNextPollAt(id, QDateTime(), WaitReason::None);
    m_client.getScan(id, this, [this, id, sent](const ScanStatus &status, const ApiError &error) {
        onAnswer(id, sent, status, error);
    });
}

void PollScheduler::onAnswer(const QString &id, qint64 sentMs, const ScanStatus &status,
                             const ApiError &error)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    Entry &entry = it.value();
    entry.inFlight = false;
    const qint64 now = nowMs();
    using Kind = ApiError::Kind;

    if (entry.once && error.kind == Kind::Unauthorized) {
        // Still owed once a new key is in.
        pauseForRefusedKey(error);
        reschedule();
        return;
    }
    if (entry.once && error.kind != Kind::RateLimited) {
        // One answer is all a finished scan needs; a failure is not retried.
        m_entries.erase(it);
        if (error.ok() && status.id == id)
            m_repository.merge(status);
        else if (!error.ok())
            m_repository.setProblem(id, describeError(error));
        reschedule();
        return;
    }
    if (error.ok()) {
        entry.lastPollMs = sentMs;
        entry.lastCheckMs = qMax(entry.lastCheckMs, sentMs);
        entry.failures = 0;
        entry.retryAtMs = -1;
        entry.firstFailureMs = -1;
        ++entry.answers;
        if (status.id == id) {
            // The server answered somewhere between sending and now.
            const qint64 answeredMs = sentMs + (now - sentMs) / 2;
            if (isTerminal(status.state))
                learnTail(id, entry, answeredMs);
            entry.estimator.addSample(answeredMs, status.state, status.progress);
            learnSteps(id, entry);
            publishEstimate(id, entry);
            m_repository.merge(status);
        } else {
            m_repository.setProblem(
                id,
                QCoreApplication::translate("core",
                                            "The server answered about another scan "
                                            "(%1); ignored.")
                    .arg(status.id.left(80)));
        }
        refresh();
        return;
    }

    switch (error.kind) {
    case Kind::Unauthorized:
        pauseForRefusedKey(error);
        break;
    case Kind::NotFound:
    case Kind::Refused:
        m_repository.setWatch(id, WatchState::NotFound);
        m_repository.setProblem(id,
                                error.kind == Kind::NotFound ? QCoreApplication::translate(
                                    "core",
                                    "The server does not know this scan "
                                    "(404): no longer watched.")
                                                             : error.message);
        m_entries.erase(it);
        break;
    case Kind::RateLimited:
        // Not the scan's fault: it keeps its place and goes first after the wait.
        // (One a sweep saw end meanwhile is still owed its events and link,
        // unless they wait until it is looked at.)
        if (!entry.once && !m_repository.activeIds().contains(id)) {
            if (detailsWaitForALook() && id != m_selected) {
                m_entries.erase(it);
            } else {
                entry.once = true;
                entry.sweptEnd = true;
            }
        }
        noteRateLimited(error.retryAfterMs);
        return;
    default:
        if (backOff(entry, sentMs, error))
            m_repository.setWatch(id, WatchState::Stalled);
        m_repository.setProblem(id, describeError(error));
        break;
    }
    reschedule();
}

bool PollScheduler::backOff(Entry &entry, qint64 sentMs, const ApiError &error)
{
    const qint64 now = nowMs();
    entry.lastPollMs = sentMs;
    ++entry.failures;
    if (entry.firstFailureMs < 0)
        entry.firstFailureMs = now;
    // Capped exponential backoff with full jitter.
    const qint64 ceiling = qMin<qint64>(m_settings.backoffCapMs,
                                        static_cast<qint64>(m_settings.backoffBaseMs)
                                            << qMin(entry.failures - 1, 20));
    const qint64 jitter = static_cast<qint64>(m_random.bounded(static_cast<double>(ceiling)));
    entry.retryAtMs = now + jitter;
    if (error.retryAfterMs > 0) // e.g. a 503 that says when to come back
        entry.retryAtMs
            = qMax(entry.retryAtMs, now + qMin(error.retryAfterMs, m_settings.maxWaitMs));
    if (now - entry.firstFailureMs < m_settings.stalledAfterMs)
        return false;
    entry.retryAtMs = qMax(entry.retryAtMs, now + m_settings.backoffCapMs);
    return true;
}

void PollScheduler::pauseForRefusedKey(const ApiError &error)
{
    if (m_pausedForKey)
        return;
    m_pausedForKey = true;
    for (auto other = m_entries.cbegin(); other != m_entries.cend(); ++other) {
        if (other->once)
            continue;
        m_repository.setWatch(other.key(), WatchState::Paused);
        m_repository.setProblem(
            other.key(),
            QCoreApplication::translate("core", "Paused: the API key was not accepted."));
    }
    emit keyRefused(describeError(error));
}

void PollScheduler::sweep()
{
    m_sweep.inFlight = true;
    const qint64 sent = nowMs();
    ScanListQuery query;
    query.limit = 100; // newest first: the scans being watched are recent
    m_client.listScans(query, this, [this, sent](const ScanPage &page, const ApiError &error) {
        onSweepAnswer(sent, page, error);
    });
}

void PollScheduler::onSweepAnswer(qint64 sentMs, const ScanPage &page, const ApiError &error)
{
    m_sweep.inFlight = false;
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        break;
    case Kind::RateLimited:
        noteRateLimited(error.retryAfterMs);
        return;
    case Kind::Unauthorized:
        pauseForRefusedKey(error);
        reschedule();
        return;
    case Kind::NotFound:
    case Kind::BadRequest:
    case Kind::Conflict:
    case Kind::Redirect:
    case Kind::Refused:
        // A server that does not list scans: each is asked on its own from now on.
        m_sweepRefused = true;
        reschedule();
        return;
    default:
        // The scans' own questions go on meanwhile; a list that keeps failing
        // (or that this client cannot read) is given up for this session.
        backOff(m_sweep, sentMs, error);
        m_sweepRefused = m_sweep.failures >= kSweepFailuresToGiveUp;
        reschedule();
        return;
    }
    m_sweep.lastPollMs = sentMs;
    m_sweep.failures = 0;
    m_sweep.retryAtMs = -1;
    m_sweep.firstFailureMs = -1;

    QHash<QString, const ScanSummary *> listed;
    for (const ScanSummary &summary : page.scans)
        listed.insert(summary.id, &summary);
    const qint64 answeredMs = sentMs + (nowMs() - sentMs) / 2;
    const bool onDemand = detailsWaitForALook();
    QHash<QString, qint64> ended; // → its last question
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        Entry &entry = it.value();
        const Scan *scan = m_repository.find(it.key());
        if (entry.once || entry.unlisted || !scan || !isActive(scan->watch))
            continue;
        const ScanSummary *summary = listed.value(it.key());
        if (!summary) {
            // Past the first page, or not listed at all (one launched after
            // the sweep left may simply be too new for it).
            entry.unlisted = entry.sinceMs < sentMs;
            continue;
        }
        entry.lastCheckMs = qMax(entry.lastCheckMs, sentMs);
        if (!isTerminal(summary->state)) {
            if (summary->state == ScanState::Queued) {
                entry.estimator.addSample(answeredMs, summary->state, 0);
                continue;
            }
            entry.estimator.addRunningCheck(answeredMs);
            if (scan->state == ScanState::Queued) {
                // It left the queue: shown now, not at its own next question
                // (on the free plan that can be its end).
                ScanStatus status;
                status.id = summary->id;
                status.state = summary->state;
                status.progress = scan->progress;
                m_repository.merge(status);
            }
            continue;
        }
        learnTail(it.key(), entry, answeredMs);
        ScanStatus status;
        status.id = summary->id;
        status.state = summary->state;
        status.progress = summary->state == ScanState::Failed ? 0 : 100;
        if (summary->score && !summary->grade.isEmpty())
            status.result = ScanResult { *summary->score, summary->grade, QString() };
        status.createdAt = summary->createdAt;
        status.completedAt = summary->completedAt;
        m_repository.merge(status);
        // Else its own answer brings the rest. One not looked at may wait
        // until it is: a request each cost the free plan more requests in
        // all than round-robin spends.
        if (!entry.inFlight && (!onDemand || it.key() == m_selected))
            ended.insert(it.key(), entry.lastPollMs);
    }
    refresh();
    for (auto it = ended.cbegin(); it != ended.cend(); ++it) {
        fetchOnce(it.key(), true); // its events, report link or reason
        if (m_entries.contains(it.key()))
            m_entries[it.key()].lastPollMs = it.value();
    }
    reschedule();
}

} // namespace core
