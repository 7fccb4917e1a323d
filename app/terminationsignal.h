#pragma once

#include <QList>
#include <QObject>

#include <csignal>

class QSocketNotifier;

namespace app {

/// SIGTERM (what the desktop sends at logout), or any signals named, as a Qt
/// signal, so that it takes the same path as Quit. The handler only writes the
/// signal's number to a socket pair (async-signal-safe); the event loop reads
/// it and emits received(). One instance at a time.
class TerminationSignal : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignal(QObject *parent = nullptr)
        : TerminationSignal({ SIGTERM }, parent)
    { }
    explicit TerminationSignal(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~TerminationSignal() override;
    TerminationSignal(const TerminationSignal &) = delete;
    TerminationSignal &operator=(const TerminationSignal &) = delete;

    /// The signal received last (SIGTERM, SIGINT…); 0 before any.
    int lastSignal() const { return m_last; }

signals:
    void received();

private:
    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_signals;
    int m_last = 0;
};

} // namespace app
