#pragma once

// The one seam through which tests and the benchmark look into a running
// window: the start-up probes, the screenshot, the time limit. The shipped
// scandash installs no hooks and has none of their options; tests/hooks builds
// scandash-probed, the same program with the hooks installed, for the smoke
// tests, the instance tests and the benchmark.

#include <QStringList>

class QCommandLineParser;
class QElapsedTimer;

namespace core {
class ScanListModel;
class Session;
} // namespace core

namespace ui {
class MainWindow;
} // namespace ui

namespace app {

/// What a hook may see of one run of the window.
struct GuiRun
{
    const QCommandLineParser &options;
    const QElapsedTimer &sinceStart; // started first thing in main
    core::Session &session;
    core::ScanListModel &scans;
    ui::MainWindow &window;
    QStringList startUrls; // the --scan URLs
};

class TestHooks
{
public:
    virtual ~TestHooks() = default;
    /// Adds the hooks' own options to the window's command line.
    virtual void addOptions(QCommandLineParser &parser) = 0;
    /// The window is built and wired; the history is not read yet and the
    /// --scan scans not started.
    virtual void attach(const GuiRun &run) = 0;
    /// The history's rows are in the list.
    virtual void historyLoaded(const GuiRun &run) = 0;
};

/// Runs the window. `hooks` is null in the shipped program.
int runGui(int argc, char *argv[], TestHooks *hooks = nullptr);

} // namespace app
