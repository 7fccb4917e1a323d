#include "reportcache.h"

#include "api/parse.h"

namespace core {

ReportCache::ReportCache(Loader loader, int capacity)
    : m_loader(std::move(loader))
    , m_capacity(qMax(1, capacity))
{ }

std::optional<Report> ReportCache::report(const QString &scanId)
{
    if (const auto it = m_reports.constFind(scanId); it != m_reports.constEnd()) {
        m_recent.removeOne(scanId);
        m_recent.append(scanId);
        return *it;
    }
    ++m_loads;
    const std::optional<QByteArray> body = m_loader(scanId);
    std::optional<Report> report = body ? parseReport(*body).value : std::nullopt;
    keep(scanId, report);
    return report;
}

void ReportCache::put(const QString &scanId, const Report &report)
{
    invalidate(scanId);
    keep(scanId, report);
}

void ReportCache::invalidate(const QString &scanId)
{
    if (m_reports.remove(scanId))
        m_recent.removeOne(scanId);
}

void ReportCache::keep(const QString &scanId, const std::optional<Report> &report)
{
    m_reports.insert(scanId, report);
    m_recent.append(scanId);
    while (m_recent.size() > m_capacity)
        m_reports.remove(m_recent.takeFirst());
}

} // namespace core
