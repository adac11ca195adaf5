#include "service/ModelArtsService.h"

#include "Ids.h"
#include "ServerLog.h"
#include "rest/ApiError.h"
#include "rest/QueryParams.h"
#include "routes/ApiRoutes.h"
#include "storage/Storage.h"

#include <algorithm>

ModelArtsService::ModelArtsService(Storage &storage, ServiceJobs jobs, ServiceConfig config, std::shared_ptr<LoginThrottle> throttle,
                                   QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_signer(storage.secret(QStringLiteral("url-signing-key")), m_config.publicUrl, m_config.urlLifetimeSeconds)
    , m_authenticator(storage, m_config.nowMs, m_config.maxClockSkewSeconds)
    , m_tokens(storage, m_config, std::move(throttle))
    , m_sampleJson(storage, m_signer)
    , m_datasets(storage)
    , m_samples(storage, m_sampleJson, m_config.nowMs)
    , m_autoAnnotations(storage, m_sampleJson, m_config.nowMs)
    , m_tasks(storage, jobs.tasks)
    , m_versions(storage, jobs.publisher)
    , m_exports(storage, jobs.exports)
    , m_images(storage, m_signer, m_config.previewMaxSide, m_config.nowMs)
    , m_projects(storage, m_config)
{
    ApiRoutes routes(m_router, m_authenticator, storage);
    routes.open("POST", QStringLiteral("/v3/auth/tokens"),
                [this](const ApiRequest &request, const RouteMatch &) { return m_tokens.issue(request); });
    m_projects.addTo(routes);
    m_images.addTo(routes);
    m_datasets.addTo(routes);
    m_samples.addTo(routes);
    m_autoAnnotations.addTo(routes);
    m_tasks.addTo(routes);
    m_versions.addTo(routes);
    m_exports.addTo(routes);
}

ModelArtsService::~ModelArtsService() = default;

void ModelArtsService::setPublicUrl(const QUrl &url)
{
    m_config.publicUrl = url;
    m_signer.setBaseUrl(url);
}

ApiResponse ModelArtsService::handle(ApiRequest request)
{
    request.requestId = ids::hex32();
    std::optional<ApiResponse> routed;
    const bool upperCase = std::all_of(request.method.cbegin(), request.method.cend(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!upperCase)
        routed = apierror::gateway(request, 400, errorcode::RequestRefused,
                                   QStringLiteral("Methods are case-sensitive: %1 is none (GET, POST, PUT, DELETE, HEAD).")
                                           .arg(QString::fromLatin1(request.method)));
    else if (request.body.size() > m_config.maxBodyBytes)
        routed = apierror::gateway(request, 413, errorcode::EntityTooLarge, QStringLiteral("Request entity too large"));
    else
        routed = m_router.dispatch(request, pathSegments(request.encodedPath));
    ApiResponse response = routed ? std::move(*routed) : apierror::noSuchApi(request);
    // Every API answer and every error carries its request id; an image read is the bytes alone (what a
    // grid fetches thousands of times: each header byte costs Qt's plain-HTTP client a read call).
    if (response.status >= 300 || !response.contentType.startsWith("image/"))
        response.headers.append({ QByteArrayLiteral("X-Request-Id"), request.requestId.toLatin1() });
    if (response.status >= 400)
        qCInfo(lcServer).noquote() << request.method << QString::fromUtf8(request.encodedPath) << "->" << response.status;
    return response;
}
