#include "scanstore.h"
#include "scanstore_p.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <functional>

// The store's opening, schema and migrations; its reads and writes are in
// scanstore.cpp.

namespace core {
using namespace scanstore_detail;

namespace {

// One function per schema step; step N turns version N-1 into version N.
// Version 1 is the layout of the first release (it had no user_version).
const QList<std::function<QStringList()>> &migrationSteps()
{
    static const QList<std::function<QStringList()>> steps {
        [] {
            return QStringList {
                QStringLiteral("CREATE TABLE IF NOT EXISTS scans (id TEXT PRIMARY KEY, url TEXT, "
                               "type TEXT, state TEXT, progress INTEGER, score INTEGER, "
                               "grade TEXT, report_url TEXT, error TEXT, created_at TEXT, "
                               "completed_at TEXT, watch INTEGER, seq INTEGER)"),
                QStringLiteral("CREATE TABLE IF NOT EXISTS events (scan_id TEXT, position "
                               "INTEGER, time TEXT, message TEXT, PRIMARY KEY (scan_id, "
                               "position))"),
            };
        },
        [] {
            return QStringList {
                QStringLiteral("CREATE TABLE reports (scan_id TEXT PRIMARY KEY, body BLOB NOT "
                               "NULL, fetched_at TEXT)"),
                QStringLiteral("CREATE TABLE watches (url TEXT, type TEXT, every_days INTEGER, "
                               "PRIMARY KEY (url, type))"),
                QStringLiteral("CREATE INDEX scans_by_seq ON scans (seq)"),
            };
        },
        [] {
            // A removed scan stays whole in the file while an undo can bring it back.
            return QStringList {
                QStringLiteral("ALTER TABLE scans ADD COLUMN removed INTEGER NOT NULL DEFAULT 0"),
            };
        },
        [] {
            // What the analyst decided about findings (triage): one decision
            // per check, site and scan type.
            return QStringList {
                QStringLiteral("CREATE TABLE triage (check_name TEXT NOT NULL COLLATE NOCASE, "
                               "site TEXT NOT NULL, type TEXT NOT NULL, state TEXT NOT NULL, "
                               "reason TEXT NOT NULL, decided_by TEXT, expires TEXT, "
                               "decided_at TEXT, PRIMARY KEY (check_name, site, type))"),
            };
        },
        [] {
            // How long a finished scan's last phase took: the next run's
            // scans of its type start knowing it.
            return QStringList {
                QStringLiteral("ALTER TABLE scans ADD COLUMN last_phase_ms INTEGER"),
                QStringLiteral("ALTER TABLE scans ADD COLUMN last_phase_at_pace_ms INTEGER"),
            };
        },
    };
    return steps;
}

} // namespace

ScanStore::ScanStore(const QString &path, int busyTimeoutMs, QObject *parent)
    : HistoryStatus(parent)
    , m_path(path)
    , m_connectionName(QStringLiteral("scanstore-") + QUuid::createUuid().toString(QUuid::Id128))
    , m_busyTimeoutMs(busyTimeoutMs)
{
    static_assert(kSchemaVersion == 5, "add a migration step with the new version");
    if (path == kMemory)
        useMemory(OpenOutcome::InMemory, QString());
    else
        openFile(path);
}

ScanStore::~ScanStore()
{
    // The run ends: no undo can bring back what was removed in it.
    if (isPersistent())
        purgeRemoved();
    waitForCheckpoint(); // closing the last connection checkpoints what is left
    {
        forgetStatements();
        auto db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ScanStore::isPersistent() const
{
    return m_open
        && (m_openResult.outcome == OpenOutcome::Opened
            || m_openResult.outcome == OpenOutcome::Created
            || m_openResult.outcome == OpenOutcome::MovedAside);
}

bool ScanStore::openFile(const QString &path)
{
    const bool existed = QFileInfo::exists(path);
    {
        auto db = QSqlDatabase::contains(m_connectionName)
            ? QSqlDatabase::database(m_connectionName, false)
            : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        forgetStatements();
        db.close();
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
        if (!db.open()) {
            useMemory(OpenOutcome::Unwritable, reasonOf(db.lastError()));
            return false;
        }
    }
    m_open = true;

    // The first read shows whether the file is a database we can use.
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QSqlError error;
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        error = query.lastError();
    const int version = error.isValid() ? 0 : query.value(0).toInt();
    query.finish();
    if (!error.isValid() && version > kSchemaVersion) {
        moveAside(path, tr("it was written by a newer ScanDash (history version %1)").arg(version));
        return false;
    }
    if (!error.isValid() && !exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        error = m_lastSqlError;
    QString migrationError;
    if (!error.isValid() && !migrate(&migrationError))
        error = m_lastSqlError.isValid()
            ? m_lastSqlError
            : QSqlError(migrationError, migrationError, QSqlError::StatementError);
    if (error.isValid() && m_reopening) {
        useMemory(OpenOutcome::Unwritable, reasonOf(error));
        return false;
    }
    if (error.isValid()) {
        switch (troubleOf(error)) {
        case Trouble::Locked:
            useMemory(OpenOutcome::Locked, reasonOf(error));
            return false;
        case Trouble::Unwritable:
            useMemory(OpenOutcome::Unwritable, reasonOf(error));
            return false;
        case Trouble::Broken:
        case Trouble::Other:
        case Trouble::None:
            moveAside(path, reasonOf(error));
            return false;
        }
    }
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    setWriteBusyTimeout();
    if (m_openResult.outcome != OpenOutcome::MovedAside)
        m_openResult.outcome = existed ? OpenOutcome::Opened : OpenOutcome::Created;
    // What an earlier run removed and could not purge (it crashed) can no
    // longer be undone.
    purgeRemoved();
    return true;
}

bool ScanStore::migrate(QString *error)
{
    auto db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    m_lastSqlError = QSqlError();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        m_lastSqlError = query.lastError();
        *error = reasonOf(m_lastSqlError);
        return false;
    }
    int version = query.value(0).toInt();
    if (version == 0
        && query.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE "
                                     "type = 'table' AND name = 'scans'"))
        && query.next())
        version = 1; // the first release kept no version number
    query.finish();
    const int from = version;
    const auto &steps = migrationSteps();
    for (; version < kSchemaVersion; ++version) {
        if (!db.transaction()) {
            m_lastSqlError = db.lastError();
            *error = reasonOf(m_lastSqlError);
            return false;
        }
        bool ok = true;
        for (const QString &sql : steps.at(version)())
            ok = ok && exec(sql, error);
        ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1), error);
        if (!ok || !db.commit()) {
            if (ok) {
                m_lastSqlError = db.lastError();
                *error = reasonOf(m_lastSqlError);
            }
            db.rollback();
            return false;
        }
    }
    if (version == 1 && from == 1)
        exec(QStringLiteral("PRAGMA user_version = 1"));
    if (from >= 1 && from < kSchemaVersion)
        m_openResult.migratedFrom = from;
    QSqlQuery seq(db);
    if (seq.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM scans")) && seq.next())
        m_nextSeq = seq.value(0).toLongLong();
    return true;
}

void ScanStore::moveAside(const QString &path, const QString &reason)
{
    waitForCheckpoint();
    {
        forgetStatements();
        auto db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    m_open = false;
    const QString target = path + QStringLiteral(".broken-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(path, target)) {
        // Not even a rename: never write over it, keep the history in memory.
        useMemory(OpenOutcome::Unwritable, reason);
        return;
    }
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    m_openResult = { OpenOutcome::MovedAside, reason, target, -1 };
    // A fresh file in its place; should even that fail, the history is in
    // memory and what was moved aside is still said.
    m_reopening = true;
    openFile(path);
    m_reopening = false;
}

void ScanStore::useMemory(OpenOutcome outcome, const QString &reason)
{
    {
        auto db = QSqlDatabase::contains(m_connectionName)
            ? QSqlDatabase::database(m_connectionName, false)
            : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        forgetStatements();
        db.close();
        db.setDatabaseName(kMemory);
        db.setConnectOptions();
        m_open = db.open();
    }
    const QString movedTo = m_openResult.movedTo;
    m_openResult = { outcome, reason, movedTo, -1 };
    QString error;
    if (m_open && !migrate(&error))
        m_lastError = error;
}

int ScanStore::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next()
        ? query.value(0).toInt()
        : -1;
}

} // namespace core
