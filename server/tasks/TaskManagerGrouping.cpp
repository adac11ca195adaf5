// TaskManager: auto-grouping tasks (modelarts-api-grouping.md 1-3), beside the labeling ones.
#include "tasks/TaskManager.h"

#include "ErrorCodes.h"
#include "Ids.h"
#include "ServerLog.h"
#include "storage/Storage.h"
#include "tasks/GroupingRunner.h"
#include "tasks/GroupingTask.h"
#include "threads/BackgroundPriority.h"

#include <QtConcurrent/QtConcurrentRun>

bool TaskManager::isGrouping(const QString &taskId) const
{
    const auto live = m_live.constFind(taskId);
    return live != m_live.cend() && live->record.taskType == QLatin1String("auto-grouping");
}

std::optional<Refusal> TaskManager::groupingRefusal(const Storage &storage, const DatasetRecord &dataset, const TaskRequest &request) const
{
    if (dataset.type != 0 && dataset.type != 1 && dataset.type != 3)
        return Refusal{ 400, errorcode::UnsupportedOperation,
                        QStringLiteral("Unsupported operation, label task type is %1").arg(dataset.type) };
    if (storage.versions().publishing(dataset.id))
        return Refusal{ 403, errorcode::PublishLocked, QStringLiteral("Task is publishing, the operation is forbidden") };
    if (!storage.tasks().activeTaskIds(dataset.id, TaskStore::TaskKinds::Grouping).isEmpty())
        return Refusal{ 400, errorcode::GroupingRunning, QStringLiteral("Auto grouping task is already running.") };
    SampleQuery toGroup;
    toGroup.state = SampleState::Unlabeled;
    const qint64 count = storage.samples().count(dataset.id, toGroup);
    if (request.groups > count)
        return Refusal{ 400, errorcode::TooManyGroups,
                        QStringLiteral("Invalid n_clusters, should less than the total number of samples (%1 to group).").arg(count) };
    return std::nullopt;
}

std::variant<QString, Refusal> TaskManager::createGrouping(Storage &storage, const DatasetRecord &dataset, const TaskRequest &request)
{
    QMutexLocker creating(&m_creating);
    writeUnwritten(storage);
    if (auto refused = groupingRefusal(storage, dataset, request))
        return *refused;
    TaskRecord task;
    task.id = ids::resourceId();
    task.datasetId = dataset.id;
    task.taskType = request.type;
    task.status = taskstatus::Initializing;
    task.createTimeMs = now();
    task.state = groupingtask::initialState(task.id, dataset.id, task.createTimeMs, request);
    if (!storage.tasks().insert(task))
        return Refusal{ Database::isFull(storage.lastError()) ? 507 : 500, errorcode::SystemError,
                        Database::isFull(storage.lastError()) ? QStringLiteral("The service's storage is full: no task was created.")
                                                              : QStringLiteral("System error") };
    startGrouping(task, request);
    qCInfo(lcServer) << "grouping task" << task.id << "created on dataset" << dataset.name << request.groups << "groups";
    return task.id;
}

void TaskManager::startGrouping(const TaskRecord &task, const TaskRequest &request)
{
    GroupingJob job{ task.id, task.datasetId, m_dataDir, request, task.state, m_options.seed, m_options.nowMs, m_options.minStageMs };
    auto cancel = std::make_shared<std::atomic_bool>(false);
    GroupingRunner runner(std::move(job), cancel, reporter(task.id));
    QMutexLocker lock(&m_mutex);
    m_live.insert(task.id, Live{ task, cancel, QtConcurrent::run(&m_pool, [runner]() mutable {
                                     background::yieldToInteractiveThreads(); // requests are answered first
                                     runner.run();
                                 }) });
}
