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
{
}

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
    Step step { index >= 0 ? std::optional(m_suppressions.at(index)) : std::nullopt,
                suppression };
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
