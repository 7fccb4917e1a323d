#include "reportfetcher.h"

#include "api/apiclient.h"
#include "poll/pollscheduler.h"
#include "store/scanrepository.h"

#include <QCoreApplication>
#include <QTimer>

namespace core {

ReportFetcher::ReportFetcher(ApiClient &client, ScanRepository &repository,
                             PollScheduler &scheduler, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_repository(repository)
    , m_scheduler(scheduler)
{ }

void ReportFetcher::fetch(const QString &scanId, Need need)
{
    if (m_asked.contains(scanId)) {
        if (need == Asked) // a look's fetch waiting for the budget now goes anyway
            m_neededAnyway.insert(scanId);
        return;
    }
    const Scan *scan = m_repository.find(scanId);
    if (!scan || !scan->result || scan->summary)
        return;
    m_repository.ensureDetails(scanId);
    if (scan->summary)
        return; // kept in the history from an earlier run
    qint64 wait = 0;
    if (!m_scheduler.budgetAllowsNow(&wait)) {
        // The user is waiting for it: ask as soon as the budget has room.
        m_asked.insert(scanId);
        QTimer::singleShot(static_cast<int>(boundMs(200, wait, 120000)), this,
                           [this, scanId, need] {
                               m_asked.remove(scanId);
                               const Need now = m_neededAnyway.remove(scanId) ? Asked : need;
                               if (now == WhileShown && m_repository.shownId() != scanId)
                                   return; // the user moved on: selecting it again asks
                               fetch(scanId, now);
                           });
        return;
    }
    m_asked.insert(scanId);
    m_client.getReport(scanId, this, [this, scanId](const Report &report, const ApiError &error) {
        if (error.ok() && report.id == scanId) {
            m_repository.setReport(scanId, report);
            return;
        }
        // Not kept: a later selection or Retry asks again.
        m_asked.remove(scanId);
        ApiError reason = error;
        if (error.ok()) {
            reason.kind = ApiError::Kind::Malformed;
            // Worded where it was written first: its translation is kept.
            reason.message = QCoreApplication::translate(
                "core::ScanController", "The server sent the report of another scan.");
        }
        emit failed(scanId, reason);
    });
}

void ReportFetcher::retry(const QString &scanId)
{
    m_asked.remove(scanId);
    fetch(scanId);
}

} // namespace core
