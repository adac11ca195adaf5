#pragma once

#include "Refusal.h"
#include "storage/Records.h"
#include "tasks/TaskRequest.h"
#include "tasks/TaskSteps.h"

#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <variant>

class Storage;

struct TaskOptions
{
    // Each stage of a task lasts at least this long (0: as fast as the engine goes). Lets a user or a
    // test watch, stop or attach to a task of a small dataset the way they would in the cloud.
    int minStageMs = 0;
    int maxConcurrentTasks = 2;
    quint32 seed = 7;
    std::function<qint64()> nowMs;
    // Tests: a statement run first on the connection that writes a task's results (a fault to inject).
    QString resultsSetup;
};

// The auto-label tasks of modelarts-local (modelarts-api.md 4.1, 4.2, 5.6, 5.7): the live ones and their
// workers. Thread-safe: the HTTP front's workers call it, each with its own Storage; each task runs in a
// TaskRunner on a thread of its own pool (which reads the dataset and writes the results) and reports its
// steps through queued calls to the manager's thread, which writes them with the manager's Storage. A
// running task's state is kept in memory and written through at each stage change.
class TaskManager final : public QObject
{
    Q_OBJECT
public:
    TaskManager(Storage &storage, TaskOptions options, QObject *parent = nullptr);
    ~TaskManager() override;
    Q_DISABLE_COPY_MOVE(TaskManager)

    // Marks tasks that were active when the service last stopped as failed: their results were never
    // written (results are written in one transaction at the very end), so the dataset is as before.
    void failInterruptedTasks();

    // Checks the preconditions and starts the task: its id, or why not.
    // `storage` is the calling thread's.
    std::variant<QString, Refusal> create(Storage &storage, const DatasetRecord &dataset, const TaskRequest &request);
    // A task of the dataset as it is now (a running one from memory).
    std::optional<TaskRecord> task(const Storage &storage, const QString &datasetId, const QString &taskId) const;
    // The dataset's tasks of `type` (all when empty), newest first.
    QList<TaskRecord> tasks(const Storage &storage, const QString &datasetId, const QString &type) const;
    enum class StopOutcome { NotFound, AlreadyEnded, Stopping };
    StopOutcome stop(Storage &storage, const QString &datasetId, const QString &taskId);

    qint64 now() const { return m_options.nowMs(); }

    // Stops every running task and waits for the workers (shutdown).
    void shutdown();

signals:
    void taskFinished(const QString &taskId, int status);

private:
    struct Live
    {
        TaskRecord record;
        std::shared_ptr<std::atomic_bool> cancel;
        QFuture<void> future;
    };

    std::optional<Refusal> refusal(const Storage &storage, const DatasetRecord &dataset) const;
    // Auto grouping (TaskManagerGrouping.cpp): its own checks, record and runner.
    std::variant<QString, Refusal> createGrouping(Storage &storage, const DatasetRecord &dataset, const TaskRequest &request);
    std::optional<Refusal> groupingRefusal(const Storage &storage, const DatasetRecord &dataset, const TaskRequest &request) const;
    void startGrouping(const TaskRecord &task, const TaskRequest &request);
    bool isGrouping(const QString &taskId) const; // under m_mutex
    // A runner's report, queued to the manager's thread.
    std::function<void(const StepReport &)> reporter(const QString &taskId);
    TaskRecord newTask(const Storage &storage, const DatasetRecord &dataset, const TaskRequest &request) const;
    void start(const TaskRecord &task, const DatasetRecord &dataset, const TaskRequest &request);
    void writeUnwritten(Storage &storage); // the ends the database refused, again
    void onStep(const QString &taskId, const StepReport &report);

    Storage &m_storage; // the manager's thread's
    QString m_dataDir;
    TaskOptions m_options;
    mutable QMutex m_mutex; // m_live and m_unwritten
    QMutex m_creating; // one creation at a time
    QThreadPool m_pool;
    QHash<QString, Live> m_live;
    QHash<QString, TaskRecord> m_unwritten; // ended, but the database refused the end (a full disk)
};
