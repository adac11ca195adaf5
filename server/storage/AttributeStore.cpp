#include "storage/AttributeStore.h"

#include "storage/Database.h"

#include <QCollator>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

bool AttributeStore::replace(const QString &datasetId, const QString &key, const QList<QPair<QString, QString>> &values)
{
    if (!m_db.execute(QStringLiteral("DELETE FROM sample_attributes WHERE dataset_id = ? AND key = ?"), { datasetId, key }))
        return false;
    for (const auto &[sampleId, value] : values) {
        if (!m_db.execute(QStringLiteral("INSERT INTO sample_attributes(sample_id, dataset_id, key, value) VALUES(?,?,?,?)"),
                          { sampleId, datasetId, key, value }))
            return false;
    }
    return true;
}

QHash<QString, QList<QPair<QString, QString>>> AttributeStore::of(const QString &datasetId, const QStringList &sampleIds) const
{
    QHash<QString, QList<QPair<QString, QString>>> out;
    if (sampleIds.isEmpty() || !any(datasetId))
        return out;
    QString marks;
    QVariantList values{ datasetId };
    for (const QString &id : sampleIds) {
        marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
        values.append(id);
    }
    QSqlQuery q =
            m_db.select(QStringLiteral("SELECT sample_id, key, value FROM sample_attributes WHERE dataset_id = ? AND sample_id IN (%1)"
                                       " ORDER BY sample_id, key")
                                .arg(marks),
                        values);
    while (q.next())
        out[q.value(0).toString()].append({ q.value(1).toString(), q.value(2).toString() });
    return out;
}

bool AttributeStore::any(const QString &datasetId) const
{
    Database::Statement q = m_db.run(QStringLiteral("SELECT 1 FROM sample_attributes WHERE dataset_id = ? LIMIT 1"), { datasetId });
    return q && q->next();
}

QMap<QString, QMap<QString, qint64>> AttributeStore::counts(const QString &datasetId) const
{
    QMap<QString, QMap<QString, qint64>> out;
    QSqlQuery q = m_db.select(QStringLiteral("SELECT key, value, COUNT(*) FROM sample_attributes WHERE dataset_id = ? GROUP BY key, value"),
                              { datasetId });
    while (q.next())
        out[q.value(0).toString()].insert(q.value(1).toString(), q.value(2).toLongLong());
    return out;
}

QMap<QString, QStringList> AttributeStore::keysAndValues(const QString &datasetId) const
{
    QMap<QString, QStringList> out;
    const auto all = counts(datasetId);
    QCollator numeric;
    numeric.setNumericMode(true);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        QStringList values = it->keys();
        std::sort(values.begin(), values.end(), [&numeric](const QString &a, const QString &b) { return numeric.compare(a, b) < 0; });
        out.insert(it.key(), values);
    }
    return out;
}
