#pragma once

#include "http/HttpExchange.h"
#include "storage/Records.h"
#include "versions/VersionPublisher.h"

#include <optional>

class ApiRoutes;
class Storage;

// Dataset versions over HTTP (modelarts-api-versions.md 1-3): publish (the body checked field by field),
// list (without label_stats, as documented) and describe.
class VersionRoutes final
{
public:
    VersionRoutes(Storage &storage, VersionPublisher &publisher);
    void addTo(ApiRoutes &routes);

    // The checked request of a publish body, or nullopt with the 400 in *error.
    static std::optional<PublishRequest> parseRequest(const QByteArray &body, ApiResponse *error);

private:
    ApiResponse publish(const DatasetRecord &dataset, const ApiRequest &request);
    ApiResponse list(const DatasetRecord &dataset, const ApiRequest &request) const;
    ApiResponse describe(const DatasetRecord &dataset, const QString &versionId) const;

    Storage &m_storage;
    VersionPublisher &m_publisher;
};
