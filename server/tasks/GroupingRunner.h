#pragma once

#include "storage/Records.h"
#include "tasks/TaskRequest.h"
#include "tasks/TaskSteps.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

#include <opencv2/core.hpp>

// Everything a grouping task's worker needs, by value.
struct GroupingJob
{
    QString taskId;
    QString datasetId;
    QString dataDir;
    TaskRequest request;
    QJsonObject state; // the task's state when it starts: the end is written with the results
    quint32 seed = 7;
    std::function<qint64()> nowMs;
    int minStageMs = 0; // the task lasts at least this long (TaskOptions::minStageMs: to watch or stop it)
};

// Runs one auto-grouping task on a worker thread (modelarts-api-grouping.md 3.1): the images of every
// sample without confirmed labels described by the engine (the same features as auto-labeling), reduced to
// the dataset's principal axes (plus brightness, colourfulness or sharpness when the request stresses
// them), clustered into n groups numbered by size (ties: the group of the smallest sample id first); the
// group numbers written to the samples' attribute, replacing an earlier run's, with the task's end, in one
// transaction. A stopped task writes nothing. Reports its steps through `report` (from the worker thread).
class GroupingRunner final
{
public:
    using Report = std::function<void(const StepReport &)>;

    GroupingRunner(GroupingJob job, std::shared_ptr<std::atomic_bool> cancel, Report report);
    void run();

private:
    bool cancelled() const { return m_cancel->load(); }
    // Waits until minStageMs has passed since the start, or the task is stopped.
    void pace(const QElapsedTimer &since) const;
    // The points to cluster, one row per readable image (rows: their indices in `paths`). False when
    // cancelled.
    bool describe(const QStringList &paths, cv::Mat *points, std::vector<int> *rows);
    void stressed(const std::vector<std::array<double, 6>> &stats, cv::Mat &points) const;
    QString write(const QStringList &ids, const std::vector<int> &rows, const std::vector<int> &groups);
    void report(TaskStep step, double fraction = 0, const QString &message = {}) const;

    GroupingJob m_job;
    std::shared_ptr<std::atomic_bool> m_cancel;
    Report m_report;
};
