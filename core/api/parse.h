#pragma once

#include "types.h"

#include <QByteArray>

#include <optional>

namespace core {

/// A parsed value or the reason it could not be parsed.
template<typename T> struct Parsed
{
    std::optional<T> value;
    QString error;

    bool ok() const { return value.has_value(); }
};

/// Pure functions from response bodies to value types. They never trust the
/// server: wrong types, missing required fields and unknown states are errors;
/// missing optional fields and unknown extra fields are not.
Parsed<ScanStatus> parseScanStatus(const QByteArray &body);
Parsed<Report> parseReport(const QByteArray &body);
Parsed<ScanPage> parseScanPage(const QByteArray &body);
Parsed<Usage> parseUsage(const QByteArray &body);

/// Turns an error answer into an ApiError. The body may be anything.
ApiError parseErrorAnswer(int httpStatus, const QByteArray &body);

/// Reads X-RateLimit-* header values; absent or garbled values stay -1.
RateLimitInfo parseRateLimit(const QByteArray &limit, const QByteArray &remaining,
                             const QByteArray &reset);

/// Retry-After as delta seconds or an HTTP date; -1 if absent or garbled.
qint64 parseRetryAfterMs(const QByteArray &value, const QDateTime &now);

/// An HTTP date (IMF-fixdate) in UTC; invalid if absent or garbled.
QDateTime parseHttpDate(const QByteArray &value);

/// True for ids the API hands out ("scan_" and a short run of [A-Za-z0-9_-]).
bool isValidScanId(const QString &id);

} // namespace core
