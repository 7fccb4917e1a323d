// PollScheduler's side of the one request budget: what is left, when the
// next request may go, and what the server's X-RateLimit headers and 429s say.
#include "api/apiclient.h"
#include "pollscheduler.h"

namespace core {
namespace {

// Pacing leaves this much slack under the limit, so that a request the server
// counts a little late still lands in the window it was meant for.
constexpr double kPacingSlack = 1.05;

} // namespace

int PollScheduler::requestsLeft() const
{
    if (m_remaining < 0)
        return m_limit;
    if (m_resetAtMs >= 0 && nowMs() >= m_resetAtMs + resetMarginMs())
        return m_limit;
    return m_remaining;
}

qint64 PollScheduler::resetMarginMs() const
{
    // X-RateLimit-Reset and Date count whole seconds: a reset read from them
    // may be up to a second early. (A window shrunk for a test gets less.)
    return qMin<qint64>(1000, m_settings.windowMs / 6);
}

qint64 PollScheduler::waitBeforeSendMs() const
{
    const qint64 now = nowMs();
    if (m_blockedUntilMs > now)
        return m_blockedUntilMs - now;
    if (requestsLeft() > 0)
        return 0;
    return m_resetAtMs >= 0 ? qMax<qint64>(1, m_resetAtMs + resetMarginMs() - now)
                            : m_settings.windowMs;
}

bool PollScheduler::budgetAllowsNow(qint64 *waitMs) const
{
    const qint64 wait = waitBeforeSendMs();
    if (waitMs)
        *waitMs = wait;
    return wait <= 0;
}

qint64 PollScheduler::spacingMs() const
{
    return static_cast<qint64>(m_settings.windowMs * kPacingSlack / qMax(1, m_limit));
}

qint64 PollScheduler::noteRateLimited(qint64 retryAfterMs)
{
    const qint64 wait = boundMs(1000, retryAfterMs < 0 ? m_settings.windowMs : retryAfterMs,
                                m_settings.maxWaitMs);
    const qint64 now = nowMs();
    m_blockedUntilMs = qMax(m_blockedUntilMs, now + wait);
    m_remaining = 0;
    m_resetAtMs = now + wait;
    emit rateLimitWait(wait);
    reschedule();
    return wait;
}

void PollScheduler::onRateLimit(const RateLimitInfo &info)
{
    const qint64 now = nowMs();
    if (info.limit > 0)
        m_limit = info.limit;
    // Requests still in flight were sent before this answer left the server
    // and may not be counted in it yet: count them as spent.
    m_remaining = qMax(0, info.remaining - m_client.requestsInFlight());
    if (info.resetEpochSeconds > 0) {
        // Measured on the server's clock when it says what that is (Date).
        const qint64 serverNow = info.serverNowEpochMs > 0 ? info.serverNowEpochMs
                                                           : QDateTime::currentMSecsSinceEpoch();
        const qint64 untilReset = info.resetEpochSeconds * 1000 - serverNow;
        m_resetAtMs = now + boundMs(0, untilReset, m_settings.windowMs + 5000);
    }
    if (m_resetAtMs >= 0 && m_remaining < m_limit)
        m_windowTimer.start(static_cast<int>(qMax<qint64>(0, m_resetAtMs + resetMarginMs() - now)));
    emit budgetChanged(requestsLeft(), m_limit);
}

void PollScheduler::onRequestStarted()
{
    const qint64 now = nowMs();
    m_lastSendMs = now;
    if (m_resetAtMs >= 0 && now >= m_resetAtMs + resetMarginMs()) {
        m_remaining = m_limit;
        m_resetAtMs = now + m_settings.windowMs;
    }
    if (m_remaining < 0)
        m_remaining = m_limit;
    m_remaining = qMax(0, m_remaining - 1);
    emit budgetChanged(requestsLeft(), m_limit);
}

} // namespace core
