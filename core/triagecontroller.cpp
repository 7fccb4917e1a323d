#include "triagecontroller.h"

#include "policy/gate.h"
#include "store/scanrepository.h"

namespace core {

namespace {

bool sameKey(const Suppression &a, const Suppression &b)
{
    return a.check.compare(b.check, Qt::CaseInsensitive) == 0 && a.site == b.site
        && a.type == b.type;
}

} // namespace

TriageController::TriageController(ScanRepository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_suppressions(repository.loadTriage())
{ }

Policy TriageController::policy() const
{
    Policy policy;
    policy.suppress = m_suppressions;
    return policy;
}

ScanVerdict TriageController::verdict(const Report &report) const
{
    GateOptions options;
    options.failOn = FailOn::Any;
    return judge(report, std::nullopt, policy(), options, today());
}

std::optional<Suppression> TriageController::find(const QString &check, const QString &siteUrl,
                                                  const QString &type) const
{
    return findSuppression(m_suppressions, check, siteUrl, type, today());
}

QString TriageController::failuresText(const Report &report) const
{
    // The server's counts less what the triage suppressed.
    ReportSummary counted = report.summary;
    int suppressed = 0;
    for (const FindingVerdict &finding : verdict(report).findings) {
        if (finding.counts != FindingVerdict::Counts::Suppressed)
            continue;
        ++suppressed;
        const QString status = finding.status.trimmed().toLower();
        if (status == QLatin1String("fail"))
            counted.failed = qMax(0, counted.failed - 1);
        else if (status == QLatin1String("warn"))
            counted.warnings = qMax(0, counted.warnings - 1);
    }
    const QString failures = failedAndWarningsText(counted);
    return suppressed > 0 ? tr("%1, %n suppressed", nullptr, suppressed).arg(failures) : failures;
}

QList<SuppressedCheck> TriageController::suppressedChecks(const Report &report) const
{
    QList<SuppressedCheck> suppressed;
    for (const FindingVerdict &finding : verdict(report).findings) {
        if (finding.counts != FindingVerdict::Counts::Suppressed || !finding.suppression)
            continue;
        const Suppression &s = *finding.suppression;
        suppressed.append(
            { finding.category, finding.check,
              s.state == TriageState::FalsePositive ? tr("False positive") : tr("Accepted risk"),
              s.reason, s.by, s.expires });
    }
    return suppressed;
}

ReportComparison TriageController::compare(const Report &older, const Report &newer) const
{
    ReportComparison comparison = compareReports(older, newer);
    const ScanVerdict judged = verdict(newer);
    for (CheckChange &change : comparison.changes) {
        if (change.newStatus.isEmpty())
            continue;
        for (const FindingVerdict &finding : judged.findings) {
            if (finding.category == change.category && finding.check == change.name
                && finding.counts == FindingVerdict::Counts::Suppressed && finding.suppression) {
                change.suppressed = true;
                change.suppressionReason = finding.suppression->reason;
            }
        }
    }
    return comparison;
}

int TriageController::indexOf(const Suppression &key) const
{
    for (int i = 0; i < m_suppressions.size(); ++i) {
        if (sameKey(m_suppressions.at(i), key))
            return i;
    }
    return -1;
}

void TriageController::apply(const std::optional<Suppression> &from,
                             const std::optional<Suppression> &to)
{
    const Suppression &key = to ? *to : *from;
    const int index = indexOf(key);
    bool ok = true;
    if (to) {
        if (index >= 0)
            m_suppressions.replace(index, *to);
        else
            m_suppressions.append(*to);
        ok = m_repository.saveSuppression(*to);
    } else if (index >= 0) {
        m_suppressions.removeAt(index);
        ok = m_repository.removeSuppression(key);
    }
    if (!ok)
        emit saveFailed();
    emit changed();
}

void TriageController::suppress(const Suppression &suppression)
{
    const int index = indexOf(suppression);
    Step step { index >= 0 ? std::optional(m_suppressions.at(index)) : std::nullopt, suppression };
    apply(step.before, step.after);
    m_undo.append(step);
    emit edited();
}

void TriageController::remove(const Suppression &suppression)
{
    const int index = indexOf(suppression);
    if (index < 0)
        return;
    Step step { m_suppressions.at(index), std::nullopt };
    apply(step.before, step.after);
    m_undo.append(step);
    emit edited();
}

void TriageController::undo()
{
    if (m_undo.isEmpty())
        return;
    const Step step = m_undo.takeLast();
    apply(step.after, step.before);
}

void TriageController::setToday(Today today)
{
    m_today = std::move(today);
    emit changed();
}

} // namespace core
