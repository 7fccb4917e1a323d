#include "scancontroller.h"

#include "api/apiclient.h"
#include "model/displaytext.h"
#include "poll/pollscheduler.h"
#include "store/scanrepository.h"

namespace core {

QString launchErrorMessage(const ApiError &error)
{
    static const QHash<QString, QString> leads {
        { QStringLiteral("INVALID_URL"), QStringLiteral("AppVet says the address is not valid.") },
        { QStringLiteral("INVALID_TYPE"), QStringLiteral("AppVet does not know that scan type.") },
        { QStringLiteral("URL_NOT_REACHABLE"),
          QStringLiteral("AppVet could not reach that site.") },
        { QStringLiteral("DOMAIN_BLOCKED"),
          QStringLiteral("AppVet does not scan local, internal or reserved addresses.") },
        { QStringLiteral("QUOTA_EXCEEDED"), QStringLiteral("This month's scan quota is used up.") },
        { QStringLiteral("UNAUTHORIZED"), QStringLiteral("The API key was not accepted.") },
        { QStringLiteral("KEY_REVOKED"), QStringLiteral("The API key has been revoked.") },
        { QStringLiteral("RATE_LIMITED"), QStringLiteral("Too many requests for this key.") },
    };
    const QString lead = leads.value(error.code);
    const QString detail = displayText(error.message, 300);
    if (lead.isEmpty())
        return describeError(error);
    return detail.isEmpty() || detail == lead ? lead : lead + QLatin1Char(' ') + detail;
}

ScanController::ScanController(ApiClient &client, ScanRepository &repository,
                               PollScheduler &scheduler, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_repository(repository)
    , m_scheduler(scheduler)
{
    m_pendingTimer.setSingleShot(true);
    connect(&m_pendingTimer, &QTimer::timeout, this, &ScanController::sendPending);
    connect(&m_scheduler, &PollScheduler::keyRefused, this, &ScanController::keyRefused);
}

void ScanController::startScan(const QString &input, const QString &type)
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
        emit launchFailed(input, QStringLiteral("Pick one of: %1.").arg(scanTypes().join(", ")));
        return;
    }
    m_pending.append({ input, target.url, type });
    if (!m_client.hasApiKey()) {
        // Kept: it starts as soon as a key is given.
        emit keyRefused(QStringLiteral("An AppVet API key is needed to start scans."));
        emit launchDeferred(QStringLiteral("Waiting for an API key: %1 scan(s) will start once "
                                           "one is given.")
                                .arg(m_pending.size()));
        return;
    }
    sendPending();
}

void ScanController::sendPending()
{
    while (!m_pending.isEmpty()) {
        qint64 wait = 0;
        if (!m_scheduler.budgetAllowsNow(&wait)) {
            emit launchDeferred(QStringLiteral("Request limit reached: %1 scan(s) will start in "
                                               "%2 s.")
                                    .arg(m_pending.size())
                                    .arg((wait + 999) / 1000));
            m_pendingTimer.start(static_cast<int>(qMin<qint64>(wait, 120000)));
            return;
        }
        send(m_pending.takeFirst());
    }
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
    if (error.ok()) {
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
    switch (error.kind) {
    case Kind::RateLimited: {
        // A 429 means nothing was created: safe to send again after the wait,
        // which holds the polling back too.
        const qint64 wait = m_scheduler.noteRateLimited(error.retryAfterMs);
        m_pending.prepend(launch);
        emit launchDeferred(QStringLiteral("Request limit reached: the scan of %1 will start "
                                           "in %2 s.")
                                .arg(displayText(launch.target.host(), 200))
                                .arg((wait + 999) / 1000));
        m_pendingTimer.start(static_cast<int>(wait));
        return;
    }
    case Kind::QuotaExceeded:
        m_launchBlockedReason = launchErrorMessage(error);
        emit launchBlocked(m_launchBlockedReason);
        emit launchFailed(launch.input, m_launchBlockedReason);
        return;
    case Kind::Unauthorized:
        emit keyRefused(launchErrorMessage(error));
        emit launchFailed(launch.input, launchErrorMessage(error));
        return;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Server:
    case Kind::Malformed:
    case Kind::TooLarge:
    case Kind::Redirect:
        emit launchFailed(
            launch.input,
            QStringLiteral("The server did not confirm the scan of %1 (%2). It may "
                           "or may not have started; it was not sent again. Check "
                           "the scan list, then press Start to retry.")
                .arg(displayText(launch.target.toString(), 200), displayText(error.message, 300)));
        return;
    default:
        emit launchFailed(launch.input, launchErrorMessage(error));
        return;
    }
}

void ScanController::fetchUsage()
{
    m_client.getUsage(this, [this](const Usage &usage, const ApiError &error) {
        if (!error.ok())
            return; // the headers of later answers teach the limit too
        m_scheduler.setRequestLimit(usage.requestsPerMinute);
        m_usage = usage;
        if (usage.scans.limit > 0 && usage.scans.remaining <= 0) {
            m_launchBlockedReason
                = QStringLiteral("This month's scan quota (%1) is used up.").arg(usage.scans.limit);
            emit launchBlocked(m_launchBlockedReason);
        }
        emit usageUpdated(usage);
    });
}

void ScanController::importRecentScans(int limit)
{
    ScanListQuery query;
    query.limit = qBound(1, limit, 100);
    m_client.listScans(query, this, [this](const ScanPage &page, const ApiError &error) {
        if (!error.ok()) {
            emit scansImported(0, 0, describeError(error));
            return;
        }
        int added = 0;
        // Oldest first, so that the list keeps the server's newest-first order.
        for (auto it = page.scans.crbegin(); it != page.scans.crend(); ++it)
            added += m_repository.adopt(*it);
        emit scansImported(added, page.scans.size() - added, QString());
    });
}

void ScanController::fetchReportSummary(const QString &scanId)
{
    const Scan *scan = m_repository.find(scanId);
    if (!scan || !scan->result || scan->summary || m_summariesAsked.contains(scanId)
        || !m_scheduler.budgetAllowsNow(nullptr))
        return;
    m_summariesAsked.insert(scanId);
    m_client.getReport(scanId, this, [this, scanId](const Report &report, const ApiError &error) {
        if (error.ok() && report.id == scanId)
            m_repository.setReportSummary(scanId, report.summary);
        else if (error.isTransient())
            m_summariesAsked.remove(scanId); // worth another try on the next selection
    });
}

CheckedUrl ScanController::reportLink(const QString &scanId) const
{
    const Scan *scan = m_repository.find(scanId);
    if (!scan || !scan->result)
        return { {}, QStringLiteral("This scan has no report yet.") };
    return resolveReportUrl(m_client.baseUrl(), scan->result->reportUrl);
}

void ScanController::setApiKey(const QString &key)
{
    m_client.setApiKey(key);
    m_scheduler.resumeAfterNewKey();
    sendPending();
}

} // namespace core
