#pragma once

#include "verdict.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace core {

/// The gate's verdicts as JUnit XML (UTF-8): a <testsuites> root with the
/// totals, one <testsuite> per scan, one <testcase> per check: <failure> for
/// a check that fails the gate, <skipped> for a suppressed or ignored one.
/// Characters XML 1.0 forbids are left out. Pure: the same verdicts give the
/// same bytes. `toolVersion` is ScanDash's own, kept as a property.
QByteArray toJUnit(const QList<ScanVerdict> &verdicts, const QString &toolVersion);

} // namespace core
