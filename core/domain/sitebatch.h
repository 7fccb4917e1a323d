#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QUrl>

namespace core {

/// Several sites given at once — pasted (one a line, or separated by spaces,
/// commas or semicolons), read from a text or CSV file, or dropped — sorted
/// into what will start, what is not an address (and why) and what repeats a
/// site of the batch or a scan already running.
struct SiteBatch
{
    struct Refusal
    {
        QString input;
        QString reason;
    };
    QList<QUrl> toStart; // in the order given
    QList<Refusal> invalid;
    QStringList duplicates; // as given
};

/// `runningSiteKeys`: siteKey() of the scans running or waiting now.
SiteBatch parseSiteBatch(const QString &text, const QString &type,
                         const QSet<QString> &runningSiteKeys = {});

} // namespace core
