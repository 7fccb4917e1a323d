#pragma once

#include "model/scan.h"

#include <QString>

namespace core {

/// Keeps scans in an SQLite file so that a restart, or a crash mid-scan, loses
/// none of them: the watch resumes where it stopped. ":memory:" keeps nothing.
class ScanStore
{
public:
    explicit ScanStore(const QString &path);
    ~ScanStore();
    ScanStore(const ScanStore &) = delete;
    ScanStore &operator=(const ScanStore &) = delete;

    bool isOpen() const { return m_open; }
    QString lastError() const { return m_lastError; }

    /// All stored scans, oldest first, with their events.
    QList<Scan> load();
    /// Writes the scan's own fields (not its events).
    void save(const Scan &scan);
    /// Appends events at positions [first, first + events.size()).
    void appendEvents(const QString &scanId, int first, const QList<ScanEvent> &events);
    void remove(const QString &scanId);

private:
    bool exec(const QString &sql);

    QString m_connectionName;
    QString m_lastError;
    bool m_open = false;
};

} // namespace core
