#include "reportexport.h"

#include "text/displaytext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace core {
namespace {

// lupdate files tr() calls in this namespace under "core".
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("core", text, disambiguation, n);
}

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : tr("unknown");
}

/// Server text as one inert Markdown line: no markup, links, HTML or table breaks.
QString md(const QString &untrusted, int maxLength = 2000)
{
    QString out;
    for (const QChar c : displayText(untrusted, maxLength)) {
        switch (c.unicode()) {
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '(':
        case ')':
        case '#':
        case '|':
        case '!':
        case '~':
            out += QLatin1Char('\\');
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString html(const QString &untrusted, int maxLength = 2000)
{
    return displayText(untrusted, maxLength).toHtmlEscaped();
}

QString summaryLine(const ReportSummary &s)
{
    return tr("%1; critical %2, high %3, medium %4, low %5")
        .arg(checksSummaryText(s), QString::number(s.critical), QString::number(s.high),
             QString::number(s.medium), QString::number(s.low));
}

const char *const kStyle
    = "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
      "line-height:1.4}table{border-collapse:collapse;width:100%}"
      "th,td{border:1px solid #888;padding:.3em .5em;text-align:left;vertical-align:top}"
      ".grade{font-size:2.5em;font-weight:bold}.chip{border:1px solid;border-radius:.8em;"
      "padding:0 .5em;white-space:nowrap}";

QString htmlPage(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                          "'none'; style-src 'unsafe-inline'\">\n<title>%1</title>\n"
                          "<style>%2</style></head>\n<body>\n%3</body></html>\n")
        .arg(title, QLatin1String(kStyle), body);
}

} // namespace

QList<QPair<QString, ReportCheck>> checksWorstFirst(const Report &report)
{
    QList<QPair<QString, ReportCheck>> checks;
    for (const auto &category : report.categories) {
        for (const auto &check : category.checks)
            checks.append({ category.name, check });
    }
    std::stable_sort(checks.begin(), checks.end(), [](const auto &a, const auto &b) {
        const bool aFails = isFailingStatus(a.second.status);
        const bool bFails = isFailingStatus(b.second.status);
        if (aFails != bFails)
            return aFails;
        return severityRank(a.second.severity) > severityRank(b.second.severity);
    });
    return checks;
}

QString changeKindName(CheckChange::Kind kind)
{
    switch (kind) {
    case CheckChange::Kind::NewlyFailing:
        return tr("newly failing");
    case CheckChange::Kind::Fixed:
        return tr("fixed");
    case CheckChange::Kind::StillFailing:
        return tr("still failing");
    case CheckChange::Kind::Unchanged:
        return tr("unchanged");
    case CheckChange::Kind::NoLongerChecked:
        return tr("no longer checked");
    }
    return QString();
}

namespace {

const SuppressedCheck *suppressionOf(const QList<SuppressedCheck> &suppressed,
                                     const QString &category, const ReportCheck &check)
{
    for (const SuppressedCheck &entry : suppressed) {
        if (entry.category == category && entry.check == check.name)
            return &entry;
    }
    return nullptr;
}

QString untilText(const SuppressedCheck &entry)
{
    return entry.expires.isValid() ? entry.expires.toString(Qt::ISODate) : tr("no expiry");
}

/// The summary with the suppressed checks taken out of the failed and
/// warning counts and their severities, and said apart: the counts agree
/// with the failing checks listed.
QString countedSummaryLine(const Report &report, const QList<SuppressedCheck> &suppressed)
{
    if (suppressed.isEmpty())
        return summaryLine(report.summary);
    ReportSummary counted = report.summary;
    int taken = 0;
    for (const auto &category : report.categories) {
        for (const auto &check : category.checks) {
            if (!isFailingStatus(check.status) || !suppressionOf(suppressed, category.name, check))
                continue;
            ++taken;
            int &count = check.status.trimmed().toLower() == QLatin1String("fail")
                ? counted.failed
                : counted.warnings;
            count = qMax(0, count - 1);
            int *bySeverity[]
                = { nullptr, &counted.low, &counted.medium, &counted.high, &counted.critical };
            if (int *severity = bySeverity[severityRank(check.severity)])
                *severity = qMax(0, *severity - 1);
        }
    }
    return tr("%1; critical %2, high %3, medium %4, low %5")
        .arg(tr("%1, %n suppressed", nullptr, taken).arg(checksSummaryText(counted)),
             QString::number(counted.critical), QString::number(counted.high),
             QString::number(counted.medium), QString::number(counted.low));
}

} // namespace

QString reportMarkdown(const Report &report, const QList<SuppressedCheck> &suppressed)
{
    QString out;
    out += tr("# AppVet %1 report: %2\n\n").arg(md(report.type, 40), md(report.url, 500));
    // One arg() call for all: a second call would read markers in server text.
    out += tr("**Grade %1 · score %2/100** · completed %3 · scan %4\n\n")
               .arg(md(report.grade, 4), QString::number(report.score), when(report.completedAt),
                    md(report.id, 80));
    out += countedSummaryLine(report, suppressed) + QStringLiteral("\n\n");
    out += tr("## Failing checks\n\n");
    const auto checks = checksWorstFirst(report);
    bool anyFailing = false;
    QString table = tr("| Severity | Category | Check | Status | Finding | Fix |\n")
        + QStringLiteral("|---|---|---|---|---|---|\n");
    for (const auto &[category, check] : checks) {
        if (!isFailingStatus(check.status) || suppressionOf(suppressed, category, check))
            continue;
        anyFailing = true;
        table += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                     .arg(md(check.severity, 20), md(category, 200), md(check.name, 200),
                          md(checkStatusWord(check.status), 20), md(check.message), md(check.fix));
    }
    out += anyFailing ? table : tr("None: every check passed.\n");
    if (!suppressed.isEmpty()) {
        out += tr("\n## Suppressed\n\n| Severity | Category | Check | Status | Decision | Reason "
                  "| By | Until |\n")
            + QStringLiteral("|---|---|---|---|---|---|---|---|\n");
        for (const auto &[category, check] : checks) {
            const SuppressedCheck *entry = suppressionOf(suppressed, category, check);
            if (!entry || !isFailingStatus(check.status))
                continue;
            out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                       .arg(md(check.severity, 20), md(category, 200), md(check.name, 200),
                            md(checkStatusWord(check.status), 20), md(entry->decision, 40),
                            md(entry->reason), md(entry->by, 100), md(untilText(*entry), 20));
        }
    }
    out += tr("\n## Categories\n\n| Category | Score |\n|---|---|\n");
    for (const auto &category : report.categories)
        out += QStringLiteral("| %1 | %2 |\n")
                   .arg(md(category.name, 200), QString::number(category.score));
    out += tr("\n## Other checks\n\n");
    for (const auto &[category, check] : checks) {
        if (isFailingStatus(check.status))
            continue;
        out += QStringLiteral("- %1 (%2)").arg(md(check.name, 200), md(category, 200));
        if (check.status != QLatin1String("pass"))
            out += QStringLiteral(": ") + md(check.status, 20);
        out += QLatin1Char('\n');
    }
    return out;
}

QString reportHtml(const Report &report, const QList<SuppressedCheck> &suppressed)
{
    QString body;
    body += QStringLiteral("<h1>%1</h1>\n")
                .arg(tr("AppVet %1 report: %2").arg(html(report.type, 40), html(report.url, 500)));
    body += QStringLiteral("<p><span class=\"grade\" style=\"font-size:28pt;font-weight:bold\">"
                           "%1</span> %2</p>\n")
                .arg(html(report.grade, 4),
                     tr("score %1/100 · completed %2 · scan %3")
                         .arg(report.score)
                         .arg(when(report.completedAt), html(report.id, 80)));
    body += QStringLiteral("<p>%1</p>\n")
                .arg(countedSummaryLine(report, suppressed).toHtmlEscaped());
    body += QStringLiteral("<h2>%1</h2>\n").arg(tr("Failing checks"));
    const auto checks = checksWorstFirst(report);
    // One block per failing check: long findings and fixes read well on
    // screen and on paper, where a six-column table would squeeze them.
    QString blocks;
    for (const auto &[category, check] : checks) {
        if (!isFailingStatus(check.status) || suppressionOf(suppressed, category, check))
            continue;
        blocks += QStringLiteral("<h3><span class=\"chip\">%1</span> %2 · %3 · %4</h3>\n"
                                 "<p>%5</p>\n<p><b>%6</b> %7</p>\n")
                      .arg(html(check.severity.isEmpty() ? tr("no severity") : check.severity, 20),
                           html(check.name, 200), html(category, 200),
                           html(checkStatusWord(check.status), 20), html(check.message), tr("Fix:"),
                           check.fix.isEmpty() ? tr("none given.") : html(check.fix));
    }
    body += blocks.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(tr("None: every check passed."))
                             : blocks;
    if (!suppressed.isEmpty()) {
        body += QStringLiteral("<h2>%1</h2>\n").arg(tr("Suppressed"));
        for (const auto &[category, check] : checks) {
            const SuppressedCheck *entry = suppressionOf(suppressed, category, check);
            if (!entry || !isFailingStatus(check.status))
                continue;
            body
                += QStringLiteral("<h3><span class=\"chip\">%1</span> %2 · %3 · %4</h3>\n"
                                  "<p><b>%5</b> %6</p>\n<p>%7</p>\n")
                       .arg(html(check.severity.isEmpty() ? tr("no severity") : check.severity, 20),
                            html(check.name, 200), html(category, 200),
                            html(checkStatusWord(check.status), 20), html(entry->decision, 40),
                            html(entry->reason),
                            tr("by %1 · until %2")
                                .arg(entry->by.isEmpty() ? tr("unknown") : html(entry->by, 100),
                                     html(untilText(*entry), 20)));
        }
    }
    body += QStringLiteral("<h2>%1</h2>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                           "width=\"100%\"><tr><th>%2</th><th>%3</th></tr>\n")
                .arg(tr("Categories"), tr("Category"), tr("Score"));
    for (const auto &category : report.categories)
        body += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n")
                    .arg(html(category.name, 200), QString::number(category.score));
    body += QStringLiteral("</table>\n<h2>%1</h2>\n<ul>\n").arg(tr("Other checks"));
    for (const auto &[category, check] : checks) {
        if (isFailingStatus(check.status))
            continue;
        body += QStringLiteral("<li>%1 (%2)%3</li>\n")
                    .arg(html(check.name, 200), html(category, 200),
                         check.status == QLatin1String("pass")
                             ? QString()
                             : QStringLiteral(": ") + html(check.status, 20));
    }
    body += QStringLiteral("</ul>\n");
    return htmlPage(tr("AppVet report: %1").arg(html(report.url, 200)), body);
}

namespace {

QString comparisonHeadline(const ReportComparison &c)
{
    return tr("%1 → %2: grade %3 → %4, score %5 → %6 (%7)")
        .arg(when(c.older.completedAt), when(c.newer.completedAt), displayText(c.older.grade, 4),
             displayText(c.newer.grade, 4), QString::number(c.older.score),
             QString::number(c.newer.score),
             c.scoreChange() > 0 ? QStringLiteral("+%1").arg(c.scoreChange())
                                 : QString::number(c.scoreChange()));
}

QString comparisonCounts(const ReportComparison &c)
{
    using Kind = CheckChange::Kind;
    QString counts = tr("%1 newly failing, %2 fixed, %3 still failing, %4 unchanged")
                         .arg(c.count(Kind::NewlyFailing))
                         .arg(c.count(Kind::Fixed))
                         .arg(c.count(Kind::StillFailing))
                         .arg(c.count(Kind::Unchanged));
    if (c.suppressedCount() > 0)
        counts += tr(", %n suppressed", nullptr, c.suppressedCount());
    return counts;
}

/// The change's kind, and "suppressed" when the triage suppresses it.
QString changeText(const CheckChange &change)
{
    if (change.suppressed)
        return tr("%1 (suppressed: %2)")
            .arg(changeKindName(change.kind), displayText(change.suppressionReason, 300));
    if (!change.notCounted.isEmpty())
        return QStringLiteral("%1 (%2)").arg(changeKindName(change.kind), change.notCounted);
    return changeKindName(change.kind);
}

} // namespace

QString comparisonText(const ReportComparison &c)
{
    QString out = tr("Compare %1 (%2) and %3 of %4\n")
                      .arg(displayText(c.older.id, 80), displayText(c.older.type, 40),
                           displayText(c.newer.id, 80), displayText(c.newer.url, 500));
    out += comparisonHeadline(c) + QLatin1Char('\n') + comparisonCounts(c) + QLatin1Char('\n');
    for (const auto &change : c.changes) {
        if (change.kind == CheckChange::Kind::Unchanged)
            continue;
        out += QStringLiteral("  %1: %2 / %3")
                   .arg(changeText(change), displayText(change.category, 200),
                        displayText(change.name, 200));
        if (!change.severity.isEmpty())
            out += QStringLiteral(" (%1)").arg(displayText(change.severity, 20));
        out += QLatin1Char('\n');
    }
    return out;
}

QString comparisonMarkdown(const ReportComparison &c)
{
    QString out = tr("# Comparison: %1 (%2)\n\n").arg(md(c.newer.url, 500), md(c.newer.type, 40));
    out += md(comparisonHeadline(c)) + QStringLiteral("\n\n") + comparisonCounts(c)
        + QStringLiteral("\n\n");
    out += tr("| Change | Category | Check | Severity | Before | Now | Fix |\n")
        + QStringLiteral("|---|---|---|---|---|---|---|\n");
    for (const auto &change : c.changes) {
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                   .arg(md(changeText(change)), md(change.category, 200), md(change.name, 200),
                        md(change.severity, 20), md(checkStatusWord(change.oldStatus), 20),
                        md(checkStatusWord(change.newStatus), 20), md(change.fix));
    }
    return out;
}

QString comparisonHtml(const ReportComparison &c)
{
    QString body
        = QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n<p>%3</p>\n")
              .arg(tr("Comparison: %1 (%2)").arg(html(c.newer.url, 500), html(c.newer.type, 40)),
                   html(comparisonHeadline(c)), comparisonCounts(c).toHtmlEscaped());
    body += QStringLiteral(
                "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                "width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                "<th>%6</th><th>%7</th></tr>\n")
                .arg(tr("Change"), tr("Category"), tr("Check"), tr("Severity"), tr("Before"),
                     tr("Now"), tr("Fix"));
    for (const auto &change : c.changes) {
        body += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td>%6</td><td>%7</td></tr>\n")
                    .arg(html(changeText(change)), html(change.category, 200),
                         html(change.name, 200), html(change.severity, 20),
                         html(checkStatusWord(change.oldStatus), 20),
                         html(checkStatusWord(change.newStatus), 20), html(change.fix));
    }
    body += QStringLiteral("</table>\n");
    return htmlPage(tr("Comparison: %1").arg(html(c.newer.url, 200)), body);
}

QByteArray comparisonJson(const ReportComparison &c)
{
    auto side = [](const Report &r) {
        return QJsonObject { { "id", r.id },
                             { "score", r.score },
                             { "grade", r.grade },
                             { "completed_at", r.completedAt.toUTC().toString(Qt::ISODate) } };
    };
    static const char *const kinds[]
        = { "newly_failing", "fixed", "still_failing", "unchanged", "no_longer_checked" };
    QJsonArray changes;
    for (const auto &change : c.changes) {
        QJsonObject row { { "change", kinds[static_cast<int>(change.kind)] },
                          { "category", change.category },
                          { "check", change.name },
                          { "severity", change.severity },
                          { "before", change.oldStatus },
                          { "now", change.newStatus },
                          { "fix", change.fix },
                          { "suppressed", change.suppressed },
                          { "suppression_reason", change.suppressionReason } };
        if (change.notCountedWhy != CheckChange::NotCounted::Counted) {
            // Stable words for scripts, and the text the text output shows.
            row.insert("not_counted", notCountedWord(change.notCountedWhy));
            row.insert("not_counted_text", change.notCounted);
        }
        changes.append(row);
    }
    return QJsonDocument(QJsonObject { { "url", c.newer.url },
                                       { "type", c.newer.type },
                                       { "old", side(c.older) },
                                       { "new", side(c.newer) },
                                       { "score_change", c.scoreChange() },
                                       { "changes", changes } })
        .toJson(QJsonDocument::Indented);
}

QString csvCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.at(0)))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')))
        cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QLatin1String("\"\""))
            + QLatin1Char('"');
    return cell;
}

QByteArray csv(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(csvCell(cell));
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QString gateMarkdown(bool passed, const QStringList &reasons)
{
    QStringList said;
    for (const QString &reason : reasons)
        said.append(md(reason, 500));
    return QStringLiteral("\n## Gate\n\n")
        + (passed ? tr("Gate passed.")
                  : tr("**Gate failed:** %1").arg(said.join(QStringLiteral("; "))))
        + QLatin1Char('\n');
}

} // namespace core
