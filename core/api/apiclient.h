#pragma once

#include "api/types.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace core {

template<typename T> struct Parsed;

/// Query of GET /v1/scans.
struct ScanListQuery
{
    int limit = 20;
    int offset = 0;
    QString status;
    QString type;
};

/// Talks HTTP and JSON to the AppVet API and nothing else. Every call ends in
/// exactly one callback with a value or an ApiError; the callback is dropped if
/// `context` is gone by then, and none comes once the client is destroyed
/// (requests still out are aborted). The key is sent only to the configured
/// origin; redirects to another origin are refused; every request has a
/// deadline and a body size cap. Large answers are parsed on a worker thread;
/// callbacks always come on the client's thread, in the order the answers
/// arrived, a few milliseconds of them a turn of the event loop.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const T &value, const ApiError &error)>;

    ApiClient(QNetworkAccessManager &network, const QUrl &baseUrl, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString &key) { m_apiKey = key; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    int requestsInFlight() const { return m_inFlight; }
    /// At most this many questions about scans are out at once (0: no cap);
    /// the rest wait in order and leave as answers come in. A launch, a
    /// report or the plan's question never waits behind them (a server that
    /// hangs holds the polls, not what the user asked for). Answers that come in while the
    /// window is busy are all taken in by Qt in one turn of the event loop
    /// (~0.4 ms each), before any slicing of ours: ~200 polls out together
    /// held the window 15-35 ms. Qt keeps 6 connections to a host, so 8 out
    /// costs no speed over HTTP/1.1, and AppVet's budget (60 a minute) is far
    /// below what 8 out at once allow.
    static constexpr int defaultMaxInFlight = 8;
    void setMaxInFlight(int requests);
    int maxInFlight() const { return m_maxInFlight; }
    /// Whether a question about scans asked now would wait for a place.
    bool watchingPlacesTaken() const
    {
        return m_maxInFlight > 0 && m_watchingInFlight >= m_maxInFlight;
    }
    /// Answers in, not yet handed to their callers (being parsed, or waiting
    /// for the next slice).
    int answersUndelivered() const { return static_cast<int>(m_deliveries.size()); }
    /// Answers of at least this many bytes are parsed off the client's thread.
    void setBackgroundParseBytes(qint64 bytes) { m_backgroundParseBytes = bytes; }
    /// Test seam: called before each answer body is parsed, on the thread
    /// that parses it (so it must be thread-safe).
    using ParseHook = std::function<void(qsizetype bytes)>;
    void setParseHook(ParseHook hook) { m_parseHook = std::move(hook); }
    /// Answers are handed to their callbacks in slices of about this long a
    /// turn of the event loop (at least one answer each), so that ~200 answers
    /// arriving together do not hold the window for one long stretch.
    static constexpr qint64 deliverySliceNs = 4'000'000;

    void createScan(const QUrl &target, const QString &type, QObject *context,
                    Callback<ScanStatus> callback);
    void getScan(const QString &id, QObject *context, Callback<ScanStatus> callback);
    void getReport(const QString &id, QObject *context, Callback<Report> callback);
    void listScans(const ScanListQuery &query, QObject *context, Callback<ScanPage> callback);
    void getUsage(QObject *context, Callback<Usage> callback);

    /// How long a request must wait before it may leave (0: now), asked just
    /// before each one is sent: the one request budget every request shares
    /// (the scheduler keeps it; while `keeper` lives). Requests that must wait
    /// leave in order. With several keepers, the longest wait holds.
    using SendGate = std::function<qint64()>;
    void setSendGate(QObject *keeper, SendGate gate);
    /// Requests held by the gate, not yet sent (0 when they only wait for
    /// one of the requests out to come back).
    int requestsWaiting() const { return m_heldByGate ? static_cast<int>(m_waiting.size()) : 0; }
    /// Requests not yet sent, held by the gate or by the cap on requests out.
    int requestsQueued() const { return static_cast<int>(m_waiting.size()); }
    /// Sends what the gate holds, as far as it now allows (its own timer does
    /// this too; a keeper whose clock is not the wall clock calls it).
    void releaseWaiting();

    /// The request for `path` on the API origin, with the key and JSON headers.
    /// A pure function of the client's settings: tests check it with no network.
    QNetworkRequest buildRequest(const QString &path, const QUrlQuery &query = {}) const;
    /// The same with `apiKey` instead of the client's key: a request that
    /// waited for the budget goes with the key in force when it was asked for.
    QNetworkRequest buildRequest(const QString &path, const QUrlQuery &query,
                                 const QString &apiKey) const;

signals:
    /// Emitted for every answer that carried X-RateLimit-* headers.
    void rateLimitUpdated(const core::RateLimitInfo &info);
    /// Emitted whenever a request leaves, for budget accounting.
    void requestStarted();
    /// Emitted for every request that ended (before its callback), with its
    /// error as the answer left it (ok() for any 2xx): whether AppVet answers.
    void answered(const core::ApiError &error);
    /// A question about scans ended (whoever asked it, answered or not), or
    /// the cap changed: a place among the requests out may be free.
    void watchingPlaceFreed();

private:
    using RawHandler
        = std::function<void(int httpStatus, const QByteArray &body, const ApiError &error)>;
    struct Outgoing
    {
        QByteArray verb;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QString apiKey; // the key in force when the call was made
        QPointer<QObject> context;
        bool hadContext;
        RawHandler handler;
        /// A question about scans (a poll, a sweep, a page of the list): it
        /// waits for a place among the requests out. The user's own requests
        /// (a launch, a report, the plan) never wait behind them.
        bool watching = false;
    };
    void send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
              const QByteArray &body, QObject *context, RawHandler handler);
    void sendNow(Outgoing outgoing);
    void finish(QNetworkReply *reply, const QByteArray &body, const QString &abortReason,
                ApiError::Kind abortKind, const RawHandler &handler);
    /// Turns a typed parser and callback into the raw handler every call shares.
    template<typename T>
    RawHandler typed(Parsed<T> (*parse)(const QByteArray &), QObject *context,
                     Callback<T> callback);
    /// One answer's callback, waiting for the answers that arrived before it.
    struct Delivery
    {
        std::function<void()> call;
        bool ready = false;
    };
    /// Calls `call` now, or after the answers that arrived before it (in a
    /// later turn of the event loop if this turn's slice is used up).
    void post(std::function<void()> call);
    /// Delivers the ready answers at the front, as many as this turn's slice allows.
    void deliverReady();
    /// A later turn: a new slice, and what waits for it.
    void deliverNext();
    /// Whether the current slice has room for one more callback (starts one if none is open).
    bool sliceHasRoom();

    QNetworkAccessManager &m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    int m_timeoutMs = 15000;
    qint64 m_maxBodyBytes = 32 * 1024 * 1024; // a log of 100,000 lines is about 7 MB
    int m_inFlight = 0;
    int m_watchingInFlight = 0; // of those, questions about scans
    // An answer's declared length is set aside up to this (a log of 100,000
    // lines is about 7 MB); a longer one grows as it comes.
    static constexpr qint64 kMaxReservedBytes = 8 * 1024 * 1024;
    // The network thread hands a reply's window no more than this before it
    // is read: a long answer comes a slice a turn.
    static constexpr qint64 kReadSliceBytes = 256 * 1024;
    int m_maxInFlight = defaultMaxInFlight;
    bool m_heldByGate = false; // the front of m_waiting waits for the gate
    QList<QPair<QPointer<QObject>, SendGate>> m_gates;
    std::deque<Outgoing> m_waiting;
    QTimer m_gateTimer;
    qint64 m_backgroundParseBytes = 256 * 1024;
    ParseHook m_parseHook;
    std::deque<std::shared_ptr<Delivery>> m_deliveries; // in the order the answers arrived
    QTimer m_deliveryTimer; // the next slice
    bool m_delivering = false; // a callback is running
    QElapsedTimer m_slice; // invalid: no slice open this turn
    bool m_sliceEndScheduled = false;
    QSet<QNetworkReply *> m_replies; // still out
    // Long answers are parsed and freed here, at a lower priority than the
    // window's thread (last: waits for its work before the rest goes).
    QThreadPool m_background;
};

} // namespace core
