#pragma once

#include "api/types.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace core {

/// What an analyst decided about a finding.
enum class TriageState { Accepted, FalsePositive };

QString triageStateName(TriageState state); // "accepted", "false-positive"
std::optional<TriageState> triageStateFromName(const QString &name);

/// One suppression: from the window's triage (kept in the history) or from a
/// policy file's `suppress:` list. The same value for both.
struct Suppression
{
    QString check; // the check's name, as in the report; required
    QString site; // a URL prefix or a glob (*, ?); empty: every site
    QString type; // a scan type; empty: every type
    TriageState state = TriageState::Accepted;
    QString reason; // required
    QString by;
    QDate expires; // null: never
    QDateTime decidedAt; // when it was made (window triage); null from a file

    bool operator==(const Suppression &other) const
    {
        return check == other.check && site == other.site && type == other.type
            && state == other.state && reason == other.reason && by == other.by
            && expires == other.expires && decidedAt == other.decidedAt;
    }
};

/// True when a site pattern (a URL prefix, or a glob with * or ?) covers the
/// site. A prefix ends at a path boundary, and a trailing "/" on either side
/// does not matter. Empty: every site.
bool siteMatches(const QString &pattern, const QString &siteUrl);

/// True when the suppression names this check on this site and scan type.
/// `site` matches as a glob when it holds * or ?, else as a URL prefix;
/// check names compare case-insensitively.
bool suppressionMatches(const Suppression &suppression, const QString &check,
                        const QString &siteUrl, const QString &type);

/// True once the day `expires` names has passed: an expiry date is the last
/// day the suppression holds.
bool suppressionExpired(const Suppression &suppression, QDate today);

/// The suppression for this finding, if any: an unexpired one first, else an
/// expired one (so that callers can say it expired).
std::optional<Suppression> findSuppression(const QList<Suppression> &suppressions,
                                           const QString &check, const QString &siteUrl,
                                           const QString &type, QDate today);

} // namespace core
