#include "scanlistmodel.h"

#include "domain/scansource.h"
#include "text/displaytext.h"

#include <QLocale>
#include <QUrl>

namespace core {
ScanListModel::ScanListModel(ScanSource &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(&m_repository, &ScanSource::scanAdded, this, &ScanListModel::onScanAdded);
    connect(&m_repository, &ScanSource::aboutToLoad, this, [this] { beginResetModel(); });
    connect(&m_repository, &ScanSource::loaded, this, [this] {
        rebuild();
        endResetModel();
        startTicking();
    });
    connect(&m_repository, &ScanSource::siteHistoryChanged, this,
            &ScanListModel::onSiteHistoryChanged);
    connect(&m_repository, &ScanSource::siteWatchesChanged, this, [this] {
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, TypeColumn), index(rowCount() - 1, TypeColumn));
    });
    connect(&m_repository, &ScanSource::aboutToRemove, this, &ScanListModel::onAboutToRemove);
    connect(&m_repository, &ScanSource::removed, this, &ScanListModel::onRemoved);
    connect(&m_repository, &ScanSource::scanChanged, this, &ScanListModel::onScanChanged);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ScanListModel::tick);
    rebuild();
}

void ScanListModel::rebuild()
{
    m_ids.clear();
    m_positions.clear();
    m_ids.reserve(m_repository.count());
    for (int i = 0; i < m_repository.count(); ++i) {
        m_positions.insert(m_repository.at(i).id, static_cast<int>(m_ids.size()));
        m_ids.append(m_repository.at(i).id);
    }
}

void ScanListModel::onScanAdded(const QString &id)
{
    if (m_positions.contains(id))
        return;
    // Newest first: a new scan goes to row 0, and no other scan's place in
    // the table moves.
    beginInsertRows({}, 0, 0);
    m_positions.insert(id, static_cast<int>(m_ids.size()));
    m_ids.append(id);
    endInsertRows();
    startTicking();
}

void ScanListModel::onAboutToRemove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_removing = id;
    beginRemoveRows({}, row, row);
}

void ScanListModel::onRemoved(const QString &id)
{
    if (m_removing.isEmpty() || id != m_removing)
        return;
    m_removing.clear();
    const int position = m_positions.take(id);
    m_ids.removeAt(position);
    for (int i = position; i < m_ids.size(); ++i)
        m_positions[m_ids.at(i)] = i;
    endRemoveRows();
}

int ScanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int ScanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ScanListModel::rowOf(const QString &id) const
{
    const auto it = m_positions.constFind(id);
    return it == m_positions.constEnd() ? -1 : static_cast<int>(m_ids.size()) - 1 - *it;
}

const Scan &ScanListModel::scanAt(int row) const
{
    static const Scan gone; // the row of a scan being removed, until endRemoveRows()
    const Scan *scan = m_repository.find(m_ids.at(m_ids.size() - 1 - row));
    return scan ? *scan : gone;
}

const WatchInfo &ScanListModel::watchingAt(int row) const
{
    static const WatchInfo none;
    const WatchInfo *watching = m_repository.watchInfo(m_ids.at(m_ids.size() - 1 - row));
    return watching ? *watching : none;
}

QString ScanListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(m_ids.size() - 1 - row) : QString();
}

QModelIndex ScanListModel::indexForId(const QString &id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

QString ScanListModel::durationText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1m %2s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 86400 * 2)
        return tr("%1h %2m").arg(seconds / 3600).arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 days").arg(seconds / 86400);
}

ScanListModel::StatusGroup ScanListModel::statusGroup(const Scan &scan)
{
    if (isActive(scan.watch) || scan.watch == WatchState::Waiting)
        return StatusGroup::Active;
    if (scan.watch == WatchState::NotFound || scan.state == ScanState::Failed)
        return StatusGroup::Failed;
    if (scan.state == ScanState::Completed || scan.state == ScanState::Partial)
        return StatusGroup::Completed;
    return StatusGroup::Other;
}

QString ScanListModel::statusText(const Scan &scan, const WatchInfo &watching)
{
    switch (scan.watch) {
    case WatchState::Stalled:
        return tr("stalled");
    case WatchState::NotFound:
        return tr("not found");
    case WatchState::Paused:
        return tr("paused");
    case WatchState::Stopped:
        if (!isTerminal(scan.state))
            return tr("not watched");
        break;
    case WatchState::Waiting:
        return watching.queuePlace <= 1
            ? tr("waiting to start: next")
            : tr("waiting to start: %n ahead", nullptr, watching.queuePlace - 1);
    default:
        break;
    }
    QString text;
    switch (scan.state) {
    case ScanState::Queued:
        text = tr("queued");
        break;
    case ScanState::Scanning:
        text = tr("scanning");
        break;
    case ScanState::Completed:
        text = tr("completed");
        break;
    case ScanState::Partial:
        text = tr("partial");
        break;
    case ScanState::Failed:
        text = tr("failed");
        break;
    }
    if (!watching.problem.isEmpty() && !isTerminal(scan.state))
        text = tr("⚠ %1", "a scan with a problem: the reason is in its tooltip").arg(text);
    return text;
}

QString ScanListModel::scanTypeName(const QString &type)
{
    if (type == QLatin1String("security"))
        return tr("Security", "scan type");
    if (type == QLatin1String("performance"))
        return tr("Performance", "scan type");
    if (type == QLatin1String("accessibility"))
        return tr("Accessibility", "scan type");
    if (type == QLatin1String("seo"))
        return tr("SEO", "scan type");
    return displayText(type, 40);
}

QString ScanListModel::timeText(const Scan &scan, const WatchInfo &watching, const QDateTime &now,
                                bool longForm)
{
    if (isTerminal(scan.state)) {
        if (scan.createdAt.isValid() && scan.completedAt.isValid())
            return tr("took %1").arg(durationText(scan.createdAt.secsTo(scan.completedAt)));
        return QString();
    }
    if (scan.watch == WatchState::Paused)
        return tr("waiting for a key");
    if (scan.watch == WatchState::Stopped || scan.watch == WatchState::Waiting)
        return QString();
    if (watching.waitReason == WaitReason::Paused)
        return tr("polling paused");
    if (!watching.nextPollAt.isValid())
        return scan.watch == WatchState::NotFound ? QString() : tr("updating…");
    const qint64 seconds = qMax<qint64>(0, (now.msecsTo(watching.nextPollAt) + 999) / 1000);
    const QString left = remainingText(scan, watching, now, !longForm);
    if (seconds == 0)
        return left.isEmpty() || longForm ? tr("updating…") : left;
    if (!left.isEmpty() && !longForm && watching.waitReason != WaitReason::Backoff)
        return left; // what the analyst waits for; the next update is in the pane
    const QString in = durationText(seconds);
    switch (watching.waitReason) {
    case WaitReason::Backoff:
        return tr("retry in %1").arg(in);
    case WaitReason::RateLimited:
        return longForm ? tr("next update in %1 (the server asked to slow down)").arg(in)
                        : tr("next in %1 (slowed)").arg(in);
    case WaitReason::Budget:
        return longForm ? tr("next update in %1 (sharing the request budget)").arg(in)
                        : tr("next in %1").arg(in);
    default:
        if (longForm && !left.isEmpty())
            return tr("%1 · next update in %2").arg(left, in);
        return longForm ? tr("next update in %1").arg(in) : tr("next in %1").arg(in);
    }
}

QString ScanListModel::remainingText(const Scan &scan, const WatchInfo &watching,
                                     const QDateTime &now, bool compact)
{
    if (scan.state != ScanState::Scanning)
        return QString();
    if (!watching.expectedEndAt.isValid()) {
        if (!watching.stillSince.isValid())
            return QString();
        // A stall: how long it has stood still is what there is to say.
        const int minutes
            = static_cast<int>(qMax<qint64>(1, (watching.stillSince.secsTo(now) + 30) / 60));
        return compact ? tr("stuck for %n min", nullptr, minutes)
                       : tr("no progress for %n min", nullptr, minutes);
    }
    const qint64 seconds = now.secsTo(watching.expectedEndAt);
    if (seconds <= 5)
        return compact ? tr("ending now") : tr("ending any moment");
    if (seconds < 60)
        return compact ? tr("under 1 min left") : tr("less than a minute left");
    const int minutes = static_cast<int>((seconds + 30) / 60);
    if (minutes < 120)
        return tr("about %n min left", nullptr, minutes);
    return tr("about %n h left", nullptr, (minutes + 30) / 60);
}

QVariant ScanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Scan &scan = scanAt(index.row());
    const WatchInfo &watching = watchingAt(index.row());
    switch (role) {
    case ScanIdRole:
        return scan.id;
    case StateRole:
        return static_cast<int>(scan.state);
    case ProgressRole:
        return scan.progress;
    case GradeRole:
        return scan.result ? scan.result->grade : QString();
    case TypeRole:
        return scan.type;
    case StatusGroupRole:
        return static_cast<int>(statusGroup(scan));
    case ScoreChangeRole:
    case RegressionRole: {
        const Scan *previous = scan.result ? m_repository.previousWithResult(scan.id) : nullptr;
        if (!previous)
            return role == RegressionRole ? QVariant(false) : QVariant();
        if (role == ScoreChangeRole)
            return scan.result->score - previous->result->score;
        const int now = gradeRank(scan.result->grade), before = gradeRank(previous->result->grade);
        const bool fell = now >= 0 && before >= 0 && now < before;
        // A fall whose new failures are all suppressed is not a regression.
        return fell && !(m_newFailures && m_newFailures(previous->id, scan.id) == false);
    }
    case SortRole:
        switch (index.column()) {
        case SiteColumn:
            return scan.url.toLower();
        case TypeColumn:
            return scan.type;
        case StatusColumn:
            return static_cast<int>(statusGroup(scan)) * 10 + static_cast<int>(scan.state);
        case ProgressColumn:
            return scan.progress;
        case GradeColumn:
            return scan.result ? scan.result->score : -1;
        case StartedColumn:
            return scan.createdAt.toMSecsSinceEpoch();
        case TimeColumn: {
            // Active scans first (the next update soonest first, then those
            // with none planned), then ended scans by how long they took.
            constexpr qint64 activeBase = -(qint64(1) << 52); // below any epoch in ms
            if (!isTerminal(scan.state))
                return watching.nextPollAt.isValid()
                    ? activeBase + watching.nextPollAt.toMSecsSinceEpoch()
                    : qint64(-1);
            return scan.completedAt.isValid() ? scan.createdAt.secsTo(scan.completedAt) : qint64(0);
        }
        }
        break;
    case Qt::AccessibleTextRole:
        // What a screen reader says for the painted cells: the state in words.
        if (index.column() == ProgressColumn) {
            if (scan.watch == WatchState::Waiting || scan.state == ScanState::Queued
                || scan.state == ScanState::Failed)
                return statusText(scan, watching);
            if (scan.state == ScanState::Scanning) {
                const QString left = remainingText(scan, watching, QDateTime::currentDateTimeUtc());
                if (scan.progressUntold())
                    return left.isEmpty() ? statusText(scan, watching)
                                          : tr("%1, %2").arg(statusText(scan, watching), left);
                return left.isEmpty() ? tr("%1 %").arg(scan.progress)
                                      : tr("%1 %, %2").arg(QString::number(scan.progress), left);
            }
            return tr("%1, %2 %").arg(statusText(scan, watching), QString::number(scan.progress));
        }
        if (index.column() == GradeColumn && scan.result) {
            QString text
                = tr("Grade %1, score %2")
                      .arg(displayText(scan.result->grade, 4), QString::number(scan.result->score));
            const QVariant change = data(index, ScoreChangeRole);
            if (change.isValid() && change.toInt() > 0)
                text += tr(", up %n since the site's previous scan", nullptr, change.toInt());
            else if (change.isValid() && change.toInt() < 0)
                text += tr(", down %n since the site's previous scan", nullptr, -change.toInt());
            return text;
        }
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole: {
        QString text = scan.url + QLatin1Char('\n') + scan.id;
        if (!scan.error.isEmpty())
            text += QLatin1Char('\n') + scan.error;
        if (!watching.problem.isEmpty())
            text += QLatin1Char('\n') + watching.problem;
        if (index.column() == TimeColumn && !isTerminal(scan.state))
            text += QLatin1Char('\n')
                + timeText(scan, watching, QDateTime::currentDateTimeUtc(), true);
        if (scan.result && m_failuresText) {
            const QString failures = m_failuresText(scan.id);
            if (!failures.isEmpty())
                text += QLatin1Char('\n') + failures;
        }
        QString tip = tooltipText(text);
        const Scan *previous = index.column() == GradeColumn && scan.result
            ? m_repository.previousWithResult(scan.id)
            : nullptr;
        const int now = scan.result ? gradeRank(scan.result->grade) : -1;
        const int before = previous ? gradeRank(previous->result->grade) : -1;
        if (previous && now >= 0 && before >= 0 && now < before) {
            const QString from = displayText(previous->result->grade, 4);
            const QString to = displayText(scan.result->grade, 4);
            tip += QStringLiteral("<p>%1</p>")
                       .arg((data(index, RegressionRole).toBool()
                                 ? tr("Regression: the grade fell from %1 to %2.").arg(from, to)
                                 : tr("The grade fell from %1 to %2, but every check that fails "
                                      "now and did not then is suppressed: not a regression.")
                                       .arg(from, to))
                                .toHtmlEscaped());
        }
        return tip;
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case SiteColumn:
            return displayText(scan.url, 300);
        case TypeColumn:
            if (const auto watch = m_repository.siteWatch(scan.url, scan.type))
                return tr("%1 · every %n day(s)", nullptr, watch->everyDays)
                    .arg(scanTypeName(scan.type));
            return scanTypeName(scan.type);
        case StatusColumn:
            return statusText(scan, watching);
        case ProgressColumn:
            return QStringLiteral("%1%").arg(scan.progress);
        case GradeColumn: {
            if (!scan.result)
                return QString();
            QString text = QStringLiteral("%1  %2").arg(displayText(scan.result->grade, 4),
                                                        QString::number(scan.result->score));
            const QVariant change = data(index, ScoreChangeRole);
            if (change.isValid() && change.toInt() != 0)
                text += (change.toInt() > 0 ? QStringLiteral("  ▲%1") : QStringLiteral("  ▼%1"))
                            .arg(qAbs(change.toInt()));
            return text;
        }
        case StartedColumn:
            return QLocale().toString(scan.createdAt.toLocalTime(), QStringLiteral("d MMM HH:mm"));
        case TimeColumn:
            return timeText(scan, watching, QDateTime::currentDateTimeUtc());
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
        return tr("Site");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case GradeColumn:
        return tr("Grade");
    case StartedColumn:
        return tr("Started");
    case TimeColumn:
        return tr("Next update");
    }
    return {};
}

void ScanListModel::onScanChanged(const QString &id, ScanFields fields)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
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
    if (fields & FieldUrl)
        announce(SiteColumn, SiteColumn);
    if (fields & (FieldWatch | FieldNextPoll))
        startTicking();
}

void ScanListModel::onSiteHistoryChanged(const QString &key)
{
    // Only the rows of that site can show a new ▲/▼; there are few of them.
    for (const QString &id : m_repository.siteScanIds(key)) {
        const QModelIndex cell = indexForId(id, GradeColumn);
        if (cell.isValid())
            emit dataChanged(cell, cell);
    }
}

void ScanListModel::startTicking()
{
    if (!m_ticker.isActive() && !m_repository.activeIds().isEmpty())
        m_ticker.start();
}

void ScanListModel::tick()
{
    // Every watched scan's countdown moves, planned or not: a poll in flight
    // or a key pause clears a time that the next plan sets again.
    const QSet<QString> &active = m_repository.activeIds();
    if (active.isEmpty()) {
        m_ticker.stop();
        return;
    }
    for (const QString &id : active) {
        const QModelIndex cell = indexForId(id, TimeColumn);
        if (cell.isValid())
            emit dataChanged(cell, cell, { Qt::DisplayRole });
    }
}

} // namespace core
