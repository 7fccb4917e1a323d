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

bool suppressionMatches(const Suppression &suppression, const QString &check,
                        const QString &siteUrl, const QString &type)
{
    if (suppression.check.compare(check, Qt::CaseInsensitive) != 0)
        return false;
    if (!suppression.type.isEmpty() && suppression.type != type)
        return false;
    if (suppression.site.isEmpty())
        return true;
    if (suppression.site.contains(QLatin1Char('*'))
        || suppression.site.contains(QLatin1Char('?'))) {
        const auto pattern
            = QRegularExpression::fromWildcard(suppression.site, Qt::CaseInsensitive,
                                               QRegularExpression::UnanchoredWildcardConversion);
        return QRegularExpression(QRegularExpression::anchoredPattern(pattern.pattern()),
                                  QRegularExpression::CaseInsensitiveOption)
            .match(siteUrl)
            .hasMatch();
    }
    return siteUrl.startsWith(suppression.site, Qt::CaseInsensitive);
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
