// scandash: the window, or with a command (scan, report, compare, list,
// usage) the command line, which needs no display. The command line is
// checked before anything that needs one: a typo is refused, not a window.
#include "appoptions.h"
#include "cli.h"
#include "settings/translations.h"
#include "testhooks.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

/// Says why the arguments are refused, in the user's language, and gives
/// the exit code of a usage error.
int refuseArguments(int argc, char *argv[], const QString &untranslated)
{
    QCoreApplication app(argc, argv); // for the translations only: no display
    app::describeApplication();
    core::installTranslations(app);
    const QString error = app::windowArgumentsError(argc, argv);
    QTextStream(stderr) << "scandash: " << (error.isEmpty() ? untranslated : error) << "\n"
                        << QCoreApplication::translate("app", "Try 'scandash --help'.") << "\n";
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && app::isCliCommand(argv[1])) {
        app::prepareQuietEnvironment();
        return app::runCli(argc, argv);
    }
    const QString error = app::windowArgumentsError(argc, argv);
    if (!error.isEmpty())
        return refuseArguments(argc, argv, error);
    return app::runGui(argc, argv); // no test hooks: see testhooks.h
}
