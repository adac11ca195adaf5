#pragma once

#include "ServiceConfig.h"
#include "http/HttpExchange.h"

class ApiRoutes;
class Storage;
struct Caller;

// GET /v3/projects (IAM's KeystoneListProjects): the projects the caller may use, optionally by `name`,
// in IAM's response shape. Huawei's SDKs look the project id up this way before their first call.
class ProjectRoutes final
{
public:
    ProjectRoutes(const Storage &storage, const ServiceConfig &config);
    void addTo(ApiRoutes &routes);

private:
    ApiResponse list(const Caller &caller, const ApiRequest &request) const;

    const Storage &m_storage;
    const ServiceConfig &m_config;
};
