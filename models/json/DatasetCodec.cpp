// JSON codecs of the ModelArts API: Datasets, their labels and statistics.
#include "json/JsonCodec.h"
#include "json/JsonReaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jsoncodec {

using namespace detail;

namespace {

std::optional<Dataset> dataset(const QJsonObject &o, const QString &path, QString *error)
{
    Dataset d;
    d.id = o.value(QStringLiteral("dataset_id")).toString();
    if (d.id.isEmpty()) {
        *error = path + QStringLiteral(".dataset_id is missing");
        return std::nullopt;
    }
    d.name = o.value(QStringLiteral("dataset_name")).toString();
    d.description = o.value(QStringLiteral("description")).toString();
    d.type = int(integer(o, QStringLiteral("dataset_type")));
    d.status = int(integer(o, QStringLiteral("status"), 1));
    d.totalSamples = integer(o, QStringLiteral("total_sample_count"));
    d.annotatedSamples = integer(o, QStringLiteral("annotated_sample_count"));
    d.unconfirmedSamples = integer(o, QStringLiteral("unconfirmed_sample_count"));
    d.createTimeMs = integer(o, QStringLiteral("create_time"));
    d.updateTimeMs = integer(o, QStringLiteral("update_time"));
    d.datasetVersion = o.value(QStringLiteral("dataset_version")).toString();
    d.existRunningTask = flexibleBool(o.value(QStringLiteral("exist_running_task"))).value_or(false);
    for (const QJsonValue &id : o.value(QStringLiteral("running_tasks_id")).toArray())
        d.runningTaskIds.append(id.toString());
    QJsonArray labels;
    if (!optionalArray(o, kLabels, path, &labels, error))
        return std::nullopt;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const auto l = label(labels[i], QStringLiteral("%1.labels[%2]").arg(path).arg(i), error);
        if (!l)
            return std::nullopt;
        d.labels.append(*l);
    }
    return d;
}

} // namespace

Decoded<DatasetList> decodeDatasetList(const QByteArray &body)
{
    return decodeCounted<DatasetList, Dataset>(body, QStringLiteral("datasets"), QStringLiteral("total_number"), objectElement(&dataset));
}

Decoded<Dataset> decodeDataset(const QByteArray &body)
{
    return decodeObject<Dataset>(body, [](const QJsonObject &o, QString *error) { return dataset(o, QStringLiteral("dataset"), error); });
}

Decoded<QList<Label>> decodeLabels(const QByteArray &body)
{
    return decodeObject<QList<Label>>(body,
                                      [](const QJsonObject &o, QString *error) { return readList<Label>(o, kLabels, error, &label); });
}

Decoded<DatasetStats> decodeStats(const QByteArray &body)
{
    QString error;
    const auto o = parseObject(body, &error);
    if (!o)
        return Decoded<DatasetStats>::failure(error);
    DatasetStats stats;
    QJsonArray labels;
    if (!optionalArray(*o, QStringLiteral("label_stats"), QStringLiteral("stats"), &labels, &error))
        return Decoded<DatasetStats>::failure(error);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QJsonObject l = labels[i].toObject();
        if (!l.value(kName).isString())
            return Decoded<DatasetStats>::failure(QStringLiteral("label_stats[%1].name is missing").arg(i));
        stats.labels.append(
                LabelStat{ l.value(kName).toString(), integer(l, QStringLiteral("count")), integer(l, QStringLiteral("sample_count")) });
    }
    const QJsonObject sampleStats = o->value(QStringLiteral("sample_stats")).toObject();
    for (auto it = sampleStats.begin(); it != sampleStats.end(); ++it)
        stats.sampleStats.insert(it.key(), toInteger(flexibleNumber(it.value()).value_or(0)).value_or(0));
    const QJsonObject key = o->value(QStringLiteral("key_sample_stats")).toObject();
    stats.keySamples = integer(key, QStringLiteral("key_sample"));
    stats.nonKeySamples = integer(key, QStringLiteral("non_key_sample"));
    return { stats, {} };
}

} // namespace jsoncodec
