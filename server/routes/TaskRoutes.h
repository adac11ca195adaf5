#pragma once

#include "http/HttpExchange.h"
#include "storage/Records.h"
#include "tasks/TaskRequest.h"

#include <optional>

class ApiRoutes;
class Storage;
class TaskManager;

// Auto-label tasks over HTTP: create (the body checked field by field), list, describe with the event
// tree, stop (modelarts-api.md 4.1, 4.2, 5.6).
class TaskRoutes final
{
public:
    TaskRoutes(Storage &storage, TaskManager &tasks);
    void addTo(ApiRoutes &routes);

    // The checked request of a create-task body, or nullopt with the 400 in *error.
    static std::optional<TaskRequest> parseRequest(const QByteArray &body, ApiResponse *error);

private:
    ApiResponse create(const DatasetRecord &dataset, const ApiRequest &request);
    ApiResponse list(const DatasetRecord &dataset, const ApiRequest &request) const;
    ApiResponse describe(const DatasetRecord &dataset, const QString &taskId) const;
    ApiResponse stop(const DatasetRecord &dataset, const QString &taskId);
    QJsonObject present(const TaskRecord &task) const;

    Storage &m_storage;
    TaskManager &m_tasks;
};
