// The requests every command shares: one at a time, a 429 waited out
// (ask()); and the commands that are one request each, list and usage.
#include "clicommands.h"
#include "text/displaytext.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace app {
namespace {

// A 429 RATE_LIMITED is waited out when the server asks for at most this
// long (its window is a minute), at most this many times for one request.
constexpr qint64 kMaxRateLimitWaitMs = 65000;
constexpr int kRateLimitWaits = 3;

} // namespace

core::ApiError Command::ask(const std::function<void(const Answered &done)> &send, bool *answered)
{
    for (int waits = 0;; ++waits) {
        // Shared with the callback: it may come after an interrupted run
        // left this function.
        auto answer = std::make_shared<std::optional<core::ApiError>>();
        send([this, answer](const core::ApiError &error) {
            *answer = error;
            m_loop.exit(0);
        });
        if (!answer->has_value())
            m_loop.exec();
        if (answered)
            *answered = answer->has_value();
        if (!answer->has_value())
            return core::ApiError();
        const core::ApiError error = **answer;
        if (error.kind != core::ApiError::Kind::RateLimited || waits >= kRateLimitWaits
            || error.retryAfterMs > kMaxRateLimitWaitMs)
            return error;
        // The wait goes through the shared budget: the request sent again
        // below leaves when it is over.
        m_session.scheduler().noteRateLimited(error.retryAfterMs);
        const qint64 wait = m_session.scheduler().waitBeforeSendMs();
        const int seconds = static_cast<int>(qMax<qint64>(1, (wait + 999) / 1000));
        err() << "scandash: " << tr("rate limited: waiting %n s", nullptr, seconds) << "\n";
        err().flush();
    }
}

int Command::list(const QString &status, int limit, bool json)
{
    core::ScanListQuery query;
    query.limit = limit;
    query.status = status;
    core::ScanPage page;
    const core::ApiError error = ask([&](const Answered &done) {
        m_session.client().listScans(
            query, this, [&page, done](const core::ScanPage &answer, const core::ApiError &e) {
                page = answer;
                done(e);
            });
    });
    if (!error.ok())
        return fail(core::describeError(error));
    for (const auto &scan : std::as_const(page.scans)) {
        QJsonObject row { { "id", scan.id },
                          { "url", scan.url },
                          { "type", scan.type },
                          { "status", core::scanStateName(scan.state) },
                          { "grade", scan.grade.isEmpty() ? QJsonValue() : QJsonValue(scan.grade) },
                          { "score", scan.score ? QJsonValue(*scan.score) : QJsonValue() },
                          { "created_at", scan.createdAt.toString(Qt::ISODate) } };
        if (json)
            out() << QJsonDocument(row).toJson(QJsonDocument::Compact);
        else
            out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                         .arg(scan.id, scan.createdAt.toString(Qt::ISODate),
                              core::scanStateName(scan.state), core::displayText(scan.grade, 4),
                              core::displayText(scan.type, 40), core::displayText(scan.url, 500));
        out() << "\n";
    }
    out().flush();
    return Done;
}

int Command::usage(bool json)
{
    core::Usage usage;
    const core::ApiError error = ask([&](const Answered &done) {
        m_session.client().getUsage(
            this, [&usage, done](const core::Usage &answer, const core::ApiError &e) {
                usage = answer;
                done(e);
            });
    });
    if (!error.ok())
        return fail(core::describeError(error));
    if (json) {
        out() << QJsonDocument(
                     QJsonObject { { "tier", usage.tier },
                                   { "scans_used", usage.scans.used },
                                   { "scans_limit", usage.scans.limit },
                                   { "scans_remaining", usage.scans.remaining },
                                   { "requests_per_minute", usage.requestsPerMinute },
                                   { "period_end", usage.periodEnd.toString(Qt::ISODate) } })
                     .toJson(QJsonDocument::Compact)
              << "\n";
    } else {
        out() << tr("Plan %1: %2 of %3 scans used this period (%4 left, until %5); %6 "
                    "requests a minute.")
                     .arg(core::displayText(usage.tier, 20), QString::number(usage.scans.used),
                          QString::number(usage.scans.limit),
                          QString::number(usage.scans.remaining),
                          usage.periodEnd.toString(Qt::ISODate),
                          QString::number(usage.requestsPerMinute))
              << "\n";
    }
    out().flush();
    return Done;
}

} // namespace app
