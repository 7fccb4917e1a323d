#include "session.h"

#include <QDir>

namespace core {

Session::Session(const QUrl &baseUrl, const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_client(m_network, baseUrl)
    , m_store(storePath)
    , m_repository(&m_store)
    , m_scheduler(m_client, m_repository)
    , m_controller(m_client, m_repository, m_scheduler)
{ }

QString historyPath(const QString &dataDir, const QUrl &baseUrl)
{
    return QDir(dataDir).filePath(QStringLiteral("scans-%1.sqlite").arg(baseUrl.host()));
}

} // namespace core
