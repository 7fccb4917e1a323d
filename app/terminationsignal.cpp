#include "terminationsignal.h"

#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace app {
namespace {

int g_fds[2] = { -1, -1 }; // [0] written by the handler, [1] read by the loop

void onSignal(int number)
{
    const int saved = errno;
    const char byte = static_cast<char>(number);
    [[maybe_unused]] const ssize_t written = ::write(g_fds[0], &byte, 1);
    errno = saved;
}

} // namespace

TerminationSignal::TerminationSignal(const QList<int> &signalNumbers, QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, g_fds) != 0)
        return; // the signals keep their default: the process ends at once
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char buffer[16];
        ssize_t got = 0;
        while ((got = ::read(g_fds[1], buffer, sizeof buffer)) > 0)
            m_last = static_cast<unsigned char>(buffer[got - 1]);
        emit received();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int number : signalNumbers) {
        if (::sigaction(number, &action, nullptr) == 0)
            m_signals.append(number);
    }
}

TerminationSignal::~TerminationSignal()
{
    if (!m_notifier)
        return;
    for (const int number : std::as_const(m_signals))
        std::signal(number, SIG_DFL);
    delete m_notifier;
    ::close(g_fds[0]);
    ::close(g_fds[1]);
    g_fds[0] = g_fds[1] = -1;
}

} // namespace app
