#include "triage.h"

#include <QRegularExpression>

namespace core {

QString triageStateName(TriageState state)
{
    return state == TriageState::FalsePositive ? QStringLiteral("false-positive")
                                               : QStringLiteral("accepted");
}

std::optional<TriageState> triageStateFromName(const QString &name)
{
    if (name == QLatin1String("accepted"))
        return TriageState::Accepted;
    if (name == QLatin1String("false-positive"))
        return TriageState::FalsePositive;
    return std::nullopt;
}

bool siteMatches(const QString &pattern, const QString &siteUrl)
{
    if (pattern.isEmpty())
        return true;
    // AppVet gives a site's root without its "/": "https://shop.example" is
    // the same site as "https://shop.example/".
    auto withoutSlash = [](QString url) {
        while (url.endsWith(QLatin1Char('/')))
            url.chop(1);
        return url;
    };
    if (pattern.contains(QLatin1Char('*')) || pattern.contains(QLatin1Char('?'))) {
        // * is any run of characters, "/" included (Qt's wildcards stop at
        // "/", as they are made for file names); ? is one character.
        QString regex;
        for (const QChar c : pattern) {
            if (c == QLatin1Char('*'))
                regex += QLatin1String(".*");
            else if (c == QLatin1Char('?'))
                regex += QLatin1Char('.');
            else
                regex += QRegularExpression::escape(QString(c));
        }
        const QRegularExpression glob(QRegularExpression::anchoredPattern(regex),
                                      QRegularExpression::CaseInsensitiveOption);
        // ".../*" covers the root as well as every page under it.
        return glob.match(siteUrl).hasMatch()
            || glob.match(withoutSlash(siteUrl) + QLatin1Char('/')).hasMatch();
    }
    // A prefix ends where the URL's path does: "https://shop.example" is not a
    // prefix of "https://shop.example.evil.example".
    const QString prefix = withoutSlash(pattern);
    const QString site = withoutSlash(siteUrl);
    if (!site.startsWith(prefix, Qt::CaseInsensitive))
        return false;
    if (site.size() == prefix.size())
        return true;
    const QChar next = site.at(prefix.size());
    return next == QLatin1Char('/') || next == QLatin1Char('?') || next == QLatin1Char('#');
}

bool suppressionMatches(const Suppression &suppression, const QString &check,
                        const QString &siteUrl, const QString &type)
{
    if (suppression.check.compare(check, Qt::CaseInsensitive) != 0)
        return false;
    if (!suppression.type.isEmpty() && suppression.type != type)
        return false;
    return siteMatches(suppression.site, siteUrl);
}

bool suppressionExpired(const Suppression &suppression, QDate today)
{
    return suppression.expires.isValid() && today > suppression.expires;
}

std::optional<Suppression> findSuppression(const QList<Suppression> &suppressions,
                                           const QString &check, const QString &siteUrl,
                                           const QString &type, QDate today)
{
    std::optional<Suppression> expired;
    for (const Suppression &suppression : suppressions) {
        if (!suppressionMatches(suppression, check, siteUrl, type))
            continue;
        if (!suppressionExpired(suppression, today))
            return suppression;
        if (!expired)
            expired = suppression;
    }
    return expired;
}

} // namespace core
