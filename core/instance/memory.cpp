#include "memory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <QByteArray>
#include <QDir>
#include <QFile>

namespace core {

long residentMemoryKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

namespace {

long switchesOf(const QString &statusPath)
{
    QFile status(statusPath);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    long total = 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("voluntary_ctxt_switches:")
            || line.startsWith("nonvoluntary_ctxt_switches:"))
            total += line.mid(line.indexOf(':') + 1).trimmed().toLong();
    }
    return total;
}

} // namespace

QHash<qint64, long> contextSwitchesByThread()
{
    QHash<qint64, long> switches;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const long count = switchesOf(tasks.filePath(task + QStringLiteral("/status")));
        if (count >= 0)
            switches.insert(task.toLongLong(), count);
    }
    return switches;
}

void limitAllocatorRetention()
{
#if defined(__GLIBC__)
    // The benchmark's load run, resident: 166-224 MB before, 190-192 MB after
    // (README, Benchmarks).
    mallopt(M_ARENA_MAX, 2);
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
    // No fast bins: a long log parsed and freed on a worker (300,000 small
    // blocks, with two heaps often in the window's) would wait in them until
    // the next large block asked for, often by the window's thread in a
    // paint, swept them all up: 20-40 ms. Freed blocks are merged as they
    // are freed, by the thread that frees them (tst_memory). Load run, the
    // worst time on a core in one gap: 23-40 ms before, 14-16 ms after.
    mallopt(M_MXFAST, 0);
#endif
}

} // namespace core
