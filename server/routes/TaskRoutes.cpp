#include "routes/TaskRoutes.h"

#include "Ids.h"
#include "rest/ApiError.h"
#include "rest/JsonBody.h"
#include "rest/QueryParams.h"
#include "routes/ApiRoutes.h"
#include "routes/GroupingRequest.h"
#include "storage/Storage.h"
#include "tasks/EventTree.h"
#include "tasks/GroupingTask.h"
#include "tasks/TaskManager.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {

std::optional<std::pair<double, double>> parseScope(const QString &scope)
{
    const QStringList parts = scope.split(QLatin1Char('-'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okLow = false, okHigh = false;
    const double low = parts[0].toDouble(&okLow);
    const double high = parts[1].toDouble(&okHigh);
    if (!okLow || !okHigh || !std::isfinite(low) || !std::isfinite(high) || low < 0 || high > 1 || low > high)
        return std::nullopt;
    return std::make_pair(low, high);
}

// The config as the cloud echoes it: the request's, with the defaults of what it left out.
QJsonObject echoedConfig(QJsonObject config, const QString &algorithm, const QString &scope, bool collect)
{
    config.insert(QStringLiteral("algorithm_type"), algorithm);
    config.insert(QStringLiteral("confidence_scope"), scope);
    config.insert(QStringLiteral("collect_sample"), collect);
    for (const QString &key : { QStringLiteral("ambiguity"), QStringLiteral("image_brightness"), QStringLiteral("image_colorfulness") }) {
        if (!config.contains(key))
            config.insert(key, false);
    }
    if (!config.contains(QStringLiteral("worker_server_num")))
        config.insert(QStringLiteral("worker_server_num"), 0);
    if (!config.contains(QStringLiteral("name")))
        config.insert(QStringLiteral("name"), ids::resourceId());
    return config;
}

// The optional config fields modelarts-local echoes but does not use: of their documented type and a sane
// size, or refused (they are stored with the task).
bool checkOptionalFields(const QJsonObject &config, QString *error)
{
    for (const QString &key : { QStringLiteral("ambiguity"), QStringLiteral("image_brightness"), QStringLiteral("image_colorfulness"),
                                QStringLiteral("collect_sample") }) {
        const QJsonValue v = config.value(key);
        if (!v.isUndefined() && !v.isBool()) {
            *error = QStringLiteral("config.%1 must be a boolean.").arg(key);
            return false;
        }
    }
    const QJsonValue workers = config.value(QStringLiteral("worker_server_num"));
    if (!workers.isUndefined()
        && (!workers.isDouble() || workers.toDouble() != std::floor(workers.toDouble()) || workers.toDouble() < 0
            || workers.toDouble() > 1000)) {
        *error = QStringLiteral("config.worker_server_num must be an integer from 0 to 1000.");
        return false;
    }
    const QJsonValue name = config.value(QStringLiteral("name"));
    if (!name.isUndefined() && (!name.isString() || name.toString().size() > 64)) {
        *error = QStringLiteral("config.name must be a string of at most 64 characters.");
        return false;
    }
    // Anything else the cloud may add: kept, but not of any size.
    if (QJsonDocument(config).toJson(QJsonDocument::Compact).size() > 16 * 1024) {
        *error = QStringLiteral("config is larger than 16 KB.");
        return false;
    }
    return true;
}

// The config's fields, checked; false with the message in *error.
bool parseConfig(const QJsonObject &config, TaskRequest &request, QString *error)
{
    if (!checkOptionalFields(config, error))
        return false;
    const QJsonValue algorithm = config.value(QStringLiteral("algorithm_type"));
    if (!algorithm.isUndefined() && !algorithm.isString()) {
        *error = QStringLiteral("config.algorithm_type must be a string.");
        return false;
    }
    const QString algorithmType = algorithm.toString(QStringLiteral("fast"));
    if (algorithmType != QLatin1String("fast") && algorithmType != QLatin1String("accurate")) {
        *error = QStringLiteral("config.algorithm_type must be fast or accurate, not %1.").arg(algorithmType);
        return false;
    }
    const QJsonValue scopeValue = config.value(QStringLiteral("confidence_scope"));
    if (!scopeValue.isUndefined() && !scopeValue.isString()) {
        *error = QStringLiteral("config.confidence_scope must be a string such as \"0.0-0.5\".");
        return false;
    }
    const QString scopeText = scopeValue.toString(QStringLiteral("0.0-0.5"));
    const auto scope = parseScope(scopeText);
    if (!scope) {
        *error = QStringLiteral("config.confidence_scope must be \"low-high\" within 0..1, not %1.").arg(scopeText);
        return false;
    }
    request.accurate = algorithmType == QLatin1String("accurate");
    request.confidenceLow = scope->first;
    request.confidenceHigh = scope->second;
    request.config = echoedConfig(config, algorithmType, scopeText, request.collectKeySample);
    return true;
}

} // namespace

TaskRoutes::TaskRoutes(Storage &storage, TaskManager &tasks)
    : m_storage(storage)
    , m_tasks(tasks)
{
}

void TaskRoutes::addTo(ApiRoutes &routes)
{
    routes.dataset("GET", QStringLiteral("/tasks"), [this](const ApiRoutes::Call &c) { return list(*c.dataset, c.request); });
    routes.dataset("POST", QStringLiteral("/tasks"), [this](const ApiRoutes::Call &c) { return create(*c.dataset, c.request); });
    routes.dataset("GET", QStringLiteral("/tasks/{task_id}"),
                   [this](const ApiRoutes::Call &c) { return describe(*c.dataset, c.param(u"task_id")); });
    routes.dataset("POST", QStringLiteral("/tasks/{task_id}/stop"),
                   [this](const ApiRoutes::Call &c) { return stop(*c.dataset, c.param(u"task_id")); });
}

std::optional<TaskRequest> TaskRoutes::parseRequest(const QByteArray &body, ApiResponse *error)
{
    const auto object = jsonbody::object(body, error, true);
    if (!object)
        return std::nullopt;
    QString message;
    if (groupingrequest::isGrouping(*object)) {
        if (auto grouping = groupingrequest::parse(*object, &message))
            return grouping;
        *error = apierror::parameter(message);
        return std::nullopt;
    }
    TaskRequest request;
    const QJsonValue taskType = object->value(QStringLiteral("task_type"));
    const QJsonValue collect = object->value(QStringLiteral("collect_key_sample"));
    const QJsonValue config = object->value(QStringLiteral("config"));
    request.type = taskType.toString(QStringLiteral("auto-label"));
    request.collectKeySample = collect.toBool(false);
    if (!taskType.isUndefined() && !taskType.isString())
        message = QStringLiteral("task_type must be a string.");
    else if (request.type != QLatin1String("auto-label"))
        message =
                QStringLiteral("task_type %1 is not supported: modelarts-local runs auto-label and auto-grouping tasks.").arg(request.type);
    else if (!collect.isUndefined() && !collect.isBool())
        message = QStringLiteral("collect_key_sample must be a boolean.");
    else if (!config.isUndefined() && !config.isObject())
        message = QStringLiteral("config must be an object.");
    else if (parseConfig(config.toObject(), request, &message))
        return request;
    *error = apierror::parameter(message);
    return std::nullopt;
}

ApiResponse TaskRoutes::create(const DatasetRecord &dataset, const ApiRequest &request)
{
    ApiResponse error;
    const auto taskRequest = parseRequest(request.body, &error);
    if (!taskRequest)
        return error;
    const auto created = m_tasks.create(m_storage, dataset, *taskRequest);
    if (const auto *refusal = std::get_if<Refusal>(&created))
        return apierror::modelArts(refusal->httpStatus, refusal->code, refusal->message);
    return ApiResponse::json(200, QJsonObject{ { QStringLiteral("task_id"), std::get<QString>(created) } });
}

QJsonObject TaskRoutes::present(const TaskRecord &task) const
{
    if (task.taskType == QLatin1String("auto-grouping"))
        return groupingtask::present(task, m_tasks.now());
    // Unconfirmed: what of this task's results still awaits confirmation (confirming lowers it).
    const qint64 unconfirmed = task.state.value(QStringLiteral("status")).toInt() == taskstatus::Succeeded
            ? m_storage.annotations().countOfTask(task.id)
            : qint64(0);
    return eventtree::present(task, m_tasks.now(), unconfirmed);
}

ApiResponse TaskRoutes::describe(const DatasetRecord &dataset, const QString &taskId) const
{
    const auto task = m_tasks.task(m_storage, dataset.id, taskId);
    if (!task)
        return apierror::modelArts(400, errorcode::TaskNotFound, QStringLiteral("Task does not exist"));
    return ApiResponse::json(200, present(*task));
}

ApiResponse TaskRoutes::list(const DatasetRecord &dataset, const ApiRequest &request) const
{
    const QueryParams params(request.encodedQuery);
    const QString type = params.value(QStringLiteral("type"));
    if (!type.isEmpty() && type != QLatin1String("auto-label") && type != QLatin1String("pre-label")
        && type != QLatin1String("auto-grouping") && type != QLatin1String("auto-deploy"))
        return apierror::parameter(QStringLiteral("type must be auto-label, pre-label, auto-grouping or auto-deploy."));
    ApiResponse error;
    const auto page = pageOf(params, &error);
    if (!page)
        return error;
    QJsonArray tasks;
    const DatasetCounts counts = m_storage.datasets().counts(dataset.id);
    const QList<TaskRecord> all = m_tasks.tasks(m_storage, dataset.id, type);
    for (const TaskRecord &task : all.mid(std::min<qint64>(page->firstRecord(), all.size()), page->limit)) {
        QJsonObject t = present(task);
        const QJsonObject result = t.value(QStringLiteral("result")).toObject();
        t.remove(QStringLiteral("resource_id"));
        t.insert(QStringLiteral("dataset_id"), dataset.id);
        const bool grouping = task.taskType == QLatin1String("auto-grouping");
        t.insert(QStringLiteral("type"), grouping ? 2 : 0); // RunningTask.type: 2 for grouping, from the 2021 request form
        t.insert(QStringLiteral("total_sample_count"), counts.total);
        t.insert(QStringLiteral("annotated_sample_count"), counts.labeled);
        t.insert(QStringLiteral("unconfirmed_sample_count"), result.value(QStringLiteral("unconfirmed_sample_count")).toInteger());
        t.insert(QStringLiteral("model_name"), QStringLiteral("modelarts-local"));
        t.insert(QStringLiteral("model_version"), QStringLiteral("0.1.0"));
        tasks.append(t);
    }
    return ApiResponse::json(200,
                             QJsonObject{ { QStringLiteral("tasks"), tasks },
                                          { QStringLiteral("total_count"), qint64(all.size()) },
                                          { QStringLiteral("exist_running_deploy_task"), false } });
}

ApiResponse TaskRoutes::stop(const DatasetRecord &dataset, const QString &taskId)
{
    if (m_tasks.stop(m_storage, dataset.id, taskId) == TaskManager::StopOutcome::NotFound)
        return apierror::modelArts(400, errorcode::TaskNotFound, QStringLiteral("Task does not exist"));
    return ApiResponse::empty(204); // stopping, or already finished: nothing to stop
}
