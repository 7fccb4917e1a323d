#include "scan.h"

#include <QSet>

namespace core {

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

} // namespace core
