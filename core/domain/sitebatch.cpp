#include "sitebatch.h"

#include "api/urlpolicy.h"
#include "domain/scan.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace core {

SiteBatch parseSiteBatch(const QString &text, const QString &type,
                         const QSet<QString> &runningSiteKeys)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    static const QStringList headers { QStringLiteral("url"), QStringLiteral("site"),
                                       QStringLiteral("website"), QStringLiteral("address"),
                                       QStringLiteral("host") };
    SiteBatch batch;
    QSet<QString> seen = runningSiteKeys;
    bool first = true;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1Char('#')))
            continue; // a comment in a list of sites
        for (QString token : line.split(separators, Qt::SkipEmptyParts)) {
            // CSV cells may be quoted.
            if (token.size() >= 2 && token.startsWith(QLatin1Char('"'))
                && token.endsWith(QLatin1Char('"')))
                token = token.mid(1, token.size() - 2).trimmed();
            if (token.isEmpty())
                continue;
            const bool wasFirst = std::exchange(first, false);
            if (wasFirst && headers.contains(token.toLower()))
                continue; // a CSV file's header
            const CheckedUrl target = checkScanTarget(token);
            if (!target.ok()) {
                batch.invalid.append({ token, target.refusal });
                continue;
            }
            // A word of a sentence is not a site: without a scheme, the host
            // must have a domain.
            if (!token.contains(QLatin1String("://"))
                && !target.url.host().contains(QLatin1Char('.'))
                && !target.url.host().contains(QLatin1Char(':'))) {
                batch.invalid.append(
                    { token,
                      QCoreApplication::translate("core",
                                                  "This does not look like a web address "
                                                  "(no domain name).") });
                continue;
            }
            const QString key = siteKey(target.url.toString(), type);
            if (seen.contains(key)) {
                batch.duplicates.append(token);
                continue;
            }
            seen.insert(key);
            batch.toStart.append(target.url);
        }
    }
    return batch;
}

} // namespace core
