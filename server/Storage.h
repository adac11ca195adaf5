#pragma once

#include "Records.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// modelarts-local's database: one SQLite file (WAL) in the data directory.
// One Storage is one connection and belongs to the thread that created it; a thread that needs the
// database opens its own Storage. Every change that spans several rows runs in one transaction.
class Storage final
{
public:
    explicit Storage(const QString &dataDir);
    ~Storage();
    Q_DISABLE_COPY_MOVE(Storage)

    // Opens (creating it and its schema if needed). False with lastError() set on failure.
    bool open();
    QString lastError() const { return m_lastError; }
    QString dataDir() const { return m_dataDir; }

    bool transaction();
    bool commit();
    void rollback();

    // --- settings kept in the database ---
    QByteArray meta(const QString &key) const;
    bool setMeta(const QString &key, const QByteArray &value);
    // A random secret created on first use (URL signing key).
    QByteArray secret(const QString &key);

    // --- identity ---
    ProjectRecord ensureProject(const QString &name);
    std::optional<ProjectRecord> projectByName(const QString &name) const;
    std::optional<ProjectRecord> projectById(const QString &id) const;
    // Adds a user or replaces the password of an existing one (same domain and name).
    std::optional<UserRecord> upsertUser(const QString &domainName, const QString &name,
                                         const QString &projectName, const QByteArray &passwordHash);
    std::optional<UserRecord> userByName(const QString &domainNameOrId, const QString &name) const;
    std::optional<UserRecord> userById(const QString &id) const;
    QList<UserRecord> usersNamed(const QString &name) const;

    bool addToken(const QByteArray &tokenHash, const QString &userId, const QString &projectId,
                  qint64 issuedMs, qint64 expiresMs);
    struct TokenInfo
    {
        QString userId;
        QString projectId;
        qint64 expiresMs = 0;
    };
    std::optional<TokenInfo> token(const QByteArray &tokenHash) const;

    bool addAccessKey(const AccessKeyRecord &key);
    std::optional<AccessKeyRecord> accessKey(const QString &ak) const;

    // --- datasets ---
    bool insertDataset(const DatasetRecord &dataset);
    std::optional<DatasetRecord> dataset(const QString &projectId, const QString &datasetId) const;
    std::optional<DatasetRecord> datasetByName(const QString &projectId, const QString &name) const;
    struct DatasetQuery
    {
        QString searchContent;
        std::optional<int> type;
        bool orderAscending = false;
        bool sortByName = false;
    };
    QList<DatasetRecord> datasets(const QString &projectId, const DatasetQuery &query) const;
    bool touchDataset(const QString &datasetId, qint64 timeMs);

    bool insertLabel(const QString &datasetId, const LabelRecord &label);
    QList<LabelRecord> labels(const QString &datasetId) const;
    DatasetCounts counts(const QString &datasetId) const;
    // label name -> (times applied, samples carrying it), over manually labeled samples
    QHash<QString, QPair<qint64, qint64>> labelUsage(const QString &datasetId) const;

    // --- samples ---
    bool insertSample(const SampleRecord &sample); // with its labels
    bool hasSamplePath(const QString &datasetId, const QString &sourceKey) const;
    std::optional<SampleRecord> sample(const QString &datasetId, const QString &sampleId) const;
    // Only where a sample's image is (below the data directory): the image route's question, asked
    // thousands of times a second while a review grid scrolls, so its statement is prepared once.
    std::optional<QString> sampleFile(const QString &datasetId, const QString &sampleId) const;

    enum class SampleState { Any, Labeled, Unlabeled, AutoAnnotated };
    struct SampleQuery
    {
        SampleState state = SampleState::Any;
        QString labelName;
        QString searchName;
        qint64 offset = 0; // records
        qint64 limit = 10;
    };
    QList<SampleRecord> samples(const QString &datasetId, const SampleQuery &query) const;
    qint64 countSamples(const QString &datasetId, const SampleQuery &query) const;

    // Replaces a sample's labels (empty: unlabeled) and clears its pending auto annotation. Call inside
    // a transaction for a batch.
    bool replaceLabels(const QString &sampleId, const QList<SampleLabelRecord> &labels,
                       const QString &annotatedBy, qint64 timeMs);

    // --- auto annotations (results of auto-label tasks awaiting confirmation) ---
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
    QList<SampleRecord> autoSamples(const QString &datasetId, const AutoQuery &query) const;
    qint64 countAutoSamples(const QString &datasetId, const AutoQuery &query) const;
    // Replaces the dataset's pending auto annotations with `results` (sample id -> annotation) at once.
    bool replaceAutoAnnotations(const QString &datasetId, const QHash<QString, AutoAnnotationRecord> &results);
    qint64 countHard(const QString &datasetId) const;
    qint64 countAutoOfTask(const QString &taskId) const;
    QHash<int, qint64> hardReasonCounts(const QString &datasetId) const;

    // --- tasks ---
    bool insertTask(const TaskRecord &task);
    bool updateTask(const QString &taskId, int status, const QJsonObject &state);
    std::optional<TaskRecord> task(const QString &datasetId, const QString &taskId) const;
    QList<TaskRecord> tasks(const QString &datasetId, const QString &taskType) const;
    QStringList activeTaskIds(const QString &datasetId) const; // queued, initialising, running or stopping
    QList<TaskRecord> activeTasks() const;

private:
    bool exec(const QString &sql);
    QString autoFilter(const AutoQuery &query) const;
    void bindAuto(class QSqlQuery &q, const QString &datasetId, const AutoQuery &query) const;
    bool migrate();
    QList<SampleRecord> loadSamples(class QSqlQuery &query) const;
    void attachLabels(QList<SampleRecord> &samples) const;
    QString sampleFilter(const SampleQuery &query) const;

    QString m_dataDir;
    QString m_connection;
    // Statements prepared once, by their SQL; nullptr when it does not prepare (lastError says why).
    class QSqlQuery *prepared(const QString &sql) const;
    mutable QHash<QString, std::shared_ptr<class QSqlQuery>> m_statements;
    // Counts of auto annotations by query, valid while nothing in the database changed (a listing asks
    // for the same count on each of its pages).
    struct CachedCount
    {
        QPair<qint64, qint64> version;
        qint64 count = 0;
    };
    mutable QHash<QString, CachedCount> m_autoCounts;
    QPair<qint64, qint64> changeVersion() const;
    static QString autoQueryKey(const QString &datasetId, const AutoQuery &query);
    // Where a page of an auto-annotation listing ended: (score, rowid) of its last entry, by query and
    // offset, valid while nothing changed.
    struct PageEnd
    {
        QPair<qint64, qint64> version;
        double score = 0;
        qint64 rowid = 0;
    };
    mutable QHash<QString, PageEnd> m_pageEnds;
    mutable QString m_lastError;
};
