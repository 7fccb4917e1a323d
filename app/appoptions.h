#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QUrl>

#include <memory>

class QCommandLineParser;

namespace sim {
class Simulator;
}

namespace app {

/// The options that pick the server, shared by the window and the command line.
struct BackendOptions
{
    BackendOptions();
    void addTo(QCommandLineParser &parser) const;

    QCommandLineOption demo;
    QCommandLineOption apiUrl;
    QCommandLineOption demoRpm;
    QCommandLineOption demoSpeed;
};

/// The window's options (with the backend's), so that the command line is
/// checked before anything needs a display. The test hooks' options
/// (testhooks.h) are not among them: the shipped program refuses them.
struct WindowOptions
{
    WindowOptions();
    void addTo(QCommandLineParser &parser) const;

    BackendOptions backend;
    QCommandLineOption interval;
    QCommandLineOption scan;
    QCommandLineOption type;
    QCommandLineOption dataDir;
    QCommandLineOption theme;
};

/// Why the window's command line is refused (an unknown option or command,
/// a missing value), or empty when it parses. Needs no QCoreApplication.
QString windowArgumentsError(int argc, char *argv[]);

/// Keeps Qt's own chatter off stderr for runs without a desktop session: a
/// private runtime directory when XDG_RUNTIME_DIR is unset (CI runners have
/// none), removed at exit.
void prepareQuietEnvironment();

/// The server a run talks to: the configured API, or the demo simulator
/// started in this process on a free loopback port.
struct Backend
{
    QUrl baseUrl;
    bool demo = false;
    std::unique_ptr<sim::Simulator> simulator;
};

/// Starts the simulator for --demo or checks --api-url; `error` says why not.
/// The demo's organisation starts with weeks of past scans, unless
/// `pastScans` is false (a demo history kept with --data-dir holds them).
Backend startBackend(const QCommandLineParser &parser, const BackendOptions &options,
                     QString *error, bool pastScans = true);

/// Application name, organisation and version, for settings and --version.
void describeApplication();
QString applicationDescription();
/// True when the command line only asks for --help or --version.
bool wantsHelpOrVersion(int argc, char *argv[]);

} // namespace app
