#pragma once

#include "progressprofile.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace sim {

/// An AppVet-compatible server on loopback: the endpoints, fields, errors and
/// rate limit of the public API, realistic scan lifecycles and reports, and
/// switches for the faults a client must survive. Serves `scandash --demo`,
/// the tests and the standalone `scandash-sim`.
class Simulator : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Options
    {
        QString apiKey = QStringLiteral("avk_live_demo000000000000000000000000000000000");
        int requestsPerWindow = 60; // 10 on the free plan, 60 on paid plans
        int windowMs = 60000; // the API counts per minute; tests may shrink it
        double speed = 1.0; // 10 makes every scan ten times faster
        quint32 seed = 0; // 0: a different run each time
        int quotaLimit = 500;
        int quotaUsed = 0;
        QString tier = QStringLiteral("pro");
        qint64 clockSkewMs = 0; // the server's clock minus the real one
        /// Weeks of an organisation's past scans to start with (0: none):
        /// several sites, rising, falling and steady, listed by GET /v1/scans.
        int pastWeeks = 0;
        /// How long a scan runs once it leaves the queue, in scan time.
        int runMsMin = 20000;
        int runMsMax = 60000;
        /// Of scans whose site names no outcome: how many in a hundred end
        /// partial, and how many fail part way.
        int partialPercent = 15;
        int failedPercent = 10;
        /// Scans the plan runs at once; one more is refused with 429
        /// RATE_LIMITED while requests remain.
        int concurrentScans = 10;
        /// How progress moves (progressProfileNames(), or "mixed": each scan
        /// draws one). A site whose address holds "profile-NAME" has that one.
        QString progressProfile = QStringLiteral("smooth");
        /// X-RateLimit-Reset rounded down to its second, as some servers do
        /// (up to a second early; the default rounds up).
        bool resetRoundsDown = false;
    };
    /// Milliseconds on a monotonic clock; tests inject one they advance by hand.
    using Clock = std::function<qint64()>;

    enum class Fault {
        None,
        ServerError, // 503 with an error body
        Hang, // accept, read, never answer
        ResetConnection, // close the connection at once
        CutBody, // promise more bytes than are sent, then close
        MalformedJson, // 200 with broken JSON
        WrongTypes, // 200 with valid JSON of the wrong shape
        UnknownStatus, // 200 with a status no client knows
        HugeBody, // 200 whose body inflates to 64 MiB (deflate)
        RateLimited, // 429 RATE_LIMITED with Retry-After
        Redirect, // 307 to redirectTarget
    };

    struct LoggedRequest
    {
        qint64 atMs; // since the simulator started
        QByteArray method;
        QString path;
        int status; // 0 when no answer was given (hang, reset)
        QByteArray authorization;
    };

    explicit Simulator(const Options &options, QObject *parent = nullptr);

    /// Listens on 127.0.0.1; port 0 picks a free one. Returns the port or 0.
    quint16 listenOnLoopback(quint16 port = 0);
    /// Runs on this clock (ms) instead of the real one. The server's Date
    /// then follows it too, from a start whose fraction of a second the seed
    /// decides: a run is the same run whatever the real clock says.
    void setClock(Clock clock);
    QUrl baseUrl() const;
    const Options &options() const { return m_options; }

    /// The next `count` requests whose path starts with `pathPrefix` get `fault`;
    /// count -1 means until cleared.
    void setFault(Fault fault, int count = -1, const QString &pathPrefix = QStringLiteral("/v1/"));
    void clearFault() { setFault(Fault::None, 0); }
    void setRedirectTarget(const QUrl &target) { m_redirectTarget = target; }
    void revokeKey(bool revoked = true) { m_keyRevoked = revoked; }
    void setApiKey(const QString &key);
    void setRequestsPerWindow(int requests) { m_options.requestsPerWindow = requests; }
    void setQuotaUsed(int used) { m_options.quotaUsed = used; }
    /// Drops a scan, as if it belonged to another organisation: 404 from now on.
    void forgetScan(const QString &id) { m_scans.remove(id); }

    const QList<LoggedRequest> &requestLog() const { return m_log; }
    /// TCP connections clients opened.
    int connectionCount() const { return m_connections; }
    /// The most scans that were running at once (queued or scanning).
    int mostRunningAtOnce() const { return m_mostRunning; }
    int countAnswers(int status) const;
    /// Ms since start when the scan reached (or will reach) its terminal state.
    qint64 terminalAtMs(const QString &id) const;
    QString terminalStateOf(const QString &id) const;
    /// The progress profile the scan was given.
    ProgressProfile profileOf(const QString &id) const;
    qint64 elapsedMs() const { return m_clockFunction ? m_clockFunction() : m_clock.elapsed(); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Check
    {
        QString name;
        QString status;
        QString severity;
        QString message;
        QString fix;
    };
    struct Category
    {
        QString name;
        int score;
        QList<Check> checks;
    };
    struct ScanEventPlan
    {
        qint64 offsetMs; // from the start of scanning, in scan time
        QString message;
    };
    struct SimScan
    {
        QString id;
        QString type;
        QString url;
        qint64 createdMs; // simulator clock
        QDateTime createdAt; // wall clock
        qint64 queueMs; // scan time spent queued
        qint64 runMs; // scan time from start to terminal
        QString outcome; // completed, partial, failed
        QString error;
        int score = 0;
        QString grade;
        QList<ScanEventPlan> events;
        QList<Category> categories;
        bool hostile = false;
        int stallAtPercent = 100; // progress stands here until the end ("stall" sites)
        ProgressCurve curve; // progress over the time run
        ProgressProfile profile = ProgressProfile::Smooth;
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray contentType = "application/json";
    };

    Answer route(const QHttpServerRequest &request, const QString &path);
    Answer createScan(const QHttpServerRequest &request);
    Answer scanStatus(const QString &id);
    Answer report(const QString &id);
    Answer listScans(const QHttpServerRequest &request);
    Answer usage();
    Answer reportPage(const QString &id);
    QJsonObject statusJson(const SimScan &scan) const;
    SimScan makeScan(const QString &url, const QString &type);
    /// The log's "<check> check <verdict>" lines say what the report says of each check.
    static void writeVerdicts(SimScan &scan);
    void seedPastScans(int weeks);
    qint64 scanTimeOf(const SimScan &scan) const;
    QString stateOf(const SimScan &scan) const;
    bool applyFault(const QString &path, QTcpSocket *socket, Answer *answer);
    void write(QTcpSocket *socket, const Answer &answer, bool withRateHeaders);
    static Answer error(int status, const QString &code, const QString &message);

    Options m_options;
    QElapsedTimer m_clock;
    Clock m_clockFunction;
    qint64 m_epochAtClockZeroMs = -1; // the Date of the injected clock's zero
    qint64 m_requestAtMs = -1; // the request being answered, or -1
    QRandomGenerator m_random;
    // Shapes are drawn apart, so that a profile leaves the scans' other draws
    // (durations, outcomes, logs) as they were for the seed.
    QRandomGenerator m_shapeRandom;
    QHash<QString, double> m_tailFraction; // per type: its last phase, of a run
    QHash<QString, SimScan> m_scans;
    QStringList m_order;
    QList<LoggedRequest> m_log;
    Fault m_fault = Fault::None;
    int m_faultCount = 0;
    QString m_faultPrefix;
    QUrl m_redirectTarget;
    bool m_keyRevoked = false;
    qint64 m_windowStartMs = -1;
    int m_windowCount = 0;
    int m_nextId = 1;
    int m_connections = 0;
    int m_mostRunning = 0;
    QList<QPointer<QTcpSocket>> m_hung; // kept open, never answered
};

QString gradeForScore(int score);

} // namespace sim
