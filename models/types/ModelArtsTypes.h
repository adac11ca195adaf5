#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Value types of the ModelArts auto-labeling workflow, as the client uses them. Plain data: no I/O, no
// QObject; decoded from JSON by JsonCodec.

// An error of a call: where it came from, and the service's own code and message when it gave them.
struct ApiError
{
    enum class Kind {
        None,
        Network, // unreachable, refused, reset
        Timeout, // no answer in time
        Tls, // certificate or handshake refused
        Auth, // 401: the token or signature was refused
        Forbidden, // 403
        Service, // another 4xx/5xx with the service's error_code and error_msg
        Decode, // a 2xx whose body is not what the API documents
        Cancelled,
        Redirect, // a redirect that would downgrade to HTTP or loop
        Io, // a local file could not be written (an export)
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // "ModelArts.4352", "APIGW.0301", ...
    QString message; // the service's message, or a description of the local failure
    QString requestId; // X-Request-Id of the answer, when there was one
    qint64 retryAfterSeconds = 0; // what the answer's Retry-After asked (a locked login), 0: nothing

    bool isError() const { return kind != Kind::None; }
    // Worth trying again later by itself: network trouble, time-outs, 5xx and 429; not 507 (the service's
    // storage is full: someone must free space first).
    bool isTransient() const
    {
        return kind == Kind::Network || kind == Kind::Timeout
                || (kind == Kind::Service && ((httpStatus >= 500 && httpStatus != 507) || httpStatus == 429));
    }
    // The service answered that its storage is full (507): nothing was changed, and nothing more will be.
    bool isStorageFull() const { return kind == Kind::Service && httpStatus == 507; }
    // "ModelArts.4352: Dataset does not exist (HTTP 400)" and the like, for logs and the command line.
    QString toString() const;
};

struct Label
{
    QString name;
    int type = 0;
    QString color;
};

struct Dataset
{
    QString id;
    QString name;
    QString description;
    int type = 0; // 0 image classification (modelarts-api.md 7.3)
    int status = 1; // 1 normal
    qint64 totalSamples = 0;
    qint64 annotatedSamples = 0;
    qint64 unconfirmedSamples = 0;
    qint64 createTimeMs = 0;
    qint64 updateTimeMs = 0;
    bool existRunningTask = false;
    QStringList runningTaskIds;
    QList<Label> labels;
    // "v1": the old Data Management, this workflow's; "v2": a new-version dataset, labeled by labeling jobs
    // whose REST form is not published (modelarts-api.md 5.1). Absent in older answers: v1.
    QString datasetVersion;

    bool isImageClassification() const { return type == 0; }
    bool isNewVersion() const { return datasetVersion.compare(QLatin1String("v2"), Qt::CaseInsensitive) == 0; }
    // Tasks can be started and labels confirmed on it here.
    bool isWorkflowSupported() const { return isImageClassification() && !isNewVersion(); }
};

struct LabelStat
{
    QString name;
    qint64 count = 0; // times applied
    qint64 sampleCount = 0; // samples carrying it
};

struct DatasetStats
{
    QList<LabelStat> labels;
    QHash<QString, qint64> sampleStats; // un_annotation, all, total, manual_annotation, auto_annotation, ...
    qint64 keySamples = 0;
    qint64 nonKeySamples = 0;

    qint64 unlabeled() const { return sampleStats.value(QStringLiteral("un_annotation")); }
};

struct SampleLabel
{
    QString name;
    int type = 0;
    QString id;
    std::optional<double> score;
    QJsonObject property;
};

struct HardInfo
{
    bool hard = false;
    double coefficient = 0;
    QList<int> reasons; // ids of modelarts-api.md 7.6
};

struct Sample
{
    QString id;
    QString name; // sample_name, or the last part of the source URL's path
    QString dir;
    int sampleType = 0;
    QList<SampleLabel> labels;
    QString status; // open string: UN_ANNOTATION, MANUAL_ANNOTATION, ...
    QString annotatedBy;
    // The image URLs as the service wrote them (parsing them is left to whoever fetches one: a review of a
    // million samples fetches a few screens of them).
    QString source;
    QString preview;
    int width = 0;
    int height = 0;
    int channels = 0; // 0 when @modelarts:size gave none
    qint64 sizeBytes = 0;
    qint64 timeMs = 0;
    HardInfo hard;

    // The (first) label and its score: for an auto-labeled sample, the prediction.
    QString labelName() const { return labels.isEmpty() ? QString() : labels.first().name; }
    std::optional<double> score() const { return labels.isEmpty() ? std::nullopt : labels.first().score; }
    QUrl sourceUrl() const { return QUrl(source); }
    // The preview, or the source when there is none.
    QUrl previewUrl() const { return QUrl(preview.isEmpty() ? source : preview); }
};

struct SamplePage
{
    qint64 total = 0; // sample_count: every match, not only this page
    QList<Sample> samples;
};

enum class TaskStatus { Queued = -1, Initializing = 0, Running = 1, Failed = 2, Succeeded = 3, Stopping = 4, Stopped = 5, Unknown = 99 };

struct TaskEvent
{
    QString name;
    int ordinal = 0;
    int level = 1;
    QString status; // waiting, running, success, failed (open string)
    std::optional<qint64> createTimeMs;
    std::optional<qint64> elapsedSeconds;
    QString description;
    QString errorCode;
    QString errorMessage;
    QList<TaskEvent> children;
};

struct TaskInfo
{
    QString taskId;
    QString datasetId; // resource_id (task info) or dataset_id (task list)
    QString createTime; // "yyyy-MM-dd HH:mm:ss", as the service writes it
    int type = 0; // task list only: 0 auto-label, 1 pre-label (inferred)
    double progress = 0;
    TaskStatus status = TaskStatus::Unknown;
    int rawStatus = 0;
    QString code;
    QString message;
    qint64 elapsedSeconds = 0;
    QString errorCode;
    QString errorMessage;
    qint64 totalSamples = 0;
    qint64 annotatedSamples = 0;
    qint64 unconfirmedSamples = 0;
    QList<TaskEvent> events;
    QJsonObject config;

    bool isTerminal() const { return status == TaskStatus::Failed || status == TaskStatus::Succeeded || status == TaskStatus::Stopped; }
    bool isActive() const
    {
        return status == TaskStatus::Queued || status == TaskStatus::Initializing || status == TaskStatus::Running
                || status == TaskStatus::Stopping;
    }
};

// What an auto-label task is started with.
struct AutoLabelOptions
{
    bool accurate = false;
    bool collectHardExamples = true;
    QString confidenceScope; // empty: the service's default
};

// What a password login gives.
struct TokenInfo
{
    QByteArray token; // X-Subject-Token
    QString projectId;
    QString projectName;
    QString userName;
    QString domainName;
    qint64 issuedAtMs = 0;
    qint64 expiresAtMs = 0;
};

// One sample's new labels in a batch update (empty: make it unlabeled).
struct SampleUpdate
{
    QString sampleId;
    QList<SampleLabel> labels;
    QString usage; // sample_usage (TRAIN, EVAL, TEST, INFERENCE); empty: not sent
};

// What became of one sample of a batch update. Only an answer of the service about the sample (or about
// the request that carried it, a 4xx) is a refusal: a sample whose request never got an answer (the
// service unreachable, a time-out, a TLS failure, a 5xx after the retries, an answer cut off, the session
// gone, a cancel) is not sent, and sending it again is safe (a batch update is idempotent).
struct SampleOutcome
{
    QString sampleId;
    bool ok = false;
    QString errorCode;
    QString errorMessage;
    bool notSent = false;

    bool refused() const { return !ok && !notSent; }
};

struct BatchUpdateResult
{
    QList<SampleOutcome> outcomes; // in request order
    ApiError fault; // why some were not sent (none when all were answered, or on a cancel)
    qint64 notSent() const
    {
        return std::count_if(outcomes.cbegin(), outcomes.cend(), [](const SampleOutcome &o) { return o.notSent; });
    }
    qint64 succeeded() const
    {
        return std::count_if(outcomes.cbegin(), outcomes.cend(), [](const SampleOutcome &o) { return o.ok; });
    }
};
