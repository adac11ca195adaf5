// JSON codecs of the ModelArts API: Auto-label tasks and their event trees.
#include "json/JsonCodec.h"
#include "json/JsonReaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace jsoncodec {

using namespace detail;

namespace {

TaskEvent event(const QJsonObject &o)
{
    TaskEvent e;
    e.name = o.value(kName).toString();
    e.ordinal = int(integer(o, QStringLiteral("ordinal")));
    e.level = int(integer(o, QStringLiteral("level"), 1));
    e.status = o.value(QStringLiteral("status")).toString();
    if (const auto t = flexibleNumber(o.value(QStringLiteral("create_time"))))
        e.createTimeMs = toInteger(*t);
    if (const auto t = flexibleNumber(o.value(QStringLiteral("elapsed_time"))))
        e.elapsedSeconds = toInteger(*t);
    e.description = o.value(QStringLiteral("description")).toString();
    e.errorCode = o.value(QStringLiteral("error_code")).toString();
    e.errorMessage = o.value(QStringLiteral("error_message")).toString();
    if (e.errorMessage.isEmpty())
        e.errorMessage = o.value(QStringLiteral("error_msg")).toString();
    for (const QJsonValue &child : o.value(kEvents).toArray())
        e.children.append(event(child.toObject()));
    return e;
}

std::optional<TaskInfo> task(const QJsonObject &o, const QString &path, QString *error)
{
    if (!o.contains(QStringLiteral("status"))) {
        *error = path + QStringLiteral(".status is missing");
        return std::nullopt;
    }
    const auto number = flexibleNumber(o.value(QStringLiteral("status")));
    if (!number) {
        *error = path + QStringLiteral(".status is not a number");
        return std::nullopt;
    }
    // A status is a small integer: anything else is not one (and must not be cast: 6.7e57 does not fit).
    const auto status = toInteger(*number);
    if (!status || *status < std::numeric_limits<int>::min() || *status > std::numeric_limits<int>::max() || double(*status) != *number) {
        *error = path + QStringLiteral(".status is not a task status");
        return std::nullopt;
    }
    TaskInfo t;
    t.taskId = o.value(QStringLiteral("task_id")).toString();
    t.datasetId = o.value(QStringLiteral("resource_id")).toString();
    if (t.datasetId.isEmpty())
        t.datasetId = o.value(QStringLiteral("dataset_id")).toString();
    t.createTime = text(o, QStringLiteral("create_time"));
    t.type = int(integer(o, QStringLiteral("type")));
    t.progress = flexibleNumber(o.value(QStringLiteral("progress"))).value_or(0);
    t.rawStatus = int(*status);
    t.status = taskStatusFrom(t.rawStatus);
    t.code = o.value(QStringLiteral("code")).toString();
    t.message = o.value(QStringLiteral("message")).toString();
    t.elapsedSeconds = integer(o, QStringLiteral("elapsed_time"));
    t.errorCode = o.value(QStringLiteral("error_code")).toString();
    t.errorMessage = o.value(QStringLiteral("error_msg")).toString();
    t.config = o.value(QStringLiteral("config")).toObject();
    const QJsonObject result = o.value(kResult).toObject();
    // Task info has the counts in result; the task list has them at the top.
    auto count = [&](const QString &key) { return o.contains(key) ? integer(o, key) : integer(result, key); };
    t.totalSamples = count(QStringLiteral("total_sample_count"));
    t.annotatedSamples = count(QStringLiteral("annotated_sample_count"));
    t.unconfirmedSamples = count(QStringLiteral("unconfirmed_sample_count"));
    const QJsonValue events = result.value(kEvents);
    if (!events.isUndefined() && !events.isNull() && !events.isArray()) {
        *error = path + QStringLiteral(".result.events is not an array");
        return std::nullopt;
    }
    for (const QJsonValue &e : events.toArray())
        t.events.append(event(e.toObject()));
    return t;
}

} // namespace

Decoded<QString> decodeCreateTask(const QByteArray &body)
{
    QString error;
    const auto o = parseObject(body, &error);
    if (!o)
        return Decoded<QString>::failure(error);
    const QString id = o->value(QStringLiteral("task_id")).toString();
    if (id.isEmpty())
        return Decoded<QString>::failure(QStringLiteral("task_id is missing"));
    return { id, {} };
}

Decoded<QMap<QString, QStringList>> decodeSearchConditionMetadata(const QByteArray &body)
{
    QString error;
    const auto o = parseObject(body, &error);
    if (!o)
        return Decoded<QMap<QString, QStringList>>::failure(error);
    const QJsonValue metadata = o->value(QStringLiteral("metadata"));
    if (!metadata.isUndefined() && !metadata.isNull() && !metadata.isObject())
        return Decoded<QMap<QString, QStringList>>::failure(QStringLiteral("metadata is not an object"));
    QMap<QString, QStringList> out;
    const QJsonObject keys = metadata.toObject();
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        if (it.key().startsWith(QLatin1String("@modelarts:")))
            continue; // the service's own keys are no grouping
        QStringList values;
        for (const QJsonValue &v : it->toArray())
            values.append(v.isString() ? v.toString() : QString::number(v.toInteger()));
        out.insert(it.key(), values);
    }
    return { out, {} };
}

Decoded<TaskInfo> decodeTaskInfo(const QByteArray &body)
{
    return decodeObject<TaskInfo>(body, [](const QJsonObject &o, QString *error) { return task(o, QStringLiteral("task"), error); });
}

Decoded<TaskList> decodeTaskList(const QByteArray &body)
{
    return decodeCounted<TaskList, TaskInfo>(body, QStringLiteral("tasks"), QStringLiteral("total_count"), objectElement(&task));
}

QByteArray encodeCreateTask(bool accurate, bool collectHardExamples, const QString &confidenceScope)
{
    QJsonObject config{ { QStringLiteral("algorithm_type"), accurate ? QStringLiteral("accurate") : QStringLiteral("fast") } };
    if (!confidenceScope.isEmpty())
        config.insert(QStringLiteral("confidence_scope"), confidenceScope);
    return QJsonDocument(QJsonObject{ { QStringLiteral("task_type"), QStringLiteral("auto-label") },
                                      { QStringLiteral("collect_key_sample"), collectHardExamples },
                                      { QStringLiteral("config"), config } })
            .toJson(QJsonDocument::Compact);
}

QByteArray encodeCreateGrouping(int groups, const QString &property)
{
    // The 2025 example's form: n_clusters as a string, every flag sent, the groups saved to the samples.
    const QJsonObject config{ { QStringLiteral("n_clusters"), QString::number(groups) },
                              { QStringLiteral("ambiguity"), false },
                              { QStringLiteral("image_brightness"), false },
                              { QStringLiteral("image_colorfulness"), false },
                              { QStringLiteral("property"), property },
                              { QStringLiteral("result_type"), 1 } };
    return QJsonDocument(
                   QJsonObject{ { QStringLiteral("task_type"), QStringLiteral("auto-grouping") }, { QStringLiteral("config"), config } })
            .toJson(QJsonDocument::Compact);
}

QByteArray encodeAttributeCondition(const QString &key, const QString &value)
{
    const QJsonObject props{ { key, QJsonArray{ value } } };
    const QJsonArray conditions{ QJsonObject{
            { QStringLiteral("metadata"),
              QJsonObject{ { QStringLiteral("op"), QStringLiteral("OR") }, { QStringLiteral("props"), props } } } } };
    return QJsonDocument(conditions).toJson(QJsonDocument::Compact);
}

} // namespace jsoncodec
