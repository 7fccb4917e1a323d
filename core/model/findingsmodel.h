#pragma once

#include "api/types.h"

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
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // failing first, then by severity
        StatusRole, // raw status
        SeverityRole, // raw severity
        FailingRole, // bool
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const std::optional<Report> &report);
    const std::optional<Report> &report() const { return m_report; }

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
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_severity;
    bool m_failingOnly = false;
    QString m_text;
};

} // namespace core
