#include "json/VersionCodec.h"

#include "json/JsonReaders.h"

#include <QJsonDocument>

#include <cmath>

namespace jsoncodec {

using namespace detail;

namespace {

// A ratio written as "0.8" or 0.8; `fallback` when absent or not a number from 0 to 1.
double ratio(const QJsonValue &v, double fallback)
{
    const auto n = flexibleNumber(v);
    return n && std::isfinite(*n) && *n >= 0 && *n <= 1 ? *n : fallback;
}

std::optional<DatasetVersion> version(const QJsonObject &o, const QString &path, QString *error)
{
    DatasetVersion v;
    v.id = text(o, QStringLiteral("version_id"));
    if (v.id.isEmpty()) {
        *error = QStringLiteral("%1.version_id is missing").arg(path);
        return std::nullopt;
    }
    v.name = text(o, QStringLiteral("version_name"));
    v.description = text(o, QStringLiteral("description"));
    v.rawStatus = int(integer(o, QStringLiteral("status"), -1));
    v.status = versionStatusFrom(v.rawStatus);
    v.message = text(o, QStringLiteral("message"));
    v.isCurrent = flexibleBool(o.value(QStringLiteral("is_current"))).value_or(false);
    v.previousVersionId = text(o, QStringLiteral("previous_version_id"));
    v.createTimeMs = integer(o, QStringLiteral("create_time"));
    v.totalSamples = count(o, QStringLiteral("total_sample_count"));
    v.annotatedSamples = count(o, QStringLiteral("annotated_sample_count"));
    v.trainRatio = ratio(o.value(QStringLiteral("train_evaluate_sample_ratio")), 1.0);
    v.manifestPath = text(o, QStringLiteral("manifest_path"));
    v.dataPath = text(o, QStringLiteral("data_path"));
    v.labelType = text(o, QStringLiteral("label_type"));
    for (const QJsonValue &s : o.value(QStringLiteral("label_stats")).toArray()) {
        const QJsonObject stat = s.toObject();
        if (!text(stat, kName).isEmpty())
            v.labelStats.append(
                    LabelStat{ text(stat, kName), count(stat, QStringLiteral("count")), count(stat, QStringLiteral("sample_count")) });
    }
    return v;
}

std::optional<ExportTask> exportTask(const QJsonObject &o, const QString &path, QString *error)
{
    ExportTask t;
    t.id = text(o, QStringLiteral("task_id"));
    if (t.id.isEmpty()) {
        *error = QStringLiteral("%1.task_id is missing").arg(path);
        return std::nullopt;
    }
    t.rawStatus = text(o, QStringLiteral("status"));
    t.status = exportStatusFrom(t.rawStatus);
    const auto progress = flexibleNumber(o.value(QStringLiteral("progress")));
    t.progress = progress && std::isfinite(*progress) ? qBound(0.0, *progress, 100.0) : 0.0;
    t.totalSamples = count(o, QStringLiteral("total_sample_count"));
    t.finishedSamples = count(o, QStringLiteral("finished_sample_count"));
    t.path = text(o, QStringLiteral("path"));
    t.exportType = int(integer(o, QStringLiteral("export_type")));
    t.exportFormat = int(integer(o, QStringLiteral("export_format")));
    t.createTimeMs = integer(o, QStringLiteral("create_time"));
    t.errorCode = text(o, QStringLiteral("error_code"));
    t.errorMessage = text(o, QStringLiteral("error_msg"));
    return t;
}

Decoded<QString> idField(const QByteArray &body, const QString &key)
{
    QString error;
    const auto o = parseObject(body, &error);
    if (!o)
        return Decoded<QString>::failure(error);
    const QString id = text(*o, key);
    if (id.isEmpty())
        return Decoded<QString>::failure(QStringLiteral("%1 is missing").arg(key));
    return { id, {} };
}

} // namespace

VersionStatus versionStatusFrom(int raw) { return raw >= 0 && raw <= 4 ? VersionStatus(raw) : VersionStatus::Unknown; }

ExportStatus exportStatusFrom(const QString &raw)
{
    const QString s = raw.toUpper();
    if (s == QLatin1String("INIT"))
        return ExportStatus::Init;
    if (s == QLatin1String("RUNNING"))
        return ExportStatus::Running;
    if (s == QLatin1String("SUCCESSED") || s == QLatin1String("SUCCEEDED") || s == QLatin1String("SUCCESS"))
        return ExportStatus::Succeeded;
    if (s == QLatin1String("FAILED"))
        return ExportStatus::Failed;
    return ExportStatus::Unknown;
}

Decoded<QString> decodeCreateVersion(const QByteArray &body) { return idField(body, QStringLiteral("version_id")); }

Decoded<DatasetVersion> decodeVersion(const QByteArray &body)
{
    return decodeObject<DatasetVersion>(body,
                                        [](const QJsonObject &o, QString *error) { return version(o, QStringLiteral("version"), error); });
}

Decoded<VersionList> decodeVersionList(const QByteArray &body)
{
    return decodeCounted<VersionList, DatasetVersion>(body, QStringLiteral("versions"), QStringLiteral("total_number"),
                                                      objectElement(&version));
}

Decoded<QString> decodeCreateExport(const QByteArray &body) { return idField(body, QStringLiteral("task_id")); }

Decoded<ExportTask> decodeExportTask(const QByteArray &body)
{
    return decodeObject<ExportTask>(
            body, [](const QJsonObject &o, QString *error) { return exportTask(o, QStringLiteral("export task"), error); });
}

Decoded<ExportTaskList> decodeExportTaskList(const QByteArray &body)
{
    return decodeCounted<ExportTaskList, ExportTask>(body, QStringLiteral("export_tasks"), QStringLiteral("total_count"),
                                                     objectElement(&exportTask));
}

QByteArray encodePublish(const PublishRequestOptions &options)
{
    QJsonObject body;
    if (!options.name.isEmpty())
        body.insert(QStringLiteral("version_name"), options.name);
    if (!options.description.isEmpty())
        body.insert(QStringLiteral("description"), options.description);
    if (options.trainRatio)
        body.insert(QStringLiteral("train_evaluate_sample_ratio"), QString::number(*options.trainRatio, 'f', 2)); // a String, as documented
    body.insert(QStringLiteral("clear_hard_property"), !options.keepHardExamples);
    if (options.keepSampleUsage)
        body.insert(QStringLiteral("remove_sample_usage"), false);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray encodeExport(const QString &path, ExportSelection selection, int exportFormat)
{
    const QJsonObject body{ { QStringLiteral("path"), path },
                            { QStringLiteral("export_type"), int(selection) },
                            { QStringLiteral("export_format"), exportFormat },
                            { QStringLiteral("export_params"), QJsonObject{ { QStringLiteral("export_dest"), QStringLiteral("DIR") } } } };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace jsoncodec
