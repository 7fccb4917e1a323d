// The analyst's triage, kept beside the scans: ScanRepository passes it to
// the history (ScanStore's triage table) when there is one.
#include "scanrepository.h"
#include "scanstore.h"

namespace core {

QList<Suppression> ScanRepository::loadTriage() const
{
    return m_store ? m_store->loadTriage() : QList<Suppression>();
}

bool ScanRepository::saveSuppression(const Suppression &suppression)
{
    return !m_store || m_store->saveSuppression(suppression);
}

bool ScanRepository::removeSuppression(const Suppression &suppression)
{
    return !m_store
        || m_store->removeSuppression(suppression.check, suppression.site, suppression.type);
}

} // namespace core
