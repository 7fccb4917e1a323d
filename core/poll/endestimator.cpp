#include "endestimator.h"

namespace core {
namespace {

constexpr int kKeptSamples = 16;

} // namespace

void EndEstimator::addSample(qint64 atMs, ScanState state, int progress)
{
    if (isTerminal(state))
        return;
    if (m_firstMs < 0 && m_running.isEmpty() && (state == ScanState::Queued || progress <= 0))
        m_firstMs = atMs;
    if (state == ScanState::Queued) {
        m_lastQueuedMs = atMs;
        m_running.clear();
        m_changedMs = atMs;
        return;
    }
    if (!m_running.isEmpty() && progress < m_running.last().progress)
        m_running.clear(); // it went back: what was measured before says nothing now
    if (m_running.isEmpty() || progress != m_running.last().progress)
        m_changedMs = atMs;
    m_running.append({ atMs, progress });
    if (m_running.size() > kKeptSamples)
        m_running.removeAt(1); // the first stays: the longest baseline is the best one
}

EndEstimator::Rate EndEstimator::rate() const
{
    if (m_running.isEmpty())
        return {};
    const Sample &last = m_running.last();
    const Sample &first = m_running.first();
    if (last.progress > first.progress) {
        Rate overall { double(last.atMs - first.atMs) / (last.progress - first.progress),
                       last.progress - first.progress };
        if (m_running.size() >= 3) {
            // A scan whose pace changed (a jump, a slow phase over) is judged
            // by its latest stretch when that stretch alone is long enough.
            const Sample &before = m_running.at(m_running.size() - 2);
            const int span = last.progress - before.progress;
            if (span >= kPreciseSpan) {
                const double recent = double(last.atMs - before.atMs) / span;
                if (recent > overall.msPerPercent * 2 || recent < overall.msPerPercent / 2)
                    return { recent, span };
            }
        }
        return overall;
    }
    // One point of progress: measure from when it was last seen queued (or
    // first seen at all), which puts the end a little late, never early.
    const qint64 anchor = m_lastQueuedMs >= 0 ? m_lastQueuedMs : m_firstMs;
    if (anchor >= 0 && last.progress > 0 && last.atMs > anchor)
        return { double(last.atMs - anchor) / last.progress, 0 };
    return {};
}

EndEstimator::Estimate EndEstimator::estimate() const
{
    Estimate result;
    const bool priorKnown = m_priorMs > 0 && m_firstMs >= 0;
    if (m_running.isEmpty()) {
        // Queued or never answered: only earlier scans of the type can tell,
        // and not once it has waited longer than they took.
        if (priorKnown && m_lastQueuedMs <= m_firstMs + m_priorMs)
            result.endMs = m_firstMs + m_priorMs;
        return result;
    }
    const Sample &last = m_running.last();
    const Rate measured = rate();
    const qint64 standing = last.atMs - m_changedMs;
    if (standing >= kStallMs
        && (measured.msPerPercent <= 0 || standing >= 4 * measured.msPerPercent)) {
        result.stalled = true;
        return result;
    }
    if (measured.msPerPercent <= 0) {
        if (priorKnown && m_firstMs + m_priorMs > last.atMs)
            result.endMs = m_firstMs + m_priorMs;
        return result;
    }
    // Progress is reported rounded down, so this is the latest the end can be
    // if the pace holds.
    result.endMs = last.atMs + static_cast<qint64>((100 - last.progress) * measured.msPerPercent);
    result.precise = measured.span >= kPreciseSpan;
    return result;
}

} // namespace core
