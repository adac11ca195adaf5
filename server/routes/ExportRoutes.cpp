#include "routes/ExportRoutes.h"

#include "rest/ApiError.h"
#include "rest/JsonBody.h"
#include "rest/QueryParams.h"
#include "routes/ApiRoutes.h"
#include "routes/SampleStates.h"
#include "storage/Storage.h"
#include "versions/ExportTasks.h"
#include "versions/VersionPaths.h"

#include <QDir>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace {

struct Refused
{
    QString code;
    QString message;
};

// "/modelarts-local/some/dir/" below the data directory, outside what the service keeps there.
std::optional<Refused> checkPath(const QString &dataDir, const QString &path, ExportRequest *r)
{
    if (!path.startsWith(QLatin1Char('/')))
        return Refused{ errorcode::ExportPathInvalid, QStringLiteral("path must be an OBS path, \"/bucket/dir/\"") };
    if (!path.startsWith(versionpaths::bucket)) {
        return Refused{ errorcode::ObsBucketNotFound,
                        QStringLiteral("OBS bucket does not exist: %1 (modelarts-local's one bucket is modelarts-local)")
                                .arg(path.section(QLatin1Char('/'), 1, 1)) };
    }
    const QStringList segments = path.mid(versionpaths::bucket.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // What the service keeps there: images, previews, the database, and each dataset's output (its
    // versions' manifests: "<dataset>/output/...").
    const bool reserved = segments.isEmpty() || segments.first() == QLatin1String("images") || segments.first() == QLatin1String("previews")
            || segments.first().startsWith(QLatin1String("modelarts-local.db"))
            || (segments.size() > 1 && segments[1] == QLatin1String("output"));
    if (reserved || segments.contains(QStringLiteral("..")) || segments.contains(QStringLiteral(".")))
        return Refused{ errorcode::ExportPathInvalid, QStringLiteral("Invalid export path: %1").arg(path) };
    r->path = versionpaths::bucket + segments.join(QLatin1Char('/')) + QLatin1Char('/');
    r->targetDir = QDir(dataDir).filePath(segments.join(QLatin1Char('/')));
    return std::nullopt;
}

// export_type 3: sample_state and search_conditions (label_list names, sample_name), ORed.
std::optional<Refused> conditionalSelection(const QJsonObject &params, const QString &state, ExportRequest *r)
{
    const auto base = samplestates::parse(state);
    if (!base)
        return Refused{ errorcode::ExportParameter, QStringLiteral("sample_state %1 cannot be exported by modelarts-local").arg(state) };
    SampleQuery all;
    all.state = *base;
    all.limit = std::numeric_limits<qint64>::max();
    const QJsonValue conditions = params.value(QStringLiteral("search_conditions"));
    if (conditions.isUndefined() || conditions.isNull() || conditions.toArray().isEmpty()) {
        r->selection = { all };
        return std::nullopt;
    }
    if (!conditions.isArray())
        return Refused{ errorcode::ExportParameter, QStringLiteral("export_params.search_conditions must be an array") };
    for (const QJsonValue &c : conditions.toArray()) {
        const QJsonObject condition = c.toObject();
        for (auto it = condition.begin(); it != condition.end(); ++it) {
            if (it.key() != QLatin1String("sample_name") && it.key() != QLatin1String("label_list")) {
                return Refused{ errorcode::ExportParameter,
                                QStringLiteral("export_params.search_conditions: %1 cannot be exported by modelarts-local").arg(it.key()) };
            }
        }
        const QJsonArray labels = condition.value(QStringLiteral("label_list")).toObject().value(QStringLiteral("labels")).toArray();
        if (labels.size() > 1)
            return Refused{ errorcode::ExportParameter, QStringLiteral("export_params.search_conditions: one label per condition") };
        SampleQuery q = all;
        q.searchName = condition.value(QStringLiteral("sample_name")).toString();
        q.labelName = labels.isEmpty() ? QString() : labels.first().toObject().value(QStringLiteral("name")).toString();
        r->selection.append(q);
    }
    return std::nullopt;
}

std::optional<Refused> parseParams(const QJsonObject &body, ExportRequest *r)
{
    const QJsonValue given = body.value(QStringLiteral("export_params"));
    if (!given.isUndefined() && !given.isNull() && !given.isObject())
        return Refused{ errorcode::ExportParameter, QStringLiteral("export_params must be an object") };
    QJsonObject params = body.value(QStringLiteral("export_params")).toObject();
    const QString dest = params.value(QStringLiteral("export_dest")).toString(QStringLiteral("DIR"));
    if (dest != QLatin1String("DIR"))
        return Refused{ errorcode::ExportParameter,
                        QStringLiteral("export_dest %1 is not supported by modelarts-local; export to DIR").arg(dest) };
    const QJsonValue clear = params.value(QStringLiteral("clear_hard_property"));
    if (!clear.isUndefined() && !clear.isBool())
        return Refused{ errorcode::ExportParameter, QStringLiteral("export_params.clear_hard_property must be a boolean") };
    r->clearHardProperty = clear.toBool(true);
    const QJsonValue ratio = params.value(QStringLiteral("train_sample_ratio"));
    const double train = ratio.isString() ? ratio.toString().toDouble() : ratio.toDouble(1.0);
    if (!std::isfinite(train) || train < 0 || train > 1)
        return Refused{ errorcode::ExportParameter, QStringLiteral("export_params.train_sample_ratio must be from 0 to 1") };
    if (!params.value(QStringLiteral("samples")).toArray().isEmpty())
        return Refused{ errorcode::ExportParameter, QStringLiteral("export_params.samples is not supported by modelarts-local") };
    params.insert(QStringLiteral("export_dest"), dest);
    params.insert(QStringLiteral("clear_hard_property"), r->clearHardProperty);
    params.insert(QStringLiteral("train_sample_ratio"), train); // a number, as the examples echo it
    params.insert(QStringLiteral("ratio_sample_usage"), params.value(QStringLiteral("ratio_sample_usage")).toBool(false));
    params.insert(QStringLiteral("sample_state"), params.value(QStringLiteral("sample_state")).toString());
    r->echo.insert(QStringLiteral("export_params"), params);
    return std::nullopt;
}

// An integer field: absent gives `fallback`, anything but a whole number is refused.
bool readInteger(const QJsonValue &v, int fallback, int *out)
{
    if (v.isUndefined() || v.isNull()) {
        *out = fallback;
        return true;
    }
    const double d = v.toDouble(0.5);
    if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 1e6)
        return false;
    *out = int(d);
    return true;
}

std::optional<Refused> parseBody(const QString &dataDir, const QJsonObject &body, ExportRequest *r)
{
    if (auto refused = checkPath(dataDir, body.value(QStringLiteral("path")).toString(), r))
        return refused;
    if (!readInteger(body.value(QStringLiteral("export_type")), 3, &r->exportType) || r->exportType < 0 || r->exportType > 3)
        return Refused{ errorcode::ExportParameter, QStringLiteral("export_type must be 0, 1, 2 or 3") };
    if (!readInteger(body.value(QStringLiteral("export_format")), 2, &r->exportFormat) || (r->exportFormat != 1 && r->exportFormat != 2))
        return Refused{ errorcode::ExportParameter, QStringLiteral("export_format must be 1 (tree) or 2 (tile)") };
    if (!body.value(QStringLiteral("version_id")).toString().isEmpty())
        return Refused{ errorcode::ExportParameter,
                        QStringLiteral(
                                "modelarts-local exports the dataset, not a version: its manifest is at the version's manifest_path") };
    r->sourceTypeHeader = body.value(QStringLiteral("source_type_header")).toString(QStringLiteral("obs://"));
    if (r->sourceTypeHeader != QLatin1String("obs://") && r->sourceTypeHeader != QLatin1String("s3://"))
        return Refused{ errorcode::ExportParameter, QStringLiteral("source_type_header must be obs:// or s3://") };
    if (auto refused = parseParams(body, r))
        return refused;
    if (r->exportType == 3) {
        const QJsonObject params = r->echo.value(QStringLiteral("export_params")).toObject();
        const QString state = body.value(QStringLiteral("sample_state")).toString(params.value(QStringLiteral("sample_state")).toString());
        if (auto refused = conditionalSelection(body.value(QStringLiteral("export_params")).toObject(), state, r))
            return refused;
    } else {
        SampleQuery q;
        q.state = r->exportType == 0 ? SampleState::Labeled : r->exportType == 1 ? SampleState::Unlabeled : SampleState::Any;
        q.limit = std::numeric_limits<qint64>::max();
        r->selection = { q };
    }
    r->echo.insert(QStringLiteral("path"), r->path);
    r->echo.insert(QStringLiteral("export_type"), r->exportType);
    r->echo.insert(QStringLiteral("export_format"), r->exportFormat);
    r->echo.insert(QStringLiteral("version_format"), QStringLiteral("Default"));
    r->echo.insert(QStringLiteral("source_type_header"), r->sourceTypeHeader);
    return std::nullopt;
}

} // namespace

ExportRoutes::ExportRoutes(Storage &storage, ExportTasks &exports)
    : m_storage(storage)
    , m_exports(exports)
{
}

void ExportRoutes::addTo(ApiRoutes &routes)
{
    routes.dataset("POST", QStringLiteral("/export-tasks"), [this](const ApiRoutes::Call &c) { return create(*c.dataset, c.request); });
    routes.dataset("GET", QStringLiteral("/export-tasks"), [this](const ApiRoutes::Call &c) { return list(*c.dataset, c.request); });
    routes.dataset("GET", QStringLiteral("/export-tasks/{task_id}"),
                   [this](const ApiRoutes::Call &c) { return describe(*c.dataset, c.param(u"task_id")); });
}

std::optional<ExportRequest> ExportRoutes::parseRequest(const QString &dataDir, const QByteArray &body, ApiResponse *error)
{
    const auto object = jsonbody::object(body, error);
    if (!object)
        return std::nullopt;
    ExportRequest request;
    if (const auto refused = parseBody(dataDir, *object, &request)) {
        *error = apierror::modelArts(400, refused->code, refused->message);
        return std::nullopt;
    }
    return request;
}

ApiResponse ExportRoutes::create(const DatasetRecord &dataset, const ApiRequest &request)
{
    ApiResponse error;
    const auto parsed = parseRequest(m_storage.dataDir(), request.body, &error);
    if (!parsed)
        return error;
    if (m_storage.versions().publishing(dataset.id))
        return apierror::modelArts(400, errorcode::DatasetPublishing, QStringLiteral("Dataset is publishing, the operation is forbidden"));
    QString why;
    const QString id = m_exports.create(m_storage, dataset, *parsed, &why);
    if (id.isEmpty())
        return apierror::storageError(why);
    return ApiResponse::json(200, QJsonObject{ { QStringLiteral("task_id"), id } });
}

ApiResponse ExportRoutes::list(const DatasetRecord &dataset, const ApiRequest &request) const
{
    const QueryParams params(request.encodedQuery);
    ApiResponse error;
    const auto page = pageOf(params, &error);
    if (!page)
        return error;
    const auto type = params.integer(QStringLiteral("export_type"), -1, -1, 3, &error);
    if (!type)
        return error;
    QJsonArray tasks;
    qint64 total = 0;
    for (const ExportTaskRecord &t : m_storage.exports().list(dataset.id)) {
        if (*type >= 0 && t.state.value(QStringLiteral("export_type")).toInt() != *type)
            continue;
        if (total >= page->firstRecord() && tasks.size() < page->limit)
            tasks.append(t.state);
        ++total;
    }
    return ApiResponse::json(200, QJsonObject{ { QStringLiteral("total_count"), total }, { QStringLiteral("export_tasks"), tasks } });
}

ApiResponse ExportRoutes::describe(const DatasetRecord &dataset, const QString &taskId) const
{
    const auto task = m_storage.exports().find(dataset.id, taskId);
    if (!task)
        return apierror::modelArts(400, errorcode::ExportTaskNotFound, QStringLiteral("Export task does not exist"));
    return ApiResponse::json(200, task->state);
}
