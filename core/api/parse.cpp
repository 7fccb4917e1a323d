#include "parse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <climits>
#include <cmath>

namespace core {
namespace {

// Longer strings are cut: a real answer never has them, and a hostile one
// should not be able to make a label megabytes wide.
constexpr int kMaxStringLength = 4096;
constexpr int kMaxEvents = 1000000; // a long scan may log 100,000 lines and more
constexpr qint64 kMaxEpochSeconds = 95617584000; // 5000-01-01

/// Reads fields of one JSON object and remembers the first thing wrong.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString context, QString *error)
        : m_object(object)
        , m_context(std::move(context))
        , m_error(error)
    { }

    bool has(const char *key) const
    {
        const auto value = m_object.value(QLatin1String(key));
        return !value.isUndefined() && !value.isNull();
    }

    QString string(const char *key, bool required)
    {
        const auto value = typed(key, required, &QJsonValue::isString, "text");
        return value ? value->toString().left(kMaxStringLength) : QString();
    }

    std::optional<int> integer(const char *key, bool required, int min, int max)
    {
        const auto value = typed(key, required, &QJsonValue::isDouble, "a whole number");
        if (!value)
            return std::nullopt;
        const double number = value->toDouble();
        // Range first: casting a double past what an integer holds is undefined
        // (the fuzzer sent 3e77).
        if (!(number >= min && number <= max)) {
            fail(QStringLiteral("field \"%1\" is out of range (%2)")
                     .arg(QLatin1String(key))
                     .arg(number));
            return std::nullopt;
        }
        if (std::trunc(number) != number) {
            fail(QStringLiteral("field \"%1\" is not a whole number").arg(QLatin1String(key)));
            return std::nullopt;
        }
        return static_cast<int>(number);
    }

    QDateTime time(const char *key, bool required)
    {
        const QString text = string(key, required);
        if (text.isEmpty())
            return {};
        auto parsed = QDateTime::fromString(text, Qt::ISODate);
        if (!parsed.isValid()) {
            fail(QStringLiteral("field \"%1\" is not an ISO 8601 time").arg(QLatin1String(key)));
            return {};
        }
        return parsed.toUTC();
    }

    QJsonArray array(const char *key, bool required)
    {
        const auto value = typed(key, required, &QJsonValue::isArray, "a list");
        return value ? value->toArray() : QJsonArray();
    }

    QJsonObject object(const char *key, bool required)
    {
        const auto value = typed(key, required, &QJsonValue::isObject, "an object");
        return value ? value->toObject() : QJsonObject();
    }

    ScanState state(const char *key)
    {
        const QString name = string(key, true);
        if (name.isEmpty())
            return ScanState::Queued;
        const auto state = scanStateFromName(name);
        if (!state) {
            fail(QStringLiteral("unknown status \"%1\"").arg(name.left(40)));
            return ScanState::Queued;
        }
        return *state;
    }

    QString scanId(const char *key)
    {
        const QString id = string(key, true);
        if (!id.isEmpty() && !isValidScanId(id))
            fail(QStringLiteral("field \"%1\" is not a scan id").arg(QLatin1String(key)));
        return id;
    }

    /// The field if present and of the wanted JSON type; null counts as absent.
    std::optional<QJsonValue> typed(const char *key, bool required,
                                    bool (QJsonValue::*isType)() const, const char *typeName)
    {
        const auto value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(QStringLiteral("missing field \"%1\"").arg(QLatin1String(key)));
            return std::nullopt;
        }
        if (!(value.*isType)()) {
            fail(QStringLiteral("field \"%1\" is not %2")
                     .arg(QLatin1String(key), QLatin1String(typeName)));
            return std::nullopt;
        }
        return value;
    }

    void fail(const QString &what)
    {
        if (m_error->isEmpty())
            *m_error = m_context.isEmpty() ? what : m_context + QLatin1String(": ") + what;
    }

    bool failed() const { return !m_error->isEmpty(); }

private:
    QJsonObject m_object;
    QString m_context;
    QString *m_error;
};

/// The top level of every answer must be one JSON object.
std::optional<QJsonObject> topObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not valid JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("the answer is not a JSON object");
        return std::nullopt;
    }
    return document.object();
}

Quota readQuota(const QJsonObject &object, const QString &context, QString *error)
{
    FieldReader reader(object, context, error);
    Quota quota;
    quota.used = reader.integer("used", true, 0, INT_MAX).value_or(0);
    quota.limit = reader.integer("limit", true, 0, INT_MAX).value_or(0);
    quota.remaining = reader.integer("remaining", true, 0, INT_MAX).value_or(0);
    quota.tier = reader.string("tier", false);
    return quota;
}

template<typename T> Parsed<T> finish(T value, const QString &error)
{
    if (!error.isEmpty())
        return { std::nullopt, error };
    return { std::move(value), QString() };
}

} // namespace

bool isValidScanId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^scan_[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

Parsed<ScanStatus> parseScanStatus(const QByteArray &body)
{
    QString error;
    const auto object = topObject(body, &error);
    if (!object)
        return { std::nullopt, error };

    FieldReader reader(*object, QString(), &error);
    ScanStatus status;
    status.id = reader.scanId("id");
    status.state = reader.state("status");
    status.type = reader.string("type", false);
    status.url = reader.string("url", false);
    status.progress = reader.integer("progress", false, 0, 100).value_or(0);
    if (isTerminal(status.state) && status.state != ScanState::Failed && !reader.has("progress"))
        status.progress = 100;
    status.error = reader.string("error", false);
    status.createdAt = reader.time("created_at", false);
    status.completedAt = reader.time("completed_at", false);

    const QJsonArray events = reader.array("events", false);
    if (events.size() > kMaxEvents)
        reader.fail(QStringLiteral("too many events (%1)").arg(events.size()));
    for (int i = 0; i < events.size() && !reader.failed(); ++i) {
        if (!events.at(i).isObject()) {
            reader.fail(QStringLiteral("event %1 is not an object").arg(i));
            break;
        }
        FieldReader eventReader(events.at(i).toObject(), QStringLiteral("event %1").arg(i), &error);
        ScanEvent event;
        event.time = eventReader.string("time", false);
        event.message = eventReader.string("message", true);
        status.events.append(event);
    }

    if (reader.has("result")) {
        FieldReader resultReader(reader.object("result", true), QStringLiteral("result"), &error);
        ScanResult result;
        result.score = resultReader.integer("score", true, 0, 100).value_or(0);
        result.grade = resultReader.string("grade", true);
        result.reportUrl = resultReader.string("report_url", false);
        status.result = result;
    }
    return finish(std::move(status), error);
}

Parsed<Report> parseReport(const QByteArray &body)
{
    QString error;
    const auto object = topObject(body, &error);
    if (!object)
        return { std::nullopt, error };

    FieldReader reader(*object, QString(), &error);
    Report report;
    report.body = body;
    report.id = reader.scanId("id");
    report.type = reader.string("type", false);
    report.url = reader.string("url", false);
    report.score = reader.integer("score", true, 0, 100).value_or(0);
    report.grade = reader.string("grade", true);
    report.createdAt = reader.time("created_at", false);
    report.completedAt = reader.time("completed_at", false);

    const QJsonArray categories = reader.array("categories", true);
    for (int i = 0; i < categories.size() && !reader.failed(); ++i) {
        const QString context = QStringLiteral("category %1").arg(i);
        if (!categories.at(i).isObject()) {
            reader.fail(context + QStringLiteral(" is not an object"));
            break;
        }
        FieldReader categoryReader(categories.at(i).toObject(), context, &error);
        ReportCategory category;
        category.name = categoryReader.string("name", true);
        category.score = categoryReader.integer("score", false, 0, 100).value_or(0);
        const QJsonArray checks = categoryReader.array("checks", false);
        for (int j = 0; j < checks.size() && !reader.failed(); ++j) {
            FieldReader checkReader(checks.at(j).toObject(),
                                    context + QStringLiteral(" check %1").arg(j), &error);
            if (!checks.at(j).isObject()) {
                checkReader.fail(QStringLiteral("is not an object"));
                break;
            }
            ReportCheck check;
            check.name = checkReader.string("name", true);
            check.status = checkReader.string("status", true);
            check.severity = checkReader.string("severity", false);
            check.message = checkReader.string("message", false);
            check.fix = checkReader.string("fix", false);
            category.checks.append(check);
        }
        report.categories.append(category);
    }

    FieldReader summaryReader(reader.object("summary", true), QStringLiteral("summary"), &error);
    auto count = [&summaryReader](const char *key) {
        return summaryReader.integer(key, false, 0, INT_MAX).value_or(0);
    };
    report.summary.totalChecks = count("total_checks");
    report.summary.passed = count("passed");
    report.summary.failed = count("failed");
    report.summary.warnings = count("warnings");
    report.summary.critical = count("critical");
    report.summary.high = count("high");
    report.summary.medium = count("medium");
    report.summary.low = count("low");
    return finish(std::move(report), error);
}

Parsed<ScanPage> parseScanPage(const QByteArray &body)
{
    QString error;
    const auto object = topObject(body, &error);
    if (!object)
        return { std::nullopt, error };

    FieldReader reader(*object, QString(), &error);
    ScanPage page;
    page.total = reader.integer("total", true, 0, INT_MAX).value_or(0);
    page.limit = reader.integer("limit", false, 0, 100).value_or(0);
    page.offset = reader.integer("offset", false, 0, INT_MAX).value_or(0);
    if (reader.has("quota"))
        page.quota = readQuota(reader.object("quota", true), QStringLiteral("quota"), &error);

    const QJsonArray scans = reader.array("scans", true);
    for (int i = 0; i < scans.size() && !reader.failed(); ++i) {
        FieldReader scanReader(scans.at(i).toObject(), QStringLiteral("scan %1").arg(i), &error);
        if (!scans.at(i).isObject()) {
            scanReader.fail(QStringLiteral("is not an object"));
            break;
        }
        ScanSummary summary;
        summary.id = scanReader.scanId("id");
        summary.type = scanReader.string("type", false);
        summary.url = scanReader.string("url", false);
        summary.state = scanReader.state("status");
        summary.score = scanReader.integer("score", false, 0, 100);
        summary.grade = scanReader.string("grade", false);
        summary.createdAt = scanReader.time("created_at", false);
        summary.completedAt = scanReader.time("completed_at", false);
        page.scans.append(summary);
    }
    return finish(std::move(page), error);
}

Parsed<Usage> parseUsage(const QByteArray &body)
{
    QString error;
    const auto object = topObject(body, &error);
    if (!object)
        return { std::nullopt, error };

    FieldReader reader(*object, QString(), &error);
    Usage usage;
    usage.tier = reader.string("tier", false);
    if (reader.has("billing_period")) {
        FieldReader period(reader.object("billing_period", true), QStringLiteral("billing_period"),
                           &error);
        usage.periodStart = period.time("start", false);
        usage.periodEnd = period.time("end", false);
    }
    usage.scans = readQuota(reader.object("scans", true), QStringLiteral("scans"), &error);
    FieldReader rate(reader.object("rate_limit", true), QStringLiteral("rate_limit"), &error);
    usage.requestsPerMinute = rate.integer("requests_per_minute", true, 1, 100000).value_or(0);
    usage.concurrentScans = rate.integer("concurrent_scans", false, 0, 100000).value_or(0);
    return finish(std::move(usage), error);
}

ApiError parseErrorAnswer(int httpStatus, const QByteArray &body)
{
    ApiError error;
    error.httpStatus = httpStatus;

    QString ignored;
    if (const auto object = topObject(body, &ignored)) {
        FieldReader reader(*object, QString(), &ignored);
        error.code = reader.string("code", false).left(64);
        error.message = reader.string("error", false).left(500);
    }

    using Kind = ApiError::Kind;
    if (httpStatus >= 500) {
        error.kind = Kind::Server;
    } else if (httpStatus == 401) {
        error.kind = Kind::Unauthorized;
    } else if (httpStatus == 404) {
        error.kind = Kind::NotFound;
    } else if (httpStatus == 409) {
        error.kind = Kind::Conflict;
    } else if (httpStatus == 429) {
        error.kind = error.code == QLatin1String("QUOTA_EXCEEDED") ? Kind::QuotaExceeded
                                                                   : Kind::RateLimited;
    } else if (httpStatus >= 400) {
        error.kind = Kind::BadRequest;
    } else {
        error.kind = Kind::Malformed;
    }

    if (error.message.isEmpty()) {
        switch (error.kind) {
        case Kind::Server:
            error.message
                = QCoreApplication::translate("core", "The AppVet server had a problem (HTTP %1).")
                      .arg(httpStatus);
            break;
        case Kind::Unauthorized:
            error.message = QCoreApplication::translate("core", "The API key was not accepted.");
            break;
        case Kind::RateLimited:
            error.message = QCoreApplication::translate("core", "Too many requests for this key.");
            break;
        default:
            error.message = QCoreApplication::translate("core", "The server answered HTTP %1.")
                                .arg(httpStatus);
        }
    }
    return error;
}

RateLimitInfo parseRateLimit(const QByteArray &limit, const QByteArray &remaining,
                             const QByteArray &reset)
{
    auto number = [](const QByteArray &text) -> qint64 {
        bool ok = false;
        const qint64 value = text.trimmed().toLongLong(&ok);
        return ok && value >= 0 ? value : -1;
    };
    RateLimitInfo info;
    info.limit = static_cast<int>(qMin<qint64>(number(limit), 1000000));
    info.remaining = static_cast<int>(qMin<qint64>(number(remaining), 1000000));
    // Past the year 5000 is not a reset time; dropping it also keeps "* 1000" safe.
    const qint64 resetSeconds = number(reset);
    info.resetEpochSeconds = resetSeconds <= kMaxEpochSeconds ? resetSeconds : -1;
    return info;
}

qint64 parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok) // a day is longer than any wait we honour, and cannot overflow
        return seconds >= 0 ? qMin<qint64>(seconds, 86400) * 1000 : -1;
    const QDateTime date = parseHttpDate(text);
    if (!date.isValid())
        return -1;
    return boundMs(0, now.msecsTo(date), 86400000);
}

QDateTime parseHttpDate(const QByteArray &value)
{
    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT". Every answer has
    // one: the usual form is read by position (QLocale's parser costs the
    // window's thread a fraction of a millisecond per answer).
    const QByteArray text = value.trimmed();
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    static const char days[] = "MonTueWedThuFriSatSun";
    auto digits = [&text](int at, int count) {
        int number = 0;
        for (int i = at; i < at + count; ++i) {
            if (text.at(i) < '0' || text.at(i) > '9')
                return -1;
            number = number * 10 + (text.at(i) - '0');
        }
        return number;
    };
    if (text.size() == 29 && text.at(3) == ',' && text.at(4) == ' ' && text.at(7) == ' '
        && text.at(11) == ' ' && text.at(16) == ' ' && text.at(19) == ':' && text.at(22) == ':'
        && text.endsWith(" GMT")) {
        const qsizetype month
            = std::search(months, months + 36, text.constData() + 8, text.constData() + 11)
            - months;
        const qsizetype day
            = std::search(days, days + 21, text.constData(), text.constData() + 3) - days;
        const int year = digits(12, 4), dayOfMonth = digits(5, 2);
        if (month < 36 && month % 3 == 0 && day < 21 && day % 3 == 0 && year >= 0
            && dayOfMonth >= 0) {
            const QDate date(year, int(month / 3) + 1, dayOfMonth);
            const QTime time(digits(17, 2), digits(20, 2), digits(23, 2));
            if (date.isValid() && time.isValid() && date.dayOfWeek() == int(day / 3) + 1)
                return QDateTime(date, time, Qt::UTC);
        }
    }
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed().left(64)),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (date.isValid())
        date.setTimeSpec(Qt::UTC);
    return date;
}

} // namespace core
