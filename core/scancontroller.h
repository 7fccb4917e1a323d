#pragma once

#include "api/types.h"
#include "api/urlpolicy.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace core {

class ApiClient;
class PollScheduler;
class ScanRepository;

/// What the user does to scans: launch one, open its report, give a new key.
/// Launches wait for the shared request budget instead of earning a 429, and
/// a launch whose answer was lost is never re-sent by itself (that could
/// spend quota twice): the user is told and decides.
class ScanController : public QObject
{
    Q_OBJECT

public:
    ScanController(ApiClient &client, ScanRepository &repository, PollScheduler &scheduler,
                   QObject *parent = nullptr);

    /// Checks `input` and asks the server to scan it. The outcome arrives as
    /// launched(), launchDeferred() or launchFailed().
    void startScan(const QString &input, const QString &type);
    /// Asks GET /v1/usage, to learn the key's request limit and quota.
    void fetchUsage();
    /// Adds the organisation's most recent scans (GET /v1/scans) that this
    /// window does not have yet; the outcome arrives as scansImported().
    void importRecentScans(int limit = 20);
    /// Fetches the report of a finished scan once, for its check summary, if
    /// the request budget has room now (a summary is a nicety, not worth a wait).
    void fetchReportSummary(const QString &scanId);
    /// The report link of a finished scan, checked against the API origin.
    CheckedUrl reportLink(const QString &scanId) const;
    void setApiKey(const QString &key);

    bool isLaunchBlocked() const { return !m_launchBlockedReason.isEmpty(); }
    int pendingLaunches() const { return m_pending.size(); }

signals:
    void launched(const QString &scanId);
    void launchDeferred(const QString &message);
    /// `target` is what the user typed, kept so that nothing they entered is lost.
    void launchFailed(const QString &target, const QString &message);
    /// Launching is off (quota used up) until `reason` no longer holds.
    void launchBlocked(const QString &reason);
    void usageUpdated(const core::Usage &usage);
    void keyRefused(const QString &message);
    void scansImported(int added, int alreadyHere, const QString &error);

private:
    struct Launch
    {
        QString input;
        QUrl target;
        QString type;
    };
    void send(const Launch &launch);
    void sendPending();
    void onCreated(const Launch &launch, const ScanStatus &status, const ApiError &error);

    ApiClient &m_client;
    ScanRepository &m_repository;
    PollScheduler &m_scheduler;
    QList<Launch> m_pending;
    QTimer m_pendingTimer;
    QString m_launchBlockedReason;
    std::optional<Usage> m_usage;
    QSet<QString> m_summariesAsked;
};

/// The message a person reads for an API error on launching a scan.
QString launchErrorMessage(const ApiError &error);

} // namespace core
