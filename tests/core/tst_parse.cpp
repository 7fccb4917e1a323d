// Parsing of every documented response and error body, data-driven.
#include "api/parse.h"

#include <QLocale>
#include <QTest>

using namespace core;

class ParseTest : public QObject
{
    Q_OBJECT

private slots:
    void httpDates();
    void aLogOfAHundredThousandLinesIsKept();
    void scanStatus_data();
    void scanStatus();
    void scanStatusRejects_data();
    void scanStatusRejects();
    void reportOfTheDocumentedShape();
    void reportRejectsWrongShapes_data();
    void reportRejectsWrongShapes();
    void scanPageWithNullsUntilDone();
    void scanPageRejectsMissingList();
    void usage();
    void errorAnswers_data();
    void errorAnswers();
    void rateLimitHeaders_data();
    void rateLimitHeaders();
    void retryAfter_data();
    void retryAfter();
    void overlongStringsAreCut();
};

void ParseTest::scanStatus_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("progress");
    QTest::addColumn<int>("events");
    QTest::addColumn<QString>("grade");
    QTest::addColumn<QString>("error");

    // The three answers of the seed page, verbatim.
    QTest::newRow("seed scanning") << QByteArray(R"({
      "id": "scan_abc123", "status": "scanning", "type": "security",
      "url": "https://example.com", "progress": 45,
      "events": [
        { "time": "12:00:05", "message": "Starting HSTS check" },
        { "time": "12:00:08", "message": "Starting CSP check" },
        { "time": "12:00:12", "message": "Starting cookie analysis" }
      ],
      "created_at": "2026-03-30T12:00:00Z" })")
                                   << int(ScanState::Scanning) << 45 << 3 << QString() << QString();
    QTest::newRow("seed completed")
        << QByteArray(R"({
      "id": "scan_abc123", "status": "completed", "type": "security",
      "url": "https://example.com", "progress": 100,
      "result": { "score": 72, "grade": "C", "report_url": "/report/scan_abc123" },
      "created_at": "2026-03-30T12:00:00Z", "completed_at": "2026-03-30T12:01:15Z" })")
        << int(ScanState::Completed) << 100 << 0 << QStringLiteral("C") << QString();
    QTest::newRow("seed failed") << QByteArray(R"({
      "id": "scan_abc123", "status": "failed", "type": "security",
      "url": "https://example.com",
      "error": "Target URL returned HTTP 503 — site appears to be down.",
      "created_at": "2026-03-30T12:00:00Z" })")
                                 << int(ScanState::Failed) << 0 << 0 << QString()
                                 << QStringLiteral(
                                        "Target URL returned HTTP 503 — site appears to be down.");
    QTest::newRow("queued, the POST answer") << QByteArray(
        R"({"id":"scan_x1","status":"queued","type":"seo","url":"https://a.b","created_at":"2026-03-30T12:00:00Z"})")
                                             << int(ScanState::Queued) << 0 << 0 << QString()
                                             << QString();
    QTest::newRow("partial with result") << QByteArray(
        R"({"id":"scan_p","status":"partial","progress":100,"result":{"score":55,"grade":"D","report_url":"/report/scan_p"}})")
                                         << int(ScanState::Partial) << 100 << 0
                                         << QStringLiteral("D") << QString();
    QTest::newRow("only the required fields")
        << QByteArray(R"({"id":"scan_min","status":"scanning"})") << int(ScanState::Scanning) << 0
        << 0 << QString() << QString();
    QTest::newRow("extra unknown fields ignored") << QByteArray(
        R"({"id":"scan_e","status":"scanning","progress":3,"eta":12,"region":{"name":"eu"},"events":[{"time":"1","message":"m","level":"info"}]})")
                                                  << int(ScanState::Scanning) << 3 << 1 << QString()
                                                  << QString();
    QTest::newRow("null optional fields") << QByteArray(
        R"({"id":"scan_n","status":"queued","progress":null,"events":null,"result":null,"error":null})")
                                          << int(ScanState::Queued) << 0 << 0 << QString()
                                          << QString();
    QTest::newRow("completed without progress means 100") << QByteArray(
        R"({"id":"scan_c","status":"completed","result":{"score":90,"grade":"A","report_url":"/r"}})")
                                                          << int(ScanState::Completed) << 100 << 0
                                                          << QStringLiteral("A") << QString();
}

void ParseTest::scanStatus()
{
    QFETCH(QByteArray, body);
    QFETCH(int, state);
    QFETCH(int, progress);
    QFETCH(int, events);
    QFETCH(QString, grade);
    QFETCH(QString, error);

    const auto parsed = parseScanStatus(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(int(parsed.value->state), state);
    QCOMPARE(parsed.value->progress, progress);
    QCOMPARE(parsed.value->events.size(), events);
    QCOMPARE(parsed.value->result ? parsed.value->result->grade : QString(), grade);
    QCOMPARE(parsed.value->error, error);
}

void ParseTest::scanStatusRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("cut short") << QByteArray(R"({"id":"scan_a","status":"scann)")
                               << QStringLiteral("not valid JSON");
    QTest::newRow("array at top") << QByteArray(R"([{"id":"scan_a"}])")
                                  << QStringLiteral("not a JSON object");
    QTest::newRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                                     << QStringLiteral("not valid JSON");
    QTest::newRow("missing id") << QByteArray(R"({"status":"queued"})")
                                << QStringLiteral("missing field \"id\"");
    QTest::newRow("missing status")
        << QByteArray(R"({"id":"scan_a"})") << QStringLiteral("missing field \"status\"");
    QTest::newRow("unknown status") << QByteArray(R"({"id":"scan_a","status":"exploded"})")
                                    << QStringLiteral("unknown status \"exploded\"");
    QTest::newRow("id of wrong type") << QByteArray(R"({"id":12,"status":"queued"})")
                                      << QStringLiteral("field \"id\" is not text");
    QTest::newRow("id not a scan id") << QByteArray(R"({"id":"../../v1/usage","status":"queued"})")
                                      << QStringLiteral("not a scan id");
    QTest::newRow("progress as text")
        << QByteArray(R"({"id":"scan_a","status":"scanning","progress":"45"})")
        << QStringLiteral("not a whole number");
    QTest::newRow("progress fractional")
        << QByteArray(R"({"id":"scan_a","status":"scanning","progress":4.5})")
        << QStringLiteral("not a whole number");
    QTest::newRow("progress beyond any integer (fuzzer)")
        << QByteArray(R"({"id":"scan_a","status":"scanning","progress":3e77})")
        << QStringLiteral("out of range");
    QTest::newRow("progress over 100")
        << QByteArray(R"({"id":"scan_a","status":"scanning","progress":250})")
        << QStringLiteral("out of range");
    QTest::newRow("events not a list")
        << QByteArray(R"({"id":"scan_a","status":"scanning","events":{}})")
        << QStringLiteral("is not a list");
    QTest::newRow("event not an object")
        << QByteArray(R"({"id":"scan_a","status":"scanning","events":["x"]})")
        << QStringLiteral("event 0 is not an object");
    QTest::newRow("event without message")
        << QByteArray(R"({"id":"scan_a","status":"scanning","events":[{"time":"1"}]})")
        << QStringLiteral("event 0: missing field \"message\"");
    QTest::newRow("result without grade")
        << QByteArray(R"({"id":"scan_a","status":"completed","result":{"score":3}})")
        << QStringLiteral("result: missing field \"grade\"");
    QTest::newRow("result not an object")
        << QByteArray(R"({"id":"scan_a","status":"completed","result":"A"})")
        << QStringLiteral("is not an object");
    QTest::newRow("bad timestamp")
        << QByteArray(R"({"id":"scan_a","status":"queued","created_at":"yesterday"})")
        << QStringLiteral("not an ISO 8601 time");
}

void ParseTest::scanStatusRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    const auto parsed = parseScanStatus(body);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error.contains(reason), qPrintable(parsed.error));
}

static const QByteArray kReport = R"({
  "id": "scan_abc123", "type": "security", "url": "https://example.com", "score": 72, "grade": "C",
  "created_at": "2026-03-30T12:00:00Z", "completed_at": "2026-03-30T12:01:15Z",
  "categories": [
    { "name": "Headers", "score": 60, "checks": [
      { "name": "HSTS", "status": "pass", "severity": null, "message": "Present" },
      { "name": "CSP", "status": "fail", "severity": "high", "message": "Missing", "fix": "Add a CSP" } ] },
    { "name": "Cookies", "score": 90, "checks": [] } ],
  "summary": { "total_checks": 2, "passed": 1, "failed": 1, "warnings": 0,
               "critical": 0, "high": 1, "medium": 0, "low": 0 } })";

void ParseTest::reportOfTheDocumentedShape()
{
    const auto parsed = parseReport(kReport);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const Report &report = *parsed.value;
    QCOMPARE(report.grade, QStringLiteral("C"));
    QCOMPARE(report.score, 72);
    QCOMPARE(report.categories.size(), 2);
    QCOMPARE(report.categories.at(0).checks.at(1).severity, QStringLiteral("high"));
    QCOMPARE(report.categories.at(0).checks.at(1).fix, QStringLiteral("Add a CSP"));
    QCOMPARE(report.categories.at(0).checks.at(0).severity, QString());
    QCOMPARE(report.summary.totalChecks, 2);
    QCOMPARE(report.summary.high, 1);
    QCOMPARE(report.completedAt, QDateTime(QDate(2026, 3, 30), QTime(12, 1, 15), Qt::UTC));
}

void ParseTest::reportRejectsWrongShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no categories")
        << QByteArray(R"({"id":"scan_a","score":1,"grade":"F","summary":{}})");
    QTest::newRow("no summary") << QByteArray(
        R"({"id":"scan_a","score":1,"grade":"F","categories":[]})");
    QTest::newRow("score as text")
        << QByteArray(R"({"id":"scan_a","score":"1","grade":"F","categories":[],"summary":{}})");
    QTest::newRow("check not an object") << QByteArray(
        R"({"id":"scan_a","score":1,"grade":"F","categories":[{"name":"x","checks":[1]}],"summary":{}})");
}

void ParseTest::reportRejectsWrongShapes()
{
    QFETCH(QByteArray, body);
    QVERIFY(!parseReport(body).ok());
}

void ParseTest::scanPageWithNullsUntilDone()
{
    const auto parsed = parseScanPage(R"({"scans":[
        {"id":"scan_b","type":"seo","url":"https://b","status":"scanning","score":null,"grade":null,"created_at":"2026-03-30T12:00:00Z","completed_at":null},
        {"id":"scan_a","type":"security","url":"https://a","status":"completed","score":88,"grade":"A","created_at":"2026-03-30T11:00:00Z","completed_at":"2026-03-30T11:01:00Z"}],
        "total":2,"limit":20,"offset":0,"quota":{"used":2,"limit":10,"remaining":8,"tier":"free"}})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value->scans.size(), 2);
    QVERIFY(!parsed.value->scans.at(0).score.has_value());
    QCOMPARE(parsed.value->scans.at(1).score.value(), 88);
    QCOMPARE(parsed.value->quota.remaining, 8);
    QCOMPARE(parsed.value->quota.tier, QStringLiteral("free"));
}

void ParseTest::scanPageRejectsMissingList()
{
    QVERIFY(!parseScanPage(R"({"total":0})").ok());
    QVERIFY(!parseScanPage(R"({"scans":{},"total":0})").ok());
}

void ParseTest::usage()
{
    const auto parsed = parseUsage(
        R"({"tier":"free","billing_period":{"start":"2026-03-01T00:00:00Z","end":"2026-04-01T00:00:00Z"},
        "scans":{"used":3,"limit":10,"remaining":7},"rate_limit":{"requests_per_minute":10,"concurrent_scans":2}})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value->requestsPerMinute, 10);
    QCOMPARE(parsed.value->scans.remaining, 7);
    QCOMPARE(parsed.value->periodEnd.date(), QDate(2026, 4, 1));
    QVERIFY(!parseUsage(R"({"tier":"free","scans":{"used":3,"limit":10,"remaining":7}})").ok());
    QVERIFY(
        !parseUsage(
             R"({"scans":{"used":3,"limit":10,"remaining":7},"rate_limit":{"requests_per_minute":0}})")
             .ok());
}

void ParseTest::errorAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");

    using K = ApiError::Kind;
    auto row = [](const char *name, int status, const char *code, K kind) {
        QTest::newRow(name) << status << QByteArray(R"({"code":")") + code + R"(","error":"text"})"
                            << int(kind) << QString::fromLatin1(code);
    };
    row("INVALID_URL", 400, "INVALID_URL", K::BadRequest);
    row("INVALID_TYPE", 400, "INVALID_TYPE", K::BadRequest);
    row("URL_NOT_REACHABLE", 400, "URL_NOT_REACHABLE", K::BadRequest);
    row("INVALID_PARAMS", 400, "INVALID_PARAMS", K::BadRequest);
    row("UNAUTHORIZED", 401, "UNAUTHORIZED", K::Unauthorized);
    row("KEY_REVOKED", 401, "KEY_REVOKED", K::Unauthorized);
    row("DOMAIN_BLOCKED", 403, "DOMAIN_BLOCKED", K::BadRequest);
    row("SCAN_NOT_FOUND", 404, "SCAN_NOT_FOUND", K::NotFound);
    row("SCAN_NOT_COMPLETE", 409, "SCAN_NOT_COMPLETE", K::Conflict);
    row("RATE_LIMITED", 429, "RATE_LIMITED", K::RateLimited);
    row("QUOTA_EXCEEDED", 429, "QUOTA_EXCEEDED", K::QuotaExceeded);
    QTest::newRow("503 html") << 503 << QByteArray("<h1>Service Unavailable</h1>") << int(K::Server)
                              << QString();
    QTest::newRow("500 empty") << 500 << QByteArray() << int(K::Server) << QString();
    QTest::newRow("429 no body") << 429 << QByteArray() << int(K::RateLimited) << QString();
}

void ParseTest::errorAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, code);
    const ApiError error = parseErrorAnswer(status, body);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.code, code);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.isTransient(), error.kind == ApiError::Kind::Server);
}

void ParseTest::rateLimitHeaders_data()
{
    QTest::addColumn<QByteArray>("limit");
    QTest::addColumn<QByteArray>("remaining");
    QTest::addColumn<QByteArray>("reset");
    QTest::addColumn<bool>("valid");
    QTest::newRow("documented") << QByteArray("10") << QByteArray("7") << QByteArray("1774872060")
                                << true;
    QTest::newRow("spaces") << QByteArray(" 60 ") << QByteArray("0") << QByteArray("1774872060")
                            << true;
    QTest::newRow("missing") << QByteArray() << QByteArray() << QByteArray() << false;
    QTest::newRow("garbled") << QByteArray("ten") << QByteArray("-1") << QByteArray("soon")
                             << false;
    QTest::newRow("reset far beyond any date")
        << QByteArray("10") << QByteArray("3") << QByteArray("888888888888888888") << true;
}

void ParseTest::rateLimitHeaders()
{
    QFETCH(QByteArray, limit);
    QFETCH(QByteArray, remaining);
    QFETCH(QByteArray, reset);
    QFETCH(bool, valid);
    const RateLimitInfo info = parseRateLimit(limit, remaining, reset);
    QCOMPARE(info.isValid(), valid);
    if (valid)
        QCOMPARE(info.limit, limit.trimmed().toInt());
    if (reset.size() > 12)
        QCOMPARE(info.resetEpochSeconds, qint64(-1));
}

void ParseTest::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("seconds") << QByteArray("30") << qint64(30000);
    QTest::newRow("http date") << QByteArray("Mon, 30 Mar 2026 12:00:45 GMT") << qint64(45000);
    QTest::newRow("date in the past") << QByteArray("Mon, 30 Mar 2026 11:00:00 GMT") << qint64(0);
    QTest::newRow("absent") << QByteArray() << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    // Found by the fuzzer: seconds * 1000 overflowed.
    QTest::newRow("huge seconds") << QByteArray("888888888888888888 ") << qint64(86400000);
}

void ParseTest::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 3, 30), QTime(12, 0, 0), Qt::UTC);
    QCOMPARE(parseRetryAfterMs(value, now), expectedMs);
}

void ParseTest::httpDates()
{
    const QDateTime expected(QDate(2026, 3, 30), QTime(12, 0, 45), Qt::UTC);
    QCOMPARE(parseHttpDate("Mon, 30 Mar 2026 12:00:45 GMT"), expected);
    QCOMPARE(parseHttpDate(" Mon, 30 Mar 2026 12:00:45 GMT\r\n"), expected);
    QCOMPARE(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"),
             QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
    QCOMPARE(parseHttpDate("Thu, 31 Dec 2026 23:59:59 GMT"),
             QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), Qt::UTC));
    for (const QByteArray bad :
         { "", "soon", "Mon, 31 Feb 2026 12:00:45 GMT", "Mon, 30 Xyz 2026 12:00:45 GMT",
           "Mon, 30 Mar 2026 25:00:45 GMT", "Mon, 30 Mar 2026 12:00:45 UTC",
           "Mon, 3a Mar 2026 12:00:45 GMT" })
        QVERIFY2(!parseHttpDate(bad).isValid(), bad.constData());
    // A weekday that does not match is read as Qt's parser reads it.
    QDateTime qtReading
        = QLocale::c().toDateTime(QStringLiteral("Tue, 30 Mar 2026 12:00:45 GMT"),
                                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (qtReading.isValid())
        qtReading.setTimeSpec(Qt::UTC);
    QCOMPARE(parseHttpDate("Tue, 30 Mar 2026 12:00:45 GMT"), qtReading);
}

void ParseTest::aLogOfAHundredThousandLinesIsKept()
{
    // A long scan's whole log comes with every answer; it used to be refused
    // past 10,000 lines.
    QByteArray events;
    for (int i = 0; i < 100000; ++i)
        events += (i ? "," : "") + QByteArray(R"({"time":"10:00:00","message":"line )")
            + QByteArray::number(i) + "\"}";
    const auto parsed = parseScanStatus(
        R"({"id":"scan_a","status":"scanning","progress":5,"events":[)" + events + "]}");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value->events.size(), 100000);
    QCOMPARE(parsed.value->events.last().message, QStringLiteral("line 99999"));
}

void ParseTest::overlongStringsAreCut()
{
    const QByteArray huge(100000, 'x');
    const auto parsed
        = parseScanStatus(R"({"id":"scan_a","status":"failed","error":")" + huge + "\"}");
    QVERIFY(parsed.ok());
    QVERIFY(parsed.value->error.size() <= 4096);
}

QTEST_GUILESS_MAIN(ParseTest)
#include "tst_parse.moc"
