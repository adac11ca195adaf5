#pragma once

#include "ServiceConfig.h"
#include "http/WorkerPool.h"
#include "service/ServiceJobs.h"

#include <QMutex>
#include <QUrl>

#include <atomic>
#include <memory>

class LoginThrottle;

// The ModelArts service as the HTTP front's workers run it: each worker thread opens its own Storage over
// the data directory (SQLite in WAL: readers side by side, writers one at a time) and its own
// ModelArtsService over it. What must be one for the whole service is shared: the task manager (which is
// thread-safe), the login throttle and the public URL.
class ServiceWorkers final
{
public:
    ServiceWorkers(QString dataDir, ServiceJobs jobs, ServiceConfig config);
    ~ServiceWorkers();
    Q_DISABLE_COPY_MOVE(ServiceWorkers)

    // Makes the handler of the calling thread.
    HandlerFactory factory();
    // Where clients reach the service (the base of presigned URLs), for every worker from its next request.
    void setPublicUrl(const QUrl &url);

private:
    class Handler;
    struct Shared
    {
        QMutex mutex;
        QUrl publicUrl;
        std::atomic_int generation{ 0 };
    };

    QString m_dataDir;
    ServiceJobs m_jobs;
    ServiceConfig m_config;
    std::shared_ptr<LoginThrottle> m_throttle;
    std::shared_ptr<Shared> m_shared;
};
