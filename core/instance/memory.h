#pragma once

#include <QHash>

namespace core {

/// Resident memory of this process in KiB (VmRSS from /proc); -1 where
/// that cannot be read.
long residentMemoryKiB();

/// How often each of this process's threads (by thread id; the main thread's
/// is the process id) was switched in, voluntarily or not, from /proc; empty
/// where that cannot be read. Each switch in is a wake-up.
QHash<qint64, long> contextSwitchesByThread();

} // namespace core
