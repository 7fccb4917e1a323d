#include "scanlistmodel.h"

#include "displaytext.h"
#include "store/scanrepository.h"

#include <QUrl>

namespace core {
namespace {

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds);
    if (seconds < 3600)
        return QStringLiteral("%1m %2s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1h %2m")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ScanListModel::ScanListModel(ScanRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(&m_repository, &ScanRepository::scanAdded, this, [this](int index) {
        // The repository appends; newest first puts the new scan at row 0.
        const int row = m_rows - index;
        beginInsertRows({}, row, row);
        ++m_rows;
        endInsertRows();
        if (!m_ticker.isActive())
            m_ticker.start();
    });
    connect(&m_repository, &ScanRepository::aboutToRemove, this, [this](int index) {
        const int row = rowForIndex(index);
        beginRemoveRows({}, row, row);
    });
    connect(&m_repository, &ScanRepository::removed, this, [this] {
        --m_rows;
        endRemoveRows();
    });
    connect(&m_repository, &ScanRepository::scanChanged, this, &ScanListModel::onScanChanged);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ScanListModel::tick);
    m_rows = m_repository.count();
}

int ScanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ScanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ScanListModel::rowForIndex(int repositoryIndex) const
{
    return m_rows - 1 - repositoryIndex;
}

const Scan &ScanListModel::scanAt(int row) const
{
    return m_repository.at(m_rows - 1 - row);
}

QString ScanListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows ? scanAt(row).id : QString();
}

QModelIndex ScanListModel::indexForId(const QString &id, int column) const
{
    const int index = m_repository.indexOf(id);
    return index < 0 ? QModelIndex() : this->index(rowForIndex(index), column);
}

QString ScanListModel::statusText(const Scan &scan)
{
    switch (scan.watch) {
    case WatchState::Stalled:
        return QStringLiteral("stalled");
    case WatchState::NotFound:
        return QStringLiteral("not found");
    case WatchState::Paused:
        return QStringLiteral("paused");
    default:
        break;
    }
    QString text = scanStateName(scan.state);
    if (!scan.problem.isEmpty() && !isTerminal(scan.state))
        text += QStringLiteral(" (retrying)");
    return text;
}

QString ScanListModel::timeText(const Scan &scan, const QDateTime &now, bool longForm)
{
    if (isTerminal(scan.state)) {
        if (scan.createdAt.isValid() && scan.completedAt.isValid())
            return QStringLiteral("took %1").arg(duration(scan.createdAt.secsTo(scan.completedAt)));
        return QString();
    }
    if (scan.watch == WatchState::Paused)
        return QStringLiteral("waiting for a key");
    if (!scan.nextPollAt.isValid())
        return scan.watch == WatchState::NotFound ? QString() : QStringLiteral("updating…");
    const qint64 seconds = qMax<qint64>(0, (now.msecsTo(scan.nextPollAt) + 999) / 1000);
    return seconds == 0
        ? QStringLiteral("updating…")
        : (longForm ? QStringLiteral("next update in %1") : QStringLiteral("next in %1"))
              .arg(duration(seconds));
}

QVariant ScanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Scan &scan = scanAt(index.row());
    switch (role) {
    case ScanIdRole:
        return scan.id;
    case StateRole:
        return static_cast<int>(scan.state);
    case ProgressRole:
        return scan.progress;
    case GradeRole:
        return scan.result ? scan.result->grade : QString();
    case Qt::ToolTipRole: {
        QString text = scan.url + QLatin1Char('\n') + scan.id;
        if (!scan.error.isEmpty())
            text += QLatin1Char('\n') + scan.error;
        if (!scan.problem.isEmpty())
            text += QLatin1Char('\n') + scan.problem;
        return tooltipText(text);
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case SiteColumn:
            return displayText(scan.url, 300);
        case TypeColumn:
            return displayText(scan.type, 40);
        case StatusColumn:
            return statusText(scan);
        case ProgressColumn:
            return QStringLiteral("%1%").arg(scan.progress);
        case GradeColumn:
            return scan.result ? QStringLiteral("%1  %2")
                                     .arg(displayText(scan.result->grade, 4))
                                     .arg(scan.result->score)
                               : QString();
        case TimeColumn:
            return timeText(scan, QDateTime::currentDateTimeUtc());
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == GradeColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ScanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SiteColumn:
        return QStringLiteral("Site");
    case TypeColumn:
        return QStringLiteral("Type");
    case StatusColumn:
        return QStringLiteral("Status");
    case ProgressColumn:
        return QStringLiteral("Progress");
    case GradeColumn:
        return QStringLiteral("Grade");
    case TimeColumn:
        return QStringLiteral("Next update");
    }
    return {};
}

void ScanListModel::onScanChanged(int repositoryIndex, ScanFields fields)
{
    const int row = rowForIndex(repositoryIndex);
    auto announce = [this, row](int first, int last) {
        emit dataChanged(index(row, first), index(row, last));
    };
    if (fields & (FieldState | FieldWatch | FieldProblem | FieldError))
        announce(StatusColumn, StatusColumn);
    if (fields & (FieldState | FieldProgress))
        announce(ProgressColumn, ProgressColumn);
    if (fields & FieldResult)
        announce(GradeColumn, GradeColumn);
    if (fields & (FieldNextPoll | FieldTimes | FieldWatch | FieldState))
        announce(TimeColumn, TimeColumn);
}

void ScanListModel::tick()
{
    bool anyLive = false;
    for (int i = 0; i < m_repository.count(); ++i) {
        const Scan &scan = m_repository.at(i);
        if (scan.nextPollAt.isValid()) {
            anyLive = true;
            const int row = rowForIndex(i);
            emit dataChanged(index(row, TimeColumn), index(row, TimeColumn), { Qt::DisplayRole });
        }
    }
    if (!anyLive)
        m_ticker.stop();
}

} // namespace core
