#pragma once

#include "auth/Caller.h"
#include "http/Router.h"
#include "storage/Records.h"

class Authenticator;
class Storage;

// Adds routes to the service's table behind the checks the /v2 API shares: the caller authenticated
// (401), the path's project the caller's (403), and for dataset routes the dataset found in it (400
// ModelArts.4352). Patterns of project() follow "/v2/{project_id}", those of dataset() follow
// "/v2/{project_id}/datasets/{dataset_id}".
class ApiRoutes final
{
public:
    using ProjectHandler = std::function<ApiResponse(const ApiRequest &, const RouteMatch &, const Caller &)>;
    using DatasetHandler = std::function<ApiResponse(const ApiRequest &, const RouteMatch &, const Caller &, const DatasetRecord &)>;

    ApiRoutes(Router &router, const Authenticator &authenticator, const Storage &storage);

    // Without authentication (token issuing, presigned image URLs).
    void open(const QByteArray &method, const QString &pattern, Router::Handler handler);
    void project(const QByteArray &method, const QString &pattern, ProjectHandler handler);
    void dataset(const QByteArray &method, const QString &pattern, DatasetHandler handler);

private:
    Router &m_router;
    const Authenticator &m_authenticator;
    const Storage &m_storage;
};
