#include "storage/DatasetStore.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <iterator>

namespace {

// Label colours handed out in order, as the ModelArts console does.
const char *const palette[] = {
    "#3399ff", "#ff6633", "#33cc66", "#cc33ff", "#ffcc00", "#00cccc", "#ff3399", "#999900", "#6666ff", "#cc6600"
};

QString colorFor(int ordinal) { return QString::fromLatin1(palette[ordinal % std::size(palette)]); }

DatasetRecord readDataset(const QSqlQuery &q)
{
    // The columns of datasetSelect, in order.
    return DatasetRecord{ q.value(0).toString(), q.value(1).toString(),   q.value(2).toString(),  q.value(3).toString(),
                          q.value(4).toInt(),    q.value(5).toLongLong(), q.value(6).toLongLong() };
}

const QString datasetSelect = QStringLiteral("SELECT id, project_id, name, description, type, create_ms, update_ms FROM datasets ");

} // namespace

bool DatasetStore::insert(const DatasetRecord &d)
{
    return m_db.execute(QStringLiteral("INSERT INTO datasets(id, project_id, name, description, type, create_ms, update_ms)"
                                       " VALUES(?,?,?,?,?,?,?)"),
                        { d.id, d.projectId, d.name, sqlvalues::text(d.description), d.type, d.createTimeMs, d.updateTimeMs });
}

std::optional<DatasetRecord> DatasetStore::find(const QString &projectId, const QString &datasetId) const
{
    const auto q = m_db.run(datasetSelect + QStringLiteral("WHERE project_id = ? AND id = ?"), { projectId, datasetId });
    if (q && q->next())
        return readDataset(*q);
    return std::nullopt;
}

std::optional<DatasetRecord> DatasetStore::findById(const QString &datasetId) const
{
    const auto q = m_db.run(datasetSelect + QStringLiteral("WHERE id = ?"), { datasetId });
    if (q && q->next())
        return readDataset(*q);
    return std::nullopt;
}

std::optional<DatasetRecord> DatasetStore::findByName(const QString &projectId, const QString &name) const
{
    QSqlQuery q = m_db.select(datasetSelect + QStringLiteral("WHERE project_id = ? AND name = ?"), { projectId, name });
    if (q.next())
        return readDataset(q);
    return std::nullopt;
}

QList<DatasetRecord> DatasetStore::list(const QString &projectId, const DatasetQuery &query) const
{
    QString sql = datasetSelect + QStringLiteral("WHERE project_id = ?");
    if (!query.searchContent.isEmpty())
        sql += QStringLiteral(" AND instr(lower(name), lower(?)) > 0");
    if (query.type)
        sql += QStringLiteral(" AND type = ?");
    sql += query.sortByName ? QStringLiteral(" ORDER BY name") : QStringLiteral(" ORDER BY create_ms");
    sql += query.orderAscending ? QStringLiteral(" ASC, id ASC") : QStringLiteral(" DESC, id DESC");
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    q.addBindValue(projectId);
    if (!query.searchContent.isEmpty())
        q.addBindValue(query.searchContent);
    if (query.type)
        q.addBindValue(*query.type);
    QList<DatasetRecord> out;
    if (q.exec()) {
        while (q.next())
            out.append(readDataset(q));
    }
    return out;
}

bool DatasetStore::touch(const QString &datasetId, qint64 timeMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE datasets SET update_ms = ? WHERE id = ?"));
    q.addBindValue(timeMs);
    q.addBindValue(datasetId);
    return q.exec();
}

bool DatasetStore::insertLabel(const QString &datasetId, const LabelRecord &label)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM labels WHERE dataset_id = ?"));
    q.addBindValue(datasetId);
    const int ordinal = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO labels(dataset_id, name, type, color, ordinal) VALUES(?,?,?,?,?)"));
    q.addBindValue(datasetId);
    q.addBindValue(label.name);
    q.addBindValue(label.type);
    q.addBindValue(label.color.isEmpty() ? colorFor(ordinal) : label.color);
    q.addBindValue(ordinal);
    if (!q.exec()) {
        m_db.setError(q.lastError().text());
        return false;
    }
    return true;
}

QList<LabelRecord> DatasetStore::labels(const QString &datasetId) const
{
    QList<LabelRecord> out;
    const auto q = m_db.run(QStringLiteral("SELECT name, type, color FROM labels WHERE dataset_id = ? ORDER BY ordinal"), { datasetId });
    while (q && q->next())
        out.append(LabelRecord{ q->value(0).toString(), q->value(1).toInt(), q->value(2).toString() });
    return out;
}

DatasetCounts DatasetStore::counts(const QString &datasetId) const
{
    DatasetCounts c;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(status = 'MANUAL_ANNOTATION'), 0) FROM samples WHERE dataset_id = ?"));
    q.addBindValue(datasetId);
    if (q.exec() && q.next()) {
        c.total = q.value(0).toLongLong();
        c.labeled = q.value(1).toLongLong();
    }
    q.prepare(QStringLiteral("SELECT n FROM auto_counts WHERE dataset_id = ?")); // kept by the schema's triggers
    q.addBindValue(datasetId);
    if (q.exec() && q.next())
        c.autoPending = q.value(0).toLongLong();
    return c;
}

QHash<QString, QPair<qint64, qint64>> DatasetStore::labelUsage(const QString &datasetId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT l.name, COUNT(*), COUNT(DISTINCT l.sample_id) FROM sample_labels l"
                             " JOIN samples s ON s.id = l.sample_id WHERE s.dataset_id = ? GROUP BY l.name"));
    q.addBindValue(datasetId);
    QHash<QString, QPair<qint64, qint64>> out;
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString(), { q.value(1).toLongLong(), q.value(2).toLongLong() });
    }
    return out;
}
