#pragma once

#include "report/comparison.h"
#include "report/reportexport.h"

#include <QString>

class QAbstractItemModel;

namespace ui {

/// File exports, by the file name's suffix: .pdf, .html, .md or .json (the
/// report as received). Written whole or not at all (QSaveFile). `error`
/// says why not.
/// `suppressed`: the checks the triage suppresses, listed in their own section.
bool exportReport(const core::Report &report, const QString &path, QString *error,
                  const QList<core::SuppressedCheck> &suppressed = {});
bool exportComparison(const core::ReportComparison &comparison, const QString &path,
                      QString *error);
/// The rows `model` shows (the scan list as filtered and sorted) as CSV.
bool exportScanList(const QAbstractItemModel &model, const QString &path, QString *error);
/// Writes `bytes` to `path` whole or not at all.
bool writeFile(const QString &path, const QByteArray &bytes, QString *error);

} // namespace ui
