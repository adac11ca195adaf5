#include "storage/VersionStore.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const QString versionSelect = QStringLiteral("SELECT id, dataset_id, name, status, create_ms, state FROM versions ");

QList<VersionRecord> readVersions(QSqlQuery &q)
{
    QList<VersionRecord> out;
    while (q.next()) {
        out.append(VersionRecord{ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                                  q.value(4).toLongLong(), sqlvalues::parseObject(q.value(5).toString()) });
    }
    return out;
}

std::optional<VersionRecord> first(QList<VersionRecord> found)
{
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

} // namespace

bool VersionStore::insert(const VersionRecord &v)
{
    return m_db.execute(QStringLiteral("INSERT INTO versions(id, dataset_id, name, status, create_ms, state) VALUES(?,?,?,?,?,?)"),
                        { v.id, v.datasetId, v.name, v.status, v.createTimeMs, sqlvalues::toJson(v.state) });
}

bool VersionStore::update(const QString &versionId, int status, const QJsonObject &state)
{
    return m_db.execute(QStringLiteral("UPDATE versions SET status = ?, state = ? WHERE id = ?"),
                        { status, sqlvalues::toJson(state), versionId });
}

std::optional<VersionRecord> VersionStore::find(const QString &datasetId, const QString &versionId) const
{
    QSqlQuery q = m_db.select(versionSelect + QStringLiteral("WHERE dataset_id = ? AND id = ?"), { datasetId, versionId });
    return first(readVersions(q));
}

QList<VersionRecord> VersionStore::list(const QString &datasetId) const
{
    QSqlQuery q = m_db.select(versionSelect + QStringLiteral("WHERE dataset_id = ? ORDER BY create_ms DESC, rowid DESC"), { datasetId });
    return readVersions(q);
}

bool VersionStore::nameTaken(const QString &datasetId, const QString &name) const
{
    QSqlQuery q = m_db.select(QStringLiteral("SELECT 1 FROM versions WHERE dataset_id = ? AND name = ?"), { datasetId, name });
    return q.next();
}

qint64 VersionStore::count(const QString &datasetId) const
{
    QSqlQuery q = m_db.select(QStringLiteral("SELECT COUNT(*) FROM versions WHERE dataset_id = ?"), { datasetId });
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<VersionRecord> VersionStore::publishing(const QString &datasetId) const
{
    QSqlQuery q =
            m_db.select(versionSelect + QStringLiteral("WHERE dataset_id = ? AND status = ?"), { datasetId, int(versionstatus::Creating) });
    return first(readVersions(q));
}

QList<VersionRecord> VersionStore::creating() const
{
    QSqlQuery q = m_db.select(versionSelect + QStringLiteral("WHERE status = ?"), { int(versionstatus::Creating) });
    return readVersions(q);
}

std::optional<VersionRecord> VersionStore::current(const QString &datasetId) const
{
    QSqlQuery q =
            m_db.select(versionSelect + QStringLiteral("WHERE dataset_id = ? AND json_extract(state, '$.is_current') = 1"), { datasetId });
    return first(readVersions(q));
}

qint64 VersionStore::lastCreateTimeMs(const QString &datasetId) const
{
    // A version that failed (a publish that broke, or one a restart ended) released nothing: it does not count.
    QSqlQuery q = m_db.select(QStringLiteral("SELECT MAX(create_ms) FROM versions WHERE dataset_id = ? AND status != ?"),
                              { datasetId, int(versionstatus::Error) });
    return q.next() ? q.value(0).toLongLong() : 0;
}
