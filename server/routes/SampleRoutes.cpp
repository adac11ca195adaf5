#include "routes/SampleRoutes.h"

#include "ServerLog.h"
#include "rest/ApiError.h"
#include "rest/DatasetJson.h"
#include "rest/JsonBody.h"
#include "rest/QueryParams.h"
#include "rest/SampleJson.h"
#include "routes/ApiRoutes.h"
#include "routes/SampleConditions.h"
#include "routes/SampleStates.h"
#include "storage/Storage.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>

#include <cmath>

SampleRoutes::SampleRoutes(Storage &storage, const SampleJson &json, std::function<qint64()> nowMs)
    : m_storage(storage)
    , m_json(json)
    , m_nowMs(std::move(nowMs))
{
}

void SampleRoutes::addTo(ApiRoutes &routes)
{
    routes.dataset("GET", QStringLiteral("/data-annotations/samples"),
                   [this](const ApiRoutes::Call &c) { return list(*c.dataset, c.request); });
    routes.dataset("PUT", QStringLiteral("/data-annotations/samples"),
                   [this](const ApiRoutes::Call &c) { return update(c.caller, *c.dataset, c.request); });
    routes.dataset("POST", QStringLiteral("/data-annotations/samples/delete"),
                   [this](const ApiRoutes::Call &c) { return remove(*c.dataset, c.request); });
    routes.dataset("GET", QStringLiteral("/data-annotations/samples/{sample_id}"),
                   [this](const ApiRoutes::Call &c) { return describe(*c.dataset, c.param(u"sample_id")); });
    routes.dataset("GET", QStringLiteral("/data-annotations/search-condition"),
                   [this](const ApiRoutes::Call &c) { return searchCondition(*c.dataset); });
}

// What a sample listing can be filtered by (modelarts-api-grouping.md 3.3): the labels, the samples'
// user attributes with their values (auto grouping's), the labelers (none: no team labeling here).
ApiResponse SampleRoutes::searchCondition(const DatasetRecord &dataset) const
{
    QJsonArray labels;
    for (const LabelRecord &l : m_storage.datasets().labels(dataset.id))
        labels.append(datasetjson::label(l));
    QJsonObject metadata;
    const QMap<QString, QStringList> attributes = m_storage.attributes().keysAndValues(dataset.id);
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        metadata.insert(it.key(), QJsonArray::fromStringList(*it));
    return ApiResponse::json(200,
                             QJsonObject{ { QStringLiteral("labels"), labels },
                                          { QStringLiteral("metadata"), metadata },
                                          { QStringLiteral("labelers"), QJsonArray{} } });
}

namespace {

// One sample's result in a batch answer: success, or the code and message of its refusal.
QJsonObject resultOf(const QString &code, const QString &message)
{
    if (code.isEmpty())
        return QJsonObject{ { QStringLiteral("success"), true } };
    return QJsonObject{ { QStringLiteral("success"), false },
                        { QStringLiteral("error_code"), code },
                        { QStringLiteral("error_msg"), message } };
}

// A batch's answer (UpdateSamples, DeleteSamples): {"success":true}, or the per-sample results in order.
ApiResponse batchAnswer(bool allOk, const QJsonArray &results, const QString &code, const QString &message)
{
    if (allOk)
        return ApiResponse::json(200, QJsonObject{ { QStringLiteral("success"), true } });
    return ApiResponse::json(200,
                             QJsonObject{ { QStringLiteral("success"), false },
                                          { QStringLiteral("error_code"), code },
                                          { QStringLiteral("error_msg"), message },
                                          { QStringLiteral("results"), results } });
}

} // namespace

ApiResponse SampleRoutes::list(const DatasetRecord &dataset, const ApiRequest &request) const
{
    const QueryParams params(request.encodedQuery);
    ApiResponse error;
    SampleQuery query;
    if (!pageInto(params, &query, &error))
        return error;
    query.labelName = params.value(QStringLiteral("label_name"));
    query.searchName = params.value(QStringLiteral("search_content"));
    const QString stateName = params.value(QStringLiteral("sample_state"));
    const auto state = samplestates::parse(stateName);
    if (!state && samplestates::isTeamState(stateName))
        return ApiResponse::json(200, QJsonObject{ { QStringLiteral("sample_count"), 0 }, { QStringLiteral("samples"), QJsonArray{} } });
    if (!state)
        return apierror::parameter(QStringLiteral("sample_state %1 is not a known sample state.").arg(stateName));
    query.state = *state;
    const QString conditions = params.value(QStringLiteral("search_conditions"));
    QString conditionError;
    if (params.has(QStringLiteral("search_conditions")) && !sampleconditions::apply(conditions, query, &conditionError))
        return apierror::parameter(conditionError);
    QList<SampleRecord> found = m_storage.samples().list(dataset.id, query);
    withAttributes(dataset.id, found);
    return m_json.page(m_storage.samples().count(dataset.id, query), found, query.state == SampleState::AutoAnnotated, m_nowMs() / 1000,
                       m_storage.datasets().labels(dataset.id));
}

void SampleRoutes::withAttributes(const QString &datasetId, QList<SampleRecord> &samples) const
{
    QStringList ids;
    for (const SampleRecord &s : samples)
        ids.append(s.id);
    const auto attributes = m_storage.attributes().of(datasetId, ids);
    if (attributes.isEmpty())
        return;
    for (SampleRecord &s : samples)
        s.attributes = attributes.value(s.id);
}

ApiResponse SampleRoutes::describe(const DatasetRecord &dataset, const QString &sampleId) const
{
    auto sample = m_storage.samples().find(dataset.id, sampleId);
    if (!sample)
        return apierror::modelArts(400, errorcode::SampleNotFound, QStringLiteral("Sample not found"));
    QList<SampleRecord> one{ *sample };
    withAttributes(dataset.id, one);
    return ApiResponse::json(200, m_json.write(one.first(), false, m_nowMs() / 1000));
}

std::optional<SampleLabelRecord> SampleRoutes::parseLabel(const QJsonValue &value, const QString &field, ApiResponse *error)
{
    auto refuse = [error](const QString &message) {
        *error = apierror::parameter(message);
        return std::nullopt;
    };
    if (!value.isObject())
        return refuse(QStringLiteral("%1 must be an object.").arg(field));
    const QJsonObject label = value.toObject();
    const QJsonValue name = label.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().isEmpty())
        return refuse(QStringLiteral("%1.name must be a non-empty string, not %2.").arg(field, jsonbody::typeName(name)));
    const QJsonValue type = label.value(QStringLiteral("type"));
    // ModelArts' label types are small whole numbers (0 image classification ... 600 video).
    if (!type.isUndefined()
        && (!type.isDouble() || type.toDouble() != std::floor(type.toDouble()) || type.toDouble() < 0 || type.toDouble() > 1000))
        return refuse(QStringLiteral("%1.type must be an integer from 0 to 1000.").arg(field));
    const QJsonValue score = label.value(QStringLiteral("score"));
    if (!score.isUndefined() && !score.isNull() && (!score.isDouble() || score.toDouble() < 0 || score.toDouble() > 1))
        return refuse(QStringLiteral("%1.score must be a number from 0 to 1.").arg(field));
    const QJsonValue property = label.value(QStringLiteral("property"));
    if (!property.isUndefined() && !property.isNull() && !property.isObject())
        return refuse(QStringLiteral("%1.property must be an object.").arg(field));
    SampleLabelRecord record{ name.toString(), type.toInt(0), std::nullopt, property.toObject() };
    if (score.isDouble())
        record.score = score.toDouble();
    return record;
}

// sample_usage (modelarts-api.md 4.4): absent, or one of TRAIN, EVAL, TEST, INFERENCE in either case.
bool SampleRoutes::parseUsage(const QJsonValue &value, const QString &field, QString *usage, ApiResponse *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    static const QStringList known{ QStringLiteral("TRAIN"), QStringLiteral("EVAL"), QStringLiteral("TEST"), QStringLiteral("INFERENCE") };
    const QString upper = value.toString().toUpper();
    if (!value.isString() || !known.contains(upper)) {
        *error = apierror::parameter(QStringLiteral("%1.sample_usage must be one of TRAIN, EVAL, TEST or INFERENCE, not %2.")
                                             .arg(field, value.isString() ? value.toString().left(40) : jsonbody::typeName(value)));
        return false;
    }
    *usage = upper;
    return true;
}

std::optional<SampleRoutes::Update> SampleRoutes::parseItem(const QJsonValue &value, const QString &field, ApiResponse *error)
{
    const QJsonObject item = value.toObject();
    const QJsonValue id = item.value(QStringLiteral("sample_id"));
    const QJsonValue labelsValue = item.value(QStringLiteral("labels"));
    if (!value.isObject())
        *error = apierror::parameter(QStringLiteral("%1 must be an object.").arg(field));
    else if (!id.isString() || id.toString().isEmpty())
        *error = apierror::parameter(QStringLiteral("%1.sample_id must be a non-empty string, not %2.").arg(field, jsonbody::typeName(id)));
    else if (!labelsValue.isArray())
        *error = apierror::parameter(QStringLiteral("%1.labels must be an array, not %2.").arg(field, jsonbody::typeName(labelsValue)));
    if (!value.isObject() || !id.isString() || id.toString().isEmpty() || !labelsValue.isArray())
        return std::nullopt;
    Update update{ id.toString(), {}, {} };
    if (!parseUsage(item.value(QStringLiteral("sample_usage")), field, &update.usage, error))
        return std::nullopt;
    const QJsonArray labels = labelsValue.toArray();
    if (labels.size() > maxLabelsPerSample) {
        *error = apierror::parameter(
                QStringLiteral("%1.labels holds %2 labels: at most %3 a sample.").arg(field).arg(labels.size()).arg(maxLabelsPerSample));
        return std::nullopt;
    }
    QSet<QString> names;
    for (qsizetype j = 0; j < labels.size(); ++j) {
        const QString path = QStringLiteral("%1.labels[%2]").arg(field).arg(j);
        const auto label = parseLabel(labels[j], path, error);
        if (!label)
            return std::nullopt;
        if (names.contains(label->name)) {
            *error = apierror::parameter(QStringLiteral("%1.name repeats the label %2.").arg(path, label->name));
            return std::nullopt;
        }
        names.insert(label->name);
        update.labels.append(*label);
    }
    return update;
}

std::optional<QList<SampleRoutes::Update>> SampleRoutes::parse(const QByteArray &body, ApiResponse *error)
{
    const auto object = jsonbody::object(body, error);
    if (!object)
        return std::nullopt;
    const QJsonValue samplesValue = object->value(QStringLiteral("samples"));
    if (!samplesValue.isArray()) {
        *error = apierror::parameter(QStringLiteral("samples must be an array, not %1.").arg(jsonbody::typeName(samplesValue)));
        return std::nullopt;
    }
    // The whole body is checked before anything changes.
    QList<Update> updates;
    const QJsonArray items = samplesValue.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto update = parseItem(items[i], QStringLiteral("samples[%1]").arg(i), error);
        if (!update)
            return std::nullopt;
        updates.append(*update);
    }
    return updates;
}

ApiResponse SampleRoutes::update(const Caller &caller, const DatasetRecord &dataset, const ApiRequest &request)
{
    ApiResponse error;
    const auto updates = parse(request.body, &error);
    if (!updates)
        return error;
    // A version being published reads the labels as they are: they stay until it is written.
    if (m_storage.versions().publishing(dataset.id)) {
        return apierror::modelArts(400, errorcode::LabelingLocked,
                                   QStringLiteral("Dataset is publishing a version, labeling is forbidden until it is written"));
    }
    return apply(caller, dataset, *updates);
}

QPair<QString, QString> SampleRoutes::refusal(const DatasetRecord &dataset, const Update &u, const QSet<QString> &knownLabels) const
{
    if (!m_storage.samples().file(dataset.id, u.sampleId))
        return { errorcode::SampleNotFound, QStringLiteral("Sample not found: %1").arg(u.sampleId) };
    for (const SampleLabelRecord &l : u.labels) {
        if (!knownLabels.contains(l.name))
            return { errorcode::LabelNotFound, QStringLiteral("Label not found: %1").arg(l.name) };
    }
    return {};
}

ApiResponse SampleRoutes::apply(const Caller &caller, const DatasetRecord &dataset, const QList<Update> &updates)
{
    QSet<QString> knownLabels;
    for (const LabelRecord &l : m_storage.datasets().labels(dataset.id))
        knownLabels.insert(l.name);
    if (!m_storage.transaction())
        return apierror::storageError(m_storage.lastError());
    QJsonArray results;
    bool allOk = true;
    const qint64 now = m_nowMs();
    for (const Update &u : updates) {
        const auto [code, message] = refusal(dataset, u, knownLabels);
        if (code.isEmpty()
            && (!m_storage.samples().replaceLabels(u.sampleId, u.labels, caller.annotatedBy, now)
                || (!u.usage.isEmpty() && !m_storage.samples().setUsage(u.sampleId, u.usage)))) {
            m_storage.rollback();
            qCWarning(lcServer).noquote() << "batch update failed:" << m_storage.lastError();
            return apierror::storageError(m_storage.lastError());
        }
        allOk = allOk && code.isEmpty();
        results.append(resultOf(code, message));
    }
    if (!m_storage.datasets().touch(dataset.id, now) || !m_storage.commit()) {
        const QString error = m_storage.lastError();
        m_storage.rollback();
        return apierror::storageError(error);
    }
    return batchAnswer(allOk, results, errorcode::SamplesNotUpdated, QStringLiteral("Some samples were not updated"));
}

// DeleteSamples (modelarts-api.md 5.9): {samples: [id], delete_source}. The whole body is checked first;
// the deletions run in one transaction with a result per sample (an unknown id is refused, one deleted
// before is deleted); with delete_source the image files go after the commit.
ApiResponse SampleRoutes::remove(const DatasetRecord &dataset, const ApiRequest &request)
{
    ApiResponse error;
    const auto object = jsonbody::object(request.body, &error);
    if (!object)
        return error;
    const QJsonValue samples = object->value(QStringLiteral("samples"));
    const QJsonValue deleteSource = object->value(QStringLiteral("delete_source"));
    if (!samples.isArray() || samples.toArray().isEmpty())
        return apierror::parameter(
                QStringLiteral("samples must be a non-empty array of sample ids, not %1.").arg(jsonbody::typeName(samples)));
    if (!deleteSource.isUndefined() && !deleteSource.isBool())
        return apierror::parameter(QStringLiteral("delete_source must be a boolean, not %1.").arg(jsonbody::typeName(deleteSource)));
    QStringList ids;
    for (const QJsonValue &id : samples.toArray()) {
        if (!id.isString() || id.toString().isEmpty())
            return apierror::parameter(
                    QStringLiteral("samples[%1] must be a sample id, not %2.").arg(ids.size()).arg(jsonbody::typeName(id)));
        ids.append(id.toString());
    }
    if (m_storage.versions().publishing(dataset.id))
        return apierror::modelArts(400, errorcode::LabelingLocked,
                                   QStringLiteral("Dataset is publishing a version, samples cannot be deleted until it is written"));
    return removeAll(dataset, ids, deleteSource.toBool(false));
}

ApiResponse SampleRoutes::removeAll(const DatasetRecord &dataset, const QStringList &ids, bool deleteSource)
{
    if (!m_storage.transaction())
        return apierror::storageError(m_storage.lastError());
    QJsonArray results;
    QStringList files;
    bool allOk = true;
    const qint64 now = m_nowMs();
    for (const QString &id : ids) {
        const auto file = m_storage.samples().file(dataset.id, id);
        const bool known = file || m_storage.samples().wasDeleted(dataset.id, id);
        if (file && !m_storage.samples().remove(dataset.id, id, now)) {
            m_storage.rollback();
            return apierror::storageError(m_storage.lastError());
        }
        if (file && deleteSource)
            files.append(*file);
        allOk = allOk && known;
        results.append(known ? resultOf({}, {}) : resultOf(errorcode::SampleNotFound, QStringLiteral("Sample not found: %1").arg(id)));
    }
    if (!m_storage.datasets().touch(dataset.id, now) || !m_storage.commit()) {
        const QString error = m_storage.lastError();
        m_storage.rollback();
        return apierror::storageError(error);
    }
    for (const QString &relative : std::as_const(files)) { // copies in the data directory: only those go
        if (const QString path = m_storage.fileInside(relative); !path.isEmpty())
            QFile::remove(path);
    }
    qCInfo(lcServer).noquote() << "deleted" << ids.size() << "samples of" << dataset.id << (deleteSource ? "with their files" : "");
    return batchAnswer(allOk, results, errorcode::SampleNotFound, QStringLiteral("Some samples were not found"));
}
