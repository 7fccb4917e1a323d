#include "urlpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace core {
namespace {

bool isHttp(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme().toLower() == QLatin1String("https") ? 443 : 80);
}

bool hasControlOrSpace(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control
            || c.category() == QChar::Other_Format || c == QLatin1Char('\\'))
            return true;
    }
    return false;
}

/// "staging.example.com:8443", "localhost:8080", "10.0.0.5:80/x": what comes
/// before the colon is a host (it has a dot, or is localhost) or what comes
/// after it is a port; "mailto:…" and "javascript:…" are schemes.
bool isHostAndPort(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString before = text.left(colon);
    if (before.isEmpty() || before.contains(QLatin1Char('/')))
        return false;
    const QString after = text.mid(colon + 1);
    return before.contains(QLatin1Char('.'))
        || before.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || (!after.isEmpty() && after.at(0).isDigit());
}

} // namespace

bool isSameOrigin(const QUrl &url, const QUrl &origin)
{
    return url.scheme().compare(origin.scheme(), Qt::CaseInsensitive) == 0
        && url.host().compare(origin.host(), Qt::CaseInsensitive) == 0
        && effectivePort(url) == effectivePort(origin);
}

CheckedUrl checkScanTarget(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return { {},
                 QCoreApplication::translate("core", "Enter the address of a web site to scan.") };
    if (hasControlOrSpace(text))
        return { {},
                 QCoreApplication::translate(
                     "core", "The address contains spaces or control characters.") };

    // A bare host ("example.com") or host and port ("staging.example.com:8443")
    // is taken as https; "mailto:…" or "javascript:…" keep their scheme and are refused.
    QString withScheme = text;
    if (!text.contains(QLatin1String("://"))
        && (!text.contains(QLatin1Char(':')) || isHostAndPort(text)))
        withScheme = QStringLiteral("https://") + text;
    const QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid())
        return { {},
                 QCoreApplication::translate("core", "\"%1\" is not a valid address.")
                     .arg(text.left(200)) };
    if (!isHttp(url))
        return { {},
                 QCoreApplication::translate(
                     "core", "Only http:// and https:// addresses can be scanned.") };
    if (url.host().isEmpty())
        return { {}, QCoreApplication::translate("core", "The address has no host name.") };
    return { url, QString() };
}

CheckedUrl checkApiBase(const QString &input)
{
    const QUrl url(input.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || !isHttp(url) || url.host().isEmpty())
        return { {},
                 QCoreApplication::translate(
                     "core", "The API URL must be an http:// or https:// address.") };
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return { {},
                 QCoreApplication::translate(
                     "core", "The API URL must not carry user info, a query or a fragment.") };
    // Plain http would send the key in clear text: only to this computer.
    const QString host = url.host().toLower();
    const bool loopback = host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
    if (url.scheme().toLower() == QLatin1String("http") && !loopback)
        return { {},
                 QCoreApplication::translate(
                     "core",
                     "The API URL must use https://: plain http:// would send the API "
                     "key in clear text. It is allowed only for this computer "
                     "(localhost, 127.0.0.1, ::1).") };
    QUrl base = url;
    base.setPath(QString());
    return { base, QString() };
}

CheckedUrl resolveReportUrl(const QUrl &apiBase, const QString &reportUrl)
{
    const QString text = reportUrl.trimmed();
    if (text.isEmpty())
        return { {}, QCoreApplication::translate("core", "The server sent no report link.") };
    if (hasControlOrSpace(text))
        return { {},
                 QCoreApplication::translate(
                     "core", "The report link contains characters a link must not have.") };
    const QUrl relative(text, QUrl::StrictMode);
    if (!relative.isValid())
        return { {},
                 QCoreApplication::translate("core", "The report link is not a valid address.") };
    const QUrl resolved = apiBase.resolved(relative);
    if (!isHttp(resolved))
        return { {},
                 QCoreApplication::translate(
                     "core", "The report link is not an http(s) address; it was not opened.") };
    if (!resolved.userInfo().isEmpty())
        return { {},
                 QCoreApplication::translate(
                     "core", "The report link carries user info; it was not opened.") };
    if (!isSameOrigin(resolved, apiBase))
        return { {},
                 QCoreApplication::translate(
                     "core",
                     "The report link points to %1, not the AppVet server; it was "
                     "not opened.")
                     .arg(resolved.host().left(200)) };
    return { resolved, QString() };
}

} // namespace core
