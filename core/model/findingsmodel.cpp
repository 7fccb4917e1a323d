#include "findingsmodel.h"

#include "report/comparison.h"
#include "text/displaytext.h"

#include <QLocale>

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
                m_rows.append({ category.name, check, std::nullopt, false });
        }
    }
    endResetModel();
}

void FindingsModel::setVerdict(const ScanVerdict &verdict)
{
    if (!m_report || verdict.scanId != m_report->id || verdict.findings.size() != m_rows.size())
        return;
    // judge() goes through the checks in the report's order, as the rows do.
    for (int i = 0; i < m_rows.size(); ++i) {
        const FindingVerdict &finding = verdict.findings.at(i);
        m_rows[i].suppression = finding.suppression;
        m_rows[i].expired = finding.suppressionExpired;
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

std::optional<Suppression> FindingsModel::suppression(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).suppression : std::nullopt;
}

QString FindingsModel::triageStateText(const Suppression &suppression, bool expired)
{
    const QString state = suppression.state == TriageState::FalsePositive ? tr("False positive")
                                                                          : tr("Accepted risk");
    return expired ? tr("%1 (expired)").arg(state) : state;
}

QString FindingsModel::triageText(const Suppression &suppression, bool expired)
{
    QString text = tr("%1: %2").arg(triageStateText(suppression, expired),
                                    displayText(suppression.reason, 300));
    if (!suppression.by.isEmpty())
        text += tr(" · by %1").arg(displayText(suppression.by, 100));
    if (suppression.expires.isValid())
        text += (expired ? tr(" · expired after %1") : tr(" · until %1"))
                    .arg(QLocale().toString(suppression.expires, QLocale::ShortFormat));
    if (!suppression.site.isEmpty())
        text += tr(" · on %1").arg(displayText(suppression.site, 200));
    else
        text += tr(" · on every site");
    return text;
}

QStringList FindingsModel::triageParts(const Suppression &suppression, bool expired)
{
    QString expiry;
    if (suppression.expires.isValid())
        expiry = (expired ? tr("expired %1") : tr("until %1"))
                     .arg(QLocale().toString(suppression.expires, QLocale::ShortFormat));
    else if (expired)
        expiry = tr("expired");
    return { displayText(suppression.reason, 300), displayText(suppression.by, 100), expiry };
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
    const bool suppressed = row.suppression && !row.expired;
    switch (role) {
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
        case SeverityColumn:
            // Failing first (higher sorts first when descending), worst
            // severity first; suppressed ones after those that count.
            return (failing ? (suppressed ? 50 : 100) : 0) + severityRank(row.check.severity) * 10
                + (row.check.status == QLatin1String("fail") ? 1 : 0);
        case TriageColumn:
            return row.suppression ? triageText(*row.suppression, row.expired).toLower()
                                   : QString();
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
    case SuppressedRole:
        return suppressed;
    case ExpiredRole:
        return row.suppression.has_value() && row.expired;
    case CategoryNameRole:
        return row.category;
    case CheckNameRole:
        return row.check.name;
    case TriagePartsRole:
        return row.suppression && failing ? triageParts(*row.suppression, row.expired)
                                          : QStringList();
    case Qt::ToolTipRole:
        if (row.suppression && failing)
            return tooltipText(triageText(*row.suppression, row.expired)
                               + (row.expired
                                      ? QLatin1Char('\n') + tr("It counts again.")
                                      : QLatin1Char('\n') + tr("It does not count as failing.")));
        if (index.column() == CheckColumn)
            return tooltipText(
                tr("%1 (category: %2)")
                    .arg(displayText(row.check.name, 200), displayText(row.category, 200)));
        if (index.column() == FindingColumn && !row.check.fix.isEmpty())
            return tooltipText(displayText(row.check.message, 1000) + QLatin1Char('\n')
                               + tr("Fix: %1").arg(displayText(row.check.fix, 1000)));
        if (index.column() == FindingColumn || index.column() == FixColumn)
            return tooltipText(index.column() == FindingColumn ? row.check.message : row.check.fix);
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            // A suppressed finding says so where its status would be.
            if (row.suppression && failing && !row.expired)
                return row.suppression->state == TriageState::FalsePositive ? tr("false positive")
                                                                            : tr("accepted");
            return statusText(row.check.status);
        case SeverityColumn:
            return failing ? severityText(row.check.severity) : QString();
        case CheckColumn:
            return displayText(row.check.name, 200);
        case CategoryColumn:
            return displayText(row.category, 200);
        case FindingColumn:
            // The decision under the finding: where a narrow pane has room.
            if (row.suppression && failing)
                return displayText(row.check.message, 1000) + QStringLiteral("\n— ")
                    + triageText(*row.suppression, row.expired);
            return displayText(row.check.message, 1000);
        case FixColumn:
            return displayText(row.check.fix, 1000);
        case TriageColumn:
            return row.suppression && failing ? triageText(*row.suppression, row.expired)
                                              : QString();
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
    case TriageColumn:
        return tr("Triage");
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
    if (finding.suppression && isFailingStatus(finding.check.status))
        text += QLatin1Char('\n') + triageText(*finding.suppression, finding.expired);
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

void FindingsFilterModel::setShowSuppressed(bool show)
{
    m_showSuppressed = show;
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
    if (!m_showSuppressed && row.data(FindingsModel::SuppressedRole).toBool())
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
