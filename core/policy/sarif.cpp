#include "sarif.h"

namespace core {

QByteArray toSarif(const QList<ScanVerdict> &verdicts, const QString &toolVersion)
{
    Q_UNUSED(verdicts)
    Q_UNUSED(toolVersion)
    return {};
}

} // namespace core
