#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

class Database;

// Samples' user attributes (a sample's `metadata` keys that are not "@modelarts:"): what auto grouping
// writes (modelarts-api-grouping.md 3.1), one value per sample and key.
class AttributeStore final
{
public:
    explicit AttributeStore(Database &db)
        : m_db(db)
    {
    }

    // The dataset's key set to `values` (sample id, value) and dropped from every other sample: inside the
    // caller's transaction. False with the database's error.
    bool replace(const QString &datasetId, const QString &key, const QList<QPair<QString, QString>> &values);
    // The attributes of these samples: sample id -> (key, value), keys in order.
    QHash<QString, QList<QPair<QString, QString>>> of(const QString &datasetId, const QStringList &sampleIds) const;
    // Whether any sample of the dataset has one (the listings skip the lookup when none has).
    bool any(const QString &datasetId) const;
    // Each key and its values, the values sorted as numbers where they are (the search-condition answer).
    QMap<QString, QStringList> keysAndValues(const QString &datasetId) const;
    // Each key and how many samples have each value.
    QMap<QString, QMap<QString, qint64>> counts(const QString &datasetId) const;

private:
    Database &m_db;
};
