#include "simulator.h"

#include "simulator_p.h"

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
using namespace simulator_detail;

namespace {

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
            progress = static_cast<int>(
                qMin<qint64>(scan.stallAtPercent, runTime * 100 * 5 / qMax<qint64>(1, scan.runMs)));
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

void Simulator::setClock(Clock clock)
{
    m_clockFunction = std::move(clock);
    const qint64 second = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
    m_epochAtClockZeroMs = second + (m_options.seed ? m_options.seed * 379 % 1000 : 0);
}

void Simulator::write(QTcpSocket *socket, const Answer &answer, bool withRateHeaders)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + ' '
        + reasonPhrase(answer.status) + "\r\n";
    out += "Content-Type: " + answer.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    // The server's own clock, which need not agree with the client's.
    const qint64 serverNowMs = (m_clockFunction ? m_epochAtClockZeroMs + elapsedMs()
                                                : QDateTime::currentMSecsSinceEpoch())
        + m_options.clockSkewMs;
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
