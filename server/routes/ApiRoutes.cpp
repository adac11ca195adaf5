#include "routes/ApiRoutes.h"

#include "auth/Authenticator.h"
#include "rest/ApiError.h"
#include "storage/Storage.h"

ApiRoutes::ApiRoutes(Router &router, const Authenticator &authenticator, const Storage &storage)
    : m_router(router)
    , m_authenticator(authenticator)
    , m_storage(storage)
{
}

void ApiRoutes::open(const QByteArray &method, const QString &pattern, Router::Handler handler)
{
    m_router.add(method, pattern, std::move(handler));
}

void ApiRoutes::authenticated(const QByteArray &method, const QString &pattern, Handler handler)
{
    const Authenticator &authenticator = m_authenticator;
    m_router.add(method, pattern, [&authenticator, handler = std::move(handler)](const ApiRequest &request, const RouteMatch &match) {
        ApiResponse failure;
        const auto caller = authenticator.authenticate(request, &failure);
        if (!caller)
            return failure;
        return handler(Call{ request, match, *caller });
    });
}

void ApiRoutes::project(const QByteArray &method, const QString &pattern, Handler handler)
{
    const Authenticator &authenticator = m_authenticator;
    m_router.add(method, QStringLiteral("/v2/{project_id}") + pattern,
                 [&authenticator, handler = std::move(handler)](const ApiRequest &request, const RouteMatch &match) {
                     ApiResponse failure;
                     const auto caller = authenticator.authenticate(request, &failure);
                     if (!caller)
                         return failure;
                     const QString project = match.value(u"project_id");
                     if (project != caller->projectId) {
                         return apierror::modelArts(403, errorcode::NoPermission,
                                                    QStringLiteral("The user hasn't permission to access project %1").arg(project));
                     }
                     return handler(Call{ request, match, *caller });
                 });
}

void ApiRoutes::dataset(const QByteArray &method, const QString &pattern, Handler handler)
{
    const Storage &storage = m_storage;
    project(method, QStringLiteral("/datasets/{dataset_id}") + pattern, [&storage, handler = std::move(handler)](const Call &call) {
        const auto dataset = storage.datasets().find(call.caller.projectId, call.param(u"dataset_id"));
        if (!dataset)
            return apierror::modelArts(400, errorcode::DatasetNotFound, QStringLiteral("Dataset does not exist"));
        return handler(Call{ call.request, call.match, call.caller, &*dataset });
    });
}
