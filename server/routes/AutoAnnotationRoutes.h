#pragma once

#include "http/HttpExchange.h"
#include "storage/Records.h"

#include <functional>

class ApiRoutes;
class SampleJson;
class Storage;

// Auto-labeled samples awaiting confirmation: the listing in score order with score range, label, order
// and search_conditions (modelarts-api.md 5.1), and one of them.
class AutoAnnotationRoutes final
{
public:
    AutoAnnotationRoutes(const Storage &storage, const SampleJson &json, std::function<qint64()> nowMs);
    void addTo(ApiRoutes &routes);

private:
    ApiResponse list(const DatasetRecord &dataset, const ApiRequest &request) const;
    ApiResponse describe(const DatasetRecord &dataset, const QString &sampleId) const;

    const Storage &m_storage;
    const SampleJson &m_json;
    std::function<qint64()> m_nowMs;
};
