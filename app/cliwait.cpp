// What scan --wait says on stderr while it waits: the progress line, and
// whether AppVet can be reached (clicommands.cpp runs the scans).
#include "clicommands.h"
#include "text/displaytext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

namespace app {

void Command::showProgress()
{
    QStringList parts;
    int ended = 0;
    for (const QString &id : std::as_const(m_ids)) {
        const core::Scan *scan = m_session.repository().find(id);
        if (!scan)
            continue;
        ended += core::isTerminal(scan->state);
        parts.append(QStringLiteral("%1 %2%3").arg(
            core::displayText(QUrl(scan->url).host(), 60), core::scanStateName(scan->state),
            scan->state == core::ScanState::Scanning && !scan->progressUntold()
                ? QStringLiteral(" %1%").arg(scan->progress)
                : QString()));
    }
    const QString count = tr("%1 of %2 ended").arg(ended).arg(m_ids.size());
    const QString fetching = ended == m_ids.size() ? fetchingText() : QString();
    if (!m_terminal) {
        // A CI log: a plain line now and then, not one per tick.
        if (m_lastProgressLine.isValid() && m_lastProgressLine.elapsed() < kProgressLineMs)
            return;
        m_lastProgressLine.start();
        err() << (fetching.isEmpty() ? tr("%1; waiting").arg(count)
                                     : QStringLiteral("%1; %2").arg(count, fetching))
              << "\n";
        err().flush();
        return;
    }
    err() << "\r\033[K" << count << " · "
          << (fetching.isEmpty() ? parts.join(QStringLiteral(" · ")).left(200) : fetching);
    err().flush();
}

QString Command::fetchingText() const
{
    // Every scan has ended, and the run still waits for the events and
    // report links of some: say for what, and until when.
    QDateTime next;
    bool budget = false;
    bool asking = false;
    for (const QString &id : std::as_const(m_ids)) {
        if (!m_session.scheduler().isAsking(id))
            continue;
        asking = true;
        const core::WatchInfo *info = m_session.repository().watchInfo(id);
        if (!info || !info->nextPollAt.isValid())
            continue;
        if (!next.isValid() || info->nextPollAt < next) {
            next = info->nextPollAt;
            budget = info->waitReason == core::WaitReason::Budget
                || info->waitReason == core::WaitReason::RateLimited;
        }
    }
    if (!asking)
        return QString();
    if (!next.isValid())
        return tr("fetching results");
    const int seconds = static_cast<int>(
        qMax<qint64>(1, (QDateTime::currentDateTime().msecsTo(next) + 999) / 1000));
    return budget
        ? tr("fetching results: waiting for the request budget, next in %n s", nullptr, seconds)
        : tr("fetching results: next in %n s", nullptr, seconds);
}

void Command::noteAnswer(const core::ApiError &error)
{
    // AppVet answered (a 4xx too: it is there and says what is wrong).
    if (error.kind != core::ApiError::Kind::Network && error.kind != core::ApiError::Kind::Timeout
        && error.kind != core::ApiError::Kind::Server) {
        m_lastGoodAnswer.restart();
        m_lastProblem.reset();
        sayAnswersAgain();
        return;
    }
    m_lastProblem = error;
    QTimer::singleShot(0, this, &Command::sayProblem); // after the scheduler's replan
}

void Command::sayProblem()
{
    if (!m_lastProblem)
        return;
    // Nothing came back (refused, reset, no answer in time), or AppVet
    // answered with a server error: two different things to look into, each
    // said once until a good answer, not per retry (nor per reason: a dying
    // server first cuts a connection, then refuses the next).
    const bool unreachable = m_lastProblem->kind != core::ApiError::Kind::Server;
    const QString trouble = unreachable ? QStringLiteral("unreachable") : QStringLiteral("5xx");
    if (trouble == m_problem)
        return;
    // The next try: the soonest poll planned for a scan still watched.
    QDateTime next;
    for (const QString &id : std::as_const(m_ids)) {
        const core::Scan *scan = m_session.repository().find(id);
        if (!scan || !core::isActive(scan->watch))
            continue;
        const core::WatchInfo *info = m_session.repository().watchInfo(id);
        if (!info || info->problem.isEmpty())
            return; // one scan's trouble while another answers well is not AppVet's
        if (info->nextPollAt.isValid() && (!next.isValid() || info->nextPollAt < next))
            next = info->nextPollAt;
    }
    const qint64 seconds = next.isValid()
        ? qMax<qint64>(1, (QDateTime::currentDateTime().msecsTo(next) + 999) / 1000)
        : 0;
    m_problem = trouble;
    QString said = core::displayText(core::describeError(*m_lastProblem), 300).trimmed();
    if (said.endsWith(QLatin1Char('.')))
        said.chop(1);
    if (m_terminal)
        err() << "\r\033[K";
    const QString what = unreachable
        ? tr("cannot reach AppVet at %1: %2").arg(m_base.toString(), said)
        : tr("AppVet at %1 answers with an error: %2").arg(m_base.toString(), said);
    err() << "scandash: "
          << (seconds > 0 ? tr("%1; trying again in %2 s").arg(what).arg(seconds) : what) << "\n";
    err().flush();
}

void Command::sayAnswersAgain()
{
    if (m_problem.isEmpty())
        return;
    m_problem.clear();
    if (m_terminal)
        err() << "\r\033[K";
    err() << "scandash: " << tr("AppVet at %1 answers again.").arg(m_base.toString()) << "\n";
    err().flush();
}

QString Command::launchProblem(const QString &target, const QString &message) const
{
    using Kind = core::ApiError::Kind;
    const QString site = core::displayText(target, 300);
    const Kind kind = m_lastAnswer.kind;
    if (kind != Kind::Network && kind != Kind::Timeout && kind != Kind::Server
        && kind != Kind::Malformed && kind != Kind::TooLarge && kind != Kind::Redirect)
        return QStringLiteral("%1: %2").arg(site, core::displayText(message, 500));
    // The window's words ("press Start to retry") are not the command line's.
    QString said = core::displayText(m_lastAnswer.message, 300).trimmed();
    if (said.endsWith(QLatin1Char('.')))
        said.chop(1);
    // No connection was made: nothing was sent, nothing started.
    const bool unsent = kind == Kind::Network
        && (m_lastAnswer.message
                == QCoreApplication::translate("core", "The AppVet server refused the connection.")
            || m_lastAnswer.message
                == QCoreApplication::translate("core", "The API host could not be found (DNS)."));
    if (unsent)
        return tr("%1: the scan did not start: %2 (nothing was sent). Run the command again to "
                  "retry.")
            .arg(site, said);
    return tr("%1: AppVet did not confirm the scan (%2). It may have started; check 'scandash "
              "list' before retrying.")
        .arg(site, said);
}

} // namespace app
