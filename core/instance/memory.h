#pragma once

namespace core {

/// Resident memory of this process in KiB (VmRSS from /proc); -1 where
/// that cannot be read.
long residentMemoryKiB();

} // namespace core
