#pragma once

#include "storage/Records.h"

#include <QList>
#include <QStringList>

#include <optional>

class Database;

// Auto-label tasks: their status and the task-info document the API serves.
class TaskStore final
{
public:
    explicit TaskStore(Database &db)
        : m_db(db)
    {
    }

    bool insert(const TaskRecord &task);
    bool update(const QString &taskId, int status, const QJsonObject &state);
    // The same, unless the task has ended already (its end, written with its results, is never overwritten
    // by a stage change that comes late).
    bool updateIfActive(const QString &taskId, int status, const QJsonObject &state);
    std::optional<TaskRecord> find(const QString &datasetId, const QString &taskId) const;
    // Tasks of `taskType`; an empty type lists the labeling ones (auto-grouping only when asked for).
    QList<TaskRecord> list(const QString &datasetId, const QString &taskType) const;
    // Labeling (auto-label, pre-label) and grouping tasks run side by side: each kind is active on its own.
    enum class TaskKinds { All, Labeling, Grouping };
    QStringList activeTaskIds(const QString &datasetId, TaskKinds kinds = TaskKinds::All) const; // see taskstatus::isActive
    QList<TaskRecord> activeTasks() const;

private:
    Database &m_db;
};
