#pragma once

#include "engine/AutoLabelEngine.h"
#include "storage/Records.h"
#include "tasks/TaskSteps.h"

#include <QHash>
#include <QJsonObject>
#include <QPair>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

// Everything a task's worker needs, by value: it shares nothing with the HTTP thread.
struct TaskJob
{
    QString taskId;
    QString datasetId;
    QString dataDir;
    // Read by the runner, on its thread, when the task starts labeling.
    QStringList labelNames;
    QList<engine::Sample> samples;
    QList<QPair<QString, QString>> rgba; // 4-channel images: sample name, id
    engine::Config config;
    int minStageMs = 0;
    QJsonObject state; // the task's state when it starts: the runner follows it to write the end with the results
    std::function<qint64()> nowMs;
    QString resultsSetup; // tests: a statement run first on the results' connection (a fault to inject)
};

// Runs one auto-label task on a worker thread: paces the stages, runs the engine, and writes the results
// through a Storage of its own, in one transaction. Reports each step through `report` (from the worker
// thread; the receiver queues it to its own). Stops between steps once `cancel` is set.
class TaskRunner final
{
public:
    using Report = std::function<void(const StepReport &)>;

    TaskRunner(TaskJob job, std::shared_ptr<std::atomic_bool> cancel, Report report);

    void run();

private:
    using Clock = std::chrono::steady_clock;

    // Reports the step and waits out the stage's minimum time. False when cancelled meanwhile.
    bool stage(TaskStep step);
    // Waits until the stage's minimum time has passed since `since`, or the task is cancelled.
    void pace(Clock::time_point since) const;
    bool cancelled() const { return m_cancel->load(); }
    // The dataset's labels and samples, read through a Storage of its own; why not, or empty.
    QString load();
    // The labeling stage; false when the task ended in it (reported).
    bool label(engine::Result *result);
    void storeResults(const engine::Result &result);
    void report(TaskStep step, double fraction = 0, const QString &code = {}, const QString &message = {}) const;

    // The results and the task's end (succeeded, with its counts) in one transaction; why not, or empty.
    QString writeEnd(const QHash<QString, AutoAnnotationRecord> &rows);

    TaskJob m_job;
    std::shared_ptr<std::atomic_bool> m_cancel;
    Report m_report;
    mutable QJsonObject m_state; // as the manager's, from the same steps
};
