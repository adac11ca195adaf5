#include "rest/DatasetJson.h"

#include "storage/Storage.h"

#include <QJsonArray>

namespace datasetjson {

QJsonObject label(const LabelRecord &l)
{
    return QJsonObject{ { QStringLiteral("name"), l.name },
                        { QStringLiteral("type"), l.type },
                        { QStringLiteral("property"), QJsonObject{ { QStringLiteral("@modelarts:color"), l.color } } } };
}

QJsonObject dataset(const Storage &storage, const DatasetRecord &d)
{
    const DatasetCounts c = storage.datasets().counts(d.id);
    QJsonArray labels;
    for (const LabelRecord &l : storage.datasets().labels(d.id))
        labels.append(label(l));
    const QStringList running = storage.tasks().activeTaskIds(d.id);
    const QString base = QStringLiteral("/modelarts-local/%1/").arg(d.name);
    const auto current = storage.versions().current(d.id);
    const qint64 versionCount = storage.versions().count(d.id);
    const bool publishing = storage.versions().publishing(d.id).has_value();
    return QJsonObject{
        { QStringLiteral("dataset_id"), d.id },
        { QStringLiteral("dataset_name"), d.name },
        { QStringLiteral("dataset_type"), d.type },
        { QStringLiteral("dataset_format"), 0 },
        { QStringLiteral("dataset_version"), QStringLiteral("v1") },
        { QStringLiteral("data_format"), QStringLiteral("Default") },
        { QStringLiteral("description"), d.description },
        { QStringLiteral("status"), publishing ? 6 : 1 }, // 6: publishing (modelarts-api.md 7.3)
        { QStringLiteral("create_time"), d.createTimeMs },
        { QStringLiteral("update_time"), d.updateTimeMs },
        { QStringLiteral("data_update_time"), d.updateTimeMs },
        { QStringLiteral("total_sample_count"), c.total },
        { QStringLiteral("annotated_sample_count"), c.labeled },
        { QStringLiteral("unconfirmed_sample_count"), c.autoPending },
        { QStringLiteral("deleted_sample_count"), storage.samples().deletedCount(d.id) },
        { QStringLiteral("data_sources"),
          QJsonArray{ QJsonObject{ { QStringLiteral("data_type"), 0 },
                                   { QStringLiteral("data_path"), QString(base + QStringLiteral("input/")) } } } },
        { QStringLiteral("work_path"), QString(base + QStringLiteral("output/")) },
        { QStringLiteral("inner_work_path"), QStringLiteral("%1output/%2-%3/").arg(base, d.name, d.id) },
        { QStringLiteral("inner_annotation_path"), QStringLiteral("%1output/%2-%3/annotation/").arg(base, d.name, d.id) },
        { QStringLiteral("ai_project"), QStringLiteral("default-ai-project") },
        { QStringLiteral("dataset_version"), QStringLiteral("v1") },
        { QStringLiteral("work_path_type"), 0 },
        { QStringLiteral("current_version_id"), current ? current->id : QString() },
        { QStringLiteral("current_version_name"), current ? current->name : QString() },
        { QStringLiteral("dataset_version_count"), versionCount },
        { QStringLiteral("next_version_num"), versionCount + 1 },
        { QStringLiteral("workspace_id"), QStringLiteral("0") },
        { QStringLiteral("enterprise_project_id"), QStringLiteral("0") },
        { QStringLiteral("exist_running_task"), !running.isEmpty() || publishing },
        { QStringLiteral("running_tasks_id"), QJsonArray::fromStringList(running) },
        { QStringLiteral("exist_workforce_task"), false },
        { QStringLiteral("workforce_task_count"), 0 },
        { QStringLiteral("label_task_count"), 0 },
        { QStringLiteral("feature_supports"), QJsonArray{ QStringLiteral("0") } },
        { QStringLiteral("managed"), false },
        { QStringLiteral("import_data"), false },
        { QStringLiteral("content_labeling"), true },
        { QStringLiteral("labels"), labels },
    };
}

} // namespace datasetjson
