#pragma once

#include <QString>
#include <QUrl>

namespace core {

/// The outcome of checking a URL: either a URL to use or the reason it was refused.
struct CheckedUrl
{
    QUrl url;
    QString refusal; // empty when url may be used

    bool ok() const { return refusal.isEmpty(); }
};

/// Checks what the user typed as a scan target: http(s) with a host. A bare
/// "example.com" gets https://. Nothing is sent for a refused target.
CheckedUrl checkScanTarget(const QString &input);

/// Checks a --api-url: http(s), a host, no user info, query or fragment.
CheckedUrl checkApiBase(const QString &input);

/// Resolves a server-sent report_url against the API base. Only an http(s) URL
/// on exactly the base's scheme, host and port, without user info, is allowed.
CheckedUrl resolveReportUrl(const QUrl &apiBase, const QString &reportUrl);

/// True when `url` has the same scheme, host and port as `origin`.
bool isSameOrigin(const QUrl &url, const QUrl &origin);

} // namespace core
