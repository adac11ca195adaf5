#pragma once

#include "ApiTypes.h"
#include "Records.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

class Storage;

struct TaskOptions
{
    // Each stage of a task lasts at least this long (0: as fast as the engine goes). Lets a user or a
    // test watch, stop or attach to a task of a small dataset the way they would in the cloud.
    int minStageMs = 0;
    int maxConcurrentTasks = 2;
    quint32 seed = 7;
    std::function<qint64()> nowMs;
};

// The auto-label tasks of modelarts-local (modelarts-api.md 4.1, 4.2, 5.6, 5.7).
// Lives on the HTTP thread, which alone writes a task's state; each task's engine runs on a worker of
// its own pool, opens its own Storage for reading samples and writing results (one transaction), and
// reports its steps back through queued calls. A task's state is the task-info document the API serves.
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

    ApiResponse createTask(const DatasetRecord &dataset, const QByteArray &body);
    ApiResponse describeTask(const DatasetRecord &dataset, const QString &taskId);
    ApiResponse listTasks(const DatasetRecord &dataset, const QString &type);
    ApiResponse stopTask(const DatasetRecord &dataset, const QString &taskId);

    // Stops every running task and waits for the workers (shutdown).
    void shutdown();

    // One step of a running task, reported by its worker.
    enum class Step { Started, Init, JobInit, JobWaiting, JobRunning, JobProgress, JobCompleted, ResultProcessing,
                      Succeeded, Failed, Stopped };

signals:
    void taskFinished(const QString &taskId, int status);

private:
    struct Live
    {
        TaskRecord record;
        std::shared_ptr<std::atomic_bool> cancel;
        QFuture<void> future;
    };

    void onStep(const QString &taskId, Step step, double fraction, const QString &errorCode, const QString &errorMsg);
    QJsonObject present(const TaskRecord &task) const;
    qint64 now() const { return m_options.nowMs(); }

    Storage &m_storage;
    TaskOptions m_options;
    QThreadPool m_pool;
    QHash<QString, Live> m_live;
};
