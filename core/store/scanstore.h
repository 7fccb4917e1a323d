#pragma once

#include "domain/history.h"
#include "domain/scan.h"
#include "policy/triage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace core {

/// Keeps the scan history in an SQLite file so that a restart, or a crash
/// mid-scan, loses none of it. The file carries a schema version
/// (PRAGMA user_version) and is migrated one step at a time. A file that is
/// corrupt or from a newer ScanDash is never overwritten: it is renamed aside
/// and a fresh one is used. When no file can be used the history lives in
/// memory for this run, and openResult() says why.
class ScanStore : public HistoryStatus
{
    Q_OBJECT

public:
    static constexpr int kSchemaVersion = 5;
    /// How long a write waits for another program's lock before it fails:
    /// not at all, as writes run on the window's thread. A write that meets a
    /// lock fails at once (lastWriteWasBusy()) and the repository tries it
    /// again a few milliseconds later, backing off.
    static constexpr int kWriteBusyTimeoutMs = 0;
    /// How long writes may keep meeting a lock before the store counts as
    /// unhealthy (the status bar says the history is not saved), unless
    /// setLockReportMs() says otherwise.
    static constexpr int kLockReportMs = 2000;

    using OpenOutcome = HistoryOpenOutcome;
    using OpenResult = HistoryOpenResult;

    /// Opens (or creates) the file; opening waits up to `busyTimeoutMs` for a
    /// lock, later writes at most kWriteBusyTimeoutMs. Scans set aside by an
    /// earlier run that ended before it could purge them are deleted now.
    explicit ScanStore(const QString &path, int busyTimeoutMs = 3000, QObject *parent = nullptr);
    /// The history file (empty: in memory only).
    QString path() const { return m_path; }
    ~ScanStore() override;
    ScanStore(const ScanStore &) = delete;
    ScanStore &operator=(const ScanStore &) = delete;

    const OpenResult &openResult() const override { return m_openResult; }
    /// True when the history is kept in a file across runs.
    bool isPersistent() const;
    /// False after a write failed, until one works again. A write that met
    /// another program's lock counts only once the lock has lasted kLockReportMs.
    bool isHealthy() const override { return m_healthy; }
    /// The last write failed only because another connection held the lock:
    /// worth trying again soon.
    bool lastWriteWasBusy() const { return m_lastWriteBusy; }
    void setLockReportMs(int milliseconds) { m_lockReportMs = milliseconds; }

    /// SQLite copies the write-ahead log into the file (a checkpoint, with
    /// two fsyncs) on a thread of its own with its own connection, every
    /// kCheckpointEveryCommits commits, never on the writing thread.
    static constexpr int kCheckpointEveryCommits = 200;
    /// How many checkpoints have ended so far (for the tests).
    int checkpointsDone() const { return m_checkpointsDone.loadAcquire(); }
    int schemaVersion() const;
    /// The QSqlDatabase connection the store writes with, for tests that
    /// inject a fault into it (PRAGMA max_page_count: a full disk).
    QString connectionName() const { return m_connectionName; }

    /// Every stored scan, oldest first: rows only, no events (detailsLoaded false).
    QList<Scan> load();
    /// One scan's events, in order.
    QList<ScanEvent> loadEvents(const QString &scanId);
    /// Writes the scan's own fields (not its events).
    bool save(const Scan &scan);
    /// Writes events at positions [first, first + events.size()).
    bool appendEvents(const QString &scanId, int first, const QList<ScanEvent> &events);
    /// Deletes the scan and everything kept for it at once, for good.
    bool remove(const QString &scanId);
    /// Takes the scan out of the listing (load()) without deleting anything:
    /// its row, events, report and whatever else is kept per scan stay in the
    /// file, so that an undo can bring it back whole (`removed` false).
    bool setRemoved(const QString &scanId, bool removed);
    /// Deletes for good the scans set aside with setRemoved(): once no undo
    /// can bring them back (at the end of the run, or at the next open).
    bool purgeRemoved();

    /// Writes made until the matching commitBatch() go in one transaction;
    /// batches nest, the outermost commits. Should one write fail, none of
    /// the batch is kept and commitBatch() says so.
    void beginBatch();
    bool commitBatch();

    /// The report body (GET /v1/report) exactly as received, once fetched.
    std::optional<QByteArray> loadReport(const QString &scanId);
    bool saveReport(const QString &scanId, const QByteArray &body);

    QList<SiteWatch> loadWatches();
    bool saveWatch(const SiteWatch &watch);
    bool removeWatch(const QString &url, const QString &type);

    /// The analyst's triage (store/triagestore.cpp): one suppression per
    /// check (case-insensitive), site and scan type; saving one with the same
    /// key replaces it.
    QList<Suppression> loadTriage();
    bool saveSuppression(const Suppression &suppression);
    bool removeSuppression(const QString &check, const QString &site, const QString &type);

    // healthChanged() and openResultChanged(): see HistoryStatus.

private:
    bool openFile(const QString &path);
    bool migrate(QString *error);
    void moveAside(const QString &path, const QString &reason);
    void useMemory(OpenOutcome outcome, const QString &reason);
    bool exec(const QString &sql, QString *error = nullptr);
    /// A write statement on the store's connection, prepared once and kept:
    /// parsing the SQL was most of what a write cost. Null, with the reason
    /// in *error, when it cannot be prepared.
    QSqlQuery *statement(const QString &sql, QString *error);
    /// Drops the kept statements: before the connection is closed.
    void forgetStatements();
    bool noteWrite(bool ok, const QString &error, bool busy = false);
    /// Notes why a write failed (the batch keeps its first reason); returns
    /// the reason in words.
    QString writeFailed(const QSqlError &error);
    /// Runs `body` (which returns false with the reason on failure) in the
    /// current batch, or in a transaction of its own.
    bool write(const std::function<bool(QString *)> &body);
    void setWriteBusyTimeout();
    bool loadRows(QList<Scan> *scans, QString *error);
    void checkpointSoon();
    void waitForCheckpoint();

    QString m_path;
    QString m_connectionName;
    int m_busyTimeoutMs;
    OpenResult m_openResult;
    QString m_lastError;
    qint64 m_nextSeq = 1;
    bool m_open = false;
    bool m_healthy = true;
    bool m_reopening = false;
    int m_batchDepth = 0;
    bool m_batchFailed = false;
    QString m_batchError;
    QSqlError m_lastSqlError; // of the last statement that failed
    QSqlError m_batchSqlError; // what first failed in the open batch
    bool m_lastWriteBusy = false;
    int m_lockReportMs = kLockReportMs;
    QElapsedTimer m_busySince; // since writes began meeting a lock
    QHash<QString, QSqlQuery> m_statements; // by their SQL
    int m_commitsSinceCheckpoint = 0;
    std::unique_ptr<QThread> m_checkpointer; // the last checkpoint's thread
    QAtomicInt m_checkpointsDone = 0;
};

} // namespace core
