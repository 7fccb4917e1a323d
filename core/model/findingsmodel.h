#pragma once

#include "api/types.h"
#include "policy/verdict.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace core {

/// The checks of one report, one row each: status, severity, check,
/// category, finding and fix. Raw values sort failing checks first, worst
/// severity first.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        SeverityColumn,
        CheckColumn,
        CategoryColumn,
        FindingColumn,
        FixColumn,
        TriageColumn, // accepted / false positive, reason, by, until
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // failing first, then by severity
        StatusRole, // raw status
        SeverityRole, // raw severity
        FailingRole, // bool
        SuppressedRole, // bool: a suppression holds, the finding does not count
        ExpiredRole, // bool: a suppression matched but has expired
        CategoryNameRole, // raw category
        CheckNameRole, // raw check name
        // The decision as the row shows it under the finding (the Status
        // column says "accepted" or "false positive"), plain: { the reason,
        // who decided, "until 31/01/2027" or "expired 31/01/2027" (or empty) };
        // empty when no suppression matched a failing check.
        TriagePartsRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const std::optional<Report> &report);
    const std::optional<Report> &report() const { return m_report; }
    /// How each check counts after the triage (judge()'s verdict of the same
    /// report); the rows keep their place and selection.
    void setVerdict(const ScanVerdict &verdict);
    /// The suppression that matched the row's check, if any.
    std::optional<Suppression> suppression(int row) const;
    /// "Accepted risk", "False positive" (with "expired" when it has).
    static QString triageStateText(const Suppression &suppression, bool expired);
    /// "Accepted risk: reason · by Ana · until 2026-12-31", plain.
    static QString triageText(const Suppression &suppression, bool expired);
    /// The parts of TriagePartsRole.
    static QStringList triageParts(const Suppression &suppression, bool expired);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// A finding as text for the clipboard: plain, every server string made inert.
    QString findingText(int row) const;
    /// "critical", "high", ... as shown; "—" for none.
    static QString severityText(const QString &severity);
    static QString statusText(const QString &status);

private:
    struct Row
    {
        QString category;
        ReportCheck check;
        std::optional<Suppression> suppression;
        bool expired = false;
    };
    std::optional<Report> m_report;
    QList<Row> m_rows;
};

/// The findings view's filter: a severity, failing checks only, and text.
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FindingsFilterModel(QObject *parent = nullptr);

    void setSeverity(const QString &severity); // empty: any
    void setFailingOnly(bool failingOnly);
    void setShowSuppressed(bool show);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_severity;
    bool m_failingOnly = false;
    bool m_showSuppressed = true;
    QString m_text;
};

} // namespace core
