#pragma once

#include <QObject>

class QSocketNotifier;

namespace app {

/// SIGTERM (what the desktop sends at logout) as a Qt signal, so that it takes
/// the same path as Quit. The handler only writes a byte to a socket pair
/// (async-signal-safe); the event loop reads it and emits received().
class TerminationSignal : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignal(QObject *parent = nullptr);
    ~TerminationSignal() override;
    TerminationSignal(const TerminationSignal &) = delete;
    TerminationSignal &operator=(const TerminationSignal &) = delete;

signals:
    void received();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace app
