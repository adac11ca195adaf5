#pragma once

#include <QString>

// The error and progress codes modelarts-local answers with, as ModelArts, its API gateway, IAM and OBS
// write them (modelarts-api.md section 6), each named once.
namespace errorcode {

// API gateway
inline const QString ApiNotFound = QStringLiteral("APIGW.0101");
inline const QString EntityTooLarge = QStringLiteral("APIGW.0201");
inline const QString Unauthorized = QStringLiteral("APIGW.0301");
// [I] not documented: the front's refusals of a request it cannot read or of a connection past its cap
// (400, 408, 414, 431, 501, 503, 505), in the gateway's shape.
inline const QString RequestRefused = QStringLiteral("APIGW.0100");

// ModelArts
inline const QString Parameter = QStringLiteral("ModelArts.0104");
inline const QString NoPermission = QStringLiteral("ModelArts.4336");
inline const QString DatasetNotFound = QStringLiteral("ModelArts.4352");
inline const QString VersionNotFound = QStringLiteral("ModelArts.4353");
inline const QString ExportTaskNotFound = QStringLiteral("ModelArts.4359");
inline const QString ExportPathInvalid = QStringLiteral("ModelArts.4358");
inline const QString ExportFailed = QStringLiteral("ModelArts.4401"); // the same code as SamplesNotUpdated
inline const QString ExportParameter = QStringLiteral("ModelArts.4384");
inline const QString DatasetPublishing = QStringLiteral("ModelArts.4343");
inline const QString VersionTooSoon = QStringLiteral("ModelArts.4370");
inline const QString VersionExists = QStringLiteral("ModelArts.4371");
inline const QString LabelingLocked = QStringLiteral("ModelArts.4381");
inline const QString CannotSplit = QStringLiteral("ModelArts.4711");
inline const QString PublishLocked = QStringLiteral("ModelArts.4821"); // 403: auto-labeling while publishing
inline const QString ObsBucketNotFound = QStringLiteral("ModelArts.4311");
inline const QString TaskExists = QStringLiteral("ModelArts.4386");
inline const QString TaskStopped = QStringLiteral("ModelArts.4393");
inline const QString SamplesNotUpdated = QStringLiteral("ModelArts.4401");
inline const QString TooFewLabels = QStringLiteral("ModelArts.4405");
inline const QString TooFewLabeledImages = QStringLiteral("ModelArts.4406");
inline const QString NoUnlabeledSamples = QStringLiteral("ModelArts.4407");
inline const QString LabelNotFound = QStringLiteral("ModelArts.4410");
inline const QString SampleNotFound = QStringLiteral("ModelArts.4420");
inline const QString TaskNotFound = QStringLiteral("ModelArts.4700");
inline const QString TaskFailed = QStringLiteral("ModelArts.4917");
inline const QString SystemError = QStringLiteral("ModelArts.4999");
inline const QString UnsupportedOperation = QStringLiteral("ModelArts.4820"); // a dataset type a task cannot take
inline const QString TooManyGroups = QStringLiteral("ModelArts.4622");

// Auto grouping (modelarts-api-grouping.md 1, 2.1)
inline const QString GroupingSubmitted = QStringLiteral("ModelArts.4960");
inline const QString GroupingExecuted = QStringLiteral("ModelArts.4962");
inline const QString GroupingFailed = QStringLiteral("ModelArts.4963");
inline const QString GroupingRunning = QStringLiteral("ModelArts.4964");

// A task's progress codes (the seed's task-info examples)
inline const QString TaskPreparing = QStringLiteral("ModelArts.4902");
inline const QString JobPrepared = QStringLiteral("ModelArts.4900");
inline const QString JobSubmitted = QStringLiteral("ModelArts.4914");
inline const QString JobExecuted = QStringLiteral("ModelArts.4916");
inline const QString TaskSucceeded = QStringLiteral("ModelArts.4996");

// OBS (the presigned image URLs)
inline const QString ObsAccessDenied = QStringLiteral("OBS.AccessDenied");
inline const QString ObsNoSuchKey = QStringLiteral("OBS.NoSuchKey");
inline const QString ObsInternalError = QStringLiteral("OBS.InternalError");

} // namespace errorcode
