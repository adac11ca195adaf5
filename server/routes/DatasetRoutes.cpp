#include "routes/DatasetRoutes.h"

#include "HardReasons.h"
#include "rest/ApiError.h"
#include "rest/DatasetJson.h"
#include "rest/QueryParams.h"
#include "routes/ApiRoutes.h"
#include "storage/Storage.h"

#include <QJsonArray>

namespace {

QJsonObject hardDetails(const QHash<int, qint64> &reasons)
{
    QJsonObject details;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        details.insert(QString::number(it.key()),
                       QJsonObject{ { QStringLiteral("key"), it.value() },
                                    { QStringLiteral("value"),
                                      QJsonObject{ { QStringLiteral("id"), it.key() },
                                                   { QStringLiteral("alo_name"), hardreasons::algorithmName(it.key()) },
                                                   { QStringLiteral("reason"), hardreasons::reason(it.key()) },
                                                   { QStringLiteral("suggestion"), hardreasons::suggestion(it.key()) } } } });
    }
    return details;
}

} // namespace

DatasetRoutes::DatasetRoutes(const Storage &storage)
    : m_storage(storage)
{
}

void DatasetRoutes::addTo(ApiRoutes &routes)
{
    routes.project("GET", QStringLiteral("/datasets"), [this](const ApiRoutes::Call &c) { return list(c.request, c.caller); });
    routes.dataset("GET", QString(),
                   [this](const ApiRoutes::Call &c) { return ApiResponse::json(200, datasetjson::dataset(m_storage, *c.dataset)); });
    routes.dataset("GET", QStringLiteral("/data-annotations/labels"), [this](const ApiRoutes::Call &c) { return labels(*c.dataset); });
    routes.dataset("GET", QStringLiteral("/data-annotations/stats"), [this](const ApiRoutes::Call &c) { return stats(*c.dataset); });
}

ApiResponse DatasetRoutes::list(const ApiRequest &request, const Caller &caller) const
{
    const QueryParams params(request.encodedQuery);
    ApiResponse error;
    const auto page = pageOf(params, &error);
    if (!page)
        return error;
    DatasetQuery query;
    query.searchContent = params.value(QStringLiteral("search_content"));
    if (params.has(QStringLiteral("dataset_type"))) {
        const auto type = params.integer(QStringLiteral("dataset_type"), 0, 0, 1000, &error);
        if (!type)
            return error;
        query.type = int(*type);
    }
    const auto ascending = params.ascending(QStringLiteral("order"), &error);
    if (!ascending)
        return error;
    query.orderAscending = *ascending;
    const QString sortBy = params.value(QStringLiteral("sort_by"));
    if (!sortBy.isEmpty() && sortBy != QLatin1String("create_time") && sortBy != QLatin1String("dataset_name"))
        return apierror::parameter(QStringLiteral("sort_by must be create_time or dataset_name."));
    query.sortByName = sortBy == QLatin1String("dataset_name");
    // Every dataset here is of the old version (v1), the documented default: asking for v2 only finds none.
    const QString version =
            params.has(QStringLiteral("dataset_version")) ? params.value(QStringLiteral("dataset_version")) : QStringLiteral("v1");
    if (version != QLatin1String("v1") && version != QLatin1String("v2") && version != QLatin1String("all"))
        return apierror::parameter(QStringLiteral("dataset_version must be v1, v2 or all."));

    const QList<DatasetRecord> all =
            version == QLatin1String("v2") ? QList<DatasetRecord>{} : m_storage.datasets().list(caller.projectId, query);
    QJsonArray datasets;
    for (qint64 i = page->firstRecord(); i < all.size() && i < page->firstRecord() + page->limit; ++i)
        datasets.append(datasetjson::dataset(m_storage, all[i]));
    return ApiResponse::json(
            200, QJsonObject{ { QStringLiteral("total_number"), qint64(all.size()) }, { QStringLiteral("datasets"), datasets } });
}

ApiResponse DatasetRoutes::labels(const DatasetRecord &dataset) const
{
    QJsonArray labels;
    for (const LabelRecord &l : m_storage.datasets().labels(dataset.id))
        labels.append(datasetjson::label(l));
    return ApiResponse::json(200, QJsonObject{ { QStringLiteral("labels"), labels } });
}

// Each user attribute's values and how many samples have each ({"group": {"0": 312, "1": 201}}).
QJsonObject DatasetRoutes::metadataStats(const QMap<QString, QMap<QString, qint64>> &counts)
{
    QJsonObject out;
    for (auto key = counts.cbegin(); key != counts.cend(); ++key) {
        QJsonObject values;
        for (auto v = key->cbegin(); v != key->cend(); ++v)
            values.insert(v.key(), v.value());
        out.insert(key.key(), values);
    }
    return out;
}

ApiResponse DatasetRoutes::stats(const DatasetRecord &dataset) const
{
    const DatasetCounts c = m_storage.datasets().counts(dataset.id);
    const auto usage = m_storage.datasets().labelUsage(dataset.id);
    QJsonArray labelStats;
    for (const LabelRecord &l : m_storage.datasets().labels(dataset.id)) {
        const auto u = usage.value(l.name);
        QJsonObject stat = datasetjson::label(l);
        stat.insert(QStringLiteral("count"), u.first);
        stat.insert(QStringLiteral("sample_count"), u.second);
        labelStats.append(stat);
    }
    const qint64 unlabeled = c.total - c.labeled - c.autoPending;
    const qint64 hard = m_storage.annotations().countHard(dataset.id);
    return ApiResponse::json(
            200,
            QJsonObject{
                    { QStringLiteral("label_stats"), labelStats },
                    { QStringLiteral("sample_stats"),
                      QJsonObject{ { QStringLiteral("un_annotation"), unlabeled },
                                   { QStringLiteral("all"), c.total },
                                   { QStringLiteral("total"), c.total },
                                   { QStringLiteral("deleted"), m_storage.samples().deletedCount(dataset.id) },
                                   { QStringLiteral("manual_annotation"), c.labeled },
                                   { QStringLiteral("auto_annotation"), c.autoPending },
                                   { QStringLiteral("lefted"), c.total } } },
                    { QStringLiteral("key_sample_stats"),
                      QJsonObject{ { QStringLiteral("total"), c.autoPending },
                                   { QStringLiteral("key_sample"), hard },
                                   { QStringLiteral("non_key_sample"), c.autoPending - hard } } },
                    { QStringLiteral("hard_detail_stats"), hardDetails(m_storage.annotations().hardReasonCounts(dataset.id)) },
                    { QStringLiteral("deletion_stats"), QJsonObject{} },
                    { QStringLiteral("metadata_stats"), metadataStats(m_storage.attributes().counts(dataset.id)) },
                    { QStringLiteral("data_spliting_enable"), false },
            });
}
