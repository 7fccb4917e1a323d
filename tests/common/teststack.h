#pragma once

// The real client stack wired as the app wires it, against a simulator on
// loopback, with time compressed by `scale` on both sides: the simulator's
// scans and rate window run `scale` times faster and so does the scheduler.

#include "api/apiclient.h"
#include "poll/pollscheduler.h"
#include "scancontroller.h"
#include "simulator.h"
#include "store/scanrepository.h"
#include "store/scanstore.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <functional>
#include <memory>

struct TestStack
{
    explicit TestStack(int requestsPerMinute = 60, double scale = 20.0, quint32 seed = 7,
                       qint64 serverClockSkewMs = 0,
                       const std::function<void(sim::Simulator::Options &)> &adjust = {})
    {
        sim::Simulator::Options options;
        options.clockSkewMs = serverClockSkewMs;
        options.requestsPerWindow = requestsPerMinute;
        options.windowMs = static_cast<int>(60000 / scale);
        options.speed = scale;
        options.seed = seed;
        if (adjust)
            adjust(options);
        simulator = std::make_unique<sim::Simulator>(options);
        QVERIFY(simulator->listenOnLoopback() != 0);

        client = std::make_unique<core::ApiClient>(network, simulator->baseUrl());
        client->setApiKey(options.apiKey);
        client->setTimeout(2000);
        repository = std::make_unique<core::ScanRepository>();
        scheduler = std::make_unique<core::PollScheduler>(*client, *repository);
        core::PollScheduler::Settings settings;
        settings.intervalMs = static_cast<int>(4000 / scale);
        settings.windowMs = options.windowMs;
        settings.assumedLimit = requestsPerMinute;
        settings.backoffBaseMs = static_cast<int>(2000 / scale);
        settings.backoffCapMs = static_cast<int>(60000 / scale);
        settings.stalledAfterMs = static_cast<int>(180000 / scale);
        settings.maxWaitMs = static_cast<qint64>(120000 / scale);
        scheduler->setSettings(settings);
        controller = std::make_unique<core::ScanController>(*client, *repository, *scheduler);
    }

    QStringList launch(const QStringList &urls, const QString &type = QStringLiteral("security"))
    {
        QStringList ids;
        auto connection = QObject::connect(controller.get(), &core::ScanController::launched,
                                           [&ids](const QString &id) { ids.append(id); });
        for (const auto &url : urls)
            controller->startScan(url, type);
        if (!QTest::qWaitFor([&] { return ids.size() == urls.size(); }, 20000))
            qWarning("launched %lld of %lld scans", qint64(ids.size()), qint64(urls.size()));
        QObject::disconnect(connection);
        return ids;
    }

    bool allTerminal(const QStringList &ids) const
    {
        for (const auto &id : ids) {
            const core::Scan *scan = repository->find(id);
            if (!scan || !core::isTerminal(scan->state))
                return false;
        }
        return true;
    }

    /// No request on its way or waiting for the budget: every request sent so
    /// far is in the simulator's log, and none leaves unless something asks.
    bool clientIdle() const
    {
        return client->requestsInFlight() == 0 && client->requestsWaiting() == 0;
    }

    /// GET /v1/scan/<id> requests the simulator received, in order.
    QList<sim::Simulator::LoggedRequest> pollsOf(const QString &id) const
    {
        QList<sim::Simulator::LoggedRequest> polls;
        for (const auto &request : simulator->requestLog()) {
            if (request.method == "GET" && request.path == QStringLiteral("/v1/scan/") + id)
                polls.append(request);
        }
        return polls;
    }

    std::unique_ptr<sim::Simulator> simulator;
    QNetworkAccessManager network;
    std::unique_ptr<core::ApiClient> client;
    std::unique_ptr<core::ScanRepository> repository;
    std::unique_ptr<core::PollScheduler> scheduler;
    std::unique_ptr<core::ScanController> controller;
};

/// One run of the app on a history file, sharing the stack's client: what a
/// restart builds anew.
struct StoredRun
{
    StoredRun(TestStack &stack, const QString &path)
        : store(path)
        , repository(&store)
        , scheduler(*stack.client, repository)
        , controller(*stack.client, repository, scheduler)
    {
        scheduler.setSettings(stack.scheduler->settings());
    }
    core::ScanStore store;
    core::ScanRepository repository;
    core::PollScheduler scheduler;
    core::ScanController controller;
};
