#include "ModelArtsService.h"

#include "HardReasons.h"
#include "ImageFiles.h"
#include "PasswordHash.h"
#include "Ids.h"
#include "SdkSignature.h"
#include "ServerLog.h"
#include "Storage.h"
#include "TaskManager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>

namespace apierror {

ApiResponse modelArts(int status, const QString &code, const QString &message)
{
    return ApiResponse::json(status, QJsonObject{ { QStringLiteral("error_code"), code },
                                                  { QStringLiteral("error_msg"), message } });
}

ApiResponse parameter(const QString &message)
{
    return modelArts(400, QStringLiteral("ModelArts.0104"), QStringLiteral("Parameter error. ") + message);
}

ApiResponse gateway(int status, const QString &code, const QString &message)
{
    // request_id is filled in by ModelArtsService::handle(), which knows it.
    return ApiResponse::json(status, QJsonObject{ { QStringLiteral("error_code"), code },
                                                  { QStringLiteral("error_msg"), message },
                                                  { QStringLiteral("request_id"), QString() } });
}

} // namespace apierror

namespace {

const QString kHard = QStringLiteral("@modelarts:hard");
const QString kHardCoefficient = QStringLiteral("@modelarts:hard_coefficient");
const QString kHardReasons = QStringLiteral("@modelarts:hard_reasons");
const QString kSize = QStringLiteral("@modelarts:size");

ApiResponse iamError(int status, const QString &title, const QString &message)
{
    return ApiResponse::json(status, QJsonObject{ { QStringLiteral("error"),
                                                    QJsonObject{ { QStringLiteral("code"), status },
                                                                 { QStringLiteral("message"), message },
                                                                 { QStringLiteral("title"), title } } } });
}

ApiResponse unauthorized(const QString &detail)
{
    return apierror::gateway(401, QStringLiteral("APIGW.0301"),
                             QStringLiteral("Incorrect IAM authentication information: ") + detail);
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'000Z'"));
}

// "0.0", "0.73", "1.0": numbers as the seed's label properties write them.
QString decimalString(double value)
{
    QString s = QString::number(value, 'f', 4);
    while (s.endsWith(QLatin1Char('0')) && !s.endsWith(QStringLiteral(".0")))
        s.chop(1);
    return s;
}

// Query parameters, with the checks every list route shares.
class Params
{
public:
    explicit Params(const QByteArray &encodedQuery)
        : m_query(QString::fromUtf8(encodedQuery))
    {
    }
    bool has(const QString &name) const { return m_query.hasQueryItem(name); }
    QString value(const QString &name) const
    {
        return m_query.queryItemValue(name, QUrl::FullyDecoded);
    }
    // An integer parameter in [min, max], or the error to answer with.
    std::optional<qint64> integer(const QString &name, qint64 fallback, qint64 min, qint64 max, ApiResponse *error) const
    {
        if (!has(name) || value(name).isEmpty())
            return fallback;
        bool ok = false;
        const qint64 v = value(name).toLongLong(&ok);
        if (!ok || v < min || v > max) {
            *error = apierror::parameter(QStringLiteral("%1 must be an integer from %2 to %3.").arg(name).arg(min).arg(max));
            return std::nullopt;
        }
        return v;
    }
    std::optional<double> number(const QString &name, double fallback, ApiResponse *error) const
    {
        if (!has(name) || value(name).isEmpty())
            return fallback;
        bool ok = false;
        const double v = value(name).toDouble(&ok);
        if (!ok || v < 0 || v > 1) {
            *error = apierror::parameter(QStringLiteral("%1 must be a number from 0 to 1.").arg(name));
            return std::nullopt;
        }
        return v;
    }

private:
    QUrlQuery m_query;
};

struct Page
{
    qint64 offset = 0; // page index, as documented (modelarts-api.md section 1)
    qint64 limit = 10;
    qint64 firstRecord() const { return offset * limit; }
};

std::optional<Page> pageOf(const Params &params, ApiResponse *error)
{
    const auto limit = params.integer(QStringLiteral("limit"), 10, 1, 100, error);
    if (!limit)
        return std::nullopt;
    const auto offset = params.integer(QStringLiteral("offset"), 0, 0, 1'000'000'000, error);
    if (!offset)
        return std::nullopt;
    return Page{ *offset, *limit };
}

QStringList pathSegments(const QByteArray &encodedPath)
{
    QStringList out;
    for (const QByteArray &segment : encodedPath.split('/')) {
        if (!segment.isEmpty())
            out.append(QString::fromUtf8(QByteArray::fromPercentEncoding(segment)));
    }
    return out;
}

// A dataset label as the API writes it: {name, type, property: {"@modelarts:color"}}.
QJsonObject labelJson(const LabelRecord &l)
{
    return QJsonObject{ { QStringLiteral("name"), l.name },
                        { QStringLiteral("type"), l.type },
                        { QStringLiteral("property"), QJsonObject{ { QStringLiteral("@modelarts:color"), l.color } } } };
}

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: return QStringLiteral("missing");
    }
    return QStringLiteral("unknown");
}

} // namespace

struct ModelArtsService::Route
{
    enum Kind {
        None, Token, Image, ListDatasets, Dataset, Labels, Stats, Samples, UpdateSamples, Sample,
        AutoSamples, AutoSample, ListTasks, CreateTask, Task, StopTask
    } kind = None;
};

ModelArtsService::ModelArtsService(Storage &storage, ServiceConfig config, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_config(std::move(config))
    , m_signer(storage.secret(QStringLiteral("url-signing-key")), m_config.publicUrl, m_config.urlLifetimeSeconds)
{
}

ModelArtsService::~ModelArtsService() = default;

void ModelArtsService::setPublicUrl(const QUrl &url)
{
    m_config.publicUrl = url;
    m_signer.setBaseUrl(url);
}

ApiResponse ModelArtsService::handle(const ApiRequest &request)
{
    const QString requestId = ids::hex32();
    ApiResponse response;
    if (request.body.size() > m_config.maxBodyBytes) {
        response = apierror::gateway(413, QStringLiteral("APIGW.0201"), QStringLiteral("Request entity too large"));
    } else {
        response = dispatch(request, pathSegments(request.encodedPath));
    }
    if (response.contentType.startsWith("application/json") && response.body.contains("\"request_id\":\"\"")) {
        response.body.replace(QByteArrayLiteral("\"request_id\":\"\""),
                              QByteArray("\"request_id\":\"" + requestId.toLatin1() + '"'));
    }
    // Every API answer and every error carries its request id; an image read is the bytes alone (what a
    // grid fetches thousands of times: each header byte costs Qt's plain-HTTP client a read call).
    if (response.status >= 300 || !response.contentType.startsWith("image/"))
        response.headers.append({ QByteArrayLiteral("X-Request-Id"), requestId.toLatin1() });
    if (response.status >= 400)
        qCInfo(lcServer).noquote() << request.method << QString::fromUtf8(request.encodedPath) << "->" << response.status;
    return response;
}

ApiResponse ModelArtsService::dispatch(const ApiRequest &request, const QStringList &s)
{
    const QByteArray &m = request.method;
    const auto n = s.size();
    Route::Kind kind = Route::None;
    if (n == 3 && s[0] == QLatin1String("v3") && s[1] == QLatin1String("auth") && s[2] == QLatin1String("tokens")) {
        if (m == "POST")
            kind = Route::Token;
    } else if (n == 4 && s[0] == QLatin1String("obs") && (m == "GET" || m == "HEAD")) {
        kind = Route::Image;
    } else if (n >= 3 && s[0] == QLatin1String("v2") && s[2] == QLatin1String("datasets")) {
        if (n == 3 && m == "GET")
            kind = Route::ListDatasets;
        else if (n == 4 && m == "GET")
            kind = Route::Dataset;
        else if (n >= 6 && s[4] == QLatin1String("data-annotations")) {
            if (n == 6 && s[5] == QLatin1String("labels") && m == "GET")
                kind = Route::Labels;
            else if (n == 6 && s[5] == QLatin1String("stats") && m == "GET")
                kind = Route::Stats;
            else if (n == 6 && s[5] == QLatin1String("samples") && m == "GET")
                kind = Route::Samples;
            else if (n == 6 && s[5] == QLatin1String("samples") && m == "PUT")
                kind = Route::UpdateSamples;
            else if (n == 7 && s[5] == QLatin1String("samples") && m == "GET")
                kind = Route::Sample;
        } else if (n >= 6 && s[4] == QLatin1String("auto-annotations") && s[5] == QLatin1String("samples") && m == "GET") {
            kind = n == 6 ? Route::AutoSamples : n == 7 ? Route::AutoSample : Route::None;
        } else if (n >= 5 && s[4] == QLatin1String("tasks")) {
            if (n == 5 && m == "GET")
                kind = Route::ListTasks;
            else if (n == 5 && m == "POST")
                kind = Route::CreateTask;
            else if (n == 6 && m == "GET")
                kind = Route::Task;
            else if (n == 7 && s[6] == QLatin1String("stop") && m == "POST")
                kind = Route::StopTask;
        }
    }

    switch (kind) {
    case Route::None:
        return apierror::gateway(404, QStringLiteral("APIGW.0101"),
                                 QStringLiteral("The API does not exist or has not been published in the environment"));
    case Route::Token:
        return createToken(request);
    case Route::Image:
        return serveImage(request, s);
    default:
        break;
    }

    ApiResponse failure;
    const auto caller = authenticate(request, &failure);
    if (!caller)
        return failure;
    if (s[1] != caller->projectId) {
        return apierror::modelArts(403, QStringLiteral("ModelArts.4336"),
                                   QStringLiteral("The user hasn't permission to access project %1").arg(s[1]));
    }
    if (kind == Route::ListDatasets)
        return listDatasets(*caller, request);

    const auto dataset = m_storage.dataset(caller->projectId, s[3]);
    if (!dataset)
        return apierror::modelArts(400, QStringLiteral("ModelArts.4352"), QStringLiteral("Dataset does not exist"));

    switch (kind) {
    case Route::Dataset:
        return describeDataset(*dataset);
    case Route::Labels:
        return listLabels(*dataset);
    case Route::Stats:
        return datasetStats(*dataset);
    case Route::Samples:
        return listSamples(*dataset, request);
    case Route::UpdateSamples:
        return updateSamples(*caller, *dataset, request);
    case Route::Sample:
        return describeSample(*dataset, s[6]);
    case Route::AutoSamples:
        return listAutoAnnotations(*dataset, request);
    case Route::AutoSample:
        return describeAutoAnnotation(*dataset, s[6]);
    default:
        break;
    }

    if (!m_tasks)
        return apierror::modelArts(501, QStringLiteral("ModelArts.4999"), QStringLiteral("Tasks are not available"));
    switch (kind) {
    case Route::ListTasks:
        return m_tasks->listTasks(*dataset, Params(request.encodedQuery).value(QStringLiteral("type")));
    case Route::CreateTask:
        return m_tasks->createTask(*dataset, request.body);
    case Route::Task:
        return m_tasks->describeTask(*dataset, s[5]);
    case Route::StopTask:
        return m_tasks->stopTask(*dataset, s[5]);
    default:
        return apierror::gateway(404, QStringLiteral("APIGW.0101"), QStringLiteral("The API does not exist"));
    }
}

ApiResponse ModelArtsService::createToken(const ApiRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    auto invalid = [](const QString &detail) {
        return iamError(400, QStringLiteral("Bad Request"), QStringLiteral("The request body is invalid: ") + detail);
    };
    if (!doc.isObject())
        return invalid(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                    : QStringLiteral("not a JSON object"));
    const QJsonObject auth = doc.object().value(QStringLiteral("auth")).toObject();
    const QJsonObject identity = auth.value(QStringLiteral("identity")).toObject();
    const QJsonArray methods = identity.value(QStringLiteral("methods")).toArray();
    if (!methods.contains(QStringLiteral("password")))
        return invalid(QStringLiteral("auth.identity.methods must contain \"password\""));
    const QJsonObject user = identity.value(QStringLiteral("password")).toObject().value(QStringLiteral("user")).toObject();
    const QString name = user.value(QStringLiteral("name")).toString();
    const QJsonValue passwordValue = user.value(QStringLiteral("password"));
    const QJsonObject domain = user.value(QStringLiteral("domain")).toObject();
    const QString domainKey = domain.contains(QStringLiteral("name")) ? domain.value(QStringLiteral("name")).toString()
                                                                       : domain.value(QStringLiteral("id")).toString();
    if (name.isEmpty())
        return invalid(QStringLiteral("auth.identity.password.user.name is missing"));
    if (!passwordValue.isString())
        return invalid(QStringLiteral("auth.identity.password.user.password is missing"));
    if (domainKey.isEmpty())
        return invalid(QStringLiteral("auth.identity.password.user.domain.name is missing"));

    const auto account = m_storage.userByName(domainKey, name);
    if (!account || !passwordhash::verify(passwordValue.toString(), account->passwordHash))
        return iamError(401, QStringLiteral("Unauthorized"), QStringLiteral("The username or password is wrong."));

    const QJsonObject project = auth.value(QStringLiteral("scope")).toObject().value(QStringLiteral("project")).toObject();
    if (!project.isEmpty()) {
        const QString wanted = project.contains(QStringLiteral("id")) ? project.value(QStringLiteral("id")).toString()
                                                                       : project.value(QStringLiteral("name")).toString();
        if (wanted != account->project.id && wanted != account->project.name)
            return iamError(401, QStringLiteral("Unauthorized"),
                            QStringLiteral("The user has no access to project %1.").arg(wanted));
    }

    const QByteArray token = "MII" + ids::randomBytes(96).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const qint64 issued = m_config.nowMs();
    const qint64 expires = issued + m_config.tokenLifetimeSeconds * 1000;
    if (!m_storage.addToken(ids::sha256Hex(token), account->id, account->project.id, issued, expires))
        return iamError(500, QStringLiteral("Internal Server Error"), QStringLiteral("The token could not be stored."));

    const QJsonObject domainJson{ { QStringLiteral("id"), account->domainId }, { QStringLiteral("name"), account->domainName } };
    QJsonArray catalog;
    if (!Params(request.encodedQuery).has(QStringLiteral("nocatalog"))) {
        catalog.append(QJsonObject{
                { QStringLiteral("id"), ids::hex32() },
                { QStringLiteral("name"), QStringLiteral("modelarts") },
                { QStringLiteral("type"), QStringLiteral("modelarts") },
                { QStringLiteral("endpoints"),
                  QJsonArray{ QJsonObject{ { QStringLiteral("id"), ids::hex32() },
                                           { QStringLiteral("interface"), QStringLiteral("public") },
                                           { QStringLiteral("region"), account->project.name },
                                           { QStringLiteral("region_id"), account->project.name },
                                           { QStringLiteral("url"), m_config.publicUrl.toString() } } } } });
    }
    const QJsonObject body{ { QStringLiteral("token"),
                              QJsonObject{
                                      { QStringLiteral("catalog"), catalog },
                                      { QStringLiteral("expires_at"), isoUtc(expires) },
                                      { QStringLiteral("issued_at"), isoUtc(issued) },
                                      { QStringLiteral("methods"), QJsonArray{ QStringLiteral("password") } },
                                      { QStringLiteral("project"),
                                        QJsonObject{ { QStringLiteral("domain"), domainJson },
                                                     { QStringLiteral("id"), account->project.id },
                                                     { QStringLiteral("name"), account->project.name } } },
                                      { QStringLiteral("roles"),
                                        QJsonArray{ QJsonObject{ { QStringLiteral("id"), QStringLiteral("0") },
                                                                 { QStringLiteral("name"), QStringLiteral("te_admin") } } } },
                                      { QStringLiteral("user"),
                                        QJsonObject{ { QStringLiteral("domain"), domainJson },
                                                     { QStringLiteral("id"), account->id },
                                                     { QStringLiteral("name"), account->name },
                                                     { QStringLiteral("password_expires_at"), QString() } } } } } };
    ApiResponse response = ApiResponse::json(201, body);
    response.headers.append({ QByteArrayLiteral("X-Subject-Token"), token });
    return response;
}

std::optional<ModelArtsService::Caller> ModelArtsService::authenticate(const ApiRequest &request, ApiResponse *failure)
{
    auto callerFor = [this](const QString &userId, const QString &projectId) -> std::optional<Caller> {
        const auto user = m_storage.userById(userId);
        if (!user)
            return std::nullopt;
        return Caller{ userId, projectId, QStringLiteral("human/%1/%2").arg(user->domainName, user->name) };
    };

    const QByteArray token = request.header("X-Auth-Token");
    if (!token.isEmpty()) {
        const auto info = m_storage.token(ids::sha256Hex(token));
        if (!info) {
            *failure = unauthorized(QStringLiteral("decrypt token fail"));
            return std::nullopt;
        }
        if (info->expiresMs <= m_config.nowMs()) {
            *failure = unauthorized(QStringLiteral("token expires, expires_at: %1").arg(isoUtc(info->expiresMs)));
            return std::nullopt;
        }
        auto caller = callerFor(info->userId, info->projectId);
        if (!caller)
            *failure = unauthorized(QStringLiteral("the user of this token no longer exists"));
        return caller;
    }

    const QByteArray authorization = request.header("Authorization");
    if (authorization.isEmpty()) {
        *failure = unauthorized(QStringLiteral("x-auth-token not found"));
        return std::nullopt;
    }
    const auto auth = sdksignature::parseAuthorization(authorization);
    if (!auth) {
        *failure = unauthorized(QStringLiteral("verify aksk signature fail: malformed Authorization header"));
        return std::nullopt;
    }
    const QByteArray sdkDate = request.header("X-Sdk-Date");
    const auto date = sdksignature::parseSdkDate(sdkDate);
    if (!date || !auth->signedHeaders.contains(QByteArrayLiteral("x-sdk-date"))) {
        *failure = unauthorized(QStringLiteral("verify aksk signature fail: X-Sdk-Date missing, malformed or not signed"));
        return std::nullopt;
    }
    const qint64 skew = qAbs(date->toMSecsSinceEpoch() - m_config.nowMs()) / 1000;
    if (skew > m_config.maxClockSkewSeconds) {
        *failure = unauthorized(QStringLiteral("verify aksk signature fail: the request time differs from the server "
                                               "time by %1 s, more than the %2 s allowed (clock skew)")
                                        .arg(skew)
                                        .arg(m_config.maxClockSkewSeconds));
        return std::nullopt;
    }
    const auto key = m_storage.accessKey(QString::fromLatin1(auth->accessKey));
    const QByteArray payloadHash = request.header("X-Sdk-Content-Sha256") == "UNSIGNED-PAYLOAD"
            ? QByteArrayLiteral("UNSIGNED-PAYLOAD")
            : ids::sha256Hex(request.body);
    const QByteArray canonical = sdksignature::canonicalRequest(request.method, request.encodedPath, request.encodedQuery,
                                                                request.headers, auth->signedHeaders, payloadHash);
    const QByteArray expected = key ? sdksignature::signatureHex(key->secretKey, sdksignature::stringToSign(sdkDate, canonical))
                                    : QByteArray(64, '0');
    if (!key || !ids::constantTimeEquals(expected, auth->signature)) {
        *failure = unauthorized(QStringLiteral("verify aksk signature fail"));
        return std::nullopt;
    }
    auto caller = callerFor(key->userId, key->projectId);
    if (!caller)
        *failure = unauthorized(QStringLiteral("the user of this access key no longer exists"));
    return caller;
}

ApiResponse ModelArtsService::serveImage(const ApiRequest &request, const QStringList &s)
{
    const Params params(request.encodedQuery);
    const QString &datasetId = s[1];
    const QString &sampleId = s[2];
    const bool isPreview = s[3] == QLatin1String("preview");
    if (!isPreview && s[3] != QLatin1String("source"))
        return apierror::gateway(404, QStringLiteral("APIGW.0101"), QStringLiteral("The API does not exist"));
    bool ok = false;
    const qint64 expires = params.value(QStringLiteral("Expires")).toLongLong(&ok);
    const auto kind = isPreview ? UrlSigner::Kind::Preview : UrlSigner::Kind::Source;
    if (!ok || !m_signer.verify(datasetId, sampleId, kind, expires, params.value(QStringLiteral("Signature")).toLatin1(),
                                nowSeconds())) {
        return apierror::modelArts(403, QStringLiteral("OBS.AccessDenied"),
                                   ok && expires < nowSeconds() ? QStringLiteral("Request has expired")
                                                                : QStringLiteral("The request signature does not match"));
    }
    const auto relPath = m_storage.sampleFile(datasetId, sampleId);
    if (!relPath)
        return apierror::modelArts(404, QStringLiteral("OBS.NoSuchKey"), QStringLiteral("The specified key does not exist"));

    // The stored path comes from the database, never from the request; still, refuse anything that would
    // resolve outside the data directory (a link, a tampered row).
    if (m_canonicalRoot.isEmpty())
        m_canonicalRoot = QFileInfo(m_storage.dataDir()).canonicalFilePath() + QLatin1Char('/');
    const QString &root = m_canonicalRoot;
    QString path = QFileInfo(QDir(m_storage.dataDir()).filePath(*relPath)).canonicalFilePath();
    if (path.isEmpty() || !path.startsWith(root))
        return apierror::modelArts(404, QStringLiteral("OBS.NoSuchKey"), QStringLiteral("The specified key does not exist"));

    QByteArray contentType;
    if (isPreview) {
        const QString preview = QDir(m_storage.dataDir()).filePath(QStringLiteral("previews/%1/%2.jpg").arg(datasetId, sampleId));
        if (!QFileInfo::exists(preview)) {
            QString error;
            if (!imagefiles::writePreview(path, preview, m_config.previewMaxSide, &error)) {
                qCWarning(lcServer).noquote() << "preview of" << sampleId << "failed:" << error;
                return apierror::modelArts(500, QStringLiteral("OBS.InternalError"), QStringLiteral("The preview could not be made"));
            }
        }
        path = preview;
        contentType = QByteArrayLiteral("image/jpeg");
    } else {
        const QString suffix = QFileInfo(path).suffix().toLower();
        contentType = suffix == QLatin1String("png") ? QByteArrayLiteral("image/png")
                : suffix == QLatin1String("bmp")     ? QByteArrayLiteral("image/bmp")
                                                     : QByteArrayLiteral("image/jpeg");
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return apierror::modelArts(404, QStringLiteral("OBS.NoSuchKey"), QStringLiteral("The specified key does not exist"));
    ApiResponse response{ 200, contentType, request.method == "HEAD" ? QByteArray() : file.readAll(), {} };
    return response;
}

QJsonObject ModelArtsService::datasetJson(const DatasetRecord &d) const
{
    const DatasetCounts c = m_storage.counts(d.id);
    QJsonArray labels;
    for (const LabelRecord &l : m_storage.labels(d.id))
        labels.append(labelJson(l));
    const QStringList running = m_storage.activeTaskIds(d.id);
    const QString base = QStringLiteral("/modelarts-local/%1/").arg(d.name);
    return QJsonObject{
        { QStringLiteral("dataset_id"), d.id },
        { QStringLiteral("dataset_name"), d.name },
        { QStringLiteral("dataset_type"), d.type },
        { QStringLiteral("dataset_format"), 0 },
        { QStringLiteral("data_format"), QStringLiteral("Default") },
        { QStringLiteral("description"), d.description },
        { QStringLiteral("status"), 1 },
        { QStringLiteral("create_time"), d.createTimeMs },
        { QStringLiteral("update_time"), d.updateTimeMs },
        { QStringLiteral("data_update_time"), d.updateTimeMs },
        { QStringLiteral("total_sample_count"), c.total },
        { QStringLiteral("annotated_sample_count"), c.labeled },
        { QStringLiteral("unconfirmed_sample_count"), c.autoPending },
        { QStringLiteral("deleted_sample_count"), 0 },
        { QStringLiteral("data_sources"), QJsonArray{ QJsonObject{ { QStringLiteral("data_type"), 0 },
                                                                   { QStringLiteral("data_path"), QString(base + QStringLiteral("input/")) } } } },
        { QStringLiteral("work_path"), QString(base + QStringLiteral("output/")) },
        { QStringLiteral("inner_work_path"), QStringLiteral("%1output/%2-%3/").arg(base, d.name, d.id) },
        { QStringLiteral("inner_annotation_path"), QStringLiteral("%1output/%2-%3/annotation/").arg(base, d.name, d.id) },
        { QStringLiteral("ai_project"), QStringLiteral("default-ai-project") },
        { QStringLiteral("dataset_version"), QStringLiteral("v1") },
        { QStringLiteral("work_path_type"), 0 },
        { QStringLiteral("current_version_id"), QString() },
        { QStringLiteral("current_version_name"), QString() },
        { QStringLiteral("dataset_version_count"), 0 },
        { QStringLiteral("next_version_num"), 1 },
        { QStringLiteral("workspace_id"), QStringLiteral("0") },
        { QStringLiteral("enterprise_project_id"), QStringLiteral("0") },
        { QStringLiteral("exist_running_task"), !running.isEmpty() },
        { QStringLiteral("running_tasks_id"), QJsonArray::fromStringList(running) },
        { QStringLiteral("exist_workforce_task"), false },
        { QStringLiteral("workforce_task_count"), 0 },
        { QStringLiteral("label_task_count"), 0 },
        { QStringLiteral("feature_supports"), QJsonArray{ QStringLiteral("0") } },
        { QStringLiteral("managed"), false },
        { QStringLiteral("import_data"), false },
        { QStringLiteral("content_labeling"), true },
        { QStringLiteral("labels"), labels },
    };
}

ApiResponse ModelArtsService::listDatasets(const Caller &caller, const ApiRequest &request)
{
    const Params params(request.encodedQuery);
    ApiResponse error;
    const auto page = pageOf(params, &error);
    if (!page)
        return error;
    Storage::DatasetQuery query;
    query.searchContent = params.value(QStringLiteral("search_content"));
    if (params.has(QStringLiteral("dataset_type"))) {
        const auto type = params.integer(QStringLiteral("dataset_type"), 0, 0, 1000, &error);
        if (!type)
            return error;
        query.type = int(*type);
    }
    const QString order = params.value(QStringLiteral("order"));
    if (!order.isEmpty() && order != QLatin1String("asc") && order != QLatin1String("desc"))
        return apierror::parameter(QStringLiteral("order must be asc or desc."));
    query.orderAscending = order == QLatin1String("asc");
    const QString sortBy = params.value(QStringLiteral("sort_by"));
    if (!sortBy.isEmpty() && sortBy != QLatin1String("create_time") && sortBy != QLatin1String("dataset_name"))
        return apierror::parameter(QStringLiteral("sort_by must be create_time or dataset_name."));
    query.sortByName = sortBy == QLatin1String("dataset_name");

    const QList<DatasetRecord> all = m_storage.datasets(caller.projectId, query);
    QJsonArray datasets;
    for (qint64 i = page->firstRecord(); i < all.size() && i < page->firstRecord() + page->limit; ++i)
        datasets.append(datasetJson(all[i]));
    return ApiResponse::json(200, QJsonObject{ { QStringLiteral("total_number"), qint64(all.size()) },
                                               { QStringLiteral("datasets"), datasets } });
}

ApiResponse ModelArtsService::describeDataset(const DatasetRecord &dataset)
{
    return ApiResponse::json(200, datasetJson(dataset));
}

ApiResponse ModelArtsService::listLabels(const DatasetRecord &dataset)
{
    QJsonArray labels;
    for (const LabelRecord &l : m_storage.labels(dataset.id))
        labels.append(labelJson(l));
    return ApiResponse::json(200, QJsonObject{ { QStringLiteral("labels"), labels } });
}

ApiResponse ModelArtsService::datasetStats(const DatasetRecord &dataset)
{
    const DatasetCounts c = m_storage.counts(dataset.id);
    const auto usage = m_storage.labelUsage(dataset.id);
    QJsonArray labelStats;
    for (const LabelRecord &l : m_storage.labels(dataset.id)) {
        const auto u = usage.value(l.name);
        QJsonObject stat = labelJson(l);
        stat.insert(QStringLiteral("count"), u.first);
        stat.insert(QStringLiteral("sample_count"), u.second);
        labelStats.append(stat);
    }
    const qint64 unlabeled = c.total - c.labeled - c.autoPending;
    const qint64 hard = m_storage.countHard(dataset.id);
    QJsonObject hardDetails;
    const auto reasons = m_storage.hardReasonCounts(dataset.id);
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        hardDetails.insert(QString::number(it.key()),
                           QJsonObject{ { QStringLiteral("key"), it.value() },
                                        { QStringLiteral("value"),
                                          QJsonObject{ { QStringLiteral("id"), it.key() },
                                                       { QStringLiteral("alo_name"), hardreasons::algorithmName(it.key()) },
                                                       { QStringLiteral("reason"), hardreasons::reason(it.key()) },
                                                       { QStringLiteral("suggestion"), hardreasons::suggestion(it.key()) } } } });
    }
    return ApiResponse::json(200, QJsonObject{
            { QStringLiteral("label_stats"), labelStats },
            { QStringLiteral("sample_stats"), QJsonObject{ { QStringLiteral("un_annotation"), unlabeled },
                                                           { QStringLiteral("all"), c.total },
                                                           { QStringLiteral("total"), c.total },
                                                           { QStringLiteral("deleted"), 0 },
                                                           { QStringLiteral("manual_annotation"), c.labeled },
                                                           { QStringLiteral("auto_annotation"), c.autoPending },
                                                           { QStringLiteral("lefted"), c.total } } },
            { QStringLiteral("key_sample_stats"), QJsonObject{ { QStringLiteral("total"), c.autoPending },
                                                               { QStringLiteral("key_sample"), hard },
                                                               { QStringLiteral("non_key_sample"), c.autoPending - hard } } },
            { QStringLiteral("hard_detail_stats"), hardDetails },
            { QStringLiteral("deletion_stats"), QJsonObject{} },
            { QStringLiteral("metadata_stats"), QJsonObject{} },
            { QStringLiteral("data_spliting_enable"), false },
    });
}

QJsonObject ModelArtsService::sampleJson(const SampleRecord &s, bool asAutoAnnotation, const QList<LabelRecord> *knownLabels) const
{
    QJsonObject metadata{ { QStringLiteral("@modelarts:import_origin"), 0 },
                          { kSize, QJsonArray{ qint64(s.width), qint64(s.height), qint64(s.channels) } } };
    QJsonArray labels;
    const QList<LabelRecord> datasetLabels = knownLabels                                   ? *knownLabels
            : asAutoAnnotation || !s.labels.isEmpty() ? m_storage.labels(s.datasetId)
                                                      : QList<LabelRecord>();
    auto labelId = [&](const QString &name) {
        for (qsizetype i = 0; i < datasetLabels.size(); ++i) {
            if (datasetLabels[i].name == name)
                return QString::number(i + 1);
        }
        return QString();
    };
    QString status = s.status;
    QString annotatedBy = s.annotatedBy;
    if (asAutoAnnotation && s.autoAnnotation) {
        const AutoAnnotationRecord &a = *s.autoAnnotation;
        QJsonObject property{ { kHardCoefficient, decimalString(a.hardCoefficient) },
                              { kHard, a.hard ? QStringLiteral("true") : QStringLiteral("false") } };
        QJsonArray reasons;
        QStringList reasonText;
        for (int r : a.hardReasons) {
            reasons.append(r);
            reasonText.append(QString::number(r));
        }
        if (a.hard)
            property.insert(kHardReasons, reasonText.join(QLatin1Char('-')));
        labels.append(QJsonObject{ { QStringLiteral("name"), a.labelName },
                                   { QStringLiteral("type"), 0 },
                                   { QStringLiteral("id"), labelId(a.labelName) },
                                   { QStringLiteral("property"), property },
                                   { QStringLiteral("score"), a.score } });
        metadata.insert(kHard, a.hard);
        metadata.insert(kHardCoefficient, a.hardCoefficient);
        metadata.insert(kHardReasons, reasons);
        status = QStringLiteral("UN_ANNOTATION");
        annotatedBy = QString();
    } else {
        for (const SampleLabelRecord &l : s.labels) {
            QJsonObject label{ { QStringLiteral("name"), l.name },
                               { QStringLiteral("type"), l.type },
                               { QStringLiteral("id"), labelId(l.name) },
                               { QStringLiteral("property"), l.property } };
            if (l.score)
                label.insert(QStringLiteral("score"), *l.score);
            labels.append(label);
        }
    }
    const qint64 now = nowSeconds();
    const QString source = m_signer.encodedUrl(s.datasetId, s.id, UrlSigner::Kind::Source, now);
    if (asAutoAnnotation) {
        // The provenance keys the cloud adds to auto-labeled samples (the seed's example shows them all).
        const QString origin = QStringLiteral("obs://modelarts-local") + s.dir + s.name;
        metadata.insert(QStringLiteral("@modelarts:origin_source"), origin);
        metadata.insert(QStringLiteral("@modelarts:new_source"), origin);
        metadata.insert(QStringLiteral("@modelarts:origin_source_id"), s.id);
        metadata.insert(QStringLiteral("@modelarts:source_image_info"), source);
        metadata.insert(QStringLiteral("@modelarts:data_checked"), true);
        // The same for every sample: built once (a page of 100 samples would build it 100 times).
        static const QJsonArray checks = [] {
            QJsonArray a;
            for (const QString &language : { QStringLiteral("en-us"), QStringLiteral("zh-cn") }) {
                a.append(QJsonObject{ { QStringLiteral("language"), language },
                                      { QStringLiteral("result_property"), 0 },
                                      { QStringLiteral("result_descriptions"), QJsonArray{} } });
            }
            return a;
        }();
        metadata.insert(QStringLiteral("@modelarts:check_result"), checks);
    }
    return QJsonObject{
        { QStringLiteral("sample_id"), s.id },
        { QStringLiteral("sample_type"), 0 },
        { QStringLiteral("labels"), labels },
        { QStringLiteral("source"), source },
        { QStringLiteral("preview"), m_signer.encodedUrl(s.datasetId, s.id, UrlSigner::Kind::Preview, now) },
        { QStringLiteral("metadata"), metadata },
        { QStringLiteral("sample_time"), s.timeMs },
        { QStringLiteral("sample_status"), status },
        { QStringLiteral("annotated_by"), annotatedBy },
        { QStringLiteral("sample_name"), s.name },
        { QStringLiteral("sample_dir"), s.dir },
        { QStringLiteral("sample_size"), s.size },
    };
}

ApiResponse ModelArtsService::listSamples(const DatasetRecord &dataset, const ApiRequest &request)
{
    const Params params(request.encodedQuery);
    ApiResponse error;
    const auto page = pageOf(params, &error);
    if (!page)
        return error;
    Storage::SampleQuery query;
    query.offset = page->firstRecord();
    query.limit = page->limit;
    query.labelName = params.value(QStringLiteral("label_name"));
    query.searchName = params.value(QStringLiteral("search_content"));
    const QString state = params.value(QStringLiteral("sample_state"));
    static const QStringList teamStates{
        QStringLiteral("__UNCHECK__"), QStringLiteral("__ACCEPTED__"), QStringLiteral("__REJECTED__"),
        QStringLiteral("__UNREVIEWED__"), QStringLiteral("__REVIEWED__"), QStringLiteral("__WORKFORCE_SAMPLED__"),
        QStringLiteral("__WORKFORCE_SAMPLED_UNCHECK__"), QStringLiteral("__WORKFORCE_SAMPLED_CHECKED__"),
        QStringLiteral("__WORKFORCE_SAMPLED_ACCEPTED__"), QStringLiteral("__WORKFORCE_SAMPLED_REJECTED__")
    };
    if (state.isEmpty()) {
        query.state = Storage::SampleState::Any;
    } else if (state == QLatin1String("__ALL__")) {
        query.state = Storage::SampleState::Labeled;
    } else if (state == QLatin1String("__NONE__")) {
        query.state = Storage::SampleState::Unlabeled;
    } else if (state == QLatin1String("__AUTO_ANNOTATION__")) {
        query.state = Storage::SampleState::AutoAnnotated;
    } else if (teamStates.contains(state)) {
        // Team labeling does not exist in modelarts-local: these states match nothing.
        return ApiResponse::json(200, QJsonObject{ { QStringLiteral("sample_count"), 0 }, { QStringLiteral("samples"), QJsonArray{} } });
    } else {
        return apierror::parameter(QStringLiteral("sample_state %1 is not a known sample state.").arg(state));
    }
    QJsonArray samples;
    const QList<LabelRecord> labels = m_storage.labels(dataset.id);
    for (const SampleRecord &s : m_storage.samples(dataset.id, query))
        samples.append(sampleJson(s, query.state == Storage::SampleState::AutoAnnotated, &labels));
    return ApiResponse::json(200, QJsonObject{ { QStringLiteral("sample_count"), m_storage.countSamples(dataset.id, query) },
                                               { QStringLiteral("samples"), samples } });
}

ApiResponse ModelArtsService::describeSample(const DatasetRecord &dataset, const QString &sampleId)
{
    const auto sample = m_storage.sample(dataset.id, sampleId);
    if (!sample)
        return apierror::modelArts(400, QStringLiteral("ModelArts.4420"), QStringLiteral("Sample not found"));
    return ApiResponse::json(200, sampleJson(*sample, false));
}

ApiResponse ModelArtsService::updateSamples(const Caller &caller, const DatasetRecord &dataset, const ApiRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return apierror::parameter(QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                                           .arg(parseError.errorString())
                                           .arg(parseError.offset));
    if (!doc.isObject())
        return apierror::parameter(QStringLiteral("The body must be a JSON object."));
    const QJsonValue samplesValue = doc.object().value(QStringLiteral("samples"));
    if (!samplesValue.isArray())
        return apierror::parameter(QStringLiteral("samples must be an array, not %1.").arg(jsonTypeName(samplesValue)));

    // Validate the whole body before changing anything.
    struct Update
    {
        QString sampleId;
        QList<SampleLabelRecord> labels;
    };
    QList<Update> updates;
    const QJsonArray items = samplesValue.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString field = QStringLiteral("samples[%1]").arg(i);
        if (!items[i].isObject())
            return apierror::parameter(QStringLiteral("%1 must be an object.").arg(field));
        const QJsonObject item = items[i].toObject();
        const QJsonValue id = item.value(QStringLiteral("sample_id"));
        if (!id.isString() || id.toString().isEmpty())
            return apierror::parameter(QStringLiteral("%1.sample_id must be a non-empty string, not %2.").arg(field, jsonTypeName(id)));
        const QJsonValue labelsValue = item.value(QStringLiteral("labels"));
        if (!labelsValue.isArray())
            return apierror::parameter(QStringLiteral("%1.labels must be an array, not %2.").arg(field, jsonTypeName(labelsValue)));
        Update update{ id.toString(), {} };
        const QJsonArray labels = labelsValue.toArray();
        for (qsizetype j = 0; j < labels.size(); ++j) {
            const QString labelField = QStringLiteral("%1.labels[%2]").arg(field).arg(j);
            if (!labels[j].isObject())
                return apierror::parameter(QStringLiteral("%1 must be an object.").arg(labelField));
            const QJsonObject label = labels[j].toObject();
            const QJsonValue name = label.value(QStringLiteral("name"));
            if (!name.isString() || name.toString().isEmpty())
                return apierror::parameter(QStringLiteral("%1.name must be a non-empty string, not %2.").arg(labelField, jsonTypeName(name)));
            const QJsonValue type = label.value(QStringLiteral("type"));
            if (!type.isUndefined() && !type.isDouble())
                return apierror::parameter(QStringLiteral("%1.type must be an integer.").arg(labelField));
            const QJsonValue score = label.value(QStringLiteral("score"));
            if (!score.isUndefined() && !score.isNull() && !score.isDouble())
                return apierror::parameter(QStringLiteral("%1.score must be a number.").arg(labelField));
            const QJsonValue property = label.value(QStringLiteral("property"));
            if (!property.isUndefined() && !property.isNull() && !property.isObject())
                return apierror::parameter(QStringLiteral("%1.property must be an object.").arg(labelField));
            SampleLabelRecord record{ name.toString(), type.toInt(0), std::nullopt, property.toObject() };
            if (score.isDouble())
                record.score = score.toDouble();
            update.labels.append(record);
        }
        updates.append(update);
    }

    QSet<QString> knownLabels;
    for (const LabelRecord &l : m_storage.labels(dataset.id))
        knownLabels.insert(l.name);

    if (!m_storage.transaction())
        return apierror::modelArts(500, QStringLiteral("ModelArts.4999"), QStringLiteral("System error"));
    QJsonArray results;
    bool allOk = true;
    const qint64 now = m_config.nowMs();
    for (const Update &u : std::as_const(updates)) {
        QString code;
        QString message;
        if (!m_storage.sampleFile(dataset.id, u.sampleId)) {
            code = QStringLiteral("ModelArts.4420");
            message = QStringLiteral("Sample not found: %1").arg(u.sampleId);
        } else {
            for (const SampleLabelRecord &l : u.labels) {
                if (!knownLabels.contains(l.name)) {
                    code = QStringLiteral("ModelArts.4410");
                    message = QStringLiteral("Label not found: %1").arg(l.name);
                    break;
                }
            }
        }
        if (code.isEmpty() && !m_storage.replaceLabels(u.sampleId, u.labels, caller.annotatedBy, now)) {
            m_storage.rollback();
            qCWarning(lcServer).noquote() << "batch update failed:" << m_storage.lastError();
            return apierror::modelArts(500, QStringLiteral("ModelArts.4999"), QStringLiteral("System error"));
        }
        if (code.isEmpty()) {
            results.append(QJsonObject{ { QStringLiteral("success"), true } });
        } else {
            allOk = false;
            results.append(QJsonObject{ { QStringLiteral("success"), false },
                                        { QStringLiteral("error_code"), code },
                                        { QStringLiteral("error_msg"), message } });
        }
    }
    if (!m_storage.touchDataset(dataset.id, now) || !m_storage.commit()) {
        m_storage.rollback();
        return apierror::modelArts(500, QStringLiteral("ModelArts.4999"), QStringLiteral("System error"));
    }
    if (allOk)
        return ApiResponse::json(200, QJsonObject{ { QStringLiteral("success"), true } });
    return ApiResponse::json(200, QJsonObject{ { QStringLiteral("success"), false },
                                               { QStringLiteral("error_code"), QStringLiteral("ModelArts.4401") },
                                               { QStringLiteral("error_msg"), QStringLiteral("Some samples were not updated") },
                                               { QStringLiteral("results"), results } });
}

ApiResponse ModelArtsService::listAutoAnnotations(const DatasetRecord &dataset, const ApiRequest &request)
{
    const Params params(request.encodedQuery);
    ApiResponse error;
    const auto page = pageOf(params, &error);
    if (!page)
        return error;
    Storage::AutoQuery query;
    query.offset = page->firstRecord();
    query.limit = page->limit;
    const auto low = params.number(QStringLiteral("low_score"), 0, &error);
    if (!low)
        return error;
    const auto high = params.number(QStringLiteral("high_score"), 1, &error);
    if (!high)
        return error;
    query.lowScore = *low;
    query.highScore = *high;
    query.labelName = params.value(QStringLiteral("label_name"));
    const QString order = params.value(QStringLiteral("order"));
    if (!order.isEmpty() && order != QLatin1String("asc") && order != QLatin1String("desc"))
        return apierror::parameter(QStringLiteral("order must be asc or desc."));
    query.ascending = order == QLatin1String("asc");

    const QString conditions = params.value(QStringLiteral("search_conditions"));
    if (!conditions.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(conditions.toUtf8());
        QJsonArray list;
        if (doc.isArray())
            list = doc.array();
        else if (doc.isObject())
            list.append(doc.object());
        else
            return apierror::parameter(QStringLiteral("search_conditions must be a JSON array of search conditions."));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject c = list[i].toObject();
            if (!list[i].isObject())
                return apierror::parameter(QStringLiteral("search_conditions[%1] must be an object.").arg(i));
            if (c.contains(QStringLiteral("hard"))) {
                const QJsonValue hard = c.value(QStringLiteral("hard"));
                const QString text = hard.isString() ? hard.toString() : hard.isBool() ? (hard.toBool() ? QStringLiteral("1") : QStringLiteral("0"))
                                                                                       : QString::number(hard.toInt(-1));
                if (text != QLatin1String("0") && text != QLatin1String("1"))
                    return apierror::parameter(QStringLiteral("search_conditions[%1].hard must be \"0\" or \"1\".").arg(i));
                query.hard = text == QLatin1String("1");
            }
            if (c.contains(QStringLiteral("sample_name")))
                query.sampleName = c.value(QStringLiteral("sample_name")).toString();
            const QJsonArray labelList = c.value(QStringLiteral("label_list")).toObject().value(QStringLiteral("labels")).toArray();
            if (!labelList.isEmpty())
                query.labelName = labelList.first().toObject().value(QStringLiteral("name")).toString();
            for (const QString &rangeKey : { QStringLiteral("score"), QStringLiteral("coefficient") }) {
                if (!c.contains(rangeKey))
                    continue;
                const QStringList bounds = c.value(rangeKey).toString().split(QLatin1Char('-'));
                bool okLow = false, okHigh = false;
                const double lo = bounds.value(0).toDouble(&okLow);
                const double hi = bounds.value(1).toDouble(&okHigh);
                if (bounds.size() != 2 || !okLow || !okHigh)
                    return apierror::parameter(QStringLiteral("search_conditions[%1].%2 must be \"low-high\".").arg(i).arg(rangeKey));
                if (rangeKey == QLatin1String("score")) {
                    query.lowScore = qMax(query.lowScore, lo);
                    query.highScore = qMin(query.highScore, hi);
                }
            }
        }
    }

    QJsonArray samples;
    QList<SampleRecord> found = m_storage.autoSamples(dataset.id, query);
    const QList<LabelRecord> labels = m_storage.labels(dataset.id);
    for (const SampleRecord &s : std::as_const(found))
        samples.append(sampleJson(s, true, &labels));
    return ApiResponse::json(200, QJsonObject{ { QStringLiteral("sample_count"), m_storage.countAutoSamples(dataset.id, query) },
                                               { QStringLiteral("samples"), samples } });
}

ApiResponse ModelArtsService::describeAutoAnnotation(const DatasetRecord &dataset, const QString &sampleId)
{
    const auto sample = m_storage.sample(dataset.id, sampleId);
    if (!sample || !sample->autoAnnotation)
        return apierror::modelArts(400, QStringLiteral("ModelArts.4420"), QStringLiteral("Sample not found"));
    return ApiResponse::json(200, sampleJson(*sample, true));
}
