#include "triagecontroller.h"

#include "policy/gate.h"
#include "store/scanrepository.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

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
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &TriageController::retryUnsaved);
    const QString remembered = QSettings().value(rememberedPolicyKey()).toString();
    if (remembered.isEmpty())
        return;
    auto read = readPolicyFile(remembered);
    if (auto *error = std::get_if<PolicyError>(&read))
        m_fileProblem = error->text();
    else
        m_file = std::get<Policy>(std::move(read));
}

QString TriageController::rememberedPolicyKey() const
{
    // Per history file: each profile's history has its own policy.
    const QByteArray history = QFileInfo(m_repository.historyFile()).absoluteFilePath().toUtf8();
    return QStringLiteral("policyFiles/")
        + QString::fromLatin1(QCryptographicHash::hash(history, QCryptographicHash::Sha1).toHex());
}

Policy TriageController::policy() const
{
    Policy policy = m_file;
    policy.suppress = m_suppressions + m_file.suppress;
    return policy;
}

std::optional<PolicyError> TriageController::loadPolicyFile(const QString &path)
{
    auto read = readPolicyFile(path);
    if (auto *error = std::get_if<PolicyError>(&read))
        return *error;
    m_file = std::get<Policy>(std::move(read));
    m_file.sourceFile = QFileInfo(path).absoluteFilePath();
    m_fileProblem.clear();
    QSettings().setValue(rememberedPolicyKey(), m_file.sourceFile);
    emit changed();
    return std::nullopt;
}

void TriageController::clearPolicyFile()
{
    m_file = Policy();
    m_fileProblem.clear();
    QSettings().remove(rememberedPolicyKey());
    emit changed();
}

QByteArray TriageController::triageAsPolicy() const
{
    Policy policy;
    policy.suppress = m_suppressions;
    return policyYaml(policy);
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
    return findSuppression(policy().suppress, check, siteUrl, type, today());
}

QString TriageController::failuresText(const Report &report) const
{
    // The server's counts less what the triage suppressed.
    ReportSummary counted = report.summary;
    int suppressed = 0;
    for (const FindingVerdict &finding : verdict(report).findings) {
        // A policy rule's "ignore" counts like a suppression.
        if (finding.counts != FindingVerdict::Counts::Suppressed
            && finding.counts != FindingVerdict::Counts::Ignored)
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
    return core::suppressedChecks(verdict(report));
}

ReportComparison TriageController::compare(const Report &older, const Report &newer) const
{
    ReportComparison comparison = compareReports(older, newer);
    applyVerdict(&comparison, verdict(newer));
    return comparison;
}

bool TriageController::failsAnythingNew(const Report &older, const Report &newer) const
{
    return compare(older, newer).count(CheckChange::Kind::NewlyFailing) > 0;
}

int TriageController::indexOf(const Suppression &key) const
{
    for (int i = 0; i < m_suppressions.size(); ++i) {
        if (sameKey(m_suppressions.at(i), key))
            return i;
    }
    return -1;
}

bool TriageController::write(const Step &step)
{
    return step.after ? m_repository.saveSuppression(*step.after)
                      : m_repository.removeSuppression(*step.before);
}

void TriageController::apply(const std::optional<Suppression> &from,
                             const std::optional<Suppression> &to)
{
    const Suppression &key = to ? *to : *from;
    const int index = indexOf(key);
    if (to) {
        if (index >= 0)
            m_suppressions.replace(index, *to);
        else
            m_suppressions.append(*to);
    } else if (index >= 0) {
        m_suppressions.removeAt(index);
    }
    const Step step { from, to };
    // In order: a change waits behind the ones that have not landed yet.
    if (!m_unsaved.isEmpty() || !write(step)) {
        m_unsaved.append(step);
        if (!m_retry.isActive()) {
            m_retryMs = 500;
            m_retry.start(m_retryMs);
        }
        emit saveFailed();
    }
    emit changed();
}

void TriageController::retryUnsaved()
{
    while (!m_unsaved.isEmpty()) {
        if (!write(m_unsaved.constFirst())) {
            m_retryMs = qMin(m_retryMs * 2, 30000);
            m_retry.start(m_retryMs);
            return;
        }
        m_unsaved.removeFirst();
    }
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
