#pragma once

#include "types/VersionTypes.h"
#include "json/JsonCodec.h"

// Decoders and encoders of the version and export calls, tolerant of the documented variants: a ratio as
// "0.8" or 0.8, SUCCESSED or SUCCEEDED, a list without label_stats.
namespace jsoncodec {

struct VersionList
{
    qint64 total = 0;
    QList<DatasetVersion> versions;
};

struct ExportTaskList
{
    qint64 total = 0;
    QList<ExportTask> tasks;
};

Decoded<QString> decodeCreateVersion(const QByteArray &body);
Decoded<DatasetVersion> decodeVersion(const QByteArray &body);
Decoded<VersionList> decodeVersionList(const QByteArray &body);
Decoded<QString> decodeCreateExport(const QByteArray &body);
Decoded<ExportTask> decodeExportTask(const QByteArray &body);
Decoded<ExportTaskList> decodeExportTaskList(const QByteArray &body);

QByteArray encodePublish(const PublishRequestOptions &options);
// To `path` ("/bucket/dir/"), tree (1) or tile (2).
QByteArray encodeExport(const QString &path, ExportSelection selection, int exportFormat);

VersionStatus versionStatusFrom(int raw);
ExportStatus exportStatusFrom(const QString &raw);

} // namespace jsoncodec
