#pragma once

#include "comparison.h"

#include <QByteArray>
#include <QDate>
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

/// A failing check the analyst's triage suppresses: listed in a section of
/// its own, with the reason, and not among the failing checks.
struct SuppressedCheck
{
    QString category;
    QString check;
    QString decision; // "Accepted risk", "False positive" (translated)
    QString reason; // untrusted
    QString by; // untrusted
    QDate expires; // null: never
};

QString reportMarkdown(const Report &report, const QList<SuppressedCheck> &suppressed = {});
/// One self-contained HTML file: inline style, no scripts, nothing fetched.
QString reportHtml(const Report &report, const QList<SuppressedCheck> &suppressed = {});
QString comparisonText(const ReportComparison &comparison);
QString comparisonMarkdown(const ReportComparison &comparison);
QString comparisonHtml(const ReportComparison &comparison);
QByteArray comparisonJson(const ReportComparison &comparison);
/// A "## Gate" section: passed, or failed and why (`reasons`, escaped).
QString gateMarkdown(bool passed, const QStringList &reasons);

/// RFC 4180: fields quoted when they hold a comma, quote or line break, CRLF
/// line ends; a cell that starts with =, +, -, @, tab or CR gets a leading '
/// so that a spreadsheet shows it instead of running it.
QByteArray csv(const QList<QStringList> &rows);
QString csvCell(const QString &text);

/// The words for a change kind, e.g. "newly failing".
QString changeKindName(CheckChange::Kind kind);

} // namespace core
