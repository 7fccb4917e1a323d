// libFuzzer target over the parsing of every response type: whatever the
// server sends, the parsers return a value or an error, and never crash.
#include "api/parse.h"
#include "text/displaytext.h"

#include <QByteArray>
#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                    static_cast<qsizetype>(size));
    const auto status = core::parseScanStatus(body);
    if (status.ok()) {
        for (const auto &event : status.value->events)
            (void)core::displayText(event.message);
        (void)core::tooltipText(status.value->error);
    }
    (void)core::parseReport(body);
    (void)core::parseScanPage(body);
    (void)core::parseUsage(body);
    (void)core::parseErrorAnswer(429, body);
    (void)core::parseRateLimit(body.left(16), body.mid(16, 16), body.mid(32, 16));
    (void)core::parseRetryAfterMs(body.left(64), QDateTime::currentDateTimeUtc());
    return 0;
}
