#include "findingsmodel.h"

#include "report/comparison.h"
#include "text/displaytext.h"

namespace core {

void FindingsModel::setReport(const std::optional<Report> &report)
{
    // A new report is a new list: the one reset this model ever makes.
    beginResetModel();
    m_report = report;
    m_rows.clear();
    if (report) {
        for (const auto &category : report->categories) {
            for (const auto &check : category.checks)
                m_rows.append({ category.name, check });
        }
    }
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsModel::severityText(const QString &severity)
{
    if (severity.isEmpty())
        return QStringLiteral("—");
    static const QHash<QString, const char *> names {
        { QStringLiteral("critical"), QT_TR_NOOP("critical") },
        { QStringLiteral("high"), QT_TR_NOOP("high") },
        { QStringLiteral("medium"), QT_TR_NOOP("medium") },
        { QStringLiteral("low"), QT_TR_NOOP("low") },
    };
    const char *name = names.value(severity.toLower());
    return name ? tr(name) : displayText(severity, 20);
}

QString FindingsModel::statusText(const QString &status)
{
    return displayText(checkStatusWord(status), 20);
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool failing = isFailingStatus(row.check.status);
    switch (role) {
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
        case SeverityColumn:
            // Failing first (higher sorts first when descending), worst severity first.
            return (failing ? 100 : 0) + severityRank(row.check.severity) * 10
                + (row.check.status == QLatin1String("fail") ? 1 : 0);
        case CheckColumn:
            return row.check.name.toLower();
        case CategoryColumn:
            return row.category.toLower();
        case FindingColumn:
            return row.check.message.toLower();
        case FixColumn:
            return row.check.fix.toLower();
        }
        break;
    case StatusRole:
        return row.check.status;
    case SeverityRole:
        return row.check.severity;
    case FailingRole:
        return failing;
    case Qt::ToolTipRole:
        if (index.column() == FindingColumn || index.column() == FixColumn)
            return tooltipText(index.column() == FindingColumn ? row.check.message : row.check.fix);
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return statusText(row.check.status);
        case SeverityColumn:
            return failing ? severityText(row.check.severity) : QString();
        case CheckColumn:
            return displayText(row.check.name, 200);
        case CategoryColumn:
            return displayText(row.category, 200);
        case FindingColumn:
            return displayText(row.check.message, 1000);
        case FixColumn:
            return displayText(row.check.fix, 1000);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case SeverityColumn:
        return tr("Severity");
    case CheckColumn:
        return tr("Check");
    case CategoryColumn:
        return tr("Category");
    case FindingColumn:
        return tr("Finding");
    case FixColumn:
        return tr("Fix");
    }
    return {};
}

QString FindingsModel::findingText(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return QString();
    const Row &finding = m_rows.at(row);
    QString text
        = tr("[%1] %2 (%3): %4")
              .arg(severityText(finding.check.severity), displayText(finding.check.name, 200),
                   displayText(finding.category, 200), statusText(finding.check.status));
    if (!finding.check.message.isEmpty())
        text += QLatin1Char('\n') + displayText(finding.check.message);
    if (!finding.check.fix.isEmpty())
        text += QLatin1Char('\n') + tr("Fix: %1").arg(displayText(finding.check.fix));
    return text;
}

FindingsFilterModel::FindingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FindingsFilterModel::setSeverity(const QString &severity)
{
    m_severity = severity;
    invalidateRowsFilter();
}

void FindingsFilterModel::setFailingOnly(bool failingOnly)
{
    m_failingOnly = failingOnly;
    invalidateRowsFilter();
}

void FindingsFilterModel::setSearchText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_failingOnly && !row.data(FindingsModel::FailingRole).toBool())
        return false;
    if (!m_severity.isEmpty()
        && row.data(FindingsModel::SeverityRole).toString().compare(m_severity, Qt::CaseInsensitive)
            != 0)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = FindingsModel::CheckColumn; column <= FindingsModel::FixColumn; ++column) {
        if (sourceModel()
                ->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace core
