#pragma once

#include "api/types.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace core {

/// The parsed reports of the scans looked at lately, so that showing a scan
/// again reads nothing from the history and parses nothing: a report is read
/// and parsed once and kept until it changes (put() or invalidate()). Holds at
/// most `capacity` scans, dropping the one used longest ago. "No report yet"
/// is remembered too.
class ReportCache
{
public:
    /// Reads a scan's stored report body, if there is one.
    using Loader = std::function<std::optional<QByteArray>(const QString &scanId)>;

    explicit ReportCache(Loader loader, int capacity = 32);

    std::optional<Report> report(const QString &scanId);
    /// The report of `scanId` is now this one (just fetched and parsed).
    void put(const QString &scanId, const Report &report);
    void invalidate(const QString &scanId);
    /// How often the loader was asked: once per scan until it changes.
    int loads() const { return m_loads; }

private:
    void keep(const QString &scanId, const std::optional<Report> &report);

    Loader m_loader;
    int m_capacity;
    int m_loads = 0;
    QHash<QString, std::optional<Report>> m_reports;
    QList<QString> m_recent; // least recently used first
};

} // namespace core
