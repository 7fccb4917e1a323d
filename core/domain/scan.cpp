#include "scan.h"

#include <QSet>

namespace core {

bool isActive(WatchState watch)
{
    return watch == WatchState::Watching || watch == WatchState::Stalled
        || watch == WatchState::Paused;
}

QList<ScanEvent> newEvents(const QList<ScanEvent> &known, const QList<ScanEvent> &incoming)
{
    const qsizetype count = known.size();
    if (count == 0)
        return incoming;
    // The documented case: the same list, longer.
    if (incoming.size() >= count && incoming.at(count - 1) == known.last())
        return incoming.mid(count);
    // Otherwise pick up after the last place the newest known event appears.
    for (qsizetype i = incoming.size() - 1; i >= 0; --i) {
        if (incoming.at(i) == known.last())
            return incoming.mid(i + 1);
    }
    // No overlap at all: take only events never seen before.
    QSet<QString> seen;
    for (const auto &event : known)
        seen.insert(event.time + QLatin1Char('\x1f') + event.message);
    QList<ScanEvent> fresh;
    for (const auto &event : incoming) {
        if (!seen.contains(event.time + QLatin1Char('\x1f') + event.message))
            fresh.append(event);
    }
    return fresh;
}

QString siteKey(const QString &url, const QString &type)
{
    // https://Example.com/ and https://example.com are the same site. Plain
    // string work: this runs for every scan of a long history at start-up.
    QString site = url.trimmed().toLower();
    if (const qsizetype hash = site.indexOf(QLatin1Char('#')); hash >= 0)
        site.truncate(hash);
    while (site.endsWith(QLatin1Char('/')))
        site.chop(1);
    return site + QLatin1Char('\x1f') + type.toLower();
}

int gradeRank(const QString &grade)
{
    static const QStringList scale {
        QStringLiteral("F"),  QStringLiteral("D-"), QStringLiteral("D"),  QStringLiteral("D+"),
        QStringLiteral("C-"), QStringLiteral("C"),  QStringLiteral("C+"), QStringLiteral("B-"),
        QStringLiteral("B"),  QStringLiteral("B+"), QStringLiteral("A-"), QStringLiteral("A"),
        QStringLiteral("A+")
    };
    return scale.indexOf(grade.trimmed().toUpper());
}

} // namespace core
