#pragma once

#include "comparison.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace core {

/// Exporters: pure functions from values to text. Every string the server
/// sent is escaped for the format (markup, table syntax, spreadsheet
/// formulas) and its invisible characters made visible; no export ever holds
/// the API key, which no value here carries.

/// The report's checks, failing first (worst severity first), then passing.
QList<QPair<QString, ReportCheck>> checksWorstFirst(const Report &report);

QString reportMarkdown(const Report &report);
/// One self-contained HTML file: inline style, no scripts, nothing fetched.
QString reportHtml(const Report &report);
QString comparisonText(const ReportComparison &comparison);
QString comparisonMarkdown(const ReportComparison &comparison);
QString comparisonHtml(const ReportComparison &comparison);
QByteArray comparisonJson(const ReportComparison &comparison);

/// RFC 4180: fields quoted when they hold a comma, quote or line break, CRLF
/// line ends; a cell that starts with =, +, -, @, tab or CR gets a leading '
/// so that a spreadsheet shows it instead of running it.
QByteArray csv(const QList<QStringList> &rows);
QString csvCell(const QString &text);

/// The words for a change kind, e.g. "newly failing".
QString changeKindName(CheckChange::Kind kind);

} // namespace core
