#pragma once

#include "api/types.h"
#include "policy/policy.h"
#include "policy/verdict.h"
#include "report/comparison.h"
#include "report/reportexport.h"

#include <QDate>
#include <QObject>
#include <QTimer>

#include <functional>

namespace core {

class ScanRepository;

/// The analyst's triage: suppressions made in the window, kept in the
/// history, and how a report counts with them. Every count the window shows
/// (the Findings tab, the list's tooltip, notifications, compare) asks
/// verdict(), which asks the one gate, judge(), with the triage as the
/// policy's suppress list. Owned by ScanController, which exposes it.
class TriageController : public QObject
{
    Q_OBJECT

public:
    explicit TriageController(ScanRepository &repository, QObject *parent = nullptr);

    /// Every suppression made in the window, oldest decision first.
    const QList<Suppression> &suppressions() const { return m_suppressions; }
    /// The triage as a policy: the loaded policy file's rules, gate and
    /// suppressions, with the window's suppressions first.
    Policy policy() const;

    /// Reads a policy file (YAML, `version: 1`) whose suppressions and rules
    /// then count beside the window's triage, and remembers it for this
    /// history. On an error nothing of it is applied (the file loaded before
    /// stays) and the error names the file, line and column.
    std::optional<PolicyError> loadPolicyFile(const QString &path);
    /// Stops using the policy file.
    void clearPolicyFile();
    /// The policy file in use, empty when none.
    QString policyFile() const { return m_file.sourceFile; }
    const Policy &filePolicy() const { return m_file; }
    /// Why the policy file remembered for this history could not be read at
    /// start, empty when it could.
    QString policyFileProblem() const { return m_fileProblem; }
    /// The window's triage as a policy file, for the team's repository.
    QByteArray triageAsPolicy() const;
    /// How each check of the report counts after the triage (no baseline;
    /// an unsuppressed failing check fails).
    ScanVerdict verdict(const Report &report) const;
    /// The suppression that matches this finding, if any (an unexpired one
    /// first), as verdict() would find it.
    std::optional<Suppression> find(const QString &check, const QString &siteUrl,
                                    const QString &type) const;

    /// "2 failed, 1 warning, 1 suppressed": the report's failures that count,
    /// worded as everywhere else (the Findings tab, the list's tooltip,
    /// notifications).
    QString failuresText(const Report &report) const;
    /// The report's failing checks that the triage suppresses, for exports.
    QList<SuppressedCheck> suppressedChecks(const Report &report) const;
    /// Two reports compared, with the newer one's suppressed checks marked:
    /// they are not "newly failing" or "still failing".
    ReportComparison compare(const Report &older, const Report &newer) const;
    /// True when the newer report fails a check the older did not and the
    /// triage does not suppress it: what makes a fallen grade a regression.
    bool failsAnythingNew(const Report &older, const Report &newer) const;

    /// Adds a suppression, replacing one for the same check, site and type.
    void suppress(const Suppression &suppression);
    /// True for a suppression made in the window (not from the policy file,
    /// which the window does not change).
    bool isOwn(const Suppression &suppression) const
    {
        const int index = indexOf(suppression);
        return index >= 0 && m_suppressions.at(index) == suppression;
    }
    /// Removes the suppression for this check, site and type.
    void remove(const Suppression &suppression);
    bool canUndo() const { return !m_undo.isEmpty(); }
    /// Triage changes the history has not taken yet (retried on a timer).
    int unsavedCount() const { return static_cast<int>(m_unsaved.size()); }
    /// Takes back the last suppress() or remove() of this session.
    void undo();

    using Today = std::function<QDate()>;
    void setToday(Today today);
    QDate today() const { return m_today(); }

signals:
    /// The triage changed: counts may differ.
    void changed();
    /// suppress() or remove() was done and can be undone.
    void edited();
    /// A write to the history failed: it is tried again, backing off, until it
    /// lands (unsavedCount() says how many wait).
    void saveFailed();

private:
    struct Step
    {
        std::optional<Suppression> before; // under the same key
        std::optional<Suppression> after;
    };
    int indexOf(const Suppression &key) const;
    void apply(const std::optional<Suppression> &from, const std::optional<Suppression> &to);

    QString rememberedPolicyKey() const;
    bool write(const Step &step);
    void retryUnsaved();

    ScanRepository &m_repository;
    QList<Suppression> m_suppressions;
    Policy m_file; // the loaded policy file; sourceFile empty when none
    QString m_fileProblem;
    QList<Step> m_undo;
    QList<Step> m_unsaved; // writes that failed, oldest first
    QTimer m_retry;
    int m_retryMs = 0;
    Today m_today = [] { return QDate::currentDate(); };
};

} // namespace core
