#include "service/ServiceWorkers.h"

#include "auth/TokenIssuer.h"
#include "rest/ApiError.h"
#include "service/ModelArtsService.h"
#include "storage/Storage.h"

class ServiceWorkers::Handler final : public RequestHandler
{
public:
    Handler(const QString &dataDir, ServiceJobs jobs, const ServiceConfig &config, std::shared_ptr<LoginThrottle> throttle,
            std::shared_ptr<Shared> shared)
        : m_storage(dataDir)
        , m_shared(std::move(shared))
    {
        if (!m_storage.open()) {
            m_error = m_storage.lastError();
            return;
        }
        m_service = std::make_unique<ModelArtsService>(m_storage, jobs, config, std::move(throttle));
    }

    ApiResponse handle(ApiRequest request) override
    {
        if (!m_service)
            return apierror::storageError(m_error);
        const int generation = m_shared->generation.load();
        if (generation != m_generation) {
            QMutexLocker lock(&m_shared->mutex);
            m_service->setPublicUrl(m_shared->publicUrl);
            m_generation = generation;
        }
        ApiResponse response = m_service->handle(std::move(request));
        m_storage.database().finishStatements(); // the next request reads the database as it is then
        return response;
    }

private:
    Storage m_storage;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<ModelArtsService> m_service;
    QString m_error;
    int m_generation = -1;
};

ServiceWorkers::ServiceWorkers(QString dataDir, ServiceJobs jobs, ServiceConfig config)
    : m_dataDir(std::move(dataDir))
    , m_jobs(jobs)
    , m_config(std::move(config))
    , m_throttle(TokenIssuer::makeThrottle(m_config))
    , m_shared(std::make_shared<Shared>())
{
    m_shared->publicUrl = m_config.publicUrl;
}

ServiceWorkers::~ServiceWorkers() = default;

HandlerFactory ServiceWorkers::factory()
{
    return [dataDir = m_dataDir, jobs = m_jobs, config = m_config, throttle = m_throttle, shared = m_shared] {
        return std::make_unique<Handler>(dataDir, jobs, config, throttle, shared);
    };
}

void ServiceWorkers::setPublicUrl(const QUrl &url)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->publicUrl = url;
    ++m_shared->generation;
}
