#pragma once

#include "api/types.h"

/// A status answer as the server would send it at one poll: `eventCount`
/// events so far, "event 0" to "event N-1".
inline core::ScanStatus makeStatus(const QString &id, core::ScanState state, int progress,
                                   int eventCount)
{
    core::ScanStatus status;
    status.id = id;
    status.state = state;
    status.url = QStringLiteral("https://%1.example").arg(id);
    status.type = QStringLiteral("security");
    status.progress = progress;
    for (int i = 0; i < eventCount; ++i)
        status.events.append({ QStringLiteral("12:00:%1").arg(i, 2, 10, QLatin1Char('0')),
                               QStringLiteral("event %1").arg(i) });
    return status;
}
