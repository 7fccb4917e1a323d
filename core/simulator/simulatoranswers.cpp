#include "simulator.h"
#include "simulator_p.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

// The Simulator's answers that read what it holds: a report, the list of
// scans, the usage and the report page; the server is in simulator.cpp.

namespace sim {
using namespace simulator_detail;

Simulator::Answer Simulator::report(const QString &id)
{
    const auto it = m_scans.constFind(id);
    if (it == m_scans.constEnd())
        return error(404, QStringLiteral("SCAN_NOT_FOUND"), QStringLiteral("Scan not found."));
    const QString state = stateOf(*it);
    if (state != QLatin1String("completed") && state != QLatin1String("partial"))
        return error(409, QStringLiteral("SCAN_NOT_COMPLETE"),
                     state == QLatin1String("failed")
                         ? QStringLiteral("The scan failed; there is no report.")
                         : QStringLiteral("The scan has not finished yet."));
    QJsonArray categories;
    int passed = 0, failed = 0, warnings = 0, total = 0;
    QHash<QString, int> severities;
    for (const auto &category : it->categories) {
        QJsonArray checks;
        for (const auto &check : category.checks) {
            QJsonObject object { { "name", check.name },
                                 { "status", check.status },
                                 { "severity",
                                   check.severity.isEmpty() ? QJsonValue()
                                                            : QJsonValue(check.severity) },
                                 { "message", check.message } };
            if (!check.fix.isEmpty())
                object.insert("fix", check.fix);
            checks.append(object);
            ++total;
            passed += check.status == QLatin1String("pass");
            failed += check.status == QLatin1String("fail");
            warnings += check.status == QLatin1String("warn");
            if (!check.severity.isEmpty())
                ++severities[check.severity];
        }
        categories.append(QJsonObject {
            { "name", category.name }, { "score", category.score }, { "checks", checks } });
    }
    const QJsonObject status = statusJson(*it);
    Answer answer;
    answer.body = json(QJsonObject { { "id", it->id },
                                     { "type", it->type },
                                     { "url", it->url },
                                     { "score", it->score },
                                     { "grade", it->grade },
                                     { "created_at", status.value("created_at") },
                                     { "completed_at", status.value("completed_at") },
                                     { "categories", categories },
                                     { "summary",
                                       QJsonObject { { "total_checks", total },
                                                     { "passed", passed },
                                                     { "failed", failed },
                                                     { "warnings", warnings },
                                                     { "critical", severities.value("critical") },
                                                     { "high", severities.value("high") },
                                                     { "medium", severities.value("medium") },
                                                     { "low", severities.value("low") } } } });
    return answer;
}

Simulator::Answer Simulator::listScans(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    bool ok = true;
    const int limit = query.hasQueryItem("limit") ? query.queryItemValue("limit").toInt(&ok) : 20;
    if (!ok || limit < 1 || limit > 100)
        return error(400, QStringLiteral("INVALID_PARAMS"), QStringLiteral("limit must be 1-100."));
    const int offset = query.hasQueryItem("offset") ? query.queryItemValue("offset").toInt(&ok) : 0;
    if (!ok || offset < 0)
        return error(400, QStringLiteral("INVALID_PARAMS"),
                     QStringLiteral("offset must be 0 or more."));
    const QString status = query.queryItemValue("status");
    static const QStringList states { "queued", "scanning", "completed", "partial", "failed" };
    if (!status.isEmpty() && !states.contains(status))
        return error(400, QStringLiteral("INVALID_PARAMS"),
                     QStringLiteral("Unknown status filter."));
    const QString type = query.queryItemValue("type");
    static const QStringList types { "security", "performance", "accessibility", "seo" };
    if (!type.isEmpty() && !types.contains(type))
        return error(400, QStringLiteral("INVALID_PARAMS"), QStringLiteral("Unknown type filter."));

    QJsonArray scans;
    int matched = 0;
    for (const auto &id : m_order) {
        const SimScan &scan = m_scans[id];
        const QString state = stateOf(scan);
        if ((!status.isEmpty() && state != status) || (!type.isEmpty() && scan.type != type))
            continue;
        if (matched++ < offset || scans.size() >= limit)
            continue;
        const QJsonObject full = statusJson(scan);
        const QJsonObject result = full.value("result").toObject();
        scans.append(QJsonObject {
            { "id", scan.id },
            { "type", scan.type },
            { "url", scan.url },
            { "status", state },
            { "score", result.isEmpty() ? QJsonValue() : result.value("score") },
            { "grade", result.isEmpty() ? QJsonValue() : result.value("grade") },
            { "created_at", full.value("created_at") },
            { "completed_at",
              full.value("completed_at").isUndefined() ? QJsonValue()
                                                       : full.value("completed_at") } });
    }
    Answer answer;
    answer.body = json(QJsonObject {
        { "scans", scans },
        { "total", matched },
        { "limit", limit },
        { "offset", offset },
        { "quota",
          QJsonObject { { "used", m_options.quotaUsed },
                        { "limit", m_options.quotaLimit },
                        { "remaining", qMax(0, m_options.quotaLimit - m_options.quotaUsed) },
                        { "tier", m_options.tier } } } });
    return answer;
}

Simulator::Answer Simulator::usage()
{
    const QDate today = QDate::currentDate();
    const QDate start(today.year(), today.month(), 1);
    Answer answer;
    answer.body = json(QJsonObject {
        { "tier", m_options.tier },
        { "billing_period",
          QJsonObject { { "start", iso(start.startOfDay(Qt::UTC)) },
                        { "end", iso(start.addMonths(1).startOfDay(Qt::UTC)) } } },
        { "scans",
          QJsonObject { { "used", m_options.quotaUsed },
                        { "limit", m_options.quotaLimit },
                        { "remaining", qMax(0, m_options.quotaLimit - m_options.quotaUsed) } } },
        { "rate_limit",
          QJsonObject { { "requests_per_minute", m_options.requestsPerWindow },
                        { "concurrent_scans", m_options.concurrentScans } } } });
    return answer;
}

Simulator::Answer Simulator::reportPage(const QString &id)
{
    const auto it = m_scans.constFind(id);
    Answer answer;
    answer.contentType = "text/html; charset=utf-8";
    if (it == m_scans.constEnd() || stateOf(*it) == QLatin1String("queued")
        || stateOf(*it) == QLatin1String("scanning")) {
        answer.status = 404;
        answer.body = "<!doctype html><title>Not found</title><p>No report for this scan.</p>";
        return answer;
    }
    QString html
        = QStringLiteral("<!doctype html><meta charset=utf-8><title>AppVet report %1</title>"
                         "<body style='font-family:sans-serif;max-width:50em;margin:2em auto'>"
                         "<h1>%2 — grade %3 (%4/100)</h1><p>%5 scan, %6</p>")
              .arg(id.toHtmlEscaped(), it->url.toHtmlEscaped(), it->grade.toHtmlEscaped())
              .arg(it->score)
              .arg(it->type.toHtmlEscaped(), stateOf(*it));
    for (const auto &category : it->categories) {
        html += QStringLiteral("<h2>%1 (%2)</h2><ul>")
                    .arg(category.name.toHtmlEscaped())
                    .arg(category.score);
        for (const auto &check : category.checks)
            html += QStringLiteral("<li><b>%1</b>: %2 %3</li>")
                        .arg(check.name.toHtmlEscaped(), check.status.toHtmlEscaped(),
                             check.message.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    answer.body = html.toUtf8();
    return answer;
}

} // namespace sim
