#include "routes/ProjectRoutes.h"

#include "auth/Caller.h"
#include "rest/QueryParams.h"
#include "routes/ApiRoutes.h"
#include "storage/Storage.h"

#include <QJsonArray>

ProjectRoutes::ProjectRoutes(const Storage &storage, const ServiceConfig &config)
    : m_storage(storage)
    , m_config(config)
{
}

void ProjectRoutes::addTo(ApiRoutes &routes)
{
    routes.authenticated("GET", QStringLiteral("/v3/projects"), [this](const ApiRoutes::Call &c) { return list(c.caller, c.request); });
}

ApiResponse ProjectRoutes::list(const Caller &caller, const ApiRequest &request) const
{
    const QString base = m_config.publicUrl.toString(QUrl::StripTrailingSlash);
    const QueryParams query(request.encodedQuery);
    const QString name = query.value(QStringLiteral("name"));
    QJsonArray projects;
    const auto project = m_storage.identity().projectById(caller.projectId);
    const auto user = m_storage.identity().userById(caller.userId);
    if (project && (name.isEmpty() || name == project->name)) {
        const QString domainId = user ? user->domainId : QString();
        projects.append(QJsonObject{
                { QStringLiteral("id"), project->id },
                { QStringLiteral("name"), project->name },
                { QStringLiteral("domain_id"), domainId },
                { QStringLiteral("parent_id"), domainId },
                { QStringLiteral("description"), QString() },
                { QStringLiteral("enabled"), true },
                { QStringLiteral("is_domain"), false },
                { QStringLiteral("links"),
                  QJsonObject{ { QStringLiteral("self"), QString(base + QStringLiteral("/v3/projects/") + project->id) } } } });
    }
    return ApiResponse::json(200,
                             QJsonObject{ { QStringLiteral("projects"), projects },
                                          { QStringLiteral("links"),
                                            QJsonObject{ { QStringLiteral("self"), QString(base + QStringLiteral("/v3/projects")) },
                                                         { QStringLiteral("previous"), QJsonValue::Null },
                                                         { QStringLiteral("next"), QJsonValue::Null } } } });
}
