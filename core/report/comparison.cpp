#include "comparison.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace core {

bool isFailingStatus(const QString &status)
{
    const QString known = status.trimmed().toLower();
    return known == QLatin1String("fail") || known == QLatin1String("warn");
}

QString failedAndWarningsText(const ReportSummary &summary)
{
    return QCoreApplication::translate("report", "%1, %2", "failed, warnings")
        .arg(QCoreApplication::translate("report", "%n failed", nullptr, summary.failed),
             QCoreApplication::translate("report", "%n warning(s)", nullptr, summary.warnings));
}

QString checksSummaryText(const ReportSummary &summary)
{
    return QCoreApplication::translate("report", "%n check(s): %1 passed, %2", nullptr,
                                       summary.totalChecks)
        .arg(QString::number(summary.passed), failedAndWarningsText(summary));
}

QString checkStatusWord(const QString &status)
{
    if (status == QLatin1String("pass"))
        return QCoreApplication::translate("report", "passed");
    if (status == QLatin1String("fail"))
        return QCoreApplication::translate("report", "failed");
    if (status == QLatin1String("warn"))
        return QCoreApplication::translate("report", "warning");
    return status;
}

int severityRank(const QString &severity)
{
    static const QStringList ranks { QStringLiteral("low"), QStringLiteral("medium"),
                                     QStringLiteral("high"), QStringLiteral("critical") };
    return static_cast<int>(ranks.indexOf(severity.trimmed().toLower())) + 1;
}

void CheckChange::setNotCounted(NotCounted why)
{
    notCountedWhy = why;
    switch (why) {
    case NotCounted::Warning:
        notCounted = QCoreApplication::translate("gate", "a warning");
        return;
    case NotCounted::Ignored:
        notCounted = QCoreApplication::translate("gate", "ignored by the policy");
        return;
    case NotCounted::BelowMinSeverity:
        notCounted = QCoreApplication::translate("gate", "below the minimum severity");
        return;
    case NotCounted::Counted:
        break;
    }
    notCounted.clear();
}

QString notCountedWord(CheckChange::NotCounted why)
{
    switch (why) {
    case CheckChange::NotCounted::Warning:
        return QStringLiteral("warning");
    case CheckChange::NotCounted::Ignored:
        return QStringLiteral("ignored");
    case CheckChange::NotCounted::BelowMinSeverity:
        return QStringLiteral("below-min-severity");
    case CheckChange::NotCounted::Counted:
        break;
    }
    return QString();
}

int ReportComparison::count(CheckChange::Kind kind) const
{
    return static_cast<int>(
        std::count_if(changes.begin(), changes.end(), [kind](const CheckChange &c) {
            return c.kind == kind && !c.suppressed && c.notCounted.isEmpty();
        }));
}

int ReportComparison::suppressedCount() const
{
    return static_cast<int>(std::count_if(changes.begin(), changes.end(),
                                          [](const CheckChange &c) { return c.suppressed; }));
}

ReportComparison compareReports(const Report &older, const Report &newer)
{
    ReportComparison comparison { older, newer, {} };
    auto key = [](const QString &category, const QString &name) {
        return category + QLatin1Char('\x1f') + name;
    };
    QHash<QString, const ReportCheck *> before;
    for (const auto &category : older.categories) {
        for (const auto &check : category.checks)
            before.insert(key(category.name, check.name), &check);
    }
    QHash<QString, bool> seen;
    for (const auto &category : newer.categories) {
        for (const auto &check : category.checks) {
            const QString id = key(category.name, check.name);
            seen.insert(id, true);
            const ReportCheck *old = before.value(id);
            // A fixed check has no severity now; the one it had says what was fixed.
            const QString severity
                = check.severity.isEmpty() && old ? old->severity : check.severity;
            CheckChange change { CheckChange::Kind::Unchanged,
                                 category.name,
                                 check.name,
                                 severity,
                                 old ? old->status : QString(),
                                 check.status,
                                 check.message,
                                 check.fix,
                                 false,
                                 QString(),
                                 CheckChange::NotCounted::Counted,
                                 QString() };
            const bool failsNow = isFailingStatus(check.status);
            const bool failedThen = old && isFailingStatus(old->status);
            if (failsNow && !failedThen)
                change.kind = CheckChange::Kind::NewlyFailing;
            else if (failsNow)
                change.kind = CheckChange::Kind::StillFailing;
            else if (failedThen)
                change.kind = CheckChange::Kind::Fixed;
            comparison.changes.append(change);
        }
    }
    for (const auto &category : older.categories) {
        for (const auto &check : category.checks) {
            if (!seen.contains(key(category.name, check.name)))
                comparison.changes.append({ CheckChange::Kind::NoLongerChecked, category.name,
                                            check.name, check.severity, check.status, QString(),
                                            check.message, check.fix, false, QString(),
                                            CheckChange::NotCounted::Counted, QString() });
        }
    }
    // Worst news first, in the report's own order within each kind.
    std::stable_sort(comparison.changes.begin(), comparison.changes.end(),
                     [](const CheckChange &a, const CheckChange &b) { return a.kind < b.kind; });
    return comparison;
}

} // namespace core
