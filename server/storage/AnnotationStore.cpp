#include "storage/AnnotationStore.h"

#include "storage/Database.h"
#include "storage/ListingCache.h"
#include "storage/SampleRows.h"
#include "storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

QList<SampleRecord> AnnotationStore::list(const QString &datasetId, const AutoQuery &query) const
{
    // A listing reads page after page: where an earlier page ended (if nothing changed since) lets this
    // one start there and skip only the entries after it instead of `offset` entries, so the last page of
    // a million costs what the first does, also when pages are asked for several at a time.
    const QString key = queryKey(datasetId, query) + (query.ascending ? QStringLiteral("|asc|") : QStringLiteral("|desc|"));
    ListingCache &cache = m_db.listingCache();
    const quint64 generation = cache.generation(); // before the statement: what it reads is at least this new
    const auto before = query.offset > 0 ? cache.pageEndBefore(key, query.offset, generation) : std::nullopt;
    const ListingCache::PageEnd cursor = before ? before->second : ListingCache::PageEnd{};
    const bool resume = before.has_value(); // a name filter too: it drops entries, not their order
    // Resuming, the cursor's score replaces the query's bound (SQLite takes one lower bound for the index
    // range, and it must be this one); the rowid settles ties.
    AutoQuery from = query;
    if (resume && query.ascending)
        from.lowScore = qMax(query.lowScore, cursor.score);
    else if (resume)
        from.highScore = qMin(query.highScore, cursor.score);
    const qint64 skip = resume ? query.offset - before->first : query.offset;
    // The same statement page after page: prepared once per connection.
    QSqlQuery *q = m_db.prepared(listing(query, resume, skip > 0 && query.sampleName.isEmpty()));
    if (!q)
        return {};
    bind(*q, datasetId, from);
    if (resume) {
        q->addBindValue(cursor.score);
        q->addBindValue(cursor.rowid);
    }
    q->addBindValue(query.limit);
    q->addBindValue(skip);
    if (!q->exec()) {
        m_db.setError(q->lastError().text());
        return {};
    }
    QList<SampleRecord> page = samplerows::read(*q);
    q->finish();
    if (!page.isEmpty() && page.last().autoAnnotation) {
        QSqlQuery *last = m_db.prepared(QStringLiteral("SELECT rowid FROM auto_annotations WHERE sample_id = ?"));
        if (last) {
            last->addBindValue(page.last().id);
            if (last->exec() && last->next()) {
                cache.setPageEnd(key, query.offset + page.size(), generation,
                                 ListingCache::PageEnd{ page.last().autoAnnotation->score, last->value(0).toLongLong() });
            }
            last->finish();
        }
    }
    return page;
}

QString AnnotationStore::listing(const AutoQuery &query, bool resume, bool skip) const
{
    // Score, then insertion order: both in the auto_by_dataset index (its entries end with the rowid),
    // so a page is read off the index without sorting the whole dataset.
    const QString order =
            query.ascending ? QStringLiteral(" ORDER BY a.score ASC, a.rowid ASC") : QStringLiteral(" ORDER BY a.score DESC, a.rowid DESC");
    QString select = samplerows::select;
    select.replace(QStringLiteral("FROM samples s LEFT JOIN auto_annotations a ON a.sample_id = s.id"),
                   QStringLiteral("FROM auto_annotations a JOIN samples s ON s.id = a.sample_id"));
    // Past the cursor: the index range starts at the cursor's score (the caller's bound), the rowid settles ties.
    const QString after = !resume ? QString()
            : query.ascending     ? QStringLiteral(" AND (a.score > ? OR a.rowid > ?)")
                                  : QStringLiteral(" AND (a.score < ? OR a.rowid < ?)");
    if (skip) // the skipped entries are read in the index only; the join runs for the page's rows alone
        return select + QStringLiteral("WHERE a.rowid IN (SELECT a.rowid FROM auto_annotations a ") + filter(query) + after + order
                + QStringLiteral(" LIMIT ? OFFSET ?)") + order;
    // Nothing to skip (a first page, or one that starts where the page before it ended): the index walked
    // in order from the cursor, each entry joined as it comes, no sort.
    return select + filter(query) + after + order + QStringLiteral(" LIMIT ? OFFSET ?");
}

qint64 AnnotationStore::count(const QString &datasetId, const AutoQuery &query) const
{
    const QString key = queryKey(datasetId, query);
    ListingCache &cache = m_db.listingCache();
    const quint64 generation = cache.generation();
    if (const auto cached = cache.count(key, generation))
        return *cached;
    QSqlQuery q(m_db.connection());
    if (query.labelName.isEmpty() && !query.hard && query.sampleName.isEmpty() && query.lowScore <= 0 && query.highScore >= 1) {
        // Every auto annotation of the dataset (scores are within 0..1): the number the schema keeps.
        q.prepare(QStringLiteral("SELECT n FROM auto_counts WHERE dataset_id = ?"));
        q.addBindValue(datasetId);
        if (!q.exec())
            return 0;
        const qint64 count = q.next() ? q.value(0).toLongLong() : 0;
        cache.setCount(key, generation, count);
        return count;
    }
    // Without a name filter, the index alone answers (every auto annotation has its sample).
    q.prepare(query.sampleName.isEmpty()
                      ? QStringLiteral("SELECT COUNT(*) FROM auto_annotations a ") + filter(query)
                      : QStringLiteral("SELECT COUNT(*) FROM auto_annotations a JOIN samples s ON s.id = a.sample_id ") + filter(query));
    bind(q, datasetId, query);
    if (!q.exec() || !q.next())
        return 0;
    const qint64 count = q.value(0).toLongLong();
    cache.setCount(key, generation, count);
    return count;
}

bool AnnotationStore::replace(const QString &datasetId, const QHash<QString, AutoAnnotationRecord> &results)
{
    if (!m_db.transaction())
        return false;
    if (!replaceRows(datasetId, results)) {
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

bool AnnotationStore::replaceRows(const QString &datasetId, const QHash<QString, AutoAnnotationRecord> &results)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM auto_annotations WHERE dataset_id = ?"));
    q.addBindValue(datasetId);
    bool ok = q.exec();
    q.prepare(QStringLiteral("INSERT INTO auto_annotations(sample_id, dataset_id, task_id, label_name, score, hard,"
                             " hard_coefficient, hard_reasons) VALUES(?,?,?,?,?,?,?,?)"));
    for (auto it = results.cbegin(); ok && it != results.cend(); ++it) {
        QStringList reasons;
        for (int r : it->hardReasons)
            reasons.append(QString::number(r));
        q.addBindValue(it.key());
        q.addBindValue(datasetId);
        q.addBindValue(it->taskId);
        q.addBindValue(it->labelName);
        q.addBindValue(it->score);
        q.addBindValue(it->hard ? 1 : 0);
        q.addBindValue(it->hardCoefficient);
        q.addBindValue(sqlvalues::text(reasons.join(QLatin1Char('-'))));
        ok = q.exec();
    }
    if (!ok)
        m_db.setError(q.lastError().text());
    m_db.noteListingChange();
    return ok;
}

qint64 AnnotationStore::countHard(const QString &datasetId) const
{
    QSqlQuery q = m_db.select(QStringLiteral("SELECT COUNT(*) FROM auto_annotations WHERE dataset_id = ? AND hard = 1"), { datasetId });
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 AnnotationStore::countOfTask(const QString &taskId) const
{
    QSqlQuery q = m_db.select(QStringLiteral("SELECT COUNT(*) FROM auto_annotations WHERE task_id = ?"), { taskId });
    return q.next() ? q.value(0).toLongLong() : 0;
}

QHash<int, qint64> AnnotationStore::hardReasonCounts(const QString &datasetId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT hard_reasons FROM auto_annotations WHERE dataset_id = ? AND hard = 1"));
    q.addBindValue(datasetId);
    QHash<int, qint64> out;
    if (q.exec()) {
        while (q.next()) {
            const QStringList reasons = q.value(0).toString().split(QLatin1Char('-'), Qt::SkipEmptyParts);
            for (const QString &r : reasons)
                out[r.toInt()] += 1;
        }
    }
    return out;
}

QString AnnotationStore::filter(const AutoQuery &query) const
{
    QString where = QStringLiteral("WHERE a.dataset_id = ? AND a.score >= ? AND a.score <= ?");
    if (!query.labelName.isEmpty())
        where += QStringLiteral(" AND a.label_name = ?");
    if (query.hard)
        where += QStringLiteral(" AND a.hard = ?");
    if (!query.sampleName.isEmpty())
        where += QStringLiteral(" AND instr(s.name, ?) > 0");
    return where;
}

void AnnotationStore::bind(QSqlQuery &q, const QString &datasetId, const AutoQuery &query) const
{
    q.addBindValue(datasetId);
    q.addBindValue(query.lowScore);
    q.addBindValue(query.highScore);
    if (!query.labelName.isEmpty())
        q.addBindValue(query.labelName);
    if (query.hard)
        q.addBindValue(*query.hard ? 1 : 0);
    if (!query.sampleName.isEmpty())
        q.addBindValue(query.sampleName);
}

QString AnnotationStore::queryKey(const QString &datasetId, const AutoQuery &query)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
            .arg(datasetId)
            .arg(query.lowScore, 0, 'g', 17)
            .arg(query.highScore, 0, 'g', 17)
            .arg(query.labelName)
            .arg(query.hard ? (*query.hard ? 1 : 0) : -1)
            .arg(query.sampleName);
}
