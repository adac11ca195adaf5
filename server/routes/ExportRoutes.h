#pragma once

#include "http/HttpExchange.h"
#include "storage/Records.h"
#include "versions/ExportJob.h"

#include <optional>

class ApiRoutes;
class ExportTasks;
class Storage;

// Export tasks over HTTP (modelarts-api-versions.md 4): create (the body checked field by field), list,
// describe.
class ExportRoutes final
{
public:
    ExportRoutes(Storage &storage, ExportTasks &exports);
    void addTo(ApiRoutes &routes);

    // The checked request of an export body, or nullopt with the 400 in *error.
    static std::optional<ExportRequest> parseRequest(const QString &dataDir, const QByteArray &body, ApiResponse *error);

private:
    ApiResponse create(const DatasetRecord &dataset, const ApiRequest &request);
    ApiResponse list(const DatasetRecord &dataset, const ApiRequest &request) const;
    ApiResponse describe(const DatasetRecord &dataset, const QString &taskId) const;

    Storage &m_storage;
    ExportTasks &m_exports;
};
