// scandash: the window, or with a command (scan, report, compare, list,
// usage) the command line, which needs no display.
#include "cli.h"
#include "testhooks.h"

int main(int argc, char *argv[])
{
    if (argc > 1 && app::isCliCommand(argv[1]))
        return app::runCli(argc, argv);
    return app::runGui(argc, argv); // no test hooks: see testhooks.h
}
