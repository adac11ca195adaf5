#include "routes/AutoAnnotationRoutes.h"

#include "rest/ApiError.h"
#include "rest/QueryParams.h"
#include "rest/SampleJson.h"
#include "routes/ApiRoutes.h"
#include "routes/SearchConditions.h"
#include "storage/Storage.h"

#include <QJsonArray>

AutoAnnotationRoutes::AutoAnnotationRoutes(const Storage &storage, const SampleJson &json, std::function<qint64()> nowMs)
    : m_storage(storage)
    , m_json(json)
    , m_nowMs(std::move(nowMs))
{
}

void AutoAnnotationRoutes::addTo(ApiRoutes &routes)
{
    routes.dataset("GET", QStringLiteral("/auto-annotations/samples"),
                   [this](const ApiRoutes::Call &c) { return list(*c.dataset, c.request); });
    routes.dataset("GET", QStringLiteral("/auto-annotations/samples/{sample_id}"),
                   [this](const ApiRoutes::Call &c) { return describe(*c.dataset, c.param(u"sample_id")); });
}

ApiResponse AutoAnnotationRoutes::list(const DatasetRecord &dataset, const ApiRequest &request) const
{
    const QueryParams params(request.encodedQuery);
    ApiResponse error;
    AutoQuery query;
    if (!pageInto(params, &query, &error))
        return error;
    const auto low = params.fraction(QStringLiteral("low_score"), 0, &error);
    if (!low)
        return error;
    const auto high = params.fraction(QStringLiteral("high_score"), 1, &error);
    if (!high)
        return error;
    query.lowScore = *low;
    query.highScore = *high;
    query.labelName = params.value(QStringLiteral("label_name"));
    const auto ascending = params.ascending(QStringLiteral("order"), &error);
    if (!ascending)
        return error;
    query.ascending = *ascending;
    const QString conditions = params.value(QStringLiteral("search_conditions"));
    QString conditionError;
    if (!conditions.isEmpty() && !searchconditions::apply(conditions, query, &conditionError))
        return apierror::parameter(conditionError);

    const QList<SampleRecord> found = m_storage.annotations().list(dataset.id, query);
    return m_json.page(m_storage.annotations().count(dataset.id, query), found, true, m_nowMs() / 1000,
                       m_storage.datasets().labels(dataset.id));
}

ApiResponse AutoAnnotationRoutes::describe(const DatasetRecord &dataset, const QString &sampleId) const
{
    const auto sample = m_storage.samples().find(dataset.id, sampleId);
    if (!sample || !sample->autoAnnotation)
        return apierror::modelArts(400, errorcode::SampleNotFound, QStringLiteral("Sample not found"));
    return ApiResponse::json(200, m_json.write(*sample, true, m_nowMs() / 1000));
}
