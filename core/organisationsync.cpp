#include "organisationsync.h"

#include "api/apiclient.h"
#include "poll/pollscheduler.h"
#include "store/scanrepository.h"

#include <QTimer>

namespace core {

OrganisationSync::OrganisationSync(ApiClient &client, ScanRepository &repository,
                                   PollScheduler &scheduler, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_repository(repository)
    , m_scheduler(scheduler)
{ }

void OrganisationSync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_added = 0;
    fetchPage(0);
}

void OrganisationSync::fetchPage(int offset)
{
    qint64 wait = 0;
    if (!m_client.hasApiKey() || !m_scheduler.budgetAllowsNow(&wait)) {
        // Paging shares the budget with polling: wait for room, never a 429.
        QTimer::singleShot(static_cast<int>(boundMs(1000, wait, 120000)), this,
                           [this, offset] { fetchPage(offset); });
        return;
    }
    ScanListQuery query;
    query.limit = 100;
    query.offset = offset;
    m_client.listScans(query, this, [this, offset](const ScanPage &page, const ApiError &error) {
        if (error.kind == ApiError::Kind::RateLimited) {
            const qint64 wait = m_scheduler.noteRateLimited(error.retryAfterMs);
            QTimer::singleShot(static_cast<int>(wait), this, [this, offset] { fetchPage(offset); });
            return;
        }
        if (!error.ok()) {
            m_running = false;
            emit synced(m_added, describeError(error));
            return;
        }
        bool reachedKnown = false;
        QList<ScanSummary> fresh;
        for (const auto &summary : page.scans) {
            if (m_repository.find(summary.id))
                reachedKnown = true; // newest first: the rest is known too
            else
                fresh.append(summary);
        }
        // Oldest first, so that the list keeps the server's newest-first order.
        for (auto it = fresh.crbegin(); it != fresh.crend(); ++it)
            m_added += m_repository.adopt(*it);
        const int next = offset + page.scans.size();
        if (reachedKnown || page.scans.isEmpty() || next >= page.total) {
            m_running = false;
            emit synced(m_added, QString());
            return;
        }
        fetchPage(next);
    });
}

} // namespace core
