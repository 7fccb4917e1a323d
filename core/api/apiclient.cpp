#include "apiclient.h"

#include "parse.h"
#include "urlpolicy.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <utility>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace core {
namespace {

/// Background work gives way to the window's thread: a worker that parses a
/// long answer while a burst of short ones arrives would otherwise take the
/// core the window needs for them (two cores, and the network's own thread).
/// Linux only: Qt's thread priorities do nothing there but "idle", which
/// would never run on a busy machine.
void yieldToTheWindow()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        (void)::setpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)), 10);
    }
#endif
}

/// A request body Qt may send again only if it never read a byte of it. Qt
/// re-sends a request whose connection drops before the answer, POST included;
/// a POST that reached the server may have created a scan, and sending it again
/// would spend quota twice. Reading nothing means nothing was sent: safe.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }
    bool reset() override { return m_position == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin<qint64>(maxSize, m_data.size() - m_position);
        memcpy(data, m_data.constData() + m_position, static_cast<size_t>(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

/// Appends what `reply` holds to `body`, in one read (readAll() reads 16 KiB
/// at a time, into a copy); false, reading nothing, if `body` would pass `cap`
/// bytes (-1: no cap).
bool readInto(QNetworkReply &reply, QByteArray &body, qint64 cap)
{
    const qint64 available = reply.bytesAvailable();
    if (available <= 0)
        return true;
    if (cap >= 0 && body.size() + available > cap)
        return false;
    const qsizetype at = body.size();
    body.resize(at + available);
    body.resize(at + qMax<qint64>(0, reply.read(body.data() + at, available)));
    return true;
}

ApiError refused(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Refused;
    error.message = message;
    return error;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager &network, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
{
    m_gateTimer.setSingleShot(true);
    connect(&m_gateTimer, &QTimer::timeout, this, &ApiClient::releaseWaiting);
    m_deliveryTimer.setSingleShot(true);
    m_deliveryTimer.setInterval(0);
    connect(&m_deliveryTimer, &QTimer::timeout, this, &ApiClient::deliverNext);
}

ApiClient::~ApiClient()
{
    // Nothing answers once the client is gone: requests still out are cut off
    // without a word to their callbacks, and answers waiting their turn are dropped.
    const auto replies = m_replies;
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    m_background.clear(); // long answers not parsed yet: nobody waits for them
}

template<typename T>
ApiClient::RawHandler ApiClient::typed(Parsed<T> (*parse)(const QByteArray &), QObject *context,
                                       Callback<T> callback)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    // On the client's thread, in turn: the value, or why there is none.
    auto deliver = [guard, hadContext, callback = std::move(callback)](const Parsed<T> &parsed,
                                                                       const ApiError &error) {
        if (hadContext && guard.isNull())
            return;
        if (!error.ok()) {
            callback(T(), error);
            return;
        }
        if (!parsed.ok()) {
            ApiError malformed;
            malformed.kind = ApiError::Kind::Malformed;
            malformed.httpStatus = 200;
            malformed.message
                = QCoreApplication::translate("core", "The server's answer was garbled: %1.")
                      .arg(parsed.error);
            callback(T(), malformed);
            return;
        }
        callback(*parsed.value, ApiError());
    };
    return [this, parse, deliver = std::move(deliver)](int, const QByteArray &body,
                                                       const ApiError &error) {
        if (!error.ok()) {
            post([deliver, error] { deliver(Parsed<T>(), error); });
            return;
        }
        if (body.size() < m_backgroundParseBytes) {
            // Parsed in its turn: ~200 answers may arrive together.
            post([deliver, parse, body, hook = m_parseHook] {
                if (hook)
                    hook(body.size());
                deliver(parse(body), ApiError());
            });
            return;
        }
        // A long log (a 7 MB answer) would hold the window for a tenth of a
        // second: it is parsed on a worker, and later answers wait for it.
        auto slot = std::make_shared<Delivery>();
        m_deliveries.push_back(slot);
        auto *watcher = new QFutureWatcher<Parsed<T>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, slot, deliver] {
            // Freed on a worker too: a long log is 200,000 strings, and
            // freeing them here would hold the window for tens of ms.
            slot->call = [self = QPointer<ApiClient>(this), deliver,
                          parsed = watcher->future().takeResult()]() mutable {
                deliver(parsed, ApiError());
                // (The callback may have destroyed the client.)
                QThreadPool *pool = self ? &self->m_background : QThreadPool::globalInstance();
                pool->start([garbage = std::move(parsed)]() mutable {
                    yieldToTheWindow();
                    garbage.value.reset();
                });
            };
            slot->ready = true;
            watcher->deleteLater();
            deliverReady();
        });
        watcher->setFuture(QtConcurrent::run(&m_background, [parse, body, hook = m_parseHook] {
            yieldToTheWindow();
            if (hook)
                hook(body.size());
            return parse(body);
        }));
    };
}

void ApiClient::post(std::function<void()> call)
{
    auto slot = std::make_shared<Delivery>();
    slot->call = std::move(call);
    slot->ready = true;
    m_deliveries.push_back(std::move(slot));
    if (!m_delivering) {
        deliverReady();
    } else {
        // Posted from inside a callback: after it, never in the middle of it.
        m_deliveryTimer.start();
    }
}

bool ApiClient::sliceHasRoom()
{
    if (!m_slice.isValid()) {
        m_slice.start();
        // The slice ends with this turn of the event loop: posted events
        // posted now run in the next one.
        if (!m_sliceEndScheduled) {
            m_sliceEndScheduled = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_sliceEndScheduled = false;
                    m_slice.invalidate();
                },
                Qt::QueuedConnection);
        }
        return true; // at least one answer a slice
    }
    return m_slice.nsecsElapsed() < deliverySliceNs;
}

void ApiClient::deliverReady()
{
    QPointer<ApiClient> alive(this); // a callback may destroy the client
    const bool wasDelivering = std::exchange(m_delivering, true);
    while (!m_deliveries.empty() && m_deliveries.front()->ready) {
        if (!sliceHasRoom()) {
            // The rest in a later turn, so that the window paints, handles
            // input and runs its timers between slices (a zero timer: it
            // waits its turn among the other due timers, as a posted call would not).
            if (!m_deliveryTimer.isActive())
                m_deliveryTimer.start();
            break;
        }
        const auto next = std::move(m_deliveries.front());
        m_deliveries.pop_front();
        next->call();
        if (!alive)
            return;
    }
    m_delivering = wasDelivering;
}

void ApiClient::deliverNext()
{
    m_slice.invalidate();
    deliverReady();
}

QNetworkRequest ApiClient::buildRequest(const QString &path, const QUrlQuery &query) const
{
    return buildRequest(path, query, m_apiKey);
}

QNetworkRequest ApiClient::buildRequest(const QString &path, const QUrlQuery &query,
                                        const QString &apiKey) const
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("ScanDash/0.1"));
    request.setRawHeader("Accept", "application/json");
    if (!apiKey.isEmpty() && isSameOrigin(url, m_baseUrl))
        request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    // Same-origin redirects are allowed after a check; others never leave.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    // Our own cap, counted on decompressed bytes, decides what is too large.
    request.setDecompressedSafetyCheckThreshold(-1);
    return request;
}

void ApiClient::createScan(const QUrl &target, const QString &type, QObject *context,
                           Callback<ScanStatus> callback)
{
    QJsonObject body { { QStringLiteral("url"), target.toString(QUrl::FullyEncoded) },
                       { QStringLiteral("type"), type } };
    send("POST", QStringLiteral("/v1/scan"), {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
         context, typed(&parseScanStatus, context, std::move(callback)));
}

void ApiClient::getScan(const QString &id, QObject *context, Callback<ScanStatus> callback)
{
    if (!isValidScanId(id)) {
        callback(
            {}, refused(QCoreApplication::translate("core", "Not a scan id: %1").arg(id.left(80))));
        return;
    }
    send("GET", QStringLiteral("/v1/scan/") + id, {}, {}, context,
         typed(&parseScanStatus, context, std::move(callback)));
}

void ApiClient::getReport(const QString &id, QObject *context, Callback<Report> callback)
{
    if (!isValidScanId(id)) {
        callback(
            {}, refused(QCoreApplication::translate("core", "Not a scan id: %1").arg(id.left(80))));
        return;
    }
    send("GET", QStringLiteral("/v1/report/") + id, {}, {}, context,
         typed(&parseReport, context, std::move(callback)));
}

void ApiClient::listScans(const ScanListQuery &query, QObject *context, Callback<ScanPage> callback)
{
    QUrlQuery urlQuery;
    urlQuery.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    urlQuery.addQueryItem(QStringLiteral("offset"), QString::number(query.offset));
    if (!query.status.isEmpty())
        urlQuery.addQueryItem(QStringLiteral("status"), query.status);
    if (!query.type.isEmpty())
        urlQuery.addQueryItem(QStringLiteral("type"), query.type);
    send("GET", QStringLiteral("/v1/scans"), urlQuery, {}, context,
         typed(&parseScanPage, context, std::move(callback)));
}

void ApiClient::getUsage(QObject *context, Callback<Usage> callback)
{
    send("GET", QStringLiteral("/v1/usage"), {}, {}, context,
         typed(&parseUsage, context, std::move(callback)));
}

void ApiClient::setSendGate(QObject *keeper, SendGate gate)
{
    m_gates.removeIf([keeper](const auto &held) { return !held.first || held.first == keeper; });
    if (gate)
        m_gates.append({ keeper, std::move(gate) });
    releaseWaiting();
}

void ApiClient::send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                     const QByteArray &body, QObject *context, RawHandler handler)
{
    // The key is taken now: the request may wait for the budget, and the key
    // may change meanwhile (Preferences → Test sends a typed key just once).
    const bool watching = verb == "GET" && path.startsWith(QLatin1String("/v1/scan"));
    m_waiting.push_back({ verb, path, query, body, m_apiKey, context, context != nullptr,
                          std::move(handler), watching });
    releaseWaiting();
}

void ApiClient::setMaxInFlight(int requests)
{
    m_maxInFlight = qMax(0, requests);
    releaseWaiting();
    emit watchingPlaceFreed();
}

void ApiClient::releaseWaiting()
{
    // In order: a request never overtakes one that waits for the budget;
    // only the user's own overtake questions about scans that wait for a
    // free place among the requests out.
    m_heldByGate = false;
    while (!m_waiting.empty()) {
        auto next = m_waiting.begin();
        if (watchingPlacesTaken()) {
            next = std::find_if(m_waiting.begin(), m_waiting.end(),
                                [](const Outgoing &outgoing) { return !outgoing.watching; });
            if (next == m_waiting.end())
                return; // the next answer in lets the next one go
        }
        qint64 waitMs = 0;
        for (const auto &[keeper, gate] : std::as_const(m_gates))
            if (keeper)
                waitMs = qMax(waitMs, gate());
        if (waitMs > 0) {
            m_heldByGate = true;
            m_gateTimer.start(static_cast<int>(qMin<qint64>(waitMs, INT_MAX)));
            return;
        }
        Outgoing outgoing = std::move(*next);
        m_waiting.erase(next);
        if (outgoing.hadContext && !outgoing.context)
            continue; // whoever asked is gone: nobody to answer
        sendNow(std::move(outgoing));
    }
}

void ApiClient::sendNow(Outgoing outgoing)
{
    const QByteArray &verb = outgoing.verb;
    const QByteArray &body = outgoing.body;
    QObject *context = outgoing.context;
    const RawHandler &handler = outgoing.handler;
    QNetworkRequest request = buildRequest(outgoing.path, outgoing.query, outgoing.apiKey);
    const QString scheme = request.url().scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        handler(
            0, {},
            refused(QCoreApplication::translate("core", "Only http(s) API addresses are used.")));
        return;
    }
    QNetworkReply *reply = nullptr;
    if (body.isEmpty()) {
        reply = m_network.sendCustomRequest(request, verb);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *device = new OneShotBody(body);
        reply = m_network.sendCustomRequest(request, verb, device);
        device->setParent(reply);
    }
    // Read a slice a turn (each readyRead below frees it for the next): a
    // 6.7 MB log otherwise came as 30-35 chunks handed over in one turn of
    // the window's thread, 8-11 ms.
    reply->setReadBufferSize(kReadSliceBytes);
    ++m_inFlight;
    const bool watching = outgoing.watching;
    m_watchingInFlight += watching ? 1 : 0;
    m_replies.insert(reply);
    // The network manager may go first, taking its replies with it.
    connect(reply, &QObject::destroyed, this, [this, reply] { m_replies.remove(reply); });
    emit requestStarted();

    // State shared by the reply's handlers; freed with the last of them.
    struct Pending
    {
        QByteArray body;
        QString abortReason;
        ApiError::Kind abortKind = ApiError::Kind::None;
    };
    auto pending = std::make_shared<Pending>();
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto abortWith = [reply, pending](ApiError::Kind kind, const QString &reason) {
        if (pending->abortKind != ApiError::Kind::None)
            return;
        pending->abortKind = kind;
        pending->abortReason = reason;
        reply->abort();
    };

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [abortWith, this] {
        abortWith(ApiError::Kind::Timeout,
                  QCoreApplication::translate("core", "The server did not answer within %1 s.")
                      .arg(m_timeoutMs / 1000.0));
    });
    deadline->start(m_timeoutMs);

    const qint64 cap = m_maxBodyBytes;
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, pending, cap, abortWith] {
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (declared > cap)
            abortWith(ApiError::Kind::TooLarge,
                      QCoreApplication::translate(
                          "core", "The server's answer is far too large (%1 bytes).")
                          .arg(declared));
        else if (declared > 0) // filled as it comes, never moved; but no more
            // set aside on the server's word than a long log needs
            pending->body.reserve(qMin<qint64>(declared, kMaxReservedBytes));
    });
    connect(reply, &QNetworkReply::readyRead, reply, [reply, pending, cap, abortWith] {
        // Each chunk is copied once, as it comes, into the body (of its
        // declared size when there is one): a long log is 7 MB in some 100
        // chunks. Appending readAll()'s copies to a growing body held the
        // window 8-13 ms a poll; one copy of the whole at the end, 3-7 ms in
        // one turn. The bytes are decompressed ones, so the cap holds after
        // gzip too.
        if (!readInto(*reply, pending->body, cap))
            abortWith(ApiError::Kind::TooLarge,
                      QCoreApplication::translate(
                          "core", "The server's answer passed the %1 KiB limit and was cut off.")
                          .arg(cap / 1024));
    });
    connect(reply, &QNetworkReply::redirected, this, [this, reply, abortWith](const QUrl &target) {
        if (isSameOrigin(target, m_baseUrl)) {
            emit reply->redirectAllowed();
            return;
        }
        abortWith(ApiError::Kind::Redirect,
                  QCoreApplication::translate(
                      "core",
                      "The server redirected to another host (%1); the request was "
                      "not followed.")
                      .arg(target.host().left(200)));
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, pending, guard, hadContext, watching, handler = std::move(handler)] {
                --m_inFlight;
                m_watchingInFlight -= watching ? 1 : 0;
                if (watching)
                    emit watchingPlaceFreed();
                m_replies.remove(reply);
                if (reply->isOpen() && pending->abortKind == ApiError::Kind::None)
                    readInto(*reply, pending->body, -1); // what is left, if any
                reply->deleteLater();
                if (!hadContext || !guard.isNull())
                    finish(reply, pending->body, pending->abortReason, pending->abortKind, handler);
                // One place more among the requests out: the next leaves on
                // what this answer's headers said of the budget (none left, a
                // 429), read just now.
                if (!m_waiting.empty() && !m_heldByGate)
                    releaseWaiting();
            });
}

void ApiClient::finish(QNetworkReply *reply, const QByteArray &body, const QString &abortReason,
                       ApiError::Kind abortKind, const RawHandler &handler)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // The server's clock, for its reset times and Retry-After dates.
    const QDateTime serverDate = parseHttpDate(reply->rawHeader("Date"));
    const QDateTime now = serverDate.isValid() ? serverDate : QDateTime::currentDateTimeUtc();
    if (reply->hasRawHeader("X-RateLimit-Limit") || reply->hasRawHeader("X-RateLimit-Remaining")) {
        auto info = parseRateLimit(reply->rawHeader("X-RateLimit-Limit"),
                                   reply->rawHeader("X-RateLimit-Remaining"),
                                   reply->rawHeader("X-RateLimit-Reset"));
        if (serverDate.isValid())
            info.serverNowEpochMs = serverDate.toMSecsSinceEpoch();
        if (info.isValid())
            emit rateLimitUpdated(info);
    }

    ApiError error;
    if (abortKind != ApiError::Kind::None) {
        error.kind = abortKind;
        error.httpStatus = status;
        error.message = abortReason;
    } else if (status >= 400) {
        error = parseErrorAnswer(status, body);
        error.retryAfterMs = parseRetryAfterMs(reply->rawHeader("Retry-After"), now);
        if (reply->hasRawHeader("X-RateLimit-Remaining")) {
            bool ok = false;
            const int remaining = reply->rawHeader("X-RateLimit-Remaining").trimmed().toInt(&ok);
            error.requestsRemaining = ok && remaining >= 0 ? remaining : -1;
        }
        if (error.retryAfterMs < 0 && status == 429) {
            const auto info = parseRateLimit({}, {}, reply->rawHeader("X-RateLimit-Reset"));
            if (info.resetEpochSeconds > 0)
                error.retryAfterMs
                    = qMax<qint64>(0, info.resetEpochSeconds * 1000 - now.toMSecsSinceEpoch());
        }
    } else if (status >= 300) {
        error.kind = ApiError::Kind::Redirect;
        error.httpStatus = status;
        error.message
            = QCoreApplication::translate("core",
                                          "The server answered with a redirect (HTTP %1) that was "
                                          "not followed.")
                  .arg(status);
    } else if (reply->error() != QNetworkReply::NoError || status == 0) {
        error.kind = ApiError::Kind::Network;
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            error.message
                = QCoreApplication::translate("core", "The AppVet server refused the connection.");
            break;
        case QNetworkReply::ContentReSendError:
            error.message
                = QCoreApplication::translate("core",
                                              "The connection dropped after the request was sent; "
                                              "it was not sent again.");
            break;
        case QNetworkReply::RemoteHostClosedError:
            error.message
                = QCoreApplication::translate("core",
                                              "The server closed the connection before answering "
                                              "in full.");
            break;
        case QNetworkReply::HostNotFoundError:
            error.message
                = QCoreApplication::translate("core", "The API host could not be found (DNS).");
            break;
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::TemporaryNetworkFailureError:
            error.message = QCoreApplication::translate("core", "The network is not available.");
            break;
        default:
            error.message = QCoreApplication::translate("core", "Network error: %1")
                                .arg(reply->errorString().left(200));
        }
    }
    emit answered(error);
    handler(status, body, error);
}

} // namespace core
