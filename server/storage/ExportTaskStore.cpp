#include "storage/ExportTaskStore.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const QString exportSelect = QStringLiteral("SELECT id, dataset_id, status, create_ms, state FROM export_tasks ");

QList<ExportTaskRecord> readTasks(QSqlQuery &q)
{
    QList<ExportTaskRecord> out;
    while (q.next()) {
        out.append(ExportTaskRecord{ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                                     sqlvalues::parseObject(q.value(4).toString()) });
    }
    return out;
}

} // namespace

bool ExportTaskStore::insert(const ExportTaskRecord &t)
{
    return m_db.execute(QStringLiteral("INSERT INTO export_tasks(id, dataset_id, status, create_ms, state) VALUES(?,?,?,?,?)"),
                        { t.id, t.datasetId, t.status, t.createTimeMs, sqlvalues::toJson(t.state) });
}

bool ExportTaskStore::update(const QString &taskId, const QString &status, const QJsonObject &state)
{
    return m_db.execute(QStringLiteral("UPDATE export_tasks SET status = ?, state = ? WHERE id = ?"),
                        { status, sqlvalues::toJson(state), taskId });
}

std::optional<ExportTaskRecord> ExportTaskStore::find(const QString &datasetId, const QString &taskId) const
{
    QSqlQuery q = m_db.select(exportSelect + QStringLiteral("WHERE dataset_id = ? AND id = ?"), { datasetId, taskId });
    const QList<ExportTaskRecord> found = readTasks(q);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<ExportTaskRecord> ExportTaskStore::list(const QString &datasetId) const
{
    QSqlQuery q = m_db.select(exportSelect + QStringLiteral("WHERE dataset_id = ? ORDER BY create_ms DESC, rowid DESC"), { datasetId });
    return readTasks(q);
}

QList<ExportTaskRecord> ExportTaskStore::unfinished() const
{
    QSqlQuery q = m_db.select(exportSelect + QStringLiteral("WHERE status IN ('INIT', 'RUNNING')"), {});
    return readTasks(q);
}
