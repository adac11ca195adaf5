#include "JsonCodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace jsoncodec {
namespace {

// Field names, once.
const QString kSampleId = QStringLiteral("sample_id");
const QString kLabels = QStringLiteral("labels");
const QString kName = QStringLiteral("name");
const QString kMetadata = QStringLiteral("metadata");
const QString kHard = QStringLiteral("@modelarts:hard");
const QString kHardCoefficient = QStringLiteral("@modelarts:hard_coefficient");
const QString kHardReasons = QStringLiteral("@modelarts:hard_reasons");
const QString kSize = QStringLiteral("@modelarts:size");
const QString kEvents = QStringLiteral("events");
const QString kResult = QStringLiteral("result");

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("the body is not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("the body is not a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

qint64 integer(const QJsonObject &o, const QString &key, qint64 fallback = 0)
{
    const auto n = flexibleNumber(o.value(key));
    return n ? qint64(*n) : fallback;
}

QString text(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

// A field that must be an array when present.
bool optionalArray(const QJsonObject &o, const QString &key, const QString &path, QJsonArray *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = {};
        return true;
    }
    if (!v.isArray()) {
        *error = QStringLiteral("%1.%2 is not an array").arg(path, key);
        return false;
    }
    *out = v.toArray();
    return true;
}

std::optional<Label> label(const QJsonValue &v, const QString &path, QString *error)
{
    if (!v.isObject()) {
        *error = path + QStringLiteral(" is not an object");
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    if (!o.value(kName).isString()) {
        *error = path + QStringLiteral(".name is missing");
        return std::nullopt;
    }
    return Label{ o.value(kName).toString(), int(integer(o, QStringLiteral("type"))),
                  o.value(QStringLiteral("property")).toObject().value(QStringLiteral("@modelarts:color")).toString() };
}

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

std::optional<Sample> sample(const QJsonValue &value, const QString &path, QString *error)
{
    if (!value.isObject()) {
        *error = path + QStringLiteral(" is not an object");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    Sample s;
    s.id = o.value(kSampleId).toString();
    if (s.id.isEmpty()) {
        *error = path + QStringLiteral(".sample_id is missing");
        return std::nullopt;
    }
    QJsonArray labels;
    if (!optionalArray(o, kLabels, path, &labels, error))
        return std::nullopt;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString labelPath = QStringLiteral("%1.labels[%2]").arg(path).arg(i);
        if (!labels[i].isObject()) {
            *error = labelPath + QStringLiteral(" is not an object");
            return std::nullopt;
        }
        const QJsonObject l = labels[i].toObject();
        if (!l.value(kName).isString()) {
            *error = labelPath + QStringLiteral(".name is missing");
            return std::nullopt;
        }
        SampleLabel sl;
        sl.name = l.value(kName).toString();
        sl.type = int(integer(l, QStringLiteral("type")));
        sl.id = text(l, QStringLiteral("id"));
        sl.score = flexibleNumber(l.value(QStringLiteral("score")));
        sl.property = l.value(QStringLiteral("property")).toObject();
        s.labels.append(sl);
    }
    s.sampleType = int(integer(o, QStringLiteral("sample_type")));
    s.status = o.value(QStringLiteral("sample_status")).toString();
    s.annotatedBy = o.value(QStringLiteral("annotated_by")).toString();
    s.source = QUrl(o.value(QStringLiteral("source")).toString());
    s.preview = QUrl(o.value(QStringLiteral("preview")).toString());
    s.dir = o.value(QStringLiteral("sample_dir")).toString();
    s.name = o.value(QStringLiteral("sample_name")).toString();
    if (s.name.isEmpty())
        s.name = s.source.fileName();
    s.sizeBytes = integer(o, QStringLiteral("sample_size"));
    s.timeMs = integer(o, QStringLiteral("sample_time"));
    s.metadata = o.value(kMetadata).toObject();
    const QJsonArray size = s.metadata.value(kSize).toArray();
    s.width = size.size() > 0 ? size[0].toInt() : 0;
    s.height = size.size() > 1 ? size[1].toInt() : 0;
    s.channels = size.size() > 2 ? size[2].toInt() : (size.size() == 2 ? 3 : 0);

    // Hard-example information: the sample's metadata first (booleans and numbers in the examples),
    // the label's property strings otherwise.
    const QJsonObject property = s.labels.isEmpty() ? QJsonObject() : s.labels.first().property;
    auto pick = [&](const QString &key) { return s.metadata.contains(key) ? s.metadata.value(key) : property.value(key); };
    s.hard.hard = flexibleBool(pick(kHard)).value_or(false);
    s.hard.coefficient = flexibleNumber(pick(kHardCoefficient)).value_or(0);
    s.hard.reasons = flexibleIdList(pick(kHardReasons));
    return s;
}

TaskEvent event(const QJsonObject &o)
{
    TaskEvent e;
    e.name = o.value(kName).toString();
    e.ordinal = int(integer(o, QStringLiteral("ordinal")));
    e.level = int(integer(o, QStringLiteral("level"), 1));
    e.status = o.value(QStringLiteral("status")).toString();
    if (const auto t = flexibleNumber(o.value(QStringLiteral("create_time"))))
        e.createTimeMs = qint64(*t);
    if (const auto t = flexibleNumber(o.value(QStringLiteral("elapsed_time"))))
        e.elapsedSeconds = qint64(*t);
    e.description = o.value(QStringLiteral("description")).toString();
    e.errorCode = o.value(QStringLiteral("error_code")).toString();
    e.errorMessage = o.value(QStringLiteral("error_message")).toString();
    if (e.errorMessage.isEmpty())
        e.errorMessage = o.value(QStringLiteral("error_msg")).toString();
    for (const QJsonValue &child : o.value(kEvents).toArray())
        e.children.append(event(child.toObject()));
    return e;
}

std::optional<TaskInfo> task(const QJsonObject &o, const QString &path, QString *error)
{
    if (!o.contains(QStringLiteral("status"))) {
        *error = path + QStringLiteral(".status is missing");
        return std::nullopt;
    }
    const auto status = flexibleNumber(o.value(QStringLiteral("status")));
    if (!status) {
        *error = path + QStringLiteral(".status is not a number");
        return std::nullopt;
    }
    TaskInfo t;
    t.taskId = o.value(QStringLiteral("task_id")).toString();
    t.datasetId = o.value(QStringLiteral("resource_id")).toString();
    if (t.datasetId.isEmpty())
        t.datasetId = o.value(QStringLiteral("dataset_id")).toString();
    t.createTime = text(o, QStringLiteral("create_time"));
    t.type = int(integer(o, QStringLiteral("type")));
    t.progress = flexibleNumber(o.value(QStringLiteral("progress"))).value_or(0);
    t.rawStatus = int(*status);
    t.status = taskStatusFrom(t.rawStatus);
    t.code = o.value(QStringLiteral("code")).toString();
    t.message = o.value(QStringLiteral("message")).toString();
    t.elapsedSeconds = integer(o, QStringLiteral("elapsed_time"));
    t.errorCode = o.value(QStringLiteral("error_code")).toString();
    t.errorMessage = o.value(QStringLiteral("error_msg")).toString();
    t.config = o.value(QStringLiteral("config")).toObject();
    const QJsonObject result = o.value(kResult).toObject();
    // Task info has the counts in result; the task list has them at the top.
    auto count = [&](const QString &key) { return o.contains(key) ? integer(o, key) : integer(result, key); };
    t.totalSamples = count(QStringLiteral("total_sample_count"));
    t.annotatedSamples = count(QStringLiteral("annotated_sample_count"));
    t.unconfirmedSamples = count(QStringLiteral("unconfirmed_sample_count"));
    const QJsonValue events = result.value(kEvents);
    if (!events.isUndefined() && !events.isNull() && !events.isArray()) {
        *error = path + QStringLiteral(".result.events is not an array");
        return std::nullopt;
    }
    for (const QJsonValue &e : events.toArray())
        t.events.append(event(e.toObject()));
    return t;
}

qint64 isoToMs(const QString &value)
{
    QDateTime dt = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(value, Qt::ISODate);
    if (!dt.isValid()) {
        // "2020-01-04T09:05:22.701000Z": microseconds, which Qt's ISO parser does not take.
        static const QRegularExpression micro(QStringLiteral("^(.*\\.\\d{3})\\d*(Z|[+-].*)$"));
        const auto m = micro.match(value);
        if (m.hasMatch())
            dt = QDateTime::fromString(m.captured(1) + m.captured(2), Qt::ISODateWithMs);
    }
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

} // namespace

std::optional<bool> flexibleBool(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0;
    case QJsonValue::String: {
        const QString s = value.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("0") || s.isEmpty())
            return false;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<double> flexibleNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

QList<int> flexibleIdList(const QJsonValue &value)
{
    QList<int> out;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            if (const auto n = flexibleNumber(v))
                out.append(int(*n));
        }
    } else if (value.isString()) {
        for (const QString &part : value.toString().split(QRegularExpression(QStringLiteral("[-,; ]")), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int n = part.toInt(&ok);
            if (ok)
                out.append(n);
        }
    } else if (value.isDouble()) {
        out.append(value.toInt());
    }
    return out;
}

TaskStatus taskStatusFrom(int raw)
{
    switch (raw) {
    case -1: return TaskStatus::Queued;
    case 0: return TaskStatus::Initializing;
    case 1: return TaskStatus::Running;
    case 2: return TaskStatus::Failed;
    case 3: return TaskStatus::Succeeded;
    case 4: return TaskStatus::Stopping;
    case 5: return TaskStatus::Stopped;
    default: return TaskStatus::Unknown;
    }
}

Decoded<TokenInfo> decodeToken(const QByteArray &body, const QByteArray &subjectToken)
{
    QString error;
    const auto o = parseObject(body, &error);
    if (!o)
        return Decoded<TokenInfo>::failure(error);
    if (subjectToken.isEmpty())
        return Decoded<TokenInfo>::failure(QStringLiteral("the X-Subject-Token header is missing"));
    const QJsonObject token = o->value(QStringLiteral("token")).toObject();
    if (token.isEmpty())
        return Decoded<TokenInfo>::failure(QStringLiteral("token is missing"));
    TokenInfo info;
    info.token = subjectToken;
    const QJsonObject project = token.value(QStringLiteral("project")).toObject();
    info.projectId = project.value(QStringLiteral("id")).toString();
    if (info.projectId.isEmpty())
        return Decoded<TokenInfo>::failure(QStringLiteral("token.project.id is missing: the token is not scoped to a project"));
    info.projectName = project.value(kName).toString();
    info.userName = token.value(QStringLiteral("user")).toObject().value(kName).toString();
    info.domainName = token.value(QStringLiteral("user")).toObject().value(QStringLiteral("domain")).toObject().value(kName).toString();
    info.expiresAtMs = isoToMs(token.value(QStringLiteral("expires_at")).toString());
    info.issuedAtMs = isoToMs(token.value(QStringLiteral("issued_at")).toString());
    if (info.expiresAtMs == 0)
        return Decoded<TokenInfo>::failure(QStringLiteral("token.expires_at is missing or not a date"));
    return { info, {} };
}

Decoded<DatasetList> decodeDatasetList(const QByteArray &body)
{
    QString error;
    const auto o = parseObject(body, &error);
    if (!o)
        return Decoded<DatasetList>::failure(error);
    QJsonArray items;
    if (!o->value(QStringLiteral("datasets")).isArray())
        return Decoded<DatasetList>::failure(QStringLiteral("datasets is missing or not an array"));
    items = o->value(QStringLiteral("datasets")).toArray();
    DatasetList list;
    list.total = integer(*o, QStringLiteral("total_number"), items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isObject())
            return Decoded<DatasetList>::failure(QStringLiteral("datasets[%1] is not an object").arg(i));
        const auto d = dataset(items[i].toObject(), QStringLiteral("datasets[%1]").arg(i), &error);
        if (!d)
            return Decoded<DatasetList>::failure(error);
        list.datasets.append(*d);
    }
    return { list, {} };
}

Decoded<Dataset> decodeDataset(const QByteArray &body)
{
    QString error;
    const auto o = parseObject(body, &error);
    if (!o)
        return Decoded<Dataset>::failure(error);
    const auto d = dataset(*o, QStringLiteral("dataset"), &error);
    if (!d)
        return Decoded<Dataset>::failure(error);
    return { *d, {} };
}

Decoded<QList<Label>> decodeLabels(const QByteArray &body)
{
    QString error;
    const auto o = parseObject(body, &error);
    if (!o)
        return Decoded<QList<Label>>::failure(error);
    if (!o->value(kLabels).isArray())
        return Decoded<QList<Label>>::failure(QStringLiteral("labels is missing or not an array"));
    QList<Label> out;
    const QJsonArray labels = o->value(kLabels).toArray();
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const auto l = label(labels[i], QStringLiteral("labels[%1]").arg(i), &error);
        if (!l)
            return Decoded<QList<Label>>::failure(error);
        out.append(*l);
    }
    return { out, {} };
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
        stats.labels.append(LabelStat{ l.value(kName).toString(), integer(l, QStringLiteral("count")),
                                       integer(l, QStringLiteral("sample_count")) });
    }
    const QJsonObject sampleStats = o->value(QStringLiteral("sample_stats")).toObject();
    for (auto it = sampleStats.begin(); it != sampleStats.end(); ++it)
        stats.sampleStats.insert(it.key(), qint64(flexibleNumber(it.value()).value_or(0)));
    const QJsonObject key = o->value(QStringLiteral("key_sample_stats")).toObject();
    stats.keySamples = integer(key, QStringLiteral("key_sample"));
    stats.nonKeySamples = integer(key, QStringLiteral("non_key_sample"));
    return { stats, {} };
}

Decoded<SamplePage> decodeSamplePage(const QByteArray &body)
{
    QString error;
    const auto o = parseObject(body, &error);
    if (!o)
        return Decoded<SamplePage>::failure(error);
    if (!o->value(QStringLiteral("samples")).isArray())
        return Decoded<SamplePage>::failure(QStringLiteral("samples is missing or not an array"));
    const QJsonArray items = o->value(QStringLiteral("samples")).toArray();
    SamplePage page;
    page.total = integer(*o, QStringLiteral("sample_count"), items.size());
    page.samples.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto s = sample(items[i], QStringLiteral("samples[%1]").arg(i), &error);
        if (!s)
            return Decoded<SamplePage>::failure(error);
        page.samples.append(*s);
    }
    return { page, {} };
}

Decoded<Sample> decodeSample(const QByteArray &body)
{
    QString error;
    const auto o = parseObject(body, &error);
    if (!o)
        return Decoded<Sample>::failure(error);
    const auto s = sample(*o, QStringLiteral("sample"), &error);
    if (!s)
        return Decoded<Sample>::failure(error);
    return { *s, {} };
}

Decoded<QString> decodeCreateTask(const QByteArray &body)
{
    QString error;
    const auto o = parseObject(body, &error);
    if (!o)
        return Decoded<QString>::failure(error);
    const QString id = o->value(QStringLiteral("task_id")).toString();
    if (id.isEmpty())
        return Decoded<QString>::failure(QStringLiteral("task_id is missing"));
    return { id, {} };
}

Decoded<TaskInfo> decodeTaskInfo(const QByteArray &body)
{
    QString error;
    const auto o = parseObject(body, &error);
    if (!o)
        return Decoded<TaskInfo>::failure(error);
    const auto t = task(*o, QStringLiteral("task"), &error);
    if (!t)
        return Decoded<TaskInfo>::failure(error);
    return { *t, {} };
}

Decoded<TaskList> decodeTaskList(const QByteArray &body)
{
    QString error;
    const auto o = parseObject(body, &error);
    if (!o)
        return Decoded<TaskList>::failure(error);
    if (!o->value(QStringLiteral("tasks")).isArray())
        return Decoded<TaskList>::failure(QStringLiteral("tasks is missing or not an array"));
    const QJsonArray items = o->value(QStringLiteral("tasks")).toArray();
    TaskList list;
    list.total = integer(*o, QStringLiteral("total_count"), items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isObject())
            return Decoded<TaskList>::failure(QStringLiteral("tasks[%1] is not an object").arg(i));
        const auto t = task(items[i].toObject(), QStringLiteral("tasks[%1]").arg(i), &error);
        if (!t)
            return Decoded<TaskList>::failure(error);
        list.tasks.append(*t);
    }
    return { list, {} };
}

Decoded<BatchUpdateResult> decodeBatchUpdate(const QByteArray &body, const QList<SampleUpdate> &sent)
{
    QString error;
    const auto o = parseObject(body, &error);
    if (!o)
        return Decoded<BatchUpdateResult>::failure(error);
    const auto success = flexibleBool(o->value(QStringLiteral("success")));
    const QJsonValue results = o->value(QStringLiteral("results"));
    BatchUpdateResult out;
    if (results.isArray()) {
        const QJsonArray list = results.toArray();
        if (list.size() != sent.size())
            return Decoded<BatchUpdateResult>::failure(QStringLiteral("results has %1 entries for %2 samples sent").arg(list.size()).arg(sent.size()));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject r = list[i].toObject();
            out.outcomes.append(SampleOutcome{ sent[i].sampleId, flexibleBool(r.value(QStringLiteral("success"))).value_or(false),
                                               r.value(QStringLiteral("error_code")).toString(), r.value(QStringLiteral("error_msg")).toString() });
        }
        return { out, {} };
    }
    if (!success)
        return Decoded<BatchUpdateResult>::failure(QStringLiteral("success is missing"));
    // No per-sample results: the whole batch shares the verdict.
    for (const SampleUpdate &u : sent) {
        out.outcomes.append(SampleOutcome{ u.sampleId, *success, o->value(QStringLiteral("error_code")).toString(),
                                           o->value(QStringLiteral("error_msg")).toString() });
    }
    return { out, {} };
}

ApiError decodeError(int httpStatus, const QByteArray &body, const QByteArray &requestIdHeader)
{
    ApiError e;
    e.httpStatus = httpStatus;
    e.kind = httpStatus == 401 ? ApiError::Kind::Auth : httpStatus == 403 ? ApiError::Kind::Forbidden : ApiError::Kind::Service;
    e.requestId = QString::fromLatin1(requestIdHeader);
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    auto first = [&o](std::initializer_list<const char *> keys) {
        for (const char *k : keys) {
            const QJsonValue v = o.value(QLatin1String(k));
            if (v.isString() && !v.toString().isEmpty())
                return v.toString();
        }
        return QString();
    };
    e.code = first({ "error_code", "code", "errorCode" });
    e.message = first({ "error_msg", "error_message", "message", "errorMsg" });
    if (e.requestId.isEmpty())
        e.requestId = first({ "request_id" });
    const QJsonObject iam = o.value(QStringLiteral("error")).toObject();
    if (!iam.isEmpty()) {
        e.code = QStringLiteral("IAM.%1").arg(iam.value(QStringLiteral("code")).toInt(httpStatus));
        e.message = iam.value(QStringLiteral("message")).toString();
    }
    if (e.message.isEmpty())
        e.message = body.isEmpty() ? QStringLiteral("HTTP %1 without a body").arg(httpStatus)
                                   : QString::fromUtf8(body.left(200)).simplified();
    return e;
}

QByteArray encodeTokenRequest(const QString &domain, const QString &user, const QString &password, const QString &projectName)
{
    QJsonObject auth{ { QStringLiteral("identity"),
                        QJsonObject{ { QStringLiteral("methods"), QJsonArray{ QStringLiteral("password") } },
                                     { QStringLiteral("password"),
                                       QJsonObject{ { QStringLiteral("user"),
                                                      QJsonObject{ { kName, user },
                                                                   { QStringLiteral("password"), password },
                                                                   { QStringLiteral("domain"), QJsonObject{ { kName, domain } } } } } } } } } };
    if (!projectName.isEmpty())
        auth.insert(QStringLiteral("scope"), QJsonObject{ { QStringLiteral("project"), QJsonObject{ { kName, projectName } } } });
    return QJsonDocument(QJsonObject{ { QStringLiteral("auth"), auth } }).toJson(QJsonDocument::Compact);
}

QByteArray encodeCreateTask(bool accurate, bool collectHardExamples, const QString &confidenceScope)
{
    QJsonObject config{ { QStringLiteral("algorithm_type"), accurate ? QStringLiteral("accurate") : QStringLiteral("fast") } };
    if (!confidenceScope.isEmpty())
        config.insert(QStringLiteral("confidence_scope"), confidenceScope);
    return QJsonDocument(QJsonObject{ { QStringLiteral("task_type"), QStringLiteral("auto-label") },
                                      { QStringLiteral("collect_key_sample"), collectHardExamples },
                                      { QStringLiteral("config"), config } })
            .toJson(QJsonDocument::Compact);
}

QByteArray encodeBatchUpdate(const QList<SampleUpdate> &updates)
{
    QJsonArray samples;
    for (const SampleUpdate &u : updates) {
        QJsonArray labels;
        for (const SampleLabel &l : u.labels) {
            QJsonObject label{ { kName, l.name }, { QStringLiteral("type"), l.type } };
            if (!l.id.isEmpty())
                label.insert(QStringLiteral("id"), l.id);
            if (!l.property.isEmpty())
                label.insert(QStringLiteral("property"), l.property);
            if (l.score)
                label.insert(QStringLiteral("score"), *l.score);
            labels.append(label);
        }
        samples.append(QJsonObject{ { kSampleId, u.sampleId }, { kLabels, labels } });
    }
    return QJsonDocument(QJsonObject{ { QStringLiteral("samples"), samples } }).toJson(QJsonDocument::Compact);
}

} // namespace jsoncodec
