#pragma once

#include "api/apiclient.h"
#include "poll/pollscheduler.h"
#include "scancontroller.h"
#include "store/scanrepository.h"
#include "store/scanstore.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace core {

/// Everything one run of ScanDash is made of — the API client, the history,
/// the repository, the scheduler with its request budget and the controller —
/// built the same way for the window and for the command line.
class Session : public QObject
{
    Q_OBJECT

public:
    /// `storePath` is a history file, or ":memory:" to keep nothing.
    Session(const QUrl &baseUrl, const QString &storePath, QObject *parent = nullptr);

    ApiClient &client() { return m_client; }
    ScanStore &store() { return m_store; }
    ScanRepository &repository() { return m_repository; }
    PollScheduler &scheduler() { return m_scheduler; }
    ScanController &controller() { return m_controller; }

private:
    QNetworkAccessManager m_network;
    ApiClient m_client;
    ScanStore m_store;
    ScanRepository m_repository;
    PollScheduler m_scheduler;
    ScanController m_controller;
};

/// Where the history for `baseUrl` is kept in `dataDir`.
QString historyPath(const QString &dataDir, const QUrl &baseUrl);

} // namespace core
