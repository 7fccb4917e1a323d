#include "scanstore.h"

#include "scanstore_p.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

// The store's reads and writes; its opening, schema and migrations are in
// scanstoreschema.cpp.

namespace core {
using namespace scanstore_detail;

namespace {

/// The tables that keep something per scan, by their scan_id column: a
/// removal sets all of it aside and a purge deletes all of it.
const QStringList &perScanTables()
{
    static const QStringList tables { QStringLiteral("events"), QStringLiteral("reports") };
    return tables;
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

/// Reads back what timeValue() wrote ("2026-11-28T05:22:30.123Z") without
/// the general ISO parser, which costs more than the rest of a row.
QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    const QString text = value.toString();
    auto number = [&text](int from, int length) {
        int result = 0;
        for (int i = from; i < from + length; ++i) {
            const int digit = text.at(i).unicode() - '0';
            if (digit < 0 || digit > 9)
                return -1;
            result = result * 10 + digit;
        }
        return result;
    };
    if (text.size() == 24 && text.at(4) == QLatin1Char('-') && text.at(10) == QLatin1Char('T')
        && text.at(19) == QLatin1Char('.') && text.at(23) == QLatin1Char('Z')) {
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace

bool ScanStore::exec(const QString &sql, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql)) {
        m_lastSqlError = query.lastError();
        m_lastError = reasonOf(m_lastSqlError);
        if (error)
            *error = m_lastError;
        return false;
    }
    return true;
}

QSqlQuery *ScanStore::statement(const QString &sql, QString *error)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (!query.prepare(sql)) {
            *error = writeFailed(query.lastError());
            return nullptr;
        }
        it = m_statements.insert(sql, query);
    }
    return &*it;
}

void ScanStore::forgetStatements()
{
    m_statements.clear();
}

QString ScanStore::writeFailed(const QSqlError &error)
{
    m_lastSqlError = error;
    if (!m_batchSqlError.isValid())
        m_batchSqlError = error;
    return reasonOf(error);
}

bool ScanStore::noteWrite(bool ok, const QString &error, bool busy)
{
    m_lastWriteBusy = !ok && busy;
    if (ok) {
        m_busySince.invalidate();
    } else {
        m_lastError = error;
        if (busy) {
            // Another program holds the lock: the write is tried again soon,
            // and only a lock that lasts is worth saying "not saved" for.
            if (!m_busySince.isValid())
                m_busySince.start();
            if (m_healthy && m_busySince.elapsed() < m_lockReportMs)
                return false;
        }
    }
    if (ok != m_healthy) {
        m_healthy = ok;
        emit healthChanged(ok, ok ? QString() : error);
    }
    return ok;
}

bool ScanStore::loadRows(QList<Scan> *scans, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id, url, type, state, progress, score, grade, "
                           "report_url, error, created_at, completed_at, watch, last_phase_ms, "
                           "last_phase_at_pace_ms FROM scans "
                           "WHERE removed = 0 ORDER BY seq"))) {
        *error = reasonOf(query.lastError());
        return false;
    }
    while (query.next()) {
        Scan scan;
        scan.id = query.value(0).toString();
        scan.url = query.value(1).toString();
        scan.type = query.value(2).toString();
        scan.state = scanStateFromName(query.value(3).toString()).value_or(ScanState::Queued);
        scan.progress = query.value(4).toInt();
        if (!query.value(6).isNull()) {
            scan.result = ScanResult { query.value(5).toInt(), query.value(6).toString(),
                                       query.value(7).toString() };
        }
        scan.error = query.value(8).toString();
        scan.createdAt = timeFrom(query.value(9));
        scan.completedAt = timeFrom(query.value(10));
        const int watch = query.value(11).toInt();
        scan.watch = watch >= 0 && watch <= static_cast<int>(WatchState::Waiting)
            ? static_cast<WatchState>(watch)
            : WatchState::Watching;
        scan.lastPhaseMs = query.value(12).isNull() ? -1 : query.value(12).toLongLong();
        scan.lastPhaseAtPaceMs = query.value(13).isNull() ? -1 : query.value(13).toLongLong();
        scan.detailsLoaded = false;
        scans->append(std::move(scan));
    }
    if (query.lastError().isValid()) {
        *error = reasonOf(query.lastError());
        scans->clear();
        return false;
    }
    return true;
}

QList<Scan> ScanStore::load()
{
    QList<Scan> scans;
    if (!m_open)
        return scans;
    QString error;
    if (!loadRows(&scans, &error)) {
        // A file damaged past its first page shows only now: set it aside too.
        QSqlQuery probe(QSqlDatabase::database(m_connectionName, false));
        probe.exec(QStringLiteral("SELECT count(*) FROM scans"));
        if (isPersistent() && troubleOf(probe.lastError()) != Trouble::Locked) {
            moveAside(m_path, error);
            emit openResultChanged();
        } else {
            m_lastError = error;
        }
        return {};
    }
    return scans;
}

QList<ScanEvent> ScanStore::loadEvents(const QString &scanId)
{
    QList<ScanEvent> events;
    if (!m_open)
        return events;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT time, message FROM events WHERE scan_id = ? "
                                 "ORDER BY position"));
    query.addBindValue(scanId);
    if (!query.exec()) {
        m_lastError = reasonOf(query.lastError());
        return events;
    }
    while (query.next())
        events.append({ query.value(0).toString(), query.value(1).toString() });
    return events;
}

bool ScanStore::save(const Scan &scan)
{
    if (!m_open)
        return false;
    return write([&](QString *error) {
        static const QString upsert = QStringLiteral(
            "INSERT INTO scans (id, url, type, state, progress, score, grade, report_url, error, "
            "created_at, completed_at, watch, last_phase_ms, last_phase_at_pace_ms, seq) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET "
            "url=excluded.url, type=excluded.type, state=excluded.state, "
            "progress=excluded.progress, "
            "score=excluded.score, grade=excluded.grade, report_url=excluded.report_url, "
            "error=excluded.error, created_at=excluded.created_at, "
            "completed_at=excluded.completed_at, watch=excluded.watch, "
            "last_phase_ms=excluded.last_phase_ms, "
            "last_phase_at_pace_ms=excluded.last_phase_at_pace_ms, removed=0");
        QSqlQuery *prepared = statement(upsert, error);
        if (!prepared)
            return false;
        QSqlQuery &query = *prepared;
        query.addBindValue(scan.id);
        query.addBindValue(scan.url);
        query.addBindValue(scan.type);
        query.addBindValue(scanStateName(scan.state));
        query.addBindValue(scan.progress);
        query.addBindValue(scan.result ? QVariant(scan.result->score) : QVariant());
        query.addBindValue(scan.result ? QVariant(scan.result->grade) : QVariant());
        query.addBindValue(scan.result ? QVariant(scan.result->reportUrl) : QVariant());
        query.addBindValue(scan.error);
        query.addBindValue(timeValue(scan.createdAt));
        query.addBindValue(timeValue(scan.completedAt));
        query.addBindValue(static_cast<int>(scan.watch));
        query.addBindValue(scan.lastPhaseMs >= 0 ? QVariant(scan.lastPhaseMs) : QVariant());
        query.addBindValue(scan.lastPhaseAtPaceMs >= 0 ? QVariant(scan.lastPhaseAtPaceMs)
                                                       : QVariant());
        query.addBindValue(m_nextSeq++); // only a new row takes it: the order rows were added
        if (query.exec())
            return true;
        *error = writeFailed(query.lastError());
        return false;
    });
}

bool ScanStore::appendEvents(const QString &scanId, int first, const QList<ScanEvent> &events)
{
    if (!m_open || events.isEmpty())
        return m_open;
    return write([&](QString *error) {
        QSqlQuery *prepared = statement(QStringLiteral("INSERT OR REPLACE INTO events (scan_id, "
                                                       "position, time, message) VALUES (?,?,?,?)"),
                                        error);
        if (!prepared)
            return false;
        QSqlQuery &query = *prepared;
        for (int i = 0; i < events.size(); ++i) {
            query.addBindValue(scanId);
            query.addBindValue(first + i);
            query.addBindValue(events.at(i).time);
            query.addBindValue(events.at(i).message);
            if (!query.exec()) {
                *error = writeFailed(query.lastError());
                return false;
            }
        }
        return true;
    });
}

bool ScanStore::remove(const QString &scanId)
{
    if (!m_open)
        return false;
    return write([&](QString *error) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        for (const QString &table : perScanTables() + QStringList { QStringLiteral("scans") }) {
            query.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                              .arg(table,
                                   table == QLatin1String("scans") ? QStringLiteral("id")
                                                                   : QStringLiteral("scan_id")));
            query.addBindValue(scanId);
            if (!query.exec()) {
                *error = writeFailed(query.lastError());
                return false;
            }
        }
        return true;
    });
}

bool ScanStore::setRemoved(const QString &scanId, bool removed)
{
    if (!m_open)
        return false;
    return write([&](QString *error) {
        QSqlQuery *prepared
            = statement(QStringLiteral("UPDATE scans SET removed = ? WHERE id = ?"), error);
        if (!prepared)
            return false;
        QSqlQuery &query = *prepared;
        query.addBindValue(removed ? 1 : 0);
        query.addBindValue(scanId);
        if (query.exec())
            return true;
        *error = writeFailed(query.lastError());
        return false;
    });
}

bool ScanStore::purgeRemoved()
{
    if (!m_open)
        return false;
    return write([&](QString *error) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        for (const QString &table : perScanTables()) {
            if (!query.exec(QStringLiteral("DELETE FROM %1 WHERE scan_id IN "
                                           "(SELECT id FROM scans WHERE removed = 1)")
                                .arg(table))) {
                *error = writeFailed(query.lastError());
                return false;
            }
        }
        if (query.exec(QStringLiteral("DELETE FROM scans WHERE removed = 1")))
            return true;
        *error = writeFailed(query.lastError());
        return false;
    });
}

void ScanStore::beginBatch()
{
    if (m_batchDepth++ > 0)
        return;
    m_batchFailed = false;
    m_batchError.clear();
    m_batchSqlError = QSqlError();
    if (!m_open) {
        m_batchFailed = true;
        return;
    }
    auto db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        m_batchFailed = true;
        m_batchError = writeFailed(db.lastError());
    }
}

bool ScanStore::commitBatch()
{
    Q_ASSERT(m_batchDepth > 0);
    if (--m_batchDepth > 0)
        return !m_batchFailed;
    if (!m_open)
        return false;
    auto db = QSqlDatabase::database(m_connectionName, false);
    bool ok = !m_batchFailed;
    QString error = m_batchError;
    if (ok && !db.commit()) {
        ok = false;
        error = writeFailed(db.lastError());
    }
    if (!ok)
        db.rollback();
    else if (++m_commitsSinceCheckpoint >= kCheckpointEveryCommits)
        checkpointSoon();
    return noteWrite(ok, error, troubleOf(m_batchSqlError) == Trouble::Locked);
}

bool ScanStore::write(const std::function<bool(QString *)> &body)
{
    beginBatch();
    if (!m_batchFailed) {
        QString error;
        if (!body(&error)) {
            m_batchFailed = true;
            m_batchError = error;
        }
    }
    return commitBatch();
}

void ScanStore::checkpointSoon()
{
    if (!isPersistent() || (m_checkpointer && m_checkpointer->isRunning()))
        return; // the next commit asks again
    m_commitsSinceCheckpoint = 0;
    m_checkpointer.reset(QThread::create([path = m_path, done = &m_checkpointsDone] {
        // A connection of its own, on this thread: SQLite's locks keep it
        // and the writer apart; a PASSIVE checkpoint never waits for them.
        const QString name = QStringLiteral("scanstore-checkpoint-")
            + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
            if (db.open())
                QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        done->fetchAndAddRelease(1);
    }));
    m_checkpointer->start(QThread::LowPriority);
}

void ScanStore::waitForCheckpoint()
{
    if (m_checkpointer)
        m_checkpointer->wait();
    m_checkpointer.reset();
}

void ScanStore::setWriteBusyTimeout()
{
    exec(
        QStringLiteral("PRAGMA busy_timeout = %1").arg(qMin(m_busyTimeoutMs, kWriteBusyTimeoutMs)));
    // Checkpoints are made by checkpointSoon(), not by a commit on this thread.
    exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
}

std::optional<QByteArray> ScanStore::loadReport(const QString &scanId)
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT body FROM reports WHERE scan_id = ?"));
    query.addBindValue(scanId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}

bool ScanStore::saveReport(const QString &scanId, const QByteArray &body)
{
    if (!m_open)
        return false;
    return write([&](QString *error) {
        QSqlQuery *prepared = statement(QStringLiteral("INSERT OR REPLACE INTO reports (scan_id, "
                                                       "body, fetched_at) VALUES (?,?,?)"),
                                        error);
        if (!prepared)
            return false;
        QSqlQuery &query = *prepared;
        query.addBindValue(scanId);
        query.addBindValue(body);
        query.addBindValue(timeValue(QDateTime::currentDateTimeUtc()));
        if (query.exec())
            return true;
        *error = writeFailed(query.lastError());
        return false;
    });
}

QList<SiteWatch> ScanStore::loadWatches()
{
    QList<SiteWatch> watches;
    if (!m_open)
        return watches;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT url, type, every_days FROM watches ORDER BY url")))
        return watches;
    while (query.next())
        watches.append(
            { query.value(0).toString(), query.value(1).toString(), query.value(2).toInt() });
    return watches;
}

bool ScanStore::saveWatch(const SiteWatch &watch)
{
    if (!m_open)
        return false;
    return write([&](QString *error) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO watches (url, type, every_days) "
                                     "VALUES (?,?,?)"));
        query.addBindValue(watch.url);
        query.addBindValue(watch.type);
        query.addBindValue(watch.everyDays);
        if (query.exec())
            return true;
        *error = writeFailed(query.lastError());
        return false;
    });
}

bool ScanStore::removeWatch(const QString &url, const QString &type)
{
    if (!m_open)
        return false;
    return write([&](QString *error) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("DELETE FROM watches WHERE url = ? AND type = ?"));
        query.addBindValue(url);
        query.addBindValue(type);
        if (query.exec())
            return true;
        *error = writeFailed(query.lastError());
        return false;
    });
}

} // namespace core
