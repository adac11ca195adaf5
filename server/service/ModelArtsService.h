#pragma once

#include "ServiceConfig.h"
#include "auth/Authenticator.h"
#include "auth/TokenIssuer.h"
#include "auth/UrlSigner.h"
#include "http/HttpExchange.h"
#include "rest/Router.h"
#include "rest/SampleJson.h"
#include "routes/AutoAnnotationRoutes.h"
#include "routes/DatasetRoutes.h"
#include "routes/ExportRoutes.h"
#include "routes/ImageRoutes.h"
#include "routes/ProjectRoutes.h"
#include "routes/SampleRoutes.h"
#include "routes/TaskRoutes.h"
#include "routes/VersionRoutes.h"
#include "service/ServiceJobs.h"

#include <QObject>

class Storage;
class TaskManager;

// The ModelArts-compatible API of modelarts-local: IAM tokens, the v2 dataset / annotation / task routes
// and the presigned image URLs, each resource in its own routes/ file, behind one route table. handle()
// maps one request to one response with its request id; it runs on the thread that owns the Storage (each
// of the HTTP front's workers has its own service over its own Storage), and never throws: every failure
// becomes an error body.
class ModelArtsService final : public QObject
{
    Q_OBJECT
public:
    // `throttle`: the login throttle shared by every thread's service (a new one when null).
    ModelArtsService(Storage &storage, ServiceJobs jobs, ServiceConfig config, std::shared_ptr<LoginThrottle> throttle = nullptr,
                     QObject *parent = nullptr);
    ~ModelArtsService() override;
    Q_DISABLE_COPY_MOVE(ModelArtsService)

    ApiResponse handle(ApiRequest request);

    void setPublicUrl(const QUrl &url);
    const ServiceConfig &config() const { return m_config; }

private:
    ServiceConfig m_config;
    UrlSigner m_signer;
    Authenticator m_authenticator;
    TokenIssuer m_tokens;
    SampleJson m_sampleJson;
    DatasetRoutes m_datasets;
    SampleRoutes m_samples;
    AutoAnnotationRoutes m_autoAnnotations;
    TaskRoutes m_tasks;
    VersionRoutes m_versions;
    ExportRoutes m_exports;
    ImageRoutes m_images;
    ProjectRoutes m_projects;
    Router m_router;
};
