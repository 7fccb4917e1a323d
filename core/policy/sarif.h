#pragma once

#include "verdict.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace core {

/// The gate's verdicts as a SARIF 2.1.0 log (UTF-8 JSON): one run, one rule
/// per check, one result per failing or warning check and site, suppressed
/// findings as results with an external, accepted suppression. Passing and
/// ignored checks give no result. Pure: the same verdicts give the same
/// bytes, and a finding's fingerprint depends only on its rule and site.
/// `toolVersion` is the driver's version (ScanDash's own).
QByteArray toSarif(const QList<ScanVerdict> &verdicts, const QString &toolVersion);

} // namespace core
