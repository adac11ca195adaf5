#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// Plain rows of modelarts-local's database, as Storage reads and writes them.

struct ProjectRecord
{
    QString id;
    QString name;
};

struct UserRecord
{
    QString id;
    QString name;
    QString domainId;
    QString domainName;
    ProjectRecord project;
    QByteArray passwordHash;
};

struct AccessKeyRecord
{
    QString accessKey;
    QByteArray secretKey;
    QString userId;
    QString projectId;
};

struct LabelRecord
{
    QString name;
    int type = 0;
    QString color;
};

struct DatasetRecord
{
    QString id;
    QString projectId;
    QString name;
    QString description;
    int type = 0;
    qint64 createTimeMs = 0;
    qint64 updateTimeMs = 0;
};

struct DatasetCounts
{
    qint64 total = 0;
    qint64 labeled = 0; // MANUAL_ANNOTATION
    qint64 autoPending = 0; // auto-labeled, awaiting confirmation
};

struct SampleLabelRecord
{
    QString name;
    int type = 0;
    std::optional<double> score;
    QJsonObject property;
};

struct AutoAnnotationRecord
{
    QString taskId;
    QString labelName;
    double score = 0;
    bool hard = false;
    double hardCoefficient = 0;
    QList<int> hardReasons;
};

struct SampleRecord
{
    QString id;
    QString datasetId;
    QString name; // the image's file name
    QString dir; // "/<dataset>/<sub folder>/"
    QString relPath; // below the data directory
    qint64 size = 0;
    qint64 timeMs = 0;
    int width = 0;
    int height = 0;
    int channels = 3;
    QString status; // MANUAL_ANNOTATION or UN_ANNOTATION
    QString annotatedBy;
    QString truth; // hidden ground truth, never served
    QList<SampleLabelRecord> labels;
    std::optional<AutoAnnotationRecord> autoAnnotation;
    qint64 labeledTimeMs = 0; // when its labels were last written (0: at import)
    // Whether the task that labeled it found it hard, kept past the confirmation (unset: no task did).
    std::optional<bool> hard;
    double hardCoefficient = 0;
    QList<QPair<QString, QString>> attributes; // user metadata keys and values (auto grouping's)
    QString usage; // TRAIN, EVAL, TEST, INFERENCE, or empty (UpdateSamples' sample_usage)
};

struct TaskRecord
{
    QString id;
    QString datasetId;
    QString taskType;
    int status = -1;
    qint64 createTimeMs = 0;
    QJsonObject state; // the task-info document the API serves, kept current by the runner
};

// A published version of a dataset (modelarts-api-versions.md 1-3) and the document the API serves.
struct VersionRecord
{
    QString id;
    QString datasetId;
    QString name;
    int status = 0;
    qint64 createTimeMs = 0;
    QJsonObject state;
};

namespace versionstatus {
enum Value : int { Creating = 0, Normal = 1, Deleting = 2, Deleted = 3, Error = 4 };
} // namespace versionstatus

// An export task of a dataset (modelarts-api-versions.md 4) and the document the API serves.
struct ExportTaskRecord
{
    QString id;
    QString datasetId;
    QString status; // INIT, RUNNING, SUCCESSED, FAILED
    qint64 createTimeMs = 0;
    QJsonObject state;
};

// A task's status as the API serves it (modelarts-api.md 4.2).
namespace taskstatus {
enum Value : int { Queued = -1, Initializing = 0, Running = 1, Failed = 2, Succeeded = 3, Stopping = 4, Stopped = 5 };

// Queued, initialising, running or stopping: the task still holds its dataset.
constexpr bool isActive(int status) { return status == Queued || status == Initializing || status == Running || status == Stopping; }
} // namespace taskstatus
