#include "simulator.h"
#include "simulator_p.h"

#include <algorithm>

// A new scan's shape at the Simulator: its timing, outcome, checks and
// categories; the server is in simulator.cpp.

namespace sim {
using namespace simulator_detail;

namespace {

QStringList checkNames(const QString &type)
{
    if (type == QLatin1String("performance"))
        return { "Time to first byte",
                 "Largest contentful paint",
                 "Total blocking time",
                 "Image compression",
                 "HTTP/2",
                 "Cache headers",
                 "Render-blocking scripts",
                 "Font loading",
                 "Bundle size",
                 "Compression (brotli/gzip)" };
    if (type == QLatin1String("accessibility"))
        return { "Image alt text", "Colour contrast", "Form labels",        "Heading order",
                 "Keyboard focus", "ARIA roles",      "Language attribute", "Link names",
                 "Skip links",     "Zoom allowed" };
    if (type == QLatin1String("seo"))
        return { "Title tag",   "Meta description", "Canonical link",  "robots.txt",
                 "sitemap.xml", "Structured data",  "Mobile viewport", "Broken links",
                 "hreflang",    "Open Graph tags" };
    return { "HSTS",
             "CSP",
             "Cookie flags",
             "X-Frame-Options",
             "TLS version",
             "Certificate chain",
             "Mixed content",
             "Referrer-Policy",
             "Permissions-Policy",
             "Server banner",
             "CORS policy",
             "Subresource integrity" };
}

QStringList categoryNames(const QString &type)
{
    if (type == QLatin1String("performance"))
        return { "Loading", "Network", "Assets" };
    if (type == QLatin1String("accessibility"))
        return { "Perceivable", "Operable", "Understandable" };
    if (type == QLatin1String("seo"))
        return { "Content", "Crawling", "Social" };
    return { "Transport", "Headers", "Cookies" };
}

} // namespace

Simulator::SimScan Simulator::makeScan(const QString &url, const QString &type)
{
    SimScan scan;
    scan.id = QStringLiteral("scan_%1%2")
                  .arg(m_nextId++, 4, 10, QLatin1Char('0'))
                  .arg(m_random.generate() % 0xffffff, 6, 16, QLatin1Char('0'));
    scan.type = type;
    scan.url = url;
    scan.createdMs = m_requestAtMs >= 0 ? m_requestAtMs : elapsedMs();
    scan.createdAt = QDateTime::currentDateTimeUtc();
    scan.queueMs = m_random.bounded(2000, 5000);
    scan.runMs
        = m_random.bounded(m_options.runMsMin, qMax(m_options.runMsMin + 1, m_options.runMsMax));
    scan.hostile = url.contains(QLatin1String("hostile"));
    const QString wanted
        = url.section(QLatin1String("profile-"), 1).section(QLatin1Char('.'), 0, 0);
    std::optional<ProgressProfile> profile = progressProfileFromName(wanted);
    if (!profile && m_options.progressProfile == QLatin1String("mixed"))
        profile = progressProfileFromName(progressProfileNames().at(
            m_shapeRandom.bounded(static_cast<int>(progressProfileNames().size()))));
    if (!profile)
        profile = progressProfileFromName(m_options.progressProfile);
    scan.profile = profile.value_or(ProgressProfile::Smooth);
    if (!m_tailFraction.contains(type)) // a type's report takes about as long each time
        m_tailFraction.insert(type, 0.05 + 0.13 * m_shapeRandom.generateDouble());
    const double tail = m_tailFraction.value(type) * (0.9 + 0.2 * m_shapeRandom.generateDouble());
    const ScanShape shape = shapeScan(scan.profile, scan.runMs, scan.queueMs, tail, m_shapeRandom);
    scan.queueMs = shape.queueMs;
    scan.runMs = shape.runMs;
    scan.curve = shape.curve;
    if (url.contains(QLatin1String("stall"))) {
        // Goes at its normal pace to 40 %, stands there, and ends at once
        // after five times its normal run.
        scan.stallAtPercent = 40;
        scan.runMs *= 5;
    }

    const int roll = m_random.bounded(100);
    if (url.contains(QLatin1String("fail")) || shape.fails)
        scan.outcome = QStringLiteral("failed");
    else if (url.contains(QLatin1String("partial")))
        scan.outcome = QStringLiteral("partial");
    else
        scan.outcome = roll < 100 - m_options.partialPercent - m_options.failedPercent
            ? QStringLiteral("completed")
            : roll < 100 - m_options.failedPercent ? QStringLiteral("partial")
                                                   : QStringLiteral("failed");

    const QStringList checks = checkNames(type);
    // A "large-log" site writes a log of 100,000 lines (for the benchmark).
    const int eventCount
        = url.contains(QLatin1String("large-log")) ? 100000 : m_random.bounded(10, 31);
    QList<qint64> offsets;
    // The large log is written in the first five seconds of the run.
    const qint64 logSpanMs = eventCount > 1000 ? qMin<qint64>(scan.runMs, 5000) : scan.runMs;
    for (int i = 0; i < eventCount; ++i)
        offsets.append(m_random.bounded(logSpanMs));
    std::sort(offsets.begin(), offsets.end());
    const QString host = QUrl(url).host();
    // A plausible log: connect, then each check started and its verdict, then the report.
    QStringList messages { QStringLiteral("Resolving %1").arg(host),
                           QStringLiteral("Connected to %1 (HTTP 200)").arg(host) };
    for (int k = 0; messages.size() < eventCount - 1; ++k) {
        const QString &check = checks.at(k % checks.size());
        if (k >= checks.size())
            messages.append(QStringLiteral("Re-checking %1 on a second page").arg(check));
        else
            messages.append(QStringLiteral("Starting %1 check").arg(check));
        if (messages.size() < eventCount - 1) {
            // A scan that completes has its verdicts rewritten from its
            // report's checks (writeVerdicts); one that fails keeps these.
            static const QStringList verdicts { "passed", "passed", "passed", "raised a warning",
                                                "found an issue" };
            messages.append(QStringLiteral("%1 check %2")
                                .arg(check, verdicts.at(m_random.bounded(verdicts.size()))));
        }
    }
    messages.append(QStringLiteral("Compiling report"));
    for (int i = 0; i < eventCount; ++i)
        scan.events.append({ offsets.at(i), messages.at(i) });
    if (scan.hostile) {
        scan.events[1].message = QStringLiteral("<b>bold</b> <a href=\"https://evil.example/\">"
                                                "click</a> <img src=\"file:///etc/passwd\">");
        scan.events[2].message = QStringLiteral("invoice\u202Egnp.exe");
    }
    if (scan.outcome == QLatin1String("failed")) {
        // Fails part way: the run ends early and later events never happen.
        scan.runMs = scan.runMs * m_random.bounded(30, 90) / 100;
        while (!scan.events.isEmpty() && scan.events.last().offsetMs >= scan.runMs)
            scan.events.removeLast();
        scan.error = scan.hostile ? QStringLiteral("<b>Target</b> returned <i>HTTP 503</i>")
                                  : QStringLiteral("Target URL returned HTTP 503 — site appears "
                                                   "to be down.");
        return scan;
    }

    scan.score = scan.outcome == QLatin1String("partial") ? m_random.bounded(30, 86)
                                                          : m_random.bounded(40, 101);
    scan.grade = gradeForScore(scan.score);
    const QStringList categories = categoryNames(type);
    for (int c = 0; c < categories.size(); ++c) {
        Category category { categories.at(c),
                            qBound(0, scan.score + m_random.bounded(-15, 16), 100),
                            {} };
        for (int k = c; k < checks.size(); k += categories.size()) {
            const int r = m_random.bounded(100);
            const bool pass = r < scan.score;
            const bool warn = !pass && r % 2 == 0;
            static const QStringList severities { "low", "medium", "high", "critical" };
            category.checks.append(
                { checks.at(k),
                  pass       ? "pass"
                      : warn ? "warn"
                             : "fail",
                  pass ? QString() : severities.at(r % 4),
                  pass ? QStringLiteral("%1 looks right.").arg(checks.at(k))
                       : QStringLiteral("%1 needs attention.").arg(checks.at(k)),
                  pass ? QString()
                       : QStringLiteral("See the AppVet guide on %1.").arg(checks.at(k)) });
        }
        scan.categories.append(category);
    }
    writeVerdicts(scan);
    return scan;
}

void Simulator::writeVerdicts(SimScan &scan)
{
    for (const auto &category : std::as_const(scan.categories)) {
        for (const auto &check : category.checks) {
            const QString line = QStringLiteral("%1 check ").arg(check.name);
            const QString verdict = check.status == QLatin1String("pass") ? QStringLiteral("passed")
                : check.status == QLatin1String("warn") ? QStringLiteral("raised a warning")
                                                        : QStringLiteral("found an issue");
            for (auto &event : scan.events)
                if (event.message.startsWith(line))
                    event.message = line + verdict;
        }
    }
}

} // namespace sim
