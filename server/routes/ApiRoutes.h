#pragma once

#include "auth/Caller.h"
#include "rest/Router.h"
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
    // What a /v2 handler gets: the request, its path parameters, the caller and (dataset routes) the dataset.
    struct Call
    {
        const ApiRequest &request;
        const RouteMatch &match;
        const Caller &caller;
        const DatasetRecord *dataset = nullptr;
        QString param(QStringView name) const { return match.value(name); }
    };
    using Handler = std::function<ApiResponse(const Call &)>;

    ApiRoutes(Router &router, const Authenticator &authenticator, const Storage &storage);

    // Without authentication (token issuing, presigned image URLs).
    void open(const QByteArray &method, const QString &pattern, Router::Handler handler);
    // The caller authenticated, any path (IAM's own routes): Call::caller is set.
    void authenticated(const QByteArray &method, const QString &pattern, Handler handler);
    void project(const QByteArray &method, const QString &pattern, Handler handler);
    // Call::dataset is set.
    void dataset(const QByteArray &method, const QString &pattern, Handler handler);

private:
    Router &m_router;
    const Authenticator &m_authenticator;
    const Storage &m_storage;
};
