#pragma once

#include "storage/Records.h"

#include <QHash>
#include <QList>
#include <QPair>

#include <optional>

class Database;

struct DatasetQuery
{
    QString searchContent;
    std::optional<int> type;
    bool orderAscending = false;
    bool sortByName = false;
};

// Datasets, their labels and the counts over their samples.
class DatasetStore final
{
public:
    explicit DatasetStore(Database &db)
        : m_db(db)
    {
    }

    bool insert(const DatasetRecord &dataset);
    std::optional<DatasetRecord> find(const QString &projectId, const QString &datasetId) const;
    std::optional<DatasetRecord> findById(const QString &datasetId) const; // in any project
    std::optional<DatasetRecord> findByName(const QString &projectId, const QString &name) const;
    QList<DatasetRecord> list(const QString &projectId, const DatasetQuery &query) const;
    bool touch(const QString &datasetId, qint64 timeMs);

    bool insertLabel(const QString &datasetId, const LabelRecord &label);
    QList<LabelRecord> labels(const QString &datasetId) const;
    DatasetCounts counts(const QString &datasetId) const;
    // label name -> (times applied, samples carrying it), over manually labeled samples
    QHash<QString, QPair<qint64, qint64>> labelUsage(const QString &datasetId) const;

private:
    Database &m_db;
};
