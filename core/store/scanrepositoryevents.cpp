// Writing a scan's events to the history without holding the window: a long
// list (the first answer of a scan with a 100,000-line log) is written a slice
// per turn of the event loop, so that the window paints and handles input in
// between. Quitting (saveUnsaved) writes what is still waiting, whole.
#include "scanrepository.h"
#include "scanstore.h"

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
        if (events.size() > kEventsPerSlice) {
            m_laterEventsFrom.insert(scan.id, first + kEventsPerSlice);
            m_sliceTimer.start();
            writeEvents(scan.id, first, events.first(kEventsPerSlice));
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
    if (m_laterEventsFrom.isEmpty())
        return;
    const auto next = m_laterEventsFrom.begin();
    const QString id = next.key();
    const int from = next.value();
    m_laterEventsFrom.erase(next);
    if (const Scan *scan = find(id); scan && from < scan->events.size()) {
        const qsizetype rest = scan->events.size() - from;
        if (rest > kEventsPerSlice)
            m_laterEventsFrom.insert(id, from + kEventsPerSlice);
        writeEvents(id, from, scan->events.sliced(from, qMin<qsizetype>(rest, kEventsPerSlice)));
        // All written, and no longer looked at or watched: its events go back
        // to the history, as setShown() lets them go.
        if (rest <= kEventsPerSlice && id != m_shown && !m_active.contains(id)
            && !m_unsaved.contains(id)) {
            Scan *done = mutableFind(id);
            done->events.clear();
            done->events.squeeze();
            done->detailsLoaded = false;
        }
    }
    if (!m_laterEventsFrom.isEmpty())
        m_sliceTimer.start();
}

} // namespace core
