#include "storage/SampleStore.h"

#include "storage/Database.h"
#include "storage/ListingCache.h"
#include "storage/SampleRows.h"
#include "storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

bool SampleStore::insert(const SampleRecord &s)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO samples(id, dataset_id, name, dir, rel_path, source_key, size, time_ms,"
                             " width, height, channels, status, annotated_by, truth)"
                             " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(s.id);
    q.addBindValue(s.datasetId);
    q.addBindValue(s.name);
    q.addBindValue(s.dir);
    q.addBindValue(s.relPath);
    q.addBindValue(QString(s.dir + s.name));
    q.addBindValue(s.size);
    q.addBindValue(s.timeMs);
    q.addBindValue(s.width);
    q.addBindValue(s.height);
    q.addBindValue(s.channels);
    q.addBindValue(s.labels.isEmpty() ? QStringLiteral("UN_ANNOTATION") : QStringLiteral("MANUAL_ANNOTATION"));
    q.addBindValue(sqlvalues::text(s.annotatedBy));
    q.addBindValue(sqlvalues::text(s.truth));
    if (!q.exec()) {
        m_db.setError(q.lastError().text());
        return false;
    }
    return replaceLabels(s.id, s.labels, s.annotatedBy, s.timeMs);
}

bool SampleStore::hasSamplePath(const QString &datasetId, const QString &sourceKey) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM samples WHERE dataset_id = ? AND source_key = ?"));
    q.addBindValue(datasetId);
    q.addBindValue(sourceKey);
    return q.exec() && q.next();
}

std::optional<SampleRecord> SampleStore::find(const QString &datasetId, const QString &sampleId) const
{
    QSqlQuery q = m_db.select(samplerows::select + QStringLiteral("WHERE s.dataset_id = ? AND s.id = ?"), { datasetId, sampleId });
    if (!q.isActive())
        return std::nullopt;
    QList<SampleRecord> found = samplerows::read(q);
    if (found.isEmpty())
        return std::nullopt;
    if (!attachLabels(found))
        return std::nullopt;
    return found.first();
}

std::optional<QString> SampleStore::file(const QString &datasetId, const QString &sampleId) const
{
    QSqlQuery *q = m_db.prepared(QStringLiteral("SELECT rel_path FROM samples WHERE dataset_id = ? AND id = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, datasetId);
    q->bindValue(1, sampleId);
    std::optional<QString> path;
    if (q->exec() && q->next())
        path = q->value(0).toString();
    q->finish();
    return path;
}

QString SampleStore::filter(const SampleQuery &query) const
{
    QString where = QStringLiteral("WHERE s.dataset_id = ?");
    switch (query.state) {
    case SampleState::Any: break;
    case SampleState::Labeled: where += QStringLiteral(" AND s.status = 'MANUAL_ANNOTATION'"); break;
    case SampleState::Unlabeled: where += QStringLiteral(" AND s.status = 'UN_ANNOTATION'"); break;
    case SampleState::AutoAnnotated: where += QStringLiteral(" AND a.sample_id IS NOT NULL"); break;
    }
    if (!query.labelName.isEmpty())
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM sample_labels l WHERE l.sample_id = s.id AND l.name = ?)");
    if (!query.searchName.isEmpty())
        where += QStringLiteral(" AND instr(s.name, ?) > 0");
    QStringList attributes;
    for (const auto &[key, values] : query.attributes) {
        QString clause = QStringLiteral("EXISTS (SELECT 1 FROM sample_attributes t WHERE t.sample_id = s.id AND t.key = ?");
        if (!values.isEmpty())
            clause += QStringLiteral(" AND t.value IN (%1)").arg(QStringList(values.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        attributes.append(clause + QLatin1Char(')'));
    }
    if (!attributes.isEmpty())
        where += QStringLiteral(" AND (%1)").arg(attributes.join(query.anyAttribute ? QStringLiteral(" OR ") : QStringLiteral(" AND ")));
    return where;
}

void SampleStore::bindFilter(QSqlQuery &q, const QString &datasetId, const SampleQuery &query)
{
    q.addBindValue(datasetId);
    if (!query.labelName.isEmpty())
        q.addBindValue(query.labelName);
    if (!query.searchName.isEmpty())
        q.addBindValue(query.searchName);
    for (const auto &[key, values] : query.attributes) {
        q.addBindValue(key);
        for (const QString &v : values)
            q.addBindValue(v);
    }
}

QList<SampleRecord> SampleStore::list(const QString &datasetId, const SampleQuery &query) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(samplerows::select + filter(query) + QStringLiteral(" ORDER BY s.rowid LIMIT ? OFFSET ?"));
    bindFilter(q, datasetId, query);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    if (!q.exec()) {
        m_db.setError(q.lastError().text());
        return {};
    }
    QList<SampleRecord> out = samplerows::read(q);
    if (!attachLabels(out))
        return {};
    return out;
}

QList<SampleImage> SampleStore::images(const QString &datasetId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.id, s.name, s.rel_path, s.channels, (SELECT l.name FROM sample_labels l WHERE l.sample_id = s.id"
                             " ORDER BY l.ordinal LIMIT 1) FROM samples s WHERE s.dataset_id = ? ORDER BY s.rowid"));
    q.addBindValue(datasetId);
    if (!q.exec()) {
        m_db.setError(q.lastError().text());
        return {};
    }
    QList<SampleImage> out;
    while (q.next())
        out.append(SampleImage{ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                                q.value(4).toString() });
    if (q.lastError().isValid()) {
        m_db.setError(q.lastError().text());
        return {};
    }
    return out;
}

qint64 SampleStore::count(const QString &datasetId, const SampleQuery &query) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM samples s LEFT JOIN auto_annotations a ON a.sample_id = s.id ") + filter(query));
    bindFilter(q, datasetId, query);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool SampleStore::replaceLabels(const QString &sampleId, const QList<SampleLabelRecord> &labels, const QString &annotatedBy, qint64 timeMs)
{
    // Statements prepared once: a batch update runs these for every sample.
    QSqlQuery *failed = nullptr;
    auto run = [&](QSqlQuery &q) {
        if (q.exec())
            return true;
        failed = &q;
        return false;
    };
    auto fail = [&] {
        m_db.setError(failed ? failed->lastError().text() : QStringLiteral("cannot prepare a statement"));
        return false;
    };
    QSqlQuery *removeLabels = m_db.prepared(QStringLiteral("DELETE FROM sample_labels WHERE sample_id = ?"));
    QSqlQuery *insertLabel =
            m_db.prepared(QStringLiteral("INSERT INTO sample_labels(sample_id, ordinal, name, type, score, property) VALUES(?,?,?,?,?,?)"));
    // The hard-example judgement of a pending auto annotation stays with the sample (a version may carry it).
    QSqlQuery *updateSample = m_db.prepared(QStringLiteral(
            "UPDATE samples SET status = ?, annotated_by = ?, labeled_ms = ?,"
            " hard = COALESCE((SELECT hard FROM auto_annotations WHERE sample_id = samples.id), hard),"
            " hard_coefficient = COALESCE((SELECT hard_coefficient FROM auto_annotations WHERE sample_id = samples.id), hard_coefficient)"
            " WHERE id = ?"));
    QSqlQuery *removeAuto = m_db.prepared(QStringLiteral("DELETE FROM auto_annotations WHERE sample_id = ?"));
    if (!removeLabels || !insertLabel || !updateSample || !removeAuto)
        return fail();
    removeLabels->bindValue(0, sampleId);
    if (!run(*removeLabels))
        return fail();
    for (qsizetype i = 0; i < labels.size(); ++i) {
        insertLabel->bindValue(0, sampleId);
        insertLabel->bindValue(1, int(i));
        insertLabel->bindValue(2, labels[i].name);
        insertLabel->bindValue(3, labels[i].type);
        insertLabel->bindValue(4, labels[i].score ? QVariant(*labels[i].score) : QVariant());
        insertLabel->bindValue(5, sqlvalues::toJson(labels[i].property));
        if (!run(*insertLabel))
            return fail();
    }
    updateSample->bindValue(0, labels.isEmpty() ? QStringLiteral("UN_ANNOTATION") : QStringLiteral("MANUAL_ANNOTATION"));
    updateSample->bindValue(1, sqlvalues::text(labels.isEmpty() ? QString() : annotatedBy));
    updateSample->bindValue(2, timeMs);
    updateSample->bindValue(3, sampleId);
    if (!run(*updateSample))
        return fail();
    removeAuto->bindValue(0, sampleId);
    if (!run(*removeAuto))
        return fail();
    m_db.noteListingChange();
    return true;
}

bool SampleStore::setUsage(const QString &sampleId, const QString &usage)
{
    QSqlQuery *q = m_db.prepared(QStringLiteral("UPDATE samples SET usage = ? WHERE id = ?"));
    if (!q) {
        m_db.setError(QStringLiteral("cannot prepare a statement"));
        return false;
    }
    q->bindValue(0, usage);
    q->bindValue(1, sampleId);
    if (!q->exec()) {
        m_db.setError(q->lastError().text());
        return false;
    }
    return true;
}

bool SampleStore::clearUsage(const QString &datasetId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE samples SET usage = '' WHERE dataset_id = ? AND usage <> ''"));
    q.addBindValue(datasetId);
    if (!q.exec()) {
        m_db.setError(q.lastError().text());
        return false;
    }
    return true;
}

bool SampleStore::attachLabels(QList<SampleRecord> &samples) const
{
    // The ids go a chunk at a time: one statement binding every id of a whole dataset would outgrow
    // SQLite's limit on variables, and Qt's driver binds each one in time that grows with their count.
    constexpr qsizetype chunk = 500;
    QHash<QString, qsizetype> index;
    index.reserve(samples.size());
    for (qsizetype i = 0; i < samples.size(); ++i)
        index.insert(samples[i].id, i);
    QSqlQuery partial(m_db.connection()); // the last, shorter chunk: not worth keeping prepared
    partial.setForwardOnly(true);
    for (qsizetype start = 0; start < samples.size(); start += chunk) {
        const qsizetype n = std::min(chunk, samples.size() - start);
        const QString sql = QStringLiteral("SELECT sample_id, name, type, score, property FROM sample_labels WHERE sample_id IN (")
                + QStringList(n, QStringLiteral("?")).join(QLatin1Char(',')) + QStringLiteral(") ORDER BY sample_id, ordinal");
        QSqlQuery *q = &partial;
        if (n == chunk) {
            q = m_db.prepared(sql); // sets its own error
        } else if (!partial.prepare(sql)) {
            m_db.setError(partial.lastError().text());
            q = nullptr;
        }
        if (!q)
            return false;
        for (qsizetype i = 0; i < n; ++i)
            q->bindValue(int(i), samples[start + i].id);
        if (!q->exec()) {
            m_db.setError(q->lastError().text());
            return false;
        }
        while (q->next()) {
            SampleLabelRecord l;
            l.name = q->value(1).toString();
            l.type = q->value(2).toInt();
            if (!q->isNull(3))
                l.score = q->value(3).toDouble();
            l.property = sqlvalues::parseObject(q->value(4).toString());
            samples[index.value(q->value(0).toString())].labels.append(l);
        }
        q->finish();
    }
    return true;
}

bool SampleStore::remove(const QString &datasetId, const QString &sampleId, qint64 timeMs)
{
    QSqlQuery q(m_db.connection());
    auto run = [&](const char *sql, const QVariantList &values) {
        q.prepare(QString::fromLatin1(sql));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec())
            return true;
        m_db.setError(q.lastError().text());
        return false;
    };
    if (!run("DELETE FROM sample_labels WHERE sample_id = ?", { sampleId })
        || !run("DELETE FROM auto_annotations WHERE sample_id = ?", { sampleId })
        || !run("DELETE FROM sample_attributes WHERE sample_id = ?", { sampleId })
        || !run("DELETE FROM samples WHERE id = ? AND dataset_id = ?", { sampleId, datasetId })
        || !run("INSERT OR REPLACE INTO deleted_samples(dataset_id, sample_id, deleted_ms) VALUES(?,?,?)", { datasetId, sampleId, timeMs }))
        return false;
    m_db.noteListingChange();
    return true;
}

bool SampleStore::wasDeleted(const QString &datasetId, const QString &sampleId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM deleted_samples WHERE dataset_id = ? AND sample_id = ?"));
    q.addBindValue(datasetId);
    q.addBindValue(sampleId);
    return q.exec() && q.next();
}

qint64 SampleStore::deletedCount(const QString &datasetId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM deleted_samples WHERE dataset_id = ?"));
    q.addBindValue(datasetId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}
