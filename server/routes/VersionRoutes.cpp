#include "routes/VersionRoutes.h"

#include "rest/ApiError.h"
#include "rest/JsonBody.h"
#include "rest/QueryParams.h"
#include "routes/ApiRoutes.h"
#include "storage/Storage.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace {

// 1-32 letters (Chinese ones too, as CN allows), digits, "_" and "-".
bool validVersionName(const QString &name)
{
    if (name.isEmpty() || name.size() > 32)
        return false;
    for (const QChar c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('_') && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

// The train share as a String ("0.8") or a number (0.8), in [0, 1].
bool parseRatio(const QJsonValue &v, PublishRequest *r, QString *error)
{
    bool ok = v.isDouble();
    double ratio = v.toDouble();
    if (v.isString())
        ratio = v.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(ratio) || ratio < 0 || ratio > 1) {
        *error = QStringLiteral("train_evaluate_sample_ratio must be a number from 0 to 1, as a string (\"0.8\") or a number.");
        return false;
    }
    r->trainRatio = ratio;
    r->trainRatioText = v.isString() ? v.toString().trimmed() : QString::number(ratio);
    return true;
}

bool parseBool(const QJsonObject &body, const QString &key, bool *out, QString *error)
{
    const QJsonValue v = body.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isBool()) {
        *error = QStringLiteral("%1 must be a boolean, not %2.").arg(key, jsonbody::typeName(v));
        return false;
    }
    *out = v.toBool();
    return true;
}

bool parseText(const QJsonObject &body, const QString &key, QString *out, QString *error)
{
    const QJsonValue v = body.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString()) {
        *error = QStringLiteral("%1 must be a string, not %2.").arg(key, jsonbody::typeName(v));
        return false;
    }
    *out = v.toString();
    return true;
}

std::optional<PublishRequest> parseFields(const QJsonObject &body, QString *error)
{
    PublishRequest r;
    QString format = QStringLiteral("Default");
    if (!parseText(body, QStringLiteral("version_name"), &r.name, error)
        || !parseText(body, QStringLiteral("description"), &r.description, error)
        || !parseText(body, QStringLiteral("version_format"), &format, error)
        || !parseBool(body, QStringLiteral("clear_hard_property"), &r.clearHardProperty, error)
        || !parseBool(body, QStringLiteral("remove_sample_usage"), &r.removeSampleUsage, error)
        || !parseBool(body, QStringLiteral("export_images"), &r.exportImages, error))
        return std::nullopt;
    if (!r.name.isEmpty() && !validVersionName(r.name)) {
        *error = QStringLiteral("version_name must be 1 to 32 letters, digits, \"_\" or \"-\".");
        return std::nullopt;
    }
    if (r.description.size() > 256 || r.description.contains(QRegularExpression(QStringLiteral("[!<>=&\"']")))) {
        *error = QStringLiteral("description must be at most 256 characters, none of !<>=&\"'.");
        return std::nullopt;
    }
    if (format != QLatin1String("Default")) {
        *error = QStringLiteral("version_format %1 is for table datasets; an image dataset publishes Default.").arg(format);
        return std::nullopt;
    }
    // train_evaluate_sample_ratio as documented; train_sample_ratio as the export parameters spell it.
    for (const QString &key : { QStringLiteral("train_evaluate_sample_ratio"), QStringLiteral("train_sample_ratio") }) {
        const QJsonValue v = body.value(key);
        if (!v.isUndefined() && !v.isNull())
            return parseRatio(v, &r, error) ? std::optional(r) : std::nullopt;
    }
    return r;
}

} // namespace

VersionRoutes::VersionRoutes(Storage &storage, VersionPublisher &publisher)
    : m_storage(storage)
    , m_publisher(publisher)
{
}

void VersionRoutes::addTo(ApiRoutes &routes)
{
    routes.dataset("POST", QStringLiteral("/versions"), [this](const ApiRoutes::Call &c) { return publish(*c.dataset, c.request); });
    routes.dataset("GET", QStringLiteral("/versions"), [this](const ApiRoutes::Call &c) { return list(*c.dataset, c.request); });
    routes.dataset("GET", QStringLiteral("/versions/{version_id}"),
                   [this](const ApiRoutes::Call &c) { return describe(*c.dataset, c.param(u"version_id")); });
}

std::optional<PublishRequest> VersionRoutes::parseRequest(const QByteArray &body, ApiResponse *error)
{
    const auto object = jsonbody::object(body, error, true);
    if (!object)
        return std::nullopt;
    QString message;
    auto request = parseFields(*object, &message);
    if (!request)
        *error = apierror::parameter(message);
    return request;
}

ApiResponse VersionRoutes::publish(const DatasetRecord &dataset, const ApiRequest &request)
{
    ApiResponse error;
    const auto parsed = parseRequest(request.body, &error);
    if (!parsed)
        return error;
    const auto outcome = m_publisher.publish(m_storage, dataset, *parsed);
    if (const Refusal *refused = std::get_if<Refusal>(&outcome)) {
        if (refused->httpStatus >= 500)
            return apierror::storageError(refused->message);
        return apierror::modelArts(refused->httpStatus, refused->code, refused->message);
    }
    return ApiResponse::json(201, QJsonObject{ { QStringLiteral("version_id"), std::get<QString>(outcome) } });
}

ApiResponse VersionRoutes::list(const DatasetRecord &dataset, const ApiRequest &request) const
{
    const QueryParams params(request.encodedQuery);
    ApiResponse error;
    const auto limit = params.integer(QStringLiteral("limit"), 1000, 1, 1000, &error);
    const auto offset = limit ? params.integer(QStringLiteral("offset"), 0, 0, 1000000, &error) : std::nullopt;
    const auto status = offset ? params.integer(QStringLiteral("status"), -1, -1, 4, &error) : std::nullopt;
    if (!limit || !offset || !status)
        return error;
    QJsonArray versions;
    qint64 total = 0;
    for (const VersionRecord &v : m_storage.versions().list(dataset.id)) {
        if (*status >= 0 && v.status != *status)
            continue;
        // offset counts pages, as every other list of the v2 API does (modelarts-api.md section 1)
        if (total >= *offset * *limit && versions.size() < *limit) {
            QJsonObject shown = v.state;
            shown.remove(QStringLiteral("label_stats")); // the list has none (the documented example)
            shown.remove(QStringLiteral("label_type"));
            versions.append(shown);
        }
        ++total;
    }
    return ApiResponse::json(200, QJsonObject{ { QStringLiteral("total_number"), total }, { QStringLiteral("versions"), versions } });
}

ApiResponse VersionRoutes::describe(const DatasetRecord &dataset, const QString &versionId) const
{
    const auto version = m_storage.versions().find(dataset.id, versionId);
    if (!version)
        return apierror::modelArts(400, errorcode::VersionNotFound, QStringLiteral("Dataset version does not exist"));
    return ApiResponse::json(200, version->state);
}
