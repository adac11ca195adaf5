#include "storage/TaskStore.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString taskSelect = QStringLiteral("SELECT id, dataset_id, task_type, status, create_ms, state FROM tasks ");

// The statuses of taskstatus::isActive, as SQL.
const QString activeStatuses = QStringLiteral("(%1, %2, %3, %4)")
                                       .arg(taskstatus::Queued)
                                       .arg(taskstatus::Initializing)
                                       .arg(taskstatus::Running)
                                       .arg(taskstatus::Stopping);

QList<TaskRecord> readTasks(QSqlQuery &q)
{
    QList<TaskRecord> out;
    while (q.next()) {
        out.append(TaskRecord{ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                               q.value(4).toLongLong(), sqlvalues::parseObject(q.value(5).toString()) });
    }
    return out;
}

} // namespace

bool TaskStore::insert(const TaskRecord &task)
{
    return m_db.execute(QStringLiteral("INSERT INTO tasks(id, dataset_id, task_type, status, create_ms, state) VALUES(?,?,?,?,?,?)"),
                        { task.id, task.datasetId, task.taskType, task.status, task.createTimeMs, sqlvalues::toJson(task.state) });
}

bool TaskStore::update(const QString &taskId, int status, const QJsonObject &state)
{
    return m_db.execute(QStringLiteral("UPDATE tasks SET status = ?, state = ? WHERE id = ?"),
                        { status, sqlvalues::toJson(state), taskId });
}

bool TaskStore::updateIfActive(const QString &taskId, int status, const QJsonObject &state)
{
    return m_db.execute(QStringLiteral("UPDATE tasks SET status = ?, state = ? WHERE id = ? AND status IN (?, ?, ?, ?)"),
                        { status, sqlvalues::toJson(state), taskId, int(taskstatus::Queued), int(taskstatus::Initializing),
                          int(taskstatus::Running), int(taskstatus::Stopping) });
}

std::optional<TaskRecord> TaskStore::find(const QString &datasetId, const QString &taskId) const
{
    QSqlQuery q = m_db.select(taskSelect + QStringLiteral("WHERE dataset_id = ? AND id = ?"), { datasetId, taskId });
    if (!q.isActive())
        return std::nullopt;
    const QList<TaskRecord> found = readTasks(q);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<TaskRecord> TaskStore::list(const QString &datasetId, const QString &taskType) const
{
    QSqlQuery q =
            m_db.select(taskSelect
                                + QStringLiteral("WHERE dataset_id = ? AND ((? = '' AND task_type <> 'auto-grouping') OR task_type = ?)"
                                                 " ORDER BY create_ms DESC, rowid DESC"),
                        { datasetId, sqlvalues::text(taskType), sqlvalues::text(taskType) });
    if (!q.isActive())
        return {};
    return readTasks(q);
}

QStringList TaskStore::activeTaskIds(const QString &datasetId, TaskKinds kinds) const
{
    QSqlQuery q(m_db.connection());
    const QString kind = kinds == TaskKinds::All ? QString()
            : kinds == TaskKinds::Grouping       ? QStringLiteral(" AND task_type = 'auto-grouping'")
                                                 : QStringLiteral(" AND task_type <> 'auto-grouping'");
    q.prepare(QStringLiteral("SELECT id FROM tasks WHERE dataset_id = ? AND status IN ") + activeStatuses + kind
              + QStringLiteral(" ORDER BY create_ms"));
    q.addBindValue(datasetId);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

QList<TaskRecord> TaskStore::activeTasks() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(taskSelect + QStringLiteral("WHERE status IN ") + activeStatuses))
        return {};
    return readTasks(q);
}
