#pragma once

#include <QObject>

namespace core {

class ApiClient;
class PollScheduler;
class ScanRepository;

/// Pages through the organisation's scans (GET /v1/scans, 100 a page, newest
/// first) and adopts those this window does not have, stopping at the first
/// page that reaches a scan already known. Paging shares the request budget
/// with polling. One of ScanController's jobs, kept apart.
class OrganisationSync : public QObject
{
    Q_OBJECT

public:
    OrganisationSync(ApiClient &client, ScanRepository &repository, PollScheduler &scheduler,
                     QObject *parent = nullptr);

    /// Starts paging, unless it already runs; the outcome arrives as synced().
    void start();

signals:
    /// `added` scans were adopted; `error` is empty when the paging ended well.
    void synced(int added, const QString &error);

private:
    void fetchPage(int offset);

    ApiClient &m_client;
    ScanRepository &m_repository;
    PollScheduler &m_scheduler;
    bool m_running = false;
    int m_added = 0;
};

} // namespace core
