#pragma once

#include "storage/Records.h"

#include <QHash>
#include <QList>
#include <QPair>

#include <optional>

class Database;
class QSqlQuery;

struct AutoQuery
{
    double lowScore = 0;
    double highScore = 1;
    QString labelName;
    std::optional<bool> hard;
    QString sampleName;
    bool ascending = false;
    qint64 offset = 0; // records
    qint64 limit = 10;
};

// Auto annotations: the results of auto-label tasks awaiting confirmation, listed page after page in
// score order. Where each page ended and the count of each query are kept while nothing changes (in the
// process's ListingCache, whichever connection listed them), so the last page of 100,000 costs what the
// first does.
class AnnotationStore final
{
public:
    explicit AnnotationStore(Database &db)
        : m_db(db)
    {
    }

    QList<SampleRecord> list(const QString &datasetId, const AutoQuery &query) const;
    qint64 count(const QString &datasetId, const AutoQuery &query) const;
    // Replaces the dataset's pending auto annotations with `results` (sample id -> annotation) at once.
    bool replace(const QString &datasetId, const QHash<QString, AutoAnnotationRecord> &results);
    // The same inside the caller's transaction (a task's results and its end, together).
    bool replaceRows(const QString &datasetId, const QHash<QString, AutoAnnotationRecord> &results);
    qint64 countHard(const QString &datasetId) const;
    qint64 countOfTask(const QString &taskId) const;
    QHash<int, qint64> hardReasonCounts(const QString &datasetId) const;
    // A listing's key in the ListingCache (without its order): its count and its pages' ends are kept by it.
    static QString queryKey(const QString &datasetId, const AutoQuery &query);

private:
    QString filter(const AutoQuery &query) const;
    // The listing statement: `resume` adds the cursor's bound (score and rowid); with `skip` entries to
    // skip, they are skipped in the index alone, before the join.
    QString listing(const AutoQuery &query, bool resume, bool skip) const;
    void bind(QSqlQuery &q, const QString &datasetId, const AutoQuery &query) const;

    Database &m_db;
};
