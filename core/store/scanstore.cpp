#include "scanstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace core {
namespace {

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

ScanStore::ScanStore(const QString &path)
    : m_connectionName(QStringLiteral("scanstore-") + QUuid::createUuid().toString(QUuid::Id128))
{
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_lastError = db.lastError().text();
        return;
    }
    m_open = exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        && exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS scans (id TEXT PRIMARY KEY, "
                               "url TEXT, type TEXT, state TEXT, progress INTEGER, score INTEGER, "
                               "grade TEXT, report_url TEXT, error TEXT, created_at TEXT, "
                               "completed_at TEXT, watch INTEGER, seq INTEGER)"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS events (scan_id TEXT, position INTEGER, "
                               "time TEXT, message TEXT, PRIMARY KEY (scan_id, position))"));
}

ScanStore::~ScanStore()
{
    {
        auto db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ScanStore::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql)) {
        // In-memory databases refuse WAL; that is not an error worth failing on.
        if (sql.startsWith(QLatin1String("PRAGMA")))
            return true;
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QList<Scan> ScanStore::load()
{
    QList<Scan> scans;
    if (!m_open)
        return scans;
    auto db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT id, url, type, state, progress, score, grade, report_url, "
                              "error, created_at, completed_at, watch FROM scans ORDER BY seq"));
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
        scan.watch = static_cast<WatchState>(query.value(11).toInt());
        scans.append(scan);
    }

    QSqlQuery events(db);
    events.prepare(QStringLiteral("SELECT time, message FROM events WHERE scan_id = ? "
                                  "ORDER BY position"));
    for (auto &scan : scans) {
        events.addBindValue(scan.id);
        events.exec();
        while (events.next())
            scan.events.append({ events.value(0).toString(), events.value(1).toString() });
    }
    return scans;
}

void ScanStore::save(const Scan &scan)
{
    if (!m_open)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "INSERT INTO scans (id, url, type, state, progress, score, grade, report_url, error, "
        "created_at, completed_at, watch, seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?, "
        "(SELECT COALESCE(MAX(seq), 0) + 1 FROM scans)) ON CONFLICT(id) DO UPDATE SET "
        "url=excluded.url, type=excluded.type, state=excluded.state, progress=excluded.progress, "
        "score=excluded.score, grade=excluded.grade, report_url=excluded.report_url, "
        "error=excluded.error, created_at=excluded.created_at, "
        "completed_at=excluded.completed_at, watch=excluded.watch"));
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
    if (!query.exec())
        m_lastError = query.lastError().text();
}

void ScanStore::appendEvents(const QString &scanId, int first, const QList<ScanEvent> &events)
{
    if (!m_open || events.isEmpty())
        return;
    auto db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO events (scan_id, position, time, message) "
                                 "VALUES (?,?,?,?)"));
    for (int i = 0; i < events.size(); ++i) {
        query.addBindValue(scanId);
        query.addBindValue(first + i);
        query.addBindValue(events.at(i).time);
        query.addBindValue(events.at(i).message);
        if (!query.exec())
            m_lastError = query.lastError().text();
    }
    db.commit();
}

void ScanStore::remove(const QString &scanId)
{
    if (!m_open)
        return;
    auto db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM scans WHERE id = ?"));
    query.addBindValue(scanId);
    query.exec();
    query.prepare(QStringLiteral("DELETE FROM events WHERE scan_id = ?"));
    query.addBindValue(scanId);
    query.exec();
}

} // namespace core
