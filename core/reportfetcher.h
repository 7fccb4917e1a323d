#pragma once

#include "api/types.h"

#include <QObject>
#include <QSet>

namespace core {

class ApiClient;
class PollScheduler;
class ScanRepository;

/// Fetches the report of a finished scan once (GET /v1/report) and keeps it
/// in the history, as soon as the shared request budget has room. One of
/// ScanController's jobs, kept apart.
class ReportFetcher : public QObject
{
    Q_OBJECT

public:
    ReportFetcher(ApiClient &client, ScanRepository &repository, PollScheduler &scheduler,
                  QObject *parent = nullptr);

    enum Need {
        Asked, // export, compare, a scan shown as it ends: fetched when the budget has room
        WhileShown, // a scan looked at: not once another is shown
    };
    /// The outcome: the repository's scanChanged(FieldSummary), or failed().
    void fetch(const QString &scanId, Need need = Asked);
    /// Asks again after a failure.
    void retry(const QString &scanId);
    /// Forgets that the report was asked for (the scan was removed).
    void forget(const QString &scanId)
    {
        m_asked.remove(scanId);
        m_neededAnyway.remove(scanId);
    }

signals:
    void failed(const QString &scanId, const core::ApiError &error);

private:
    ApiClient &m_client;
    ScanRepository &m_repository;
    PollScheduler &m_scheduler;
    QSet<QString> m_asked;
    QSet<QString> m_neededAnyway; // asked for while a look's fetch waited for the budget
};

} // namespace core
