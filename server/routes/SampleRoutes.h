#pragma once

#include "http/HttpExchange.h"
#include "storage/Records.h"

#include <QJsonValue>
#include <QPair>
#include <QSet>

#include <functional>
#include <optional>

class ApiRoutes;
class SampleJson;
class Storage;
struct Caller;

// Samples: list by state, label and name (modelarts-api.md 3.5), one sample, and the batch update that
// confirms labels (5.7): the whole body is checked before anything changes, and the update runs in one
// transaction with a result per sample; the batch delete (5.9), the same way.
class SampleRoutes final
{
public:
    // Labels one sample may carry in an update (an image-classification sample has one; multi-label a few).
    static constexpr qsizetype maxLabelsPerSample = 100;
    SampleRoutes(Storage &storage, const SampleJson &json, std::function<qint64()> nowMs);
    void addTo(ApiRoutes &routes);

private:
    struct Update
    {
        QString sampleId;
        QList<SampleLabelRecord> labels;
        QString usage; // sample_usage in upper case (TRAIN, EVAL, TEST, INFERENCE); empty: left as it is
    };

    ApiResponse list(const DatasetRecord &dataset, const ApiRequest &request) const;
    ApiResponse describe(const DatasetRecord &dataset, const QString &sampleId) const;
    ApiResponse searchCondition(const DatasetRecord &dataset) const;
    // The samples' user attributes filled in (what their metadata shows).
    void withAttributes(const QString &datasetId, QList<SampleRecord> &samples) const;
    ApiResponse update(const Caller &caller, const DatasetRecord &dataset, const ApiRequest &request);
    ApiResponse apply(const Caller &caller, const DatasetRecord &dataset, const QList<Update> &updates);
    ApiResponse remove(const DatasetRecord &dataset, const ApiRequest &request);
    ApiResponse removeAll(const DatasetRecord &dataset, const QStringList &ids, bool deleteSource);
    // Why one update is refused (ModelArts.4420/4410), or an empty code.
    QPair<QString, QString> refusal(const DatasetRecord &dataset, const Update &update, const QSet<QString> &knownLabels) const;
    static std::optional<QList<Update>> parse(const QByteArray &body, ApiResponse *error);
    static bool parseUsage(const QJsonValue &value, const QString &field, QString *usage, ApiResponse *error);
    static std::optional<Update> parseItem(const QJsonValue &value, const QString &field, ApiResponse *error);
    static std::optional<SampleLabelRecord> parseLabel(const QJsonValue &value, const QString &field, ApiResponse *error);

    Storage &m_storage;
    const SampleJson &m_json;
    std::function<qint64()> m_nowMs;
};
