#pragma once

namespace app {

/// True for the first argument of a command-line run: scan, report, compare,
/// list or usage.
bool isCliCommand(const char *argument);

/// Runs one command with no window and no display. Exit codes: 0 done (every
/// scan at or above --fail-below and through the gate), 1 a scan failed,
/// ended partial, graded below the threshold or failed the gate (--fail-on,
/// --policy; compare too), 2 a usage error, a bad URL or policy, a refused key
/// or another API error, 130 interrupted (Ctrl+C) and 143 terminated (SIGTERM):
/// stderr names the scans, which go on at AppVet.
int runCli(int argc, char *argv[]);

} // namespace app
