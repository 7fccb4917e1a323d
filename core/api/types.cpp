#include "types.h"

#include <QCoreApplication>

namespace core {

bool isTerminal(ScanState state)
{
    return state == ScanState::Completed || state == ScanState::Partial
        || state == ScanState::Failed;
}

QString scanStateName(ScanState state)
{
    switch (state) {
    case ScanState::Queued:
        return QStringLiteral("queued");
    case ScanState::Scanning:
        return QStringLiteral("scanning");
    case ScanState::Completed:
        return QStringLiteral("completed");
    case ScanState::Partial:
        return QStringLiteral("partial");
    case ScanState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<ScanState> scanStateFromName(const QString &name)
{
    for (auto state : { ScanState::Queued, ScanState::Scanning, ScanState::Completed,
                        ScanState::Partial, ScanState::Failed }) {
        if (name == scanStateName(state))
            return state;
    }
    return std::nullopt;
}

QStringList scanTypes()
{
    return { QStringLiteral("security"), QStringLiteral("performance"),
             QStringLiteral("accessibility"), QStringLiteral("seo") };
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Server:
    case Kind::Malformed:
    case Kind::TooLarge:
        return true;
    default:
        return false;
    }
}

QString describeError(const ApiError &error)
{
    QString text = error.message;
    if (error.kind == ApiError::Kind::Server && !text.contains(QString::number(error.httpStatus)))
        text = QCoreApplication::translate("core", "Server error (HTTP %1): %2")
                   .arg(error.httpStatus)
                   .arg(text);
    return error.code.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, error.code);
}

} // namespace core
