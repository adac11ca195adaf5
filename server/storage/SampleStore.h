#pragma once

#include "storage/Records.h"

#include <QList>

#include <optional>

class Database;
class QSqlQuery;

enum class SampleState { Any, Labeled, Unlabeled, AutoAnnotated };

struct SampleQuery
{
    SampleState state = SampleState::Any;
    QString labelName;
    QString searchName;
    // Sample attributes (search_conditions' metadata): each key with the values any of which matches (none:
    // the key is present); the keys all (AND) or any (OR) of them.
    QList<QPair<QString, QStringList>> attributes;
    bool anyAttribute = false;
    qint64 offset = 0; // records
    qint64 limit = 10;
};

// What an auto-label task reads of each sample: where its image is and its first label, if any.
struct SampleImage
{
    QString id;
    QString name;
    QString relPath;
    int channels = 0;
    QString label; // empty: unlabeled
};

// The samples of the datasets (images with their labels).
class SampleStore final
{
public:
    explicit SampleStore(Database &db)
        : m_db(db)
    {
    }

    bool insert(const SampleRecord &sample); // with its labels
    bool hasSamplePath(const QString &datasetId, const QString &sourceKey) const;
    std::optional<SampleRecord> find(const QString &datasetId, const QString &sampleId) const;
    // Only where a sample's image is (below the data directory): the image route's question, asked
    // thousands of times a second while a review grid scrolls, so its statement is prepared once.
    std::optional<QString> file(const QString &datasetId, const QString &sampleId) const;

    QList<SampleRecord> list(const QString &datasetId, const SampleQuery &query) const;
    // Every sample of the dataset in listing order, only what a task reads (half the time of list() at
    // 10,000 samples, 65 against 137 ms: Qt's driver makes a QVariant of every column read). Empty with the
    // error set when the database cannot be read.
    QList<SampleImage> images(const QString &datasetId) const;
    qint64 count(const QString &datasetId, const SampleQuery &query) const;

    // Replaces a sample's labels (empty: unlabeled) and clears its pending auto annotation. Call inside
    // a transaction for a batch.
    bool replaceLabels(const QString &sampleId, const QList<SampleLabelRecord> &labels, const QString &annotatedBy, qint64 timeMs);
    // Sets a sample's usage (TRAIN, EVAL, TEST, INFERENCE); inside the caller's transaction for a batch.
    bool setUsage(const QString &sampleId, const QString &usage);
    // Clears every sample's usage in the dataset (a version published with remove_sample_usage).
    bool clearUsage(const QString &datasetId);
    // Deletes a sample of the dataset with its labels and auto annotation, and notes it as deleted (inside
    // the caller's transaction).
    bool remove(const QString &datasetId, const QString &sampleId, qint64 timeMs);
    bool wasDeleted(const QString &datasetId, const QString &sampleId) const;
    qint64 deletedCount(const QString &datasetId) const;

private:
    QString filter(const SampleQuery &query) const;
    static void bindFilter(QSqlQuery &q, const QString &datasetId, const SampleQuery &query);
    // False, with the error set, when the labels cannot be read.
    bool attachLabels(QList<SampleRecord> &samples) const;

    Database &m_db;
};
