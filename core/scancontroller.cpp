#include "scancontroller.h"

#include "api/apiclient.h"
#include "poll/pollscheduler.h"
#include "store/scanrepository.h"
#include "text/displaytext.h"
#include "triagecontroller.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QUuid>

#include <algorithm>

namespace core {

QString launchErrorMessage(const ApiError &error)
{
    static const QHash<QString, QString> leads {
        { QStringLiteral("INVALID_URL"),
          QCoreApplication::translate("core", "AppVet says the address is not valid.") },
        { QStringLiteral("INVALID_TYPE"),
          QCoreApplication::translate("core", "AppVet does not know that scan type.") },
        { QStringLiteral("URL_NOT_REACHABLE"),
          QCoreApplication::translate("core", "AppVet could not reach that site.") },
        { QStringLiteral("DOMAIN_BLOCKED"),
          QCoreApplication::translate(
              "core", "AppVet does not scan local, internal or reserved addresses.") },
        { QStringLiteral("QUOTA_EXCEEDED"),
          QCoreApplication::translate("core", "This month's scan quota is used up.") },
        { QStringLiteral("UNAUTHORIZED"),
          QCoreApplication::translate("core", "The API key was not accepted.") },
        { QStringLiteral("KEY_REVOKED"),
          QCoreApplication::translate("core", "The API key has been revoked.") },
        { QStringLiteral("RATE_LIMITED"),
          QCoreApplication::translate("core", "Too many requests for this key.") },
    };
    const QString lead = leads.value(error.code);
    const QString detail = displayText(error.message, 300);
    if (lead.isEmpty())
        return describeError(error);
    return detail.isEmpty() || detail == lead ? lead : lead + QLatin1Char(' ') + detail;
}

bool lacksServerDetails(const Scan &scan)
{
    if (!isTerminal(scan.state) || scan.watch != WatchState::Finished)
        return false;
    if (scan.result)
        return scan.result->reportUrl.isEmpty();
    return scan.state == ScanState::Failed && scan.error.isEmpty();
}

/// This session's removals, newest last, for undo: whole, as the repository took them.
struct ScanController::Removals : QList<ScanRepository::Removed>
{
};

ScanController::~ScanController() = default;

bool ScanController::canUndoRemove() const
{
    return !m_removed->isEmpty();
}

bool ScanController::canUndo() const
{
    return canUndoRemove() || m_triage->canUndo();
}

bool ScanController::undoIsTriage() const
{
    return !m_undoOrder.isEmpty() && m_undoOrder.last() && m_triage->canUndo();
}

void ScanController::undo()
{
    if (undoIsTriage()) {
        m_undoOrder.removeLast();
        m_triage->undo();
        emit undoAvailableChanged(canUndo());
    } else {
        undoRemove();
    }
}

ScanController::ScanController(ApiClient &client, ScanRepository &repository,
                               PollScheduler &scheduler, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_repository(repository)
    , m_scheduler(scheduler)
    , m_reports(client, repository, scheduler)
    , m_sync(client, repository, scheduler)
    , m_removed(std::make_unique<Removals>())
    , m_triage(std::make_unique<TriageController>(repository))
{
    connect(m_triage.get(), &TriageController::edited, this, [this] {
        m_undoOrder.append(true);
        emit undoAvailableChanged(true);
    });
    connect(&m_reports, &ReportFetcher::failed, this, &ScanController::reportFailed);
    m_lookSettle.setSingleShot(true);
    m_lookSettle.setInterval(kLookSettleMs);
    connect(&m_lookSettle, &QTimer::timeout, this, [this] {
        const QString id = m_repository.shownId();
        fetchDetails(id);
        m_reports.fetch(id, ReportFetcher::WhileShown);
    });
    connect(&m_sync, &OrganisationSync::synced, this, &ScanController::organisationSynced);
    m_pendingTimer.setSingleShot(true);
    connect(&m_pendingTimer, &QTimer::timeout, this, &ScanController::sendPending);
    m_concurrencyTimer.setSingleShot(true);
    connect(&m_concurrencyTimer, &QTimer::timeout, this, [this] {
        // Perhaps scans started elsewhere ended: one launch may try again.
        m_learnedConcurrency = 0;
        m_concurrencyHeld = false;
        sendPending();
    });
    // A scan that ends makes room for one that waits.
    connect(&m_repository, &ScanRepository::scanChanged, this,
            [this](const QString &, ScanFields fields) {
                if ((fields & FieldWatch) && !m_pending.isEmpty()) {
                    m_concurrencyHeld = false;
                    QTimer::singleShot(0, this, &ScanController::sendPending);
                }
            });
    connect(&m_repository, &ScanRepository::loaded, this, &ScanController::restoreQueue);
    connect(&m_scheduler, &PollScheduler::keyRefused, this, &ScanController::keyRefused);
    connect(&m_scheduler, &PollScheduler::budgetChanged, this, &ScanController::budgetChanged);
    connect(&m_scheduler, &PollScheduler::rateLimitWait, this, &ScanController::rateLimitWait);
    m_watchTimer.setInterval(60 * 60 * 1000);
    connect(&m_watchTimer, &QTimer::timeout, this, &ScanController::checkWatchedSites);
    m_watchTimer.start();
}

void ScanController::startScan(const QString input, const QString type)
{
    if (isLaunchBlocked()) {
        emit launchFailed(input, m_launchBlockedReason);
        return;
    }
    const CheckedUrl target = checkScanTarget(input);
    if (!target.ok()) {
        emit launchFailed(input, target.refusal);
        return;
    }
    if (!scanTypes().contains(type)) {
        emit launchFailed(
            input,
            QCoreApplication::translate("core", "Pick one of: %1.").arg(scanTypes().join(", ")));
        return;
    }
    m_pending.append({ input, target.url, type, QString() });
    if (!m_client.hasApiKey()) {
        placeWaiting();
        // Kept: it starts as soon as a key is given.
        emit keyRefused(tr("An AppVet API key is needed to start scans."));
        emit launchDeferred(tr("Waiting for an API key: %n scan(s) will start once one is given.",
                               nullptr, m_pending.size()));
        return;
    }
    sendPending();
    placeWaiting();
}

QUrl ScanController::apiBaseUrl() const
{
    return m_client.baseUrl();
}

ScanController::Unsaved ScanController::unsaved() const
{
    return m_repository.unsaved();
}

bool ScanController::saveUnsaved()
{
    return m_repository.saveUnsaved();
}

std::optional<Report> ScanController::report(const QString &scanId) const
{
    return m_repository.report(scanId);
}

int ScanController::pollIntervalMs() const
{
    return m_scheduler.settings().intervalMs;
}

int ScanController::requestsLeft() const
{
    return m_scheduler.requestsLeft();
}

int ScanController::requestLimit() const
{
    return m_scheduler.requestLimit();
}

QSet<QString> ScanController::runningSiteKeys() const
{
    QSet<QString> keys;
    for (const QString &id : m_repository.activeIds()) {
        if (const Scan *scan = m_repository.find(id))
            keys.insert(siteKey(scan->url, scan->type));
    }
    for (const Launch &launch : m_pending)
        keys.insert(siteKey(launch.target.toString(), launch.type));
    return keys;
}

int ScanController::concurrencyLimit() const
{
    int limit = m_usage ? m_usage->concurrentScans : 0;
    if (m_learnedConcurrency > 0)
        limit = limit > 0 ? qMin(limit, m_learnedConcurrency) : m_learnedConcurrency;
    return limit;
}

void ScanController::sendPending()
{
    // One launch at a time, each when the request budget has room and the
    // plan runs fewer scans than it allows at once: never a burst of 429s.
    if (m_pending.isEmpty() || m_launchInFlight || m_concurrencyHeld || m_keyRefused
        || !m_client.hasApiKey() || isLaunchBlocked())
        return;
    const int limit = concurrencyLimit();
    if (limit > 0 && m_repository.activeIds().size() >= limit) {
        emit launchDeferred(tr("%n scan(s) waiting to start: the plan runs %1 at once, and they "
                               "start as others end.",
                               nullptr, m_pending.size())
                                .arg(limit));
        return; // a scan that ends calls again
    }
    qint64 wait = 0;
    if (!m_scheduler.budgetAllowsNow(&wait)) {
        emit launchDeferred(
            tr("Request limit reached: %n scan(s) will start in %1 s.", nullptr, m_pending.size())
                .arg((wait + 999) / 1000));
        m_pendingTimer.start(static_cast<int>(qMin<qint64>(wait, 120000)));
        return;
    }
    m_pendingTimer.stop();
    m_launchInFlight = true;
    const Launch launch = m_pending.takeFirst();
    placeWaiting();
    send(launch);
}

void ScanController::placeWaiting()
{
    // A launch that waits has a row in the list (and the history) until it
    // goes out, with its place in the queue.
    for (int i = 0; i < m_pending.size(); ++i) {
        Launch &launch = m_pending[i];
        if (launch.waitingId.isEmpty()) {
            Scan waiting;
            waiting.id
                = QStringLiteral("waiting-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
            waiting.url = launch.target.toString();
            waiting.type = launch.type;
            waiting.watch = WatchState::Waiting;
            waiting.createdAt = m_clock();
            m_repository.restore({ waiting, std::nullopt });
            launch.waitingId = waiting.id;
        }
        m_repository.setQueuePlace(launch.waitingId, i + 1);
    }
}

void ScanController::restoreQueue()
{
    // Launches that waited when ScanDash last stopped wait again, in order.
    QList<const Scan *> waiting;
    for (int i = 0; i < m_repository.count(); ++i) {
        const Scan &scan = m_repository.at(i);
        if (scan.watch == WatchState::Waiting
            && std::none_of(m_pending.cbegin(), m_pending.cend(),
                            [&scan](const Launch &launch) { return launch.waitingId == scan.id; }))
            waiting.append(&scan);
    }
    std::stable_sort(waiting.begin(), waiting.end(),
                     [](const Scan *a, const Scan *b) { return a->createdAt < b->createdAt; });
    for (const Scan *scan : waiting)
        m_pending.append({ scan->url, QUrl(scan->url), scan->type, scan->id });
    placeWaiting();
    sendPending();
}

void ScanController::send(const Launch &launch)
{
    m_client.createScan(launch.target, launch.type, this,
                        [this, launch](const ScanStatus &status, const ApiError &error) {
                            onCreated(launch, status, error);
                        });
}

void ScanController::onCreated(const Launch &launch, const ScanStatus &status,
                               const ApiError &error)
{
    using Kind = ApiError::Kind;
    m_launchInFlight = false;
    // The next launch goes once this answer is dealt with (a 429 has its own wait).
    auto next = qScopeGuard([this] { QTimer::singleShot(0, this, &ScanController::sendPending); });
    if (error.kind == Kind::RateLimited)
        next.dismiss();
    const bool concurrency = error.kind == Kind::RateLimited && error.requestsRemaining > 0;
    if (!error.ok() && error.kind != Kind::RateLimited && error.kind != Kind::Unauthorized)
        m_repository.take(launch.waitingId); // it will not start: the user is told below
    if (error.ok()) {
        m_repository.take(launch.waitingId);
        const Scan *kept = m_repository.find(status.id);
        if (kept && (kept->url != status.url || kept->type != status.type)) {
            // An id the history keeps for another scan (another server on
            // this host, or one that reuses ids): its answers would be
            // written into that scan.
            emit launchFailed(
                launch.input,
                tr("AppVet answered the scan of %1 with the id %2, which the history keeps for "
                   "an earlier scan of %3. The new scan is not watched here, and the earlier "
                   "one is left as it was.")
                    .arg(displayText(launch.target.toString(), 200), displayText(status.id, 100),
                         displayText(kept->url, 200)));
            return;
        }
        m_repository.add(status);
        if (m_usage) {
            // Each scan spends one of the month's quota; no request needed to know.
            m_usage->scans.used += 1;
            m_usage->scans.remaining = qMax(0, m_usage->scans.remaining - 1);
            emit usageUpdated(*m_usage);
        }
        emit launched(status.id);
        return;
    }
    if (concurrency) {
        // Requests remain: the server runs as many scans at once as the plan
        // allows. Only launches wait, for a scan to end (or, should ours all
        // be elsewhere, for the server's hint); polling goes on.
        m_learnedConcurrency = m_repository.activeIds().size();
        m_concurrencyHeld = true;
        m_pending.prepend(launch);
        placeWaiting();
        emit launchDeferred(tr("The server runs no more scans at once for now: %n scan(s) wait "
                               "for one to end. Running scans are still watched.",
                               nullptr, m_pending.size()));
        m_concurrencyTimer.start(static_cast<int>(
            boundMs(5000, error.retryAfterMs < 0 ? 30000 : error.retryAfterMs, 120000)));
        return;
    }
    switch (error.kind) {
    case Kind::RateLimited: {
        // A 429 means nothing was created: safe to send again after the wait,
        // which holds the polling back too.
        const qint64 wait = m_scheduler.noteRateLimited(error.retryAfterMs);
        m_pending.prepend(launch);
        placeWaiting();
        emit launchDeferred(
            tr("Request limit reached: the scan of %1 will start in %2 s.")
                .arg(displayText(launch.target.host(), 200), QString::number((wait + 999) / 1000)));
        m_pendingTimer.start(static_cast<int>(wait));
        return;
    }
    case Kind::QuotaExceeded:
        setLaunchBlocked(launchErrorMessage(error));
        emit launchFailed(launch.input, m_launchBlockedReason);
        return;
    case Kind::Unauthorized:
        // Nothing was started: the launch waits for a key that works.
        m_keyRefused = true;
        m_pending.prepend(launch);
        placeWaiting();
        emit keyRefused(launchErrorMessage(error));
        emit launchDeferred(tr("The API key was refused: %n scan(s) will start once a new key "
                               "is given.",
                               nullptr, m_pending.size()));
        return;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Server:
    case Kind::Malformed:
    case Kind::TooLarge:
    case Kind::Redirect:
        emit launchFailed(
            launch.input,
            QCoreApplication::translate("core",
                                        "The server did not confirm the scan of %1 (%2). It may "
                                        "or may not have started; it was not sent again. Check "
                                        "the scan list, then press Start to retry.")
                .arg(displayText(launch.target.toString(), 200), displayText(error.message, 300)));
        return;
    default:
        emit launchFailed(launch.input, launchErrorMessage(error));
        return;
    }
}

void ScanController::setLaunchBlocked(const QString &reason)
{
    if (reason == m_launchBlockedReason)
        return;
    m_launchBlockedReason = reason;
    emit launchBlocked(reason);
}

void ScanController::fetchUsage()
{
    m_client.getUsage(this, [this](const Usage &usage, const ApiError &error) {
        if (error.kind == ApiError::Kind::Unauthorized) {
            m_unconfirmedKey.clear();
            emit keyRefused(launchErrorMessage(error));
            return;
        }
        if (!error.ok())
            return; // the headers of later answers teach the limit too
        if (!m_unconfirmedKey.isEmpty())
            emit keyAccepted(std::exchange(m_unconfirmedKey, QString()));
        m_scheduler.setRequestLimit(usage.requestsPerMinute);
        m_usage = usage;
        // A new billing period (or a bigger plan) lifts the block by itself.
        if (usage.scans.limit > 0 && usage.scans.remaining <= 0)
            setLaunchBlocked(tr("This month's scan quota (%1) is used up.").arg(usage.scans.limit));
        else
            setLaunchBlocked(QString());
        emit usageUpdated(usage);
        sendPending();
    });
}

void ScanController::syncOrganisationScans()
{
    m_sync.start();
}

void ScanController::fetchReport(const QString &scanId)
{
    m_reports.fetch(scanId);
}

void ScanController::retryReport(const QString &scanId)
{
    m_reports.retry(scanId);
}

void ScanController::showScan(const QString &scanId)
{
    m_repository.setShown(scanId);
    m_scheduler.setSelected(scanId);
    m_lookSettle.stop();
    if (m_repository.find(scanId))
        m_lookSettle.start();
}

bool ScanController::fetchDetails(const QString &scanId)
{
    const Scan *scan = m_repository.find(scanId);
    if (!scan || !lacksServerDetails(*scan))
        return false;
    m_scheduler.fetchOnce(scanId);
    return m_scheduler.isAsking(scanId);
}

void ScanController::rescan(const QString &scanId)
{
    if (const Scan *scan = m_repository.find(scanId))
        startScan(scan->url, scan->type);
}

void ScanController::stopWatching(const QString &scanId)
{
    const Scan *scan = m_repository.find(scanId);
    if (scan && isActive(scan->watch))
        m_repository.setWatch(scanId, WatchState::Stopped);
}

void ScanController::pollNow(const QString &scanId)
{
    m_scheduler.pollSoon(scanId);
}

void ScanController::remove(const QString &scanId)
{
    const auto queued
        = std::find_if(m_pending.begin(), m_pending.end(),
                       [&scanId](const Launch &launch) { return launch.waitingId == scanId; });
    if (queued != m_pending.end()) {
        // A launch that has not gone out is simply dropped.
        m_pending.erase(queued);
        m_repository.take(scanId);
        placeWaiting();
        return;
    }
    // The whole scan is kept for undo before anyone hears it went.
    auto removed = m_repository.snapshot(scanId);
    if (!removed)
        return;
    m_reports.forget(scanId);
    m_removed->append(std::move(*removed));
    m_undoOrder.append(false);
    m_repository.take(scanId);
    emit undoAvailableChanged(true);
}

void ScanController::undoRemove()
{
    if (m_removed->isEmpty())
        return;
    m_repository.restore(m_removed->takeLast()); // planned afresh: no stale next poll
    const auto last = m_undoOrder.lastIndexOf(false);
    if (last >= 0)
        m_undoOrder.removeAt(last);
    if (m_removed->isEmpty())
        emit undoAvailableChanged(canUndo());
}

void ScanController::watchSite(const QString &scanId, int days)
{
    const Scan *scan = m_repository.find(scanId);
    if (!scan)
        return;
    if (days <= 0)
        m_repository.removeSiteWatch(scan->url, scan->type);
    else
        m_repository.setSiteWatch({ scan->url, scan->type, days });
}

void ScanController::checkWatchedSites()
{
    const QDateTime now = m_clock();
    for (const SiteWatch &watch : m_repository.siteWatches()) {
        // Due when the newest scan of the site is older than the period.
        const QList<const Scan *> history = m_repository.siteHistory(watch.url, watch.type);
        const QDateTime newest = history.isEmpty() ? QDateTime() : history.last()->createdAt;
        bool running = false;
        for (const Scan *scan : history)
            running = running || isActive(scan->watch);
        bool launching = false;
        for (const auto &launch : m_pending)
            launching = launching
                || siteKey(launch.target.toString(), launch.type) == siteKey(watch.url, watch.type);
        if (running || launching)
            continue;
        if (!newest.isValid() || newest.addDays(watch.everyDays) <= now) {
            startScan(watch.url, watch.type);
            emit watchedSiteRescanned(watch.url, watch.type);
        }
    }
}

CheckedUrl ScanController::reportLink(const QString &scanId) const
{
    const Scan *scan = m_repository.find(scanId);
    if (!scan || !scan->result)
        return { {}, QCoreApplication::translate("core", "This scan has no report yet.") };
    return resolveReportUrl(m_client.baseUrl(), scan->result->reportUrl);
}

void ScanController::setApiKey(const QString &key)
{
    m_client.setApiKey(key);
    m_unconfirmedKey = key;
    m_keyRefused = false;
    // A new key may be on another plan: the old quota block says nothing now.
    setLaunchBlocked(QString());
    m_scheduler.resumeAfterNewKey();
    sendPending();
}

void ScanController::testConnection(const QUrl &apiUrl, const QString &key, QObject *context,
                                    ConnectionTested done)
{
    auto answer = [done](const Usage &usage, const ApiError &error) {
        done(usage, error.ok() ? QString() : describeError(error));
    };
    if (!isSameOrigin(apiUrl, m_client.baseUrl())) {
        done({},
             tr("Test asks the API in use (%1); another API URL is used from the next start.")
                 .arg(m_client.baseUrl().toString()));
        return;
    }
    if (key.isEmpty()) {
        m_client.getUsage(context, answer);
        return;
    }
    // The typed key goes with this one request only: the client takes the key
    // when asked (even if the request then waits for the budget), and the
    // session's key is back at once.
    const QByteArray inUse = m_client.buildRequest(QString()).rawHeader("Authorization");
    m_client.setApiKey(key);
    m_client.getUsage(context, answer);
    m_client.setApiKey(QString::fromUtf8(inUse.mid(sizeof("Bearer ") - 1)));
}

void ScanController::setPollInterval(int milliseconds)
{
    m_scheduler.setInterval(milliseconds);
}

void ScanController::setPollingPaused(bool paused)
{
    m_scheduler.setPaused(paused);
}

} // namespace core
