#pragma once

#include "types/ModelArtsTypes.h"

// What follows confirmation: dataset versions and export tasks (modelarts-api-versions.md 1-4).

enum class VersionStatus { Creating = 0, Normal = 1, Deleting = 2, Deleted = 3, Error = 4, Unknown = 99 };

struct DatasetVersion
{
    QString id;
    QString name;
    QString description;
    VersionStatus status = VersionStatus::Unknown;
    int rawStatus = -1;
    QString message; // release information, or why it failed
    bool isCurrent = false;
    QString previousVersionId;
    qint64 createTimeMs = 0;
    qint64 totalSamples = 0;
    qint64 annotatedSamples = 0;
    double trainRatio = 1.0; // train_evaluate_sample_ratio, a String in the docs
    QString manifestPath; // "/bucket/key", no scheme
    QString dataPath;
    QString labelType; // single or multi; describe only
    QList<LabelStat> labelStats; // describe only: the list has none

    bool isTerminal() const { return status != VersionStatus::Creating; }
};

enum class ExportStatus { Init, Running, Succeeded, Failed, Unknown };

struct ExportTask
{
    QString id;
    ExportStatus status = ExportStatus::Unknown;
    QString rawStatus;
    double progress = 0; // percent
    qint64 totalSamples = 0;
    qint64 finishedSamples = 0;
    QString path;
    int exportType = 0;
    int exportFormat = 0;
    qint64 createTimeMs = 0;
    QString errorCode;
    QString errorMessage;

    bool isTerminal() const { return status == ExportStatus::Succeeded || status == ExportStatus::Failed; }
};

// Which samples an export writes (export_type).
enum class ExportSelection { Labeled = 0, Unlabeled = 1, All = 2, ByCondition = 3 };

// What a publish asks for; every field optional on the wire.
struct PublishRequestOptions
{
    QString name; // empty: the service names it (V001, V002, ...)
    QString description;
    std::optional<double> trainRatio; // the train share; unset: the service's default, all train
    bool keepHardExamples = false; // clear_hard_property false
    bool keepSampleUsage = false; // remove_sample_usage false: a sample given TRAIN or EVAL stays there
};
