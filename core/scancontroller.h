#pragma once

#include "api/types.h"
#include "api/urlpolicy.h"
#include "domain/history.h"
#include "domain/scan.h"
#include "organisationsync.h"
#include "reportfetcher.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace core {

class ApiClient;
class PollScheduler;
class ScanRepository;
class TriageController;

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
    ~ScanController() override;

    /// Checks `input` and asks the server to scan it. The outcome arrives as
    /// launched(), launchDeferred() or launchFailed().
    void startScan(QString input, QString type); // copies: callers may pass a row of the list
    /// Asks GET /v1/usage, to learn the key's request limit and quota.
    void fetchUsage();
    /// Pages through the organisation's scans (GET /v1/scans, 100 a page,
    /// newest first) and adopts those this window does not have, stopping at
    /// the first page that reaches a scan already known. Unfinished ones are
    /// watched like local ones. The outcome arrives as organisationSynced().
    void syncOrganisationScans();
    /// Fetches the report of a finished scan once and keeps it in the
    /// history, as soon as the request budget has room. The outcome: the
    /// repository's scanChanged(FieldSummary), or reportFailed().
    void fetchReport(const QString &scanId);
    /// Asks for the report again after a failure.
    void retryReport(const QString &scanId);

    /// How long the user stays on a scan before what it lacks is asked for.
    static constexpr int kLookSettleMs = 250;
    /// The user looks at this scan: it is polled first and its details are
    /// read from the history; what it lacks (fetchDetails()) and its report
    /// are asked for once the user stays on it (kLookSettleMs): walking the
    /// list with the arrow keys does not spend a request a row.
    void showScan(const QString &scanId);
    /// Asks once, as soon as the budget has room, for what a finished scan
    /// lacks (lacksServerDetails(): an end a sweep saw, or one adopted from
    /// the organisation). Returns whether it is on its way.
    bool fetchDetails(const QString &scanId);
    /// Starts a new scan of the same site and type.
    void rescan(const QString &scanId);
    /// Keeps the scan but asks no more about it.
    void stopWatching(const QString &scanId);
    /// Asks about the scan at the next free slot (watching it again if stopped).
    void pollNow(const QString &scanId);
    /// Removes the scan from the list and the history; undoRemove() brings the
    /// last removed back, for as long as this session runs.
    void remove(const QString &scanId);
    bool canUndoRemove() const;
    void undoRemove();
    /// The window's one Undo: takes back the last removal or triage change,
    /// whichever came last.
    bool canUndo() const;
    void undo();
    /// True when undo() would take back a triage change (not a removal).
    bool undoIsTriage() const;

    /// The analyst's triage: suppressions, and how a report counts with them.
    TriageController &triage() { return *m_triage; }
    const TriageController &triage() const { return *m_triage; }

    /// Rescans the scan's site every `days` days while ScanDash runs (0: never).
    void watchSite(const QString &scanId, int days);
    /// Starts the rescans of watched sites that are due; runs every hour.
    void checkWatchedSites();
    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock) { m_clock = std::move(clock); }
    /// The report link of a finished scan, checked against the API origin.
    CheckedUrl reportLink(const QString &scanId) const;
    void setApiKey(const QString &key);
    /// Preferences → Test: GET /v1/usage through this session's client and
    /// request budget, with `key`, or with the key in use when `key` is empty
    /// (the field left unchanged). `done` gets the usage, or (when `error` is
    /// not empty) a sentence saying why not; it is dropped if `context` is gone.
    using ConnectionTested = std::function<void(const Usage &usage, const QString &error)>;
    void testConnection(const QUrl &apiUrl, const QString &key, QObject *context,
                        ConnectionTested done);
    /// How often a scan that has the budget is asked about (3-5 s).
    void setPollInterval(int milliseconds);
    /// Holds all polling until unpaused (the user asked, from the tray).
    void setPollingPaused(bool paused);

    bool isLaunchBlocked() const { return !m_launchBlockedReason.isEmpty(); }
    std::optional<Usage> usage() const { return m_usage; }
    QUrl apiBaseUrl() const;
    /// What the history could not write yet; saveUnsaved() tries once more
    /// (the quit path) and says whether everything is written now.
    using Unsaved = UnsavedHistory;
    Unsaved unsaved() const;
    bool saveUnsaved();
    /// The report of a fetched scan (from memory or the history), for views
    /// that must not reach the repository.
    std::optional<Report> report(const QString &scanId) const;
    /// How often a scan that has the budget is asked about, in milliseconds.
    int pollIntervalMs() const;
    /// The shared request budget, as budgetChanged() reports it.
    int requestsLeft() const;
    int requestLimit() const;
    /// siteKey() of every scan running or waiting to start.
    QSet<QString> runningSiteKeys() const;
    int pendingLaunches() const { return m_pending.size(); }

signals:
    /// The scheduler's request budget, re-emitted for the window.
    void budgetChanged(int remaining, int limit);
    void rateLimitWait(qint64 milliseconds);
    void launched(const QString &scanId);
    void launchDeferred(const QString &message);
    /// `target` is what the user typed, kept so that nothing they entered is lost.
    void launchFailed(const QString &target, const QString &message);
    /// Launching is off (quota used up) until `reason` no longer holds.
    void launchBlocked(const QString &reason);
    void usageUpdated(const core::Usage &usage);
    void keyRefused(const QString &message);
    /// The server accepted the key given with setApiKey() (a first answer
    /// came back), so it is worth keeping.
    void keyAccepted(const QString &key);
    /// `added` scans were adopted; `error` is empty when the paging ended well.
    void organisationSynced(int added, const QString &error);
    void undoAvailableChanged(bool available);
    /// The report of `scanId` could not be fetched; `error` says why.
    void reportFailed(const QString &scanId, const core::ApiError &error);
    /// A watched site's rescan was started (or could not be).
    void watchedSiteRescanned(const QString &url, const QString &type);

private:
    struct Launch
    {
        QString input;
        QUrl target;
        QString type;
        QString waitingId; // its row in the list while it waits
    };
    void send(const Launch &launch);
    void sendPending();
    int concurrencyLimit() const;
    void placeWaiting();
    void restoreQueue();
    void onCreated(const Launch &launch, const ScanStatus &status, const ApiError &error);
    void setLaunchBlocked(const QString &reason);

    ApiClient &m_client;
    ScanRepository &m_repository;
    PollScheduler &m_scheduler;
    QList<Launch> m_pending;
    QTimer m_pendingTimer;
    QTimer m_concurrencyTimer;
    bool m_launchInFlight = false;
    int m_learnedConcurrency = 0; // from a 429 while requests remained
    bool m_concurrencyHeld = false; // until a scan ends or the server's hint passes
    bool m_keyRefused = false; // launches wait for a new key
    QString m_launchBlockedReason;
    std::optional<Usage> m_usage;
    ReportFetcher m_reports;
    OrganisationSync m_sync;
    struct Removals;
    std::unique_ptr<Removals> m_removed; // this session's removals, newest last, for undo
    std::unique_ptr<TriageController> m_triage;
    QList<bool> m_undoOrder; // true: a triage change, false: a removal; newest last
    QString m_unconfirmedKey; // given, not yet accepted by an answer
    QTimer m_watchTimer;
    QTimer m_lookSettle; // showScan's questions, once the user stays on the scan
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

/// The message a person reads for an API error on launching a scan.
QString launchErrorMessage(const ApiError &error);

/// True for a finished scan whose events or report link were never fetched
/// (one adopted from GET /v1/scans): one answer fills them in.
bool lacksServerDetails(const Scan &scan);

} // namespace core
