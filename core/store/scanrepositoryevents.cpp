// Writing a scan's events to the history without holding the window: a long
// list (the first answer of a scan with a 100,000-line log) is written a slice
// per turn of the event loop, so that the window paints and handles input in
// between. Quitting (saveUnsaved) writes what is still waiting, whole.
#include "scanrepository.h"
#include "scanstore.h"

#include <QElapsedTimer>

namespace core {

ScanRepository::~ScanRepository()
{
    if (m_store && !m_laterEventsFrom.isEmpty())
        saveUnsaved();
}

void ScanRepository::persistEvents(const Scan &scan, int first, const QList<ScanEvent> &events,
                                   Write write)
{
    if (!m_store || events.isEmpty())
        return;
    if (write == Write::Sliced) {
        const auto later = m_laterEventsFrom.find(scan.id);
        if (later != m_laterEventsFrom.end()) {
            // A slice is waiting already: it writes these too (they are in
            // scan.events), in order.
            *later = qMin(*later, first);
            return;
        }
        if (events.size() > kEventsPerChunk) {
            m_laterEventsFrom.insert(scan.id, first + kEventsPerChunk);
            m_sliceTimer.start();
            writeEvents(scan.id, first, events.first(kEventsPerChunk));
            return;
        }
    }
    writeEvents(scan.id, first, events);
}

void ScanRepository::writeEvents(const QString &id, int first, const QList<ScanEvent> &events)
{
    Batch batch(*this);
    m_batchScans.insert(id);
    m_batchEventsFrom[id] = qMin(m_batchEventsFrom.value(id, first), first);
    m_store->appendEvents(id, first, events);
}

void ScanRepository::writeNextSlice()
{
    // Chunks for about kSliceNs, in one transaction: 2,000 lines at once (the
    // slice before) took 10-15 ms on a core, and with the answers handed over
    // in the same turn held the window past a frame.
    QElapsedTimer slice;
    slice.start();
    QStringList written; // logs written to their end in this slice
    {
        Batch batch(*this);
        // (Empty when the only log left was removed meanwhile: take().)
        while (!m_laterEventsFrom.isEmpty() && slice.nsecsElapsed() < kSliceNs) {
            const auto next = m_laterEventsFrom.begin();
            const QString id = next.key();
            const int from = next.value();
            m_laterEventsFrom.erase(next);
            if (const Scan *scan = find(id); scan && from < scan->events.size()) {
                const qsizetype rest = scan->events.size() - from;
                if (rest > kEventsPerChunk)
                    m_laterEventsFrom.insert(id, from + kEventsPerChunk);
                else
                    written.append(id);
                writeEvents(id, from,
                            scan->events.sliced(from, qMin<qsizetype>(rest, kEventsPerChunk)));
            }
        }
    }
    for (const QString &id : std::as_const(written)) {
        // All written, and no longer looked at or watched: its events go back
        // to the history, as setShown() lets them go.
        if (id != m_shown && !m_active.contains(id) && !m_unsaved.contains(id)
            && !m_laterEventsFrom.contains(id)) {
            if (Scan *done = mutableFind(id)) {
                done->events.clear();
                done->events.squeeze();
                done->detailsLoaded = false;
            }
        }
    }
    if (!m_laterEventsFrom.isEmpty())
        m_sliceTimer.start();
}

} // namespace core
