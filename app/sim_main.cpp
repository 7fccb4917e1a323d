// scandash-sim: the AppVet simulator as a standalone server on loopback, for
// the documented cURL polling loop and for trying the client by hand.
#include "simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {

int usageError(const QString &message)
{
    QTextStream(stderr) << "scandash-sim: " << message << "\n";
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scandash-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCANDASH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("AppVet-compatible API simulator on 127.0.0.1."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0 picks a free one)."),
                                        QStringLiteral("port"), QStringLiteral("8080"));
    const QCommandLineOption rpmOption(
        QStringLiteral("rpm"), QStringLiteral("Requests per minute per key (10 free, 60 paid)."),
        QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption speedOption(
        QStringLiteral("speed"), QStringLiteral("Scan speed factor (10 = ten times faster)."),
        QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption keyOption(
        QStringLiteral("key"), QStringLiteral("The API key to accept."), QStringLiteral("key"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Random seed, for repeatable scans."),
                                        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption pastOption(QStringLiteral("past-weeks"),
                                        QStringLiteral("Start with <n> weeks of past scans of "
                                                       "five sites (as the demo does)."),
                                        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption runOption(QStringLiteral("run-seconds"),
                                       QStringLiteral("How long a scan runs once it leaves the "
                                                      "queue, at speed 1: <min>-<max> seconds."),
                                       QStringLiteral("min-max"), QStringLiteral("20-60"));
    const QCommandLineOption concurrentOption(
        QStringLiteral("concurrent"),
        QStringLiteral("Scans the plan runs at once; one more is refused with 429."),
        QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption profileOption(
        QStringLiteral("progress-profile"),
        QStringLiteral("How scan progress moves: %1, or mixed (each scan draws one). A site "
                       "whose address holds profile-<name> has that one.")
            .arg(sim::progressProfileNames().join(QStringLiteral(", "))),
        QStringLiteral("name"), QStringLiteral("smooth"));
    parser.addOptions({ portOption, rpmOption, speedOption, keyOption, seedOption, pastOption,
                        runOption, concurrentOption, profileOption });
    parser.process(app);

    sim::Simulator::Options options;
    bool ok = true;
    options.requestsPerWindow = parser.value(rpmOption).toInt(&ok);
    if (!ok || options.requestsPerWindow < 1)
        return usageError(QStringLiteral("--rpm must be a positive number."));
    options.speed = parser.value(speedOption).toDouble(&ok);
    if (!ok || options.speed <= 0)
        return usageError(QStringLiteral("--speed must be a positive number."));
    options.seed = parser.value(seedOption).toUInt();
    options.pastWeeks = qBound(0, parser.value(pastOption).toInt(), 520);
    const QStringList run = parser.value(runOption).split(QLatin1Char('-'));
    bool minOk = false, maxOk = false;
    if (run.size() == 2) {
        options.runMsMin = run.at(0).toInt(&minOk) * 1000;
        options.runMsMax = run.at(1).toInt(&maxOk) * 1000;
    }
    if (!minOk || !maxOk || options.runMsMin < 1000 || options.runMsMax < options.runMsMin)
        return usageError(QStringLiteral("--run-seconds must be <min>-<max>, 1 or more."));
    options.concurrentScans = parser.value(concurrentOption).toInt(&ok);
    if (!ok || options.concurrentScans < 1)
        return usageError(QStringLiteral("--concurrent must be a positive number."));
    options.progressProfile = parser.value(profileOption);
    if (options.progressProfile != QLatin1String("mixed")
        && !sim::progressProfileFromName(options.progressProfile))
        return usageError(QStringLiteral("--progress-profile must be one of: %1, mixed.")
                              .arg(sim::progressProfileNames().join(QStringLiteral(", "))));
    if (parser.isSet(keyOption))
        options.apiKey = parser.value(keyOption);
    options.tier = options.requestsPerWindow <= 10 ? QStringLiteral("free") : QStringLiteral("pro");

    sim::Simulator simulator(options);
    const int port = parser.value(portOption).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return usageError(QStringLiteral("--port must be 0-65535."));
    const quint16 bound = simulator.listenOnLoopback(static_cast<quint16>(port));
    if (bound == 0) {
        QTextStream(stderr) << "scandash-sim: cannot listen on 127.0.0.1:" << port << "\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "scandash-sim listening on " << simulator.baseUrl().toString() << "\n"
        << "API key: " << options.apiKey << "\n"
        << "rate limit: " << options.requestsPerWindow << " requests/min, speed x" << options.speed
        << ", progress " << options.progressProfile << "\n";
    out.flush();
    return app.exec();
}
