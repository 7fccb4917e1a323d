// ApiClient against the simulator's fault switches: every fault ends in one
// specific ApiError, within the deadline, and the key goes nowhere else.
#include "../common/heldnetwork.h"
#include "api/apiclient.h"
#include "simulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

using namespace core;
using Fault = sim::Simulator::Fault;

Q_DECLARE_METATYPE(Fault)

class ApiClientTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void requestCarriesKeyOnlyForTheApiOrigin();
    void faultsBecomeSpecificErrors_data();
    void faultsBecomeSpecificErrors();
    void refusedConnectionIsANetworkError();
    void crossOriginRedirectNeverDeliversTheKey();
    void documentedErrorsOnCreate_data();
    void documentedErrorsOnCreate();
    void hostileScanIdNeverReachesTheNetwork();
    void rateLimitHeadersAreReportedOnEveryAnswer();
    void aRequestHeldByTheGateGoesWithTheKeyOfItsCall();
    void bigAnswerIsParsedOffTheThreadAndKeepsItsTurn();
    void destroyedClientAbortsWhatIsOutAndCallsNobody();
    void manyAnswersAtOnceLeaveTheEventLoopTurnsInOrder();
    void nothingIsDeliveredBetweenSlicesOnceTheClientIsGone();
    void manyRequestsAskedTogetherGoOutAFewAtATimeInOrder();
    void theUsersOwnRequestsNeverWaitBehindHeldPolls();
    void aLongAnswerIsReadAsItComesAndCapped();

private:
    ScanStatus getScan(const QString &id, ApiError *error, qint64 *elapsedMs = nullptr);

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    QString m_scanId;
};

void ApiClientTest::init()
{
    sim::Simulator::Options options;
    options.seed = 3;
    options.speed = 50;
    m_sim = std::make_unique<sim::Simulator>(options);
    QVERIFY(m_sim->listenOnLoopback());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(*m_network, m_sim->baseUrl());
    m_client->setApiKey(options.apiKey);
    m_client->setTimeout(1500);
    m_client->setMaxBodyBytes(1024 * 1024);

    bool done = false;
    m_client->createScan(QUrl("https://example.com"), "security", this,
                         [&](const ScanStatus &status, const ApiError &error) {
                             QVERIFY2(error.ok(), qPrintable(error.message));
                             m_scanId = status.id;
                             done = true;
                         });
    QTRY_VERIFY(done);
}

void ApiClientTest::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_sim.reset();
}

ScanStatus ApiClientTest::getScan(const QString &id, ApiError *error, qint64 *elapsedMs)
{
    ScanStatus result;
    bool done = false;
    QElapsedTimer clock;
    clock.start();
    m_client->getScan(id, this, [&](const ScanStatus &status, const ApiError &e) {
        result = status;
        *error = e;
        done = true;
    });
    const bool answered = QTest::qWaitFor([&] { return done; }, 10000);
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    if (!answered)
        qWarning("no callback within 10 s");
    return result;
}

void ApiClientTest::requestCarriesKeyOnlyForTheApiOrigin()
{
    QNetworkAccessManager network;
    ApiClient client(network, QUrl("https://appvet.dev"));
    client.setApiKey("avk_live_0123456789012345678901234567890123456789");
    const QNetworkRequest request = client.buildRequest("/v1/scan/scan_a");
    QCOMPARE(request.url(), QUrl("https://appvet.dev/v1/scan/scan_a"));
    QCOMPARE(request.rawHeader("Authorization"),
             QByteArray("Bearer avk_live_0123456789012345678901234567890123456789"));
    QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::UserVerifiedRedirectPolicy));
    // A path that tries to leave the origin stays on it.
    QCOMPARE(client.buildRequest("//evil.example/x").url().host(), QStringLiteral("appvet.dev"));
}

void ApiClientTest::faultsBecomeSpecificErrors_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("kind");
    QTest::newRow("503") << Fault::ServerError << int(ApiError::Kind::Server);
    QTest::newRow("hang") << Fault::Hang << int(ApiError::Kind::Timeout);
    QTest::newRow("reset") << Fault::ResetConnection << int(ApiError::Kind::Network);
    QTest::newRow("cut body") << Fault::CutBody << int(ApiError::Kind::Network);
    QTest::newRow("malformed json") << Fault::MalformedJson << int(ApiError::Kind::Malformed);
    QTest::newRow("wrong types") << Fault::WrongTypes << int(ApiError::Kind::Malformed);
    QTest::newRow("unknown status") << Fault::UnknownStatus << int(ApiError::Kind::Malformed);
    QTest::newRow("huge after inflating") << Fault::HugeBody << int(ApiError::Kind::TooLarge);
    QTest::newRow("429") << Fault::RateLimited << int(ApiError::Kind::RateLimited);
}

void ApiClientTest::faultsBecomeSpecificErrors()
{
    QFETCH(Fault, fault);
    QFETCH(int, kind);
    // Until cleared: Qt may retry a GET once by itself when a connection drops.
    m_sim->setFault(fault, -1, QStringLiteral("/v1/scan/"));
    // The simulator deflates its 64 MiB on this very thread before it answers;
    // on a busy machine that alone outlasted the 1.5 s deadline, and the
    // answer was a timeout. The cap, not the deadline, is what this row checks.
    if (fault == Fault::HugeBody)
        m_client->setTimeout(10000);
    ApiError error;
    qint64 elapsed = 0;
    getScan(m_scanId, &error, &elapsed);
    QCOMPARE(int(error.kind), kind);
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(elapsed <= m_client->timeout() + 1000, qPrintable(QString::number(elapsed)));
    if (fault == Fault::RateLimited)
        QCOMPARE(error.retryAfterMs, qint64(2000));
    if (fault == Fault::Hang)
        QVERIFY(elapsed >= m_client->timeout() - 100);

    // The fault is gone: the next answer is good again.
    m_sim->clearFault();
    const ScanStatus status = getScan(m_scanId, &error);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(status.id, m_scanId);
}

void ApiClientTest::refusedConnectionIsANetworkError()
{
    QTcpServer reserve;
    QVERIFY(reserve.listen(QHostAddress::LocalHost));
    const quint16 port = reserve.serverPort();
    reserve.close(); // nothing listens there now
    ApiClient client(*m_network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    client.setApiKey("k");
    ApiError error;
    bool done = false;
    client.getScan("scan_a", this, [&](const ScanStatus &, const ApiError &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QVERIFY(error.isTransient());
}

void ApiClientTest::crossOriginRedirectNeverDeliversTheKey()
{
    sim::Simulator::Options otherOptions;
    otherOptions.apiKey = QStringLiteral("other");
    sim::Simulator other(otherOptions);
    QVERIFY(other.listenOnLoopback());
    m_sim->setRedirectTarget(other.baseUrl());
    m_sim->setFault(Fault::Redirect, 1);

    ApiError error;
    getScan(m_scanId, &error);
    QCOMPARE(error.kind, ApiError::Kind::Redirect);
    // Not followed: nothing is left on its way, and no connection reached the
    // other server.
    QCOMPARE(m_client->requestsInFlight(), 0);
    QCOMPARE(other.connectionCount(), 0);
    for (const auto &request : other.requestLog())
        QVERIFY2(!request.authorization.contains(m_sim->options().apiKey.toUtf8()),
                 "the key reached another server");
    QCOMPARE(other.requestLog().size(), 0);
}

void ApiClientTest::documentedErrorsOnCreate_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("code");
    QTest::newRow("blocked") << "http://127.0.0.1/"
                             << "security"
                             << "DOMAIN_BLOCKED";
    QTest::newRow("internal") << "https://db.internal"
                              << "security"
                              << "DOMAIN_BLOCKED";
    QTest::newRow("private ip") << "http://192.168.1.1"
                                << "seo"
                                << "DOMAIN_BLOCKED";
    QTest::newRow("unreachable") << "https://nowhere.invalid"
                                 << "security"
                                 << "URL_NOT_REACHABLE";
    QTest::newRow("bad type") << "https://example.com"
                              << "speed"
                              << "INVALID_TYPE";
    QTest::newRow("not http") << "ftp://example.com"
                              << "security"
                              << "INVALID_URL";
}

void ApiClientTest::documentedErrorsOnCreate()
{
    QFETCH(QString, url);
    QFETCH(QString, type);
    QFETCH(QString, code);
    ApiError error;
    bool done = false;
    m_client->createScan(QUrl(url), type, this, [&](const ScanStatus &, const ApiError &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(error.code, code);
    QVERIFY(!error.message.isEmpty());
}

void ApiClientTest::hostileScanIdNeverReachesTheNetwork()
{
    const int before = m_sim->requestLog().size();
    ApiError error;
    getScan(QStringLiteral("../../v1/usage"), &error);
    QCOMPARE(error.kind, ApiError::Kind::Refused);
    QCOMPARE(m_sim->requestLog().size(), before);
}

void ApiClientTest::rateLimitHeadersAreReportedOnEveryAnswer()
{
    QList<RateLimitInfo> seen;
    connect(m_client.get(), &ApiClient::rateLimitUpdated, this,
            [&seen](const RateLimitInfo &info) { seen.append(info); });
    ApiError error;
    getScan(m_scanId, &error);
    getScan(QStringLiteral("scan_missing"), &error);
    QCOMPARE(error.kind, ApiError::Kind::NotFound);
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0).limit, 60);
    QCOMPARE(seen.at(1).remaining, seen.at(0).remaining - 1);
}

void ApiClientTest::aRequestHeldByTheGateGoesWithTheKeyOfItsCall()
{
    // Preferences → Test sends a typed key with one request and puts the
    // session's key back at once; the request may wait for the budget.
    bool hold = true;
    m_client->setSendGate(this, [&hold] { return hold ? qint64(60000) : qint64(0); });
    bool done = false;
    ApiError error;
    m_client->getUsage(this, [&](const Usage &, const ApiError &e) {
        error = e;
        done = true;
    });
    QCOMPARE(m_client->requestsWaiting(), 1);
    const QString keyOfTheCall = m_sim->options().apiKey;
    m_client->setApiKey(QStringLiteral("avk_live_") + QString(40, QLatin1Char('0')));
    hold = false;
    m_client->releaseWaiting();
    QTRY_VERIFY(done);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(m_sim->requestLog().last().path, QStringLiteral("/v1/usage"));
    QCOMPARE(m_sim->requestLog().last().authorization, "Bearer " + keyOfTheCall.toUtf8());
}

namespace {

/// A status answer for "scan_same" with `events` lines of log.
QByteArray statusWithEvents(int events)
{
    QJsonArray list;
    for (int i = 0; i < events; ++i)
        list.append(QJsonObject { { "time", "10:00:00" },
                                  { "message", QStringLiteral("Checked resource %1").arg(i) } });
    return QJsonDocument(QJsonObject { { "id", "scan_same" },
                                       { "status", "scanning" },
                                       { "type", "security" },
                                       { "url", "https://example.com" },
                                       { "progress", 50 },
                                       { "events", list },
                                       { "created_at", "2026-11-28T09:00:00Z" } })
        .toJson(QJsonDocument::Compact);
}

/// Answers each request it reads with the next of `bodies`, in order.
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(QList<QByteArray> bodies)
        : m_bodies(std::move(bodies))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    for (qsizetype end; (end = buffer->indexOf("\r\n\r\n")) >= 0;) {
                        buffer->remove(0, end + 4);
                        const QByteArray body = m_bodies.value(answered++);
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                      "Content-Length: "
                                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    }
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    int answered = 0;

private:
    QList<QByteArray> m_bodies;
};

/// Keeps the thread busy for `ms`, as an answer's scheduler work and history write do.
void work(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) { }
}

} // namespace

void ApiClientTest::bigAnswerIsParsedOffTheThreadAndKeepsItsTurn()
{
    // A long log (over the 256 KiB line), then a short answer about the same scan.
    CannedServer server({ statusWithEvents(20000), statusWithEvents(3) });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QVERIFY(statusWithEvents(20000).size() > 256 * 1024);
    ApiClient client(*m_network, server.url());
    client.setApiKey("k");

    QThread *const mainThread = QThread::currentThread();
    QMutex mutex;
    QList<std::pair<qsizetype, bool>> parses; // bytes, parsed on the main thread
    QSemaphore holdBigParse;
    client.setParseHook([&](qsizetype bytes) {
        const bool onMain = QThread::currentThread() == mainThread;
        {
            QMutexLocker lock(&mutex);
            parses.append({ bytes, onMain });
        }
        if (!onMain) // held until the short answer is in
            holdBigParse.acquire();
    });
    auto releaseWorker = qScopeGuard([&] {
        holdBigParse.release(10);
        QThreadPool::globalInstance()->waitForDone();
    });

    QList<int> delivered; // the length of each delivered log, in order
    auto record = [&delivered](const ScanStatus &status, const ApiError &error) {
        QVERIFY2(error.ok(), qPrintable(error.message));
        delivered.append(status.events.size());
    };
    client.getScan(QStringLiteral("scan_same"), this, record);
    QTRY_COMPARE(client.requestsInFlight(), 0); // the long answer is in
    client.getScan(QStringLiteral("scan_same"), this, record);
    QTRY_COMPARE(client.requestsInFlight(), 0); // the short one too
    QCOMPARE(server.answered, 2);
    // The short answer waits for the long one, still being parsed.
    QCOMPARE(delivered, QList<int>());

    holdBigParse.release();
    QTRY_COMPARE(delivered.size(), 2);
    QCOMPARE(delivered, (QList<int> { 20000, 3 }));
    QMutexLocker lock(&mutex);
    QCOMPARE(parses.size(), 2);
    QVERIFY2(!parses.at(0).second, "the long answer was parsed on the window's thread");
    QVERIFY(parses.at(0).first > 256 * 1024);
    QVERIFY(parses.at(1).second); // a short one costs less than a hop to a worker
}

void ApiClientTest::destroyedClientAbortsWhatIsOutAndCallsNobody()
{
    m_sim->setFault(Fault::Hang, -1, QStringLiteral("/v1/scan/"));
    const int before = m_sim->requestLog().size();
    bool called = false;
    m_client->getScan(m_scanId, this,
                      [&called](const ScanStatus &, const ApiError &) { called = true; });
    QTRY_VERIFY(m_sim->requestLog().size() > before); // the server holds it
    QCOMPARE(m_network->findChildren<QNetworkReply *>().size(), 1);

    m_client.reset();
    QVERIFY(!called);
    // The request is cut off and its reply gone, deadline timer and all:
    // nothing is left that could call back.
    QTRY_VERIFY(m_network->findChildren<QNetworkReply *>().isEmpty());
    QVERIFY(!called);
}

void ApiClientTest::manyAnswersAtOnceLeaveTheEventLoopTurnsInOrder()
{
    HeldNetwork network;
    ApiClient client(network, QUrl(QStringLiteral("http://appvet.invalid")));
    client.setApiKey(QStringLiteral("k"));
    client.setMaxInFlight(0); // all 200 out at once, to come back together
    const int count = 200;
    QStringList asked, delivered;
    QList<int> ticksAtDelivery; // the window's 5 ms timer, counted at each callback
    int ticks = 0;
    QTimer windowTimer;
    windowTimer.setInterval(5); // as the load run's probe
    connect(&windowTimer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    for (int i = 0; i < count; ++i) {
        asked.append(QStringLiteral("scan_%1").arg(i, 3, 10, QLatin1Char('0')));
        client.getScan(asked.last(), this, [&](const ScanStatus &status, const ApiError &error) {
            QVERIFY2(error.ok(), qPrintable(error.message));
            delivered.append(status.id);
            ticksAtDelivery.append(ticks);
            work(1); // each answer costs the window 1 ms
        });
    }
    QTRY_COMPARE(network.held(), count);
    windowTimer.start();
    network.answerAll();
    QTRY_COMPARE(delivered.size(), count);

    // In the order they arrived, all of them.
    QCOMPARE(delivered, asked);
    // The window's timer ran between slices of ~4 ms: never more than two
    // slices, 10 answers (10 ms of work), went by without it.
    int longestRun = 0;
    for (int i = 0, run = 0; i < count; ++i) {
        run = i > 0 && ticksAtDelivery.at(i) == ticksAtDelivery.at(i - 1) ? run + 1 : 1;
        longestRun = qMax(longestRun, run);
    }
    QVERIFY2(longestRun <= 10,
             qPrintable(QStringLiteral("%1 answers (%1 ms) went by without the window's timer")
                            .arg(longestRun)));
    QVERIFY(ticksAtDelivery.last() > ticksAtDelivery.first());
}

void ApiClientTest::nothingIsDeliveredBetweenSlicesOnceTheClientIsGone()
{
    HeldNetwork network;
    auto client
        = std::make_unique<ApiClient>(network, QUrl(QStringLiteral("http://appvet.invalid")));
    client->setApiKey(QStringLiteral("k"));
    client->setMaxInFlight(0); // all 100 out at once, to come back together
    QObject leaving; // a context that goes away while its answers wait their turn
    auto *gone = new QObject(&leaving);
    QStringList delivered;
    for (int i = 0; i < 100; ++i) {
        const QString id = QStringLiteral("scan_%1").arg(i, 3, 10, QLatin1Char('0'));
        client->getScan(id, i % 2 ? gone : this,
                        [&delivered](const ScanStatus &status, const ApiError &) {
                            delivered.append(status.id);
                            work(1);
                        });
    }
    QTRY_COMPARE(network.held(), 100);
    network.answerAll();
    QTRY_VERIFY(!delivered.isEmpty());
    QVERIFY2(delivered.size() < 100, "all answers were delivered in one turn");

    // The odd ones' context goes: none of its answers comes any more.
    const int before = delivered.size();
    delete gone;
    QTRY_VERIFY(delivered.size() > before);
    const qsizetype afterGone = delivered.size();
    for (qsizetype i = before; i < afterGone; ++i)
        QVERIFY2(delivered.at(i).back().digitValue() % 2 == 0, qPrintable(delivered.at(i)));
    QVERIFY2(afterGone < before + 50, "all answers were delivered in one turn");

    // The client goes between two slices: nothing more comes.
    client.reset();
    const qsizetype atDestruction = delivered.size();
    for (int turn = 0; turn < 20; ++turn)
        QCoreApplication::processEvents();
    QCOMPARE(delivered.size(), atDestruction);
}

namespace {

/// A network whose one reply brings `body` in `chunks` pieces, one turn of the
/// event loop each, as Qt hands a 7 MB log over, its length declared; keeps
/// the largest read of it.
class ChunkedNetwork : public QNetworkAccessManager
{
public:
    class Reply : public QNetworkReply
    {
    public:
        Reply(const QNetworkRequest &request, QByteArray body, int chunks, qint64 &largestRead,
              QObject *parent)
            : QNetworkReply(parent)
            , m_largestRead(largestRead)
            , m_rest(std::move(body))
            , m_chunk(m_rest.size() / chunks + 1)
        {
            setRequest(request);
            setUrl(request.url());
            setOperation(QNetworkAccessManager::CustomOperation);
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
            setHeader(QNetworkRequest::ContentLengthHeader, m_rest.size());
            open(QIODevice::ReadOnly);
            QMetaObject::invokeMethod(this, &QNetworkReply::metaDataChanged, Qt::QueuedConnection);
            QMetaObject::invokeMethod(this, &Reply::next, Qt::QueuedConnection);
        }
        void abort() override { }
        bool isSequential() const override { return true; }
        qint64 bytesAvailable() const override
        {
            return m_buffer.size() + QIODevice::bytesAvailable();
        }

    protected:
        qint64 readData(char *data, qint64 maxSize) override
        {
            const qint64 count = qMin<qint64>(maxSize, m_buffer.size());
            m_largestRead = qMax(m_largestRead, count);
            memcpy(data, m_buffer.constData(), static_cast<size_t>(count));
            m_buffer.remove(0, count);
            return count;
        }

    private:
        void next()
        {
            m_buffer += m_rest.first(qMin<qsizetype>(m_chunk, m_rest.size()));
            m_rest.remove(0, qMin<qsizetype>(m_chunk, m_rest.size()));
            emit readyRead();
            if (m_rest.isEmpty()) {
                setFinished(true);
                emit finished();
            } else {
                QMetaObject::invokeMethod(this, &Reply::next, Qt::QueuedConnection);
            }
        }
        qint64 &m_largestRead;
        QByteArray m_rest;
        QByteArray m_buffer;
        qsizetype m_chunk;
    };

    ChunkedNetwork(QByteArray body, int chunks)
        : m_body(std::move(body))
        , m_chunks(chunks)
    { }
    qint64 largestRead = 0; // the most bytes one readData() call handed out

protected:
    QNetworkReply *createRequest(Operation, const QNetworkRequest &request, QIODevice *) override
    {
        return new Reply(request, m_body, m_chunks, largestRead, this);
    }

private:
    QByteArray m_body;
    int m_chunks;
};

} // namespace

void ApiClientTest::aLongAnswerIsReadAsItComesAndCapped()
{
    // A long log (7 MB, polled every few seconds) comes in ~100 chunks: each
    // is read in its own turn (reading the whole answer at its end held the
    // window 3-7 ms in one turn), into a body of the declared size, and the
    // whole of it is parsed. (That each chunk is copied once, not appended
    // from readAll()'s copy, is a matter of time: the benchmark's load run.)
    const QByteArray body = statusWithEvents(20000);
    const int chunks = 100;
    ChunkedNetwork network(body, chunks);
    ApiClient client(network, QUrl(QStringLiteral("http://appvet.invalid")));
    client.setApiKey(QStringLiteral("k"));
    client.setMaxBodyBytes(body.size() + 1);
    int events = -1;
    client.getScan(QStringLiteral("scan_same"), this,
                   [&events](const ScanStatus &status, const ApiError &error) {
                       QVERIFY2(error.ok(), qPrintable(error.message));
                       events = status.events.size();
                   });
    QTRY_COMPARE(events, 20000); // all of it, parsed
    QVERIFY2(network.largestRead <= body.size() / chunks + 1,
             qPrintable(QStringLiteral("%1 of %2 bytes copied at once")
                            .arg(network.largestRead)
                            .arg(body.size())));

    // The cap still holds while it comes: one byte under it is cut off.
    ChunkedNetwork tooLong(body, 100);
    ApiClient capped(tooLong, QUrl(QStringLiteral("http://appvet.invalid")));
    capped.setApiKey(QStringLiteral("k"));
    capped.setMaxBodyBytes(body.size() - 1);
    ApiError error;
    bool done = false;
    capped.getScan(QStringLiteral("scan_same"), this, [&](const ScanStatus &, const ApiError &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(error.kind, ApiError::Kind::TooLarge);
}

void ApiClientTest::manyRequestsAskedTogetherGoOutAFewAtATimeInOrder()
{
    // The load run polls 200 scans at once; answers that come in together are
    // all taken in by Qt in one turn (~0.4 ms each), which held the window for
    // 15-35 ms. Only a few go out at once: the rest leave as answers come in.
    HeldNetwork network;
    ApiClient client(network, QUrl(QStringLiteral("http://appvet.invalid")));
    client.setApiKey(QStringLiteral("k"));
    const int count = 50;
    const int cap = ApiClient::defaultMaxInFlight;
    QVERIFY(cap > 0 && cap <= 8);
    QStringList asked, delivered;
    for (int i = 0; i < count; ++i) {
        asked.append(QStringLiteral("scan_%1").arg(i, 3, 10, QLatin1Char('0')));
        client.getScan(asked.last(), this, [&](const ScanStatus &status, const ApiError &error) {
            QVERIFY2(error.ok(), qPrintable(error.message));
            delivered.append(status.id);
        });
    }
    QCOMPARE(network.held(), cap);
    QCOMPARE(client.requestsInFlight(), cap);
    QCOMPARE(client.requestsQueued(), count - cap);
    QCOMPARE(client.requestsWaiting(), 0); // none held by the budget
    int mostOut = 0;
    while (delivered.size() < count) {
        mostOut = qMax(mostOut, network.held());
        const qsizetype before = delivered.size();
        network.answerAll();
        QTRY_VERIFY(delivered.size() > before);
        QTRY_VERIFY(network.held() > 0 || client.requestsQueued() == 0);
    }
    QCOMPARE(mostOut, cap);
    QCOMPARE(delivered, asked); // all of them, in the order asked
    QTRY_COMPARE(client.requestsInFlight(), 0);
}

void ApiClientTest::theUsersOwnRequestsNeverWaitBehindHeldPolls()
{
    // A server that hangs holds every place among the requests out with
    // polls, more wait behind them: a report the user asked for, and the
    // plan (Preferences → Test), still leave at once, not after every poll
    // ahead of them has timed out.
    HeldNetwork network;
    ApiClient client(network, QUrl(QStringLiteral("http://appvet.invalid")));
    client.setApiKey(QStringLiteral("k"));
    const int cap = ApiClient::defaultMaxInFlight;
    for (int i = 0; i < cap + 5; ++i)
        client.getScan(QStringLiteral("scan_%1").arg(i), this,
                       [](const ScanStatus &, const ApiError &) {});
    QCOMPARE(network.held(), cap);
    client.getReport(QStringLiteral("scan_1"), this, [](const Report &, const ApiError &) {});
    client.getUsage(this, [](const Usage &, const ApiError &) {});
    QCOMPARE(network.held(), cap + 2);
    QCOMPARE(client.requestsQueued(), 5); // the polls, still in their order
}

QTEST_GUILESS_MAIN(ApiClientTest)
#include "tst_apiclient.moc"
