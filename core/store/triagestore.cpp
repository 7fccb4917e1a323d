// The analyst's triage kept in the history: ScanStore's triage table, read
// and written like the watches (scanstore.cpp), through write().
#include "scanstore.h"
#include "scanstore_p.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace core {
using namespace scanstore_detail;

namespace {

/// An empty site or type ("every") is kept as '', never as NULL: the key
/// columns are NOT NULL and NULL would equal nothing.
QString keyText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

QList<Suppression> ScanStore::loadTriage()
{
    QList<Suppression> triage;
    if (!m_open)
        return triage;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT check_name, site, type, state, reason, decided_by, "
                                   "expires, decided_at FROM triage ORDER BY decided_at")))
        return triage;
    while (query.next()) {
        Suppression suppression;
        suppression.check = query.value(0).toString();
        suppression.site = query.value(1).toString();
        suppression.type = query.value(2).toString();
        suppression.state
            = triageStateFromName(query.value(3).toString()).value_or(TriageState::Accepted);
        suppression.reason = query.value(4).toString();
        suppression.by = query.value(5).toString();
        suppression.expires = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        suppression.decidedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
        triage.append(suppression);
    }
    return triage;
}

bool ScanStore::saveSuppression(const Suppression &suppression)
{
    if (!m_open)
        return false;
    return write([&](QString *error) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO triage (check_name, site, type, "
                                     "state, reason, decided_by, expires, decided_at) "
                                     "VALUES (?,?,?,?,?,?,?,?)"));
        query.addBindValue(keyText(suppression.check));
        query.addBindValue(keyText(suppression.site));
        query.addBindValue(keyText(suppression.type));
        query.addBindValue(triageStateName(suppression.state));
        query.addBindValue(suppression.reason);
        query.addBindValue(suppression.by);
        query.addBindValue(suppression.expires.isValid() ? suppression.expires.toString(Qt::ISODate)
                                                         : QString());
        query.addBindValue(suppression.decidedAt.toUTC().toString(Qt::ISODateWithMs));
        if (query.exec())
            return true;
        *error = writeFailed(query.lastError());
        return false;
    });
}

bool ScanStore::removeSuppression(const QString &check, const QString &site, const QString &type)
{
    if (!m_open)
        return false;
    return write([&](QString *error) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(
            QStringLiteral("DELETE FROM triage WHERE check_name = ? AND site = ? AND type = ?"));
        query.addBindValue(keyText(check));
        query.addBindValue(keyText(site));
        query.addBindValue(keyText(type));
        if (query.exec())
            return true;
        *error = writeFailed(query.lastError());
        return false;
    });
}

} // namespace core
