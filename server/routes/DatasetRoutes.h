#pragma once

#include "http/HttpExchange.h"
#include "storage/Records.h"

#include <QJsonObject>
#include <QMap>

class ApiRoutes;
class Storage;
struct Caller;

// Datasets: list (paging, search, type, order), details, labels, statistics (modelarts-api.md 3.1-3.4).
class DatasetRoutes final
{
public:
    explicit DatasetRoutes(const Storage &storage);
    void addTo(ApiRoutes &routes);

private:
    ApiResponse list(const ApiRequest &request, const Caller &caller) const;
    ApiResponse labels(const DatasetRecord &dataset) const;
    ApiResponse stats(const DatasetRecord &dataset) const;
    static QJsonObject metadataStats(const QMap<QString, QMap<QString, qint64>> &counts);

    const Storage &m_storage;
};
