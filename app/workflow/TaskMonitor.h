#pragma once

#include "types/ModelArtsTypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class ModelArtsClient;

// Follows one auto-label task by polling it: the interval starts short, backs off while nothing changes
// and comes back when something does; polling stops at a terminal status. Transient errors (network,
// time-out, 5xx, 429) are reported and polling goes on; others (the task is gone, the session expired)
// stop it. Lives on the caller's thread.
class TaskMonitor final : public QObject
{
    Q_OBJECT
public:
    struct Intervals
    {
        int initialMs = 1000;
        int maxMs = 10000;
        double backoff = 1.5;
    };

    explicit TaskMonitor(ModelArtsClient *client, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TaskMonitor)

    void setIntervals(const Intervals &intervals) { m_intervals = intervals; }
    void watch(const QString &datasetId, const QString &taskId);
    void stop();

    bool isWatching() const { return m_watching; }
    const TaskInfo &last() const { return m_last; }
    int currentIntervalMs() const { return m_intervalMs; }
    QString datasetId() const { return m_datasetId; }
    QString taskId() const { return m_taskId; }

    // What a person watching sees change: status, progress, code, message and each event's status.
    static bool sameProgress(const TaskInfo &a, const TaskInfo &b);

signals:
    void taskUpdated(const TaskInfo &task);
    void taskFinished(const TaskInfo &task);
    void pollFailed(const ApiError &error); // transient; the next poll is scheduled
    void watchFailed(const ApiError &error); // polling stopped

private:
    void poll();
    void schedule(bool changed);

    QPointer<ModelArtsClient> m_client;
    Intervals m_intervals;
    QTimer m_timer;
    QString m_datasetId;
    QString m_taskId;
    TaskInfo m_last;
    bool m_hasLast = false;
    bool m_watching = false;
    int m_intervalMs = 1000;
    quint64 m_generation = 0; // answers to a previous watch() are ignored
};
