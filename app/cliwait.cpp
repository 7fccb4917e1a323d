// What scan --wait says on stderr while it waits: the progress line, and
// whether AppVet can be reached (clicommands.cpp runs the scans).
#include "clicommands.h"
#include "text/displaytext.h"

#include <QDateTime>

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
            scan->state == core::ScanState::Scanning ? QStringLiteral(" %1%").arg(scan->progress)
                                                     : QString()));
    }
    err() << "\r\033[K" << tr("%1 of %2 ended").arg(ended).arg(m_ids.size()) << " · "
          << parts.join(QStringLiteral(" · ")).left(200);
    err().flush();
}

void Command::checkReachable()
{
    // Unreachable: every scan still watched has a problem (a refused
    // connection, a timeout, a server error); one good answer clears it.
    QString problem;
    QDateTime next;
    for (const QString &id : std::as_const(m_ids)) {
        const core::Scan *scan = m_session.repository().find(id);
        if (!scan || !core::isActive(scan->watch))
            continue;
        const core::WatchInfo *info = m_session.repository().watchInfo(id);
        if (!info || info->problem.isEmpty())
            return checkReachableAgain();
        if (problem.isEmpty())
            problem = info->problem;
        if (info->nextPollAt.isValid() && (!next.isValid() || info->nextPollAt < next))
            next = info->nextPollAt;
    }
    if (problem.isEmpty() || problem == m_problem)
        return;
    if (!m_unreachable.isValid())
        m_unreachable.start();
    m_problem = problem;
    const qint64 seconds = next.isValid()
        ? qMax<qint64>(1, (QDateTime::currentDateTime().msecsTo(next) + 999) / 1000)
        : 0;
    if (m_terminal)
        err() << "\r\033[K";
    QString said = core::displayText(problem, 300).trimmed();
    if (said.endsWith(QLatin1Char('.')))
        said.chop(1);
    const QString what = tr("cannot reach AppVet at %1: %2").arg(m_base.toString(), said);
    err() << "scandash: "
          << (seconds > 0 ? tr("%1; trying again in %2 s").arg(what).arg(seconds) : what) << "\n";
    err().flush();
}

void Command::checkReachableAgain()
{
    if (m_problem.isEmpty())
        return;
    m_problem.clear();
    m_unreachable.invalidate();
    if (m_terminal)
        err() << "\r\033[K";
    err() << "scandash: " << tr("AppVet at %1 answers again.").arg(m_base.toString()) << "\n";
    err().flush();
}

} // namespace app
