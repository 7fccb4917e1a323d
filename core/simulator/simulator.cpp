#include "simulator.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QScopeGuard>
#include <QTcpServer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace sim {
namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

bool isBlockedHost(const QString &host)
{
    const QString h = host.toLower();
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost"))
        || h.endsWith(QLatin1String(".local")) || h.endsWith(QLatin1String(".internal")))
        return true;
    QHostAddress address;
    if (!address.setAddress(h))
        return false;
    if (address.isLoopback() || address.isNull() || address == QHostAddress::AnyIPv4)
        return true;
    static const QList<QPair<QHostAddress, int>> reserved {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("169.254.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        QHostAddress::parseSubnet(QStringLiteral("fc00::/7")),
        QHostAddress::parseSubnet(QStringLiteral("fe80::/10")),
    };
    return std::any_of(reserved.begin(), reserved.end(),
                       [&address](const auto &subnet) { return address.isInSubnet(subnet); });
}

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

QString gradeForScore(int score)
{
    if (score >= 95)
        return QStringLiteral("A+");
    if (score >= 85)
        return QStringLiteral("A");
    if (score >= 75)
        return QStringLiteral("B");
    if (score >= 65)
        return QStringLiteral("C");
    if (score >= 50)
        return QStringLiteral("D");
    return QStringLiteral("F");
}

Simulator::Simulator(const Options &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_random(options.seed ? QRandomGenerator(options.seed) : QRandomGenerator::securelySeeded())
    , m_shapeRandom(options.seed ? QRandomGenerator(options.seed ^ 0x5ca9da5u)
                                 : QRandomGenerator::securelySeeded())
{
    m_clock.start();
    if (options.pastWeeks > 0)
        seedPastScans(options.pastWeeks);
}

void Simulator::seedPastScans(int weeks)
{
    struct Site
    {
        const char *url;
        const char *type;
        int firstScore;
        int lastScore;
    };
    // Rising, falling and steady sites, scanned weekly.
    // The last one listed is scanned last: a first look at the demo shows
    // its falling trend and a regression.
    static const Site sites[] = {
        { "https://shop.example.com", "security", 58, 92 },
        { "https://www.example.net", "performance", 84, 86 },
        { "https://docs.example.io", "accessibility", 61, 79 },
        { "https://status.example.com", "seo", 90, 77 },
        { "https://blog.example.org", "security", 94, 71 },
    };
    const qint64 week = 7LL * 24 * 3600 * 1000;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<SimScan> past;
    qint64 hoursLater = 0;
    for (const Site &site : sites) {
        hoursLater += 2 * 3600 * 1000;
        for (int i = 0; i < weeks; ++i) {
            SimScan scan;
            for (int attempt = 0; attempt < 20; ++attempt) {
                scan = makeScan(QString::fromLatin1(site.url), QString::fromLatin1(site.type));
                if (scan.outcome == QLatin1String("completed"))
                    break;
            }
            const int trend
                = site.firstScore + (site.lastScore - site.firstScore) * i / qMax(1, weeks - 1);
            const int score = qBound(0, trend + m_random.bounded(-3, 4), 100);
            // The checks follow the score: a lower grade fails more of them.
            static const QStringList severities { "low", "medium", "high", "critical" };
            for (auto &category : scan.categories) {
                category.score = qBound(0, category.score + score - scan.score, 100);
                for (auto &check : category.checks) {
                    const int r = m_random.bounded(100);
                    const bool pass = r < score;
                    check.status = pass ? QStringLiteral("pass")
                        : r % 2 == 0    ? QStringLiteral("warn")
                                        : QStringLiteral("fail");
                    check.severity = pass ? QString() : severities.at(r % 4);
                    check.message = pass ? QStringLiteral("%1 looks right.").arg(check.name)
                                         : QStringLiteral("%1 needs attention.").arg(check.name);
                    check.fix = pass
                        ? QString()
                        : QStringLiteral("See the AppVet guide on %1.").arg(check.name);
                }
            }
            scan.score = score;
            scan.grade = gradeForScore(score);
            scan.outcome = QStringLiteral("completed");
            scan.error.clear();
            // Long over: created (weeks - i) weeks ago, a few hours apart per site.
            const qint64 ageMs = (weeks - i) * week - hoursLater - m_random.bounded(0, 3600 * 1000);
            scan.createdAt = now.addMSecs(-ageMs);
            scan.createdMs = -static_cast<qint64>(ageMs);
            past.append(scan);
        }
    }
    SimScan failed
        = makeScan(QStringLiteral("https://legacy.example.com"), QStringLiteral("security"));
    failed.outcome = QStringLiteral("failed");
    failed.error = QStringLiteral("Target URL returned HTTP 503 — site appears to be down.");
    failed.createdAt = now.addDays(-12);
    failed.createdMs = -12LL * 24 * 3600 * 1000;
    past.append(failed);
    std::sort(past.begin(), past.end(),
              [](const SimScan &a, const SimScan &b) { return a.createdAt < b.createdAt; });
    for (const SimScan &scan : past) {
        m_scans.insert(scan.id, scan);
        m_order.prepend(scan.id); // newest first, as the API lists them
    }
}

quint16 Simulator::listenOnLoopback(quint16 port)
{
    const quint16 bound = listen(QHostAddress::LocalHost, port);
    for (QTcpServer *server : servers())
        connect(server, &QTcpServer::newConnection, this, [this] { ++m_connections; });
    return bound;
}

QUrl Simulator::baseUrl() const
{
    const auto ports = const_cast<Simulator *>(this)->serverPorts();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ports.isEmpty() ? 0 : ports.first()));
}

void Simulator::setFault(Fault fault, int count, const QString &pathPrefix)
{
    m_fault = fault;
    m_faultCount = count;
    m_faultPrefix = pathPrefix;
}

void Simulator::setApiKey(const QString &key)
{
    m_options.apiKey = key;
    m_keyRevoked = false;
}

int Simulator::countAnswers(int status) const
{
    return static_cast<int>(std::count_if(m_log.begin(), m_log.end(),
                                          [status](const auto &r) { return r.status == status; }));
}

qint64 Simulator::terminalAtMs(const QString &id) const
{
    const auto it = m_scans.constFind(id);
    if (it == m_scans.constEnd())
        return -1;
    // Rounded up: the first millisecond at which stateOf() says it has ended.
    return it->createdMs
        + static_cast<qint64>(std::ceil((it->queueMs + it->runMs) / m_options.speed));
}

QString Simulator::terminalStateOf(const QString &id) const
{
    return m_scans.value(id).outcome;
}

ProgressProfile Simulator::profileOf(const QString &id) const
{
    return m_scans.value(id).profile;
}

qint64 Simulator::scanTimeOf(const SimScan &scan) const
{
    const qint64 now = m_requestAtMs >= 0 ? m_requestAtMs : elapsedMs();
    return static_cast<qint64>((now - scan.createdMs) * m_options.speed);
}

QString Simulator::stateOf(const SimScan &scan) const
{
    const qint64 t = scanTimeOf(scan);
    if (t < scan.queueMs)
        return QStringLiteral("queued");
    if (t < scan.queueMs + scan.runMs)
        return QStringLiteral("scanning");
    return scan.outcome;
}

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
    const QString wanted = url.section(QLatin1String("profile-"), 1).section(QLatin1Char('.'), 0, 0);
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
    const ScanShape shape
        = shapeScan(scan.profile, scan.runMs, scan.queueMs, tail, m_shapeRandom);
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
    return scan;
}

QJsonObject Simulator::statusJson(const SimScan &scan) const
{
    const qint64 t = scanTimeOf(scan);
    const QString state = stateOf(scan);
    QJsonObject object { { "id", scan.id },
                         { "status", state },
                         { "type", scan.type },
                         { "url", scan.url },
                         { "created_at", iso(scan.createdAt) } };
    const qint64 runTime = std::clamp<qint64>(t - scan.queueMs, 0, scan.runMs);
    if (state != QLatin1String("failed")) {
        int progress = 0;
        if (state == QLatin1String("scanning") && scan.stallAtPercent < 100)
            progress = static_cast<int>(qMin<qint64>(
                scan.stallAtPercent, runTime * 100 * 5 / qMax<qint64>(1, scan.runMs)));
        else if (state == QLatin1String("scanning"))
            progress = scan.curve.at(runTime);
        else if (state != QLatin1String("queued"))
            progress = 100;
        object.insert("progress", progress);
    }
    if (state != QLatin1String("queued")) {
        QJsonArray events;
        const QDateTime started
            = scan.createdAt.addMSecs(static_cast<qint64>(scan.queueMs / m_options.speed));
        for (const auto &event : scan.events) {
            if (event.offsetMs > runTime)
                break;
            const QDateTime at
                = started.addMSecs(static_cast<qint64>(event.offsetMs / m_options.speed));
            events.append(QJsonObject { { "time", at.toString(QStringLiteral("HH:mm:ss")) },
                                        { "message", event.message } });
        }
        object.insert("events", events);
    }
    const QDateTime endedAt = scan.createdAt.addMSecs(
        static_cast<qint64>((scan.queueMs + scan.runMs) / m_options.speed));
    if (state == QLatin1String("failed")) {
        object.insert("error", scan.error);
        object.insert("completed_at", iso(endedAt));
    } else if (state == QLatin1String("completed") || state == QLatin1String("partial")) {
        const QString reportUrl = scan.hostile ? QStringLiteral("javascript:alert(document.cookie)")
                                               : QStringLiteral("/report/") + scan.id;
        object.insert("result",
                      QJsonObject { { "score", scan.score },
                                    { "grade", scan.grade },
                                    { "report_url", reportUrl } });
        object.insert("completed_at", iso(endedAt));
    }
    return object;
}

Simulator::Answer Simulator::error(int status, const QString &code, const QString &message)
{
    Answer answer;
    answer.status = status;
    answer.body = json(QJsonObject { { "code", code }, { "error", message } });
    return answer;
}

bool Simulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const QByteArray method = request.method() == QHttpServerRequest::Method::Post ? "POST"
        : request.method() == QHttpServerRequest::Method::Get                      ? "GET"
                                                                                   : "OTHER";
    // One clock reading per request: the log and the answer agree on "when".
    m_requestAtMs = elapsedMs();
    LoggedRequest logged { m_requestAtMs, method, path, 0, request.value("authorization") };
    const auto done = qScopeGuard([this] { m_requestAtMs = -1; });

    Answer answer;
    if (applyFault(path, socket, &answer)) {
        if (answer.status == 0) {
            m_log.append(logged);
            return true; // the fault wrote what it wanted, or nothing at all
        }
        logged.status = answer.status;
        m_log.append(logged);
        write(socket, answer, true);
        return true;
    }

    answer = route(request, path);
    logged.status = answer.status;
    m_log.append(logged);
    write(socket, answer, path.startsWith(QLatin1String("/v1/")));
    return true;
}

void Simulator::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such endpoint.")),
          false);
}

Simulator::Answer Simulator::route(const QHttpServerRequest &request, const QString &path)
{
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    const bool isGet = request.method() == QHttpServerRequest::Method::Get;

    if (path.startsWith(QLatin1String("/report/")) && isGet)
        return reportPage(path.mid(8));
    if (!path.startsWith(QLatin1String("/v1/")))
        return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such endpoint."));

    // Authentication first, then the shared per-key window.
    const QByteArray authorization = request.value("authorization");
    if (!authorization.startsWith("Bearer ")
        || QString::fromUtf8(authorization.mid(7)) != m_options.apiKey)
        return error(401, QStringLiteral("UNAUTHORIZED"),
                     QStringLiteral("Missing or invalid API key."));
    if (m_keyRevoked)
        return error(401, QStringLiteral("KEY_REVOKED"),
                     QStringLiteral("This API key was revoked."));

    const qint64 now = elapsedMs();
    if (m_windowStartMs < 0 || now >= m_windowStartMs + m_options.windowMs) {
        m_windowStartMs = now;
        m_windowCount = 0;
    }
    if (m_windowCount >= m_options.requestsPerWindow) {
        Answer answer = error(429, QStringLiteral("RATE_LIMITED"),
                              QStringLiteral("Rate limit exceeded. Try again later."));
        const qint64 waitMs = m_windowStartMs + m_options.windowMs - now;
        answer.headers.append(
            { QByteArray("Retry-After"), QByteArray::number((waitMs + 999) / 1000) });
        return answer;
    }
    ++m_windowCount;

    if (path == QLatin1String("/v1/scan") && isPost)
        return createScan(request);
    if (path.startsWith(QLatin1String("/v1/scan/")) && isGet)
        return scanStatus(path.mid(9));
    if (path.startsWith(QLatin1String("/v1/report/")) && isGet)
        return report(path.mid(11));
    if (path == QLatin1String("/v1/scans") && isGet)
        return listScans(request);
    if (path == QLatin1String("/v1/usage") && isGet)
        return usage();
    return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such endpoint."));
}

Simulator::Answer Simulator::createScan(const QHttpServerRequest &request)
{
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400, QStringLiteral("INVALID_URL"),
                     QStringLiteral("Body must be a JSON object with a url."));
    const QJsonObject body = document.object();
    const QString rawUrl = body.value("url").toString();
    const QUrl url(rawUrl, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (rawUrl.isEmpty() || !url.isValid()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || url.host().isEmpty())
        return error(400, QStringLiteral("INVALID_URL"),
                     QStringLiteral("URL must be a valid http or https URL with a host."));
    const QString type = body.value("type").toString(QStringLiteral("security"));
    static const QStringList types { "security", "performance", "accessibility", "seo" };
    if (!types.contains(type))
        return error(
            400, QStringLiteral("INVALID_TYPE"),
            QStringLiteral("Type must be one of: security, performance, accessibility, seo."));
    if (body.contains("callback_url")) {
        const QUrl callback(body.value("callback_url").toString());
        if (!callback.isValid() || callback.scheme() != QLatin1String("https"))
            return error(400, QStringLiteral("INVALID_URL"),
                         QStringLiteral("callback_url must be an https URL."));
    }
    if (isBlockedHost(url.host()))
        return error(
            403, QStringLiteral("DOMAIN_BLOCKED"),
            QStringLiteral("Scanning localhost, internal or reserved addresses is not allowed."));
    if (url.host().endsWith(QLatin1String(".invalid")))
        return error(400, QStringLiteral("URL_NOT_REACHABLE"),
                     QStringLiteral("Could not resolve %1.").arg(url.host()));
    if (m_options.quotaUsed >= m_options.quotaLimit)
        return error(429, QStringLiteral("QUOTA_EXCEEDED"),
                     QStringLiteral("Monthly scan quota of %1 reached.").arg(m_options.quotaLimit));
    int running = 0;
    for (const SimScan &scan : std::as_const(m_scans))
        running += stateOf(scan) == QLatin1String("queued")
            || stateOf(scan) == QLatin1String("scanning");
    if (running >= m_options.concurrentScans) {
        Answer refused = error(429, QStringLiteral("RATE_LIMITED"),
                               QStringLiteral("Your plan runs %1 scans at once; wait for one to "
                                              "finish.")
                                   .arg(m_options.concurrentScans));
        refused.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("30")));
        return refused;
    }
    m_mostRunning = qMax(m_mostRunning, running + 1);

    QUrl normalized = url.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash);
    normalized.setScheme(scheme);
    normalized.setHost(url.host().toLower());
    if (normalized.path() == QLatin1String("/"))
        normalized.setPath(QString());
    if ((scheme == QLatin1String("https") && url.port() == 443)
        || (scheme == QLatin1String("http") && url.port() == 80))
        normalized.setPort(-1);
    SimScan scan = makeScan(normalized.toString(), type);
    ++m_options.quotaUsed;
    m_scans.insert(scan.id, scan);
    m_order.prepend(scan.id);

    Answer answer;
    answer.status = 201;
    answer.body = json(QJsonObject { { "id", scan.id },
                                     { "status", "queued" },
                                     { "type", scan.type },
                                     { "url", scan.url },
                                     { "created_at", iso(scan.createdAt) } });
    return answer;
}

Simulator::Answer Simulator::scanStatus(const QString &id)
{
    const auto it = m_scans.constFind(id);
    if (it == m_scans.constEnd())
        return error(404, QStringLiteral("SCAN_NOT_FOUND"), QStringLiteral("Scan not found."));
    Answer answer;
    answer.body = json(statusJson(*it));
    return answer;
}

Simulator::Answer Simulator::report(const QString &id)
{
    const auto it = m_scans.constFind(id);
    if (it == m_scans.constEnd())
        return error(404, QStringLiteral("SCAN_NOT_FOUND"), QStringLiteral("Scan not found."));
    const QString state = stateOf(*it);
    if (state != QLatin1String("completed") && state != QLatin1String("partial"))
        return error(409, QStringLiteral("SCAN_NOT_COMPLETE"),
                     state == QLatin1String("failed")
                         ? QStringLiteral("The scan failed; there is no report.")
                         : QStringLiteral("The scan has not finished yet."));
    QJsonArray categories;
    int passed = 0, failed = 0, warnings = 0, total = 0;
    QHash<QString, int> severities;
    for (const auto &category : it->categories) {
        QJsonArray checks;
        for (const auto &check : category.checks) {
            QJsonObject object { { "name", check.name },
                                 { "status", check.status },
                                 { "severity",
                                   check.severity.isEmpty() ? QJsonValue()
                                                            : QJsonValue(check.severity) },
                                 { "message", check.message } };
            if (!check.fix.isEmpty())
                object.insert("fix", check.fix);
            checks.append(object);
            ++total;
            passed += check.status == QLatin1String("pass");
            failed += check.status == QLatin1String("fail");
            warnings += check.status == QLatin1String("warn");
            if (!check.severity.isEmpty())
                ++severities[check.severity];
        }
        categories.append(QJsonObject {
            { "name", category.name }, { "score", category.score }, { "checks", checks } });
    }
    const QJsonObject status = statusJson(*it);
    Answer answer;
    answer.body = json(QJsonObject { { "id", it->id },
                                     { "type", it->type },
                                     { "url", it->url },
                                     { "score", it->score },
                                     { "grade", it->grade },
                                     { "created_at", status.value("created_at") },
                                     { "completed_at", status.value("completed_at") },
                                     { "categories", categories },
                                     { "summary",
                                       QJsonObject { { "total_checks", total },
                                                     { "passed", passed },
                                                     { "failed", failed },
                                                     { "warnings", warnings },
                                                     { "critical", severities.value("critical") },
                                                     { "high", severities.value("high") },
                                                     { "medium", severities.value("medium") },
                                                     { "low", severities.value("low") } } } });
    return answer;
}

Simulator::Answer Simulator::listScans(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    bool ok = true;
    const int limit = query.hasQueryItem("limit") ? query.queryItemValue("limit").toInt(&ok) : 20;
    if (!ok || limit < 1 || limit > 100)
        return error(400, QStringLiteral("INVALID_PARAMS"), QStringLiteral("limit must be 1-100."));
    const int offset = query.hasQueryItem("offset") ? query.queryItemValue("offset").toInt(&ok) : 0;
    if (!ok || offset < 0)
        return error(400, QStringLiteral("INVALID_PARAMS"),
                     QStringLiteral("offset must be 0 or more."));
    const QString status = query.queryItemValue("status");
    static const QStringList states { "queued", "scanning", "completed", "partial", "failed" };
    if (!status.isEmpty() && !states.contains(status))
        return error(400, QStringLiteral("INVALID_PARAMS"),
                     QStringLiteral("Unknown status filter."));
    const QString type = query.queryItemValue("type");
    static const QStringList types { "security", "performance", "accessibility", "seo" };
    if (!type.isEmpty() && !types.contains(type))
        return error(400, QStringLiteral("INVALID_PARAMS"), QStringLiteral("Unknown type filter."));

    QJsonArray scans;
    int matched = 0;
    for (const auto &id : m_order) {
        const SimScan &scan = m_scans[id];
        const QString state = stateOf(scan);
        if ((!status.isEmpty() && state != status) || (!type.isEmpty() && scan.type != type))
            continue;
        if (matched++ < offset || scans.size() >= limit)
            continue;
        const QJsonObject full = statusJson(scan);
        const QJsonObject result = full.value("result").toObject();
        scans.append(QJsonObject {
            { "id", scan.id },
            { "type", scan.type },
            { "url", scan.url },
            { "status", state },
            { "score", result.isEmpty() ? QJsonValue() : result.value("score") },
            { "grade", result.isEmpty() ? QJsonValue() : result.value("grade") },
            { "created_at", full.value("created_at") },
            { "completed_at",
              full.value("completed_at").isUndefined() ? QJsonValue()
                                                       : full.value("completed_at") } });
    }
    Answer answer;
    answer.body = json(QJsonObject {
        { "scans", scans },
        { "total", matched },
        { "limit", limit },
        { "offset", offset },
        { "quota",
          QJsonObject { { "used", m_options.quotaUsed },
                        { "limit", m_options.quotaLimit },
                        { "remaining", qMax(0, m_options.quotaLimit - m_options.quotaUsed) },
                        { "tier", m_options.tier } } } });
    return answer;
}

Simulator::Answer Simulator::usage()
{
    const QDate today = QDate::currentDate();
    const QDate start(today.year(), today.month(), 1);
    Answer answer;
    answer.body = json(QJsonObject {
        { "tier", m_options.tier },
        { "billing_period",
          QJsonObject { { "start", iso(start.startOfDay(Qt::UTC)) },
                        { "end", iso(start.addMonths(1).startOfDay(Qt::UTC)) } } },
        { "scans",
          QJsonObject { { "used", m_options.quotaUsed },
                        { "limit", m_options.quotaLimit },
                        { "remaining", qMax(0, m_options.quotaLimit - m_options.quotaUsed) } } },
        { "rate_limit",
          QJsonObject { { "requests_per_minute", m_options.requestsPerWindow },
                        { "concurrent_scans", m_options.concurrentScans } } } });
    return answer;
}

Simulator::Answer Simulator::reportPage(const QString &id)
{
    const auto it = m_scans.constFind(id);
    Answer answer;
    answer.contentType = "text/html; charset=utf-8";
    if (it == m_scans.constEnd() || stateOf(*it) == QLatin1String("queued")
        || stateOf(*it) == QLatin1String("scanning")) {
        answer.status = 404;
        answer.body = "<!doctype html><title>Not found</title><p>No report for this scan.</p>";
        return answer;
    }
    QString html
        = QStringLiteral("<!doctype html><meta charset=utf-8><title>AppVet report %1</title>"
                         "<body style='font-family:sans-serif;max-width:50em;margin:2em auto'>"
                         "<h1>%2 — grade %3 (%4/100)</h1><p>%5 scan, %6</p>")
              .arg(id.toHtmlEscaped(), it->url.toHtmlEscaped(), it->grade.toHtmlEscaped())
              .arg(it->score)
              .arg(it->type.toHtmlEscaped(), stateOf(*it));
    for (const auto &category : it->categories) {
        html += QStringLiteral("<h2>%1 (%2)</h2><ul>")
                    .arg(category.name.toHtmlEscaped())
                    .arg(category.score);
        for (const auto &check : category.checks)
            html += QStringLiteral("<li><b>%1</b>: %2 %3</li>")
                        .arg(check.name.toHtmlEscaped(), check.status.toHtmlEscaped(),
                             check.message.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    answer.body = html.toUtf8();
    return answer;
}

bool Simulator::applyFault(const QString &path, QTcpSocket *socket, Answer *answer)
{
    if (m_fault == Fault::None || m_faultCount == 0 || !path.startsWith(m_faultPrefix))
        return false;
    if (m_faultCount > 0)
        --m_faultCount;
    answer->status = 200;
    switch (m_fault) {
    case Fault::None:
        return false;
    case Fault::ServerError:
        *answer = error(503, QStringLiteral("SERVICE_UNAVAILABLE"),
                        QStringLiteral("Service temporarily unavailable."));
        return true;
    case Fault::Hang:
        m_hung.append(socket);
        answer->status = 0;
        return true;
    case Fault::ResetConnection:
        socket->abort();
        answer->status = 0;
        return true;
    case Fault::CutBody:
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n"
            "\r\n{\"id\":\"scan_cut\",\"status\":\"scann");
        socket->flush();
        socket->disconnectFromHost();
        answer->status = 0;
        return true;
    case Fault::MalformedJson:
        answer->body = "{\"id\": \"scan_x\", \"status\": \"scanning\", \"progress\": 4";
        return true;
    case Fault::WrongTypes:
        answer->body
            = "{\"id\": 12, \"status\": [\"scanning\"], \"progress\": \"45\", \"events\": {}}";
        return true;
    case Fault::UnknownStatus: {
        const QString id = path.section(QLatin1Char('/'), -1);
        QJsonObject object
            = m_scans.contains(id) ? statusJson(m_scans.value(id)) : QJsonObject { { "id", id } };
        object.insert("status", "exploded");
        answer->body = json(object);
        return true;
    }
    case Fault::HugeBody: {
        // Small on the wire, 64 MiB once inflated: only a cap counted after
        // decompression stops it.
        const QByteArray inflated = "{\"pad\":\"" + QByteArray(64 * 1024 * 1024, ' ') + "\"}";
        answer->body = qCompress(inflated, 9).mid(4);
        answer->headers.append({ QByteArray("Content-Encoding"), QByteArray("deflate") });
        return true;
    }
    case Fault::RateLimited:
        *answer
            = error(429, QStringLiteral("RATE_LIMITED"), QStringLiteral("Rate limit exceeded."));
        answer->headers.append({ QByteArray("Retry-After"), QByteArray("2") });
        answer->headers.append({ QByteArray("X-RateLimit-Remaining"), QByteArray("0") });
        return true;
    case Fault::Redirect:
        answer->status = 307;
        answer->headers.append(
            { QByteArray("Location"), m_redirectTarget.resolved(QUrl(path)).toEncoded() });
        return true;
    }
    return false;
}

void Simulator::write(QTcpSocket *socket, const Answer &answer, bool withRateHeaders)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + ' '
        + reasonPhrase(answer.status) + "\r\n";
    out += "Content-Type: " + answer.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    // The server's own clock, which need not agree with the client's.
    const qint64 serverNowMs = QDateTime::currentMSecsSinceEpoch() + m_options.clockSkewMs;
    out += "Date: "
        + QLocale::c()
              .toString(QDateTime::fromMSecsSinceEpoch(serverNowMs, Qt::UTC),
                        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
              .toLatin1()
        + "\r\n";
    if (withRateHeaders) {
        const qint64 now = elapsedMs();
        const bool windowOpen = m_windowStartMs >= 0 && now < m_windowStartMs + m_options.windowMs;
        const int used = windowOpen ? m_windowCount : 0;
        const qint64 resetMs = serverNowMs
            + (windowOpen ? m_windowStartMs + m_options.windowMs - now : m_options.windowMs);
        out += "X-RateLimit-Limit: " + QByteArray::number(m_options.requestsPerWindow) + "\r\n";
        // A 429 for the request budget says none remain (a fault's answer sets it).
        const bool remainingSet
            = std::any_of(answer.headers.cbegin(), answer.headers.cend(), [](const auto &header) {
                  return header.first == "X-RateLimit-Remaining";
              });
        if (!remainingSet)
            out += "X-RateLimit-Remaining: "
                + QByteArray::number(qMax(0, m_options.requestsPerWindow - used)) + "\r\n";
        const qint64 resetSeconds
            = m_options.resetRoundsDown ? resetMs / 1000 : (resetMs + 999) / 1000;
        out += "X-RateLimit-Reset: " + QByteArray::number(resetSeconds) + "\r\n";
    }
    for (const auto &header : answer.headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "\r\n";
    out += answer.body;
    socket->write(out);
}

} // namespace sim
