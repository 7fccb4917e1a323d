#pragma once

#include <QHash>

namespace core {

/// Resident memory of this process in KiB (VmRSS from /proc); -1 where
/// that cannot be read.
long residentMemoryKiB();

/// Asks the C library's allocator to give memory back rather than keep it:
/// at most two heaps (each thread that parses a long log would otherwise get
/// one of its own, which keeps what it once held), and blocks of 1 MiB or
/// more (answer bodies, the lists of a long log) mapped on their own and
/// returned when freed; and small blocks merged when freed, not kept in fast
/// bins for whichever thread next asks for a large block to sweep up. Call
/// first thing, before any thread starts. Does nothing where the allocator
/// is not glibc's.
void limitAllocatorRetention();

/// How often each of this process's threads (by thread id; the main thread's
/// is the process id) was switched in, voluntarily or not, from /proc; empty
/// where that cannot be read. Each switch in is a wake-up.
QHash<qint64, long> contextSwitchesByThread();

} // namespace core
